"""The default master: python-pptx's blank design restyled from a lessonpress theme.

Everything that makes the look is put where PowerPoint keeps it, so that a teacher
who edits the master edits the deck: the colours in the theme's colour scheme, the
typeface in its font scheme, the type sizes and title colour in the master's text
styles, and the placement of titles, text and pictures in the slide layouts. The
title slide's band and the era slides' coloured background belong to their layouts.
"""

from __future__ import annotations

from lxml import etree
from pptx.enum.text import MSO_ANCHOR
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.presentation import Presentation
from pptx.shapes.placeholder import LayoutPlaceholder
from pptx.slide import SlideLayout
from pptx.util import Emu

from lessonpress.model.theme import Theme
from lessonpress.present import Plan
from lessonpress.renderers.deck.colors import SCHEME_SLOTS, palette_scheme
from lessonpress.renderers.deck.geometry import (
    ACCENT_BAND,
    SLIDE_SIZES,
    Box,
    DefaultGeometry,
    default_geometry,
    inches,
)
from lessonpress.renderers.deck.markup import attribute, element, one_line, replace_child, xpath
from lessonpress.renderers.deck.placeholders import layout_placeholders
from lessonpress.renderers.deck.sizes import TypeSizes

TEXT_INSETS = (inches(0.1), inches(0.05), inches(0.1), inches(0.05))
ANCHORS = {"t": MSO_ANCHOR.TOP, "b": MSO_ANCHOR.BOTTOM}


def restyle_default_master(presentation: Presentation, plan: Plan, sizes: TypeSizes) -> None:
    """Turn python-pptx's default master into the plan's look, at its theme's aspect."""
    theme = plan.theme
    scheme, color_map = palette_scheme(plan.palette, theme.colors.palette)
    width, height = SLIDE_SIZES[theme.deck.aspect]
    old_width = int(presentation.slide_width or width)
    presentation.slide_width, presentation.slide_height = Emu(width), Emu(height)
    size_element = presentation.element.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}sldSz"
    )
    if size_element is not None:
        size_element.attrib.pop("type", None)
        if theme.deck.aspect == "4:3":
            size_element.set("type", "screen4x3")
    master = presentation.slide_master
    for part_element in (master.element, *(layout.element for layout in master.slide_layouts)):
        _stretch_horizontally(part_element, width / old_width)
    _write_theme(master.part.part_related_by(RT.THEME), theme, scheme)
    clr_map = xpath(master.element, "./p:clrMap")[0]
    clr_map.attrib.update(color_map)
    _write_text_styles(master.element, sizes)
    geometry = default_geometry(width, height)
    layouts = {layout.element.get("type"): layout for layout in master.slide_layouts}
    _restyle_content_layouts(layouts, geometry)
    _restyle_cover(layouts["title"], geometry, sizes, theme)
    _restyle_section(layouts["secHead"], geometry, sizes, plan)


def _stretch_horizontally(part_element: etree._Element, factor: float) -> None:
    for offset in xpath(part_element, ".//p:cSld//a:off[@x]"):
        offset.set("x", str(round(int(offset.get("x")) * factor)))
    for extent in xpath(part_element, ".//p:cSld//a:ext[@cx]"):
        extent.set("cx", str(round(int(extent.get("cx")) * factor)))


