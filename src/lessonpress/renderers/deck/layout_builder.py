"""Slide layouts a school's master lacks, built on that master.

Many templates have no layout with a title and a text area (only a title slide, or
only a blank one). The deck then gets the layout it needs as PowerPoint would draw
it: a new layout part on the template's master, whose placeholders take their
position from the master's own title and text placeholders where it has them, and
their colours, fonts and background from the master, so the template's look is kept.
"""

from __future__ import annotations

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import SlideLayoutPart
from pptx.slide import SlideLayout, SlideMaster

from lessonpress.renderers.deck.geometry import Box, default_geometry, inches
from lessonpress.renderers.deck.markup import NAMESPACES, attribute, element, xpath
from lessonpress.renderers.deck.placeholders import integer, shape_box

FIRST_LAYOUT_ID = 2_147_483_648
"""Slide master and layout ids start here (ECMA-376 part 1, 19.2.1.26)."""

_DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


def add_content_layout(master: SlideMaster) -> SlideLayout:
    """A "Title and Content" layout added to ``master``."""
    title, body = _content_boxes(master)
    shapes = _placeholder("Title 1", 2, '<p:ph type="title"/>', title) + _placeholder(
        "Content Placeholder 2", 3, '<p:ph idx="1"/>', body
    )
    return _add_layout(master, "obj", "Title and Content", shapes)


def add_cover_layout(master: SlideMaster) -> SlideLayout:
    """A "Title Slide" layout (title and subtitle) added to ``master``."""
    width, height = _slide_size(master)
    geometry = default_geometry(width, height)
    no_bullet = '<a:lvl1pPr marL="0" indent="0"><a:buNone/></a:lvl1pPr>'
    shapes = _placeholder(
        "Title 1", 2, '<p:ph type="ctrTitle"/>', geometry.cover_title, anchor="b"
    ) + _placeholder(
        "Subtitle 2", 3, '<p:ph type="subTitle" idx="1"/>', geometry.cover_subtitle, no_bullet
    )
    return _add_layout(master, "title", "Title Slide", shapes)


def _content_boxes(master: SlideMaster) -> tuple[Box | None, Box | None]:
    """Where the new layout's title and text go: ``None`` where the master's own
    placeholder gives the place (the layout then inherits it).

    The master's places are kept when its title stands above its text; a text area
    is put under a master's lone title when there is room. Otherwise (no title, or a
    title beside the text as some masters keep it) both take the default places.
    """
    title = _master_box(master, "title")
    body = _master_box(master, "body")
    geometry = default_geometry(*_slide_size(master))
    if title is not None and body is not None and _stacked(title, body):
        return None, None
    if title is not None and body is None:
        top = title.bottom + inches(0.15)
        below = Box(title.x, top, title.width, geometry.body.bottom - top)
        if below.height >= geometry.slide.height // 3:
            return None, below
    return geometry.title, geometry.body


def _stacked(title: Box, body: Box) -> bool:
    """Whether ``title`` stands above ``body``, over the same columns."""
    above = title.bottom <= body.y + inches(0.1)
    overlapping = min(title.right, body.right) - max(title.x, body.x) > body.width // 2
    return above and overlapping


def _master_box(master: SlideMaster, kind: str) -> Box | None:
    path = f"./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph[@type='{kind}']]"
    for shape in xpath(master.element, path):
        box = shape_box(shape)
        if box is not None:
            return box
    return None


def _slide_size(master: SlideMaster) -> tuple[int, int]:
    presentation = master.part.package.presentation_part.presentation
    return int(presentation.slide_width or 12_192_000), int(presentation.slide_height or 6_858_000)


def _placeholder(
    name: str, shape_id: int, ph: str, box: Box | None, levels: str = "", anchor: str = ""
) -> str:
    xfrm = (
        f'<a:xfrm><a:off x="{box.x}" y="{box.y}"/><a:ext cx="{box.width}" cy="{box.height}"/>'
        "</a:xfrm>"
        if box
        else ""
    )
    body_properties = f'<a:bodyPr anchor="{anchor}"/>' if anchor else "<a:bodyPr/>"
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={attribute(name)}/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
        f"<p:spPr>{xfrm}</p:spPr><p:txBody>{body_properties}<a:lstStyle>{levels}</a:lstStyle>"
        '<a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
    )


def _add_layout(master: SlideMaster, kind: str, name: str, shapes: str) -> SlideLayout:
    layout_xml = (
        f'<p:sldLayout {_DECLARATIONS} type="{kind}" preserve="1">'
        f"<p:cSld name={attribute(name)}><p:spTree>"
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        f"<p:grpSpPr/>{shapes}</p:spTree></p:cSld>"
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
    package = master.part.package
    partname = package.next_partname("/ppt/slideLayouts/slideLayout%d.xml")
    layout_part = SlideLayoutPart.load(partname, CT.PML_SLIDE_LAYOUT, package, layout_xml.encode())
    layout_part.relate_to(master.part, RT.SLIDE_MASTER)
    relationship_id = master.part.relate_to(layout_part, RT.SLIDE_LAYOUT)
    layout_ids = master.element.get_or_add_sldLayoutIdLst()
    entry = element(f'<p:sldLayoutId id="{_next_layout_id(master)}" r:id="{relationship_id}"/>')
    layout_ids.append(entry)
    layout: SlideLayout = layout_part.slide_layout  # python-pptx leaves this unannotated
    return layout


def _next_layout_id(master: SlideMaster) -> int:
    """An id above every slide master's and layout's id in the presentation."""
    presentation = master.part.package.presentation_part.presentation
    used = [integer(value, 0) for value in xpath(presentation.element, ".//p:sldMasterId/@id")]
    for each in presentation.slide_masters:
        used += [integer(value, 0) for value in xpath(each.element, ".//p:sldLayoutId/@id")]
    return max([FIRST_LAYOUT_ID - 1, *used]) + 1
