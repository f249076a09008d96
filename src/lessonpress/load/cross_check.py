"""Checks between fields of a lesson: category references and unique event ids.

They read the file's data as written, not the validated model, so that they run
even when other fields have errors, and every problem is reported in one run.
"""

from __future__ import annotations

from typing import Any

from lessonpress.errors import Problem
from lessonpress.load.yaml_source import YamlDocument
from lessonpress.model.lesson import slugify


def cross_check(document: YamlDocument) -> list[Problem]:
    """Unknown categories and repeated event ids in the lesson ``document`` holds."""
    data = document.data if isinstance(document.data, dict) else {}
    events = data.get("events")
    if not isinstance(events, list):
        return []
    categories = data.get("categories")
    known = dict.fromkeys(categories) if isinstance(categories, dict) else {}
    errors: list[Problem] = []
    seen_ids: dict[str, int] = {}
    for index, event in enumerate(events):
        if not isinstance(event, dict):
            continue
        category = _written_text(event.get("category"))
        if category is not None and category not in known:
            listed = ", ".join(list(known)[:10]) + (", ..." if len(known) > 10 else "")
            errors.append(
                document.problem(
                    ("events", index, "category"),
                    f"unknown category '{category}'",
                    f"use one of the ids under 'categories:' ({listed or 'none defined'}), "
                    "or add it there",
                )
            )
        own_id = _written_text(event.get("id"))
        title = _written_text(event.get("title"))
        if own_id is None and title is None:
            continue
        slug = own_id or slugify(title or "")
        if slug in seen_ids:
            errors.append(
                document.problem(
                    ("events", index, "id" if own_id else "title"),
                    f"two events have the id '{slug}' (the other is events[{seen_ids[slug]}])",
                    "give one of them its own 'id:'",
                )
            )
        seen_ids.setdefault(slug, index)
    return errors


def _written_text(value: Any) -> str | None:
    """A reference as the model reads it (text or a number), or ``None`` if it is neither."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    return text or None
