"""Make school.pptx, the school template the deck tests use.

    python tests/data/templates/make_template.py

It starts from python-pptx's blank presentation and is edited the way a school's
template differs from it, so the deck renderer meets what a real one holds:

- a look of its own: maroon and gold colour scheme, Georgia headings and Calibri
  text in the theme, 36 pt titles in the master, and a banner with the school's
  name drawn on the master;
- layouts renamed (found by their placeholders, never by name) and the
  two-column layout removed (so the renderer's fallback is exercised);
- two slides of its own, one with speaker notes and a picture, which the
  renderer must remove without leaving their parts behind, and a slide section
  naming them;
- ``mc:AlternateContent`` markup as PowerPoint writes it (a transition with a
  PowerPoint 2010 choice and a fallback) on the master and a layout.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "school.pptx"

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"

MAROON = "7A1F3D"
GOLD = "C99700"
SCHEME = {
    "dk1": "222222",
    "lt1": "FFFFFF",
    "dk2": MAROON,
    "lt2": "F4EFE6",
    "accent1": MAROON,
    "accent2": GOLD,
    "accent3": "3E6B48",
    "accent4": "2F5D8A",
    "accent5": "8A5A2F",
    "accent6": "6B6B6B",
    "hlink": "2F5D8A",
    "folHlink": "5A3E6B",
}

TRANSITION = (
    f'<mc:AlternateContent xmlns:mc="{MC}" xmlns:p14="{P14}">'
    '<mc:Choice Requires="p14">'
    f'<p:transition xmlns:p="{NS["p"]}" spd="slow" p14:dur="1200"><p14:prism/></p:transition>'
    "</mc:Choice><mc:Fallback>"
    f'<p:transition xmlns:p="{NS["p"]}" spd="slow"><p:fade/></p:transition>'
    "</mc:Fallback></mc:AlternateContent>"
)


def main() -> None:
    """Write school.pptx next to this script."""
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Inches(13.333), Inches(7.5)
    master = presentation.slide_master
    _stretch(master, presentation.slide_width / Emu(9144000))
    _theme(master)
    _master_styles(master)
    _banner(master)
    layouts = list(master.slide_layouts)
    for layout in layouts:
        _stretch(layout, presentation.slide_width / Emu(9144000))
    names = {
        "Title Slide": "Northfield Cover",
        "Title and Content": "Northfield Text",
        "Section Header": "Northfield Chapter",
        "Title Only": "Northfield Heading",
    }
    for layout in layouts:
        layout.name = names.get(layout.name, layout.name)
    _remove_layout(master, "Two Content")
    _add_transition(master._element)
    _add_transition(master.slide_layouts[1]._element)
    _own_slides(presentation)
    buffer = io.BytesIO()
    presentation.save(buffer)
    OUTPUT.write_bytes(_fixed_times(buffer.getvalue()))
    print(f"wrote {OUTPUT}")


def _stretch(slide_like: object, factor: float) -> None:
    element = slide_like._element  # type: ignore[attr-defined]
    for offset in element.xpath(".//a:off[@x]"):
        offset.set("x", str(round(int(offset.get("x")) * factor)))
    for extent in element.xpath(".//a:ext[@cx]"):
        extent.set("cx", str(round(int(extent.get("cx")) * factor)))


def _theme(master: object) -> None:
    part = master.part.part_related_by(RT.THEME)  # type: ignore[attr-defined]
    root = etree.fromstring(part.blob)
    root.set("name", "Northfield High School")
    scheme = root.find(".//a:clrScheme", NS)
    scheme.set("name", "Northfield")
    for slot, value in SCHEME.items():
        holder = scheme.find(f"a:{slot}", NS)
        for child in list(holder):
            holder.remove(child)
        etree.SubElement(holder, f"{{{NS['a']}}}srgbClr", val=value)
    fonts = root.find(".//a:fontScheme", NS)
    fonts.set("name", "Northfield")
    fonts.find("a:majorFont/a:latin", NS).set("typeface", "Georgia")
    fonts.find("a:minorFont/a:latin", NS).set("typeface", "Calibri")
    part.blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _master_styles(master: object) -> None:
    element = master._element  # type: ignore[attr-defined]
    title = element.xpath("./p:txStyles/p:titleStyle/a:lvl1pPr")[0]
    title.set("algn", "l")
    defaults = title.find("a:defRPr", NS)
    defaults.set("sz", "3600")
    color = defaults.find("a:solidFill/a:schemeClr", NS)
    color.set("val", "tx2")
    body = element.xpath("./p:txStyles/p:bodyStyle/a:lvl1pPr/a:defRPr")[0]
    body.set("sz", "2400")
    title_shape = element.xpath("./p:cSld/p:spTree/p:sp[.//p:ph[@type='title']]")[0]
    title_shape.xpath("./p:spPr/a:xfrm/a:off")[0].set("y", str(Inches(0.85)))
    title_shape.xpath("./p:spPr/a:xfrm/a:ext")[0].set("cy", str(Inches(1.2)))
    body_shape = element.xpath("./p:cSld/p:spTree/p:sp[.//p:ph[@type='body']]")[0]
    body_shape.xpath("./p:spPr/a:xfrm/a:off")[0].set("y", str(Inches(2.2)))
    body_shape.xpath("./p:spPr/a:xfrm/a:ext")[0].set("cy", str(Inches(4.6)))


def _banner(master: object) -> None:
    """A maroon banner with the school's name and a gold rule under it, on the master."""
    width = Inches(13.333)
    banner = (
        f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}"><p:nvSpPr>'
        '<p:cNvPr id="20" name="School banner"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{Inches(0.6)}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{MAROON}"/>'
        "</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>"
        f'<p:txBody><a:bodyPr lIns="{Inches(0.5)}" anchor="ctr"/><a:lstStyle/><a:p><a:r>'
        '<a:rPr lang="en-US" sz="1600"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        "</a:rPr><a:t>Northfield High School · Department of History</a:t></a:r></a:p>"
        "</p:txBody></p:sp>"
    )
    rule = (
        f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}"><p:nvSpPr>'
        '<p:cNvPr id="21" name="Gold rule"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="0" y="{Inches(0.6)}"/><a:ext cx="{width}" '
        f'cy="{Inches(0.06)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{GOLD}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        "</p:sp>"
    )
    tree = master._element.xpath("./p:cSld/p:spTree")[0]  # type: ignore[attr-defined]
    tree.insert(2, etree.fromstring(rule))
    tree.insert(2, etree.fromstring(banner))


