"""The measurements a timeline is laid out with, and the type sizes of one attempt."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from lessonpress.layout.text import DEFAULT_LEADING

_UNSCALED = frozenset(
    {
        *("highlight_scale", "max_text_lines", "leading", "max_ticks", "time_padding"),
        *("size_step", "era_name_lines"),
    }
)
_FONT_FIELDS = frozenset({"date_font", "title_font", "text_font", "tick_font", "era_font"})


@dataclass(frozen=True, slots=True)
class TimelineStyle:
    """Sizes in points (and a few counts) for one timeline; defaults suit a tabloid poster.

    Label type shrinks from ``title_size``/``date_size``/``text_size`` towards
    ``min_size`` in steps of ``size_step`` when labels do not fit; tick labels and era
    names keep their sizes.
    """

    title_size: float = 11.0
    date_size: float = 8.8
    text_size: float = 8.8
    min_size: float = 7.0
    size_step: float = 0.5
    highlight_scale: float = 1.25
    """Type size and label width of highlighted events, relative to the others."""
    label_width: float = 130.0
    """The widest a label's lines may be (times ``highlight_scale`` when highlighted)."""
    max_shift: float | None = None
    """How far a label may move sideways beyond its anchor; ``None`` is ``label_width``."""
    gap: float = 4.0
    """The least space between two labels, a label and a leader, two bars."""
    leader_min: float = 8.0
    """The space between the axis area (bars, ticks, era names) and the nearest label."""
    leader_inset: float = 3.0
    """How far inside a label's edge its leader line ends."""
    leader_strip: float = 12.0
    """The height of the strip beside the axis area where the leaders of crowded events
    bend sideways towards their labels; taken from the labels' room only when some label
    had to move away from its anchor."""
    bundle_within: float = 0.0
    """Numbered instants closer than this along the axis (a marker's width on paper)
    share one marker and one label, their numbers as a run (``layout.bundles``)."""
    era_name_lines: int = 1
    """The most lines an era's name may take along a horizontal axis before it is
    shortened (a renderer that draws ``EraBand.more_name_lines`` may allow two)."""
    max_text_lines: int = 3
    leading: float = DEFAULT_LEADING
    tick_size: float = 8.8
    tick_length: float = 4.0
    tick_gap: float = 12.0
    """The least space between two tick labels."""
    max_ticks: int = 12
    bar_height: float = 5.0
    bar_gap: float = 2.0
    """The space between bar lanes."""
    axis_bar_gap: float | None = None
    """The space between the axis and the first bar lane, which may clear the markers on
    the axis; ``None`` is ``bar_gap``."""
    min_bar_width: float = 3.0
    era_size: float = 8.8
    era_padding: float = 3.0
    time_padding: float = 0.04
    """Time shown before the first and after the last instant, as a fraction of the span."""
    date_font: str = "body-bold"
    title_font: str = "heading-bold"
    text_font: str = "body"
    tick_font: str = "body"
    era_font: str = "body-italic"

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name in _FONT_FIELDS or value is None:
                continue
            if value < 0 or (value == 0 and field.name.endswith(("_size", "width", "step"))):
                raise ValueError(f"TimelineStyle.{field.name} must be positive, got {value}")
        if self.max_text_lines < 1 or self.max_ticks < 1:
            raise ValueError("TimelineStyle.max_text_lines and max_ticks must be at least 1")

    @property
    def first_lane_gap(self) -> float:
        """The space between the axis and the first bar lane."""
        return self.bar_gap if self.axis_bar_gap is None else self.axis_bar_gap

    @property
    def shift_limit(self) -> float:
        """How far a label may move sideways beyond its anchor."""
        return self.label_width if self.max_shift is None else self.max_shift

    def scaled(self, factor: float) -> TimelineStyle:
        """This style with every length and type size multiplied by ``factor``."""
        changes = {
            field.name: getattr(self, field.name) * factor
            for field in fields(self)
            if field.name not in _UNSCALED | _FONT_FIELDS and getattr(self, field.name) is not None
        }
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class LabelSizes:
    """The type sizes of ordinary labels in one attempt (highlighted ones are larger)."""

    title: float
    date: float
    text: float

    @classmethod
    def at_title_size(cls, style: TimelineStyle, title: float) -> LabelSizes:
        """Sizes scaled with the title down to ``title``, none below ``style.min_size``
        (nor above its own size in the style)."""
        factor = title / style.title_size

        def shrunk(size: float) -> float:
            return min(size, max(style.min_size, size * factor))

        return cls(title, shrunk(style.date_size), shrunk(style.text_size))


def shrink_steps(style: TimelineStyle) -> list[LabelSizes]:
    """The smaller sizes tried in turn, the last at ``style.min_size``."""
    steps: list[LabelSizes] = []
    title = style.title_size - style.size_step
    while title > style.min_size + 1e-9:
        steps.append(LabelSizes.at_title_size(style, round(title, 4)))
        title -= style.size_step
    if style.min_size < style.title_size:
        steps.append(LabelSizes.at_title_size(style, style.min_size))
    return steps
