"""Paper sizes and lengths as a teacher writes them: ``letter``, ``a3``, ``24x36in``, ``19mm``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

POINTS_PER_UNIT = {"pt": 1.0, "in": 72.0, "mm": 72.0 / 25.4, "cm": 72.0 / 2.54}

NAMED_PAGE_SIZES: dict[str, tuple[float, float]] = {
    "letter": (612.0, 792.0),
    "legal": (612.0, 1008.0),
    "tabloid": (792.0, 1224.0),
    "ledger": (792.0, 1224.0),
    "a5": (419.53, 595.28),
    "a4": (595.28, 841.89),
    "a3": (841.89, 1190.55),
    "a2": (1190.55, 1683.78),
    "a1": (1683.78, 2383.94),
    "a0": (2383.94, 3370.39),
}
"""Portrait width and height in points."""

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm)?\s*$")
_CUSTOM_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm)\s*$")


@dataclass(frozen=True, slots=True)
class PageSize:
    """A sheet of paper: its name as written and its portrait size in points."""

    name: str
    width: float
    height: float

    def oriented(self, orientation: str) -> tuple[float, float]:
        """Width and height for ``landscape`` or ``portrait``."""
        short, long = sorted((self.width, self.height))
        return (long, short) if orientation == "landscape" else (short, long)


def parse_length(value: object) -> float:
    """A length in points from ``54``, ``"0.75in"``, ``"19mm"`` or ``"2cm"``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise _length_error(value)
        return float(value)
    match = _LENGTH.match(str(value)) if isinstance(value, str) else None
    if not match:
        raise _length_error(value)
    return float(match[1]) * POINTS_PER_UNIT[match[2] or "pt"]


def parse_page_size(value: object) -> PageSize:
    """A page size from a name (``letter``, ``a3``) or ``WxH`` with a unit (``24x36in``)."""
    text = str(value).strip().lower() if isinstance(value, str) else ""
    if text in NAMED_PAGE_SIZES:
        return PageSize(text, *NAMED_PAGE_SIZES[text])
    match = _CUSTOM_SIZE.match(text)
    if match:
        unit = POINTS_PER_UNIT[match[3]]
        width, height = float(match[1]) * unit, float(match[2]) * unit
        if 144 <= width <= 14400 and 144 <= height <= 14400:
            return PageSize(text, width, height)
    raise PydanticCustomError(
        "page_size",
        "'{value}' is not a page size",
        {
            "value": value,
            "hint": "use " + ", ".join(NAMED_PAGE_SIZES) + ", or width x height with a unit "
            "between 2 in and 200 in, e.g. 24x36in or 420x594mm",
        },
    )


def _length_error(value: object) -> PydanticCustomError:
    return PydanticCustomError(
        "length",
        "'{value}' is not a length",
        {"value": value, "hint": "write a number with a unit: 0.75in, 19mm, 2cm or 54pt"},
    )


Length = Annotated[
    float,
    PlainValidator(parse_length),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}]}),
]
"""A length in points, written with a unit."""

PageSizeField = Annotated[
    PageSize, PlainValidator(parse_page_size), WithJsonSchema({"type": "string"})
]
"""A page size, written as a name or ``WxH`` with a unit."""
