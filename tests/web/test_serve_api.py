"""What the page asks the server for: open, start, import, check, preview, theme, download."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import yaml
from PIL import Image
from pptx import Presentation
from starlette.testclient import TestClient

from web.serving import SEED_TEXT


def test_the_folder_lists_its_lessons_examples_and_themes(client: TestClient) -> None:
    listing = client.get("/api/folder").json()
    assert listing["lessons"] == ["minimal.yaml"]
    assert "us-ussr-relations.yaml" in listing["examples"]
    assert "classic" in listing["themes"]


def test_a_lesson_opens_and_saves_in_place(client: TestClient, folder: Path) -> None:
    text = client.get("/api/lessons/minimal.yaml").json()["text"]
    assert text.startswith("# Stress lesson")
    saved = text.replace("The Moon Landing", "Apollo")
    answer = client.put("/api/lessons/minimal.yaml", content=saved).json()
    assert answer == {"name": "minimal.yaml", "saved": True, "problems": []}
    assert (folder / "minimal.yaml").read_text() == saved
    broken = client.put("/api/lessons/minimal.yaml", content="title: T\nevents: []\n").json()
    assert [p["line"] for p in broken["problems"]] == [2]
    assert (folder / "minimal.yaml").read_text() == "title: T\nevents: []\n"  # saved anyway


def test_the_starter_and_the_example_start_new_lessons(client: TestClient, folder: Path) -> None:
    starter = client.post("/api/start", json={"from": "starter", "title": "Causes of WW1"}).json()
    assert starter["name"] == "causes-of-ww1.yaml"
    assert "title: My Lesson Title" in (folder / starter["name"]).read_text()
    assert (folder / "lesson.schema.json").is_file()
    example = client.post(
        "/api/start", json={"from": "example", "example": "us-ussr-relations.yaml"}
    ).json()
    assert example["name"] == "us-ussr-relations.yaml"
    refused = client.post("/api/start", json={"from": "example", "example": "../../etc/passwd"})
    assert refused.status_code == 400


def test_pasted_plain_text_becomes_a_lesson(client: TestClient, folder: Path) -> None:
    response = client.post("/api/import?format=text", content=SEED_TEXT.read_text())
    result = response.json()
    assert result["name"] == "ussr-and-us-relations-between-1919-1950.yaml"
    lesson = yaml.safe_load((folder / result["name"]).read_text())
    assert lesson["title"] == "USSR and US Relations Between 1919-1950"
    assert result["events"] == len(lesson["events"]) > 5
    assert not [p for p in folder.iterdir() if p.name.startswith(".import-")]


def test_an_uploaded_timelinejs_sheet_becomes_a_lesson(client: TestClient, folder: Path) -> None:
    sheet = Path(__file__).resolve().parents[1] / "data" / "import" / "ancient-rome-sheet.csv"
    response = client.post(
        "/api/import?format=timelinejs-csv&title=Rome", content=sheet.read_bytes()
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "rome.yaml"
    assert yaml.safe_load((folder / "rome.yaml").read_text())["events"]


def test_check_reports_problems_at_their_lines_and_writes_nothing(
    client: TestClient, folder: Path
) -> None:
    text = "title: T\nevents:\n  - title: E\n    date: Febtember 1917\n"
    result = client.post("/api/check", json={"name": "minimal.yaml", "text": text}).json()
    assert result["events"] is None
    assert [(p["line"], p["field"]) for p in result["problems"]] == [(4, "events[0].date")]
    assert sorted(p.name for p in folder.iterdir()) == ["minimal.yaml"]
    fixed = client.post(
        "/api/check", json={"name": "minimal.yaml", "text": text.replace("Febtember", "March")}
    ).json()
    assert fixed == {"problems": [], "events": 1}


def test_check_with_a_preview_draws_that_output_page_by_page(client: TestClient) -> None:
    text = (Path.cwd() / "minimal.yaml").read_text()
    sizes = {}
    for poster_size in ("letter", "a3"):
        values = {"name": "minimal.yaml", "text": text, "poster_size": poster_size}
        result = client.post("/api/check", json={**values, "preview": "poster"}).json()
        assert len(result["pages"]) == 1
        picture = client.get(result["pages"][0])
        assert picture.headers["content-type"] == "image/png"
        sizes[poster_size] = Image.open(io.BytesIO(picture.content)).size
    assert sizes["a3"][0] > sizes["letter"][0]  # A3 is wider than letter
    assert client.get(result["pages"][0].replace("/1.png", "/2.png")).status_code == 404


def test_an_older_previews_pages_are_gone(client: TestClient) -> None:
    values = {"name": "minimal.yaml", "text": (Path.cwd() / "minimal.yaml").read_text()}
    first = client.post("/api/check", json={**values, "preview": "handout"}).json()["pages"]
    client.post("/api/check", json={**values, "preview": "handout"})
    assert client.get(first[0]).status_code == 404


def test_slides_keep_their_addresses_until_an_edit_changes_them(client: TestClient) -> None:
    text = (Path.cwd() / "minimal.yaml").read_text()
    values = {"name": "minimal.yaml", "text": text, "preview": "deck"}
    slides = client.post("/api/check", json=values).json()["pages"]
    assert len(slides) > 1
    first = client.get(slides[0])
    assert first.headers["content-type"] == "image/png"
    assert "immutable" in first.headers["cache-control"]
    edited = text.replace("Apollo 11 lands on the Moon", "Apollo 11 lands")
    again = client.post("/api/check", json={**values, "text": edited}).json()["pages"]
    changed = [number for number, (a, b) in enumerate(zip(slides, again, strict=True)) if a != b]
    assert changed and 0 not in changed  # the event's slides change, the title slide stays
    assert client.get(slides[changed[0]]).status_code == 404
    assert client.get(again[changed[0]]).status_code == 200
    assert client.get("/api/slides/not-a-digest.png").status_code == 404


def test_a_picked_colour_is_a_theme_file_extending_the_theme(
    client: TestClient, folder: Path
) -> None:
    body = {"name": "minimal.yaml", "base": "modern", "primary": "#aa3300"}
    assert client.post("/api/theme", json=body).json() == {"theme": "minimal.theme.yaml"}
    theme = yaml.safe_load((folder / "minimal.theme.yaml").read_text())
    assert theme == {"extends": "modern", "colors": {"primary": "#AA3300"}}
    again = {**body, "base": "minimal.theme.yaml", "primary": "#112233"}
    client.post("/api/theme", json=again)
    assert yaml.safe_load((folder / "minimal.theme.yaml").read_text())["extends"] == "modern"
    assert client.post("/api/theme", json={**body, "primary": "red; x"}).status_code == 400
    assert client.get("/api/folder").json()["lessons"] == ["minimal.yaml"]


def test_downloads_are_the_saved_lessons_three_files_or_a_zip(client: TestClient) -> None:
    handout = client.get("/api/download/minimal.yaml?format=handout&edition=teacher")
    assert handout.headers["content-disposition"] == 'attachment; filename="minimal-handout.pdf"'
    assert handout.content.startswith(b"%PDF")
    archive = zipfile.ZipFile(io.BytesIO(client.get("/api/download/minimal.yaml").content))
    assert sorted(archive.namelist()) == [
        "minimal-deck.pptx",
        "minimal-handout.pdf",
        "minimal-poster.pdf",
    ]


def test_a_broken_saved_lesson_downloads_as_its_problems(client: TestClient) -> None:
    client.put("/api/lessons/minimal.yaml", content="title: T\nevents: []\n")
    response = client.get("/api/download/minimal.yaml?format=poster")
    assert response.status_code == 422
    assert response.json()["problems"][0]["line"] == 2


def test_fonts_paper_and_accent_go_into_the_theme_file_and_are_checked(
    client: TestClient, folder: Path
) -> None:
    fonts = client.get("/api/folder").json()["fonts"]
    assert {"Source Serif Pro", "Source Sans 3", "Carlito", "Liberation Sans"} <= set(fonts)
    body = {"name": "minimal.yaml", "base": "classic", "accent": "#123456"}
    settings = {"heading_font": "Source Serif Pro", "handout_paper": "a4"}
    client.post("/api/theme", json={**body, **settings})
    theme = yaml.safe_load((folder / "minimal.theme.yaml").read_text())
    assert theme == {
        "extends": "classic",
        "colors": {"accent": "#123456"},
        "fonts": {"heading": {"family": "Source Serif Pro"}},
        "handout": {"page_size": "a4"},
    }
    client.post("/api/theme", json={**body, "base": "minimal.theme.yaml", "body_font": "Carlito"})
    fonts_set = yaml.safe_load((folder / "minimal.theme.yaml").read_text())["fonts"]
    assert fonts_set == {"heading": {"family": "Source Serif Pro"}, "body": {"family": "Carlito"}}
    wrongs = (
        {"heading_font": "Comic Sans"},
        {"body_font": "Comic Sans"},
        {"handout_paper": "napkin"},
    )
    for wrong in wrongs:
        assert client.post("/api/theme", json={**body, **wrong}).status_code == 400


def test_an_uploaded_logo_is_saved_beside_the_lesson_and_named_by_its_theme(
    client: TestClient, folder: Path
) -> None:
    logo = (Path(__file__).resolve().parents[1] / "data" / "images" / "tiny-40x30.png").read_bytes()
    response = client.post("/api/theme/logo?name=minimal.yaml&base=classic", content=logo)
    assert response.json() == {"theme": "minimal.theme.yaml"}
    assert (folder / "minimal-logo.png").read_bytes() == logo
    assert yaml.safe_load((folder / "minimal.theme.yaml").read_text())["logo"] == "minimal-logo.png"
    text = "title: T\ntheme: minimal.theme.yaml\nevents:\n  - title: E\n    date: 1969\n"
    checked = client.post("/api/check", json={"name": "minimal.yaml", "text": text}).json()
    assert checked["events"] == 1


def test_a_school_template_is_checked_before_anything_is_written(
    client: TestClient, folder: Path
) -> None:
    deck = io.BytesIO()
    Presentation().save(deck)
    upload = "/api/theme/template?name=minimal.yaml&base=modern"
    assert client.post(upload, content=deck.getvalue()).status_code == 200
    theme = yaml.safe_load((folder / "minimal.theme.yaml").read_text())
    assert theme["deck"] == {"template": "minimal-template.pptx"}
    before = sorted(p.name for p in folder.iterdir())
    broken = client.post(upload, content=b"PK\x03\x04 not really a deck")
    assert broken.status_code == 400 and "deck.template" in broken.json()["error"]
    not_a_deck = client.post(upload, content=b"%PDF-1.7")
    assert "PowerPoint" in not_a_deck.json()["error"]
    assert sorted(p.name for p in folder.iterdir()) == before
    assert (folder / "minimal-template.pptx").read_bytes() == deck.getvalue()


def test_a_lesson_named_in_any_language_downloads_under_its_name(
    client: TestClient, folder: Path
) -> None:
    client.put("/api/lessons/révolution.yaml", content=(folder / "minimal.yaml").read_text())
    response = client.get("/api/download/révolution.yaml?format=poster")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == (
        "attachment; filename*=utf-8''r%C3%A9volution-poster.pdf"
    )


def test_the_theme_settings_show_what_the_theme_in_use_sets(
    client: TestClient, folder: Path
) -> None:
    modern = client.get("/api/theme?name=minimal.yaml&of=modern").json()
    assert modern == {
        "primary": "#0B5563",
        "accent": "#C0392B",
        "heading_font": "Source Serif Pro",
        "body_font": "Source Sans 3",
        "handout_paper": "letter",
    }
    body = {"name": "minimal.yaml", "base": "modern", "handout_paper": "a4"}
    client.post("/api/theme", json=body)
    own = client.get("/api/theme?name=minimal.yaml&of=minimal.theme.yaml").json()
    assert own == {**modern, "handout_paper": "a4"}
    (folder.parent / "elsewhere.yaml").write_text("extends: classic\n")
    outside = client.get("/api/theme?name=minimal.yaml&of=../elsewhere.yaml")
    assert outside.status_code == 400
    assert "outside the folders" in outside.json()["error"]
