"""The lesson document model: one immutable tree that every renderer reads.

The classes mirror the lesson file format (``docs/lesson-format.md``) key for key.
Derived values (an event's date span and label, the time order of events) are
computed here once, so no renderer recomputes them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue, SkipJsonSchema
from pydantic_core import CoreSchema, PydanticCustomError

from lessonpress.model.citation import Citation, plain_text
from lessonpress.model.dates import DateError, DateSpan, OldStyleDates
from lessonpress.model.fields import (
    Color,
    DateExpression,
    LanguageTag,
    Markdown,
    Text,
    Title,
    as_text,
    dates_language,
    dates_written_in,
    describe_kind,
    language_tag,
)
from lessonpress.model.image_file import ImageFile
from lessonpress.model.text import RichText


class Model(BaseModel):
    """Base of every model: immutable, and strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", coerce_numbers_to_str=True)


MAX_EVENTS = 1_000
"""The most events a lesson may hold: a year of daily lessons, and the deck stays usable."""

MAX_CATEGORIES = 40
"""The most categories a lesson may define: as many as the poster's legend can show."""


class WrittenInItsLanguage(Model):
    """A model whose dates are shown in the language they were written in: the lesson's,
    while the lesson is read (English for one made on its own)."""

    _language: str = PrivateAttr(default="en")

    def model_post_init(self, context: Any, /) -> None:
        """Keep the language the dates were read in."""
        self._language = dates_language()


class ShorthandModel(Model):
    """A model the file may also give as one piece of text, meaning its main key."""

    shorthand_key: ClassVar[str]

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {cls.shorthand_key: value} if isinstance(value, str) else value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """The mapping's schema, or a string: editors must accept both forms."""
        return {"anyOf": [{"type": "string"}, handler(core_schema)]}


