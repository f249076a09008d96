"""Print what reading and writing a date costs in each language lessonpress writes.

Run: python benchmarks/date_languages_benchmark.py
Each figure is the best of three runs over the same 36 dates (one of every form), in
microseconds a date: English is read by the English table alone, the other languages
by theirs and English's, and written from CLDR's patterns.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lessonpress.model.dates import parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from model.test_date_languages import FORMS, WRITTEN

ROUNDS = 200


def microseconds_a_date(work: list[tuple[object, str]], action: str) -> float:
    """The best of three runs of ``action`` (read or write) over ``work``, a date each."""
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(ROUNDS):
            for value, language in work:
                if action == "read":
                    parse_date(value, language)
                else:
                    value.format(language)  # type: ignore[attr-defined]
        timings.append(time.perf_counter() - start)
    return min(timings) / (ROUNDS * len(work)) * 1e6


def main() -> None:
    """Print a line a language: read and write, in microseconds a date."""
    spans = [parse_date(form) for form in FORMS]
    print(f"{'language':<10}{'read µs':>10}{'write µs':>10}")
    for language in ("en", *sorted(WRITTEN)):
        texts = FORMS if language == "en" else WRITTEN[language]
        read = microseconds_a_date([(text, language) for text in texts], "read")
        write = microseconds_a_date([(span, language) for span in spans], "write")
        print(f"{language:<10}{read:>10.1f}{write:>10.1f}")


if __name__ == "__main__":
    main()
