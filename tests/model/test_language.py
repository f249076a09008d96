"""The lesson's language: a BCP 47 tag Babel knows, written left to right."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpress.model.lesson import Lesson

EVENTS = [{"title": "Event", "date": 1917}]


@pytest.mark.parametrize("tag", ["en", "es", "es-MX", "pt-BR", "zh-Hant-TW", "de_AT"])
def test_a_known_tag_is_kept_as_written(tag: str) -> None:
    assert Lesson.model_validate({"title": "T", "language": tag, "events": EVENTS}).language == tag


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("xx-YY", "'xx-YY' is not a language tag"),
        ("español", "'español' is not a language tag"),
        ("he", "Hebrew are written right to left"),
        ("ar-EG", "Arabic are written right to left"),
        ("fa", "Persian are written right to left"),
        ("ur", "Urdu are written right to left"),
    ],
)
def test_an_unknown_or_right_to_left_language_is_refused(tag: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Lesson.model_validate({"title": "T", "language": tag, "events": EVENTS})
    (error,) = raised.value.errors()
    assert error["loc"] == ("language",)
    assert message in error["msg"]
