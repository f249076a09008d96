"""The output checks themselves: each passes a clean file and fails a broken one."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree

from checks import (
    WordBox,
    convert_to_pdf,
    layout_problems,
    missing_core_properties,
    needs_programs,
    non_embedded_fonts,
    off_page_words,
    openxml_audit_problems,
    overlapping_words,
    pdf_fonts,
    pdf_problems,
    pdf_text,
    pptx_core_properties,
    pptx_problems,
    resolve_markup_compatibility,
    resolve_target,
    schema_for,
    source_of,
    without_duplicate_chars,
    word_boxes,
)

NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SLIDE = "ppt/slides/slide1.xml"

# ---------------------------------------------------------------------------
# Decks


def make_deck(path: Path, slides: int = 3) -> Path:
    """A plain python-pptx deck: title and body text, a picture and notes on each slide."""
    from PIL import Image
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for number in range(1, slides + 1):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"Slide {number}"
        slide.placeholders[1].text = f"Body text of slide {number}"
        picture = io.BytesIO()
        Image.new("RGB", (60, 40), (30 * number, 90, 160)).save(picture, "PNG")
        picture.seek(0)
        slide.shapes.add_picture(picture, Inches(6), Inches(5), Inches(2))
        slide.notes_slide.notes_text_frame.text = f"Notes for slide {number}"
    deck.core_properties.title = "The checks' test deck"
    deck.save(path)
    return path


def rewrite(source: Path, target: Path, part: str, edit: Callable[[bytes], bytes]) -> Path:
    """A copy of the package ``source`` with ``part`` replaced by ``edit(part)``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            new.writestr(info, edit(data) if info.filename == part else data)
    return target


