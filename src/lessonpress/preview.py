"""PNG pictures of a lesson's outputs, and one contact sheet of them all.

PDF pages are drawn with pypdfium2 (PDFium, bundled with the wheel: no system
program needed). A deck's slides are painted by lessonpress's own slide painter
(:mod:`lessonpress.preview_slides`), which reads the built PPTX and takes tenths of
a second; on request (``libreoffice=True``, ``lessonpress preview --libreoffice``)
they are converted by LibreOffice (``soffice``) instead, to see them exactly as an
office program draws them, which takes seconds; without LibreOffice the deck is
then skipped and the result says why.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFont

from lessonpress.build import default_formats, resolve_theme, write_atomically
from lessonpress.errors import Problem
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import theme_warnings
from lessonpress.renderers.base import RenderOptions, load_renderers

if TYPE_CHECKING:
    from lessonpress.preview_slides.pictures import SlidePictures

PREVIEW_DPI = 60
"""Resolution of the page pictures: enough to read headings and judge a layout."""

SHEET_ROW_HEIGHT = 220
SHEET_MARGIN = 16
SHEET_LABEL_HEIGHT = 30
SHEET_MAX_WIDTH = 1800
"""Thumbnails wrap onto another line beyond this width, so the sheet fits a screen."""
SOFFICE_TIMEOUT_SECONDS = 180


@dataclass(frozen=True, slots=True)
class RenderedOutput:
    """One output's finished bytes, as a renderer made them."""

    name: str
    suffix: str
    content: bytes


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """The page pictures and contact sheet written, and the outputs that were skipped."""

    pages: tuple[Path, ...]
    contact_sheet: Path
    skipped: tuple[str, ...]


class Previewer:
    """Writes page pictures of rendered outputs; keeps LibreOffice's profile between calls.

    A watch session makes one and calls :meth:`write` after every rebuild. The deck is
    painted by the slide painter unless ``libreoffice`` is set, repainting only the
    slides a rebuild changed; LibreOffice starts much faster the second time with the
    profile it made the first.
    """

    def __init__(
        self, output_dir: Path, dpi: int = PREVIEW_DPI, *, libreoffice: bool = False
    ) -> None:
        self.output_dir = output_dir
        self.dpi = dpi
        self.libreoffice = libreoffice
        self._slides: SlidePictures | None = None
        self._workspace = tempfile.TemporaryDirectory(prefix="lessonpress-preview-")

    def close(self) -> None:
        """Remove the temporary files, LibreOffice's profile among them."""
        self._workspace.cleanup()

    def __enter__(self) -> Previewer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def write(self, stem: str, outputs: Sequence[RenderedOutput]) -> PreviewResult:
        """Write ``<stem>-<output>-<page>.png`` for every page, and ``<stem>-contact-sheet.png``."""
        self.output_dir.mkdir(parents=True, exist_ok=True)
        rows: list[tuple[str, list[Image.Image]]] = []
        written: list[Path] = []
        skipped: list[str] = []
        for output in outputs:
            try:
                pages = self._pages(output)
            except PreviewUnavailable as reason:
                skipped.append(f"{output.name}: {reason}")
                continue
            paths = [
                self.output_dir / f"{stem}-{output.name}-{n}.png" for n in range(1, len(pages) + 1)
            ]
            for path, page in zip(paths, pages, strict=True):
                write_atomically(path, _png(page))
            _remove_stale_pages(self.output_dir, f"{stem}-{output.name}-", paths)
            written += paths
            rows.append((output.name, pages))
        sheet = self.output_dir / f"{stem}-contact-sheet.png"
        write_atomically(sheet, _png(contact_sheet(rows)))
        return PreviewResult(tuple(written), sheet, tuple(skipped))

    def _pages(self, output: RenderedOutput) -> list[Image.Image]:
        if output.suffix == ".pdf":
            return pdf_pages(output.content, self.dpi)
        if output.suffix == ".pptx" and self.libreoffice:
            return pdf_pages(self._deck_pdf(output.content), self.dpi)
        if output.suffix == ".pptx":
            if self._slides is None:
                from lessonpress.preview_slides.pictures import SlidePictures

                self._slides = SlidePictures(self.dpi)
            return self._slides.pages(output.content)[0]
        raise PreviewUnavailable(f"no preview for {output.suffix} files")

    def _deck_pdf(self, pptx: bytes) -> bytes:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            raise PreviewUnavailable(
                "skipped, because LibreOffice (soffice) is not installed; install it to "
                "preview the deck (apt-get install libreoffice-impress)"
            )
        folder = Path(self._workspace.name)
        deck = folder / "deck.pptx"
        deck.write_bytes(pptx)
        profile = (folder / "libreoffice-profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(deck),
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=SOFFICE_TIMEOUT_SECONDS, check=True
            )
        except subprocess.TimeoutExpired:
            raise PreviewUnavailable("skipped, because LibreOffice took too long") from None
        except subprocess.CalledProcessError as error:
            detail = error.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["?"]
            raise PreviewUnavailable(f"skipped, because LibreOffice failed: {detail[0]}") from None
        pdf = folder / "deck.pdf"
        if not pdf.is_file():
            raise PreviewUnavailable("skipped, because LibreOffice wrote no PDF")
        content = pdf.read_bytes()
        pdf.unlink()
        return content


