"""Sources in one citation style for every output: Chicago notes-bibliography.

A source is given with keys (``author``, ``title``, ``year``, ``url``) or as free text.
Free text written the usual way, ``Author. Title. Place: Publisher, Year.``, is read
into the same parts, so that both kinds are set alike; free text that does not read so
(``Thucydides, History 1.22.``) is kept as written, in roman type.

- The bibliography form: ``Author. *Title*. Place: Publisher, Year. URL``
- The short form, for a note beside an event: ``Author, *Title*.``, the title without
  its subtitle; several in one note are joined by semicolons.

Only the title is italic. Names stay in the order the lesson writes them: no rule
turns "J. Vicens Vives" or "Нестор Летописец" into a correct "Surname, Given name".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.model.text import Run

_SENTENCE_END = re.compile(r"(?<!\b\w)\.\s+")
"""A full stop ending a part of a free-text citation: not one after an initial
("George F. Kennan", "U.S. Department of State")."""

_URL = re.compile(r"^(https?|ftp)://\S+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Citation:
    """A source's parts: its author, title, publication facts (``Boston: Little, Brown,
    1961`` or a year alone) and address; ``text`` holds free text that did not read as
    those parts."""

    author: str | None = None
    title: str | None = None
    facts: str | None = None
    url: str | None = None
    text: str | None = None

    @classmethod
    def of(
        cls, title: str, author: str | None = None, year: str | None = None, url: str | None = None
    ) -> Citation:
        """The citation of a source: given with keys, or, for a title alone, free text
        read as ``Author. Title. Facts.`` where it can be."""
        if author or year or url:
            return cls(_clean(author), _clean(title), _clean(year), _clean(url))
        return read_free_text(title)

    @property
    def bibliography(self) -> tuple[Run, ...]:
        """The bibliography entry: ``Author. *Title*. Facts. URL``."""
        if self.text is not None:
            return (Run(self.text),)
        runs: list[Run] = []
        if self.author:
            runs.append(Run(_closed(self.author) + " "))
        if self.title:
            runs += [Run(self.title, italic=True), Run(_stop_after(self.title) + " ")]
        if self.facts:
            runs.append(Run(_closed(self.facts) + " "))
        if self.url:
            runs.append(Run(self.url, link=self.url))
        return _trimmed(runs)

    @property
    def short(self) -> tuple[Run, ...]:
        """The short form: ``Author, *Title*``, the subtitle left out (:func:`note`
        closes it)."""
        if self.text is not None:
            return (Run(self.text.rstrip(".")),)
        title = (self.title or "").split(": ", 1)[0]
        runs = [Run(f"{self.author.rstrip('.')}, ")] if self.author else []
        return (*runs, Run(title, italic=True))

    @property
    def work(self) -> tuple[str, str]:
        """What makes two citations the same work: the author and title, compared
        without case, accents, punctuation or extra spaces (free text as a whole)."""
        if self.text is not None:
            return ("", _normalised(self.text))
        return (_normalised(self.author or ""), _normalised(self.title or ""))


def note(citations: Sequence[Citation]) -> tuple[Run, ...]:
    """A note citing ``citations`` in the short form: joined by semicolons, closed by a
    full stop (``Kennan, *Russia and the West*; Beard, *SPQR*.``)."""
    runs: list[Run] = []
    for index, citation in enumerate(citations):
        if index:
            runs.append(Run("; "))
        runs += citation.short
    last = runs[-1].text if runs else "."
    return (*runs, Run(_stop_after(last))) if runs else ()


def plain_text(runs: tuple[Run, ...]) -> str:
    """Citation runs as plain text (no italics)."""
    return "".join(run.text for run in runs)


def read_free_text(text: str) -> Citation:
    """A free-text source read as ``Author. Title. Facts.`` (a trailing address as its
    URL); kept whole when it has fewer than two parts, or the first holds a digit (it is
    no name) or the second no letter."""
    text = " ".join(text.split())
    parts = [part.strip() for part in _SENTENCE_END.split(text.rstrip(". ")) if part.strip()]
    url = parts.pop() if len(parts) > 2 and _URL.match(parts[-1]) else None
    if (
        len(parts) < 2
        or any(char.isdigit() for char in parts[0])
        or not any(char.isalpha() for char in parts[1])
        or _URL.match(parts[1])
    ):
        return Citation(text=text)
    facts = ". ".join(parts[2:]) or None
    return Citation(parts[0], parts[1], facts, url)


def _clean(value: str | None) -> str | None:
    """``value`` with its spaces tidied, or None if it is empty."""
    return " ".join(value.split()) or None if value else None


def _closed(part: str) -> str:
    """``part`` ending in a full stop (a name ending in an initial has one already)."""
    return part if part.endswith((".", "?", "!")) else part + "."


def _stop_after(title: str) -> str:
    """The full stop after an italic title, unless the title ends in ``?`` or ``!``."""
    return "" if title.endswith((".", "?", "!")) else "."


def _trimmed(runs: list[Run]) -> tuple[Run, ...]:
    """``runs`` without the space after the last."""
    if runs and not runs[-1].link:
        last = runs[-1]
        runs[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.link)
    return tuple(runs)


def _normalised(text: str) -> str:
    """``text`` folded for comparison: lower case, accents and punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", letters).split())
