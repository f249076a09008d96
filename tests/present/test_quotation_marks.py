"""The quotation marks of a lesson's language, from CLDR, by tag."""

from __future__ import annotations

import pytest

from lessonpress.present.quotation_marks import quotation_marks


@pytest.mark.parametrize(
    ("language", "marked"),
    [
        ("en", "“Ja”"),
        ("en-GB", "“Ja”"),
        ("de", "„Ja“"),
        ("de-AT", "„Ja“"),
        ("fr", "«\u00a0Ja\u00a0»"),
        ("fr-CH", "«Ja»"),
        ("ru", "«Ja»"),
        ("es", "«Ja»"),
        ("es-MX", "“Ja”"),
        ("pt-BR", "“Ja”"),
        ("pt_PT", "«Ja»"),
        ("pl", "„Ja”"),
        ("sv", "”Ja”"),
        ("ja", "「Ja」"),
        ("tlh", "“Ja”"),
    ],
)
def test_a_tag_takes_its_own_marks_then_its_language_s_then_english(
    language: str, marked: str
) -> None:
    assert quotation_marks(language).enclose("Ja") == marked
