"""Every broken file in tests/data/bad/ ends with status 2 and a positioned message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from lessonpress.cli import cli
from lessonpress.load.yaml_source import MAX_FILE_BYTES

BAD = Path(__file__).resolve().parent / "data" / "bad"
EXPECTED: dict[str, dict[str, object]] = yaml.safe_load((BAD / "expected.yaml").read_text())


def test_the_corpus_covers_every_broken_file() -> None:
    lessons = {path.name for path in BAD.glob("*.yaml")} - {"expected.yaml"}
    assert lessons == set(EXPECTED)
    assert len(lessons) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_explained(name: str) -> None:
    expected = EXPECTED[name]
    result = CliRunner().invoke(cli, ["check", str(BAD / name)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert str(expected["message"]) in result.output
    if "hint" in expected:
        assert str(expected["hint"]) in result.output
    first_line = result.output.splitlines()[0]
    assert f".yaml:{expected['line']}:" in first_line, first_line
    assert result.exception is None or isinstance(result.exception, SystemExit)


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
