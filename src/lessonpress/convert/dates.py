"""Writing dates read from other formats as date expressions the lesson's reader accepts."""

from __future__ import annotations

from lessonpress.model.dates import DateSpan, HistoricalDate, Precision, parse_date


def point(year: int, month: int | None = None, day: int | None = None) -> HistoricalDate:
    """One date at the precision its parts give; a negative year is BC (-44 is 44 BC).

    Raises :class:`~lessonpress.model.dates.DateError` for an impossible date.
    """
    if day is not None and month is not None:
        return HistoricalDate(year, Precision.DAY, month, day)
    if month is not None:
        return HistoricalDate(year, Precision.MONTH, month)
    return HistoricalDate(year, Precision.YEAR)


def expression(start: HistoricalDate, end: HistoricalDate | None = None) -> str:
    """The date or range as a teacher writes it: ``44 BC``, ``March 8–12, 1917``.

    Raises :class:`~lessonpress.model.dates.DateError` when the range ends before it starts.
    """
    span = DateSpan(start, end if end != start else None)
    text = span.format()
    if parse_date(text) == span:
        return text
    # A shortened range that would read back differently is written out in full.
    assert span.end is not None
    return f"{span.start.format()} - {span.end.format()}"
