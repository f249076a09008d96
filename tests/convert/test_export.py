"""Exporting a lesson as TimelineJS JSON, and reading it back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lessonpress.cli import cli
from lessonpress.convert import import_lesson
from lessonpress.load.lesson import load_lesson
from lessonpress.model.lesson import Event

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "content" / "us-ussr-relations.yaml"
ROME = ROOT / "tests" / "data" / "lessons" / "ancient-rome.yaml"


def _event_content(event: Event) -> tuple[object, ...]:
    def paragraphs(text: object) -> object:
        return [(p.bullet_level, p.runs) for p in text.paragraphs] if text else None  # type: ignore[attr-defined]

    return (
        event.title,
        event.span,
        event.date_label,
        paragraphs(event.text),
        paragraphs(event.significance),
    )


@pytest.mark.parametrize("lesson_path", [EXAMPLE, ROME], ids=["example", "ancient-rome"])
def test_a_lesson_survives_timelinejs_and_back(lesson_path: Path, tmp_path: Path) -> None:
    exported = tmp_path / "timeline.json"
    result = CliRunner().invoke(cli, ["export", str(lesson_path), "-o", str(exported)])
    assert result.exit_code == 0, result.output
    import_lesson(exported, tmp_path / "again.yaml")
    original = load_lesson(lesson_path).lesson
    again = load_lesson(tmp_path / "again.yaml").lesson
    assert again.title == original.title
    assert [_event_content(e) for e in again.events] == [_event_content(e) for e in original.events]
    assert [(era.title, era.date_label) for era in again.eras] == [
        (era.title, era.date_label) for era in original.eras
    ]
    assert [again.categories[e.category].label for e in again.events if e.category] == [
        original.categories[e.category].label for e in original.events if e.category
    ]


def test_the_timelinejs_file_has_knight_labs_shape(tmp_path: Path) -> None:
    exported = tmp_path / "rome.json"
    CliRunner().invoke(cli, ["export", str(ROME), "-o", str(exported)])
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["title"]["text"]["headline"] == load_lesson(ROME).lesson.title
    caesar = next(
        s for s in document["events"] if s["text"]["headline"] == "Julius Caesar is assassinated"
    )
    assert caesar["start_date"]["year"] == -44  # negative years are BC
    assert {"start_date", "end_date", "text"} <= set(document["eras"][0])


def test_exporting_a_broken_lesson_exits_with_status_2(tmp_path: Path) -> None:
    lesson = tmp_path / "broken.yaml"
    lesson.write_text("title: T\nevents:\n  - {title: A, date: Febtember 1917}\n")
    result = CliRunner().invoke(cli, ["export", str(lesson), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 2
    assert "broken.yaml:3:" in result.output
    assert not (tmp_path / "t.json").exists()