def add_part(source: Path, target: Path, part: str, data: bytes) -> Path:
    """A copy of the package ``source`` with one more part."""
    rewrite(source, target, "", lambda data: data)
    with zipfile.ZipFile(target, "a") as package:
        package.writestr(part, data)
    return target


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean three-slide deck, made once."""
    return make_deck(tmp_path_factory.mktemp("deck") / "deck.pptx")


def broken(deck: Path, tmp_path: Path, part: str, old: bytes, new: bytes) -> Path:
    """The deck with the first ``old`` in ``part`` replaced by ``new``."""

    def edit(data: bytes) -> bytes:
        assert old in data, (part, old)
        return data.replace(old, new, 1)

    return rewrite(deck, tmp_path / "broken.pptx", part, edit)


def test_a_plain_python_pptx_deck_has_no_problems(deck: Path) -> None:
    assert pptx_problems(deck) == []


def test_a_bad_attribute_breaks_the_schema(deck: Path, tmp_path: Path) -> None:
    path = broken(deck, tmp_path, SLIDE, b"<p:cSld>", b'<p:cSld foo="1">')
    problems = pptx_problems(path)
    assert any(
        problem.startswith(SLIDE) and "attribute 'foo'" in problem and "not allowed" in problem
        for problem in problems
    ), problems


def test_a_duplicated_shape_id_is_found(deck: Path, tmp_path: Path) -> None:
    def same_ids(data: bytes) -> bytes:
        return re.sub(rb'(<p:cNvPr id=")\d+', rb"\g<1>7", data)

    path = rewrite(deck, tmp_path / "ids.pptx", SLIDE, same_ids)
    assert f"{SLIDE}: shape id 7 is used 4 times" in pptx_problems(path)


def test_an_override_for_a_missing_part_is_found(deck: Path, tmp_path: Path) -> None:
    override = (
        b'<Override PartName="/ppt/slides/slide9.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>'
    )
    path = broken(deck, tmp_path, "[Content_Types].xml", b"</Types>", override)
    problems = pptx_problems(path)
    assert any("/ppt/slides/slide9.xml" in p and "no such part" in p for p in problems), problems


def test_a_part_without_a_content_type_is_found(deck: Path, tmp_path: Path) -> None:
    path = broken(deck, tmp_path, "[Content_Types].xml", b'Extension="png"', b'Extension="gif"')
    problems = pptx_problems(path)
    assert "ppt/media/image1.png: no content type (no Override, no Default for .png)" in problems


def test_a_relationship_to_a_missing_part_is_found(deck: Path, tmp_path: Path) -> None:
    rels = "ppt/slides/_rels/slide1.xml.rels"
    path = broken(deck, tmp_path, rels, b"../media/image", b"../media/missing")
    problems = pptx_problems(path)
    assert any(p.startswith(rels) and "not in the package" in p for p in problems), problems


def test_a_reference_to_a_missing_relationship_is_found(deck: Path, tmp_path: Path) -> None:
    path = broken(deck, tmp_path, SLIDE, b'r:embed="rId', b'r:embed="rId9')
    problems = pptx_problems(path)
    assert any(p.startswith(SLIDE) and "names no relationship" in p for p in problems), problems


def test_an_unreachable_part_is_found_unless_allowed(deck: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(deck) as package:
        picture = package.read("ppt/media/image1.png")
    path = add_part(deck, tmp_path / "extra.pptx", "ppt/media/stray.png", picture)
    assert "ppt/media/stray.png: no relationship reaches this part" in pptx_problems(path)
    assert pptx_problems(path, check_reachable=False) == []


def test_a_forbidden_character_is_found(deck: Path, tmp_path: Path) -> None:
    path = broken(deck, tmp_path, SLIDE, b"Body text", b"Body&#x1;text")
    problems = pptx_problems(path)
    assert any(p.startswith(SLIDE) and "not allowed in XML" in p for p in problems), problems


def test_a_part_that_is_not_xml_is_found(deck: Path, tmp_path: Path) -> None:
    path = broken(deck, tmp_path, SLIDE, b"</p:sld>", b"</p:sl>")
    assert any(p.startswith(f"{SLIDE}: not well-formed XML") for p in pptx_problems(path))


def test_a_file_that_is_not_a_package_is_found(tmp_path: Path) -> None:
    path = tmp_path / "not.pptx"
    path.write_bytes(b"plain text")
    assert "not a zip package" in pptx_problems(path)[0]


ALTERNATE_CONTENT = (
    '<mc:AlternateContent xmlns:mc="{mc}" xmlns:p14="{p14}">'
    '<mc:Choice Requires="p14"><p:sp><p:nvSpPr><p:cNvPr id="40" name="New" p14:x="1"/>'
    "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p14:onlyNew/></p:sp></mc:Choice>"
    '<mc:Fallback><p:sp><p:nvSpPr><p:cNvPr id="40" name="Old"{fallback_attribute}/>'
    "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/></p:sp></mc:Fallback>"
    "</mc:AlternateContent></p:spTree>"
)


def with_alternate_content(deck: Path, tmp_path: Path, fallback_attribute: str = "") -> Path:
    """The deck with a PowerPoint-style choice between a new and an old shape on slide 1,
    the root declaring the p14 namespace ignorable and using it."""
    markup = ALTERNATE_CONTENT.format(mc=NS_MC, p14=NS_P14, fallback_attribute=fallback_attribute)

    def edit(data: bytes) -> bytes:
        data = data.replace(b"</p:spTree>", markup.encode(), 1)
        root = f'<p:sld xmlns:mc="{NS_MC}" xmlns:p14="{NS_P14}" mc:Ignorable="p14" p14:x="1" '
        return data.replace(b"<p:sld ", root.encode(), 1)

    return rewrite(deck, tmp_path / "alternate.pptx", SLIDE, edit)


def test_alternate_content_validates_after_resolution(deck: Path, tmp_path: Path) -> None:
    path = with_alternate_content(deck, tmp_path)
    with zipfile.ZipFile(path) as package:
        raw = etree.fromstring(package.read(SLIDE))
    schema = schema_for(raw)
    assert schema is not None
    assert not schema.validate(raw), "the raw part should break the schema"
    resolved = resolve_markup_compatibility(raw)
    assert resolved.xpath("//p:cNvPr[@id='40']/@name", namespaces=raw.nsmap) == ["Old"]
    assert not resolved.xpath("//*[namespace-uri()=$ns]", ns=NS_MC)
    assert schema.validate(resolved), schema.error_log
    assert pptx_problems(path) == []


def test_the_fallback_of_alternate_content_is_still_checked(deck: Path, tmp_path: Path) -> None:
    path = with_alternate_content(deck, tmp_path, fallback_attribute=' bogus="1"')
    assert any("attribute 'bogus'" in problem for problem in pptx_problems(path))


def test_core_properties_are_read_and_checked(deck: Path, tmp_path: Path) -> None:
    properties = pptx_core_properties(deck)
    assert properties["dc:title"] == "The checks' test deck"
    # python-pptx's default core.xml has an empty creator and no language.
    assert missing_core_properties(deck) == ["dc:creator", "dc:language"]
    path = broken(
        deck, tmp_path, "docProps/core.xml", b"</cp:coreProperties>",
        b"<dc:title>Twice</dc:title><cp:unknown/></cp:coreProperties>",
    )  # fmt: skip
    problems = pptx_problems(path)
    assert "docProps/core.xml: dc:title appears more than once" in problems
    assert any("unknown is not a core property" in problem for problem in problems), problems


def test_part_names_and_targets_resolve_like_opc() -> None:
    assert source_of("_rels/.rels") == ""
    assert source_of("ppt/_rels/presentation.xml.rels") == "ppt/presentation.xml"
    assert source_of("ppt/slides/_rels/slide1.xml.rels") == "ppt/slides/slide1.xml"
    assert resolve_target("ppt/slides/slide1.xml", "../media/a%20b.png") == "ppt/media/a b.png"
    assert resolve_target("", "ppt/presentation.xml") == "ppt/presentation.xml"
    assert resolve_target("ppt/slides/slide1.xml", "/ppt/media/x.png") == "ppt/media/x.png"


def test_openxml_audit_agrees(deck: Path, tmp_path: Path) -> None:
    pytest.importorskip("openxml_audit", reason="openxml-audit is not in the test extra")
    assert openxml_audit_problems(deck) == []
    path = broken(deck, tmp_path, SLIDE, b"<p:cSld>", b'<p:cSld foo="1">')
    assert any("'foo'" in problem for problem in openxml_audit_problems(path))


# ---------------------------------------------------------------------------
# PDF files


def make_pdf(path: Path, draw: Callable[..., None], font: str = "Helvetica") -> Path:
    """A one-page letter-size PDF drawn by ``draw(canvas)`` in 12 pt ``font``."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(612, 792), invariant=True, initialFontName=font)
    canvas.setFont(font, 12)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return path


