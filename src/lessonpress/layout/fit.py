"""Fitting a timeline into its room: the one degradation ladder of every timeline.

The poster, the handout's strip and the deck's overview all call :func:`fit_timeline`
with their room (one or more :class:`Frame`), a measurer for the font the output is
really shown in, and what to keep (:class:`Keep`). It climbs down one ladder and stops
at the first step where every label fits:

1. every label at full size with its excerpt;
2. shorter excerpts, a line fewer at a time, each cut at a sentence or clause end;
3. titles only;
4. smaller type, step by step down to the medium's floor (``TimelineStyle.min_size``);
5. on paper, numbered markers with a key (highlighted events keep their labels); on
   screen, or on paper when even the key does not fit, a selection: every highlighted
   event and as many others as fit, spread over the whole period.

Highlighted events are never left out and their titles are never shortened; eras
always show. The result is never a blank timeline: when even the last step cannot
place every label, the labels that fit are kept with every marker.

A frame may wrap the timeline onto several rows (``Frame.rows``), or break its axis at
a long stretch without events (``Frame.broken``, see :mod:`~lessonpress.layout.rows`),
every part at the same sizes; such a frame takes part
in the labelled steps and the numbered key (the key under the last row), not in a
selection.

A :class:`VerticalFrame` holds the timeline on a vertical axis, for portrait paper
(:mod:`~lessonpress.layout.vertical`): it climbs the same ladder, its numbered key
under the axis or, when that leaves the axis too short, in columns down the frame's
right side; the layouts of its fit are :class:`VerticalLayout`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Generic, Literal, overload

from typing_extensions import TypeVar

from lessonpress.layout.bundles import Bundles
from lessonpress.layout.core import AxisAreaTooTall
from lessonpress.layout.geometry import Rect
from lessonpress.layout.items import TimelineEra, TimelineEvent
from lessonpress.layout.key import COLUMN_EMS, NumberedKey, numbered, plan_key
from lessonpress.layout.result import Degradation, TimelineLayout, VerticalLayout
from lessonpress.layout.rows import part_bounds, row_bounds, split_at_pause, split_into_rows
from lessonpress.layout.style import LabelSizes, TimelineStyle, shrink_steps
from lessonpress.layout.text import TextMeasurer
from lessonpress.layout.ticks import Formatter
from lessonpress.layout.timeline import LayoutError, Prepared, attempt, in_time_order, prepare
from lessonpress.layout.vertical import attempt_vertical
from lessonpress.layout.vertical_area import VerticalPrepared, prepare_vertical

Medium = Literal["print", "screen"]

LADDER = tuple(Degradation)
"""The steps in the order they are tried."""

MOST_LAST_STEP_SIZES = 6
"""How many type sizes the last step (key or selection) tries, from full to the floor."""

BUNDLING_ROUNDS = 3
"""How many times the numbered-key step bundles the numbered markers that crowd one
spot of the axis (``TimelineStyle.bundle_within``) and places the axis again."""

NUMBERING_ROUNDS = 3
"""How many times the numbered-key step numbers the highlighted events that found no
room for their labels, and tries again."""

BROKEN_PART_LEAST_SPAN = 0.1
"""The least share of the whole period each part of a broken axis shows, so a part of
one event still reads in years rather than days."""

LEAST_TIMELINE_SHARE = 0.3
"""The least share of its frame's height a timeline keeps above its numbered key (or of
its width, left of a key down a vertical frame's side)."""

KEY_COLUMN_GAP = 2.0
"""The gap between the key's columns, in ``style.gap``, as :func:`plan_key` sets them."""


@dataclass(frozen=True, slots=True)
class Frame:
    """One room the timeline may take: its bounds and the style it is laid out with.

    A frame is tried from ``first_step`` on: a poster's frame with narrower labels, for
    instance, only once the labels have given up their excerpts. A frame of more than
    one ``rows`` wraps the timeline onto that many full-width axes, top to bottom, each
    with its own ticks; it is not used for a selection.
    """

    bounds: Rect
    style: TimelineStyle
    first_step: Degradation = Degradation.FULL
    rows: int = 1
    broken: bool = False
    """Whether the axis is cut at the longest stretch without events (when it is long
    enough; else the frame holds nothing), the parts side by side."""

    @property
    def row_gap(self) -> float:
        """The space between two rows, or the two parts of a broken axis."""
        return 2 * self.style.leader_min


