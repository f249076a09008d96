"""Make the test pictures used by tests/data/lessons/images.yaml.

Every picture is drawn here with Pillow (nothing is downloaded), so the set can
be rebuilt at any time:

    python tests/data/images/make_images.py

Each file is a simple labelled illustration in one particular shape, mode or
format, so the renderers meet every kind of picture a teacher may add: wide,
tall, square, tiny, photo-sized, transparent, JPEG and grayscale. The files
are kept small (flat colours and gradients) so they can live in the repository.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent

# Okabe-Ito colours, as the categories use.
BLUE = (0, 114, 178)
ORANGE = (230, 159, 0)
GREEN = (0, 158, 115)
VERMILION = (213, 94, 0)
PURPLE = (204, 121, 167)
SKY = (86, 180, 233)
CREAM = (250, 246, 236)
INK = (30, 30, 30)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's built-in font at a size (no font file needed)."""
    return ImageFont.load_default(size=size)


def label(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    size: int,
    fill: tuple[int, ...] = INK,
) -> None:
    draw.text(xy, text, font=font(size), fill=fill, anchor="mm")


def gradient(
    size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]
) -> Image.Image:
    """A vertical two-colour gradient, drawn one line at a time."""
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=False))
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def wide() -> None:
    """1600x400 PNG: a banner-like timeline strip."""
    image = Image.new("RGB", (1600, 400), CREAM)
    draw = ImageDraw.Draw(image)
    draw.line([(80, 230), (1520, 230)], fill=BLUE, width=8)
    for i, colour in enumerate([BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY]):
        x = 160 + i * 256
        draw.ellipse([x - 26, 204, x + 26, 256], fill=colour, outline=INK, width=3)
    label(draw, (800, 110), "Wide picture, 1600 x 400", 64)
    label(draw, (800, 330), "a timeline strip", 40, BLUE)
    image.save(HERE / "wide-1600x400.png", optimize=True)


def tall() -> None:
    """400x1600 PNG: a column, like a scroll or a tower."""
    image = Image.new("RGB", (400, 1600), CREAM)
    draw = ImageDraw.Draw(image)
    draw.rectangle([150, 200, 250, 1450], fill=ORANGE, outline=INK, width=4)
    for y in range(260, 1450, 120):
        draw.line([(150, y), (250, y)], fill=INK, width=3)
    draw.polygon([(120, 200), (280, 200), (200, 90)], fill=VERMILION, outline=INK)
    draw.rectangle([100, 1450, 300, 1500], fill=BLUE)
    label(draw, (200, 1550), "Tall, 400 x 1600", 34)
    image.save(HERE / "tall-400x1600.png", optimize=True)


def square() -> None:
    """800x800 PNG: a simple round emblem."""
    image = Image.new("RGB", (800, 800), CREAM)
    draw = ImageDraw.Draw(image)
    draw.ellipse([100, 100, 700, 700], fill=GREEN, outline=INK, width=6)
    draw.ellipse([220, 220, 580, 580], fill=CREAM, outline=INK, width=4)
    label(draw, (400, 370), "Square", 64)
    label(draw, (400, 440), "800 x 800", 44)
    image.save(HERE / "square-800x800.png", optimize=True)


def tiny() -> None:
    """40x30 PNG: far too small to print well; it must not be blown up badly."""
    image = Image.new("RGB", (40, 30), SKY)
    draw = ImageDraw.Draw(image)
    draw.rectangle([5, 5, 34, 24], outline=INK)
    draw.line([(5, 5), (34, 24)], fill=VERMILION)
    image.save(HERE / "tiny-40x30.png", optimize=True)


def photo() -> None:
    """2400x1600 JPEG: the size a phone camera gives, as a sky-and-hills scene."""
    image = gradient((2400, 1600), (120, 180, 225), (250, 236, 205))
    draw = ImageDraw.Draw(image)
    draw.ellipse([1750, 220, 2050, 520], fill=(250, 210, 110))
    draw.polygon(
        [(0, 1150), (600, 820), (1150, 1080), (1700, 760), (2400, 1100), (2400, 1600), (0, 1600)],
        fill=(70, 130, 90),
    )
    draw.polygon(
        [(0, 1350), (900, 1150), (1800, 1330), (2400, 1250), (2400, 1600), (0, 1600)],
        fill=(40, 95, 65),
    )
    label(draw, (1200, 1480), "Photo-sized JPEG, 2400 x 1600", 80, CREAM)
    image.save(HERE / "photo-2400x1600.jpg", quality=80, optimize=True)


def transparent() -> None:
    """600x400 PNG with an alpha channel: the shape floats on any background."""
    image = Image.new("RGBA", (600, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([40, 40, 360, 360], fill=(*BLUE, 255))
    draw.ellipse([240, 40, 560, 360], fill=(*ORANGE, 160))
    draw.text((300, 380), "Transparent PNG", font=font(30), fill=(*INK, 255), anchor="ms")
    image.save(HERE / "transparent-600x400.png", optimize=True)


def jpeg() -> None:
    """1024x768 JPEG (4:3), a slide-shaped picture."""
    image = gradient((1024, 768), (235, 232, 222), (205, 215, 230))
    draw = ImageDraw.Draw(image)
    for i, colour in enumerate([BLUE, ORANGE, GREEN, VERMILION]):
        x = 140 + i * 200
        height = 160 + i * 90
        draw.rectangle([x, 640 - height, x + 140, 640], fill=colour, outline=INK, width=3)
    draw.line([(100, 640), (940, 640)], fill=INK, width=4)
    label(draw, (512, 90), "JPEG, 1024 x 768", 56)
    image.save(HERE / "chart-1024x768.jpg", quality=80, optimize=True)


def grayscale() -> None:
    """900x600 grayscale (mode L) PNG, like an old photograph."""
    image = Image.new("L", (900, 600), 225)
    draw = ImageDraw.Draw(image)
    for x in range(0, 900, 6):
        shade = 120 + round(80 * x / 900)
        draw.line([(x, 380), (x, 600)], fill=shade, width=6)
    draw.rectangle([300, 170, 600, 380], fill=90, outline=20, width=4)
    draw.polygon([(280, 170), (620, 170), (450, 70)], fill=60)
    draw.rectangle([420, 290, 480, 380], fill=30)
    draw.text((450, 540), "Grayscale, 900 x 600", font=font(40), fill=20, anchor="mm")
    image.save(HERE / "grayscale-900x600.png", optimize=True)


def main() -> None:
    for make in (wide, tall, square, tiny, photo, transparent, jpeg, grayscale):
        make()
    total = 0
    for path in sorted(HERE.glob("*.png")) + sorted(HERE.glob("*.jpg")):
        with Image.open(path) as image:
            print(
                f"{path.name:28} {image.size[0]:>5} x {image.size[1]:<5} {image.mode:5}"
                f" {path.stat().st_size:>8} bytes"
            )
        total += path.stat().st_size
    print(f"{'total':28} {total:>30} bytes")


if __name__ == "__main__":
    main()
