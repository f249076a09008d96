"""The words lessonpress itself prints, in the lesson's language, from one message catalog.

Every heading, label and note that a handout, slide or poster adds to the lesson's own
text is a gettext message: its ``msgid`` is the English wording, and each language has
its catalog in ``locale/<language>/LC_MESSAGES/lessonpress.po``, so translators work in
the tools they know (Poedit, Weblate). A catalog is read with Babel and compiled in
memory; a tag such as ``es-MX`` looks in ``es_MX``, then ``es``, then English.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from lessonpress.model.dates import Precision, format_position

LOCALE_DIR = Path(__file__).parent / "locale"
"""The catalogs, one folder per language, shipped inside the package."""

DOMAIN = "lessonpress"
"""The catalogs' file name, without ``.po``."""

SOURCE_LANGUAGE = "en"
"""The language of the ``msgid`` texts, the last fallback of every lesson."""


class Words:
    """The interface words of one language."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations
        self._locale = _number_locale(language)

    def _(self, message: str) -> str:
        return self._translations.gettext(message)

    def number(self, value: int) -> str:
        """A count as the language writes it: ``1,000``, ``1 000``, ``1.000``."""
        return format_decimal(value, locale=self._locale)

    def tick_label(self, position: float, precision: int) -> str:
        """An axis tick's label in the lesson's language, at the tick's astronomical
        fractional-year ``position``: ``1917``, ``44 a. C.``, ``mar 1917``, ``siglo XIX``."""
        return format_position(position, Precision(precision), self.language)

    def lead(self, label: str) -> str:
        """``label`` introducing what follows it: ``Sources:``."""
        return self._translations.gettext("{label}:").format(label=label)

    @property
    def timeline(self) -> str:
        """The timeline's heading on the handout and the deck's overview slide."""
        return self._("Timeline")

    @property
    def objectives(self) -> str:
        """The heading of the learning objectives."""
        return self._("Learning objectives")

    @property
    def overview(self) -> str:
        """The heading of the lesson's overview text."""
        return self._("Overview")

    @property
    def events(self) -> str:
        """The heading of the events (and the deck's section of events outside eras)."""
        return self._("Events")

    @property
    def glossary(self) -> str:
        """The heading of the key terms."""
        return self._("Key terms")

    @property
    def questions(self) -> str:
        """The heading of the handout's questions, answered on its lines."""
        return self._("Questions")

    @property
    def discussion_questions(self) -> str:
        """The title of the deck's question slides, asked aloud."""
        return self._("Discussion questions")

    @property
    def sources(self) -> str:
        """The heading of the sources."""
        return self._("Sources")

    @property
    def why_it_matters(self) -> str:
        """The label of an event's significance."""
        return self._("Why it matters")

    @property
    def teacher_notes(self) -> str:
        """The label of an event's notes for the teacher."""
        return self._("Teacher notes")

    @property
    def answer(self) -> str:
        """The label of a question's answer in the teacher edition."""
        return self._("Answer")

    @property
    def answers(self) -> str:
        """The label of the answers in the speaker notes."""
        return self._("Answers")

    @property
    def key_event(self) -> str:
        """The legend's and an event's mark for a highlighted event."""
        return self._("Key event")

    @property
    def lasting_event(self) -> str:
        """The legend's mark for an event drawn as a bar."""
        return self._("Lasting event (start to end)")

    @property
    def source(self) -> str:
        """The word before one event's source."""
        return self._("Source")

    @property
    def credit(self) -> str:
        """The word before a picture's credit."""
        return self._("Credit")

    @property
    def pictures(self) -> str:
        """The word before the poster's picture credits."""
        return self._("Pictures")

    @property
    def era_events(self) -> str:
        """The label of an era's events in its slide's notes."""
        return self._("Events in this era")

    @property
    def teacher_edition(self) -> str:
        """The name of the edition with answers and notes."""
        return self._("Teacher edition")

    @property
    def introduction(self) -> str:
        """The deck's first section."""
        return self._("Introduction")

    @property
    def review(self) -> str:
        """The deck's last section: questions, key terms and sources."""
        return self._("Review")

    @property
    def logo(self) -> str:
        """The name of the school's logo, in its alternative text."""
        return self._("Logo")

    @property
    def made_with(self) -> str:
        """The poster's credit line when no picture needs one."""
        return self._("Made with lessonpress.")

    def key_events_only(self, shown: int, total: int) -> str:
        """What a poster of the key events alone says under its title."""
        return self._("Key events only, {shown} of {count}").format(
            shown=self.number(shown), count=self.number(total)
        )

    def page_number(self, number: int, total: int | None) -> str:
        """The footer's page number: ``Page 2 of 5`` (``Page 2`` while the total is not
        known yet)."""
        if total:
            return self._("Page {number} of {total}").format(
                number=self.number(number), total=self.number(total)
            )
        return self._("Page {number}").format(number=self.number(number))

    def continued(self, title: str, number: int, count: int) -> str:
        """The title of the ``number``-th of ``count`` slides that one slide's content
        runs over: ``Sources (2 of 3)``."""
        return self._("{title} ({number} of {count})").format(
            title=title, number=self.number(number), count=self.number(count)
        )

    def timeline_part(self, number: int, count: int) -> str:
        """The title of one of the deck's overview slides when it takes several."""
        return self.continued(self.timeline, number, count)

    def more_events(self, count: int) -> str:
        """The overview's note about the events it leaves out."""
        message = self._translations.ngettext(
            "+ {count} more event in this lesson", "+ {count} more events in this lesson", count
        )
        return message.format(count=self.number(count))

    def more_sources(self, count: int) -> str:
        """The end of a list of sources cut short: ``and 3 more sources``."""
        message = self._translations.ngettext(
            "and {count} more source", "and {count} more sources", count
        )
        return message.format(count=self.number(count))

    def source_count(self, count: int) -> str:
        """A number of sources none of which is listed: ``3 sources``."""
        message = self._translations.ngettext("{count} source", "{count} sources", count)
        return message.format(count=self.number(count))

    def unlabelled_strip(self, count: int) -> str:
        """The note under a strip whose events were too crowded to label."""
        message = self._translations.ngettext(
            "The {count} event is too close to the others to label here; "
            "it follows in time order below.",
            "The {count} events are too close together to label here; "
            "they follow in time order below.",
            count,
        )
        return message.format(count=self.number(count))