def clean_text(canvas) -> None:
    """Two lines of words, apart."""
    canvas.drawString(72, 720, "Treaty of Rapallo signed")
    canvas.drawString(72, 700, "Recognition followed in 1933")


@pytest.fixture
def clean_pdf(tmp_path: Path) -> Path:
    """A PDF with nothing wrong in it."""
    return make_pdf(tmp_path / "clean.pdf", clean_text)


@needs_programs("qpdf")
def test_a_clean_pdf_has_no_problems(clean_pdf: Path) -> None:
    assert pdf_problems(clean_pdf) == []
    assert layout_problems(clean_pdf) == []
    assert layout_problems(clean_pdf, margin=36) == []
    assert "Treaty of Rapallo signed" in pdf_text(clean_pdf)


def test_words_drawn_over_each_other_overlap(tmp_path: Path) -> None:
    def draw(canvas) -> None:
        clean_text(canvas)
        canvas.drawString(300, 500, "Hello")
        canvas.drawString(306, 502, "World")

    path = make_pdf(tmp_path / "overlap.pdf", draw)
    pairs = [(a.text, b.text) for a, b in overlapping_words(word_boxes(path, 1))]
    assert pairs == [("World", "Hello")]  # the higher box first
    [problem] = layout_problems(path)
    assert problem.startswith("page 1: 'World'") and "overlaps 'Hello'" in problem


def test_text_drawn_twice_for_a_fake_bold_is_one_word_and_no_overlap(tmp_path: Path) -> None:
    def draw(canvas) -> None:
        clean_text(canvas)
        for offset in (0, 0.3):  # a fake bold: the same word again, a fraction to the right
            canvas.drawString(300 + offset, 500, "Stalingrad")

    path = make_pdf(tmp_path / "fake-bold.pdf", draw)
    with pdfplumber.open(path) as pdf:
        [page] = pdf.pages
        kept = without_duplicate_chars(page).chars
        assert len(page.chars) == len(kept) + len("Stalingrad")
        assert kept == page.dedupe_chars().chars  # what pdfplumber keeps, in its order
    assert [word.text for word in word_boxes(path) if word.x0 >= 300] == ["Stalingrad"]
    assert layout_problems(path) == []


