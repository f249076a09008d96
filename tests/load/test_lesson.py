"""The lesson loader: validation, positions, cross-checks, images, order."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PIL import Image

from lessonpress.errors import LessonError, Severity
from lessonpress.load.lesson import load_lesson


def write(tmp_path: Path, text: str, name: str = "lesson.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def problems(path: Path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    return [(p.line, p.path, p.message) for p in caught.value.problems]


def test_every_error_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        title: Errors
        events:
          - title: One
            dat: 1917
          - title: Two
            date: Febtember 1917
            highlight: maybe
          - date: 1918
        """,
    )
    found = problems(path)
    assert (4, "events[0].dat", "unknown key 'dat'") in found
    assert any(line == 6 and path == "events[1].date" for line, path, _ in found)
    assert any(line == 7 and path == "events[1].highlight" for line, path, _ in found)
    assert (8, "events[2]", "the required key 'title' is missing") in found
    assert len(found) == 4


def test_unknown_keys_suggest_the_closest(tmp_path: Path) -> None:
    path = write(tmp_path, "title: T\nevents:\n  - title: A\n    date: 1917\n    signifcance: x\n")
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (5, 5)
    assert problem.hint == "did you mean 'significance'?"


def test_yaml_numbers_and_dates_mean_what_the_teacher_wrote(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        title: 1984
        events:
          - {title: 1917, date: 1917}
          - {title: Invasion, date: 1939-09-01}
        """,
    )
    lesson = load_lesson(path).lesson
    assert lesson.title == "1984"
    assert [event.date_label for event in lesson.timeline] == ["1917", "September 1, 1939"]


def test_events_are_in_time_order_unless_file_order_is_asked(tmp_path: Path) -> None:
    body = """\
        events:
          - {title: C, date: AD 14}
          - {title: A, date: 44 BC}
          - {title: D, date: March 1917}
          - {title: B, date: 1 BC}
          - {title: E, date: 1917}
        """
    chronological = load_lesson(write(tmp_path, "title: T\n" + textwrap.dedent(body))).lesson
    assert [e.title for e in chronological.timeline] == ["A", "B", "C", "E", "D"]
    in_file = load_lesson(write(tmp_path, "title: T\norder: file\n" + textwrap.dedent(body)))
    assert [e.title for e in in_file.lesson.timeline] == ["C", "A", "D", "B", "E"]


def test_start_and_end_make_a_range(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "title: T\nevents:\n  - title: War\n    start: June 22 1941\n"
        "    end: {year: 1945, month: 5}\n",
    )
    [event] = load_lesson(path).lesson.events
    assert event.span.is_range
    assert event.date_label == "June 22, 1941 – May 1945"


def test_categories_and_ids_are_cross_checked(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        title: T
        categories:
          war: {label: War}
        events:
          - {title: Same, date: 1917, category: peace}
          - {title: Same, date: 1918}
        """,
    )
    found = problems(path)
    assert (5, "events[0].category", "unknown category 'peace'") in found
    assert any("two events have the id 'same'" in message for _, _, message in found)


def make_image(path: Path, size: tuple[int, int]) -> None:
    Image.new("RGB", size, "#0072B2").save(path)


def test_images_are_found_relative_to_the_lesson(tmp_path: Path) -> None:
    (tmp_path / "pictures").mkdir()
    make_image(tmp_path / "pictures" / "map.png", (320, 200))
    lesson_dir = tmp_path
    path = write(
        lesson_dir,
        """\
        title: T
        events:
          - {title: A, date: 1917, image: pictures/map.png}
          - title: B
            date: 1918
            image: {src: pictures/map.png, alt: A map, caption: "*Europe*", credit: Me}
        """,
    )
    loaded = load_lesson(path)
    first, second = loaded.lesson.timeline
    assert first.image is not None and first.image.file is not None
    assert (first.image.file.width, first.image.file.height) == (320, 200)
    assert second.image is not None and second.image.caption is not None
    assert second.image.caption.paragraphs[0].runs[0].italic
    [warning] = loaded.warnings
    assert warning.severity is Severity.WARNING
    assert warning.path == "events[0].image" and "alt text" in warning.message


def test_image_key_file_cannot_be_smuggled_in(tmp_path: Path) -> None:
    path = write(
        tmp_path, "title: T\nevents:\n  - {title: A, date: 1917, image: {src: a.png, file: x}}\n"
    )
    assert any("'file' is not a key" in message for _, _, message in problems(path))


def test_a_lesson_must_be_a_mapping(tmp_path: Path) -> None:
    assert "must be a mapping" in problems(write(tmp_path, "- just\n- a list\n"))[0][2]


def test_eras_must_not_end_before_they_start(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "title: T\neras:\n  - {title: E, start: 1945, end: 1939}\n"
        "events:\n  - {title: A, date: 1940}\n",
    )
    [(line, field, message)] = problems(path)
    assert (line, field) == (3, "eras[0]")
    assert "ends (1939) before it starts (1945)" in message
