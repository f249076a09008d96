"""Rich text: the lesson format's small Markdown subset, parsed once for every renderer.

The subset is paragraphs, ``**bold**``, ``*italic*``, ``[label](https://link)`` and
``- `` bullet lists. Everything else, raw HTML included, stays literal text: a
teacher who types ``<b>`` or ``# 1`` sees exactly that in every output.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one style; ``link`` is its target URL, if any."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of runs; ``bullet_level`` is 0 for a plain paragraph, 1+ for a list item."""

    runs: tuple[Run, ...]
    bullet_level: int = 0

    @property
    def is_bullet(self) -> bool:
        """Whether this paragraph is an item of a bullet list."""
        return self.bullet_level > 0

    @property
    def plain(self) -> str:
        """The paragraph's text without styling."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class RichText:
    """Parsed Markdown: a sequence of paragraphs and bullet items, plus the source it came from."""

    paragraphs: tuple[Paragraph, ...]
    source: str

    @property
    def plain(self) -> str:
        """All text without styling, paragraphs separated by blank lines."""
        return "\n\n".join(paragraph.plain for paragraph in self.paragraphs)

    def __bool__(self) -> bool:
        return bool(self.paragraphs)

    def __str__(self) -> str:
        return self.plain


@cache
def _parser() -> MarkdownIt:
    # "zero" turns every rule off (HTML included); only the subset is switched back on.
    return MarkdownIt("zero").enable(["emphasis", "link", "list", "newline"])


def parse_rich_text(source: str) -> RichText:
    """Parse the Markdown subset in ``source`` into :class:`RichText`."""
    tokens = _parser().parse(source)
    paragraphs: list[Paragraph] = []
    list_stack: list[str] = []  # "bullet" or "ordered", innermost last
    item_numbers: list[int] = []
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_stack.append("bullet" if token.type == "bullet_list_open" else "ordered")
            item_numbers.append(int(token.attrGet("start") or 1) - 1)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
            item_numbers.pop()
        elif token.type == "list_item_open" and item_numbers:
            item_numbers[-1] += 1
        elif token.type == "inline":
            runs = _inline_runs(token.children or [])
            if list_stack and list_stack[-1] == "ordered":
                # Numbered lists are not in the subset: keep the number as written.
                runs = (Run(f"{item_numbers[-1]}. "), *runs)
            bullet_level = list_stack.count("bullet")
            if runs:
                paragraphs.append(Paragraph(runs, bullet_level))
    return RichText(tuple(paragraphs), source)


def _inline_runs(children: list[Token]) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = 0
    link: str | None = None
    for child in children:
        match child.type:
            case "strong_open":
                bold += 1
            case "strong_close":
                bold -= 1
            case "em_open":
                italic += 1
            case "em_close":
                italic -= 1
            case "link_open":
                link = str(child.attrGet("href") or "") or None
            case "link_close":
                link = None
            case "softbreak" | "hardbreak":
                _append(runs, Run(" ", bold > 0, italic > 0, link))
            case _:
                _append(runs, Run(child.content, bold > 0, italic > 0, link))
    return tuple(runs)


def _append(runs: list[Run], run: Run) -> None:
    """Add ``run``, merging it into the previous one when the style is the same."""
    if not run.text:
        return
    if runs and (runs[-1].bold, runs[-1].italic, runs[-1].link) == (run.bold, run.italic, run.link):
        runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic, run.link)
    else:
        runs.append(run)
