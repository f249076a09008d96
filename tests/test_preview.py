"""Preview: PNG pictures of every page of the three outputs, and one contact sheet."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from lessonpress.cli import cli
from lessonpress.preview import PREVIEW_DPI, Previewer, RenderedOutput, render_outputs

LESSON = Path(__file__).resolve().parent / "data" / "lessons" / "minimal.yaml"


def _page_count(output: RenderedOutput) -> int:
    if output.suffix == ".pptx":
        return len(Presentation(io.BytesIO(output.content)).slides)
    return len(PdfReader(io.BytesIO(output.content)).pages)


def test_every_page_of_every_output_becomes_a_picture(tmp_path: Path) -> None:
    outputs, _ = render_outputs(LESSON)
    with Previewer(tmp_path) as previewer:
        result = previewer.write("minimal", outputs)
    assert result.skipped == ()
    for output in outputs:
        pages = sorted(tmp_path.glob(f"minimal-{output.name}-*.png"))
        assert len(pages) == _page_count(output) > 0
    handout = next(o for o in outputs if o.name == "handout")
    first_page = PdfReader(io.BytesIO(handout.content)).pages[0]
    with Image.open(tmp_path / "minimal-handout-1.png") as picture:
        assert picture.width == round(float(first_page.mediabox.width) * PREVIEW_DPI / 72)
        darkest, _ = picture.convert("L").getextrema()
        assert darkest < 100  # text was drawn, not a blank page
    with Image.open(result.contact_sheet) as sheet:
        assert sheet.height > 3 * 200  # a row of thumbnails for each of the three outputs


def test_the_slides_need_no_libreoffice_unless_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    painted = CliRunner().invoke(cli, ["preview", str(LESSON), "-o", str(tmp_path / "painted")])
    assert painted.exit_code == 0, painted.output
    assert "skipped" not in painted.output
    assert list((tmp_path / "painted").glob("minimal-deck-*.png"))
    asked = CliRunner().invoke(
        cli, ["preview", str(LESSON), "--libreoffice", "-o", str(tmp_path / "asked")]
    )
    assert asked.exit_code == 0, asked.output
    assert "preview of the deck: skipped, because LibreOffice (soffice) is not installed" in (
        asked.output
    )
    assert not list((tmp_path / "asked").glob("minimal-deck-*.png"))
    assert list((tmp_path / "asked").glob("minimal-handout-*.png")) and list(
        (tmp_path / "asked").glob("minimal-poster-1.png")
    )
    assert (tmp_path / "asked" / "minimal-contact-sheet.png").is_file()


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 100))
    for number in range(pages):
        canvas.drawString(20, 50, f"page {number + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_pictures_of_pages_an_output_no_longer_has_are_removed(tmp_path: Path) -> None:
    with Previewer(tmp_path) as previewer:
        previewer.write("lesson", [RenderedOutput("handout", ".pdf", _pdf(3))])
        previewer.write("lesson", [RenderedOutput("handout", ".pdf", _pdf(2))])
    assert sorted(path.name for path in tmp_path.glob("lesson-handout-*.png")) == [
        "lesson-handout-1.png",
        "lesson-handout-2.png",
    ]


def test_the_help_says_how_the_slides_are_drawn() -> None:
    result = CliRunner().invoke(cli, ["preview", "--help"])
    assert result.exit_code == 0
    help_text = " ".join(result.output.split())
    assert "the slides are painted by lessonpress itself" in help_text
    assert "--libreoffice" in help_text and "LibreOffice (soffice)" in help_text
