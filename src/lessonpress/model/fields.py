"""Field types shared by the lesson and theme models: text, rich text, dates, colours.

Each type validates with a message a teacher understands and publishes the JSON
Schema an editor needs to autocomplete what the teacher may write.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated, Any

from babel import Locale, UnknownLocaleError
from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from lessonpress.model.dates import DateError, DateSpan, HistoricalDate, parse_date
from lessonpress.model.text import RichText, parse_rich_text

_COLOR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")

MAX_TEXT_CHARACTERS = 20_000
"""The most a text field may hold: some ten pages of a handout."""

MAX_TITLE_CHARACTERS = 300
"""The most a title or label may hold: about four lines of a slide title."""

_INVISIBLE_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""Control characters: never meant as text, and forbidden in the XML of a deck."""


def describe_kind(value: object) -> str:
    """Name the YAML kind of ``value`` the way a teacher wrote it."""
    match value:
        case None:
            return "nothing (an empty value)"
        case bool():
            return "yes/no"
        case int() | float():
            return "a number"
        case str():
            return "text"
        case list():
            return "a list"
        case dict():
            return "a mapping of keys"
        case datetime.date():
            return "a date"
    return type(value).__name__


def as_text(value: object) -> str:
    """Accept text, or a number the teacher meant as text (a title like ``1984``).

    Control characters (pasted from other programs, never visible) are removed.
    """
    if isinstance(value, str):
        return _INVISIBLE_CONTROLS.sub("", value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise PydanticCustomError(
        "text_expected",
        "expected text here, found {kind}",
        {"kind": describe_kind(value), "hint": "write the text after the colon, on one line"},
    )


def _check_length(text: str, limit: int, noun: str, hint: str) -> str:
    if len(text) > limit:
        raise PydanticCustomError(
            "text_too_long",
            "this {noun} is {length} characters long, more than the {limit} it may hold",
            {"noun": noun, "length": f"{len(text):,}", "limit": f"{limit:,}", "hint": hint},
        )
    return text


def _non_empty_text(value: object) -> str:
    text = as_text(value).strip()
    if not text:
        raise PydanticCustomError("text_empty", "this text is empty", {"hint": "write something"})
    return _check_length(text, MAX_TEXT_CHARACTERS, "text", "shorten it, or split it in two")


def _title(value: object) -> str:
    return _check_length(
        _non_empty_text(value),
        MAX_TITLE_CHARACTERS,
        "title",
        "shorten it; the details belong in 'text' or 'summary'",
    )


def _rich_text(value: object) -> RichText:
    if isinstance(value, RichText):
        return value
    # Checked before parsing, so that an enormous field costs nothing to refuse.
    text = _check_length(
        as_text(value), MAX_TEXT_CHARACTERS, "text", "shorten it, or split it across events"
    )
    return parse_rich_text(text)


_DATES_LANGUAGE: ContextVar[str] = ContextVar("dates_language", default="en")
"""The language the dates being validated are written in: the lesson's, while it is read."""


@contextmanager
def dates_written_in(language: str) -> Iterator[None]:
    """Read the dates validated inside the block as written in ``language`` (a BCP 47 tag):
    ``8 de marzo de 1917`` in a Spanish lesson, besides the English forms."""
    token = _DATES_LANGUAGE.set(language)
    try:
        yield
    finally:
        _DATES_LANGUAGE.reset(token)


def dates_language() -> str:
    """The language the dates being validated are written in (English outside a lesson)."""
    return _DATES_LANGUAGE.get()


def _date_span(value: object) -> DateSpan:
    if isinstance(value, DateSpan):
        return value
    try:
        return parse_date(value, dates_language())
    except DateError as error:
        # The message quotes the teacher's text, so it goes in as a value, not a template.
        raise PydanticCustomError(
            "date", "{message}", {"message": error.message, "hint": error.hint}
        ) from None


def language_tag(value: object) -> str:
    """A BCP 47 tag Babel knows (``es``, ``es-MX``, ``pt-BR``), in a script written left
    to right: the outputs cannot yet lay out Hebrew or Arabic."""
    tag = as_text(value).strip()
    hint = "write a language tag such as en, es, es-MX, fr, de, ru, el or pt-BR"
    try:
        locale = Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        raise PydanticCustomError(
            "language_unknown", "'{tag}' is not a language tag", {"tag": tag, "hint": hint}
        ) from None
    if locale.character_order != "left-to-right":
        raise PydanticCustomError(
            "language_right_to_left",
            "lessons in {name} are written right to left, which lessonpress cannot lay out yet",
            {
                "name": locale.get_language_name("en") or tag,
                "hint": "write the lesson in a language written left to right for now",
            },
        )
    return tag


def _color(value: object) -> str:
    text = as_text(value).strip()
    if not _COLOR_PATTERN.match(text):
        raise PydanticCustomError(
            "color",
            "'{value}' is not a colour written as #rrggbb",
            {
                "value": text,
                "hint": "use six hex digits after '#', for example #0072B2; "
                "quote it in YAML: color: '#0072B2'",
            },
        )
    return text.upper()


_DATE_SCHEMA: dict[str, Any] = {
    "description": "A date expression: 1917, 44 BC, March 1917, March 8, 1917, c. 1850, "
    "1066?, 1920s, 19th century, Summer 1941, early 1940s, before 1928, 1928–, "
    "between 1450 and 1460, 1863 or 1864, October 25, 1917 O.S., EDTF such as 1984? or "
    "1964/2008, 1939 - 1941, March 8-12, 1917 (and as the lesson's language writes dates, "
    "as in 8 de marzo de 1917); or a mapping {year, month, day}.",
    "anyOf": [
        {"type": "string"},
        {"type": "integer"},
        {
            "type": "object",
            "properties": {
                "year": {"type": "integer", "not": {"const": 0}},
                "month": {"type": "integer", "minimum": 1, "maximum": 12},
                "day": {"type": "integer", "minimum": 1, "maximum": 31},
                "approximate": {"type": "boolean"},
            },
            "required": ["year"],
            "additionalProperties": False,
        },
    ],
}

# Numbers are accepted wherever text is (a title such as 1984), so the schema says so too.
Text = Annotated[
    str,
    PlainValidator(_non_empty_text),
    WithJsonSchema(
        {"type": ["string", "number"], "minLength": 1, "maxLength": MAX_TEXT_CHARACTERS}
    ),
]
"""One line of plain text, never empty."""

Title = Annotated[
    str,
    PlainValidator(_title),
    WithJsonSchema(
        {"type": ["string", "number"], "minLength": 1, "maxLength": MAX_TITLE_CHARACTERS}
    ),
]
"""A title or a label: plain text, never empty, at most 300 characters."""

Markdown = Annotated[
    RichText,
    PlainValidator(_rich_text),
    WithJsonSchema(
        {
            "type": ["string", "number"],
            "maxLength": MAX_TEXT_CHARACTERS,
            "description": "Text with **bold**, *italic*, links, - bullets, > quotations",
        }
    ),
]
"""Text in the Markdown subset, parsed into :class:`RichText`."""

DateExpression = Annotated[DateSpan, PlainValidator(_date_span), WithJsonSchema(_DATE_SCHEMA)]
"""A date or a range of dates."""

LanguageTag = Annotated[
    str,
    PlainValidator(language_tag),
    WithJsonSchema(
        {
            "type": "string",
            "description": "The lesson's language as a BCP 47 tag: en, es, es-MX, fr, de, ru, el",
        }
    ),
]
"""A language as a BCP 47 tag, in a script written left to right."""

Color = Annotated[
    str,
    PlainValidator(_color),
    WithJsonSchema({"type": "string", "pattern": _COLOR_PATTERN.pattern}),
]
"""A colour as ``#RRGGBB`` (normalised to upper case)."""

__all__ = [
    "MAX_TEXT_CHARACTERS",
    "MAX_TITLE_CHARACTERS",
    "Color",
    "DateExpression",
    "HistoricalDate",
    "LanguageTag",
    "Markdown",
    "Text",
    "Title",
    "as_text",
    "dates_language",
    "dates_written_in",
    "describe_kind",
    "language_tag",
]
