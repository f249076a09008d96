"""The slides of a built deck painted page by page into a PDF, one slide to a page.

For each slide: its background (its own, else its layout's, else its master's),
then the master's and the layout's own shapes unless the slide or layout hides them,
then the slide's shapes in their stacking order. Shapes are autoshapes, text boxes,
pictures, connectors, groups and tables; their place, outline, fill and text
styles are inherited along the placeholder chain (:mod:`.styles`). Charts and
other embedded objects are not drawn.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from io import BytesIO

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.slide import Slide, SlideLayout, SlideMaster
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from lessonpress.preview_slides.colors import NS, A, ColorScheme, P, Rgba, xpath
from lessonpress.preview_slides.fills import (
    EMU_PER_POINT,
    Box,
    Fill,
    ImageLoader,
    NoFill,
    PictureFill,
    SolidFill,
    draw_image,
    fill_of,
    paint_fill,
    paint_stroke,
    read_fill,
    read_stroke,
)
from lessonpress.preview_slides.geometry import is_line, shape_path
from lessonpress.preview_slides.styles import Inheritance, PlaceholderKey, first_child
from lessonpress.preview_slides.text import FrameStyle, TextStyler, paint_text

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PICTURE_PIXELS_PER_POINT = 2.0
"""Pictures are reduced to this many pixels per point of their size on the slide
before they go into the PDF: sharp at preview size, and cheap to encode."""
FIRST_BACKGROUND_STYLE = 1001


@dataclass(frozen=True, slots=True)
class _Transform:
    """Maps a group's child coordinates (EMU) to the slide's (EMU)."""

    offset_x: float = 0.0
    offset_y: float = 0.0
    child_x: float = 0.0
    child_y: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    def box(self, x: float, y: float, width: float, height: float) -> Box:
        """A child box in points on the slide."""
        return Box(
            (self.offset_x + (x - self.child_x) * self.scale_x) / EMU_PER_POINT,
            (self.offset_y + (y - self.child_y) * self.scale_y) / EMU_PER_POINT,
            width * self.scale_x / EMU_PER_POINT,
            height * self.scale_y / EMU_PER_POINT,
        )

    def inside(self, group: etree._Element) -> _Transform:
        """The transform of the children of ``group``'s ``a:xfrm``."""
        xfrm = group.find(f"{{{P}}}grpSpPr/{{{A}}}xfrm")
        if xfrm is None:
            return self
        x, y, width, height = _xfrm_numbers(xfrm)
        child_offset = xfrm.find(f"{{{A}}}chOff")
        child_extent = xfrm.find(f"{{{A}}}chExt")
        child_x = _int(child_offset.get("x")) if child_offset is not None else x
        child_y = _int(child_offset.get("y")) if child_offset is not None else y
        child_width = _int(child_extent.get("cx")) if child_extent is not None else width
        child_height = _int(child_extent.get("cy")) if child_extent is not None else height
        scale_x = width / child_width if child_width else 1.0
        scale_y = height / child_height if child_height else 1.0
        return _Transform(
            self.offset_x + (x - self.child_x) * self.scale_x,
            self.offset_y + (y - self.child_y) * self.scale_y,
            child_x,
            child_y,
            self.scale_x * scale_x,
            self.scale_y * scale_y,
        )


@dataclass(frozen=True, slots=True)
class _MasterLooks:
    """A master's theme: its colours through the master's map, and its two fonts."""

    theme: etree._Element
    theme_part: Part
    scheme: ColorScheme
    major_font: str
    minor_font: str