def _remove_layout(master: object, name: str) -> None:
    for layout in master.slide_layouts:  # type: ignore[attr-defined]
        if layout.name == name:
            master.slide_layouts.remove(layout)  # type: ignore[attr-defined]
            return


def _add_transition(element: etree._Element) -> None:
    alternate = etree.fromstring(TRANSITION)
    anchor = element.find(f"{{{NS['p']}}}clrMapOvr")
    if anchor is None:
        anchor = element.find(f"{{{NS['p']}}}sldLayoutIdLst")
    if anchor is None:
        anchor = element.find(f"{{{NS['p']}}}cSld")
    anchor.addnext(alternate)
    # PowerPoint declares the markup-compatibility namespaces on the root.
    etree.cleanup_namespaces(element, top_nsmap={"mc": MC, "p14": P14})
    element.set(f"{{{MC}}}Ignorable", "p14")


def _own_slides(presentation: object) -> None:
    layouts = presentation.slide_layouts  # type: ignore[attr-defined]
    welcome = presentation.slides.add_slide(layouts[0])  # type: ignore[attr-defined]
    welcome.shapes.title.text = "Welcome to Northfield History"
    welcome.placeholders[1].text = "Replace this slide with your lesson"
    welcome.notes_slide.notes_text_frame.text = "The template's own notes: must not survive."
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), "#7A1F3D").save(picture, "PNG")
    second = presentation.slides.add_slide(layouts[1])  # type: ignore[attr-defined]
    second.shapes.title.text = "House rules"
    second.shapes.add_picture(picture, Inches(8), Inches(2.5), Inches(3))
    slide_ids = presentation.slides._sldIdLst  # type: ignore[attr-defined]
    ids = "".join(f'<p14:sldId id="{slide_id.id}"/>' for slide_id in slide_ids)
    extension = etree.fromstring(
        f'<p:extLst xmlns:p="{NS["p"]}"><p:ext uri="{{521415D9-36F7-43E2-AB2F-B90AF26B5E84}}">'
        f'<p14:sectionLst xmlns:p14="{P14}"><p14:section name="Template" '
        'id="{8A1C2F5E-0000-4000-8000-000000000001}">'
        f"<p14:sldIdLst>{ids}</p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst>"
    )
    presentation.part._element.append(extension)  # type: ignore[attr-defined]


def _fixed_times(data: bytes) -> bytes:
    """The same package with every zip entry dated 1 January 1980, so reruns match."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(
                zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), source.read(info)
            )
    return output.getvalue()


if __name__ == "__main__":
    main()
