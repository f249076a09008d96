"""An excerpt stops neither inside brackets nor at an abbreviation, in any language.

The A1 portrait poster of cyrillic-greek cut descriptions to "Лодзь (польск.",
"Киркенес (норв." and "Торгау (нем.": sentences ended at an abbreviation's full stop,
inside an open bracket.
"""

from __future__ import annotations

import pytest

from lessonpress.layout.excerpts import ELLIPSIS, excerpt_within

TEXTS = [
    "Германия нападает на Польшу; в первые же недели немецкие войска занимают Краков и "
    "Лодзь (польск. Kraków, Łódź). 17 сентября в восточную Польшу входит Красная армия.",
    "Красная армия освобождает Киркенес (норв. Kirkenes, коммуна Sør-Varanger) — первый "
    "освобождённый город Норвегии.",
    "Советские и американские солдаты встречаются на Эльбе у города Торгау (нем. Torgau). "
    "Германия разрезана надвое.",
    "Город основан в 1703 г. на Неве. Во второй половине XVIII в. он стал столицей империи.",
    "The abbey was built c. 1200 by monks from St. Albans. It burned in 1540.",
    "César conquiert la Gaule (58–50 av. J.-C.). Vercingétorix se rend à Alésia.",
    "Η μάχη δόθηκε το 490 π.Χ. στον Μαραθώνα. Οι Αθηναίοι νίκησαν.",
]


def open_bracket(text: str) -> bool:
    depth = 0
    for character in text:
        depth += character in "([«"
        depth -= depth > 0 and character in ")]»"
    return depth > 0


@pytest.mark.parametrize(
    "text", TEXTS, ids=["ru-lodz", "ru-kirkenes", "ru-torgau", "ru-g-v", "en", "fr", "el"]
)
def test_no_excerpt_ends_in_brackets_or_at_an_abbreviation(text: str) -> None:
    bad = []
    for limit in range(1, len(text)):
        cut = excerpt_within(text, limit).removesuffix(ELLIPSIS)
        if not cut:
            continue
        last = cut.rsplit(maxsplit=1)[-1]
        at_abbreviation = last.rstrip(".").lower() in {
            *("польск", "норв", "нем", "г", "в", "c", "st", "av", "j.-c", "π.χ"),
        }
        if open_bracket(cut) or (cut.endswith(".") and at_abbreviation):
            bad.append(cut)
    assert not bad, sorted(set(bad))


def test_a_sentence_after_the_brackets_still_ends_the_excerpt() -> None:
    text = TEXTS[2]
    assert excerpt_within(text, len(text) - 5) == text.split(" Германия")[0]
