"""Print how the deck's list slides use their room, for every repository lesson.

Run: python benchmarks/deck_lists_benchmark.py [THEME ...]   (default: classic)

For each lesson and theme, one line per list (objectives, discussion questions, key
terms, sources): how many slides it takes, the mean share of those slides' area that
nothing touches (one-inch cells inside the half-inch margins, as the deck tests count
it), the smallest body size and the most lines in one column, all read from
LibreOffice's PDF of the deck.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from lessonpress.build import build_lesson
from lessonpress.load.lesson import load_lesson
from lessonpress.present.words import words_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from checks import convert_all_to_pdf
from deck_reading import SlideRead, read_deck

ROOT = Path(__file__).resolve().parents[1]

LESSONS = sorted((ROOT / "content").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "data" / "lessons").glob("*.yaml")
)


def list_titles(lesson_path: Path) -> dict[str, str]:
    """The lesson's list slide titles, in its language, by a short name for each list."""
    words = words_for(load_lesson(lesson_path).lesson.language)
    return {
        "objectives": words.objectives,
        "questions": words.discussion_questions,
        "key terms": words.glossary,
        "sources": words.sources,
    }


def theme_argument(theme: str) -> str:
    """A built-in theme's name, or a theme file given by a path relative to the root."""
    path = ROOT / theme
    return str(path) if path.suffix == ".yaml" and path.is_file() else theme


def main() -> None:
    """Build every lesson's deck in each theme asked for and print its lists' figures."""
    themes = sys.argv[1:] or ["classic"]
    folder = Path(tempfile.mkdtemp(prefix="lessonpress-lists-"))
    try:
        decks: list[tuple[Path, str, Path]] = []
        for theme in themes:
            for lesson_path in LESSONS:
                out = folder / Path(theme).stem / lesson_path.stem
                [deck] = build_lesson(lesson_path, out, ["deck"], theme_argument(theme)).outputs
                copy = folder / f"{lesson_path.stem}-{Path(theme).stem}.pptx"
                decks.append((lesson_path, theme, Path(shutil.copy(deck, copy))))
        pdfs = convert_all_to_pdf([deck for _, _, deck in decks], folder, timeout=900)
        totals: dict[str, list[float]] = {}
        print(f"{'lesson':<24} {'theme':<12} {'list':<11} slides  empty  min pt  lines")
        for (lesson_path, theme, deck), pdf in zip(decks, pdfs, strict=True):
            slides = list(read_deck(deck, pdf))
            for name, title in list_titles(lesson_path).items():
                shown = [slide for slide in slides if _is_titled(slide, title)]
                if not shown:
                    continue
                empty = sum(slide.empty_share for slide in shown) / len(shown)
                smallest = min((min(s.body_sizes) for s in shown if s.body_sizes), default=0.0)
                lines = max(slide.body_lines for slide in shown)
                print(
                    f"{lesson_path.stem:<24} {Path(theme).stem:<12} {name:<11} "
                    f"{len(shown):>6}  {empty:>5.0%}  {smallest:>6.1f}  {lines:>5}"
                )
                totals.setdefault(name, []).extend([len(shown), empty])
        print()
        for name, figures in totals.items():
            counts, empties = figures[0::2], figures[1::2]
            print(
                f"{name:<11} {int(sum(counts)):>4} slides in {len(counts)} decks, "
                f"mean empty {sum(empties) / len(empties):.0%}"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _is_titled(slide: SlideRead, title: str) -> bool:
    """Whether ``slide`` is one of the list slides titled ``title`` (continued or not)."""
    text = slide.title.casefold()
    return text == title.casefold() or text.startswith(f"{title.casefold()} (")


if __name__ == "__main__":
    main()
