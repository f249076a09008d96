"""The timeline layout shared by the poster, the handout strip and the deck overview.

Pure geometry: no reportlab, no python-pptx. Points, origin bottom-left, y up.
"""

from lessonpress.layout.core import AxisArea, AxisAreaTooTall, axis_area
from lessonpress.layout.geometry import Point, Rect, Segment
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.leaders import segment_crosses_rect
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
    era_band_at,
)
from lessonpress.layout.scale import TimeScale
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import TextMeasurer, ellipsize, wrap_lines_limited, wrap_text
from lessonpress.layout.timeline import LayoutError, layout_timeline

__all__ = [
    "Axis",
    "AxisArea",
    "AxisAreaTooTall",
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
    "axis_area",
    "ellipsize",
    "era_band_at",
    "layout_timeline",
    "segment_crosses_rect",
    "wrap_lines_limited",
    "wrap_text",
]
