"""Write a :class:`~lessonpress.convert.draft.Draft` as a commented lesson file.

The keys come in the order of the lesson format, each event is preceded by a
comment saying where it was in the source, and every value is written in the
plainest YAML that reads back as exactly the same text.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

import yaml

from lessonpress.convert.draft import Draft
from lessonpress.model.fields import as_text

WIDTH = 88
"""Long single-paragraph texts are folded to this many columns."""

_TOP_LEVEL_ORDER = (
    "title",
    "subtitle",
    "author",
    "course",
    "date",
    "language",
    "summary",
    "objectives",
    "categories",
    "eras",
    "events",
    "questions",
    "glossary",
    "sources",
)
_EVENT_ORDER = (
    "title",
    "date",
    "start",
    "end",
    "display_date",
    "category",
    "text",
    "significance",
    "image",
    "notes",
    "sources",
    "highlight",
    "id",
)
_SECTION_COMMENTS = {
    "categories": "Groups in the source became categories; give one a colour with "
    "color: '#0072B2'.",
    "eras": "Periods drawn as bands behind the time line, and used as deck sections.",
}


def lesson_yaml(draft: Draft, lesson_name: str) -> str:
    """The lesson file's text: a header comment, then the draft's keys in the format's order."""
    source = draft.source.name
    lines = [
        f"# Imported by lessonpress from {source} ({draft.format_name}).",
        "#",
        f"# Check it with:  lessonpress check {lesson_name}",
        f"# Build it with:  lessonpress build {lesson_name}",
        "#",
        f"# Each event notes where it was in {source}.",
        "# Text fields take **bold**, *italic*, [links](https://example.org) and lists",
        "# whose lines start with '- '.",
        "# Add objectives, questions, a glossary and notes as in `lessonpress new`.",
        "",
    ]
    data = draft.data
    for key in sorted(data, key=_TOP_LEVEL_ORDER.index):
        value = data[key]
        if key == "events":
            lines.append("")
            lines.append("events:")
            for event, origin in zip(value, draft.origins, strict=True):
                if origin.where:
                    lines.append(f"  # {origin.where} of {source}")
                lines += _list_item(_ordered(event, _EVENT_ORDER), 2)
                lines.append("")
            continue
        if key in _SECTION_COMMENTS:
            lines.append("")
            lines.append(f"# {_SECTION_COMMENTS[key]}")
        lines += _entry(key, value, 0)
    return "\n".join(lines).rstrip() + "\n"


def _ordered(mapping: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    known = [key for key in order if key in mapping]
    return {key: mapping[key] for key in [*known, *(k for k in mapping if k not in order)]}


def _entry(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict):
        if _fits_on_one_line(value):
            return [f"{pad}{key}: {_flow_mapping(value)}"]
        return [f"{pad}{key}:", *(ln for k, v in value.items() for ln in _entry(k, v, indent + 2))]
    if isinstance(value, list):
        return [f"{pad}{key}:", *(ln for item in value for ln in _list_item(item, indent + 2))]
    first, *more = _scalar(value, indent + 2)
    return [f"{pad}{key}: {first}", *more]


def _list_item(item: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(item, dict):
        if _fits_on_one_line(item):
            return [f"{pad}- {_flow_mapping(item)}"]
        lines = [ln for k, v in item.items() for ln in _entry(k, v, indent + 2)]
        return [f"{pad}- {lines[0].lstrip()}", *lines[1:]]
    first, *more = _scalar(item, indent + 2)
    return [f"{pad}- {first}", *more]


def _fits_on_one_line(mapping: dict[str, Any]) -> bool:
    simple = all(isinstance(v, str | int | bool) and "\n" not in str(v) for v in mapping.values())
    return simple and len(mapping) <= 3 and len(_flow_mapping(mapping)) <= 60


def _flow_mapping(mapping: dict[str, Any]) -> str:
    parts = [f"{key}: {_inline(value, flow=True)}" for key, value in mapping.items()]
    return "{" + ", ".join(parts) + "}"


def _scalar(value: Any, indent: int) -> list[str]:
    """The lines of one value: a plain or quoted scalar, or an indented block of text."""
    if not isinstance(value, str):
        return [_inline(value)]
    value = as_text(value)  # without the control characters the lesson drops anyway
    pad = " " * indent
    if "\n" in value:
        if _literal_block_keeps(value):
            return ["|-", *(f"{pad}{line}" if line else "" for line in value.split("\n"))]
        return [json.dumps(value, ensure_ascii=False)]
    if len(value) > WIDTH - indent and " ".join(value.split()) == value:
        wrapped = textwrap.wrap(
            value, WIDTH - indent, break_long_words=False, break_on_hyphens=False
        )
        return [">-", *(f"{pad}{line}" for line in wrapped)]
    return [_inline(value)]


def _literal_block_keeps(text: str) -> bool:
    """Whether ``|-`` reads back as ``text``: no edge spaces, no other line breaks."""
    lines = text.split("\n")
    other_breaks = any(char in text for char in "\r\x85\u2028\u2029\t")
    return (
        not other_breaks
        and lines[0][:1] not in (" ", "")
        and lines[-1].strip() != ""
        and (all(line == line.rstrip() or line.strip() for line in lines))
    )


def _inline(value: Any, flow: bool = False) -> str:
    """``value`` on one line: plain when YAML reads it back unchanged, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = as_text(str(value))
    return text if _reads_back(text, flow) else json.dumps(text, ensure_ascii=False)


def _reads_back(text: str, flow: bool) -> bool:
    """Whether ``text`` written plain (in a ``{...}`` mapping if ``flow``) reads back as itself."""
    document = f"{{key: {text}}}" if flow else f"key: {text}"
    try:
        return bool(yaml.safe_load(document) == {"key": text})
    except yaml.YAMLError:
        return False
