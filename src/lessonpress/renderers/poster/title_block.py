"""The poster's title block, top left: logo, title, subtitle and the author line.

The block is planned before it is drawn, so the header can weigh the title's height
against the legend's before either is on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.layout import wrap_lines_limited, wrap_text
from lessonpress.model.image_file import ImageFile
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.present import Palette
from lessonpress.renderers.pdf import draw_string, pdf_color
from lessonpress.renderers.poster.style import PRINT_DPI, TITLE_SIZE, PosterStyle
from lessonpress.renderers.tagging.poster import PosterTags

MAX_TITLE_LINES = 4
"""A title takes at most this many lines before it shrinks; only one that fits them at
no size (hundreds of characters) is cut short."""

SUBTITLE_LINES = {False: 3, True: 2}
BYLINE_LINES = {False: 2, True: 1}
"""The most lines the subtitle and the author line take, in the full header and in the
compact one; only text beyond them is cut short."""

TITLE_SHRINK_STEP = 0.9
"""How much smaller each size a long title is tried at on a large sheet is."""

LOGO_MAX_HEIGHT = 1.2 * 72
"""The tallest a logo is drawn on tabloid, in points (scaled with the page)."""


@dataclass(frozen=True, slots=True)
class Logo:
    """The theme's logo and the size it is drawn at."""

    image: ImageFile
    width: float
    height: float


ASCENT = 0.8
"""The height of capitals above the baseline, as a share of the type size."""

DESCENT = 0.25
"""The depth of descenders below the baseline, as a share of the type size."""


@dataclass(frozen=True, slots=True)
class BlockLine:
    """One line of the title block: its text, style, size, colour role, and the space
    between the descenders of the line before and its own capitals."""

    text: str
    style: str
    size: float
    color: Literal["primary", "text", "muted"]
    space_before: float


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The title block's lines, measured for one width: the title in the heading face
    and primary colour, the subtitle, then the author line in the muted colour."""

    lines: tuple[BlockLine, ...]

    @property
    def height(self) -> float:
        """From the top of the title's capitals to the bottom of the last line."""
        return self._baselines()[-1] + DESCENT * self.lines[-1].size

    def _baselines(self) -> list[float]:
        """Each line's baseline, as a distance down from the block's top."""
        baselines: list[float] = []
        depth = 0.0
        for line in self.lines:
            depth += line.space_before + ASCENT * line.size
            baselines.append(depth)
            depth += DESCENT * line.size
        return baselines

    def draw(
        self,
        canvas: Canvas,
        fonts: FontSet,
        colors: Palette,
        left: float,
        top: float,
        tags: PosterTags,
    ) -> float:
        """Draw the block with its top left at ``(left, top)``; return its bottom."""
        for line, baseline in zip(self.lines, self._baselines(), strict=True):
            canvas.setFillColor(pdf_color(getattr(colors, line.color)))
            with tags.title_block_line(canvas, line.style):
                draw_string(canvas, fonts, left, top - baseline, line.text, line.style, line.size)
        return top - self.height


def plan_title_block(
    lesson: Lesson, fonts: FontSet, style: PosterStyle, width: float, compact: bool = False
) -> TitleBlock:
    """The title block of ``lesson`` set in ``width`` points; ``compact`` keeps the title
    and subtitle to one line each."""
    fit = _one_line_title if compact else _fit_title
    size, title_lines = fit(lesson.title, width, fonts, style)
    lines = [BlockLine(text, "heading", size, "primary", 0.0) for text in title_lines]
    if lesson.subtitle:
        subtitle_size = style.subtitle_size
        most = SUBTITLE_LINES[compact]
        subtitle_lines = wrap_lines_limited(
            fonts, lesson.subtitle, "heading-regular", subtitle_size, width, most
        )
        lines += [
            BlockLine(
                text,
                "heading-regular",
                subtitle_size,
                "text",
                subtitle_size * (0.4 if index == 0 else 0.2),
            )
            for index, text in enumerate(subtitle_lines)
        ]
    byline = " · ".join(part for part in (lesson.author, lesson.course, lesson.date) if part)
    if byline:
        byline_size = style.large_size
        byline_lines = wrap_lines_limited(
            fonts, byline, "body", byline_size, width, BYLINE_LINES[compact]
        )
        lines += [
            BlockLine(
                text, "body", byline_size, "muted", byline_size * (0.5 if index == 0 else 0.2)
            )
            for index, text in enumerate(byline_lines)
        ]
    return TitleBlock(tuple(lines))


def _one_line_title(
    title: str, width: float, fonts: FontSet, style: PosterStyle
) -> tuple[float, list[str]]:
    """The title at full size on one line where it fits; a longer title is set as in
    the full block, as it is never cut."""
    if fonts.width(title, "heading", style.title_size) <= width:
        return style.title_size, [title]
    return _fit_title(title, width, fonts, style)


def _fit_title(
    title: str, width: float, fonts: FontSet, style: PosterStyle
) -> tuple[float, list[str]]:
    """The title's size and lines, whole: at full size, broken over as many lines as it
    needs up to ``MAX_TITLE_LINES``. A title longer than that on a large sheet shrinks,
    a step at a time but never below tabloid's title size (60 pt), to the largest size
    at which it fits those lines. Only a title of hundreds of characters, which fits
    them at no size, is cut short after them, so that the poster keeps its timeline."""
    size = style.title_size
    floor = min(size, TITLE_SIZE)
    while True:
        lines = wrap_text(fonts, title, "heading", size, width)
        if len(lines) <= MAX_TITLE_LINES:
            return size, lines
        if size <= floor:
            return size, wrap_lines_limited(fonts, title, "heading", size, width, MAX_TITLE_LINES)
        size = max(floor, size * TITLE_SHRINK_STEP)


def theme_logo(theme: Theme, style: PosterStyle) -> Logo | None:
    """The theme's logo sized for the poster (never enlarged past print resolution)."""
    image = theme.logo_image  # verified by the theme loader
    if image is None:
        return None
    height = min(LOGO_MAX_HEIGHT * style.scale, image.height / PRINT_DPI * 72)
    return Logo(image, height * image.width / image.height, height)


def draw_logo(canvas: Canvas, logo: Logo, left: float, top: float, max_height: float) -> None:
    """Draw ``logo`` with its top left at ``(left, top)``, no taller than ``max_height``."""
    scale = min(1.0, max_height / logo.height)
    width, height = logo.width * scale, logo.height * scale
    reader = ImageReader(logo.image.stream())
    canvas.drawImage(reader, left, top - height, width, height, mask="auto")