def test_touching_words_and_tight_lines_do_not_overlap(tmp_path: Path) -> None:
    def draw(canvas) -> None:
        canvas.drawString(72, 600, "Tight")
        canvas.drawString(72 + canvas.stringWidth("Tight", "Helvetica", 12), 600, "Neighbour")
        canvas.drawString(72, 589, "leading eleven points under twelve point type")
        text = canvas.beginText(72, 500)
        text.setFont("Helvetica", 12)
        text.textOut("Run one ")
        text.setFont("Helvetica-Bold", 12)
        text.textOut("bold")
        text.setFont("Helvetica", 12)
        text.textOut(", and on.")
        canvas.drawText(text)

    path = make_pdf(tmp_path / "tight.pdf", draw)
    assert layout_problems(path) == []


def test_a_word_off_the_page_is_found(tmp_path: Path) -> None:
    def draw(canvas) -> None:
        clean_text(canvas)
        canvas.drawString(590, 400, "Overhanging")
        canvas.drawString(700, 300, "Gone")

    path = make_pdf(tmp_path / "off.pdf", draw)
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert [word.text for word in off_page_words(pdf.pages[0])] == ["Overhanging", "Gone"]
    problems = layout_problems(path)
    assert len(problems) == 2 and all("outside the page" in p for p in problems), problems


def test_the_margin_is_checked(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "edge.pdf", lambda canvas: canvas.drawString(20, 400, "Edge"))
    assert layout_problems(path) == []
    [problem] = layout_problems(path, margin=36)
    assert "'Edge'" in problem and "within 36 pt of the edge" in problem


def test_the_overlap_sweep_handles_thousands_of_words() -> None:
    words = [
        WordBox(
            1, f"w{row}-{column}", 10 + 30 * column, 10 * row, 38 + 30 * column, 9 + 10 * row, True
        )
        for row in range(200)
        for column in range(20)
    ]
    stray = WordBox(1, "stray", 101, 505, 130, 512, True)
    assert overlapping_words(words) == []
    pairs = overlapping_words([*words, stray])
    assert sorted((a.text, b.text) for a, b in pairs) == [("stray", "w51-3"), ("w50-3", "stray")]


@needs_programs("qpdf")
@pytest.mark.parametrize("damage", ["truncated", "garbled", "not a pdf"])
def test_a_damaged_pdf_has_problems(clean_pdf: Path, damage: str) -> None:
    data = clean_pdf.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "garbled":
        data = data.replace(b"/Type /Pages", b"/Type /Pagez").replace(b"xref", b"xerf")
    else:
        data = b"%PDF-1.4\nnothing else\n"
    clean_pdf.write_bytes(data)
    problems = pdf_problems(clean_pdf)
    assert problems, damage


@needs_programs("pdffonts")
def test_fonts_are_listed_with_their_embedding(clean_pdf: Path, tmp_path: Path) -> None:
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    assert pdf_fonts(clean_pdf) == [
        {
            "name": "Helvetica",
            "type": "Type 1",
            "encoding": "WinAnsi",
            "embedded": False,
            "subset": False,
            "unicode": False,
        }
    ]
    assert non_embedded_fonts(clean_pdf) == ["Helvetica"]
    unused = make_pdf(tmp_path / "unused.pdf", lambda canvas: None)
    assert non_embedded_fonts(unused) == ["Helvetica"]  # declared, though nothing is drawn
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("ChecksVera", str(vera)))
    embedded = make_pdf(tmp_path / "embedded.pdf", clean_text, font="ChecksVera")
    [font] = pdf_fonts(embedded)
    assert font["name"].endswith("+BitstreamVeraSans-Roman")
    assert font["embedded"] and font["subset"] and font["type"] == "TrueType"
    assert non_embedded_fonts(embedded) == []


# ---------------------------------------------------------------------------
# LibreOffice


@needs_programs("soffice")
def test_soffice_turns_a_three_slide_deck_into_three_pages(deck: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = convert_to_pdf(deck, tmp_path / "out")
    assert pdf == tmp_path / "out" / "deck.pdf"
    assert len(PdfReader(pdf).pages) == 3
    assert "Body text of slide 2" in pdf_text(pdf)


@needs_programs("soffice")
def test_soffice_failure_is_reported(tmp_path: Path) -> None:
    # soffice exits 0 when the file is missing, and turns an empty file into a page.
    path = tmp_path / "missing.pptx"
    with pytest.raises(RuntimeError, match="soffice could not convert"):
        convert_to_pdf(path, tmp_path / "out")
