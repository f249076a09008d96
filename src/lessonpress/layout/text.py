"""Measuring and breaking text for the layout, with whatever fonts a renderer uses.

The layout never loads a font: a renderer passes a :class:`TextMeasurer` (the PDF
renderers pass their ``FontSet``). Font arguments are style names, not font files:
``heading``, ``heading-bold``, ``body``, ``body-bold``, ``body-italic``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Protocol

FIT_TOLERANCE = 0.01
"""Points a measured line may exceed its width by: widths are sums of floats."""

ELLIPSIS = "…"

DEFAULT_LEADING = 1.2
"""Line height as a multiple of the type size, for labels and tick labels."""

ASCENT = 0.78
"""The height of capitals and ascenders as a fraction of the type size (sans fonts)."""


class TextMeasurer(Protocol):
    """Anything that knows how wide a string is in a given style and size."""

    def width(self, text: str, font: str, size: float) -> float:
        """The advance width of ``text`` in points, set in ``font`` at ``size`` pt."""
        ...


def line_height(size: float, leading: float = DEFAULT_LEADING) -> float:
    """The distance between two baselines of text set at ``size``."""
    return size * leading


def baseline_offset(size: float, leading: float = DEFAULT_LEADING) -> float:
    """The distance from the top of a line box down to its baseline.

    The leading is shared equally above and below the glyphs, so a line box of
    ``line_height(size)`` holds its ascenders and descenders.
    """
    return (leading - 1.0) * size / 2 + ASCENT * size


SHORTEST_PIECE = 3
"""The fewest letters a broken word leaves for its next line, where the line allows."""


def wrap_text(
    measurer: TextMeasurer, text: str, font: str, size: float, max_width: float
) -> list[str]:
    """``text`` broken greedily at spaces into lines no wider than ``max_width``.

    A word wider than a whole line (a long URL, a long compound) is broken between
    characters, so no line is ever wider than ``max_width``, and leaves at least
    :data:`SHORTEST_PIECE` letters for its next line; a single character wider than the
    line still gets a line of its own.
    """
    return list(_wrapped_lines(measurer, text, font, size, max_width))


def _wrapped_lines(
    measurer: TextMeasurer, text: str, font: str, size: float, max_width: float
) -> Iterator[str]:
    """The lines of :func:`wrap_text`, one at a time, so a caller may stop early.

    Each line costs about its own length to find, never the length of the text.
    """
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if _fits(measurer, candidate, font, size, max_width):
            current = candidate
            continue
        if current:
            yield current
        start = 0
        while len(word) - start > 1:
            length = _longest_fitting(measurer, word, start, font, size, max_width)
            if start + length == len(word):
                break
            rest = len(word) - start - length
            if rest < SHORTEST_PIECE and length > 2 * SHORTEST_PIECE:
                length -= SHORTEST_PIECE - rest  # no letter or two left alone on a line
            yield word[start : start + length]
            start += length
        current = word[start:]
    if current:
        yield current


def _fits(measurer: TextMeasurer, text: str, font: str, size: float, max_width: float) -> bool:
    return measurer.width(text, font, size) <= max_width + FIT_TOLERANCE


def _largest(fits: Callable[[int], bool], low: int, high: int) -> int:
    """The largest ``n`` from ``low`` to ``high`` for which ``fits(n)`` holds, when it
    holds for ``low`` and stops holding past some ``n``.

    The probes double from ``low`` before halving, so their cost follows the answer,
    not ``high``: finding one line's worth in a whole text costs about that line.
    """
    step = 1
    while low + step <= high and fits(low + step):
        low += step
        step *= 2
    high = min(high, low + step - 1)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _longest_fitting(
    measurer: TextMeasurer, text: str, start: int, font: str, size: float, max_width: float
) -> int:
    """How many characters of ``text`` from ``start`` (at least one) fit ``max_width``."""

    def fits(length: int) -> bool:
        return _fits(measurer, text[start : start + length], font, size, max_width)

    return _largest(fits, 1, len(text) - start)


def ellipsize(measurer: TextMeasurer, text: str, font: str, size: float, max_width: float) -> str:
    """``text`` cut at a word (or a character) with an ellipsis to fit ``max_width``.

    Returns ``""`` when not even the ellipsis fits.
    """
    if _fits(measurer, text, font, size, max_width):
        return text
    if not _fits(measurer, ELLIPSIS, font, size, max_width):
        return ""
    words = text.split()

    def cut_at_word(count: int) -> str:
        return " ".join(words[:count]).rstrip(" ,;:–—-") + ELLIPSIS

    if len(words) > 1 and _fits(measurer, cut_at_word(1), font, size, max_width):
        count = _largest(
            lambda n: _fits(measurer, cut_at_word(n), font, size, max_width), 1, len(words) - 1
        )
        return cut_at_word(count)

    def cut_at_character(length: int) -> str:
        return text[:length].rstrip() + ELLIPSIS

    length = _largest(
        lambda n: _fits(measurer, cut_at_character(n), font, size, max_width), 0, len(text)
    )
    return cut_at_character(length)


def wrap_lines_limited(
    measurer: TextMeasurer, text: str, font: str, size: float, max_width: float, max_lines: int
) -> list[str]:
    """``text`` wrapped to ``max_width`` in at most ``max_lines`` lines, the last one
    ending in an ellipsis when text had to be left out."""
    lines = list(islice(_wrapped_lines(measurer, text, font, size, max_width), max_lines + 1))
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = ellipsize(measurer, f"{kept[-1]} {lines[max_lines]}", font, size, max_width)
    if not last.endswith(ELLIPSIS):
        last = ellipsize(measurer, kept[-1] + ELLIPSIS, font, size, max_width)
    kept[-1] = last
    return [line for line in kept if line]
