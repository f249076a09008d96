"""The palette: every role of every built-in theme reads at its contrast level on each
medium, grayscale themes paint only grays, and a dark theme has one primary on paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names, load_theme
from lessonpress.model.colors import (
    ENHANCED_TEXT_CONTRAST,
    GRAPHIC_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    to_rgb,
)
from lessonpress.present import Medium, Palette, palette_for, present
from lessonpress.present.palette import PAPER, TEXT_ROLES
from lessonpress.renderers.timeline_items import timeline_content

THEMES = builtin_theme_names()
MEDIUMS: tuple[Medium, ...] = ("paper", "screen")


def palette(theme: str, medium: Medium) -> Palette:
    return palette_for(load_theme(theme, Path.cwd()), medium)


@pytest.mark.parametrize("medium", MEDIUMS)
@pytest.mark.parametrize("theme", THEMES)
def test_every_text_role_reads_on_the_ground(theme: str, medium: Medium) -> None:
    """Each text role meets the palette's level on its ground and the call-out's fill; the
    level is WCAG AA at least, and AAA in the high-contrast theme."""
    colors = palette(theme, medium)
    assert colors.text_contrast >= (
        ENHANCED_TEXT_CONTRAST if theme == "high-contrast" else TEXT_CONTRAST
    )
    faint = {
        role: round(contrast_ratio(getattr(colors, role), colors.background), 2)
        for role in TEXT_ROLES
        if contrast_ratio(getattr(colors, role), colors.background) < colors.text_contrast
    }
    assert faint == {}
    if colors.callout_fill:
        assert contrast_ratio(colors.text, colors.callout_fill) >= TEXT_CONTRAST
        assert contrast_ratio(colors.accent, colors.callout_fill) >= colors.text_contrast


@pytest.mark.parametrize("medium", MEDIUMS)
@pytest.mark.parametrize("theme", THEMES)
def test_every_marker_and_era_name_shows(theme: str, medium: Medium) -> None:
    """A category colour of the theme's, however pale, keeps a marker visible (by its fill
    or its outline), and an era's name reads on its band."""
    loaded = load_theme(theme, Path.cwd())
    colors = palette_for(loaded, medium)
    for fill in (colors.ink(color) for color in loaded.colors.palette):
        outline = colors.marker_outline(fill)
        shown = max(
            contrast_ratio(fill, colors.background), contrast_ratio(outline, colors.background)
        )
        assert shown >= GRAPHIC_CONTRAST, fill
        name = colors.band_text(fill)
        assert contrast_ratio(name, colors.band_fill(fill)) >= colors.text_contrast, fill


def test_paper_is_white_whatever_the_theme() -> None:
    assert {palette(theme, "paper").background for theme in THEMES} == {PAPER}
    assert palette("chalkboard", "screen").background == "#1F2B25"


def is_gray(color: str) -> bool:
    red, green, blue = to_rgb(color)
    return red == green == blue


def test_a_grayscale_theme_grays_the_lessons_own_colours() -> None:
    """``grayscale: true`` grays the lesson's category colours too; the categories then
    keep apart by marker shape."""
    lesson = load_lesson(LESSONS / "images.yaml").lesson
    assert not any(is_gray(category.color or "#000000") for category in lesson.categories.values())
    plan = present(lesson, load_theme("ink-saver", Path.cwd()), "deck")
    colors = [getattr(plan.palette, role) for role in (*TEXT_ROLES, "surface", "rule")]
    assert all(map(is_gray, colors))
    assert all(is_gray(entry.color) for entry in plan.legend)
    assert len({entry.marker for entry in plan.legend}) == len(plan.legend)


def test_a_dark_theme_has_one_primary_on_paper() -> None:
    """Chalkboard's handout inks its headings in the board colour: the strip's eras and
    uncategorised markers use that same primary, not the chalk primary meant for a
    dark screen."""
    lesson = load_lesson(EXAMPLE).lesson
    theme = load_theme("chalkboard", Path.cwd())
    plan = present(lesson, theme, "handout")
    content = timeline_content(plan)
    assert plan.palette.primary != theme.colors.primary
    assert {era.color for era in content.eras} <= {plan.palette.primary, plan.palette.secondary}
    assert plan.palette.primary in {era.color for era in content.eras}
