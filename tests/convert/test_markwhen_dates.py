"""Markwhen's date forms, read as the lesson's dates."""

from __future__ import annotations

import pytest

from lessonpress.convert.markwhen import parse_range
from lessonpress.model.dates import DateError

CASES = [
    ("1964/2008", False, "1964–2008"),
    ("2004-06", False, "June 2004"),
    ("2004-06 / 2006-08", False, "June 2004 – August 2006"),
    ("2022-01-30", False, "January 30, 2022"),
    ("2004-02-01/2005", False, "February 1, 2004 – 2005"),
    ("04/1776", False, "April 1776"),
    ("01/02/2024", False, "January 2, 2024"),
    ("01/02/2024", True, "February 1, 2024"),
    ("11/11/2024-12/12/2024", False, "November 11 – December 12, 2024"),
    ("2031-11-19T01:35:10Z-2099-08-04T18:22:48Z", False, "November 19, 2031 – August 4, 2099"),
    ("300 BC - 200 BC", False, "300–200 BC"),
    ("50 BC-50 AD", False, "50 BC – AD 50"),
    ("100 BCE", False, "100 BC"),
    ("2012-2013", False, "2012–2013"),
    ("1939 to 1941", False, "1939–1941"),
    ("Dec 25 2023", False, "December 25, 2023"),
    ("January 3 - Apr 6 2022", False, "January 3 – April 6, 2022"),
]


@pytest.mark.parametrize(("text", "day_first", "shown"), CASES)
def test_markwhen_dates_read_as_lesson_dates(text: str, day_first: bool, shown: str) -> None:
    assert parse_range(text, day_first).format() == shown


@pytest.mark.parametrize("text", ["2 weeks", "now", "after !phase1 1 month", "2020/now"])
def test_relative_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError, match="relative"):
        parse_range(text)
