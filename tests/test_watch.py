"""Watch: a running ``lessonpress watch`` rebuilds the handout after every save."""

from __future__ import annotations

import errno
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pdfplumber
import pytest

import lessonpress.commit
from conftest import FaultyOs
from lessonpress.model.lesson import Lesson
from lessonpress.watch import LessonBuilder, describe_changes

LESSON = """\
title: Watching a Lesson
events:
  - title: The first event
    date: 1917
    text: {text}
  - title: The second event
    date: 1918
"""
TIMEOUT_SECONDS = 60


class _Lines:
    """The lines a process prints, read in a thread so that waiting for one can time out."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(
            target=lambda: [self._queue.put(line) for line in stream], daemon=True
        ).start()

    def wait_for(self, text: str, deadline: float) -> None:
        while True:
            try:
                line = self._queue.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                raise AssertionError(f"no line with {text!r} in time; saw: {self.seen}") from None
            self.seen.append(line)
            if text in line:
                return


def _handout_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def test_a_save_rebuilds_the_handout_and_a_broken_save_keeps_the_watch(tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text(LESSON.format(text="The original sentence."), encoding="utf-8")
    handout = tmp_path / "out" / "lesson-handout.pdf"
    command = [
        sys.executable,
        "-m",
        "lessonpress",
        "watch",
        str(lesson),
        "-o",
        str(tmp_path / "out"),
    ]
    process = subprocess.Popen(
        [*command, "-f", "handout"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + TIMEOUT_SECONDS
    try:
        lines = _Lines(process)
        lines.wait_for("built lesson-handout.pdf", deadline)
        assert "The original sentence." in _handout_text(handout)

        lesson.write_text(LESSON.format(text="x").replace("date: 1918", "date: Febtember 1918"))
        lines.wait_for("events[1].date: unknown word 'Febtember'", deadline)
        lines.wait_for("Still watching.", deadline)
        assert "The original sentence." in _handout_text(handout)

        lesson.write_text(LESSON.format(text="A sentence written while watching."))
        lines.wait_for("changed: 'The first event' (text)", deadline)
        lines.wait_for("built lesson-handout.pdf", deadline)
        assert "A sentence written while watching." in _handout_text(handout)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode == 0


def test_changes_are_described_by_event() -> None:
    def lesson(*events: dict[str, object]) -> Lesson:
        return Lesson.model_validate({"title": "T", "events": list(events)})

    before = lesson({"title": "A", "date": 1917}, {"title": "B", "date": 1918})
    after = lesson({"title": "A", "date": 1919, "text": "New."}, {"title": "C", "date": 1920})
    assert describe_changes(before, after) == ["'A' (date, text)", "added 'C'", "removed 'B'"]
    assert describe_changes(None, after) == []


def test_a_rebuild_refreshes_the_preview_when_asked(tmp_path: Path) -> None:
    from lessonpress.preview import Previewer

    lesson = tmp_path / "lesson.yaml"
    lesson.write_text(LESSON.format(text="Before."), encoding="utf-8")
    with Previewer(tmp_path / "preview") as previewer:
        builder = LessonBuilder(lesson, tmp_path / "out", ["handout"], previewer=previewer)
        first = builder.rebuild()
        assert first.preview is not None
        before = first.preview.pages[0].read_bytes()
        lesson.write_text(LESSON.format(text="After."), encoding="utf-8")
        second = builder.rebuild()
    assert second.preview is not None
    assert second.preview.pages[0].read_bytes() != before  # the picture shows the new text
    assert second.preview.pages == (tmp_path / "preview" / "lesson-handout-1.png",)
    assert second.changes == ("'The first event' (text)",)
    assert second.preview.contact_sheet.is_file()


def test_a_rebuild_commits_its_outputs_without_flushing_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lesson = tmp_path / "lesson.yaml"
    lesson.write_text(LESSON.format(text="Written without a flush."), encoding="utf-8")
    builder = LessonBuilder(lesson, tmp_path / "out", ["handout", "poster"])
    fsync = FaultyOs(("fsync",), fail_at=1, error=errno.EIO)  # any flush would fail
    monkeypatch.setattr(lessonpress.commit, "os", fsync)
    result = builder.rebuild()
    assert fsync.calls == 0
    assert sorted(os.listdir(tmp_path / "out")) == ["lesson-handout.pdf", "lesson-poster.pdf"]
    assert "Written without a flush." in _handout_text(tmp_path / "out" / "lesson-handout.pdf")
    assert result.outputs == (
        tmp_path / "out" / "lesson-handout.pdf",
        tmp_path / "out" / "lesson-poster.pdf",
    )


def test_watching_a_missing_file_is_refused(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from lessonpress.cli import cli

    result = CliRunner().invoke(cli, ["watch", str(tmp_path / "nowhere" / "lesson.yaml")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
