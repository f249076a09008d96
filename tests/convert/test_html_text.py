"""HTML (TimelineJS text) into the lesson's Markdown, with a well-kept HTML parser."""

from __future__ import annotations

import pytest

from lessonpress.convert.html_text import html_to_markdown, html_to_plain
from lessonpress.model.text import parse_rich_text

CASES = [
    ("plain words", "plain words"),
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("Line<br>break<br/>again", "Line\n\nbreak\n\nagain"),
    ("<b> spaced </b>words", "**spaced** words"),
    ("<strong>a</strong><strong>b</strong>", "**ab**"),
    ("<em>it</em> and <i>it</i>", "*it* and *it*"),
    ('<a href="https://a.org/x">a link</a>', "[a link](https://a.org/x)"),
    ('<a href="javascript:alert(1)">kept text</a>', "kept text"),
    ('<a href="/relative">kept text</a>', "kept text"),
    ("<ul><li>one</li><li>two<ul><li>deeper</li></ul></li></ul>", "- one\n- two\n  - deeper"),
    ("<span style='color:red'>red</span> <font>old</font>", "red old"),
    ("<script>alert(1)</script><style>p {}</style>kept", "kept"),
    ("Tom &amp; Jerry &lt;3 &eacute;t&eacute;", "Tom & Jerry <3 été"),
    ("<h2>Heading</h2>text", "Heading\n\ntext"),
    ("  lots   of\n\n  space  ", "lots of space"),
    ("<p>unclosed <b>bold", "unclosed **bold**"),
]


@pytest.mark.parametrize(("html", "markdown"), CASES)
def test_html_becomes_the_lessons_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html).markdown == markdown


def test_the_markdown_reads_back_with_its_styles() -> None:
    text = html_to_markdown('<p>A <b>bold</b> <a href="https://a.org">link</a></p>').markdown
    [paragraph] = parse_rich_text(text).paragraphs
    assert [(run.text, run.bold, run.link) for run in paragraph.runs] == [
        ("A ", False, None),
        ("bold", True, None),
        (" ", False, None),
        ("link", False, "https://a.org"),
    ]


def test_a_significance_paragraph_is_kept_apart_without_its_label() -> None:
    converted = html_to_markdown(
        '<p>Text.</p><p class="significance"><span class="significance-label">Why it '
        "matters:</span> It <i>mattered</i>.</p>"
    )
    assert (converted.markdown, converted.significance) == ("Text.", "It *mattered*.")


def test_a_title_keeps_only_its_text() -> None:
    assert html_to_plain("Caesar crosses the <b>Rubicon</b><br>") == "Caesar crosses the Rubicon"
