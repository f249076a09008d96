"""What an event's date says about when it happened (:class:`DateSpan`): one date, a range,
or a time known only by other dates, with where it is placed and how it sorts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from lessonpress.model.dates import edtf_writer, formatting, local_formatting
from lessonpress.model.dates.calendars import Calendar
from lessonpress.model.dates.kinds import DateError, Relation
from lessonpress.model.dates.languages import ENGLISH, date_language
from lessonpress.model.dates.point import Day, HistoricalDate

OldStyleDates = Literal["both", "new"]
"""How a day written Old Style is shown: in both calendars, or as its New Style day alone."""

_ONE_DATE = (Relation.BEFORE, Relation.AFTER, Relation.UNTIL, Relation.FROM)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """What an event's date says: a single date, a range from ``start`` to ``end`` (both
    included), or a date known only relative to one or two dates (``relation``).

    Where it is placed, for a date known only relative to others: at the start of the date
    after ``before``, ``until`` and ``from`` (``1928–``), at the end of the date after
    ``after``, and half-way through the possible time for ``between`` and ``or``.
    """

    start: HistoricalDate
    end: HistoricalDate | None = None
    relation: Relation = Relation.ON

    def __post_init__(self) -> None:
        if self.relation in _ONE_DATE and self.end is not None:
            raise DateError(
                f"'{self.relation.value}' takes one date, not a range",
                hint=f"write {self.relation.value} 1928, or between 1450 and 1460 for two dates",
            )
        if self.relation in (Relation.BETWEEN, Relation.EITHER) and self.end is None:
            raise DateError(
                f"'{self.relation.value}' needs two dates",
                hint="write between 1450 and 1460, or 1863 or 1864",
            )
        if self.end is None:
            return
        start, end = self.start, self.end
        if end.end_position <= start.start_position:
            raise DateError(
                f"the range ends before it starts: {end.format()} comes before {start.format()}",
                hint="write the earlier date first, as in 1939 - 1941",
            )
        if end.end_position < start.end_position:
            raise DateError(
                f"the range ends before its start is over: {end.format()} ends "
                f"before {start.format()} does",
                hint="write the earlier date first, as in 1939 - 1941",
            )

    @property
    def is_range(self) -> bool:
        """Whether the span lasts from one date to another, and is drawn as a bar."""
        return self.relation is Relation.ON and self.end is not None

    @property
    def _placed_at(self) -> float | None:
        """The one position of a span known only relative to its dates, else None."""
        match self.relation:
            case Relation.BEFORE | Relation.UNTIL | Relation.FROM:
                return self.start.start_position
            case Relation.AFTER:
                return self.start.end_position
            case Relation.BETWEEN | Relation.EITHER:
                assert self.end is not None
                return (self.start.start_position + self.end.end_position) / 2
        return None

    @property
    def start_position(self) -> float:
        """Where the span is placed, or its range begins, in astronomical fractional years."""
        placed = self._placed_at
        return self.start.start_position if placed is None else placed

    @property
    def end_position(self) -> float:
        """The instant the span ends (exclusive), in astronomical fractional years; for a
        span known only relative to its dates, where it is placed."""
        placed = self._placed_at
        return (self.end or self.start).end_position if placed is None else placed

    @property
    def first_day(self) -> Day | None:
        """The first Gregorian day the event may fall on; None if open or unknown."""
        match self.relation:
            case Relation.BEFORE | Relation.UNTIL:
                return None
            case Relation.AFTER:
                return Day.of(self.start.days[1])
        return self.start.first_day

    @property
    def last_day(self) -> Day | None:
        """The last Gregorian day the event may fall on; None if open or unknown."""
        match self.relation:
            case Relation.AFTER | Relation.FROM:
                return None
            case Relation.BEFORE:
                return Day.of(self.start.days[0] - 1)
        return (self.end or self.start).last_day

    @property
    def sort_key(self) -> tuple[float, int, float]:
        """Chronological order: by start, coarser precision first, then by end."""
        return (self.start_position, int(self.start.precision), self.end_position)

    @property
    def edtf(self) -> str:
        """The span in the Extended Date/Time Format (ISO 8601-2), as other tools read it."""
        return edtf_writer.write_span(self)

    def in_calendar(self, calendar: Calendar | str | None) -> DateSpan:
        """The span with its dates read in ``calendar`` where they did not name their own."""
        if calendar is None:
            return self
        reckoning = Calendar(calendar)
        end = self.end.in_calendar(reckoning) if self.end else None
        return replace(self, start=self.start.in_calendar(reckoning), end=end)

    def in_new_style(self) -> DateSpan:
        """The span with each day written Old Style given as its Gregorian day instead,
        for a theme that shows New Style dates only."""
        end = self.end.in_gregorian() if self.end else None
        return replace(self, start=self.start.in_gregorian(), end=end)

    def format(self, language: str = ENGLISH, old_style: OldStyleDates = "both") -> str:
        """The span as shown to students: ``March 8–12, 1917``, ``31 BC – AD 14``; in
        ``language`` (a BCP 47 tag) where it has a table: ``8–12 de marzo de 1917``; its
        Old Style days in both calendars, or as their New Style days (``old_style``)."""
        shown = self.in_new_style() if old_style == "new" else self
        if (table := date_language(language)) is not None:
            return local_formatting.format_span(shown, table)
        return formatting.format_span(shown)