@dataclass(frozen=True, slots=True)
class VerticalFrame:
    """A room for a vertical timeline (portrait paper): the axis runs down the middle of
    ``bounds``, the earliest time at the top, with the labels left and right of it. It
    is tried from ``first_step`` on, like a :class:`Frame`."""

    bounds: Rect
    style: TimelineStyle
    first_step: Degradation = Degradation.FULL
    broken: bool = False
    """Whether the axis is cut at the longest stretch without events (when it is long
    enough; else the frame holds nothing), the part after it below the part before."""


AnyFrame = Frame | VerticalFrame
AnyLayout = TimelineLayout | VerticalLayout
AnyPrepared = Prepared | VerticalPrepared

LayoutT = TypeVar("LayoutT", bound=AnyLayout, default=TimelineLayout)
"""The kind of layout a fit holds: a :class:`Frame`'s or a :class:`VerticalFrame`'s."""


@dataclass(frozen=True, slots=True)
class Keep:
    """What a timeline keeps, and so which last step it takes.

    ``medium`` is ``"print"`` (the last step is a numbered key) or ``"screen"`` (the last
    step is a selection). On screen, ``most_labels`` caps how many labels are tried at
    once, and ``note_room`` is the height a selection leaves free at the bottom of its
    frame for a note saying how many events are left out. On paper, ``key_below`` puts a
    numbered key under the frame rather than inside it, for a page whose timeline may
    grow: it is the most height the key may take there. ``select`` says whether paper
    falls back on a selection when even the key does not fit; a page that refuses a
    timeline with events left out (the poster) saves itself that search.
    """

    medium: Medium
    most_labels: int | None = None
    note_room: float = 0.0
    key_below: float | None = None
    select: bool = True


@dataclass(frozen=True, slots=True)
class TimelineFit(Generic[LayoutT]):
    """A fitted timeline: the layout, the step it reached, what it left out.

    ``left_out`` holds the keys of events without a label (or number) on the timeline:
    those a selection leaves out, or, when even numbers do not all fit, the numbers that
    could not be placed (the key still lists them). ``key`` is the numbered key of the
    numbered-key step, at the bottom of the frame (or under it, see ``Keep.key_below``);
    ``frame`` is the index of the frame used; ``more_rows`` the layouts of the rows
    after the first (``layout``) when that frame has several rows, or of the part after
    the break when ``broken_axis`` (the parts side by side, a break mark between).
    """

    layout: LayoutT
    step: Degradation
    left_out: tuple[str, ...] = ()
    key: NumberedKey | None = None
    frame: int = 0
    more_rows: tuple[LayoutT, ...] = ()
    broken_axis: bool = False

    @property
    def rows(self) -> tuple[LayoutT, ...]:
        """Every row's layout, top first."""
        return (self.layout, *self.more_rows)


@overload
def fit_timeline(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    frames: Frame | Sequence[Frame],
    measurer: TextMeasurer,
    keep: Keep,
    *,
    formatter: Formatter | None = None,
) -> TimelineFit[TimelineLayout]: ...


@overload
def fit_timeline(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    frames: VerticalFrame | Sequence[VerticalFrame],
    measurer: TextMeasurer,
    keep: Keep,
    *,
    formatter: Formatter | None = None,
) -> TimelineFit[VerticalLayout]: ...


def fit_timeline(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    frames: AnyFrame | Sequence[AnyFrame],
    measurer: TextMeasurer,
    keep: Keep,
    *,
    formatter: Formatter | None = None,
) -> TimelineFit[Any]:
    """Lay out ``events`` and ``eras`` in the first frame and step of the ladder where
    every label fits (see the module's description).

    When not even the last step holds every label (a numbered key taller than every
    frame), the result holds as many labels as fit and names the rest in ``left_out``.
    Raises :class:`~lessonpress.layout.timeline.LayoutError` only when not even the axis,
    its ticks and bars fit in any frame.
    """
    frames = (frames,) if isinstance(frames, Frame | VerticalFrame) else tuple(frames)
    if not frames:
        raise ValueError("fit_timeline needs at least one frame")
    ladder = _Ladder(in_time_order(events), tuple(eras), frames, measurer, formatter)
    fitted = ladder.labelled(keep)
    if fitted is None and keep.medium == "print":
        fitted = ladder.numbered_key(keep)
        if keep.select and (fitted is None or fitted.left_out):
            # A key longer than the room: naming the key events beats numbers left out.
            fitted = ladder.selection(keep) or fitted
    elif fitted is None:
        fitted = ladder.selection(keep)
    return fitted or ladder.most_labels()


