"""The Markdown subset: bold, italic, links, bullets, quotations; everything else literal."""

from __future__ import annotations

from lessonpress.model.text import Paragraph, Run, parse_rich_text


def test_runs_carry_bold_italic_and_links() -> None:
    text = parse_rich_text("Plain **bold** *it* [site](https://example.org) end")
    assert text.paragraphs == (
        Paragraph(
            (
                Run("Plain "),
                Run("bold", bold=True),
                Run(" "),
                Run("it", italic=True),
                Run(" "),
                Run("site", link="https://example.org"),
                Run(" end"),
            )
        ),
    )


def test_paragraphs_and_bullets() -> None:
    text = parse_rich_text("First\nline\n\nSecond\n\n- one\n- two\n  - nested\n")
    assert [p.plain for p in text.paragraphs] == ["First line", "Second", "one", "two", "nested"]
    assert [p.bullet_level for p in text.paragraphs] == [0, 0, 1, 1, 2]


def test_raw_html_and_other_markdown_stay_literal() -> None:
    source = "<b>not bold</b> <script>x</script>\n\n# not a heading\n\n`code`"
    plain = parse_rich_text(source).plain
    assert "<b>not bold</b> <script>x</script>" in plain
    assert "# not a heading" in plain
    assert "`code`" in plain


def test_numbered_lists_keep_their_numbers() -> None:
    assert parse_rich_text("1. first\n2. second").plain == "1. first\n\n2. second"


def test_unsafe_links_are_not_links() -> None:
    runs = parse_rich_text("[x](javascript:alert(1))").paragraphs[0].runs
    assert all(run.link is None for run in runs)


def test_empty_text_is_falsy() -> None:
    assert not parse_rich_text("")
    assert parse_rich_text("a")


def test_a_blockquote_is_a_quotation_whose_dash_line_names_who_said_it() -> None:
    text = parse_rich_text(
        "Churchill spoke at Fulton.\n\n"
        "> An **iron curtain** has descended\n> across the Continent.\n"
        "> — Winston Churchill, 1946\n\nStalin answered in *Pravda*."
    )
    [quotation] = text.quotations
    assert [paragraph.plain for paragraph in quotation.words] == [
        "An iron curtain has descended across the Continent."
    ]
    assert quotation.attribution is not None
    assert quotation.attribution.plain == "— Winston Churchill, 1946"
    assert [paragraph.plain for paragraph in text.unquoted] == [
        "Churchill spoke at Fulton.",
        "Stalin answered in Pravda.",
    ]
    assert ">" not in text.plain


def test_the_attribution_may_follow_the_blockquote_and_a_dash_inside_it_is_dialogue() -> None:
    text = parse_rich_text("> — Oui, dit-il.\n>\n> Il partit.\n\n— Victor Hugo\n\n— a line")
    [quotation] = text.quotations
    assert [paragraph.plain for paragraph in quotation.words] == ["— Oui, dit-il.", "Il partit."]
    assert quotation.attribution is not None and quotation.attribution.plain == "— Victor Hugo"
    assert [paragraph.plain for paragraph in text.unquoted] == ["— a line"]


def test_a_dash_line_away_from_a_quotation_is_plain_text() -> None:
    text = parse_rich_text("Before.\n\n— not an attribution")
    assert not text.quotations
    assert not any(paragraph.quoted for paragraph in text.paragraphs)


def test_a_numbered_list_in_a_quotation_keeps_its_numbers() -> None:
    [quotation] = parse_rich_text("> 1. first\n> 2. second").quotations
    assert [paragraph.plain for paragraph in quotation.words] == ["1. first", "2. second"]
