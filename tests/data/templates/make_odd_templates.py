"""Make the templates in the shapes that break a deck renderer, which the template tests use.

    python tests/data/templates/make_odd_templates.py

Each is python-pptx's blank presentation edited the way a template met in the wild
differs from school.pptx:

- ``only-title-layout.pptx``: the master keeps one layout, the title slide;
- ``only-blank.pptx``: one blank layout, a master with no text placeholder, and a
  dark background with light text (a colour map like PowerPoint's dark designs);
- ``template.potx``: saved as a PowerPoint template (the template content type);
- ``macros.pptm``: a presentation with macros: a VBA project part and a button on
  the master that runs a macro;
- ``activex.pptx``: an ActiveX control on the title layout and an embedded program
  (an OLE package object) on the master;
- ``trebuchet.pptx``: Trebuchet MS for headings and text, a font lessonpress does not
  ship and has no metric twin of;
- ``gradient.pptx``: a gradient background from white to blue, and a gold accent
  that does not read on it;
- ``picture-background.pptx``: a dark picture as the background, with dark accents;
- ``bomb.pptx``: a part of 45 MB of zeros packed into 45 KB (a zip bomb);
- ``entities.pptx``: a part declaring nested XML entities (an entity bomb);
- ``not-a-presentation.pptx``: a Word document under a PowerPoint name.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import SlideMaster

HERE = Path(__file__).resolve().parent
NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
PRESENTATION_TYPE = "presentationml.presentation.main+xml"
BOMB_BYTES = 45 * 1_048_576


def main() -> None:
    """Write every template next to this script."""
    _write("only-title-layout.pptx", _keep_layouts("Title Slide"))
    _write("only-blank.pptx", _keep_layouts("Blank"), _without_body_placeholder, _dark)
    _write("template.potx", content_type="presentationml.template.main+xml")
    _write(
        "macros.pptm",
        _macro_button,
        content_type="application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
        extra=_vba_project,
    )
    _write("activex.pptx", extra=_activex_and_ole)
    _write("trebuchet.pptx", _fonts("Trebuchet MS"))
    _write("gradient.pptx", _gradient_background, _scheme(accent2="C99700"))
    _write("picture-background.pptx", _picture_background, _scheme(accent1="1F3A5F"))
    _write("bomb.pptx", extra=_bomb)
    _write("entities.pptx", extra=_entities)
    (HERE / "not-a-presentation.pptx").write_bytes(_word_document())
    print(f"wrote the templates in {HERE}")


Edit = Callable[[Presentation], None]


def _write(
    name: str,
    *edits: Edit,
    content_type: str = "",
    extra: Callable[[dict[str, bytes]], None] | None = None,
) -> None:
    presentation = Presentation()
    for edit in edits:
        edit(presentation)
    buffer = io.BytesIO()
    presentation.save(buffer)
    with zipfile.ZipFile(buffer) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    if content_type:
        types = parts["[Content_Types].xml"].decode()
        full = PRESENTATION_TYPE if "/" in content_type else content_type
        old = next(t for t in _content_types(types) if t.endswith(PRESENTATION_TYPE))
        parts["[Content_Types].xml"] = types.replace(
            old, content_type if "/" in content_type else old.replace(PRESENTATION_TYPE, full)
        ).encode()
    if extra:
        extra(parts)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for part_name, data in parts.items():
            target.writestr(zipfile.ZipInfo(part_name, (1980, 1, 1, 0, 0, 0)), data, 8)
    (HERE / name).write_bytes(output.getvalue())


def _content_types(types: str) -> list[str]:
    return [chunk.split('"')[0] for chunk in types.split('ContentType="')[1:]]


def _keep_layouts(name: str) -> Edit:
    def edit(presentation: Presentation) -> None:
        layouts = presentation.slide_master.slide_layouts
        for layout in list(layouts):
            if layout.name != name:
                layouts.remove(layout)

    return edit


def _master_tree(presentation: Presentation) -> etree._Element:
    return presentation.slide_master.element.xpath("./p:cSld/p:spTree")[0]


def _without_body_placeholder(presentation: Presentation) -> None:
    tree = _master_tree(presentation)
    for shape in tree.xpath("./p:sp[p:nvSpPr/p:nvPr/p:ph[@type='body']]"):
        tree.remove(shape)


def _dark(presentation: Presentation) -> None:
    _scheme(dk1="0B1A2E", lt1="F2F2F2", dk2="13294B", lt2="E7E6E6", accent1="F2B134")(presentation)
    color_map = presentation.slide_master.element.xpath("./p:clrMap")[0]
    color_map.attrib.update({"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"})


def _theme_root(master: SlideMaster) -> tuple[etree._Element, object]:
    part = master.part.part_related_by(RT.THEME)
    return etree.fromstring(part.blob), part


def _save_theme(part: object, root: etree._Element) -> None:
    part.blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # type: ignore[attr-defined]


def _scheme(**slots: str) -> Edit:
    def edit(presentation: Presentation) -> None:
        root, part = _theme_root(presentation.slide_master)
        for slot, value in slots.items():
            holder = root.find(f".//a:clrScheme/a:{slot}", NS)
            for child in list(holder):
                holder.remove(child)
            etree.SubElement(holder, f"{{{NS['a']}}}srgbClr", val=value)
        _save_theme(part, root)

    return edit


def _fonts(typeface: str) -> Edit:
    def edit(presentation: Presentation) -> None:
        root, part = _theme_root(presentation.slide_master)
        for latin in root.findall(".//a:fontScheme/*/a:latin", NS):
            latin.set("typeface", typeface)
        _save_theme(part, root)

    return edit


def _set_background(presentation: Presentation, fill: str) -> None:
    background = presentation.slide_master.element.xpath("./p:cSld/p:bg")[0]
    for child in list(background):
        background.remove(child)
    background.append(
        etree.fromstring(
            f'<p:bgPr xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}">'
            f"{fill}<a:effectLst/></p:bgPr>"
        )
    )


def _gradient_background(presentation: Presentation) -> None:
    _set_background(
        presentation,
        '<a:gradFill rotWithShape="1"><a:gsLst>'
        '<a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs>'
        '<a:gs pos="100000"><a:srgbClr val="9DB9D9"/></a:gs>'
        '</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>',
    )


def _picture_background(presentation: Presentation) -> None:
    picture = io.BytesIO()
    image = Image.new("RGB", (64, 36), "#1B2631")
    for x in range(64):
        for y in range(12):
            image.putpixel((x, y), (44, 62, 80))
    image.save(picture, "PNG")
    master = presentation.slide_master
    _, relationship_id = master.part.get_or_add_image_part(picture)
    _set_background(
        presentation,
        f'<a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="{relationship_id}"/>'
        "<a:srcRect/><a:stretch><a:fillRect/></a:stretch></a:blipFill>",
    )
    color_map = master.element.xpath("./p:clrMap")[0]
    color_map.attrib.update({"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"})
    _scheme(dk1="1B2631", lt1="FFFFFF", dk2="2C3E50", lt2="D6EAF8")(presentation)


def _macro_button(presentation: Presentation) -> None:
    """A shape on the master that runs the project's macro when clicked."""
    _master_tree(presentation).append(
        etree.fromstring(
            f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}"><p:nvSpPr>'
            '<p:cNvPr id="90" name="Run macro"><a:hlinkClick r:id="" '
            f'xmlns:r="{NS["r"]}" action="ppaction://macro?name=AutoOpen"/></p:cNvPr>'
            '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm>'
            '<a:off x="8500000" y="6300000"/><a:ext cx="500000" cy="300000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>'
        )
    )


