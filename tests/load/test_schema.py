"""`lessonpress schema` agrees with `lessonpress check` on every lesson of the repository.

The schema is generated from the model the loader validates with, so it should accept
every form the format allows and refuse what the model refuses. Some rules cannot be
written in JSON Schema; the corpus files that break only such a rule are listed below
with the reason, and left out of the comparison.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from bad_corpus import EXPECTED, prepare_corpus
from conftest import CONTENT, LESSONS
from lessonpress.cli import cli
from lessonpress.errors import LessonError
from lessonpress.load.yaml_source import read_yaml_file

NOT_YAML_A_SCHEMA_SEES = {
    "alias-bomb.yaml": "refused while reading the YAML, before any schema applies",
    "binary.yaml": "not text",
    "control-character.yaml": "refused while reading the YAML",
    "duplicate-key.yaml": "a key given twice is lost by every YAML reader an editor uses",
    "empty.yaml": "no document to validate",
    "not-utf8.yaml": "not UTF-8 text",
    "python-tag.yaml": "refused while reading the YAML",
    "tabs.yaml": "not valid YAML",
    "yaml-alias-loop.yaml": "refused while reading the YAML",
    "yaml-deep.yaml": "refused while reading the YAML",
    "yaml-syntax.yaml": "not valid YAML",
    **{name: "not a file to read" for name in EXPECTED if name.startswith("lesson-")},
}

BEYOND_JSON_SCHEMA = {
    "date-empty.yaml": "an event needs 'date' or 'start' (the schema lets either be absent)",
    "date-impossible.yaml": "the date grammar (February 30) is the date parser's",
    "date-reversed.yaml": "the order of two dates",
    "date-unknown-word.yaml": "the date grammar is the date parser's",
    "date-unknown-word-spanish.yaml": "the date grammar is the date parser's",
    "duplicate-id.yaml": "uniqueness across events, derived from their titles",
    "language-unknown.yaml": "the languages Babel knows (CLDR's list)",
    "language-right-to-left.yaml": "the direction of a language's script (CLDR's)",
    "unknown-category.yaml": "a reference to a key of another mapping",
    **{
        name: "the file named must exist, be inside the allowed folders and be usable"
        for name in EXPECTED
        if name.startswith(("image-", "theme-"))
    },
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    document: dict[str, Any] = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(document)
    return document


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare_corpus(tmp_path_factory.mktemp("schema-corpus"))


def as_an_editor_reads_it(value: Any) -> Any:
    """The lesson's data as JSON: YAML dates become the text they were written as."""
    if isinstance(value, dict):
        return {key: as_an_editor_reads_it(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_an_editor_reads_it(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def schema_accepts(schema: dict[str, Any], path: Path) -> bool:
    data = as_an_editor_reads_it(read_yaml_file(path).data)
    return jsonschema.Draft202012Validator(schema).is_valid(data)


def check_accepts(path: Path) -> bool:
    """Whether ``check`` accepts the lesson; one output is enough to read it whole."""
    result = CliRunner().invoke(cli, ["check", str(path), "-f", "handout"])
    assert result.exit_code in (0, 2), result.output
    return result.exit_code == 0


REPOSITORY_LESSONS = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])


@pytest.mark.parametrize("path", REPOSITORY_LESSONS, ids=lambda path: path.name)
def test_the_schema_accepts_every_repository_lesson(schema: dict[str, Any], path: Path) -> None:
    assert check_accepts(path)
    errors = list(
        jsonschema.Draft202012Validator(schema).iter_errors(
            as_an_editor_reads_it(read_yaml_file(path).data)
        )
    )
    assert errors == [], [error.message for error in errors]


COMPARED = sorted(set(EXPECTED) - set(NOT_YAML_A_SCHEMA_SEES) - set(BEYOND_JSON_SCHEMA))


@pytest.mark.parametrize("name", COMPARED)
def test_the_schema_refuses_what_check_refuses(
    schema: dict[str, Any], corpus: Path, name: str
) -> None:
    # tests/test_bad_input.py shows that check refuses every file of the corpus.
    assert not schema_accepts(schema, corpus / name)


@pytest.mark.parametrize("name", sorted(BEYOND_JSON_SCHEMA))
def test_rules_beyond_json_schema_are_the_only_difference(
    schema: dict[str, Any], corpus: Path, name: str
) -> None:
    """Each file left out breaks only a rule the schema cannot hold: it passes the schema."""
    assert schema_accepts(schema, corpus / name)


@pytest.mark.parametrize("name", sorted(NOT_YAML_A_SCHEMA_SEES))
def test_files_refused_while_reading_never_reach_a_schema(corpus: Path, name: str) -> None:
    with pytest.raises(LessonError):
        read_yaml_file(corpus / name)


def test_every_shorthand_form_of_the_format_is_valid(
    schema: dict[str, Any], tmp_path: Path
) -> None:
    """The forms teachers write that a schema of the mappings alone would refuse."""
    lesson = {
        "title": 1984,
        "sources": ["Free text naming a book, 1999"],
        "questions": ["A question written as a plain string?"],
        "events": [
            {"title": "A", "date": 1917, "image": "picture.png", "sources": ["A book"]},
            {"title": "B", "date": "March 8-12, 1917"},
            {"title": "C", "start": {"year": -44, "month": 3, "day": 15}, "end": "44 BC"},
            {"title": "D", "date": "2001-12-14"},
        ],
    }
    assert jsonschema.Draft202012Validator(schema).is_valid(lesson)


def test_the_starter_lesson_is_valid(schema: dict[str, Any], tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["new", str(tmp_path / "starter.yaml")]).exit_code == 0
    assert check_accepts(tmp_path / "starter.yaml")
    assert schema_accepts(schema, tmp_path / "starter.yaml")
