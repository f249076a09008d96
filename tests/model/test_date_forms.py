"""Every date form teachers and archives write: the days it covers, its precision and how it
is shown, checked against the ``edtf`` package for EDTF and ``convertdate`` for calendars."""

from __future__ import annotations

import math
import re
import time
from pathlib import Path

import convertdate
import edtf
import pytest

from lessonpress.model.dates import (
    Calendar,
    DateError,
    Day,
    HistoricalDate,
    Precision,
    parse_date,
)
from lessonpress.model.dates.calendars import calendar_day, julian_day_number
from lessonpress.model.dates.edtf_reader import read_edtf

C, D, Y, M, DAY = (
    Precision.CENTURY,
    Precision.DECADE,
    Precision.YEAR,
    Precision.MONTH,
    Precision.DAY,
)

# text, first day, last day (ISO 8601, astronomical years: 0000 is 1 BC; None when open),
# the precision of the (first) date, and how it is shown
FORMS = [
    # years, months and days
    ("1917", "1917-01-01", "1917-12-31", Y, "1917"),
    ("44 BC", "-0043-01-01", "-0043-12-31", Y, "44 BC"),
    ("44 BCE", "-0043-01-01", "-0043-12-31", Y, "44 BC"),
    ("44 b.c.", "-0043-01-01", "-0043-12-31", Y, "44 BC"),
    ("AD 79", "0079-01-01", "0079-12-31", Y, "AD 79"),
    ("79 CE", "0079-01-01", "0079-12-31", Y, "AD 79"),
    ("79 AD", "0079-01-01", "0079-12-31", Y, "AD 79"),
    ("79", "0079-01-01", "0079-12-31", Y, "AD 79"),
    ("AD 1917", "1917-01-01", "1917-12-31", Y, "1917"),
    ("1 BC", "0000-01-01", "0000-12-31", Y, "1 BC"),
    ("AD 1", "0001-01-01", "0001-12-31", Y, "AD 1"),
    ("March 1917", "1917-03-01", "1917-03-31", M, "March 1917"),
    ("Mar 1917", "1917-03-01", "1917-03-31", M, "March 1917"),
    ("Mar. 1917", "1917-03-01", "1917-03-31", M, "March 1917"),
    ("Sept 1917", "1917-09-01", "1917-09-30", M, "September 1917"),
    ("November 1933", "1933-11-01", "1933-11-30", M, "November 1933"),
    ("March 44 BC", "-0043-03-01", "-0043-03-31", M, "March 44 BC"),
    ("March AD 79", "0079-03-01", "0079-03-31", M, "March AD 79"),
    ("March 8 1917", "1917-03-08", "1917-03-08", DAY, "March 8, 1917"),
    ("March 8, 1917", "1917-03-08", "1917-03-08", DAY, "March 8, 1917"),
    ("8 March 1917", "1917-03-08", "1917-03-08", DAY, "March 8, 1917"),
    ("March 8th, 1917", "1917-03-08", "1917-03-08", DAY, "March 8, 1917"),
    ("March 15, 44 BC", "-0043-03-15", "-0043-03-15", DAY, "March 15, 44 BC"),
    ("August 24, AD 79", "0079-08-24", "0079-08-24", DAY, "August 24, AD 79"),
    ("February 29 1916", "1916-02-29", "1916-02-29", DAY, "February 29, 1916"),
    ("February 29, 1 BC", "0000-02-29", "0000-02-29", DAY, "February 29, 1 BC"),
    ("December 31, 1 BC", "0000-12-31", "0000-12-31", DAY, "December 31, 1 BC"),
    ("January 1, AD 1", "0001-01-01", "0001-01-01", DAY, "January 1, AD 1"),
    ("  MARCH   8 ,  1917 ", "1917-03-08", "1917-03-08", DAY, "March 8, 1917"),
    # approximate
    ("c. 1200 BC", "-1199-01-01", "-1199-12-31", Y, "c. 1200 BC"),
    ("c.1200 BC", "-1199-01-01", "-1199-12-31", Y, "c. 1200 BC"),
    ("circa 1850", "1850-01-01", "1850-12-31", Y, "c. 1850"),
    ("ca. 1850", "1850-01-01", "1850-12-31", Y, "c. 1850"),
    ("~1850", "1850-01-01", "1850-12-31", Y, "c. 1850"),
    ("about 1850", "1850-01-01", "1850-12-31", Y, "c. 1850"),
    ("around 1850", "1850-01-01", "1850-12-31", Y, "c. 1850"),
    ("c. March 1917", "1917-03-01", "1917-03-31", M, "c. March 1917"),
    # decades and centuries
    ("1920s", "1920-01-01", "1929-12-31", D, "1920s"),
    ("1920's", "1920-01-01", "1929-12-31", D, "1920s"),
    ("the 1920s", "1920-01-01", "1929-12-31", D, "1920s"),
    ("40s BC", "-0048-01-01", "-0039-12-31", D, "40s BC"),
    ("19th century", "1801-01-01", "1900-12-31", C, "19th century"),
    ("5th century BC", "-0499-01-01", "-0400-12-31", C, "5th century BC"),
    ("1st century AD", "0001-01-01", "0100-12-31", C, "1st century"),
    ("21st century", "2001-01-01", "2100-12-31", C, "21st century"),
    # ranges, and ranges sharing parts
    ("1939 - 1941", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("1939 – 1941", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("1939 — 1941", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("1939 to 1941", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("1939..1941", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("from 1939 to 1941", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("1939-41", "1939-01-01", "1941-12-31", Y, "1939–1941"),
    ("500 - 400 BC", "-0499-01-01", "-0399-12-31", Y, "500–400 BC"),
    ("31 BC - AD 14", "-0030-01-01", "0014-12-31", Y, "31 BC – AD 14"),
    ("March 8 1917 - March 12 1917", "1917-03-08", "1917-03-12", DAY, "March 8–12, 1917"),
    ("March 8-12, 1917", "1917-03-08", "1917-03-12", DAY, "March 8–12, 1917"),
    ("8-12 March 1917", "1917-03-08", "1917-03-12", DAY, "March 8–12, 1917"),
    ("June 22 - December 5 1941", "1941-06-22", "1941-12-05", DAY, "June 22 – December 5, 1941"),
    (
        "December 7, 1941 - May 8, 1945",
        "1941-12-07",
        "1945-05-08",
        DAY,
        "December 7, 1941 – May 8, 1945",
    ),
    ("June - December 1941", "1941-06-01", "1941-12-31", M, "June–December 1941"),
    ("1920s - 1930s", "1920-01-01", "1939-12-31", D, "1920s–1930s"),
    (
        "5th century BC - 1st century AD",
        "-0499-01-01",
        "0100-12-31",
        C,
        "5th century BC – 1st century AD",
    ),
    ("c. 1850 - 1900", "1850-01-01", "1900-12-31", Y, "c. 1850 – 1900"),
    ("2023-24", "2023-01-01", "2024-12-31", Y, "2023–2024"),
    ("2021-22", "2021-01-01", "2022-12-31", Y, "2021–2022"),
    ("1920-21", "1920-01-01", "1921-12-31", Y, "1920–1921"),
    # seasons: a winter belongs to the year it begins in
    ("Spring 1917", "1917-03-01", "1917-05-31", Y, "Spring 1917"),
    ("Summer 1941", "1941-06-01", "1941-08-31", Y, "Summer 1941"),
    ("summer of 1941", "1941-06-01", "1941-08-31", Y, "Summer 1941"),
    ("Autumn 1918", "1918-09-01", "1918-11-30", Y, "Autumn 1918"),
    ("fall 1918", "1918-09-01", "1918-11-30", Y, "Autumn 1918"),
    ("Fall of 1918", "1918-09-01", "1918-11-30", Y, "Autumn 1918"),
    ("winter 1941", "1941-12-01", "1942-02-28", Y, "Winter 1941–42"),
    ("winter of 1941", "1941-12-01", "1942-02-28", Y, "Winter 1941–42"),
    ("winter 1941–42", "1941-12-01", "1942-02-28", Y, "Winter 1941–42"),
    ("winter 1941-42", "1941-12-01", "1942-02-28", Y, "Winter 1941–42"),
    ("Winter 1941 - 1942", "1941-12-01", "1942-02-28", Y, "Winter 1941–42"),
    ("Winter 1999-2000", "1999-12-01", "2000-02-29", Y, "Winter 1999–2000"),
    ("winter 45-44 BC", "-0044-12-01", "-0043-02-28", Y, "Winter 45–44 BC"),
    ("winter 1 BC - AD 1", "0000-12-01", "0001-02-28", Y, "Winter 1 BC – AD 1"),
    ("Summer 44 BC", "-0043-06-01", "-0043-08-31", Y, "Summer 44 BC"),
    ("Summer AD 79", "0079-06-01", "0079-08-31", Y, "Summer AD 79"),
    ("in the summer of 1941", "1941-06-01", "1941-08-31", Y, "Summer 1941"),
    ("c. Summer 1941", "1941-06-01", "1941-08-31", Y, "c. Summer 1941"),
    ("Summer 1941?", "1941-06-01", "1941-08-31", Y, "Summer 1941?"),
    ("Spring - Summer 1941", "1941-03-01", "1941-08-31", Y, "Spring 1941 – Summer 1941"),
    ("spring 1917 - autumn 1918", "1917-03-01", "1918-11-30", Y, "Spring 1917 – Autumn 1918"),
    ("Summer 1941 - 1945", "1941-06-01", "1945-12-31", Y, "Summer 1941 – 1945"),
    # parts of periods: early is the first ⌈n/3⌉, late the last ⌊n/3⌋ years (months of a year)
    ("early 1940s", "1940-01-01", "1943-12-31", D, "early 1940s"),
    ("mid-1940s", "1944-01-01", "1946-12-31", D, "mid-1940s"),
    ("mid 1940s", "1944-01-01", "1946-12-31", D, "mid-1940s"),
    ("middle 1940s", "1944-01-01", "1946-12-31", D, "mid-1940s"),
    ("late 1940s", "1947-01-01", "1949-12-31", D, "late 1940s"),
    ("Early 1940s", "1940-01-01", "1943-12-31", D, "early 1940s"),
    ("the early 1940s", "1940-01-01", "1943-12-31", D, "early 1940s"),
    ("mid-1930s", "1934-01-01", "1936-12-31", D, "mid-1930s"),
    ("late 1920s", "1927-01-01", "1929-12-31", D, "late 1920s"),
    ("early 40s BC", "-0048-01-01", "-0045-12-31", D, "early 40s BC"),
    ("late 40s BC", "-0041-01-01", "-0039-12-31", D, "late 40s BC"),
    ("early 19th century", "1801-01-01", "1834-12-31", C, "early 19th century"),
    ("mid-19th century", "1835-01-01", "1867-12-31", C, "mid-19th century"),
    ("late 19th century", "1868-01-01", "1900-12-31", C, "late 19th century"),
    ("early 5th century BC", "-0499-01-01", "-0466-12-31", C, "early 5th century BC"),
    ("late 5th century BC", "-0432-01-01", "-0400-12-31", C, "late 5th century BC"),
    ("early 1941", "1941-01-01", "1941-04-30", Y, "early 1941"),
    ("mid-1941", "1941-05-01", "1941-08-31", Y, "mid-1941"),
    ("late 1941", "1941-09-01", "1941-12-31", Y, "late 1941"),
    ("early 1940s - mid-1940s", "1940-01-01", "1946-12-31", D, "early 1940s – mid-1940s"),
    ("c. early 1940s", "1940-01-01", "1943-12-31", D, "c. early 1940s"),
    ("early 1940s?", "1940-01-01", "1943-12-31", D, "early 1940s?"),
    # uncertain
    ("1066?", "1066-01-01", "1066-12-31", Y, "1066?"),
    ("1066 ?", "1066-01-01", "1066-12-31", Y, "1066?"),
    ("c. 1066?", "1066-01-01", "1066-12-31", Y, "c. 1066?"),
    ("c. 1066", "1066-01-01", "1066-12-31", Y, "c. 1066"),
    ("44 BC?", "-0043-01-01", "-0043-12-31", Y, "44 BC?"),
    ("March 1917?", "1917-03-01", "1917-03-31", M, "March 1917?"),
    ("March 8, 1917?", "1917-03-08", "1917-03-08", DAY, "March 8, 1917?"),
    ("1920s?", "1920-01-01", "1929-12-31", D, "1920s?"),
    ("19th century?", "1801-01-01", "1900-12-31", C, "19th century?"),
    ("1939? - 1941", "1939-01-01", "1941-12-31", Y, "1939?–1941"),
    # open ends
    ("before 1928", None, "1927-12-31", Y, "before 1928"),
    ("before March 1917", None, "1917-02-28", M, "before March 1917"),
    ("before June 22, 1941", None, "1941-06-21", DAY, "before June 22, 1941"),
    ("before 44 BC", None, "-0044-12-31", Y, "before 44 BC"),
    ("before the 1920s", None, "1919-12-31", D, "before 1920s"),
    ("after 1928", "1929-01-01", None, Y, "after 1928"),
    ("after March 1917", "1917-04-01", None, M, "after March 1917"),
    ("after 44 BC", "-0042-01-01", None, Y, "after 44 BC"),
    ("after the 19th century", "1901-01-01", None, C, "after 19th century"),
    ("1928–", "1928-01-01", None, Y, "1928–"),
    ("1928 -", "1928-01-01", None, Y, "1928–"),
    ("1928-", "1928-01-01", None, Y, "1928–"),
    ("1928..", "1928-01-01", None, Y, "1928–"),
    ("from 1928", "1928-01-01", None, Y, "1928–"),
    ("from March 1917", "1917-03-01", None, M, "March 1917–"),
    ("until 1928", None, "1928-12-31", Y, "until 1928"),
    ("..1928", None, "1928-12-31", Y, "until 1928"),
    ("until June 1941", None, "1941-06-30", M, "until June 1941"),
    # between and either
    ("between 1450 and 1460", "1450-01-01", "1460-12-31", Y, "between 1450 and 1460"),
    ("between 1450 - 1460", "1450-01-01", "1460-12-31", Y, "between 1450 and 1460"),
    ("between 1450 and 60", "1450-01-01", "1460-12-31", Y, "between 1450 and 1460"),
    (
        "between March and June 1941",
        "1941-03-01",
        "1941-06-30",
        M,
        "between March 1941 and June 1941",
    ),
    ("between 500 and 400 BC", "-0499-01-01", "-0399-12-31", Y, "between 500 BC and 400 BC"),
    ("between 10 BC and AD 10", "-0009-01-01", "0010-12-31", Y, "between 10 BC and AD 10"),
    ("between the 1920s and the 1930s", "1920-01-01", "1939-12-31", D, "between 1920s and 1930s"),
    ("1863 or 1864", "1863-01-01", "1864-12-31", Y, "1863 or 1864"),
    ("1863 or 64", "1863-01-01", "1864-12-31", Y, "1863 or 1864"),
    ("44 or 43 BC", "-0043-01-01", "-0042-12-31", Y, "44 BC or 43 BC"),
    ("March or April 1917", "1917-03-01", "1917-04-30", M, "March 1917 or April 1917"),
    # EDTF level 0
    ("1985-04-12", "1985-04-12", "1985-04-12", DAY, "April 12, 1985"),
    ("1985-04", "1985-04-01", "1985-04-30", M, "April 1985"),
    ("1985", "1985-01-01", "1985-12-31", Y, "1985"),
    ("1917-03-08", "1917-03-08", "1917-03-08", DAY, "March 8, 1917"),
    ("1917-03", "1917-03-01", "1917-03-31", M, "March 1917"),
    ("1917-12", "1917-12-01", "1917-12-31", M, "December 1917"),
    ("1964/2008", "1964-01-01", "2008-12-31", Y, "1964–2008"),
    ("2004-06/2006-08", "2004-06-01", "2006-08-31", M, "June 2004 – August 2006"),
    (
        "2004-02-01/2005-02-08",
        "2004-02-01",
        "2005-02-08",
        DAY,
        "February 1, 2004 – February 8, 2005",
    ),
    ("2004-02-01/2005-02", "2004-02-01", "2005-02-28", DAY, "February 1, 2004 – February 2005"),
    ("2005/2006-02", "2005-01-01", "2006-02-28", Y, "2005 – February 2006"),
    ("1989-11-09/1989-11-10", "1989-11-09", "1989-11-10", DAY, "November 9–10, 1989"),
    ("1985-04-12T23:20:30", "1985-04-12", "1985-04-12", DAY, "April 12, 1985"),
    ("1985-04-12T23:20:30Z", "1985-04-12", "1985-04-12", DAY, "April 12, 1985"),
    ("1985-04-12T23:20:30-04", "1985-04-12", "1985-04-12", DAY, "April 12, 1985"),
    # EDTF level 1 (years are astronomical: 0000 is 1 BC)
    ("0000", "0000-01-01", "0000-12-31", Y, "1 BC"),
    ("-0044", "-0044-01-01", "-0044-12-31", Y, "45 BC"),
    ("-1985", "-1985-01-01", "-1985-12-31", Y, "1986 BC"),
    ("Y170000002", "170000002-01-01", "170000002-12-31", Y, "170000002"),
    ("Y-170000002", "-170000002-01-01", "-170000002-12-31", Y, "170000003 BC"),
    ("1984?", "1984-01-01", "1984-12-31", Y, "1984?"),
    ("2004-06~", "2004-06-01", "2004-06-30", M, "c. June 2004"),
    ("2004-06-11%", "2004-06-11", "2004-06-11", DAY, "c. June 11, 2004?"),
    ("1984~", "1984-01-01", "1984-12-31", Y, "c. 1984"),
    ("1984%", "1984-01-01", "1984-12-31", Y, "c. 1984?"),
    ("2001-21", "2001-03-01", "2001-05-31", Y, "Spring 2001"),
    ("2001-22", "2001-06-01", "2001-08-31", Y, "Summer 2001"),
    ("2001-23", "2001-09-01", "2001-11-30", Y, "Autumn 2001"),
    ("2001-24", "2001-12-01", "2002-02-28", Y, "Winter 2001–02"),
    ("1985-21", "1985-03-01", "1985-05-31", Y, "Spring 1985"),
    ("196X", "1960-01-01", "1969-12-31", D, "1960s"),
    ("201X", "2010-01-01", "2019-12-31", D, "2010s"),
    ("19XX", "1900-01-01", "1999-12-31", Y, "between 1900 and 1999"),
    ("2004-XX", "2004-01-01", "2004-12-31", Y, "2004"),
    ("1985-04-XX", "1985-04-01", "1985-04-30", M, "April 1985"),
    ("1985-XX-XX", "1985-01-01", "1985-12-31", Y, "1985"),
    ("1985-04-12/..", "1985-04-12", None, DAY, "April 12, 1985–"),
    ("1985-04/..", "1985-04-01", None, M, "April 1985–"),
    ("../1985-04-12", None, "1985-04-12", DAY, "until April 12, 1985"),
    ("../1928", None, "1928-12-31", Y, "until 1928"),
    ("1928/..", "1928-01-01", None, Y, "1928–"),
    ("1985/", "1985-01-01", None, Y, "1985–"),
    ("/1985", None, "1985-12-31", Y, "until 1985"),
    ("1984~/2004-06", "1984-01-01", "2004-06-30", Y, "c. 1984 – June 2004"),
    ("1984/2004-06~", "1984-01-01", "2004-06-30", Y, "1984 – c. June 2004"),
    ("1984?/2004%", "1984-01-01", "2004-12-31", Y, "1984? – c. 2004?"),
    (
        "2004-06-11?/2004-06-13~",
        "2004-06-11",
        "2004-06-13",
        DAY,
        "June 11, 2004? – c. June 13, 2004",
    ),
    # Old Style (Julian) and New Style days
    (
        "October 25, 1917 O.S.",
        "1917-11-07",
        "1917-11-07",
        DAY,
        "November 7, 1917 (October 25 O.S.)",
    ),
    ("25 October 1917 O.S.", "1917-11-07", "1917-11-07", DAY, "November 7, 1917 (October 25 O.S.)"),
    ("November 7, 1917 N.S.", "1917-11-07", "1917-11-07", DAY, "November 7, 1917 N.S."),
    (
        "February 29, 1900 O.S.",
        "1900-03-13",
        "1900-03-13",
        DAY,
        "March 13, 1900 (February 29 O.S.)",
    ),
    (
        "December 31, 1750 O.S.",
        "1751-01-11",
        "1751-01-11",
        DAY,
        "January 11, 1751 (December 31, 1750 O.S.)",
    ),
    (
        "March 8-12, 1917 O.S.",
        "1917-03-21",
        "1917-03-25",
        DAY,
        "March 21–25, 1917 (March 8–12, 1917 O.S.)",
    ),
    (
        "March 8, 1917 O.S. - March 12, 1917 O.S.",
        "1917-03-21",
        "1917-03-25",
        DAY,
        "March 21–25, 1917 (March 8–12, 1917 O.S.)",
    ),
    ("October 1917 O.S.", "1917-10-14", "1917-11-13", M, "October 1917 O.S."),
    ("1700 O.S.", "1700-01-11", "1701-01-11", Y, "1700 O.S."),
    ("March 15, 44 BC O.S.", "-0043-03-13", "-0043-03-13", DAY, "March 13, 44 BC (March 15 O.S.)"),
    (
        "c. October 25, 1917 O.S.",
        "1917-11-07",
        "1917-11-07",
        DAY,
        "c. November 7, 1917 (October 25 O.S.)",
    ),
]


@pytest.mark.parametrize(("text", "first", "last", "precision", "shown"), FORMS)
def test_every_form_covers_its_days_at_its_precision_and_shows_as_written(
    text: str, first: str | None, last: str | None, precision: Precision, shown: str
) -> None:
    span = parse_date(text)
    assert span.first_day == _day(first)
    assert span.last_day == _day(last)
    assert span.start.precision == precision
    assert span.format() == shown
    assert parse_date(shown) == span, "what is shown reads back as the same date"


def test_the_table_holds_at_least_150_forms_once_each() -> None:
    texts = [row[0] for row in FORMS]
    assert len(texts) >= 150
    assert len(set(texts)) == len(texts)


NONSENSE = [
    ("23rd Dynasty", "unknown word 'Dynasty'", "write a date such as"),
    ("this isn't a date", "unknown word 'this'", "write a date such as"),
    ("Sommer 1941", "unknown word 'Sommer'", "the seasons are spring, summer, autumn"),
    ("Wintr 1941", "unknown word 'Wintr'", "did you mean winter?"),
    ("earlyish 1940s", "unknown word 'earlyish'", "early, mid or late, as in early 1940s"),
    ("lateish 19th century", "unknown word 'lateish'", "did you mean late?"),
    ("befor 1928", "unknown word 'befor'", "before 1928, after 1928"),
    ("Febtember 1917", "unknown word 'Febtember'", "did you mean February or September?"),
    ("early March 1917", "early divides a century, a decade or a year", "early 1941"),
    ("Summer March 1941", "cannot read 'Summer March 1941'", "write a date such as"),
    ("between 1450", "names one date", "between 1450 and 1460"),
    ("before", "needs a date after it", "before 1928"),
    ("before 1928 - 1930", "cannot read", "between 1450 and 1460"),
    ("1863 or 1864 or 1865", "more than one dash", ""),
    ("1864 or 1863", "ends before it starts", "earlier date first"),
    ("1066??", "cannot read", ""),
    ("../..", "an interval needs at least one date", "EDTF such as"),
    ("19XX/2004", "an interval's ends must be single dates", ""),
    ("196X-05", "unspecified digits takes no month", ""),
    ("1985-21-05", "a season takes no day", "EDTF such as"),
    ("November 8, 1917 (October 25 O.S.)", "are not the same day", "October 25, 1917 O.S."),
    ("November 7, 1917 (October 25)", "not Old Style", "(October 25 O.S.)"),
    ("000X", "no decade", ""),
    ("Y1000000000", "too far away", ""),
    ("February 29, 1900", "February 1900 has 28 days", ""),
    ("February 30, 1900 O.S.", "February 1900 has 29 days", ""),
]


@pytest.mark.parametrize(("text", "message", "hint"), NONSENSE)
def test_nonsense_is_refused_with_a_hint(text: str, message: str, hint: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(text)
    assert message in raised.value.message
    assert hint in raised.value.hint
    assert raised.value.hint, "every refusal says what to write instead"


# EDTF, against the edtf package


def _day(iso: str | None) -> Day | None:
    if iso is None:
        return None
    year, month, day = iso.rsplit("-", 2)
    return Day(int(year), int(month), int(day))


def _package_day(value: object) -> Day | None:
    if isinstance(value, float):
        assert math.isinf(value)
        return None
    assert isinstance(value, time.struct_time)
    return Day(value.tm_year, value.tm_mon, value.tm_mday)


def _package_range(text: str) -> tuple[Day | None, Day | None] | None:
    """The days the ``edtf`` package says ``text`` covers, or None if it is not EDTF."""
    try:
        parsed = edtf.parse_edtf(text)
    except edtf.EDTFParseException:
        return None
    return _package_day(parsed.lower_strict()), _package_day(parsed.upper_strict())


def _assert_same_range(text: str, ours: tuple[Day | None, Day | None]) -> None:
    package = _package_range(text)
    assert package is not None, f"{text!r} is not EDTF to the edtf package"
    (first, last), (package_first, package_last) = ours, package
    if re.fullmatch(r"-?[0-9]{4}-24", text):
        # The package ends a winter on December 31; here it lasts to the end of February.
        assert first == package_first
        assert package_last is not None and last is not None
        assert (package_last.month, package_last.day, last.year) == (12, 31, package_last.year + 1)
        return
    if text.startswith("/"):  # an unknown start: the package guesses one; here it is open
        assert (first, last) == (None, package_last)
    elif text.endswith("/"):  # an unknown end, likewise
        assert (first, last) == (package_first, None)
    else:
        assert (first, last) == (package_first, package_last)


def test_every_edtf_example_covers_the_days_the_edtf_package_says() -> None:
    compared = 0
    for text, first, last, _, _ in FORMS:
        if read_edtf(text) is None:
            continue
        _assert_same_range(text, (_day(first), _day(last)))
        compared += 1
    assert compared >= 45


@pytest.mark.parametrize("text", [row[0] for row in FORMS])
def test_every_date_is_written_as_edtf_the_edtf_package_reads_the_same(text: str) -> None:
    span = parse_date(text)
    _assert_same_range(span.edtf, (span.first_day, span.last_day))


def test_a_single_date_is_written_as_edtf_alike_on_its_own_and_as_a_span() -> None:
    examples = {"1985-04-12", "Summer 1941", "c. 1066?", "19th century", "early 1941", "196X"}
    written = {text: parse_date(text).start.edtf for text in examples}
    assert written == {text: parse_date(text).edtf for text in examples}
    assert written["19th century"] == "1801/1900"
    assert written["c. 1066?"] == "1066%"


_WRITTEN_WITHOUT_SETS = [row[0] for row in FORMS if not parse_date(row[0]).edtf.startswith("[")]
"""The forms written at EDTF levels 0 and 1, which the reader reads (it takes no sets)."""


@pytest.mark.parametrize("text", _WRITTEN_WITHOUT_SETS)
def test_edtf_written_without_sets_reads_back_as_the_same_days(text: str) -> None:
    span = parse_date(text)
    again = parse_date(span.edtf)
    assert (again.first_day, again.last_day) == (span.first_day, span.last_day)


# Julian and Gregorian, against convertdate

_YEARS = [*range(1582, 1924), *range(-750, 1, 7)]
"""Every year of the changeover, 1582-1923, and astronomical years 751 BC to 1 BC."""


@pytest.mark.parametrize("calendar", [Calendar.JULIAN, Calendar.GREGORIAN])
def test_days_convert_by_julian_day_number_as_convertdate_does(calendar: Calendar) -> None:
    module = convertdate.julian if calendar is Calendar.JULIAN else convertdate.gregorian
    for year in _YEARS:
        for month in range(1, 13):
            for day in (1, 15, 28):
                jdn = julian_day_number(calendar, year, month, day)
                assert jdn == module.to_jd(year, month, day) + 0.5
                assert calendar_day(calendar, jdn) == (year, month, day)
        leap = (
            convertdate.julian.leap if calendar is Calendar.JULIAN else convertdate.gregorian.isleap
        )
        last = 29 if leap(year) else 28
        jdn = julian_day_number(calendar, year, 2, last)
        assert calendar_day(calendar, jdn + 1) == (year, 3, 1)


def test_old_style_days_fall_on_the_gregorian_days_convertdate_gives() -> None:
    for year in _YEARS:
        historical_year = year if year > 0 else year - 1  # no year 0: astronomical 0 is 1 BC
        for month, day in ((1, 1), (2, 28), (3, 1), (10, 25), (12, 31)):
            date = HistoricalDate(historical_year, DAY, month, day, calendar=Calendar.JULIAN)
            assert date.first_day == Day(*convertdate.julian.to_gregorian(year, month, day))


def test_there_is_no_year_zero_in_either_calendar() -> None:
    for mark in ("O.S.", "N.S."):
        last_bc = parse_date(f"December 31, 1 BC {mark}")
        first_ad = parse_date(f"January 1, AD 1 {mark}")
        assert last_bc.end_position == first_ad.start_position
    with pytest.raises(DateError, match="no year 0"):
        parse_date("January 1, 0 O.S.")


LANGUAGES_HEADING = "### Dates in the lesson's language"


def _reference_examples(column: int) -> list[str]:
    """The dates in one column of the date table of ``docs/lesson-format.md``."""
    reference = Path(__file__).resolve().parents[2] / "docs" / "lesson-format.md"
    text = reference.read_text(encoding="utf-8")
    section = text[text.index("## Date expressions") : text.index(LANGUAGES_HEADING)]
    rows = [line.split(" | ") for line in section.splitlines() if line.startswith("| ")]
    examples = [
        example
        for cells in rows[2:]
        if not cells[0].endswith("mapping")
        for example in re.findall(r"`([^`]+)`", cells[column])
    ]
    return [example for example in examples if any(char.isdigit() for char in example)]


@pytest.mark.parametrize("text", _reference_examples(1))
def test_every_example_in_the_format_reference_reads(text: str) -> None:
    assert parse_date(text).format()


@pytest.mark.parametrize("shown", _reference_examples(2))
def test_every_date_the_format_reference_shows_is_shown_so(shown: str) -> None:
    assert parse_date(shown).format() == shown
