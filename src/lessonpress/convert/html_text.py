"""HTML, as TimelineJS holds its text, into the lesson's Markdown.

Paragraphs, line breaks and list items become the lesson's paragraphs and ``- ``
bullets; bold, italic and links (web and mail addresses) become ``**bold**``,
``*italic*`` and ``[label](https://...)``. Every other tag is dropped and its text
kept; scripts and styles are dropped whole. A paragraph of class ``significance``
(as ``lessonpress export`` writes an event's "why it matters") is returned apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from lessonpress.model.text import Run

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    | {"section", "article", "header", "footer", "figure", "figcaption", "table", "hr"}
)
_BOLD_TAGS = frozenset({"b", "strong"})
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "input", "source", "meta", "link"})
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_SPACE = re.compile(r"\s+")
SIGNIFICANCE_CLASS = "significance"
SIGNIFICANCE_LABEL_CLASS = "significance-label"


@dataclass(frozen=True, slots=True)
class ConvertedText:
    """An HTML text as the lesson's Markdown, with its "why it matters" paragraph apart."""

    markdown: str
    significance: str = ""


def html_to_markdown(html: str) -> ConvertedText:
    """Convert an HTML fragment into the lesson's Markdown subset."""
    parser = _MarkdownParser()
    parser.feed(html)
    parser.close()
    return ConvertedText(_join(parser.paragraphs), _join(parser.significance))


def html_to_plain(html: str) -> str:
    """The text of an HTML fragment on one line, every tag dropped (for titles)."""
    parser = _MarkdownParser()
    parser.feed(html)
    parser.close()
    paragraphs = [*parser.paragraphs, *parser.significance]
    return " ".join("".join(run.text for run in p.runs).strip() for p in paragraphs).strip()


@dataclass(slots=True)
class _Paragraph:
    runs: list[Run] = field(default_factory=list)
    bullet_level: int = 0

    def markdown(self) -> str:
        text = _SPACE.sub(" ", "".join(_run_markdown(run) for run in _collapse(self.runs)))
        prefix = "  " * (self.bullet_level - 1) + "- " if self.bullet_level else ""
        return prefix + text.strip()


class _MarkdownParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[_Paragraph] = []
        self.significance: list[_Paragraph] = []
        self._current = _Paragraph()
        self._bold = self._italic = self._skipped = self._list_depth = 0
        self._link: str | None = None
        self._in_significance = False
        self._label_depth = 0  # inside the "Why it matters:" label, which is not kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            self.handle_startendtag(tag, attrs)
            return
        classes = (dict(attrs).get("class") or "").split()
        if self._label_depth or SIGNIFICANCE_LABEL_CLASS in classes:
            self._label_depth += 1
            return
        if tag in _SKIPPED_TAGS:
            self._skipped += 1
        if tag in _BLOCK_TAGS:
            self._finish_paragraph()
            if tag in ("ul", "ol"):
                self._list_depth += 1
            elif tag == "li":
                self._current.bullet_level = max(self._list_depth, 1)
            if tag == "p" and SIGNIFICANCE_CLASS in classes:
                self._in_significance = True
        elif tag in _BOLD_TAGS:
            self._bold += 1
        elif tag in _ITALIC_TAGS:
            self._italic += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self._link = href if href.lower().startswith(_LINK_SCHEMES) else None

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if self._label_depth:
            self._label_depth -= 1
            return
        if tag in _SKIPPED_TAGS:
            self._skipped = max(self._skipped - 1, 0)
        if tag in _BLOCK_TAGS:
            self._finish_paragraph()
            if tag in ("ul", "ol"):
                self._list_depth = max(self._list_depth - 1, 0)
            if tag == "p":
                self._in_significance = False
        elif tag in _BOLD_TAGS:
            self._bold = max(self._bold - 1, 0)
        elif tag in _ITALIC_TAGS:
            self._italic = max(self._italic - 1, 0)
        elif tag == "a":
            self._link = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._finish_paragraph()

    def handle_data(self, data: str) -> None:
        if self._skipped or self._label_depth:
            return
        self._current.runs.append(Run(data, self._bold > 0, self._italic > 0, self._link))

    def close(self) -> None:
        super().close()
        self._finish_paragraph()

    def _finish_paragraph(self) -> None:
        paragraph, self._current = self._current, _Paragraph()
        if "".join(run.text for run in paragraph.runs).strip():
            (self.significance if self._in_significance else self.paragraphs).append(paragraph)


def _collapse(runs: list[Run]) -> list[Run]:
    """Merge neighbouring runs of one style, so that ``<b>a</b><b>b</b>`` is one bold run."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].link) == (
            run.bold,
            run.italic,
            run.link,
        ):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(run)
    return merged


def _run_markdown(run: Run) -> str:
    """One run in Markdown; spaces stay outside the markers, where Markdown needs them."""
    text = _SPACE.sub(" ", run.text)
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    if run.link:
        core = f"[{core}]({run.link})"
    if run.italic:
        core = f"*{core}*"
    if run.bold:
        core = f"**{core}**"
    return f"{lead}{core}{trail}"


def _join(paragraphs: list[_Paragraph]) -> str:
    """Paragraphs apart by blank lines; the items of one list on consecutive lines."""
    text = ""
    for index, paragraph in enumerate(paragraphs):
        if index:
            both_bullets = paragraph.bullet_level and paragraphs[index - 1].bullet_level
            text += "\n" if both_bullets else "\n\n"
        text += paragraph.markdown()
    return text
