"""Rich text: the lesson format's small Markdown subset, parsed once for every renderer.

The subset is paragraphs, ``**bold**``, ``*italic*``, ``[label](https://link)``, ``- ``
bullet lists and ``> `` quotations, whose last line may name who said them after a dash
(``— Winston Churchill, 1946``). Everything else, raw HTML included, stays literal text:
a teacher who types ``<b>`` or ``# 1`` sees exactly that in every output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    quoted: bool = False
    """Whether the paragraph belongs to a quotation: its words or its attribution."""
    attribution: bool = False
    """Whether the paragraph names who said the quotation it closes (its dash kept)."""

    @property
    def is_bullet(self) -> bool:
        """Whether this paragraph is an item of a bullet list."""
        return self.bullet_level > 0

    @property
    def plain(self) -> str:
        """The paragraph's text without styling."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation of a text: the quoted paragraphs and, if given, who said them."""

    words: tuple[Paragraph, ...]
    attribution: Paragraph | None = None


@dataclass(frozen=True, slots=True)
class RichText:
    """Parsed Markdown: a sequence of paragraphs and bullet items, plus the source it came from."""

    paragraphs: tuple[Paragraph, ...]
    source: str

    @property
    def plain(self) -> str:
        """All text without styling, paragraphs separated by blank lines."""
        return "\n\n".join(paragraph.plain for paragraph in self.paragraphs)

    @property
    def quotations(self) -> tuple[Quotation, ...]:
        """The text's quotations, in order: each a run of quoted paragraphs, closed by
        its attribution when it has one."""
        quotations: list[Quotation] = []
        words: list[Paragraph] = []
        for paragraph in (*self.paragraphs, Paragraph(())):
            if paragraph.quoted and not paragraph.attribution:
                words.append(paragraph)
                continue
            if words or paragraph.attribution:
                attribution = paragraph if paragraph.attribution else None
                quotations.append(Quotation(tuple(words), attribution))
                words = []
        return tuple(quotations)

    @property
    def unquoted(self) -> tuple[Paragraph, ...]:
        """The paragraphs outside every quotation."""
        return tuple(paragraph for paragraph in self.paragraphs if not paragraph.quoted)

    def __bool__(self) -> bool:
        return bool(self.paragraphs)

    def __str__(self) -> str:
        return self.plain


@cache
def _parser() -> MarkdownIt:
    # "zero" turns every rule off (HTML included); only the subset is switched back on.
    return MarkdownIt("zero").enable(["emphasis", "link", "list", "newline", "blockquote"])


ATTRIBUTION_DASH = re.compile(r"[—―–]\s*\S")
"""How a quotation's attribution opens: an em dash (or a quotation dash, or an en dash),
then the name: ``— Winston Churchill``."""


def parse_rich_text(source: str) -> RichText:
    """Parse the Markdown subset in ``source`` into :class:`RichText`."""
    tokens = _parser().parse(source)
    paragraphs: list[Paragraph] = []
    list_stack: list[str] = []  # "bullet" or "ordered", innermost last
    item_numbers: list[int] = []
    quote_depth = 0
    after_quote = False  # the block before this one closed a quotation
    for token in tokens:
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
            if quote_depth == 0:
                _keep_last_attribution(paragraphs)
                after_quote = True
                continue
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_stack.append("bullet" if token.type == "bullet_list_open" else "ordered")
            item_numbers.append(int(token.attrGet("start") or 1) - 1)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
            item_numbers.pop()
        elif token.type == "list_item_open" and item_numbers:
            item_numbers[-1] += 1
        elif token.type == "inline":
            children = token.children or []
            bullet_level = list_stack.count("bullet")
            # Numbered lists are not in the subset: an item keeps its number as written.
            number = f"{item_numbers[-1]}. " if list_stack and list_stack[-1] == "ordered" else ""
            if quote_depth:
                words, named = _split_attribution(children)
                _add(paragraphs, _inline_runs(words, number), bullet_level, quoted=True)
                if named:
                    _add(paragraphs, _inline_runs(named), 0, quoted=True, attribution=True)
            elif after_quote and not bullet_level and _opens_attribution(children):
                # A dash line straight after a quotation names who said it.
                closed = paragraphs[-1] if paragraphs else None
                named_already = closed is not None and closed.attribution
                _add(
                    paragraphs,
                    _inline_runs(children),
                    0,
                    quoted=not named_already,
                    attribution=not named_already,
                )
            else:
                _add(paragraphs, _inline_runs(children, number), bullet_level)
        if token.type.endswith("_close") and token.level == 0:
            after_quote = False
    return RichText(tuple(paragraphs), source)


def _add(
    paragraphs: list[Paragraph],
    runs: tuple[Run, ...],
    bullet_level: int,
    quoted: bool = False,
    attribution: bool = False,
) -> None:
    if runs:
        paragraphs.append(Paragraph(runs, bullet_level, quoted, attribution))


def _opens_attribution(children: list[Token]) -> bool:
    """Whether an inline's text opens with an attribution's dash."""
    first = next((child for child in children if child.content.strip()), None)
    return (
        first is not None and first.type == "text" and bool(ATTRIBUTION_DASH.match(first.content))
    )


def _split_attribution(children: list[Token]) -> tuple[list[Token], list[Token]]:
    """A quoted paragraph's inline tokens, and those of its last line when that line is an
    attribution (the whole paragraph, when it opens with the dash)."""
    if _opens_attribution(children):
        return [], children
    breaks = [index for index, child in enumerate(children) if child.type.endswith("break")]
    if breaks and _opens_attribution(children[breaks[-1] + 1 :]):
        return children[: breaks[-1]], children[breaks[-1] + 1 :]
    return children, []


def _keep_last_attribution(paragraphs: list[Paragraph]) -> None:
    """Within the quotation just closed, only its last paragraph is an attribution: a dash
    line further up is the quotation's own (a line of dialogue)."""
    index = len(paragraphs) - 2
    while index >= 0 and paragraphs[index].quoted:
        if paragraphs[index].attribution:
            paragraphs[index] = replace(paragraphs[index], attribution=False)
        index -= 1


def _inline_runs(children: list[Token], number: str = "") -> tuple[Run, ...]:
    """The runs of an inline's tokens, after a list item's ``number`` if it has one."""
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
    return (Run(number), *runs) if number else tuple(runs)


def _append(runs: list[Run], run: Run) -> None:
    """Add ``run``, merging it into the previous one when the style is the same."""
    if not run.text:
        return
    if runs and (runs[-1].bold, runs[-1].italic, runs[-1].link) == (run.bold, run.italic, run.link):
        runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic, run.link)
    else:
        runs.append(run)
