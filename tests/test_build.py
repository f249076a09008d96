"""Building: file names, one transaction for a build's outputs, faults and kills at every
step, stale files, concurrent builds."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import lessonpress.commit
from checks import pdf_problems
from conftest import DATA, FaultyOs
from lessonpress.build import build_lesson, render_lesson
from lessonpress.commit import OUR_FILE, OutputError, commit_files, recover_folder
from lessonpress.errors import LessonError

MINIMAL = DATA / "lessons" / "minimal.yaml"
FORMATS = ["handout", "deck", "poster"]

# The os functions a commit calls that touch the disk: each call is one step.
STEPS = ("open", "write", "fsync", "close", "replace", "unlink")
# The steps a full disk can fail (creating, writing, flushing, closing, renaming).
SPACE_STEPS = ("open", "write", "fsync", "close", "replace")

FileSet = dict[str, bytes]


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[FileSet, FileSet]:
    """Yesterday's and today's outputs of one lesson, every format, in memory."""
    changed = tmp_path_factory.mktemp("changed") / "minimal.yaml"
    changed.write_text(MINIMAL.read_text().replace("title: The", "title: Today, the", 1))
    old = render_lesson(MINIMAL, FORMATS).files
    new = render_lesson(changed, FORMATS).files
    assert old.keys() == new.keys() and all(old[name] != new[name] for name in old)
    return old, new


def folder_contents(folder: Path) -> FileSet:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def files_of_ours(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if OUR_FILE.match(name)]


def use_os(monkeypatch: pytest.MonkeyPatch, fake: FaultyOs) -> None:
    """Make the commit call ``fake`` for every os function."""
    monkeypatch.setattr(lessonpress.commit, "os", fake)


def test_outputs_are_named_after_the_lesson(tmp_path: Path) -> None:
    result = build_lesson(MINIMAL, tmp_path, ["handout", "poster"])
    assert [path.name for path in result.outputs] == ["minimal-handout.pdf", "minimal-poster.pdf"]
    assert sorted(os.listdir(tmp_path)) == ["minimal-handout.pdf", "minimal-poster.pdf"]


def test_a_renderer_failing_midway_leaves_every_previous_file_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_lesson(MINIMAL, tmp_path, ["handout", "poster"])
    before = folder_contents(tmp_path)

    from lessonpress.renderers.poster import PosterRenderer

    def fail(*args: object, **kwargs: object) -> bytes:
        raise LessonError([])

    monkeypatch.setattr(PosterRenderer, "render_with_warnings", fail)
    with pytest.raises(LessonError):
        build_lesson(MINIMAL, tmp_path, ["handout", "poster"])
    assert folder_contents(tmp_path) == before


def test_a_full_disk_at_any_step_leaves_the_old_set_or_puts_the_whole_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old_and_new: tuple[FileSet, FileSet]
) -> None:
    old, new = old_and_new
    commit_files(tmp_path / "count", old)
    counting = FaultyOs(SPACE_STEPS)
    use_os(monkeypatch, counting)
    commit_files(tmp_path / "count", new)
    assert counting.calls > 3 * len(new)  # open, write, fsync, close each, and renames

    failed_at = []
    for step in range(1, counting.calls + 1):
        folder = tmp_path / f"step-{step}"
        use_os(monkeypatch, FaultyOs(SPACE_STEPS))
        commit_files(folder, old)
        use_os(monkeypatch, FaultyOs(SPACE_STEPS, step, errno.ENOSPC))
        try:
            commit_files(folder, new)
        except OutputError as error:
            failed_at.append(step)
            assert error.reason == "no space left on device"
            assert folder in (error.path, error.path.parent)
            assert not OUR_FILE.match(error.path.name)
            assert folder_contents(folder) == old, f"a full disk at step {step}"
        else:
            assert folder_contents(folder) == new, f"a full disk at step {step}"
    # Every step up to the last rename fails the commit; the last two (flushing the folder
    # once the set is in place, closing it) cannot undo a commit that has happened.
    assert failed_at == list(range(1, counting.calls - 1))


KILLED_COMMIT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path

    import lessonpress.commit

    STEPS, kill_at, calls = {steps!r}, int(sys.argv[2]), 0

    class KillingOs:
        def __getattr__(self, name):
            real = getattr(os, name)
            if name not in STEPS:
                return real
            def step(*args, **kwargs):
                global calls
                calls += 1
                if calls == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return real(*args, **kwargs)
            return step

    lessonpress.commit.os = KillingOs()
    folder, new = Path(sys.argv[1]), Path(sys.argv[3])
    lessonpress.commit.commit_files(folder, {{p.name: p.read_bytes() for p in new.iterdir()}})
    print(calls)
    """
).format(steps=STEPS)