def _number_locale(language: str) -> Locale:
    """The CLDR locale whose digits and separators counts are written with: the
    language's, or English's for a tag Babel does not know."""
    try:
        return Locale.parse(language.strip().replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(SOURCE_LANGUAGE)


def words_for(language: str) -> Words:
    """The interface words for ``language``, a BCP 47 tag such as ``en``, ``es`` or
    ``es-MX``: from its own catalog, else its base language's, else English."""
    translations: gettext.NullTranslations = gettext.NullTranslations()
    for name in reversed(catalog_names(language)):
        catalog = _compiled_catalog(name)
        if catalog is not None:
            # Each step gets its own wrapper: the cached catalogs are never chained.
            step = gettext.GNUTranslations(io.BytesIO(catalog))
            step.add_fallback(translations)
            translations = step
    return Words(language, translations)


def catalog_names(language: str) -> list[str]:
    """The catalog folders ``language`` looks in, most specific first, English last:
    ``es-MX`` gives ``es_MX``, ``es``, ``en``."""
    parts = language.strip().replace("_", "-").split("-")
    parts = [parts[0].lower(), *(part.upper() if len(part) == 2 else part for part in parts[1:])]
    names = ["_".join(parts[:length]) for length in range(len(parts), 0, -1) if parts[0]]
    return [*names, SOURCE_LANGUAGE] if SOURCE_LANGUAGE not in names else names


def available_languages() -> list[str]:
    """The languages that have a catalog, as folder names."""
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


@cache
def _compiled_catalog(name: str) -> bytes | None:
    """The catalog in folder ``name`` compiled to ``.mo`` bytes, or None if there is none."""
    path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return None
    with path.open("rb") as po_file:
        catalog = read_po(po_file, locale=name, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()