class DeckPainter:
    """Paints every slide of a PPTX's bytes into one PDF."""

    def __init__(self, pptx: bytes) -> None:
        self._presentation = Presentation(BytesIO(pptx))
        self.width = (self._presentation.slide_width or 12192000) / EMU_PER_POINT
        self.height = (self._presentation.slide_height or 6858000) / EMU_PER_POINT
        self._images: dict[tuple[str, int, int], Image.Image | None] = {}
        self._looks: dict[str, _MasterLooks] = {}
        self._inheritances: dict[str, Inheritance] = {}
        presentation = self._presentation.element
        self._default_text_style = presentation.find(f"{{{P}}}defaultTextStyle")

    @property
    def slide_count(self) -> int:
        """How many slides the deck has."""
        return len(self._presentation.slides)

    def slide_keys(self) -> list[bytes]:
        """For each slide, a digest of everything its picture depends on: its own XML, its
        layout's, master's and theme's, the deck's default text style and size, and the
        pictures they show. Two slides with the same key paint the same."""
        digests: dict[str, bytes] = {}

        def digest(part: Part) -> bytes:
            key = str(part.partname)
            if key not in digests:
                hashed = hashlib.blake2b(digest_size=16)
                hashed.update(part.blob)  # an XML part's blob is its XML as it stands
                for relationship in part.rels.values():
                    if not relationship.is_external and relationship.reltype == RT.IMAGE:
                        hashed.update(relationship.rId.encode())
                        hashed.update(hashlib.blake2b(relationship.target_part.blob).digest())
                digests[key] = hashed.digest()
            return digests[key]

        shared = hashlib.blake2b(digest_size=16)
        shared.update(f"{self.width}x{self.height}".encode())
        if self._default_text_style is not None:
            shared.update(etree.tostring(self._default_text_style))
        keys = []
        for slide in self._presentation.slides:
            layout = slide.slide_layout
            master = layout.slide_master
            hashed = shared.copy()
            for part in (slide.part, layout.part, master.part):
                hashed.update(digest(part))
            hashed.update(digest(master.part.part_related_by(RT.THEME)))
            keys.append(hashed.digest())
        return keys

    def pdf(self, only: Collection[int] | None = None) -> bytes:
        """The PDF of the slides, one page each at the slide's size; with ``only``, of
        the slides of those indexes (from 0) alone, in order."""
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=(self.width, self.height), pageCompression=0)
        for index, slide in enumerate(self._presentation.slides):
            if only is not None and index not in only:
                continue
            canvas.saveState()
            # Slides measure from the top left, downwards; so does this canvas.
            canvas.transform(1, 0, 0, -1, 0, self.height)
            _SlidePainter(self, canvas, slide).paint()
            canvas.restoreState()
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def master_looks(self, master: SlideMaster) -> _MasterLooks:
        """The theme of ``master``: read once for all its slides."""
        key = str(master.part.partname)
        if key not in self._looks:
            theme_part = master.part.part_related_by(RT.THEME)
            theme = etree.fromstring(theme_part.blob)
            scheme = ColorScheme.of_theme(theme, master.element.find(f"{{{P}}}clrMap"))
            fonts = [
                theme.find(f"./a:themeElements/a:fontScheme/a:{kind}/a:latin", NS)
                for kind in ("majorFont", "minorFont")
            ]
            major, minor = (
                font.get("typeface", "Calibri") if font is not None else "Calibri" for font in fonts
            )
            self._looks[key] = _MasterLooks(theme, theme_part, scheme, major, minor)
        return self._looks[key]

    def inheritance(self, layout: SlideLayout) -> Inheritance:
        """What the placeholders of slides on ``layout`` inherit: found once per layout."""
        key = str(layout.part.partname)
        if key not in self._inheritances:
            self._inheritances[key] = Inheritance(
                layout.element, layout.slide_master.element, self._default_text_style
            )
        return self._inheritances[key]

    def image(self, part: Part, relationship: str, box: Box | None) -> Image.Image | None:
        """The picture ``part`` relates to by ``relationship``, no larger than ``box`` needs."""
        try:
            image_part = part.related_part(relationship)
        except KeyError:
            return None
        limit_x = round((box.width if box else self.width) * PICTURE_PIXELS_PER_POINT)
        limit_y = round((box.height if box else self.height) * PICTURE_PIXELS_PER_POINT)
        key = (str(image_part.partname), limit_x, limit_y)
        if key not in self._images:
            self._images[key] = _decoded(image_part.blob, max(limit_x, 1), max(limit_y, 1))
        return self._images[key]


