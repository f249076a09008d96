"""Rich text as reportlab paragraphs: runs to markup with per-character font fallback.

Every run names its font face explicitly (through :meth:`FontSet.markup`), so bold and
italic runs fall back per character exactly like regular ones. Links follow the plan's
link policy: on paper a link stays clickable and its address is printed after its label.
A quotation is set indented on both sides, who said it right-aligned under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import quoteattr

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from lessonpress.model.text import Paragraph as TextParagraph
from lessonpress.model.text import RichText, Run
from lessonpress.renderers.handout.flowables import FlowingParagraph
from lessonpress.renderers.handout.styles import HandoutStyle
from lessonpress.renderers.pdf import pdf_color

_FACES = {
    (False, False): "body",
    (True, False): "body-bold",
    (False, True): "body-italic",
    (True, True): "body-bold-italic",
}

QUOTATION_INDENT = 2.0
"""How far a quotation is indented from each side of the text, in ems of its type size."""

QUOTATION_SUFFIX = "-quotation"
"""Ends the name of the paragraph style of a quotation's words."""

ATTRIBUTION_SUFFIX = "-attribution"
"""Ends the name of the paragraph style of a quotation's attribution."""


def link_markup(label_markup: str, url: str, style: HandoutStyle) -> str:
    """``label_markup`` as a clickable link to ``url``, when the link policy makes it one."""
    if not style.links.is_clickable(url):
        return label_markup
    return f"<a href={quoteattr(url)} color={quoteattr(style.colors.primary)}>{label_markup}</a>"


def run_markup(run: Run, style: HandoutStyle, bold: bool = False, italic: bool = False) -> str:
    """One run as Paragraph markup; ``bold`` and ``italic`` add to the run's own style."""
    face = _FACES[(run.bold or bold, run.italic or italic)]
    markup = style.fonts.markup(run.text, face)
    if not run.link:
        return markup
    markup = link_markup(f"<u>{markup}</u>", run.link, style)
    if style.links.shows_address(run.text, run.link):
        address = style.links.printed_address(run.link)
        muted = quoteattr(style.colors.muted)
        markup += f"<font color={muted}>{style.fonts.markup(f' ({address})', 'body')}</font>"
    return markup


def paragraph_markup(
    paragraph: TextParagraph, style: HandoutStyle, bold: bool = False, italic: bool = False
) -> str:
    """A paragraph of runs as Paragraph markup."""
    return "".join(run_markup(run, style, bold, italic) for run in paragraph.runs)


def text_markup(text: str, style: HandoutStyle, font_style: str = "body") -> str:
    """Plain text (a title, a date) as Paragraph markup in one font style."""
    return style.fonts.markup(text, font_style)


def bullet_style(base: ParagraphStyle, level: int, style: HandoutStyle) -> ParagraphStyle:
    """``base`` indented as a bullet item ``level`` deep (1 for the outermost list)."""
    indent = base.fontSize * 1.2
    return ParagraphStyle(
        f"{base.name}-bullet-{level}",
        parent=base,
        leftIndent=base.leftIndent + indent * level,
        bulletIndent=base.leftIndent + indent * (level - 1) + indent * 0.2,
        bulletFontName=style.fonts.font_name("body"),
        bulletFontSize=base.fontSize,
        bulletColor=pdf_color(style.colors.primary),
        spaceAfter=base.spaceAfter * 0.5,
    )


def quotation_style(base: ParagraphStyle) -> ParagraphStyle:
    """``base`` indented by :data:`QUOTATION_INDENT` on both sides, for a quotation."""
    indent = base.fontSize * QUOTATION_INDENT
    return ParagraphStyle(
        f"{base.name}{QUOTATION_SUFFIX}",
        parent=base,
        leftIndent=base.leftIndent + indent,
        rightIndent=base.rightIndent + indent,
    )


def attribution_style(base: ParagraphStyle) -> ParagraphStyle:
    """A quotation's attribution: within the quotation's indents, right-aligned."""
    return ParagraphStyle(
        f"{base.name}{ATTRIBUTION_SUFFIX}", parent=quotation_style(base), alignment=TA_RIGHT
    )


def _paragraph_style(paragraph: TextParagraph, base: ParagraphStyle) -> ParagraphStyle:
    """The style of one paragraph of a text set in ``base``."""
    if paragraph.attribution:
        return attribution_style(base)
    if paragraph.quoted:
        return quotation_style(base)
    return base


def rich_flowables(
    rich: RichText | None,
    style: HandoutStyle,
    paragraph_style: ParagraphStyle,
    lead_markup: str = "",
    lead_bullet: str | None = None,
) -> list[Flowable]:
    """Paragraphs, bullet items and quotations of ``rich`` in ``paragraph_style``.

    ``lead_markup`` opens the first paragraph (a glossary term before its definition);
    ``lead_bullet`` hangs in the first paragraph's indent (a question's number).
    """
    flowables: list[Flowable] = []
    paragraphs = rich.paragraphs if rich else ()
    for index, paragraph in enumerate(paragraphs):
        markup = paragraph_markup(paragraph, style)
        first = index == 0
        if first and lead_markup:
            markup = lead_markup + markup
        own_style = _paragraph_style(paragraph, paragraph_style)
        if paragraph.is_bullet:
            item_style = bullet_style(own_style, paragraph.bullet_level, style)
            flowables.append(FlowingParagraph(markup, item_style, bulletText="•"))
        else:
            bullet = lead_bullet if first else None
            flowable = FlowingParagraph(markup, own_style, bulletText=bullet)
            # A paragraph wholly in bold is a run-in heading: it keeps with what follows.
            if _is_heading(paragraph) and index < len(paragraphs) - 1:
                flowable.keepWithNext = 1
            flowables.append(flowable)
        if paragraph.attribution and len(flowables) > 1:
            # Who said it is not left alone at the top of a page.
            flowables[-2].keepWithNext = 1
    if not flowables and lead_markup:
        flowables.append(Paragraph(lead_markup, paragraph_style, bulletText=lead_bullet))
    return flowables


def _is_heading(paragraph: TextParagraph) -> bool:
    """Whether ``paragraph`` is set wholly in bold, as a heading within a text."""
    return all(run.bold for run in paragraph.runs if run.text.strip())


def citation_markup(runs: Sequence[Run], style: HandoutStyle) -> str:
    """A citation's runs (:mod:`lessonpress.model.citation`) as Paragraph markup: the
    title in italics, an address printed as a reader types it, as a link."""
    markup = ""
    for run in runs:
        if run.link:
            address = style.fonts.markup(style.links.printed_address(run.link), "body")
            markup += link_markup(address, run.link, style)
        else:
            markup += style.fonts.markup(run.text, "body-italic" if run.italic else "body")
    return markup
