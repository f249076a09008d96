"""Importing timelines: each source format becomes a lesson with the source's events, dates
and texts, which passes the loader and builds into all three outputs."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from pptx import Presentation

from lessonpress.build import build_lesson
from lessonpress.cli import cli
from lessonpress.convert import import_lesson
from lessonpress.errors import LessonError
from lessonpress.load.lesson import LoadedLesson, load_lesson
from lessonpress.model.lesson import Event

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed" / "us-ussr-relations-1919-1950.txt"
"""The seed lesson text as the project received it (a copy, so a clone needs nothing beside it)."""
IMPORTS = ROOT / "tests" / "data" / "import"
ROME_JSON = IMPORTS / "ancient-rome.json"
ROME_SHEET = IMPORTS / "ancient-rome-sheet.csv"
ROME_OLD_SHEET = IMPORTS / "ancient-rome-old-sheet.csv"
ROME_MARKWHEN = IMPORTS / "ancient-rome.mw"
SPACE_RACE_CSV = IMPORTS / "space-race.csv"

# The Rome timeline's texts as they read once their HTML is the lesson's Markdown.
ROME_TEXTS = {
    "The Republic is founded": (
        "The last king, Tarquin the Proud, is driven out and two **consuls** are elected each year."
    ),
    "Caesar crosses the Rubicon": (
        "Leading his army into Italy, Caesar starts a civil war.\n\nRead [the story of the "
        "crossing](https://en.wikipedia.org/wiki/Crossing_the_Rubicon)."
    ),
    "Assassination of Julius Caesar": (
        "Senators led by Brutus and Cassius stab Caesar in the Theatre of Pompey.\n\n"
        "- 23 stab wounds\n- more than 60 conspirators"
    ),
    "Reign of Augustus": "Octavian takes the name *Augustus* and rules as the first emperor.",
    "Vesuvius buries Pompeii": "Ash and pumice bury the towns of Pompeii & Herculaneum.",
}


def imported(source: Path, folder: Path) -> LoadedLesson:
    """Import ``source`` into ``folder`` and read the lesson back with the real loader."""
    output = folder / f"{source.stem}.yaml"
    result = import_lesson(source, output)
    assert result.output == output
    return load_lesson(output)


def raw_events(loaded: LoadedLesson) -> list[dict[str, object]]:
    """The events as written in the lesson file."""
    return loaded.document.data["events"]


def test_the_seed_imports_with_its_events_dates_and_sentences(tmp_path: Path) -> None:
    blocks = [block.strip() for block in SEED.read_text(encoding="utf-8").split("\n\n")]
    title, *events = [block for block in blocks if block]
    expected = [tuple(events[index : index + 3]) for index in range(0, len(events), 3)]
    loaded = imported(SEED, tmp_path)
    assert loaded.lesson.title == title
    assert len(loaded.lesson.events) == len(expected) == 7
    for event, written, (heading, date, paragraph) in zip(
        loaded.lesson.events, raw_events(loaded), expected, strict=True
    ):
        assert event.title == heading
        assert written["date"] == date
        assert sorted(_sentences(str(event.text)) + _sentences(str(event.significance or ""))) == (
            sorted(_sentences(paragraph))
        )
    [with_significance] = [e for e in loaded.lesson.events if e.significance]
    assert str(with_significance.significance).startswith("This was important because it showed")


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]


@pytest.mark.parametrize("source", [ROME_JSON, ROME_SHEET], ids=["json", "sheet"])
def test_a_timelinejs_timeline_keeps_titles_dates_texts_groups_and_eras(
    source: Path, tmp_path: Path
) -> None:
    loaded = imported(source, tmp_path)
    lesson = loaded.lesson
    assert lesson.title == "Rome: Republic to Empire"
    assert (
        str(lesson.summary) == "How a city-state of farmers became the master of the Mediterranean."
    )
    for event, slide in zip(lesson.events, _slides(source), strict=True):
        assert event.title in ROME_TEXTS
        assert event.text is not None and event.text.source == ROME_TEXTS[event.title]
        start = slide["start_date"]
        assert event.span.start.year == int(start["year"])  # negative years are BC in both
        assert event.span.start.month == _number(start.get("month"))
        assert event.span.start.day == _number(start.get("day"))
        end = slide.get("end_date") or {}
        assert (event.span.end.year if event.span.end else None) == _number(end.get("year"))
        assert lesson.categories[event.category or ""].label == slide["group"]
    assert [(era.title, era.date_label) for era in lesson.eras] == [
        ("The Republic", "509–27 BC"),
        ("The Empire", "27 BC – AD 476"),
    ]
    caesar = lesson.events[2]
    assert str(caesar.significance) == "It ended the Republic it meant to save."
    assert caesar.image is not None and caesar.image.alt == "A square test picture"
    assert caesar.image.file is not None and caesar.image.file.width == 800
    assert lesson.events[1].display_date == "January 49 BC"


def _slides(source: Path) -> list[dict[str, dict[str, str] | str]]:
    """The events of the source, in TimelineJS's JSON shape, read without lessonpress."""
    if source.suffix == ".json":
        return json.loads(source.read_text(encoding="utf-8"))["events"]
    with source.open(encoding="utf-8", newline="") as stream:
        rows = [row for row in csv.DictReader(stream) if row["Type"] == ""]
    return [
        {
            "start_date": {"year": row["Year"], "month": row["Month"], "day": row["Day"]},
            "end_date": {"year": row["End Year"]},
            "group": row["Group"],
        }
        for row in rows
    ]


