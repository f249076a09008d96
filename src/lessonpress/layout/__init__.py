"""The timeline layout shared by the poster, the handout strip and the deck overview.

Pure geometry: no reportlab, no python-pptx. Points, origin bottom-left, y up.
"""

from lessonpress.layout.core import AxisArea, AxisAreaTooTall, axis_area
from lessonpress.layout.excerpts import excerpt, excerpt_within, first_sentence
from lessonpress.layout.fit import (
    Frame,
    Keep,
    Medium,
    TimelineFit,
    VerticalFrame,
    fit_in_parts,
    fit_timeline,
    layout_timeline,
)
from lessonpress.layout.geometry import Point, Rect, Segment
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.key import KeyEntry, NumberedKey
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
    VerticalAxis,
    VerticalLayout,
    VerticalTick,
    era_band_at,
)
from lessonpress.layout.scale import TimeScale
from lessonpress.layout.stretch import stretched
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import TextMeasurer, ellipsize, wrap_lines_limited, wrap_text
from lessonpress.layout.timeline import LayoutError

__all__ = [
    "Axis",
    "AxisArea",
    "AxisAreaTooTall",
    "Degradation",
    "EraBand",
    "EventLabel",
    "Frame",
    "Keep",
    "KeyEntry",
    "LabelSizes",
    "LayoutError",
    "LineRole",
    "Medium",
    "NumberedKey",
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
    "TimelineFit",
    "TimelineLayout",
    "TimelineStyle",
    "VerticalAxis",
    "VerticalFrame",
    "VerticalLayout",
    "VerticalTick",
    "axis_area",
    "ellipsize",
    "era_band_at",
    "excerpt",
    "excerpt_within",
    "first_sentence",
    "fit_in_parts",
    "fit_timeline",
    "layout_timeline",
    "segment_crosses_rect",
    "stretched",
    "wrap_lines_limited",
    "wrap_text",
]
