"""Pictures are verified once, when the lesson and theme load, and never read again."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from lessonpress.load.images import UnreadableImage, verify_image
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.handout import HandoutRenderer
from lessonpress.renderers.poster import PosterRenderer

IMAGES = Path(__file__).resolve().parents[1] / "data" / "images"


def test_pictures_deleted_after_loading_still_appear_in_every_output(tmp_path: Path) -> None:
    shutil.copy(IMAGES / "square-800x800.png", tmp_path / "map.png")
    shutil.copy(IMAGES / "wide-1600x400.png", tmp_path / "crest.png")
    (tmp_path / "theme.yaml").write_text("extends: classic\nlogo: crest.png\n")
    (tmp_path / "lesson.yaml").write_text(
        "title: Read Once\nevents:\n"
        "  - {title: A map, date: 1917, image: {src: map.png, alt: A map}}\n"
        "  - {title: Later, date: 1920}\n"
    )
    lesson = load_lesson(tmp_path / "lesson.yaml").lesson
    theme = load_theme("theme.yaml", tmp_path)
    (tmp_path / "map.png").unlink()
    (tmp_path / "crest.png").unlink()

    deck = DeckRenderer().render(lesson, theme, RenderOptions())
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        media = [name for name in package.namelist() if name.startswith("ppt/media/")]
    assert len(media) == 2  # the picture and the logo
    for renderer in (HandoutRenderer(), PosterRenderer()):
        with pdfplumber.open(io.BytesIO(renderer.render(lesson, theme, RenderOptions()))) as pdf:
            assert len(pdf.pages[0].images) == 2, renderer.name


def test_one_file_named_twice_is_read_once(tmp_path: Path) -> None:
    shutil.copy(IMAGES / "square-800x800.png", tmp_path / "map.png")
    (tmp_path / "lesson.yaml").write_text(
        "title: T\nevents:\n  - {title: A, date: 1917, image: map.png}\n"
        "  - {title: B, date: 1918, image: ./map.png}\n"
    )
    first, second = load_lesson(tmp_path / "lesson.yaml").lesson.events
    assert first.image and second.image and first.image.file is second.image.file


def encoded(image: Image.Image, image_format: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


def test_a_truncated_jpeg_is_found_at_load() -> None:
    photo = (IMAGES / "photo-2400x1600.jpg").read_bytes()
    assert verify_image(photo).width == 2400
    with pytest.raises(UnreadableImage, match="damaged"):
        verify_image(photo[: len(photo) // 2])


def test_only_formats_every_renderer_embeds_are_accepted() -> None:
    small = Image.new("RGB", (30, 20), "#E69F00")
    for usable in ("PNG", "JPEG", "GIF"):
        assert verify_image(encoded(small, usable)).format == usable
    with pytest.raises(UnreadableImage, match="a TIFF image; lessonpress uses PNG, JPEG and GIF"):
        verify_image(encoded(small, "TIFF"))


def test_a_decompression_bomb_is_not_told_to_save_as_png() -> None:
    bomb = (
        Path(__file__).resolve().parents[1] / "data" / "bad" / "files" / "bomb.png"
    ).read_bytes()
    with pytest.raises(UnreadableImage) as caught:
        verify_image(bomb)
    assert "decompression bomb" in str(caught.value)
    assert "PNG" not in caught.value.hint
