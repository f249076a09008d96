"""Fonts: shipped families, metric-compatible deck fonts, per-character fallback."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from lessonpress.fonts import (
    FONT_STYLES,
    METRIC_EQUIVALENTS,
    FontNotFoundError,
    FontSet,
    builtin_families,
    resolve_family,
)
from lessonpress.load.theme import builtin_theme_names, load_theme
from lessonpress.model.theme import FontSpec

HISTORIC_CYRILLIC = "Ѡ"
"""Cyrillic omega, of Old Church Slavonic: in Liberation Sans, not in Source Sans 3."""

SAMPLES = {
    "latin": "Grüße, façade, Łódź, Ørsted",
    "cyrillic": "Отношения СССР и США, ёжик",
    "greek": "Ἀθῆναι, ἀρετή, Σωκράτης",
}


def test_every_shipped_family_has_its_four_files() -> None:
    for family in builtin_families().values():
        for face in ("regular", "bold", "italic", "bold_italic"):
            assert family.file(face).is_file(), (family.name, face)


def test_deck_typefaces_are_measured_with_metric_compatible_fonts() -> None:
    assert resolve_family(FontSpec(family="Arial")).name == "Liberation Sans"
    assert resolve_family(FontSpec(family="Calibri")).name == "Carlito"
    assert set(METRIC_EQUIVALENTS) >= {"arial", "calibri"}


def test_an_unknown_family_without_files_is_refused() -> None:
    with pytest.raises(FontNotFoundError, match="Papyrus"):
        resolve_family(FontSpec(family="Papyrus"))


@pytest.mark.parametrize("theme_name", builtin_theme_names())
@pytest.mark.parametrize("style", sorted(FONT_STYLES))
@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_every_character_of_three_scripts_has_a_glyph(
    theme_name: str, style: str, script: str
) -> None:
    fonts = FontSet.for_theme(load_theme(theme_name))
    text = SAMPLES[script]
    segments = fonts.segments(text, style)
    assert "".join(part for part, _ in segments) == text
    for part, font_name in segments:
        glyphs = pdfmetrics.getFont(font_name).face.charToGlyph
        for character in part.replace(" ", ""):
            assert ord(character) in glyphs, (character, font_name)


@pytest.mark.parametrize("style", sorted(FONT_STYLES))
def test_the_default_family_sets_three_scripts_in_one_face(style: str) -> None:
    fonts = FontSet.for_theme(load_theme("classic"))
    text = " ".join(SAMPLES.values())
    assert fonts.segments(text, style) == [(text, fonts.font_name(style))]
    assert fonts.font_name(style).startswith("LP-SourceSans3-")


def test_a_character_the_default_family_lacks_falls_back_to_one_that_has_it() -> None:
    fonts = FontSet.for_theme(load_theme("classic"))
    [(_, font_name)] = fonts.segments(HISTORIC_CYRILLIC, "body-italic")
    assert font_name == "LP-LiberationSans-Italic"


def test_a_theme_naming_source_sans_pro_gets_its_successor() -> None:
    assert resolve_family(FontSpec(family="Source Sans Pro")).name == "Source Sans 3"


def test_widths_include_fallback_runs() -> None:
    fonts = FontSet.for_theme(load_theme("modern"))
    assert fonts.width("Ἀθῆναι", "heading", 12) > 0
    assert fonts.width("", "body", 12) == 0


def test_widths_are_reportlabs_own_measure_of_each_run() -> None:
    fonts = FontSet.for_theme(load_theme("classic"))
    text = " ".join((*SAMPLES.values(), HISTORIC_CYRILLIC))
    for style in ("body", "body-italic", "heading"):
        runs = fonts.segments(text, style)
        assert len(runs) > 1  # a fallback run is measured too
        expected = sum(pdfmetrics.stringWidth(part, name, 11) for part, name in runs)
        assert fonts.width(text, style, 11) == pytest.approx(expected, abs=1e-9)


def test_text_in_one_face_is_one_run_and_runs_change_only_where_the_face_does() -> None:
    fonts = FontSet.for_theme(load_theme("classic"))
    latin = "Treaty of Brest-Litovsk " * 5_000
    assert fonts.segments(latin, "body") == [(latin, fonts.font_name("body"))]
    italic, fallback = fonts.font_name("body-italic"), "LP-LiberationSans-Italic"
    omega = HISTORIC_CYRILLIC
    assert fonts.segments(f"Мир {omega}{omega} Мир {omega}", "body-italic") == [
        ("Мир ", italic),
        (omega * 2, fallback),
        (" Мир ", italic),
        (omega, fallback),
    ]