def fit_in_parts(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    frames: Frame | Sequence[Frame],
    measurer: TextMeasurer,
    keep: Keep,
    *,
    most_parts: int = 3,
    formatter: Formatter | None = None,
) -> list[TimelineFit]:
    """The timeline fitted whole; or, when that leaves out a highlighted event, split
    into the fewest consecutive periods (up to ``most_parts``), each fitted on its own,
    that leave none out: one screen cannot show every key event of a crowded lesson in
    large type, two or three can. Each part's eras are cut to its period."""
    ordered = in_time_order(events)
    highlighted = {event.key for event in ordered if event.highlight}
    fits: list[TimelineFit] = []
    for count in range(1, max(1, min(most_parts, len(ordered))) + 1):
        fits = [
            fit_timeline(part, part_eras, frames, measurer, keep, formatter=formatter)
            for part, part_eras in _parts(ordered, eras, count)
        ]
        if not any(highlighted.intersection(fit.left_out) for fit in fits):
            break
    return fits


def _parts(
    events: Sequence[TimelineEvent], eras: Sequence[TimelineEra], count: int
) -> list[tuple[list[TimelineEvent], list[TimelineEra]]]:
    """``events`` (in time order) in ``count`` runs of nearly equal length, each with
    the eras that overlap its period, cut to it. One part keeps the eras whole."""
    if count == 1:
        return [(list(events), list(eras))]
    size = len(events) / count
    parts = []
    for index in range(count):
        part = list(events[round(index * size) : round((index + 1) * size)])
        start, end = part[0].start, max(event.last_position for event in part)
        cut = [era.cut_to(start, end) for era in eras if era.start < end and era.end > start]
        parts.append((part, cut))
    return parts


def layout_timeline(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle | None = None,
    *,
    formatter: Formatter | None = None,
) -> TimelineLayout:
    """Every label of ``events`` on a timeline filling ``bounds``, at the first of the
    ladder's labelled steps (full to smallest type) where they all fit.

    Raises :class:`~lessonpress.layout.timeline.LayoutError`, saying how many events
    would fit, when they cannot all be labelled; :func:`fit_timeline` goes on to a key
    or a selection instead.
    """
    frame = Frame(bounds, style or TimelineStyle())
    ladder = _Ladder(in_time_order(events), tuple(eras), (frame,), measurer, formatter)
    fitted = ladder.labelled(Keep("print"))
    if fitted is not None:
        assert isinstance(fitted.layout, TimelineLayout)  # the frame is horizontal
        return fitted.layout
    most = ladder.most_labels()
    placed = len(events) - len(most.left_out)
    raise LayoutError(placed, len(events), f"even at {frame.style.min_size:g} pt")


_Fit = TimelineFit[AnyLayout]
"""A fit inside the ladder, before :func:`fit_timeline` says which kind it is."""


