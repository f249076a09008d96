"""Any school's template: the odd ones make a deck that opens, the hostile ones are refused.

The templates are made by ``tests/data/templates/make_odd_templates.py`` in the shapes
that broke decks: masters with only a title layout or only a blank one, a .potx, a
.pptm with a macro, a font lessonpress does not ship, gradient and picture
backgrounds; and a zip bomb, an entity bomb and a Word file under a PowerPoint name.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from lxml import etree
from PIL import Image, ImageStat
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.shapes.base import BaseShape

from checks import (
    NS_CT,
    NS_DML,
    NS_PML,
    convert_all_to_pdf,
    layout_problems,
    needs_programs,
    pptx_problems,
)
from conftest import LESSONS
from lessonpress.cli import cli
from lessonpress.load.lesson import load_lesson
from lessonpress.load.template import PRESENTATION_TYPE, UnusableTemplate, check_deck_template
from lessonpress.load.theme import load_theme
from lessonpress.model.colors import TEXT_CONTRAST, contrast_ratio, to_hex
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.placeholders import MasterStyles
from lessonpress.renderers.deck.template import find_layouts, open_template

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
LESSON = LESSONS / "ancient-rome.yaml"
"""A lesson with a subtitle, a byline, eras and categories: a cover, section slides
and an overview with labels, the places text collided on odd templates."""

ACCEPTED = (
    "only-title-layout.pptx",
    "only-blank.pptx",
    "template.potx",
    "macros.pptm",
    "activex.pptx",
    "trebuchet.pptx",
    "gradient.pptx",
    "picture-background.pptx",
)
REFUSED = {
    "bomb.pptx": "unpacks from 44 KB to 45 MB, 1,028 times its size",
    "entities.pptx": "its part 'ppt/theme/theme1.xml' declares XML entities",
    "not-a-presentation.pptx": "it is a Word document, not a PowerPoint presentation",
}
THEME = "# A theme on a template of the test data.\nextends: classic\ndeck:\n  template: {name}\n"
TEMPLATE_LINE = 4


def theme_on(folder: Path, template: str, copy: bool = True) -> Path:
    """A theme file in ``folder`` naming a copy of the test template ``template`` (or,
    without ``copy``, the template of that name already in ``folder``)."""
    if copy:
        shutil.copy(TEMPLATES / template, folder / template)
    theme = folder / f"{template}.yaml"
    theme.write_text(THEME.format(name=template), encoding="utf-8")
    return theme


@pytest.fixture(scope="module")
def deck_on(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``deck_on(template)``: the lesson's deck on an accepted template, written to a
    file when first asked for."""
    folder = tmp_path_factory.mktemp("template-decks")
    lesson = load_lesson(LESSON).lesson
    built: dict[str, Path] = {}

    def build(template: str) -> Path:
        if template not in built:
            theme = load_theme(str(theme_on(folder, template)), folder)
            path = folder / f"{Path(template).stem}.pptx"
            path.write_bytes(DeckRenderer().render(lesson, theme, RenderOptions()))
            built[template] = path
        return built[template]

    return build


# ---------------------------------------------------------------------------
# Refused when the theme loads


@pytest.mark.parametrize(("template", "reason"), REFUSED.items())
def test_check_refuses_a_hostile_or_wrong_template_naming_the_theme_line(
    tmp_path: Path, template: str, reason: str
) -> None:
    theme_on(tmp_path, template)
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text(
        f"title: T\ntheme: {template}.yaml\nevents:\n  - {{title: A, date: 1917}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", str(lesson)])
    assert result.exit_code == 2, result.output
    assert f"{template}.yaml:{TEMPLATE_LINE}:" in result.output
    assert "deck.template" in result.output and reason in result.output
    assert "Traceback" not in result.output