def _number(value: object) -> int | None:
    return int(value) if value not in (None, "") else None  # type: ignore[call-overload]


def test_remote_media_become_a_source_link_and_a_warning(tmp_path: Path) -> None:
    result = import_lesson(ROME_JSON, tmp_path / "rome.yaml")
    [warning] = [w for w in result.warnings if "on the web" in w.message]
    assert (warning.file, warning.line, warning.path) == (ROME_JSON, 37, "events[1].media.url")
    rubicon = load_lesson(tmp_path / "rome.yaml").lesson.events[1]
    assert rubicon.image is None
    [source] = rubicon.sources
    assert (source.title, source.author) == ("The Rubicon today", "Wikimedia Commons")
    assert source.url == "https://upload.wikimedia.org/wikipedia/commons/6/6b/Rubicon.jpg"


def test_an_older_sheet_without_alt_text_imports(tmp_path: Path) -> None:
    lesson = imported(ROME_OLD_SHEET, tmp_path).lesson
    assert lesson.title == "Rome in Two Dates"
    assert [(e.title, e.date_label, str(e.text)) for e in lesson.events] == [
        ("Assassination of Julius Caesar", "March 15, 44 BC", "Caesar is killed in the Senate."),
        ("Vesuvius buries Pompeii", "October AD 79", "Ash buries the town."),
    ]
    assert lesson.events[0].sources[0].url == "https://example.org/caesar.jpg"


def test_a_csv_of_lesson_columns_keeps_every_cell(tmp_path: Path) -> None:
    loaded = imported(SPACE_RACE_CSV, tmp_path)
    with SPACE_RACE_CSV.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    for event, written, row in zip(loaded.lesson.events, raw_events(loaded), rows, strict=True):
        assert event.title == row["title"]
        assert written["date"] == row["date"]
        assert event.text is not None and event.text.source == row["text"]
        assert str(event.significance or "") == row["significance"]
        assert loaded.lesson.categories[event.category or ""].label == row["category"]
        assert event.highlight is (row["highlight"] == "yes")
    sputnik, _, apollo, _ = loaded.lesson.events
    assert sputnik.image is not None and sputnik.image.alt == "A wide test picture"
    assert [p.bullet_level for p in apollo.text.paragraphs] == [0, 1, 1]  # type: ignore[union-attr]