def _vba_project(parts: dict[str, bytes]) -> None:
    parts["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "<Override ",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override ',
        1,
    ).encode()
    rels = parts["ppt/_rels/presentation.xml.rels"].decode()
    parts["ppt/_rels/presentation.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId900" Type="http://schemas.microsoft.com/office/2006/'
        'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ).encode()


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _activex_and_ole(parts: dict[str, bytes]) -> None:
    """An ActiveX button on the title layout and an embedded program on the master."""
    layout, master = "ppt/slideLayouts/slideLayout1.xml", "ppt/slideMasters/slideMaster1.xml"
    parts[layout] = parts[layout].replace(
        b"</p:spTree>",
        b'</p:spTree><p:controls><p:control name="Button1" r:id="rId90" '
        b'spid="_x0000_s1025"/></p:controls>',
        1,
    )
    ole_frame = (
        '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="91" name="Embedded program"/>'
        '<p:cNvGraphicFramePr/><p:nvPr userDrawn="1"/></p:nvGraphicFramePr><p:xfrm>'
        '<a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole">'
        '<p:oleObj progId="Package" r:id="rId91" showAsIcon="1" spid="_x0000_s1026" '
        'name="Packager Shell Object"><p:embed/></p:oleObj></a:graphicData></a:graphic>'
        "</p:graphicFrame></p:spTree>"
    )
    parts[master] = parts[master].replace(b"</p:spTree>", ole_frame.encode(), 1)
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    _relate(parts, layout, "rId90", f"{office}/control", "../activeX/activeX1.xml")
    _relate(parts, master, "rId91", f"{office}/oleObject", "../embeddings/oleObject1.bin")
    parts["ppt/activeX/activeX1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
        f'xmlns:r="{office}" ax:classid="{{D7053240-CE69-11CD-A777-00DD01143C57}}" '
        'ax:persistence="persistStorage" r:id="rId1"/>'
    ).encode()
    parts["ppt/activeX/_rels/activeX1.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
        b'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        b'Type="http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary" '
        b'Target="activeX1.bin"/></Relationships>'
    )
    parts["ppt/activeX/activeX1.bin"] = OLE_MAGIC
    parts["ppt/embeddings/oleObject1.bin"] = OLE_MAGIC
    overrides = {
        "/ppt/activeX/activeX1.xml": "application/vnd.ms-office.activeX+xml",
        "/ppt/activeX/activeX1.bin": "application/vnd.ms-office.activeX",
        "/ppt/embeddings/oleObject1.bin": "application/vnd.openxmlformats-officedocument.oleObject",
    }
    declared = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides.items()
    )
    parts["[Content_Types].xml"] = (
        parts["[Content_Types].xml"].decode().replace("</Types>", f"{declared}</Types>").encode()
    )


