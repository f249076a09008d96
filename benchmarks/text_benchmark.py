"""Print how the handout's and the deck's render times grow with the length of one text.

Run: python benchmarks/text_benchmark.py [--largest CHARACTERS]

Each lesson has one event whose text is generated prose of 1 KB to 1 MB, in
paragraphs of about 2,000 characters each or, in the ``one paragraph`` rows, as a
single paragraph. The lessons are made with the document model directly, since the
loader refuses texts longer than a teacher would write; the figures are render times
after a warm-up render, so fonts are loaded. A layout linear in the text's length
shows as a steady figure in the "ms per KB" column.

Figures (2 shared cores, loaded):

    output   layout           characters       time    ms per KB
    handout  paragraphs            1,000     0.04 s        40.20
    handout  paragraphs           10,000     0.11 s        10.57
    handout  paragraphs           20,000     0.18 s         9.09
    handout  paragraphs          100,000     0.79 s         7.94
    handout  paragraphs        1,000,000     8.08 s         8.08
    handout  one paragraph         1,000     0.03 s        31.05
    handout  one paragraph        10,000     0.12 s        12.21
    handout  one paragraph        20,000     0.27 s        13.47
    handout  one paragraph       100,000     1.12 s        11.16
    handout  one paragraph     1,000,000    11.58 s        11.58
    deck     paragraphs            1,000     0.03 s        27.23
    deck     paragraphs           10,000     0.06 s         5.95
    deck     paragraphs           20,000     0.09 s         4.38
    deck     paragraphs          100,000     0.33 s         3.29
    deck     paragraphs        1,000,000     4.01 s         4.01
    deck     one paragraph         1,000     0.03 s        28.18
    deck     one paragraph        10,000     0.06 s         5.98
    deck     one paragraph        20,000     0.17 s         8.63
    deck     one paragraph       100,000     0.35 s         3.50
    deck     one paragraph     1,000,000     4.85 s         4.85

Before the layout was made linear, a 100 KB text took 2.7 s in the handout and 15.8 s
in the deck (a 1 MB text did not finish in 600 s).

reportlab breaks a paragraph's lines by taking words from the front of a list, which
costs the square of the words in one paragraph; even for a single paragraph of 1 MB
its share is small (11.6 against 11.2 ms per KB at 100 KB), and a lesson's text fields
are far shorter.
"""

from __future__ import annotations

import argparse
import random
import time

from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import Renderer, RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.handout import HandoutRenderer

LENGTHS = (1_000, 10_000, 20_000, 100_000, 1_000_000)

SENTENCE = (
    "the delegates argued for weeks over trade borders and the fate of refugees while "
    "newspapers in both capitals reported every rumour and the talks nearly collapsed "
    "twice before a compromise was found"
)
WORDS = SENTENCE.split()

PARAGRAPH_LENGTH = 2_000


def prose(characters: int, paragraph_length: int | None, seed: int = 16) -> str:
    """Generated Markdown text of about ``characters`` characters, ending in ``LASTWORD``."""
    generator = random.Random(seed)
    paragraphs: list[str] = []
    words: list[str] = []
    length = total = 0
    while total < characters:
        word = generator.choice(WORDS)
        words.append(f"**{word}**" if generator.random() < 0.02 else word)
        length += len(word) + 1
        total += len(word) + 1
        if paragraph_length and length >= paragraph_length:
            paragraphs.append(" ".join(words) + ".")
            words, length = [], 0
    paragraphs.append(" ".join([*words, "LASTWORD"]))
    return "\n\n".join(paragraphs)


def lesson_with_text(text: str) -> Lesson:
    """A two-event lesson whose first event carries ``text``."""
    return Lesson.model_validate(
        {
            "title": "A lesson with one long text",
            "events": [
                {"title": "The long event", "date": "1917", "text": text},
                {"title": "A short event", "date": "1918", "text": "Short."},
            ],
        }
    )


def seconds(renderer: Renderer, lesson: Lesson, theme: Theme) -> float:
    """How long ``renderer`` takes to render ``lesson``, in seconds."""
    start = time.perf_counter()
    renderer.render(lesson, theme, RenderOptions())
    return time.perf_counter() - start


def main() -> None:
    """Print one row per output, layout and length."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest", type=int, default=LENGTHS[-1], help="longest text to try")
    arguments = parser.parse_args()
    theme = load_theme(None)
    renderers: dict[str, Renderer] = {"handout": HandoutRenderer(), "deck": DeckRenderer()}
    warm_up = lesson_with_text(prose(1_000, PARAGRAPH_LENGTH))
    for renderer in renderers.values():
        seconds(renderer, warm_up, theme)
    print(f"{'output':8} {'layout':14} {'characters':>12} {'time':>10} {'ms per KB':>12}")
    for name, renderer in renderers.items():
        for layout, paragraph_length in (("paragraphs", PARAGRAPH_LENGTH), ("one paragraph", None)):
            for length in (n for n in LENGTHS if n <= arguments.largest):
                lesson = lesson_with_text(prose(length, paragraph_length))
                elapsed = seconds(renderer, lesson, theme)
                per_kb = elapsed * 1000 / (length / 1000)
                print(f"{name:8} {layout:14} {length:>12,} {elapsed:>8.2f} s {per_kb:>12.2f}")


if __name__ == "__main__":
    main()