# The Markwhen file's events: title, date as shown, category, text.
MARKWHEN_EVENTS = [
    (
        "The Republic is founded",
        "509 BC",
        "Politics",
        "The last king, Tarquin the Proud, is driven out.\n\nTwo consuls are elected each year.",
    ),
    (
        "Caesar crosses the Rubicon",
        "49 BC",
        "War",
        "Leading his army into Italy, Caesar starts a civil war.\n"
        "[The Rubicon](https://en.wikipedia.org/wiki/Rubicon) is a small river.",
    ),
    (
        "Assassination of Julius Caesar",
        "44 BC",
        "Politics",
        "- 23 stab wounds\n- more than 60 conspirators",
    ),
    ("Reign of Augustus", "27 BC – AD 14", "The Empire", "Octavian takes the name Augustus."),
    (
        "Vesuvius buries Pompeii",
        "October AD 79",
        "Disasters",
        "Ash and pumice bury Pompeii and Herculaneum.",
    ),
    ("Romulus Augustulus is deposed", "September 4, AD 476", "The last emperors", None),
    ("Siege of Constantinople", "April 6 – May 29, 1453", "The Fall", None),
]


def test_a_markwhen_timeline_keeps_events_tags_sections_and_groups(tmp_path: Path) -> None:
    result = import_lesson(ROME_MARKWHEN, tmp_path / "rome.yaml")
    lesson = load_lesson(tmp_path / "rome.yaml").lesson
    assert lesson.title == "Rome from Republic to Empire"
    assert str(lesson.summary) == "A Markwhen timeline of the end of the Roman Republic."
    assert [_markwhen_row(lesson.categories, event) for event in lesson.events] == MARKWHEN_EVENTS
    assert lesson.categories["politics"].color == "#0072B2"
    assert lesson.categories["war"].color == "#FFA500"  # "orange"
    [dropped] = [w for w in result.warnings if "tags were not kept" in w.message]
    assert "#Conspiracy, #Nature, #War" in dropped.message


def _markwhen_row(categories: dict[str, object], event: Event) -> tuple[str, str, str, str | None]:
    category = categories[event.category or ""]
    return (
        event.title,
        event.date_label,
        category.label,  # type: ignore[attr-defined]
        event.text.source if event.text else None,
    )


@pytest.mark.parametrize(
    "source",
    [SEED, ROME_JSON, ROME_SHEET, ROME_MARKWHEN, SPACE_RACE_CSV],
    ids=["seed", "timelinejs", "sheet", "markwhen", "csv"],
)
def test_every_imported_lesson_builds_all_three_outputs(source: Path, tmp_path: Path) -> None:
    lesson_path = tmp_path / f"{source.stem}.yaml"
    import_lesson(source, lesson_path)
    titles = [event.title for event in load_lesson(lesson_path).lesson.events]
    handout, deck, poster = build_lesson(lesson_path, tmp_path / "output").outputs
    with pdfplumber.open(handout) as pdf:
        handout_text = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert all(title in handout_text for title in titles)
    slide_texts = [
        " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        for slide in Presentation(str(deck)).slides
    ]
    assert all(any(title in " ".join(text.split()) for text in slide_texts) for title in titles)
    with pdfplumber.open(poster) as pdf:
        assert len(pdf.pages) == 1