def _relate(parts: dict[str, bytes], source: str, rid: str, kind: str, target: str) -> None:
    folder, name = source.rsplit("/", 1)
    rels = f"{folder}/_rels/{name}.rels"
    parts[rels] = (
        parts[rels]
        .decode()
        .replace(
            "</Relationships>",
            f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/></Relationships>',
        )
        .encode()
    )


def _bomb(parts: dict[str, bytes]) -> None:
    parts["ppt/media/filler.bin"] = bytes(BOMB_BYTES)


def _entities(parts: dict[str, bytes]) -> None:
    declarations = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    theme = "ppt/theme/theme1.xml"
    body = parts[theme].split(b"?>", 1)[1]
    parts[theme] = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + f"<!DOCTYPE a:theme [{declarations}]>".encode()
        + body.replace(b'name="Office Theme"', b'name="&lol9;"', 1)
    )


def _word_document() -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            zipfile.ZipInfo("[Content_Types].xml", (1980, 1, 1, 0, 0, 0)),
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
            '/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            zipfile.ZipInfo("word/document.xml", (1980, 1, 1, 0, 0, 0)),
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Lesson plan'
            "</w:t></w:r></w:p></w:body></w:document>",
        )
    return output.getvalue()


if __name__ == "__main__":
    main()