def test_a_template_whose_master_is_cut_short_is_a_problem_not_a_fault(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(TEMPLATES / "school.pptx") as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "ppt/slideMasters/slideMaster1.xml":
                data = data[: len(data) // 2]
            target.writestr(member, data)
    (tmp_path / "cut.pptx").write_bytes(buffer.getvalue())
    (tmp_path / "cut.yaml").write_text(THEME.format(name="cut.pptx"), encoding="utf-8")
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text("title: T\ntheme: cut.yaml\nevents:\n  - {title: A, date: 1917}\n")
    result = CliRunner().invoke(cli, ["check", str(lesson)])
    assert result.exit_code == 2, result.output
    assert "cut.pptx" in result.output and "not well-formed XML" in result.output


def test_a_template_that_lists_no_master_is_a_problem_not_a_fault(tmp_path: Path) -> None:
    def without_masters(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for masters in root.xpath("./p:sldMasterIdLst", namespaces={"p": NS_PML}):
            root.remove(masters)
        return etree.tostring(root)

    school_edited(tmp_path, "masterless.pptx", {"ppt/presentation.xml": without_masters})
    (tmp_path / "masterless.yaml").write_text(THEME.format(name="masterless.pptx"))
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text("title: T\ntheme: masterless.yaml\nevents:\n  - {title: A, date: 1917}\n")
    result = CliRunner().invoke(cli, ["check", str(lesson)])
    assert result.exit_code == 2, result.output
    assert "lists no slide master" in result.output


def test_declared_sizes_refuse_a_gigabyte_part_without_inflating_it() -> None:
    """A part whose directory entry says 1 GB is refused from the directory alone: the
    check never reads the part (whose real data is a few bytes)."""
    school = (TEMPLATES / "school.pptx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(school)) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            target.writestr(member, source.read(member))
        target.writestr("ppt/media/huge.bin", b"GIGABYTE")
    data = bytearray(buffer.getvalue())
    entry = data.rindex(b"PK\x01\x02")  # the last central directory entry: huge.bin
    data[entry + 24 : entry + 28] = (1 << 30).to_bytes(4, "little")
    with pytest.raises(UnusableTemplate, match="would unpack to 1,024 MB, more than the 50 MB"):
        check_deck_template(bytes(data))


@pytest.mark.parametrize(
    "prolog",
    [
        '<?xml version="1.0"?><!-- a comment first --><!DOCTYPE a:theme [<!ENTITY e "e">]>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a:theme SYSTEM "http://x/">',
    ],
)
def test_entity_declarations_are_found_behind_comments_and_in_utf_16(prolog: str) -> None:
    theme = "ppt/theme/theme1.xml"
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(TEMPLATES / "school.pptx") as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for member in source.infolist():
            data = source.read(member)
            if member.filename == theme:
                text = prolog + data.decode().split("?>", 1)[1]
                data = text.encode("utf-16" if "UTF-16" in prolog else "utf-8")
            target.writestr(member, data)
    with pytest.raises(UnusableTemplate, match=f"its part '{theme}' declares XML entities"):
        check_deck_template(buffer.getvalue())


def test_potx_and_pptm_are_accepted_but_not_a_slide_show() -> None:
    check_deck_template((TEMPLATES / "template.potx").read_bytes())
    check_deck_template((TEMPLATES / "macros.pptm").read_bytes())
    school = (TEMPLATES / "school.pptx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(school)) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "[Content_Types].xml":
                data = data.replace(b"presentation.main+xml", b"slideshow.main+xml")
            target.writestr(member, data)
    with pytest.raises(UnusableTemplate, match=r"a PowerPoint slide show \(.ppsx\)"):
        check_deck_template(buffer.getvalue())


# ---------------------------------------------------------------------------
# Accepted: a plain deck that validates


@pytest.mark.parametrize("template", ACCEPTED)
def test_each_odd_template_gives_a_plain_deck_that_validates(
    deck_on: Callable[[str], Path], template: str
) -> None:
    path = deck_on(template)
    assert pptx_problems(path) == []
    deck = Presentation(str(path))
    assert len(deck.slides) > 20
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        types = etree.fromstring(package.read("[Content_Types].xml"))
        markup = b"".join(package.read(name) for name in names if name.endswith(".xml"))
    declared = {
        element.get("PartName"): element.get("ContentType")
        for element in types.iter(f"{{{NS_CT}}}Override")
    }
    assert declared["/ppt/presentation.xml"] == PRESENTATION_TYPE
    every_type = " ".join(element.get("ContentType") for element in types)
    for word in ("macroEnabled", "vbaProject", "activeX", "oleObject", "template.main"):
        assert word not in every_type
    assert not [
        name for name in names if any(word in name for word in ("vba", "activeX", "embeddings"))
    ]
    assert b"ppaction://macro" not in markup


def test_the_templates_carry_what_the_deck_leaves_out_to_begin_with() -> None:
    """The .pptm really has a macro project and a macro button, and activex.pptx an
    ActiveX control and an embedded program."""
    with zipfile.ZipFile(TEMPLATES / "macros.pptm") as package:
        assert "ppt/vbaProject.bin" in package.namelist()
        assert b"vbaProject" in package.read("ppt/_rels/presentation.xml.rels")
        assert b"ppaction://macro" in package.read("ppt/slideMasters/slideMaster1.xml")
    with zipfile.ZipFile(TEMPLATES / "activex.pptx") as package:
        assert b"<p:control " in package.read("ppt/slideLayouts/slideLayout1.xml")
        assert b"<p:oleObj " in package.read("ppt/slideMasters/slideMaster1.xml")
        assert {"ppt/activeX/activeX1.bin", "ppt/embeddings/oleObject1.bin"} <= set(
            package.namelist()
        )


def test_the_deck_keeps_no_control_nor_embedded_object(deck_on: Callable[[str], Path]) -> None:
    with zipfile.ZipFile(deck_on("activex.pptx")) as package:
        markup = b"".join(package.read(name) for name in package.namelist())
    assert b"<p:control" not in markup and b"<p:oleObj" not in markup
    assert b"Embedded program" not in markup


@pytest.mark.parametrize("template", ["only-title-layout.pptx", "only-blank.pptx"])
def test_a_master_without_a_text_layout_gets_one_built_on_it(
    deck_on: Callable[[str], Path], template: str
) -> None:
    deck = Presentation(str(deck_on(template)))
    [master] = deck.slide_masters
    with zipfile.ZipFile(TEMPLATES / template) as package:
        original = etree.fromstring(package.read("ppt/slideMasters/slideMaster1.xml"))
    # The template's master, background and all, is the deck's.
    background = "{http://schemas.openxmlformats.org/presentationml/2006/main}bg"
    assert etree.tostring(next(master.element.iter(background))) == etree.tostring(
        next(original.iter(background))
    )
    event_layouts = {
        slide.slide_layout.name
        for slide in deck.slides
        if slide.shapes.title is not None and "Julius Caesar" in slide.shapes.title.text
    }
    assert event_layouts == {"Title and Content"}
    content = next(layout for layout in master.slide_layouts if layout.name == "Title and Content")
    kinds = sorted(str(shape.placeholder_format.type) for shape in content.placeholders)
    assert kinds == ["OBJECT (7)", "TITLE (1)"]
    slide_height = deck.slide_height
    title, body = sorted(content.placeholders, key=lambda shape: shape.placeholder_format.idx)
    if title.top is not None and body.top is not None:
        assert title.top + title.height <= body.top < body.top + body.height <= slide_height


Edit = Callable[[bytes], bytes]


def nothing(_: bytes) -> bytes:
    """An edit that leaves an empty part."""
    return b""


def school_edited(
    folder: Path, name: str, edits: dict[str, Edit], template: str = "school.pptx"
) -> Path:
    """A copy of the test ``template`` in ``folder`` with each part of ``edits`` changed
    by its edit (a part it does not have is added, edited from nothing)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(TEMPLATES / template) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        names = source.namelist()
        for member in source.infolist():
            data = source.read(member)
            edit = edits.get(member.filename)
            target.writestr(member, edit(data) if edit else data)
        for added in set(edits) - set(names):
            target.writestr(added, edits[added](b""))
    (folder / name).write_bytes(buffer.getvalue())
    return folder / name


def test_a_layout_built_on_a_master_with_its_title_beside_the_text_is_stacked(
    tmp_path: Path,
) -> None:
    """Some masters keep their title in a column beside the text; the layout built for
    the deck's text slides puts the title above the text, where its slides expect it."""

    def side_title(data: bytes) -> bytes:
        root = etree.fromstring(data)
        ns = {"p": NS_PML, "a": NS_DML}
        [title] = root.xpath("//p:sp[.//p:ph[@type='title']]/p:spPr/a:xfrm", namespaces=ns)
        [body] = root.xpath("//p:sp[.//p:ph[@type='body']]/p:spPr/a:xfrm", namespaces=ns)
        body.find(f"{{{NS_DML}}}ext").set("cx", "6400000")
        title.find(f"{{{NS_DML}}}off").attrib.update({"x": "7000000", "y": "300000"})
        title.find(f"{{{NS_DML}}}ext").attrib.update({"cx": "1800000", "cy": "6000000"})
        return etree.tostring(root)

    master = "ppt/slideMasters/slideMaster1.xml"
    path = school_edited(tmp_path, "side.pptx", {master: side_title}, "only-title-layout.pptx")
    layouts = find_layouts(open_template(path).slide_master)
    title, body = sorted(layouts.content.placeholders, key=lambda shape: shape.top)
    assert title.placeholder_format.type == PP_PLACEHOLDER.TITLE
    assert title.top + title.height <= body.top
    assert title.width == body.width


def test_the_template_s_digital_signature_stays_out_of_the_deck(tmp_path: Path) -> None:
    """A signature signs the template: carried into the deck, another document, it
    would mark the deck as tampered with."""
    signature = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature"

    def signed(data: bytes) -> bytes:
        relationship = (
            f'<Relationship Id="rId99" Type="{signature}/origin" '
            'Target="_xmlsignatures/origin.sigs"/>'
        )
        return data.replace(b"</Relationships>", relationship.encode() + b"</Relationships>")

    def declared(data: bytes) -> bytes:
        default = (
            '<Default Extension="sigs" '
            'ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/>'
        )
        return data.replace(b"<Override ", default.encode() + b"<Override ", 1)

    edits = {"_rels/.rels": signed, "[Content_Types].xml": declared}
    school_edited(tmp_path, "signed.pptx", {**edits, "_xmlsignatures/origin.sigs": nothing})
    deck = tmp_path / "deck.pptx"
    theme = load_theme(str(theme_on(tmp_path, "signed.pptx", copy=False)), tmp_path)
    deck.write_bytes(DeckRenderer().render(load_lesson(LESSON).lesson, theme, RenderOptions()))
    with zipfile.ZipFile(deck) as package:
        assert not [name for name in package.namelist() if "signature" in name]
        assert b"digital-signature" not in package.read("_rels/.rels")


def test_titles_placed_nowhere_get_the_default_place(tmp_path: Path) -> None:
    """A master without a title placeholder, whose layouts give their titles no place
    either: the titles would fill the slide (and the overview had no room left)."""

    def without_title(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for shape in root.xpath("//p:sp[.//p:ph[@type='title']]", namespaces={"p": NS_PML}):
            shape.getparent().remove(shape)
        return etree.tostring(root)

    school_edited(tmp_path, "untitled.pptx", {"ppt/slideMasters/slideMaster1.xml": without_title})
    theme = load_theme(str(theme_on(tmp_path, "untitled.pptx", copy=False)), tmp_path)
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(DeckRenderer().render(load_lesson(LESSON).lesson, theme, RenderOptions()))
    assert pptx_problems(deck) == []
    presentation = Presentation(str(deck))
    for layout in presentation.slide_layouts:
        for shape in layout.placeholders:
            if shape.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.BODY):
                assert shape.top is not None and shape.width < presentation.slide_width


def test_text_boxes_are_measured_in_the_typeface_the_template_sets_them_in(
    tmp_path: Path,
) -> None:
    """Text boxes take the presentation's default text style, which may name another
    typeface than the theme's body one (Arial beside Calibri); without a default text
    style a viewer picks any font, so the deck gets PowerPoint's own."""

    def default_style(typeface: str | None) -> Callable[[bytes], bytes]:
        def edit(data: bytes) -> bytes:
            root = etree.fromstring(data)
            [style] = root.xpath("./p:defaultTextStyle", namespaces={"p": NS_PML})
            if typeface is None:
                root.remove(style)
            for latin in style.iter(f"{{{NS_DML}}}latin"):
                latin.set("typeface", str(typeface))
            return etree.tostring(root)

        return edit

    presentation = "ppt/presentation.xml"
    arial = school_edited(tmp_path, "arial.pptx", {presentation: default_style("Arial")})
    none = school_edited(tmp_path, "none.pptx", {presentation: default_style(None)})
    assert MasterStyles(open_template(arial).slide_master).text_box_typeface == "Arial"
    deck = open_template(none)
    assert MasterStyles(deck.slide_master).text_box_typeface == "Calibri"  # the theme's
    assert deck.element.xpath("./p:defaultTextStyle//a:latin/@typeface") == ["+mn-lt"]


BROKEN_PARTS = {
    "no colour map": ("ppt/slideMasters/slideMaster1.xml", r"<p:clrMap [^>]*/>", ""),
    "no colour scheme": ("ppt/theme/theme1.xml", r"<a:clrScheme .*?</a:clrScheme>", ""),
    "no font scheme": ("ppt/theme/theme1.xml", r"<a:fontScheme .*?</a:fontScheme>", ""),
    "no slide size": ("ppt/presentation.xml", r"<p:sldSz [^>]*/>", ""),
    "no layout list": (
        "ppt/slideMasters/slideMaster1.xml",
        r"<p:sldLayoutIdLst>.*?</p:sldLayoutIdLst>",
        "",
    ),
    "no text styles": ("ppt/slideMasters/slideMaster1.xml", r"<p:txStyles>.*?</p:txStyles>", ""),
    "a size in words": ("ppt/slideMasters/slideMaster1.xml", 'sz="2400"', 'sz="big"'),
    "a position in words": (
        "ppt/slideLayouts/slideLayout2.xml",
        "<p:spPr/>",
        '<p:spPr><a:xfrm><a:off x="left" y="0"/><a:ext cx="1" cy="1"/></a:xfrm></p:spPr>',
    ),
}
"""Parts of school.pptx taken out or given values no schema allows, as real files have."""


@pytest.mark.parametrize("defect", BROKEN_PARTS)
def test_a_template_missing_parts_or_holding_odd_values_still_gives_a_deck(
    tmp_path: Path, defect: str
) -> None:
    part, pattern, replacement = BROKEN_PARTS[defect]

    def broken(data: bytes) -> bytes:
        changed = re.sub(pattern, replacement, data.decode(), count=1, flags=re.DOTALL)
        assert changed != data.decode(), f"school.pptx has no {pattern}"
        return changed.encode()

    school_edited(tmp_path, "broken.pptx", {part: broken})
    theme = load_theme(str(theme_on(tmp_path, "broken.pptx", copy=False)), tmp_path)
    data = DeckRenderer().render(load_lesson(LESSON).lesson, theme, RenderOptions())
    deck = Presentation(io.BytesIO(data))
    assert len(deck.slides) > 20 and deck.slide_width and deck.slide_height


def test_a_layout_that_lost_its_master_link_gets_it_back(tmp_path: Path) -> None:
    """python-pptx opens a layout with no relationship to its master; PowerPoint
    "repairs" such a file. The deck relates every layout to its master again."""

    def unlinked(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for relationship in root:
            if relationship.get("Type", "").endswith("/slideMaster"):
                root.remove(relationship)
        return etree.tostring(root)

    rels = "ppt/slideLayouts/_rels/slideLayout2.xml.rels"
    school_edited(tmp_path, "unlinked.pptx", {rels: unlinked})
    theme = load_theme(str(theme_on(tmp_path, "unlinked.pptx", copy=False)), tmp_path)
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(DeckRenderer().render(load_lesson(LESSON).lesson, theme, RenderOptions()))
    assert pptx_problems(deck) == []
    for layout in Presentation(str(deck)).slide_layouts:
        assert layout.slide_master is not None


# ---------------------------------------------------------------------------
# As LibreOffice shows them


@needs_programs("soffice")
def test_no_words_collide_on_any_template_in_libreoffice(
    deck_on: Callable[[str], Path], tmp_path: Path
) -> None:
    pdfs = convert_all_to_pdf([deck_on(template) for template in ACCEPTED], tmp_path, timeout=600)
    problems = []
    for template, pdf in zip(ACCEPTED, pdfs, strict=True):
        assert pdf.is_file(), f"LibreOffice could not open the deck on {template}"
        with pdfplumber.open(pdf) as document:
            assert len(document.pages) == len(Presentation(str(deck_on(template))).slides)
        problems += [f"{template}: {problem}" for problem in layout_problems(pdf)]
    assert problems == []


# ---------------------------------------------------------------------------
# Colours on the template's real background


def background_grounds(deck: Path, template: str) -> list[str]:
    """The colours the test template's background shows, as its generator drew them."""
    if template == "gradient.pptx":
        return ["#FFFFFF", "#9DB9D9"]
    with zipfile.ZipFile(deck) as package:
        [picture] = [name for name in package.namelist() if name.startswith("ppt/media/")]
        with Image.open(io.BytesIO(package.read(picture))) as image:
            mean = ImageStat.Stat(image.convert("RGB")).mean
    return [to_hex(*mean)]


def run_colors(deck: Path) -> list[tuple[str, str, str | None]]:
    """``(what, #RRGGBB, ground)`` for each run of the slides that sets its own colour,
    and each text style of the layouts they use that does (plain and scheme colours
    only); ``ground`` is the colour of a filled shape the run is drawn on, if any."""
    presentation = Presentation(str(deck))
    master = presentation.slide_master
    theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    color_map = dict(master.element.xpath("./p:clrMap")[0].attrib)
    scheme = {
        etree.QName(slot).localname: slot[0].get("lastClr") or slot[0].get("val")
        for slot in theme.xpath(".//a:clrScheme/*", namespaces={"a": NS_DML})
    }

    def value(color: etree._Element) -> str:
        val = color.get("val")
        if etree.QName(color).localname == "schemeClr":
            val = scheme[color_map.get(val, val)]
        return f"#{val}"

    def fill_of(shape: BaseShape) -> str | None:
        fill = shape.element.find(f"{{{NS_PML}}}spPr/{{{NS_DML}}}solidFill/*")
        return value(fill) if fill is not None else None

    def inside(shape: BaseShape, panel: BaseShape) -> bool:
        return (
            panel.left <= shape.left < panel.left + panel.width
            and panel.top <= shape.top < panel.top + panel.height
        )

    found: list[tuple[str, str, str | None]] = []
    for slide in presentation.slides:
        shapes = list(slide.shapes)
        # Text drawn on a shape of its own colour (the statement slide's date panel) is
        # read on that colour.
        panels = [
            (shape, fill)
            for shape in shapes
            if (fill := fill_of(shape)) and not (shape.has_text_frame and shape.text_frame.text)
        ]
        for shape in shapes:
            ground = next(
                (fill for panel, fill in panels if panel is not shape and inside(shape, panel)),
                None,
            )
            for run in shape.element.iter(f"{{{NS_DML}}}r"):
                color = run.find(f"{{{NS_DML}}}rPr/{{{NS_DML}}}solidFill/*")
                if color is not None:
                    found.append((run.findtext(f"{{{NS_DML}}}t") or "", value(color), ground))
    layouts = {slide.slide_layout.name: slide.slide_layout for slide in presentation.slides}
    for name, layout in layouts.items():
        for color in layout.element.xpath(".//a:lstStyle/*/a:defRPr/a:solidFill/*"):
            if len(color) == 0:  # no tint or shade to work out
                found.append((f"the {name} layout's style", value(color), None))
    return found


@pytest.mark.parametrize("template", ["gradient.pptx", "picture-background.pptx"])
def test_text_colours_read_on_the_templates_gradient_or_picture(
    deck_on: Callable[[str], Path], template: str
) -> None:
    """The scheme's gold (on the gradient) and dark blue (on the dark picture) do not
    read there, nor the title slide's gray subtitle on the gradient; the deck's text in
    those roles, and the layout's style, are repaired to colours that do."""
    grounds = background_grounds(deck_on(template), template)
    colors = run_colors(deck_on(template))
    assert len(colors) > 40
    unreadable = {
        (text, color)
        for text, color, panel in colors
        if min(contrast_ratio(color, ground) for ground in ([panel] if panel else grounds))
        < TEXT_CONTRAST
    }
    assert unreadable == set()
    if template == "gradient.pptx":
        # The title slide's subtitle was 75% black, tinted: #898989, 2:1 on the blue.
        cover = Presentation(str(deck_on(template))).slides[0].slide_layout
        [subtitle] = cover.element.xpath(".//p:ph[@type='subTitle']/../../..//a:lvl1pPr//a:srgbClr")
        assert contrast_ratio(f"#{subtitle.get('val')}", "#9DB9D9") >= TEXT_CONTRAST
