"""Historical dates: reading the date expressions teachers write (and EDTF), placing,
ordering and formatting them.

A date keeps the precision it was written at (century, decade, year, month or day) and is
shown at that precision: ``March 1917``, never ``March 1, 1917``. Years use historical
numbering, in which 1 BC is followed by AD 1 with no year 0. Positions on a time axis use
astronomical numbering (1 BC is 0, 44 BC is -43), so that arithmetic across the boundary
needs no special case.

The modules, each with one job: ``kinds`` (precision, relation, error), ``words`` (the
English words, read and written), ``languages`` (the tables of Spanish, French, German,
Russian and Greek, beside CLDR's data), ``local_formatting`` (dates as those languages
write them; English keeps ``formatting``), ``calendars``
(Julian and Gregorian by Julian Day Number), ``point`` (one date and the days it covers),
``span`` (what an event's date says, where it is placed and how it sorts),
``formatting``, ``hints``, ``tokens`` and ``text`` (the teacher's reader),
``both_styles`` (a date given in both calendars), ``edtf_reader`` and ``edtf_writer``,
and ``values`` (what YAML produced).
"""

from lessonpress.model.dates.calendars import Calendar
from lessonpress.model.dates.formatting import format_position
from lessonpress.model.dates.hints import FORMS_HINT
from lessonpress.model.dates.kinds import MAX_YEAR, DateError, Precision, Relation
from lessonpress.model.dates.point import Day, HistoricalDate
from lessonpress.model.dates.span import DateSpan, OldStyleDates
from lessonpress.model.dates.values import parse_date, parse_date_point
from lessonpress.model.dates.words import MONTH_NAMES, Part

__all__ = [
    "FORMS_HINT",
    "MAX_YEAR",
    "MONTH_NAMES",
    "Calendar",
    "DateError",
    "DateSpan",
    "Day",
    "HistoricalDate",
    "OldStyleDates",
    "Part",
    "Precision",
    "Relation",
    "format_position",
    "parse_date",
    "parse_date_point",
]