class PreviewUnavailable(Exception):
    """Why one output has no preview."""


def pdf_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[Image.Image]:
    """Every page of a PDF as a picture, drawn by PDFium."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            pages.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            page.close()
        return pages
    finally:
        document.close()


def deck_pages(pptx: bytes, dpi: int = PREVIEW_DPI) -> list[Image.Image]:
    """Every slide of a deck as a picture, painted without LibreOffice."""
    from lessonpress.preview_slides import slides_pdf

    return pdf_pages(slides_pdf(pptx), dpi)


def contact_sheet(rows: Iterable[tuple[str, list[Image.Image]]]) -> Image.Image:
    """One picture: each output's label, then its page thumbnails in wrapped lines."""
    from lessonpress.fonts import default_family

    font = ImageFont.truetype(str(default_family().bold), 18)
    placed: list[tuple[str, tuple[int, int], list[tuple[Image.Image, tuple[int, int]]]]] = []
    top, widest = SHEET_MARGIN, 320
    for label, pages in rows:
        label_position = (SHEET_MARGIN, top)
        top += SHEET_LABEL_HEIGHT
        left, positions = SHEET_MARGIN, []
        for page in (_thumbnail(page, SHEET_ROW_HEIGHT) for page in pages):
            if left > SHEET_MARGIN and left + page.width > SHEET_MAX_WIDTH:
                left, top = SHEET_MARGIN, top + SHEET_ROW_HEIGHT + SHEET_MARGIN
            positions.append((page, (left, top)))
            left += page.width + SHEET_MARGIN
            widest = max(widest, left)
        top += SHEET_ROW_HEIGHT + SHEET_MARGIN
        placed.append((f"{label} ({len(pages)})", label_position, positions))
    sheet = Image.new("RGB", (widest, top), "#E8E8E8")
    draw = ImageDraw.Draw(sheet)
    for label, label_position, positions in placed:
        draw.text(label_position, label, fill="#222222", font=font)
        for page, (left, page_top) in positions:
            sheet.paste(page, (left, page_top))
            box = (left - 1, page_top - 1, left + page.width, page_top + page.height)
            draw.rectangle(box, outline="#999999")
    return sheet


def _thumbnail(page: Image.Image, height: int) -> Image.Image:
    scale = height / page.height
    return page.resize((max(1, round(page.width * scale)), height), Image.Resampling.LANCZOS)


def _png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def _remove_stale_pages(folder: Path, prefix: str, current: list[Path]) -> None:
    """Delete pictures of pages an earlier, longer version of the output had."""
    keep = set(current)
    for path in folder.glob(f"{prefix}*.png"):
        number = path.stem[len(prefix) :]
        if number.isdigit() and path not in keep:
            path.unlink(missing_ok=True)


def render_outputs(
    lesson_path: Path,
    theme_reference: str | None = None,
    formats: Sequence[str] | None = None,
    options: RenderOptions | None = None,
) -> tuple[list[RenderedOutput], list[Problem]]:
    """Load a lesson and render its outputs in memory: the outputs, and the warnings."""
    loaded = load_lesson(lesson_path)
    theme = resolve_theme(loaded, theme_reference)
    outputs = [
        RenderedOutput(r.name, r.suffix, r.render(loaded.lesson, theme, options or RenderOptions()))
        for r in load_renderers(list(formats or default_formats()))
    ]
    return outputs, [*loaded.warnings, *theme_warnings(theme)]


def preview_lesson(
    lesson_path: Path,
    output_dir: Path,
    theme_reference: str | None = None,
    formats: Sequence[str] | None = None,
    *,
    libreoffice: bool = False,
) -> tuple[PreviewResult, list[Problem]]:
    """Render a lesson's outputs and write their page pictures and contact sheet.

    The deck is painted by the slide painter, or converted by LibreOffice if
    ``libreoffice`` is set.
    """
    outputs, warnings = render_outputs(lesson_path, theme_reference, formats)
    with Previewer(output_dir, libreoffice=libreoffice) as previewer:
        return previewer.write(lesson_path.stem, outputs), warnings