@dataclass
class _Ladder:
    """The attempts of one fit, sharing each frame's axis area between them."""

    events: list[TimelineEvent]
    eras: tuple[TimelineEra, ...]
    frames: tuple[AnyFrame, ...]
    measurer: TextMeasurer
    formatter: Formatter | None
    _prepared: dict[tuple[int, tuple[TimelineEvent, ...], Rect], AnyPrepared | None] = field(
        default_factory=dict
    )
    _prepared_rows: dict[
        tuple[int, tuple[TimelineEvent, ...], Rect], tuple[Prepared, ...] | None
    ] = field(default_factory=dict)

    def prepared(
        self, index: int, events: Sequence[TimelineEvent], bounds: Rect | None = None
    ) -> AnyPrepared | None:
        """The axis area of ``events`` in frame ``index`` (or ``bounds`` with its style),
        or ``None`` when it does not fit."""
        frame = self.frames[index]
        bounds = bounds or frame.bounds
        cache_key = (index, tuple(events), bounds)
        if cache_key not in self._prepared:
            try:
                self._prepared[cache_key] = self._prepare(frame, events, bounds)
            except AxisAreaTooTall:
                self._prepared[cache_key] = None
        return self._prepared[cache_key]

    def _prepare(
        self, frame: AnyFrame, events: Sequence[TimelineEvent], bounds: Rect
    ) -> AnyPrepared | None:
        """The axis area of ``events`` in ``bounds`` in ``frame``'s style and direction,
        or ``None`` for a broken vertical axis without a stretch long enough to cut."""
        common = (self.eras, bounds, self.measurer, frame.style, self.formatter)
        if not isinstance(frame, VerticalFrame):
            return prepare(events, *common)
        if not frame.broken:
            return prepare_vertical(events, *common)
        parts = split_at_pause(events, self.eras)
        if parts is None:
            return None
        return prepare_vertical(events, *common, cut=[part.events for part in parts])

    def prepared_rows(
        self, index: int, events: Sequence[TimelineEvent], bounds: Rect | None = None
    ) -> tuple[Prepared, ...] | None:
        """The axis area of each row of ``events`` in frame ``index`` (or ``bounds``
        with its style and rows), or ``None`` when one does not fit or there are fewer
        events than rows."""
        frame = self.frames[index]
        if not isinstance(frame, Frame):
            return None
        bounds = bounds or frame.bounds
        cache_key = (index, tuple(events), bounds)
        if cache_key not in self._prepared_rows:
            self._prepared_rows[cache_key] = self._prepare_rows(frame, events, bounds)
        return self._prepared_rows[cache_key]

    def _prepare_rows(
        self, frame: Frame, events: Sequence[TimelineEvent], bounds: Rect
    ) -> tuple[Prepared, ...] | None:
        if frame.broken:
            parts = split_at_pause(events, self.eras)
            if parts is None:
                return None
            bands = part_bounds(bounds, parts, frame.row_gap)
        else:
            parts = split_into_rows(events, self.eras, frame.rows)
            if len(parts) < frame.rows:
                return None
            bands = row_bounds(bounds, frame.rows, frame.row_gap)
        try:
            prepared = tuple(
                prepare(part.events, part.eras, band, self.measurer, frame.style, self.formatter)
                for part, band in zip(parts, bands, strict=True)
            )
            if not frame.broken:
                return prepared
            # Side by side, the parts keep the room the roomiest needs, so the axes align,
            # and each shows a share of the whole period as the years around its events.
            reserve = (
                max(part.area.top - part.area.axis.y for part in prepared),
                max(part.area.axis.y - part.area.bottom for part in prepared),
            )
            whole = max(event.last_position for event in events) - events[0].start
            least_span = BROKEN_PART_LEAST_SPAN * whole
            return tuple(
                prepare(
                    part.events,
                    part.eras,
                    band,
                    self.measurer,
                    frame.style,
                    self.formatter,
                    reserve,
                    least_span,
                )
                for part, band in zip(parts, bands, strict=True)
            )
        except AxisAreaTooTall:
            return None

    def single_row(self, index: int) -> bool:
        """Whether frame ``index`` holds the timeline on one axis (a selection, and the
        last resort, use only such frames)."""
        frame = self.frames[index]
        return isinstance(frame, VerticalFrame) or (frame.rows == 1 and not frame.broken)

    def broken(self, index: int) -> bool:
        """Whether frame ``index`` breaks its axis at a long stretch without events."""
        frame = self.frames[index]
        return isinstance(frame, Frame) and frame.broken

    def most_labels(self) -> _Fit:
        """The last resort when no step holds every label (nor a key): as many labels as
        fit at the smallest type in the first frame that holds the axis area, the rest
        left out. Raises ``LayoutError`` when no frame holds even that."""
        for index, frame in enumerate(self.frames):
            prepared = self.prepared(index, self.events) if self.single_row(index) else None
            if prepared is None:
                continue
            floor = _sizes(frame.style)[-1]
            step = Degradation.SMALLER_TYPE
            layout = _attempt(prepared, self.measurer, floor, 0, step, partial=True)
            assert layout is not None
            return TimelineFit(layout, step, _left_out(self.events, layout), frame=index)
        raise LayoutError(0, len(self.events), "the axis, ticks and bars alone are too tall")

    def labelled(self, keep: Keep) -> _Fit | None:
        """The first of the steps that label every event (full to smallest type) where
        all labels fit, trying each frame at each step."""
        if keep.most_labels is not None and len(self.events) > keep.most_labels:
            return None
        for step, index, sizes, text_lines, last in self._labelled_attempts():
            if not self.single_row(index):
                fitted = self._in_rows(index, sizes, text_lines, step)
                if fitted is not None:
                    return fitted
                continue
            prepared = self.prepared(index, self.events)
            if prepared is None:
                continue
            layout = _attempt(prepared, self.measurer, sizes, text_lines, step, last=last)
            if layout is None:
                continue
            if text_lines and not layout.short_text_shown:
                # No excerpt could be cut short enough: the labels are titles only.
                layout = replace(layout, degradation=Degradation.TITLES_ONLY)
            return TimelineFit(layout, layout.degradation, frame=index)
        return None

    def _in_rows(
        self, index: int, sizes: LabelSizes, text_lines: int, step: Degradation
    ) -> _Fit | None:
        """Every row of frame ``index`` labelled at ``sizes``, or ``None`` when a label of
        some row does not fit. Each row's attempt is its last at these sizes (labels kept
        beside their anchors are tried too): a row is short, so that costs little, and it
        saves a crowded row the smaller type."""
        prepared_rows = self.prepared_rows(index, self.events)
        if prepared_rows is None:
            return None
        layouts = []
        for prepared in prepared_rows:
            layout = _attempt(prepared, self.measurer, sizes, text_lines, step, last=True)
            if layout is None:
                return None
            layouts.append(layout)
        if text_lines and not any(layout.short_text_shown for layout in layouts):
            layouts = [replace(layout, degradation=Degradation.TITLES_ONLY) for layout in layouts]
        first, *rest = layouts
        broken = self.broken(index)
        return TimelineFit(
            first, first.degradation, frame=index, more_rows=tuple(rest), broken_axis=broken
        )

    def _labelled_attempts(self) -> list[tuple[Degradation, int, LabelSizes, int, bool]]:
        """Per attempt: its step, frame, sizes, excerpt lines and whether it is the frame's
        last; steps in ladder order, frames in order within a step."""
        attempts: list[tuple[Degradation, int, LabelSizes, int, bool]] = []
        has_text = any(event.short_text for event in self.events)
        for step in LADDER[: LADDER.index(Degradation.SMALLER_TYPE) + 1]:
            for index, frame in enumerate(self.frames):
                if LADDER.index(step) < LADDER.index(frame.first_step):
                    continue
                style = frame.style
                full = _sizes(style)[0]
                if step is Degradation.FULL and has_text:
                    attempts.append((step, index, full, style.max_text_lines, False))
                elif step is Degradation.SHORTER_EXCERPTS and has_text:
                    for lines in range(style.max_text_lines - 1, 0, -1):
                        attempts.append((step, index, full, lines, False))
                elif step is Degradation.TITLES_ONLY:
                    attempts.append((step, index, full, 0, len(_sizes(style)) == 1))
                elif step is Degradation.SMALLER_TYPE:
                    # A frame that waits for this step is smaller type at its own sizes.
                    waited = frame.first_step is Degradation.SMALLER_TYPE
                    smaller = _sizes(style)[0 if waited else 1 :]
                    for position, sizes in enumerate(smaller):
                        attempts.append((step, index, sizes, 0, position == len(smaller) - 1))
        return attempts

    def numbered_key(self, keep: Keep) -> _Fit | None:
        """Highlighted events labelled and the others numbered, with the key under the
        timeline, at the largest type that fits in the first frame that holds it.

        Highlighted labels that find no room even then (in a crowd at the edge of the
        timeline) are numbered too, in up to :data:`NUMBERING_ROUNDS` rounds, so that the
        key still gives their whole titles; when even the numbers do not all fit, as
        many as fit at the smallest type.
        """
        labelled = {event.key for event in self.events if event.highlight}
        fitted, most = self._numbered_key(keep, labelled)
        for _ in range(NUMBERING_ROUNDS):
            stranded = labelled & set(most.left_out) if fitted is None and most else set()
            if not stranded:
                break
            labelled -= stranded
            fitted, most = self._numbered_key(keep, labelled)
        return fitted or most

    def _numbered_key(self, keep: Keep, labelled: set[str]) -> tuple[_Fit | None, _Fit | None]:
        """The numbered key with the events of ``labelled`` keeping their labels, if all
        labels fit in some frame; else ``None`` and the most that fit at the smallest
        type (``None`` too when no frame holds the key and the axis).

        Each frame is tried at its smallest type first: only a frame that holds every
        label there is worth trying at larger sizes."""
        on_timeline, listed = numbered(self.events, labelled)
        partials: list[_Fit] = []
        for index, frame in enumerate(self.frames):
            *larger, floor = _last_step_sizes(frame.style)
            at_floor = self._keyed(keep, index, on_timeline, listed, floor, partial=True)
            if at_floor is None:
                continue
            if at_floor.left_out:
                partials.append(at_floor)
                continue
            for sizes in larger:
                fitted = self._keyed(keep, index, on_timeline, listed, sizes, partial=False)
                if fitted is not None:
                    return fitted, None
            return at_floor, None
        return None, min(partials, key=lambda fit: len(fit.left_out), default=None)

    def _keyed(
        self,
        keep: Keep,
        index: int,
        on_timeline: Sequence[TimelineEvent],
        listed: Sequence[TimelineEvent],
        sizes: LabelSizes,
        *,
        partial: bool,
    ) -> _Fit | None:
        """The numbered timeline and its key in frame ``index`` at ``sizes``: ``None``
        when the key leaves the timeline too little room (or, unless ``partial``, when
        a label does not fit). Of the places that hold every number, the one that
        bundles the fewest into runs: a key beside a long axis rather than one under a
        short axis where the markers crowd."""
        fits = []
        for key, room in self._key_places(keep, index, listed, sizes):
            fit = self._keyed_in(index, on_timeline, key, room, sizes, partial=partial)
            if fit is None:
                continue
            if not fit.left_out and _label_count(fit) == len(on_timeline):
                return fit
            fits.append(fit)
        return min(fits, key=lambda fit: (len(fit.left_out), -_label_count(fit)), default=None)

    def _key_places(
        self, keep: Keep, index: int, listed: Sequence[TimelineEvent], sizes: LabelSizes
    ) -> list[tuple[NumberedKey, Rect]]:
        """Where the key of ``listed`` may go in frame ``index``, and the room each place
        leaves the timeline: under the frame (``Keep.key_below``), or at the bottom of
        it; in a vertical frame, also in columns down its right side."""
        frame = self.frames[index]
        bounds, style = frame.bounds, frame.style
        common = (self.measurer, style, sizes)
        if keep.key_below is not None:
            top = bounds.bottom - style.leader_min
            key = plan_key(listed, bounds.left, top, bounds.width, *common)
            return [] if key.box.height + style.leader_min > keep.key_below else [(key, bounds)]
        places = []
        key = plan_key(listed, bounds.left, bounds.bottom, bounds.width, *common)
        top = bounds.bottom + key.box.height
        room_bottom = top + style.leader_min
        if bounds.top - room_bottom >= LEAST_TIMELINE_SHARE * bounds.height:
            room = Rect.from_edges(bounds.left, room_bottom, bounds.right, bounds.top)
            places.append((key.hung_from(top), room))
        if isinstance(frame, VerticalFrame):
            places += _key_beside(listed, bounds, *common)
        return places

    def _keyed_in(
        self,
        index: int,
        on_timeline: Sequence[TimelineEvent],
        key: NumberedKey,
        room: Rect,
        sizes: LabelSizes,
        *,
        partial: bool,
    ) -> _Fit | None:
        """The numbered timeline in ``room`` of frame ``index`` beside ``key``."""
        numbers = {entry.key: entry.number for entry in key.entries}
        bundles = Bundles.unbundled(on_timeline, numbers)
        rows = self._rows_of(index, bundles.events, room)
        reach = self.frames[index].style.bundle_within
        # Bundling moves the markers left apart, which may bring new runs together.
        for _ in range(BUNDLING_ROUNDS):
            if rows is None or not reach:
                break
            more = bundles.bundled([_positions(prepared) for prepared in rows], reach)
            if len(more.events) == len(bundles.events):
                break
            bundles = more
            rows = self._rows_of(index, bundles.events, room)
        if rows is None:
            return None
        step = Degradation.NUMBERED_KEY
        layouts = []
        for prepared in rows:
            layout = _attempt(prepared, self.measurer, sizes, 0, step, last=True, partial=partial)
            if layout is None:
                return None
            layouts.append(layout)
        first, *rest = layouts
        shown = bundles.shown(label.key for layout in layouts for label in layout.labels)
        left_out = tuple(event.key for event in self.events if event.key not in shown)
        return TimelineFit(first, step, left_out, key, index, tuple(rest), self.broken(index))

    def _rows_of(
        self, index: int, events: Sequence[TimelineEvent], room: Rect
    ) -> tuple[AnyPrepared, ...] | None:
        """The axis area of ``events`` in ``room`` of frame ``index``, row by row."""
        if not self.single_row(index):
            return self.prepared_rows(index, events, room)
        prepared = self.prepared(index, events, room)
        return None if prepared is None else (prepared,)

    def _selected(
        self,
        index: int,
        room: Rect,
        sizes: LabelSizes,
        highlighted: Sequence[TimelineEvent],
        others: Sequence[TimelineEvent],
        count: int,
    ) -> AnyLayout | None:
        """The highlighted events and the first ``count`` others, if all their labels fit."""
        chosen = in_time_order([*highlighted, *others[:count]])
        prepared = self.prepared(index, chosen, room) if chosen else None
        if prepared is None:
            return None
        return _attempt(prepared, self.measurer, sizes, 0, Degradation.SELECTION, last=True)

    def selection(self, keep: Keep) -> _Fit | None:
        """Every highlighted event and as many others as fit (the farthest in time from
        those already chosen first), at the size that shows the most; else as many
        highlighted labels as fit at the smallest type, with every highlighted marker."""
        highlighted = [event for event in self.events if event.highlight]
        most = keep.most_labels or len(self.events)
        ordinary = [event for event in self.events if not event.highlight]
        others = _spread(ordinary, highlighted, max(0, most - len(highlighted)))
        best: tuple[int, _Fit] | None = None
        fallback: tuple[int, AnyPrepared] | None = None
        for index, frame in enumerate(self.frames):
            if not self.single_row(index):
                continue
            bounds = frame.bounds
            room = Rect.from_edges(
                bounds.left, bounds.bottom + keep.note_room, bounds.right, bounds.top
            )
            for sizes in _last_step_sizes(frame.style):
                layout_of = partial(self._selected, index, room, sizes, highlighted, others)
                count, layout = _most_that_fit(layout_of, len(others), 0 if highlighted else 1)
                if layout is None:
                    continue
                shown = len(highlighted) + count
                if best is None or shown > best[0]:
                    left_out = _left_out(self.events, layout)
                    fit = TimelineFit(layout, Degradation.SELECTION, left_out, frame=index)
                    best = (shown, fit)
                if count == len(others):
                    break
            if best is not None and best[0] == len(highlighted) + len(others):
                break
            chosen = in_time_order(highlighted or others[:1] or self.events[:1])
            prepared = self.prepared(index, chosen, room)
            if fallback is None and prepared is not None:
                fallback = (index, prepared)
        if best is not None:
            return best[1]
        if fallback is None:
            return None
        index, prepared = fallback
        floor = _sizes(self.frames[index].style)[-1]
        layout = _attempt(prepared, self.measurer, floor, 0, Degradation.SELECTION, partial=True)
        assert layout is not None
        return TimelineFit(
            layout, Degradation.SELECTION, _left_out(self.events, layout), frame=index
        )