class _SlidePainter:
    """Paints one slide: its background, its layout's and master's shapes, its own."""

    def __init__(self, deck: DeckPainter, canvas: Canvas, slide: Slide) -> None:
        self._deck = deck
        self._canvas = canvas
        layout = slide.slide_layout
        master = layout.slide_master
        self._levels: dict[str, tuple[Part, etree._Element]] = {
            "slide": (slide.part, slide.element),
            "layout": (layout.part, layout.element),
            "master": (master.part, master.element),
        }
        looks = deck.master_looks(master)
        self._theme, self._theme_part = looks.theme, looks.theme_part
        scheme = looks.scheme
        for level in ("layout", "slide"):
            scheme = scheme.overridden(self._levels[level][1].find(f"{{{P}}}clrMapOvr"))
        self._scheme = scheme
        self._major_font, self._minor_font = looks.major_font, looks.minor_font
        self._inheritance = deck.inheritance(layout)

    def paint(self) -> None:
        self._paint_background()
        slide_tree, layout_tree = self._levels["slide"][1], self._levels["layout"][1]
        if slide_tree.get("showMasterSp") != "0":
            if layout_tree.get("showMasterSp") != "0":
                self._paint_tree("master", only_decoration=True)
            self._paint_tree("layout", only_decoration=True)
        self._paint_tree("slide", only_decoration=False)

    def _paint_background(self) -> None:
        """White, under the fill of the nearest background: the slide's, layout's, master's."""
        box = Box(0.0, 0.0, self._deck.width, self._deck.height)
        self._canvas.setFillColorRGB(1, 1, 1)
        self._canvas.rect(0, 0, box.width, box.height, stroke=0, fill=1)
        for part, tree in self._levels.values():
            background = tree.find(f"{{{P}}}cSld/{{{P}}}bg")
            fill = self._background_fill(background, part) if background is not None else None
            if fill is not None:
                paint_fill(self._canvas, shape_path(None, box), fill, box)
                return

    def _background_fill(self, background: etree._Element, part: Part) -> Fill | None:
        box = Box(0.0, 0.0, self._deck.width, self._deck.height)
        images = self._image_loader(part, box)
        properties = background.find(f"{{{P}}}bgPr")
        if properties is not None:
            return read_fill(properties, self._scheme, images)
        reference = background.find(f"{{{P}}}bgRef")
        if reference is None:
            return None
        index = _int(reference.get("idx"))
        color = self._scheme.color_in(reference)
        if index >= FIRST_BACKGROUND_STYLE:
            styles = "bgFillStyleLst"
            index -= FIRST_BACKGROUND_STYLE
        else:
            styles, index = "fillStyleLst", index - 1
        found = xpath(self._theme, f"./a:themeElements/a:fmtScheme/a:{styles}/*")
        if 0 <= index < len(found):
            theme_images = self._image_loader(self._theme_part, box)
            return fill_of(found[index], self._scheme, theme_images, color)
        return None if color is None else SolidFill(color)

    def _paint_tree(self, level: str, only_decoration: bool) -> None:
        part, tree = self._levels[level]
        shapes = tree.find(f"{{{P}}}cSld/{{{P}}}spTree")
        if shapes is None:
            return
        for shape in _children(shapes):
            if only_decoration and PlaceholderKey.of(shape) is not None:
                continue
            self._paint_shape(shape, level, part, _Transform())

    def _paint_shape(
        self, shape: etree._Element, level: str, part: Part, transform: _Transform
    ) -> None:
        properties = next(iter(shape), None)
        identity = properties.find(f"{{{P}}}cNvPr") if properties is not None else None
        if identity is not None and identity.get("hidden") in ("1", "true"):
            return
        name = etree.QName(shape).localname
        if name == "grpSp":
            inner = transform.inside(shape)
            for child in _children(shape):
                self._paint_shape(child, level, part, inner)
            return
        if name not in ("sp", "pic", "cxnSp", "graphicFrame"):
            return
        ancestors = self._inheritance.ancestors(shape, level)
        box, xfrm = self._box(shape, ancestors, transform)
        if box is None or not self._on_slide(box):
            return
        canvas = self._canvas
        canvas.saveState()
        _apply_rotation(canvas, xfrm, box)
        if name == "graphicFrame":
            self._paint_table(shape, part, box)
        else:
            self._paint_outline_and_fill(shape, ancestors, part, box)
            if name == "sp":
                self._paint_text(shape, ancestors, box)
        canvas.restoreState()

    def _box(
        self, shape: etree._Element, ancestors: list[etree._Element], transform: _Transform
    ) -> tuple[Box | None, etree._Element | None]:
        for element in (shape, *ancestors):
            xfrm = element.find(f"{{{P}}}spPr/{{{A}}}xfrm")
            if xfrm is None:
                xfrm = element.find(f"{{{P}}}xfrm")  # a graphic frame's
            if xfrm is not None and xfrm.find(f"{{{A}}}off") is not None:
                return transform.box(*_xfrm_numbers(xfrm)), xfrm
        return None, None

    def _on_slide(self, box: Box) -> bool:
        return (
            box.right > 0
            and box.bottom > 0
            and box.left < self._deck.width
            and box.top < self._deck.height
        )

    def _paint_outline_and_fill(
        self, shape: etree._Element, ancestors: list[etree._Element], part: Part, box: Box
    ) -> None:
        found = [e.find(f"{{{P}}}spPr") for e in (shape, *ancestors)]
        properties = [p for p in found if p is not None]
        geometry = first_child(properties, "a:prstGeom")
        if geometry is None:
            geometry = first_child(properties, "a:custGeom")
        path = shape_path(geometry, box)
        style = shape.find(f"{{{P}}}style")
        images = self._image_loader(part, box)
        picture = shape.find(f"{{{P}}}blipFill")
        if picture is not None:
            fill: Fill | None = fill_of(picture, self._scheme, images)
        else:
            fill = next(
                (
                    f
                    for f in (read_fill(p, self._scheme, images) for p in properties)
                    if f is not None
                ),
                None,
            )
            if fill is None and style is not None:
                fill = self._style_fill(style.find(f"{{{A}}}fillRef"), images)
        if fill is not None and not isinstance(fill, NoFill) and not is_line(geometry):
            if isinstance(fill, PictureFill) and geometry is None:
                draw_image(self._canvas, fill.image, fill.crop, box)
            else:
                paint_fill(self._canvas, path, fill, box)
        line = first_child(properties, "a:ln")
        style_color, style_width = self._style_line(style)
        stroke = read_stroke(line, self._scheme, style_color, style_width)
        if stroke is not None and stroke.width > 0:
            paint_stroke(self._canvas, path, stroke)

    def _style_fill(self, reference: etree._Element | None, images: ImageLoader) -> Fill | None:
        if reference is None:
            return None
        index = _int(reference.get("idx"))
        color = self._scheme.color_in(reference)
        styles = xpath(self._theme, "./a:themeElements/a:fmtScheme/a:fillStyleLst/*")
        if index == 0:
            return None
        if 1 <= index <= len(styles):
            return fill_of(styles[index - 1], self._scheme, images, color)
        return None if color is None else SolidFill(color)

    def _style_line(self, style: etree._Element | None) -> tuple[Rgba | None, float | None]:
        reference = style.find(f"{{{A}}}lnRef") if style is not None else None
        if reference is None or _int(reference.get("idx")) == 0:
            return None, None
        color = self._scheme.color_in(reference)
        lines = xpath(self._theme, "./a:themeElements/a:fmtScheme/a:lnStyleLst/a:ln")
        index = _int(reference.get("idx")) - 1
        width = None
        if 0 <= index < len(lines) and lines[index].get("w"):
            width = _int(lines[index].get("w")) / EMU_PER_POINT
        return color, width

    def _styler(self, shape: etree._Element) -> TextStyler:
        style = shape.find(f"{{{P}}}style")
        reference = style.find(f"{{{A}}}fontRef") if style is not None else None
        color = self._scheme.color_in(reference) if reference is not None else None
        return TextStyler(self._scheme, self._major_font, self._minor_font, color)

    def _paint_text(self, shape: etree._Element, ancestors: list[etree._Element], box: Box) -> None:
        body = shape.find(f"{{{P}}}txBody")
        if body is None or not "".join(map(str, body.itertext())).strip():
            return
        bodies = [e.find(f"{{{P}}}txBody/{{{A}}}bodyPr") for e in (*reversed(ancestors), shape)]
        styler = self._styler(shape)
        frame = styler.frame([b for b in bodies if b is not None])
        styles = self._inheritance.list_styles(shape, ancestors)
        paint_text(self._canvas, styler.paragraphs(body, styles, frame), frame, box)

    def _paint_table(self, frame: etree._Element, part: Part, box: Box) -> None:
        table = frame.find(f"{{{A}}}graphic/{{{A}}}graphicData/{{{A}}}tbl")
        if table is None:
            return
        widths = [
            _int(c.get("w")) / EMU_PER_POINT
            for c in table.iterfind(f"{{{A}}}tblGrid/{{{A}}}gridCol")
        ]
        styler = TextStyler(self._scheme, self._major_font, self._minor_font, None)
        top = box.top
        for row in table.iterfind(f"{{{A}}}tr"):
            height = _int(row.get("h")) / EMU_PER_POINT
            left = box.left
            for column, cell in enumerate(row.iterfind(f"{{{A}}}tc")):
                span = _int(cell.get("gridSpan")) or 1
                width = sum(widths[column : column + span])
                if cell.get("hMerge") or cell.get("vMerge"):
                    left += widths[column] if column < len(widths) else 0.0
                    continue
                cell_box = Box(left, top, width, height)
                self._paint_cell(cell, cell_box, part, styler)
                left += widths[column] if column < len(widths) else 0.0
            top += height

    def _paint_cell(self, cell: etree._Element, box: Box, part: Part, styler: TextStyler) -> None:
        properties = cell.find(f"{{{A}}}tcPr")
        path = shape_path(None, box)
        fill = read_fill(properties, self._scheme, self._image_loader(part, box))
        if fill is not None:
            paint_fill(self._canvas, path, fill, box)
        if properties is not None:
            for side in ("lnL", "lnR", "lnT", "lnB"):
                stroke = read_stroke(properties.find(f"{{{A}}}{side}"), self._scheme, None, None)
                if stroke is not None:
                    paint_stroke(self._canvas, _edge(box, side), stroke)
        body = cell.find(f"{{{A}}}txBody")
        if body is None:
            return
        margins = properties if properties is not None else cell
        insets = tuple(
            _int(margins.get(name)) / EMU_PER_POINT if margins.get(name) else default
            for name, default in (("marL", 7.2), ("marT", 3.6), ("marR", 7.2), ("marB", 3.6))
        )
        anchor = (properties.get("anchor") if properties is not None else None) or "t"
        frame = FrameStyle((insets[0], insets[1], insets[2], insets[3]), anchor, True, 1.0, 0.0)
        styles = [
            s
            for s in (self._deck._default_text_style, body.find(f"{{{A}}}lstStyle"))
            if s is not None
        ]
        paint_text(self._canvas, styler.paragraphs(body, styles, frame), frame, box)

    def _image_loader(self, part: Part, box: Box) -> Callable[[str], Image.Image | None]:
        return lambda relationship: self._deck.image(part, relationship, box)