def _write_theme(theme_part: Part, theme: Theme, scheme: dict[str, str]) -> None:
    """Put the colour ``scheme`` and the deck's typeface into the theme part."""
    root = etree.fromstring(theme_part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    name = one_line(f"lessonpress {theme.name}")
    root.set("name", name)
    color_scheme = _theme_element(root, ".//a:clrScheme", ns)
    color_scheme.set("name", name)
    for slot in SCHEME_SLOTS:
        holder = _theme_element(color_scheme, f"a:{slot}", ns)
        for child in list(holder):
            holder.remove(child)
        etree.SubElement(holder, f"{{{ns['a']}}}srgbClr", val=scheme[slot].lstrip("#").upper())
    font_scheme = _theme_element(root, ".//a:fontScheme", ns)
    typeface = one_line(theme.deck.font)
    font_scheme.set("name", f"lessonpress {typeface}")
    for latin in font_scheme.findall("./*/a:latin", ns):
        latin.set("typeface", typeface)
    theme_part.blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _write_text_styles(master: etree._Element, sizes: TypeSizes) -> None:
    title_level = xpath(master, "./p:txStyles/p:titleStyle/a:lvl1pPr")[0]
    title_level.set("algn", "l")
    replace_child(
        title_level,
        element(
            f'<a:defRPr sz="{sizes.hundredths(sizes.title)}" b="1" kern="1200">'
            '<a:solidFill><a:schemeClr val="tx2"/></a:solidFill>'
            '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
            "</a:defRPr>"
        ),
    )
    for depth, level in enumerate(xpath(master, "./p:txStyles/p:bodyStyle/*")):
        size = sizes.body if depth < 2 else max(sizes.minimum, sizes.body - 2 * (depth - 1))
        defaults = level.find("{http://schemas.openxmlformats.org/drawingml/2006/main}defRPr")
        if defaults is not None:
            defaults.set("sz", str(sizes.hundredths(size)))


def _restyle_content_layouts(
    layouts: dict[str | None, SlideLayout], geometry: DefaultGeometry
) -> None:
    for kind in ("obj", "twoObj", "titleOnly"):
        layout = layouts[kind]
        placeholders = _placeholders(layout)
        title_box = geometry.short_title if kind == "titleOnly" else geometry.title
        _place(placeholders["title"], title_box, anchor="b")
        if kind == "obj":
            _place(placeholders["1"], geometry.body, anchor="t")
        elif kind == "twoObj":
            _place(placeholders["1"], geometry.left_column, anchor="t")
            _place(placeholders["2"], geometry.right_column, anchor="t")


def _restyle_cover(
    layout: SlideLayout, geometry: DefaultGeometry, sizes: TypeSizes, theme: Theme
) -> None:
    placeholders = _placeholders(layout)
    _place(
        placeholders["ctrTitle"],
        geometry.cover_title,
        anchor="b",
        level=(
            f'<a:lvl1pPr algn="l"><a:defRPr sz="{sizes.hundredths(sizes.cover_title)}"/>'
            "</a:lvl1pPr>"
        ),
    )
    _place(
        placeholders["subTitle"],
        geometry.cover_subtitle,
        anchor="t",
        level=(
            '<a:lvl1pPr marL="0" indent="0" algn="l"><a:buNone/>'
            f'<a:defRPr sz="{sizes.hundredths(sizes.body)}">'
            '<a:solidFill><a:schemeClr val="accent2"/></a:solidFill></a:defRPr></a:lvl1pPr>'
        ),
    )
    band_width = ACCENT_BAND if theme.large_fills else inches(0.08)
    _add_decoration(layout, "Accent band", Box(0, 0, band_width, geometry.slide.height), "tx2")


def _restyle_section(
    layout: SlideLayout,
    geometry: DefaultGeometry,
    sizes: TypeSizes,
    plan: Plan,
) -> None:
    placeholders = _placeholders(layout)
    text_slot = "tx2"
    palette = plan.palette
    if palette.large_fills:
        # The era slide is filled with the primary colour; its text takes whichever of
        # the background and text colours reads better on it.
        on_primary = palette.text_on(palette.primary)
        text_slot = "bg1" if on_primary == palette.background else "tx1"
        background_xml = (
            '<p:bg><p:bgPr><a:solidFill><a:schemeClr val="tx2"/></a:solidFill>'
            "<a:effectLst/></p:bgPr></p:bg>"
        )
        c_sld = xpath(layout.element, "./p:cSld")[0]
        c_sld.insert(0, element(background_xml))
    else:
        # A short rule in the primary colour between the era's name and its dates.
        middle = (geometry.section_title.bottom + geometry.section_body.y) // 2
        rule = Box(geometry.section_body.x, middle - inches(0.03), inches(3), inches(0.06))
        _add_decoration(layout, "Rule", rule, "tx2")
    color = f'<a:solidFill><a:schemeClr val="{text_slot}"/></a:solidFill>'
    _place(
        placeholders["title"],
        geometry.section_title,
        anchor="b",
        level=(
            f'<a:lvl1pPr algn="l"><a:defRPr sz="{sizes.hundredths(sizes.section_title)}" b="1" '
            f'cap="none">{color}</a:defRPr></a:lvl1pPr>'
        ),
    )
    _place(
        placeholders["body"],
        geometry.section_body,
        anchor="t",
        level=(
            '<a:lvl1pPr marL="0" indent="0"><a:buNone/>'
            f'<a:defRPr sz="{sizes.hundredths(sizes.body)}">{color}</a:defRPr></a:lvl1pPr>'
        ),
    )


def _theme_element(parent: etree._Element, path: str, ns: dict[str, str]) -> etree._Element:
    """The element at ``path`` in a theme part, which every theme has."""
    found = parent.find(path, ns)
    if found is None:
        raise ValueError(f"the deck's theme part has no {path.removeprefix('.//')}")
    return found


def _placeholders(layout: SlideLayout) -> dict[str, LayoutPlaceholder]:
    """A layout's placeholders by type, and by index for the untyped ones."""
    found: dict[str, LayoutPlaceholder] = {}
    for shape in layout_placeholders(layout):
        ph = xpath(shape.element, "./p:nvSpPr/p:nvPr/p:ph")[0]
        found[ph.get("type") or ph.get("idx", "")] = shape
        if ph.get("idx"):
            found.setdefault(ph.get("idx"), shape)
    return found


def _place(shape: LayoutPlaceholder, box: Box, anchor: str, level: str | None = None) -> None:
    """Give a layout placeholder its box, anchor, insets and (optionally) first-level style."""
    shape.left, shape.top, shape.width, shape.height = box.x, box.y, box.width, box.height
    frame = shape.text_frame
    frame.margin_left, frame.margin_top, frame.margin_right, frame.margin_bottom = TEXT_INSETS
    frame.vertical_anchor = ANCHORS[anchor]
    # python-pptx has no list styles: the first level's defaults are DrawingML.
    list_style = xpath(shape.element, "./p:txBody/a:lstStyle")[0]
    for child in list(list_style):
        list_style.remove(child)
    if level is not None:
        list_style.append(element(level))


def _add_decoration(layout: SlideLayout, name: str, box: Box, slot: str) -> None:
    tree = xpath(layout.element, "./p:cSld/p:spTree")[0]
    shape_id = 1 + max(int(value) for value in xpath(tree, ".//@id") if str(value).isdigit())
    decoration = element(
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={attribute(name)}/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{box.x}" y="{box.y}"/><a:ext cx="{box.width}" '
        f'cy="{box.height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="{slot}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/>'
        '<a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
    )
    # Behind the placeholders: right after the group properties.
    tree.insert(2, decoration)