def _sizes(style: TimelineStyle) -> list[LabelSizes]:
    """The full sizes of ``style``, then each smaller step down to its floor."""
    full = LabelSizes(style.title_size, style.date_size, style.text_size)
    return [full, *shrink_steps(style)]


def _last_step_sizes(style: TimelineStyle) -> list[LabelSizes]:
    """At most :data:`MOST_LAST_STEP_SIZES` of the style's sizes, evenly from full to the
    floor, both included."""
    sizes = _sizes(style)
    if len(sizes) <= MOST_LAST_STEP_SIZES:
        return sizes
    step = (len(sizes) - 1) / (MOST_LAST_STEP_SIZES - 1)
    return [sizes[round(position * step)] for position in range(MOST_LAST_STEP_SIZES)]


def _most_that_fit(
    layout_of: Callable[[int], AnyLayout | None], most: int, least: int
) -> tuple[int, AnyLayout | None]:
    """The largest count from ``least`` to ``most`` whose layout fits (binary search:
    more events fit no better than fewer), and that layout."""
    best = layout_of(least)
    if best is None:
        return least, None
    low, high = least, most
    while low < high:
        middle = (low + high + 1) // 2
        layout = layout_of(middle)
        if layout is not None:
            low, best = middle, layout
        else:
            high = middle - 1
    return low, best


