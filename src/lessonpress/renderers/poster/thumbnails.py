"""Event pictures as small thumbnails beside their labels, where the timeline has room.

The layout engine places labels but keeps no room for pictures, so this module moves
nothing: for each label whose event has a picture it tries a few spots right next to
the label (beyond it, away from the axis; then to its right; then to its left), at a
size that grows with a sparse timeline's larger labels and then at the usual one, and
takes the first that touches no label, bar, tick label, era name, leader line, other
thumbnail or the axis area, stays inside the timeline's bounds, and is nearer its own
label than any other (so a picture never reads as its neighbour's). A very wide or
tall picture keeps a readable short side and grows along its long one. A picture
with no free spot is not shown; the handout and the deck still carry it.

A thumbnail is never enlarged past the picture's resolution at ``PRINT_DPI``, and the
picture is scaled down to that resolution before it is embedded, so a 2400-pixel photo
does not weigh down the file.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from lessonpress.layout import EventLabel, TimelineLayout, segment_crosses_rect
from lessonpress.layout.geometry import Rect, Segment
from lessonpress.model.lesson import ImageFile
from lessonpress.present import Palette
from lessonpress.renderers.pdf import pdf_color
from lessonpress.renderers.poster.style import PRINT_DPI, PosterStyle
from lessonpress.renderers.tagging.poster import PosterTags
from lessonpress.renderers.timeline_items import TimelineContent

THUMBNAIL_HEIGHT = 0.8 * 72
"""The height of a thumbnail on tabloid, in points (scaled with the page)."""

MAX_ASPECT = 1.6
"""The widest a thumbnail gets, as a multiple of its height; wider pictures are lower."""

MIN_THUMBNAIL_SIDE = 0.35 * 72
"""A picture too small to fill this (scaled) at print resolution is not shown."""

LONGEST_SIDE = 1.6 * 72
"""The longest side of a very wide or tall picture's thumbnail, on tabloid."""


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """A picture and the box it is drawn in."""

    image: ImageFile
    box: Rect
    key: str
    """The key of the event the picture is of."""


def place_thumbnails(
    layout: TimelineLayout, content: TimelineContent, style: PosterStyle
) -> list[Thumbnail]:
    """A thumbnail for each event picture that has a free spot beside its label."""
    taken = [*layout.collision_boxes(), _axis_zone(layout, style)]
    leaders = [segment for label in layout.labels for segment in label.leader_segments]
    placed: list[Thumbnail] = []
    # Pictures grow with the labels of a sparse timeline, set further up the type scale,
    # where they have room; else they keep the usual size.
    growths = sorted({max(1.0, layout.sizes.title / style.body_size), 1.0}, reverse=True)
    for label in layout.labels:
        image = content.item(label.key).image
        if image is None:
            continue
        sizes = [size for growth in growths if (size := thumbnail_size(image, style, growth))]
        spots = (box for size in sizes for box in _candidates(label, *size, style.gap))
        box = next(
            (
                box
                for box in spots
                if _is_free(box, layout.bounds, taken, leaders)
                and _nearest_label_is(label, box, layout.labels)
            ),
            None,
        )
        if box is not None:
            placed.append(Thumbnail(image, box, label.key))
            taken.append(box)
    return placed


def thumbnail_size(
    image: ImageFile, style: PosterStyle, growth: float = 1.0
) -> tuple[float, float] | None:
    """Width and height of ``image``'s thumbnail, ``growth`` times the usual height, or
    ``None`` when it would be too small to show anything."""
    aspect = image.width / image.height
    height = THUMBNAIL_HEIGHT * style.scale * growth
    width = height * aspect
    if width > height * MAX_ASPECT:
        width = height * MAX_ASPECT
        height = width / aspect
    # A very wide or very tall picture keeps its shortest side readable and grows
    # along its long one, up to LONGEST_SIDE.
    shortest = MIN_THUMBNAIL_SIDE * style.scale
    if min(width, height) < shortest:
        scale_up = shortest / min(width, height)
        width, height = width * scale_up, height * scale_up
        if max(width, height) > LONGEST_SIDE * style.scale * growth:
            return None
    largest_width = image.width / PRINT_DPI * 72
    if width > largest_width:
        width, height = largest_width, largest_width / aspect
    if min(width, height) < shortest:
        return None
    return width, height


