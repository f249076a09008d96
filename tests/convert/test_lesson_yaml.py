"""The commented lesson file: every value reads back exactly as the reader gave it."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonpress.convert.draft import Draft, Origin
from lessonpress.convert.lesson_yaml import lesson_yaml
from lessonpress.model.fields import as_text

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(title=TEXT, date=TEXT, text=TEXT, label=TEXT, url=TEXT)
def test_every_value_reads_back_unchanged(
    title: str, date: str, text: str, label: str, url: str
) -> None:
    draft = Draft(Path("source.txt"), "plain text")
    draft.data["title"] = title
    draft.data["categories"] = {"c": {"label": label}}
    event = {"title": title, "date": date, "text": text, "sources": [{"title": label, "url": url}]}
    draft.add_event(event, Origin(3, 1, "line 3"))
    written = lesson_yaml(draft, "lesson.yaml")
    assert yaml.safe_load(written) == _without_controls(draft.data)
    assert "  # line 3 of source.txt\n  - title: " in written


def _without_controls(value: object) -> object:
    """``value`` as the lesson reads it: invisible control characters dropped."""
    if isinstance(value, dict):
        return {key: _without_controls(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_controls(item) for item in value]
    return as_text(value) if isinstance(value, str) else value
