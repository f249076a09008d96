"""A theme's font files and deck template are checked for what they are when it loads."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from lessonpress.cli import cli
from lessonpress.errors import LessonError
from lessonpress.fonts import default_family
from lessonpress.load.template import UnusableTemplate, check_deck_template
from lessonpress.load.theme import load_theme

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"


def test_a_truetype_font_file_is_accepted(tmp_path: Path) -> None:
    shutil.copy(default_family().regular, tmp_path / "Body.ttf")
    (tmp_path / "t.yaml").write_text("fonts:\n  body: {family: Body, regular: Body.ttf}\n")
    assert load_theme("t.yaml", tmp_path).fonts.body.regular == str(tmp_path / "Body.ttf")


def test_every_face_of_a_family_is_checked(tmp_path: Path) -> None:
    shutil.copy(default_family().regular, tmp_path / "Body.ttf")
    (tmp_path / "Bold.ttf").write_text("not a font\n")
    (tmp_path / "t.yaml").write_text(
        "fonts:\n  body:\n    family: Body\n    regular: Body.ttf\n    bold: Bold.ttf\n"
    )
    with pytest.raises(LessonError) as caught:
        load_theme("t.yaml", tmp_path)
    [problem] = caught.value.problems
    assert (problem.line, problem.path) == (5, "fonts.body.bold")
    assert problem.message == "cannot use the font file 'Bold.ttf': it is not a font file"


def with_content_type(template: bytes, content_type: str) -> bytes:
    """``template`` with its presentation part declared as ``content_type``."""
    source = zipfile.ZipFile(io.BytesIO(template))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "[Content_Types].xml":
                data = data.replace(b"presentationml.presentation.main+xml", content_type.encode())
            package.writestr(member, data)
    return buffer.getvalue()


def test_a_presentation_is_accepted_and_its_relatives_are_told_apart() -> None:
    school = (TEMPLATES / "school.pptx").read_bytes()
    check_deck_template(school)
    kinds = {"presentationml.slideshow.main+xml": "a PowerPoint slide show (.ppsx)"}
    for content_type, message in kinds.items():
        with pytest.raises(UnusableTemplate, match=message.replace("(", r"\(").replace(")", r"\)")):
            check_deck_template(with_content_type(school, content_type))
    with pytest.raises(UnusableTemplate, match="damaged"):
        check_deck_template(school[: len(school) // 2] + school[-2000:])


def test_a_font_file_must_have_the_glyphs_the_lesson_needs(tmp_path: Path) -> None:
    """A character no font has would print as an empty box; one a fallback has is fine."""
    shutil.copy(default_family().regular, tmp_path / "Body.ttf")
    (tmp_path / "theme.yaml").write_text(
        "extends: classic\nfonts:\n  body: {family: Body, regular: Body.ttf}\n"
    )
    lesson = (
        "title: Glyphs\ntheme: theme.yaml\nevents:\n  - {{title: A, date: 1917, text: {text}}}\n"
    )
    (tmp_path / "cyrillic.yaml").write_text(lesson.format(text="Революция"))
    (tmp_path / "chinese.yaml").write_text(lesson.format(text="辛亥革命"))
    (tmp_path / "chinese-classic.yaml").write_text(
        lesson.format(text="辛亥革命").replace("theme: theme.yaml\n", "")
    )
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(tmp_path / "cyrillic.yaml")]).exit_code == 0
    refused = runner.invoke(cli, ["check", str(tmp_path / "chinese.yaml")])
    assert refused.exit_code == 2
    assert "theme.yaml:3:" in refused.output and "fonts.body.regular" in refused.output
    assert "has no glyph for 4 characters the lesson uses (亥 命 辛 革)" in refused.output
    # Without a font file of the theme's own there is no file to name: the build goes on.
    assert runner.invoke(cli, ["check", str(tmp_path / "chinese-classic.yaml")]).exit_code == 0
