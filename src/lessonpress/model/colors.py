"""Colour arithmetic the presentation stage and the theme checks share: tints, grays,
WCAG contrast and its thresholds, the dark-background test and contrast repair."""

from __future__ import annotations


def to_rgb(color: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as three 0-255 integers."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(red: float, green: float, blue: float) -> str:
    """Three 0-255 numbers as ``#RRGGBB``."""
    return "#" + "".join(f"{round(min(255, max(0, part))):02X}" for part in (red, green, blue))


def mix(color: str, other: str, amount: float) -> str:
    """``color`` moved ``amount`` (0 to 1) of the way towards ``other``."""
    start, end = to_rgb(color), to_rgb(other)
    return to_hex(*(a + (b - a) * amount for a, b in zip(start, end, strict=True)))


def tint(color: str, background: str, strength: float = 0.15) -> str:
    """A pale version of ``color`` over ``background``: ``strength`` of the colour shows."""
    return mix(background, color, strength)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in to_rgb(color))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(background: str, dark: str = "#000000", light: str = "#FFFFFF") -> str:
    """Whichever of ``dark`` and ``light`` contrasts more with ``background``."""
    if contrast_ratio(dark, background) >= contrast_ratio(light, background):
        return dark
    return light


TEXT_CONTRAST = 4.5
"""WCAG 2 AA for body text."""

ENHANCED_TEXT_CONTRAST = 7.0
"""WCAG 2 AAA for body text, which a high-contrast theme keeps."""

GRAPHIC_CONTRAST = 3.0
"""WCAG 2 AA for shapes that carry meaning: markers, rules, the axis."""

DARK_LUMINANCE = 0.18
"""Below this relative luminance a background is dark and takes light text."""


def is_dark(color: str) -> bool:
    """Whether ``color`` is a dark background, one that takes light text."""
    return relative_luminance(color) < DARK_LUMINANCE


def legible(color: str, grounds: tuple[str, ...], minimum: float, toward: str) -> str:
    """``color`` moved towards ``toward`` in small steps until it contrasts at least
    ``minimum`` with every one of ``grounds``; ``toward`` itself if no step does."""
    for step in range(21):
        candidate = mix(color, toward, step / 20)
        if all(contrast_ratio(candidate, ground) >= minimum for ground in grounds):
            return candidate
    return toward


def gray(color: str) -> str:
    """The gray of ``color``'s relative luminance, so that a gray keeps the contrast the
    colour had with any other gray."""
    luminance = relative_luminance(color)
    value = luminance * 12.92 if luminance <= 0.0031308 else 1.055 * luminance ** (1 / 2.4) - 0.055
    return to_hex(value * 255, value * 255, value * 255)
