"""Every broken file in tests/data/bad/ ends with status 2, a positioned message and
nothing written, within a bounded amount of memory."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bad_corpus import BAD, EXPECTED, command_line, expected_messages, prepare_corpus
from lessonpress.cli import cli
from lessonpress.load.yaml_source import MAX_FILE_BYTES

MEMORY_LIMIT_MB = 300


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def in_corpus(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The corpus copy, as the folder the command runs in (so files outside it are refused)."""
    monkeypatch.chdir(corpus)
    return corpus


def _listing(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


def test_the_corpus_covers_every_broken_file() -> None:
    lessons = {path.name for path in BAD.glob("*.yaml")} - {"expected.yaml"}
    assert lessons == {name for name, case in EXPECTED.items() if not case.get("made")}
    assert len(lessons) >= 50


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_explained(name: str, in_corpus: Path, tmp_path: Path) -> None:
    expected = EXPECTED[name]
    before = _listing(in_corpus)
    result = CliRunner().invoke(cli, command_line(name))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for message in expected_messages(name):
        assert message in result.output
    if "hint" in expected:
        assert str(expected["hint"]) in result.output
    first_line = result.output.splitlines()[0]
    where = f":{expected['line']}:" if expected["line"] is not None else ": error:"
    assert f".yaml{where}" in first_line, first_line
    assert result.exception is None or isinstance(result.exception, SystemExit)

    output = tmp_path / "output"
    built = CliRunner().invoke(cli, [*command_line(name, "build"), "--output", str(output)])
    assert built.exit_code == 2, built.output
    assert "nothing was written" in built.output
    assert not output.exists() or not any(output.iterdir())
    assert _listing(in_corpus) == before


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "oversized.yaml"
    path.write_bytes(b"title: A\n" + b"#" * (MAX_FILE_BYTES + 1))
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert "larger than" in result.output


def test_a_real_process_exits_with_status_2_and_no_traceback() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "lessonpress", "check", str(BAD / "date-unknown-word.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert "date-unknown-word.yaml:4:" in completed.stderr


_EVERY_CASE = textwrap.dedent(
    r"""
    import re
    import resource
    import sys
    from pathlib import Path
    from click.testing import CliRunner
    from bad_corpus import EXPECTED, command_line
    from lessonpress.cli import cli

    for name in sorted(EXPECTED):
        status = CliRunner().invoke(cli, [*command_line(name, "build"), "-o", sys.argv[1]])
        if status.exit_code != 2:
            sys.exit(f"{name}: exit {status.exit_code}")
    # This process's own peak, in kilobytes: Linux carries the parent's peak across the
    # exec into ru_maxrss, but not into the high-water mark of /proc/self/status.
    own_status = Path("/proc/self/status")
    if own_status.exists():
        print(re.search(r"VmHWM:\s*(\d+) kB", own_status.read_text())[1])
    else:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def test_no_broken_file_takes_more_than_300_mb(corpus: Path, tmp_path: Path) -> None:
    """Builds every case in one fresh process, whose peak memory bounds each case's."""
    completed = subprocess.run(
        [sys.executable, "-c", _EVERY_CASE, str(tmp_path / "output")],
        cwd=corpus,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent)},
        capture_output=True,
        text=True,
        # A generous bound that only a hang would reach; the timings are in benchmarks/.
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    peak_mb = int(completed.stdout) / 1024
    assert peak_mb < MEMORY_LIMIT_MB, f"peak {peak_mb:.0f} MB"
