"""The timeline layout shared by the poster, the handout strip and the deck overview.

Pure geometry: no reportlab, no python-pptx. Points, origin bottom-left, y up.
"""

from lessonpress.layout.geometry import Point, Rect, Segment
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.result import (
    Axis,
    Degradation,
    EraBand,
    EventLabel,
    LineRole,
    PointMarker,
    RangeBar,
    TextLine,
    Tick,
    TimelineLayout,
)
from lessonpress.layout.scale import TimeScale
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import TextMeasurer, wrap_text
from lessonpress.layout.timeline import LayoutError, count_fitting, layout_timeline

__all__ = [
    "Axis",
    "Degradation",
    "EraBand",
    "EventLabel",
    "LabelSizes",
    "LayoutError",
    "LineRole",
    "Point",
    "PointMarker",
    "RangeBar",
    "Rect",
    "Segment",
    "TextLine",
    "TextMeasurer",
    "Tick",
    "TimeScale",
    "TimelineEra",
    "TimelineEvent",
    "TimelineLayout",
    "TimelineStyle",
    "count_fitting",
    "layout_timeline",
    "wrap_text",
]