def _label_count(fit: _Fit) -> int:
    """How many labels the rows of ``fit`` place (a bundled run's one)."""
    return sum(len(layout.labels) for layout in fit.rows)


def _positions(prepared: AnyPrepared) -> list[tuple[str, float]]:
    """Each event's key and its anchor along the axis of ``prepared``, in time order."""
    anchors = prepared.anchors.xs if isinstance(prepared, Prepared) else prepared.anchors
    return [(event.key, anchor) for event, anchor in zip(prepared.events, anchors, strict=True)]


def _left_out(events: Sequence[TimelineEvent], *layouts: AnyLayout) -> tuple[str, ...]:
    """The keys of ``events`` without a label in any of ``layouts``."""
    labelled = {label.key for layout in layouts for label in layout.labels}
    return tuple(event.key for event in events if event.key not in labelled)


def _spread(
    candidates: Sequence[TimelineEvent], chosen: Sequence[TimelineEvent], count: int
) -> list[TimelineEvent]:
    """``count`` of ``candidates``, each the farthest in time from those before it (and
    from ``chosen``): any first few of them cover the whole period."""
    pool = list(candidates)
    if not chosen and pool:
        first = pool.pop(len(pool) // 2)
        ordered, taken = [first], [first.start]
    else:
        ordered, taken = [], [event.start for event in chosen]
    nearest = [min((abs(event.start - t) for t in taken), default=0.0) for event in pool]
    while pool and len(ordered) < count:
        best = max(range(len(pool)), key=nearest.__getitem__)
        picked = pool.pop(best)
        nearest.pop(best)
        ordered.append(picked)
        nearest = [
            min(gap, abs(event.start - picked.start))
            for gap, event in zip(nearest, pool, strict=True)
        ]
    return ordered[:count]


def _attempt(
    prepared: AnyPrepared,
    measurer: TextMeasurer,
    sizes: LabelSizes,
    text_lines: int,
    step: Degradation,
    *,
    last: bool = False,
    partial: bool = False,
) -> AnyLayout | None:
    """One attempt of the ladder, on a horizontal or a vertical axis."""
    if isinstance(prepared, VerticalPrepared):
        return attempt_vertical(prepared, measurer, sizes, text_lines, step, partial=partial)
    return attempt(prepared, measurer, sizes, text_lines, step, last=last, partial=partial)


def _key_beside(
    listed: Sequence[TimelineEvent],
    bounds: Rect,
    measurer: TextMeasurer,
    style: TimelineStyle,
    sizes: LabelSizes,
) -> list[tuple[NumberedKey, Rect]]:
    """The key in the fewest columns down the right of ``bounds`` that hold it, and the
    room left of it for a vertical timeline (at least :data:`LEAST_TIMELINE_SHARE` of
    the width); none when that is too narrow."""
    gap = KEY_COLUMN_GAP * style.gap
    column = COLUMN_EMS * sizes.text + gap
    room_right = bounds.right
    for count in range(1, len(listed) + 1):
        width = count * column - gap
        room_right = bounds.right - width - 2 * style.leader_min
        if room_right - bounds.left < LEAST_TIMELINE_SHARE * bounds.width:
            return []
        key = plan_key(listed, bounds.right - width, bounds.top, width, measurer, style, sizes)
        if key.box.height <= bounds.height:
            return [(key, Rect.from_edges(bounds.left, bounds.bottom, room_right, bounds.top))]
    return []