BAD_SOURCES = [
    (
        "plain.txt",
        "A Lesson\n\nThe revolution\n\nFebtember 1917\n\nIt began.\n",
        "plain.txt:5:1: error: cannot read the date of 'The revolution': unknown word 'Febtember'",
    ),
    (
        "syntax.json",
        '{"events": [\n  {"start_date": {"year": 1917},}\n]}',
        "syntax.json:2:33: error: not valid JSON",
    ),
    (
        "year.json",
        '{"events": [\n  {"start_date": {"year": "19x7"},\n   "text": {"headline": "A"}}\n]}',
        "year.json:2:27: error: events[0].start_date.year: the year '19x7' is not a whole number",
    ),
    (
        "zero.json",
        '{"events": [{"start_date": {"year": 0}, "text": {"headline": "A"}}]}',
        "zero.json:1:37: error: events[0].start_date.year: there is no year 0",
    ),
    (
        "sheet.csv",
        "Year,End Year,Headline\n1917,1918,Fine\n1941,1939,Reversed\n",
        "sheet.csv:3: error: End Year: the range ends before it starts",
    ),
    (
        "sheet.csv",
        'Year,End Year,Headline,Text\n1917,,"A\nlong",x\n1918,,,no headline\n',
        "sheet.csv:4: error: Headline: this event has no headline",
    ),
    (
        "events.csv",
        "title,dat\nA,1917\n",
        "events.csv:1:1: error: unknown column 'dat'\n    hint: did you mean 'date'?",
    ),
    (
        "events.csv",
        'title,date,text\nA,1917,"two\nlines"\nB,March 32 1917,x\n',
        "events.csv:4: error: date: there is no day 32 in March 1917",
    ),
    (
        "timeline.mw",
        "title: T\n2020: Fine\n2020-13: Month thirteen\n",
        "timeline.mw:3:1: error: cannot read the date '2020-13': there is no month 13",
    ),
    (
        "timeline.mw",
        "title: T\n2020: Start\n2 weeks: Phase two\n",
        "timeline.mw:3:1: error: cannot read the date '2 weeks': the date '2 weeks' is relative",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), BAD_SOURCES)
def test_a_bad_row_or_line_is_reported_with_its_position(
    name: str, text: str, expected: str, tmp_path: Path
) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with pytest.raises(LessonError) as raised:
        import_lesson(source, tmp_path / "lesson.yaml")
    assert expected in raised.value.report().replace(str(tmp_path) + "/", "")
    assert not (tmp_path / "lesson.yaml").exists()


def test_the_command_writes_a_lesson_that_passes_check(tmp_path: Path) -> None:
    runner = CliRunner()
    lesson = tmp_path / "seed.yaml"
    result = runner.invoke(cli, ["import", str(SEED), "-o", str(lesson)])
    assert result.exit_code == 0, result.output
    assert f"wrote {lesson} (7 events from plain text)" in result.output
    assert lesson.read_text(encoding="utf-8").startswith("# Imported by lessonpress from ")
    assert runner.invoke(cli, ["check", str(lesson)]).exit_code == 0
    again = runner.invoke(cli, ["import", str(SEED), "-o", str(lesson)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_the_command_reports_a_bad_source_with_exit_status_2(tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"events": [}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source)])
    assert result.exit_code == 2
    assert f"{source}:1:13: error: not valid JSON" in result.output
    assert not (tmp_path / "bad.yaml").exists()


def test_a_sheet_saved_with_semicolons_imports(tmp_path: Path) -> None:
    source = tmp_path / "events.csv"
    source.write_text("Title;Date;Category\nSputnik 1;1957-10-04;Space\n", encoding="utf-8")
    [event] = imported(source, tmp_path).lesson.events
    assert (event.title, event.date_label, event.category) == (
        "Sputnik 1",
        "October 4, 1957",
        "space",
    )


def test_the_command_never_writes_over_its_source(tmp_path: Path) -> None:
    source = tmp_path / "timeline.yaml"
    source.write_text("A title\n\nAn event\n\n1917\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "--force", "--from", "text"])
    assert result.exit_code == 2 and "is the file being imported" in result.output
    assert source.read_text(encoding="utf-8") == "A title\n\nAn event\n\n1917\n"


def test_a_problem_the_loader_finds_points_at_the_source(tmp_path: Path) -> None:
    (tmp_path / "broken.png").write_bytes(b"not a picture")
    source = tmp_path / "timeline.json"
    source.write_text(
        '{"events": [\n  {"start_date": {"year": 1917}, "text": {"headline": "A"},\n'
        '   "media": {"url": "broken.png", "alt": "x"}}\n]}',
        encoding="utf-8",
    )
    with pytest.raises(LessonError) as raised:
        import_lesson(source, tmp_path / "lesson.yaml")
    [problem] = raised.value.problems
    assert (problem.file, problem.line, problem.path) == (source, 2, "events[0].image")
    assert "cannot use the image 'broken.png'" in problem.message
    assert not (tmp_path / "lesson.yaml").exists()