def _children(tree: etree._Element) -> list[etree._Element]:
    """The shapes of a shape tree or group, with ``mc:AlternateContent`` resolved to its
    fallback."""
    shapes = []
    for child in tree:
        if child.tag == f"{{{MC}}}AlternateContent":
            fallback = child.find(f"{{{MC}}}Fallback")
            if fallback is not None:
                shapes += list(fallback)
        elif etree.QName(child).namespace == P:
            shapes.append(child)
    return shapes


def _apply_rotation(canvas: Canvas, xfrm: etree._Element | None, box: Box) -> None:
    """Rotate and flip the canvas about ``box``'s centre as the shape's ``a:xfrm`` says."""
    if xfrm is None:
        return
    rotation = _int(xfrm.get("rot")) / 60000
    flip_h = xfrm.get("flipH") in ("1", "true")
    flip_v = xfrm.get("flipV") in ("1", "true")
    if not rotation and not flip_h and not flip_v:
        return
    center_x, center_y = box.left + box.width / 2, box.top + box.height / 2
    canvas.translate(center_x, center_y)
    if rotation:
        canvas.rotate(rotation)
    canvas.scale(-1 if flip_h else 1, -1 if flip_v else 1)
    canvas.translate(-center_x, -center_y)


def _edge(box: Box, side: str) -> PDFPathObject:
    path = PDFPathObject()
    start, end = {
        "lnL": ((box.left, box.top), (box.left, box.bottom)),
        "lnR": ((box.right, box.top), (box.right, box.bottom)),
        "lnT": ((box.left, box.top), (box.right, box.top)),
        "lnB": ((box.left, box.bottom), (box.right, box.bottom)),
    }[side]
    path.moveTo(*start)
    path.lineTo(*end)
    return path


def _decoded(blob: bytes, limit_x: int, limit_y: int) -> Image.Image | None:
    """A picture's pixels, reduced to at most ``limit_x`` by ``limit_y``; None if unreadable."""
    image: Image.Image
    try:
        image = Image.open(BytesIO(blob))
        image.draft("RGB", (limit_x, limit_y))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert(
            "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
        )
    if image.width > limit_x * 1.5 or image.height > limit_y * 1.5:
        image = image.copy()
        image.thumbnail((limit_x, limit_y), Image.Resampling.BILINEAR)
    return image


def _xfrm_numbers(xfrm: etree._Element) -> tuple[float, float, float, float]:
    offset, extent = xfrm.find(f"{{{A}}}off"), xfrm.find(f"{{{A}}}ext")
    x = _int(offset.get("x")) if offset is not None else 0
    y = _int(offset.get("y")) if offset is not None else 0
    width = _int(extent.get("cx")) if extent is not None else 0
    height = _int(extent.get("cy")) if extent is not None else 0
    return float(x), float(y), float(width), float(height)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
