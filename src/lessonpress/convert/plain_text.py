"""Timelines typed as plain text: a title line, then for each event a title, a date, paragraphs.

This is the shape a class writes without any tool (``../shared/seed/``)::

    USSR and US Relations Between 1919-1950

    Russian Revolution

    March 8 1917 - March 12 1917

    Americans did not think highly of the Soviet Union ... This was important
    because it showed ...

An event begins wherever a one-line paragraph is followed by a one-line date. Text
between the title and the first event becomes the summary. Sentences that begin
"This was important because" become the event's ``significance``, word for word.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from lessonpress.convert.draft import Draft, Origin
from lessonpress.model.dates import MONTH_NAMES, DateError, parse_date

FORMAT_NAME = "plain text"

_SIGNIFICANCE = re.compile(
    r"\bthis (?:was|is) (?:important|significant) because\b.*?(?:[.!?](?=\s|$)|$)",
    re.IGNORECASE | re.DOTALL,
)
_DATE_WORDS = frozenset(
    [name.lower() for name in MONTH_NAMES]
    + [name[:3].lower() for name in MONTH_NAMES]
    + ["bc", "bce", "ad", "ce", "c", "ca", "circa", "to", "century", "sept"]
)
_DATE_TOKEN = re.compile(r"^(?:[~\-–—]|\.\.|\d[\d\-–—/]*(?:s|st|nd|rd|th)?|[\d’']+s),?$", re.I)
MAX_TITLE_WORDS = 20
"""A line longer than this is a paragraph, never an event's title."""


@dataclass(frozen=True, slots=True)
class _Block:
    """Consecutive non-blank lines: a paragraph, a title or a date."""

    line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)

    @property
    def is_single_line(self) -> bool:
        return len(self.lines) == 1


def read_plain_text(text: str, source: Path) -> Draft:
    """Read a plain-text timeline; raises :class:`LessonError` listing every bad line."""
    draft = Draft(source, FORMAT_NAME)
    blocks = _blocks(text)
    if not blocks:
        draft.error(Origin(1, 1, "line 1"), "the file is empty", "type the lesson's title first")
        draft.raise_errors()
    title, *rest = blocks
    draft.data["title"] = title.text
    starts = _event_starts(rest, draft)
    summary = [block.text for block in rest[: starts[0] if starts else len(rest)]]
    if summary:
        draft.data["summary"] = "\n\n".join(summary)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(rest)
        heading, date, *paragraphs = rest[start:end]
        draft.add_event(
            _event(heading, date, paragraphs), Origin(heading.line, 1, f"line {heading.line}")
        )
    if not starts and not draft.errors:
        draft.error(
            Origin(title.line, 1, f"line {title.line}"),
            "no events found after the title",
            "write each event as a title line, a date line (such as March 1917) and "
            "its paragraphs, with a blank line between them",
        )
    draft.raise_errors()
    return draft


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    first_line = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                first_line = number
            current.append(line)
        elif current:
            blocks.append(_Block(first_line, tuple(current)))
            current = []
    if current:
        blocks.append(_Block(first_line, tuple(current)))
    return blocks


def _event_starts(blocks: list[_Block], draft: Draft) -> list[int]:
    """Indexes of the blocks that are event titles: each is followed by a readable date."""
    starts: list[int] = []
    for index, (heading, date) in enumerate(itertools.pairwise(blocks)):
        if starts and index <= starts[-1] + 1:
            continue  # this block is the previous event's date
        if not (_could_be_title(heading) and date.is_single_line):
            continue
        try:
            parse_date(date.text)
        except DateError as error:
            if _looks_like_date(date.text) and not _looks_like_date(heading.text):
                draft.error(
                    Origin(date.line, 1, f"line {date.line}"),
                    f"cannot read the date of '{heading.text}': {error.message}",
                    error.hint,
                )
            continue
        if not _looks_like_date(heading.text):
            starts.append(index)
    return starts


def _could_be_title(block: _Block) -> bool:
    text = block.text
    return block.is_single_line and len(text.split()) <= MAX_TITLE_WORDS and text[-1] not in ".!?"


def _looks_like_date(text: str) -> bool:
    """Whether most words of ``text`` are the words dates are made of."""
    words = text.replace(",", " ").split()
    datelike = sum(
        1 for word in words if word.lower().strip(".") in _DATE_WORDS or _DATE_TOKEN.match(word)
    )
    return bool(words) and any(char.isdigit() for char in text) and datelike * 2 >= len(words)


def _event(heading: _Block, date: _Block, paragraphs: list[_Block]) -> dict[str, str]:
    event = {"title": heading.text, "date": date.text}
    texts: list[str] = []
    significance: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.text
        significance += [" ".join(match.group().split()) for match in _SIGNIFICANCE.finditer(text)]
        rest = " ".join(_SIGNIFICANCE.sub(" ", text).split())
        if rest:
            texts.append(rest)
    if texts:
        event["text"] = "\n\n".join(texts)
    if significance:
        event["significance"] = " ".join(significance)
    return event