def draw_thumbnails(
    canvas: Canvas,
    thumbnails: list[Thumbnail],
    style: PosterStyle,
    colors: Palette,
    tags: PosterTags,
) -> None:
    """Draw each thumbnail with a hairline frame in the muted colour."""
    canvas.saveState()
    canvas.setStrokeColor(pdf_color(colors.muted))
    canvas.setLineWidth(style.hairline)
    for thumbnail in thumbnails:
        box = thumbnail.box
        reader = _print_resolution(thumbnail.image, box.width)
        with tags.picture(canvas, thumbnail.key):
            canvas.drawImage(reader, box.x, box.y, box.width, box.height, mask="auto")
        canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
    canvas.restoreState()


def _print_resolution(image: ImageFile, width: float) -> ImageReader:
    """The picture, scaled down (never up) to ``PRINT_DPI`` at ``width`` points."""
    with PILImage.open(image.stream()) as source:
        picture = source.convert("RGBA" if _has_alpha(source) else "RGB")
    pixels_wide = max(1, math.ceil(width / 72 * PRINT_DPI))
    if pixels_wide < picture.width:
        pixels_high = max(1, round(picture.height * pixels_wide / picture.width))
        picture = picture.resize((pixels_wide, pixels_high), PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def _has_alpha(image: PILImage.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _candidates(label: EventLabel, width: float, height: float, gap: float) -> list[Rect]:
    """Spots beside ``label``: beyond it (away from the axis), at its left edge then at
    its right; right of it, then left of it, each at its far edge then its near one."""
    box = label.box
    if label.side == "above":
        beyond_y = box.top + gap
        beside_ys = (box.top - height, box.bottom)
    else:
        beyond_y = box.bottom - gap - height
        beside_ys = (box.bottom, box.top - height)
    return [
        Rect(box.left, beyond_y, width, height),
        Rect(box.right - width, beyond_y, width, height),
        *(Rect(box.right + gap, y, width, height) for y in beside_ys),
        *(Rect(box.left - gap - width, y, width, height) for y in beside_ys),
    ]


def _axis_zone(layout: TimelineLayout, style: PosterStyle) -> Rect:
    """The band around the axis that holds its markers, bars, ticks and era names."""
    axis = layout.axis
    clearance = style.marker_radius * 3
    tops = [axis.y + clearance, *(bar.bar.top for bar in layout.bars)]
    bottoms = [axis.y - clearance, *(tick.label_box.bottom for tick in layout.ticks)]
    tops += [era.band.top for era in layout.eras]
    bottoms += [era.band.bottom for era in layout.eras]
    bounds = layout.bounds
    return Rect.from_edges(bounds.left, min(bottoms), bounds.right, max(tops))


def _nearest_label_is(label: EventLabel, box: Rect, labels: Sequence[EventLabel]) -> bool:
    """Whether ``label`` is the label nearest ``box``: a picture must read as its own
    event's, not as the one whose label it happens to sit beside."""
    own = _distance(box, label.box)
    return all(_distance(box, other.box) > own for other in labels if other is not label)


def _distance(first: Rect, second: Rect) -> float:
    """The shortest distance between two boxes (0 when they touch or overlap)."""
    across = max(0.0, first.left - second.right, second.left - first.right)
    along = max(0.0, first.bottom - second.top, second.bottom - first.top)
    return math.hypot(across, along)


def _is_free(box: Rect, bounds: Rect, taken: list[Rect], leaders: list[Segment]) -> bool:
    return (
        bounds.contains(box)
        and not any(box.intersects(other) for other in taken)
        and not any(segment_crosses_rect(leader, box) for leader in leaders)
    )
