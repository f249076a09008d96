"""Every repository lesson built in every built-in theme, once a session, and the decks as
LibreOffice shows them, converted by one LibreOffice call.

The builds are costly (85 of them, each with its three outputs) and so is the
conversion, so every test that reads them is in one xdist group (:data:`GROUP`): one
worker builds them once, and runs all those tests.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from checks import convert_all_to_pdf
from conftest import CONTENT, LESSONS, ROOT
from lessonpress.build import build_lesson
from lessonpress.load.lesson import load_lesson
from lessonpress.model.lesson import Lesson

LESSON_FILES = sorted(CONTENT.glob("*.yaml")) + sorted(LESSONS.glob("*.yaml"))
THEMES = sorted(path.stem for path in (ROOT / "themes").glob("*.yaml"))
PAIRS = [(lesson, theme) for lesson in LESSON_FILES for theme in THEMES]
PAIR_IDS = [f"{lesson.stem}-{theme}" for lesson, theme in PAIRS]

GROUP = "every-build"
"""The xdist group of every test that reads :func:`build_every_pair`'s outputs."""


@dataclass(frozen=True)
class Built:
    """One lesson built in one theme."""

    lesson: Lesson
    handout: Path
    deck: Path
    poster: Path


def build_every_pair(folder: Path) -> dict[tuple[Path, str], Built]:
    """Every repository lesson built in every built-in theme, into ``folder``."""
    outputs: dict[tuple[Path, str], Built] = {}
    for lesson_path, theme in PAIRS:
        result = build_lesson(
            lesson_path, folder / theme / lesson_path.stem, ["handout", "deck", "poster"], theme
        )
        handout, deck, poster = result.outputs
        outputs[lesson_path, theme] = Built(load_lesson(lesson_path).lesson, handout, deck, poster)
    return outputs


def convert_every_deck(
    builds: dict[tuple[Path, str], Built], folder: Path
) -> dict[tuple[Path, str], Path]:
    """LibreOffice's PDF of every built deck, by one LibreOffice call."""
    decks = {
        pair: Path(shutil.copy(built.deck, folder / f"{pair[0].stem}-{pair[1]}.pptx"))
        for pair, built in builds.items()
    }
    pdfs = convert_all_to_pdf(list(decks.values()), folder, timeout=900)
    return dict(zip(decks, pdfs, strict=True))