class Image(ShorthandModel):
    """An event's picture: ``src`` is relative to the lesson file."""

    shorthand_key = "src"

    src: Text
    alt: Text | None = None
    caption: Markdown | None = None
    credit: Text | None = None
    file: SkipJsonSchema[ImageFile | None] = Field(default=None, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _resolve(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str):
            value = {cls.shorthand_key: value}
        if not isinstance(value, dict):
            return value
        if "file" in value:
            raise PydanticCustomError(
                "image_file_key", "'file' is not a key of an image", {"hint": "use 'src'"}
            )
        resolve = (info.context or {}).get("resolve_image")
        src = value.get("src")
        if resolve is not None and isinstance(src, str) and src.strip():
            value = {**value, "file": resolve(src.strip())}
        return value


class Source(ShorthandModel):
    """A work to cite: a book, article or web page, or free text naming one."""

    shorthand_key = "title"

    title: Text
    url: Text | None = None
    author: Text | None = None
    year: Text | None = None

    @property
    def work(self) -> Citation:
        """The source read into its parts, to be cited in the one style of every output."""
        return Citation.of(self.title, self.author, self.year, self.url)

    @property
    def citation(self) -> str:
        """The source as one line in the bibliography's form: author, title, facts, URL."""
        return plain_text(self.work.bibliography)


class Category(Model):
    """A kind of event, shown in the legend and as a colour accent."""

    label: Title
    color: Color | None = None


class Era(WrittenInItsLanguage):
    """A period drawn as a background band and used as a deck section."""

    title: Title
    start: DateExpression
    end: DateExpression
    color: Color | None = None

    @model_validator(mode="after")
    def _check_order(self) -> Era:
        if self.end_position < self.start_position:
            raise PydanticCustomError(
                "era_reversed",
                "the era ends ({end}) before it starts ({start})",
                {
                    "end": self.end.format(self._language),
                    "start": self.start.format(self._language),
                    "hint": "swap them",
                },
            )
        return self

    @property
    def start_position(self) -> float:
        """Where the era begins on the time line, in astronomical years."""
        return self.start.start_position

    @property
    def end_position(self) -> float:
        """Where the era ends on the time line, in astronomical years."""
        return self.end.end_position

    @property
    def date_label(self) -> str:
        """The era's span as text in the lesson's language, e.g. ``1933–1941``."""
        return self.date_label_in("both")

    def date_label_in(self, old_style: OldStyleDates) -> str:
        """The era's span as text, its Old Style days shown as ``old_style`` says."""
        span = DateSpan(self.start.start, self.end.end or self.end.start)
        return span.format(self._language, old_style)


class Question(ShorthandModel):
    """A discussion or review question; ``answer`` is for the teacher edition."""

    shorthand_key = "prompt"

    prompt: Markdown
    answer: Markdown | None = None
    lines: int = Field(default=3, ge=0, le=40)


class GlossaryEntry(Model):
    """A key term and what it means."""

    term: Title
    definition: Markdown


class Event(WrittenInItsLanguage):
    """Something that happened: a point in time or a range."""

    title: Title
    date: DateExpression | None = None
    start: DateExpression | None = None
    end: DateExpression | None = None
    display_date: Text | None = None
    calendar: Literal["gregorian", "julian"] | None = None
    text: Markdown | None = None
    significance: Markdown | None = None
    category: Text | None = None
    image: Image | None = None
    notes: Markdown | None = None
    sources: tuple[Source, ...] = ()
    highlight: bool = False
    id: Text | None = None

    @model_validator(mode="after")
    def _check_dates(self) -> Event:
        if self.date is None and self.start is None:
            raise PydanticCustomError(
                "date_missing",
                "the event has no date",
                {"hint": "add 'date: 1917' (or 'start:' and 'end:' for a range)"},
            )
        if self.date is not None and (self.start is not None or self.end is not None):
            raise PydanticCustomError(
                "date_twice",
                "the event has both 'date' and 'start'/'end'",
                {"hint": "keep one: 'date: 1939 - 1941' or 'start: 1939' with 'end: 1941'"},
            )
        if self.end is not None and self.start is None:
            raise PydanticCustomError(
                "start_missing", "'end' is given without 'start'", {"hint": "add 'start:'"}
            )
        try:
            self.span  # noqa: B018 - computing the span is the check
        except DateError:
            raise PydanticCustomError(
                "date_reversed",
                "the event ends before it starts",
                {"hint": "check that 'start' comes before 'end'"},
            ) from None
        return self

    @field_validator("highlight", mode="before")
    @classmethod
    def _strict_flag(cls, value: Any) -> Any:
        if not isinstance(value, bool):
            raise PydanticCustomError(
                "flag_expected",
                "expected true or false, found {kind}",
                {"kind": describe_kind(value), "hint": "write 'highlight: true'"},
            )
        return value

    @cached_property
    def span(self) -> DateSpan:
        """When the event happened, read in the event's ``calendar`` where a date names none."""
        return self._written_span().in_calendar(self.calendar)

    def _written_span(self) -> DateSpan:
        """When the event happened, from ``date`` or from ``start`` and ``end``."""
        if self.date is not None:
            return self.date
        assert self.start is not None  # guaranteed by _check_dates
        if self.end is None:
            return self.start
        return DateSpan(self.start.start, self.end.end or self.end.start)

    @property
    def date_label(self) -> str:
        """The date as shown: ``display_date`` if given, else formatted at its precision in
        the lesson's language."""
        return self.date_label_in("both")

    def date_label_in(self, old_style: OldStyleDates) -> str:
        """The date as shown, its Old Style days shown as ``old_style`` says: in both
        calendars, or as the New Style day alone."""
        return self.display_date or self.span.format(self._language, old_style)

    @property
    def slug(self) -> str:
        """A stable identifier: ``id`` if given, else derived from the title."""
        return self.id or slugify(self.title)


class Lesson(Model):
    """A whole lesson, as read from one file."""

    title: Title
    subtitle: Title | None = None
    author: Text | None = None
    course: Text | None = None
    date: Text | None = None
    language: LanguageTag = "en"
    theme: Text | None = None
    order: Literal["chronological", "file"] = "chronological"
    summary: Markdown | None = None
    objectives: tuple[Markdown, ...] = ()
    eras: tuple[Era, ...] = ()
    categories: dict[str, Category] = Field(default_factory=dict, max_length=MAX_CATEGORIES)
    events: tuple[Event, ...] = Field(min_length=1, max_length=MAX_EVENTS)
    questions: tuple[Question, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    sources: tuple[Source, ...] = ()
    source_file: SkipJsonSchema[Path | None] = Field(default=None, exclude=True)

    @model_validator(mode="wrap")
    @classmethod
    def _dates_in_its_language(
        cls, value: Any, handler: ModelWrapValidatorHandler[Lesson]
    ) -> Lesson:
        """Read the lesson's dates in its ``language`` (English while it is not a known tag:
        the language's own error says so)."""
        language = value.get("language", "en") if isinstance(value, dict) else "en"
        try:
            tag = language_tag(language)
        except PydanticCustomError:
            tag = "en"
        with dates_written_in(tag):
            return handler(value)

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: Any) -> Any:
        # The lesson's own date is shown as written ("Fall 2026"); YAML may hand us a date.
        return value if value is None else as_text(str(value))

    @cached_property
    def timeline(self) -> tuple[Event, ...]:
        """The events in the order the lesson asks for (time order is stable for ties)."""
        if self.order == "file":
            return self.events
        return tuple(sorted(self.events, key=lambda event: event.span.sort_key))

    @cached_property
    def span(self) -> tuple[float, float]:
        """The first and last instants of all events and eras, in astronomical years."""
        starts = [event.span.start_position for event in self.events]
        ends = [event.span.end_position for event in self.events]
        starts += [era.start_position for era in self.eras]
        ends += [era.end_position for era in self.eras]
        return min(starts), max(ends)

    def era_of(self, event: Event) -> Era | None:
        """The first era whose period contains the event's start, if any."""
        position = event.span.start_position
        for era in self.eras:
            if era.start_position <= position < era.end_position:
                return era
        return None

    @property
    def all_sources(self) -> tuple[Source, ...]:
        """The lesson's sources, then each event's, for a bibliography: each work once.

        Two entries are the same work when their authors and titles match but for case,
        accents, punctuation and spacing (:attr:`Citation.work`), so a book given once
        with keys and once as free text is listed once: in the place of its first
        mention, as the entry that says the most (the longer citation).
        """
        works: dict[tuple[str, str], Source] = {}
        for source in (*self.sources, *(s for event in self.timeline for s in event.sources)):
            kept = works.setdefault(source.work.work, source)
            if len(source.citation) > len(kept.citation):
                works[source.work.work] = source
        return tuple(works.values())


def slugify(text: str) -> str:
    """Turn a title into a lowercase, hyphenated identifier.

    Accents are dropped from letters, but letters of every script are kept, so
    Russian or Greek titles give distinct identifiers too.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "-", letters).strip("-") or "event"


__all__ = [
    "MAX_CATEGORIES",
    "MAX_EVENTS",
    "Category",
    "Era",
    "Event",
    "GlossaryEntry",
    "Image",
    "ImageFile",
    "Lesson",
    "Question",
    "RichText",
    "Source",
    "slugify",
]
