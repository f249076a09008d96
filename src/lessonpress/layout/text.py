"""Measuring and breaking text for the layout, with whatever fonts a renderer uses.

The layout never loads a font: a renderer passes a :class:`TextMeasurer` (the PDF
renderers pass their ``FontSet``). Font arguments are style names, not font files:
``heading``, ``heading-bold``, ``body``, ``body-bold``, ``body-italic``.
"""

from __future__ import annotations

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


def wrap_text(
    measurer: TextMeasurer, text: str, font: str, size: float, max_width: float
) -> list[str]:
    """``text`` broken greedily at spaces into lines no wider than ``max_width``.

    A word wider than a whole line (a long URL, a long compound) is broken between
    characters, so no line is ever wider than ``max_width``; a single character wider
    than the line still gets a line of its own.
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measurer.width(candidate, font, size) <= max_width + FIT_TOLERANCE:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while len(current) > 1 and measurer.width(current, font, size) > max_width + FIT_TOLERANCE:
            head = longest_fitting_prefix(measurer, current, font, size, max_width)
            lines.append(head)
            current = current[len(head) :]
    if current:
        lines.append(current)
    return lines


def longest_fitting_prefix(
    measurer: TextMeasurer, text: str, font: str, size: float, max_width: float
) -> str:
    """The longest start of ``text`` (at least one character) no wider than ``max_width``."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measurer.width(text[:middle], font, size) <= max_width + FIT_TOLERANCE:
            low = middle
        else:
            high = middle - 1
    return text[:low]


def ellipsize(measurer: TextMeasurer, text: str, font: str, size: float, max_width: float) -> str:
    """``text`` cut at a word (or a character) with an ellipsis to fit ``max_width``.

    Returns ``""`` when not even the ellipsis fits.
    """
    if measurer.width(text, font, size) <= max_width + FIT_TOLERANCE:
        return text
    if measurer.width(ELLIPSIS, font, size) > max_width + FIT_TOLERANCE:
        return ""
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(" ,;:–—-") + ELLIPSIS
        if measurer.width(candidate, font, size) <= max_width + FIT_TOLERANCE:
            return candidate
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measurer.width(text[:middle] + ELLIPSIS, font, size) <= max_width + FIT_TOLERANCE:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap_lines_limited(
    measurer: TextMeasurer, text: str, font: str, size: float, max_width: float, max_lines: int
) -> list[str]:
    """``text`` wrapped to ``max_width`` in at most ``max_lines`` lines, the last one
    ending in an ellipsis when text had to be left out."""
    lines = wrap_text(measurer, text, font, size, max_width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = ellipsize(measurer, f"{kept[-1]} {lines[max_lines]}", font, size, max_width)
    if not last.endswith(ELLIPSIS):
        last = ellipsize(measurer, kept[-1] + ELLIPSIS, font, size, max_width)
    kept[-1] = last
    return [line for line in kept if line]