def run_killed_commit(folder: Path, new_files: Path, kill_at: int) -> subprocess.CompletedProcess:
    """Commit the files in ``new_files`` into ``folder`` in a process killed at step
    ``kill_at`` (0: not killed)."""
    command = [sys.executable, "-c", KILLED_COMMIT, str(folder), str(kill_at), str(new_files)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_a_kill_at_any_step_ends_with_the_old_set_or_the_new_after_the_next_build(
    tmp_path: Path, old_and_new: tuple[FileSet, FileSet]
) -> None:
    old, new = old_and_new
    new_files = tmp_path / "new"
    new_files.mkdir()
    for name, content in new.items():
        (new_files / name).write_bytes(content)
    unkilled = run_killed_commit(tmp_path / "count", new_files, 0)
    assert unkilled.returncode == 0, unkilled.stderr
    steps = int(unkilled.stdout)
    assert steps > 4 * len(new)

    outcomes = []
    for step in range(1, steps + 1):
        folder = tmp_path / f"step-{step}"
        commit_files(folder, old)
        killed = run_killed_commit(folder, new_files, step)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        journal = any(name.endswith(".lessonpress-journal") for name in os.listdir(folder))
        visible = {n: c for n, c in folder_contents(folder).items() if not OUR_FILE.match(n)}
        if not journal:
            assert visible in (old, new), f"killed at step {step}: {sorted(visible)}"
        recover_folder(folder)  # as the next build does first
        after = folder_contents(folder)
        assert after in (old, new), f"killed at step {step}: {sorted(after)}"
        if not journal:
            assert after == visible
        outcomes.append(after == new)
    assert outcomes[0] is False and outcomes[-1] is True


def test_the_next_build_removes_what_a_build_killed_while_flushing_left(
    tmp_path: Path, old_and_new: tuple[FileSet, FileSet]
) -> None:
    _, new = old_and_new
    new_files = tmp_path / "new"
    new_files.mkdir()
    for name, content in new.items():
        (new_files / name).write_bytes(content)
    output = tmp_path / "output"
    output.mkdir()
    # Step 3 is the first fsync: open, write, then the kill.
    assert run_killed_commit(output, new_files, 3).returncode == -signal.SIGKILL
    assert files_of_ours(output)
    build_lesson(MINIMAL, output, ["handout"])
    assert sorted(os.listdir(output)) == ["minimal-handout.pdf"]


def test_a_build_removes_what_earlier_versions_left_beside_its_files(tmp_path: Path) -> None:
    (tmp_path / ".minimal-handout.pdf.k2j_9xq1.tmp").write_bytes(b"half a handout")
    (tmp_path / ".notes.txt.k2j_9xq1.tmp").write_bytes(b"not ours to remove")
    build_lesson(MINIMAL, tmp_path, ["handout"])
    assert sorted(os.listdir(tmp_path)) == [".notes.txt.k2j_9xq1.tmp", "minimal-handout.pdf"]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only file system"),
        (errno.EDQUOT, "disk quota exceeded"),
    ],
)
def test_a_folder_that_refuses_new_files_leaves_the_old_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, reason: str
) -> None:
    old = {"a.pdf": b"old a", "b.pdf": b"old b"}
    commit_files(tmp_path, old)
    use_os(monkeypatch, FaultyOs(("open",), 2, error))
    with pytest.raises(OutputError) as raised:
        commit_files(tmp_path, {"a.pdf": b"new a", "b.pdf": b"new b"})
    # The first open is the folder's own, for its lock; the second stages a.pdf.
    assert str(raised.value) == f"cannot write {tmp_path / 'a.pdf'}: {reason}"
    assert folder_contents(tmp_path) == old


def test_a_name_taken_by_a_folder_is_refused_before_anything_is_replaced(tmp_path: Path) -> None:
    old = {"a.pdf": b"old a"}
    commit_files(tmp_path, old)
    (tmp_path / "b.pdf").mkdir()
    with pytest.raises(OutputError, match=r"b\.pdf: a folder has that name"):
        commit_files(tmp_path, {"a.pdf": b"new a", "b.pdf": b"new b"})
    assert (tmp_path / "a.pdf").read_bytes() == b"old a"
    assert sorted(os.listdir(tmp_path)) == ["a.pdf", "b.pdf"]


def test_a_rename_failing_midway_walks_every_swap_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = {"a.pdf": b"old a", "b.pdf": b"old b"}
    commit_files(tmp_path, old)
    # Renames: a.pdf aside, a.pdf in place, b.pdf aside, then the fourth fails.
    use_os(monkeypatch, FaultyOs(("replace",), 4, errno.EIO))
    with pytest.raises(OutputError, match=r"b\.pdf: input/output error"):
        commit_files(tmp_path, {"a.pdf": b"new a", "b.pdf": b"new b", "c.pdf": b"new c"})
    assert folder_contents(tmp_path) == old


def _build_in_process(lesson: str, output: str) -> list[str]:
    return [str(path) for path in build_lesson(Path(lesson), Path(output), ["handout"]).outputs]


def test_two_builds_at_once_into_one_folder_both_end_with_valid_files(tmp_path: Path) -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_build_in_process, str(MINIMAL), str(tmp_path)) for _ in range(2)]
        outputs = [future.result() for future in futures]
    assert outputs[0] == outputs[1]
    assert os.listdir(tmp_path) == ["minimal-handout.pdf"]
    assert pdf_problems(tmp_path / "minimal-handout.pdf") == []
