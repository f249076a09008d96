"""The ``lessonpress`` command: parse arguments, call the library, print, pick the exit status.

Exit status 0 means success, 2 a problem with what the teacher gave us (a lesson,
a theme, an image, an argument), 1 a fault of lessonpress itself.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

import click

from lessonpress import __version__
from lessonpress.errors import LessonError, Problem, Severity, sort_problems

EXIT_INPUT_PROBLEM = 2
EXIT_INTERNAL_FAULT = 1
ISSUES_URL = "https://github.com/lessonpress/lessonpress/issues"
SCHEMA_FILE_NAME = "lesson.schema.json"


class LessonpressGroup(click.Group):
    """Runs a command, turning problems with the input into exit status 2, faults into 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LessonError as error:
            _print_problems(error.problems)
            errors = sum(1 for p in error.problems if p.severity is Severity.ERROR)
            click.secho(
                f"{_plural(errors, 'problem')} to fix; nothing was written.", fg="red", err=True
            )
            ctx.exit(EXIT_INPUT_PROBLEM)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception:
            if ctx.meta.get("lessonpress.debug"):
                traceback.print_exc()
            else:
                click.echo(
                    "Sorry: lessonpress ran into a fault of its own, not a problem with your "
                    f"lesson.\nPlease report it at {ISSUES_URL}, with the lesson if you can.\n"
                    "Run the same command with --debug to see the details.",
                    err=True,
                )
            ctx.exit(EXIT_INTERNAL_FAULT)


@click.group(cls=LessonpressGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lessonpress")
@click.option("--debug", is_flag=True, help="Show the full details when something goes wrong.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn one lesson file into a student handout, a lecture deck and a wall poster.

    Start with `lessonpress new my-lesson.yaml`, edit it, check it with
    `lessonpress check my-lesson.yaml`, then `lessonpress build my-lesson.yaml`.
    """
    ctx.meta["lessonpress.debug"] = debug


LESSON_FILES = click.argument(
    "lessons",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="LESSON...",
)

ALLOW_DIR = click.option(
    "--allow-dir",
    "allowed_dirs",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    metavar="DIR",
    help="Also read pictures, fonts, templates and themes the lesson names from DIR "
    "(besides the lesson's and the current folder); repeat for more.",
)


@cli.command()
@LESSON_FILES
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    metavar="NAME",
    help="Make only this output (handout, deck or poster); repeat for more. Default: all.",
)
@click.option(
    "--theme",
    "-t",
    metavar="NAME|FILE",
    help="A built-in theme name or a theme file; overrides the lesson's own theme.",
)
@click.option(
    "--output",
    "-o",
    "output_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output"),
    show_default=True,
    help="The folder to write the files into.",
)
@click.option(
    "--edition",
    type=click.Choice(["student", "teacher"]),
    default="student",
    show_default=True,
    help="The teacher edition adds answers and speaker notes to the handout.",
)
@click.option(
    "--poster-size",
    metavar="SIZE",
    help="Paper for the poster this time (letter, tabloid, a3, a2, a1, a0, 24x36in...).",
)
@ALLOW_DIR
def build(
    lessons: Sequence[Path],
    formats: Sequence[str],
    theme: str | None,
    output_dir: Path,
    edition: str,
    poster_size: str | None,
    allowed_dirs: Sequence[Path],
) -> None:
    """Make the handout, deck and poster of each LESSON.

    Files are named after the lesson: my-lesson-handout.pdf, my-lesson-deck.pptx and
    my-lesson-poster.pdf. A file is replaced only when its new version is complete.
    """
    from lessonpress.build import build_lesson
    from lessonpress.renderers.base import Edition, RenderOptions

    options = RenderOptions(edition=cast(Edition, edition), poster_size=_poster_size(poster_size))
    failed: list[Problem] = []
    for lesson_path in lessons:
        try:
            result = build_lesson(
                lesson_path, output_dir, formats or None, theme, options, allowed_dirs
            )
        except LessonError as error:
            failed.extend(error.problems)
            continue
        _print_problems(result.warnings)
        for path in result.outputs:
            click.echo(f"wrote {path}")
    if failed:
        raise LessonError(failed)


@cli.command()
@LESSON_FILES
@click.option("--theme", "-t", metavar="NAME|FILE", help="Check with this theme instead.")
@ALLOW_DIR
def check(lessons: Sequence[Path], theme: str | None, allowed_dirs: Sequence[Path]) -> None:
    """Check each LESSON for mistakes without making anything.

    Errors (which stop a build) and warnings (worth fixing, such as a picture without
    alt text) are listed with the line to edit.
    """
    from lessonpress.build import resolve_theme
    from lessonpress.load.lesson import load_lesson
    from lessonpress.load.theme import theme_warnings

    failed: list[Problem] = []
    for lesson_path in lessons:
        try:
            loaded = load_lesson(lesson_path, allowed_dirs)
            found = [*loaded.warnings, *theme_warnings(resolve_theme(loaded, theme, allowed_dirs))]
        except LessonError as error:
            failed.extend(error.problems)
            continue
        _print_problems(found)
        events = len(loaded.lesson.events)
        warnings = f", {_plural(len(found), 'warning')}" if found else ""
        click.echo(f"{lesson_path}: ok ({_plural(events, 'event')}{warnings})")
    if failed:
        raise LessonError(failed)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace the file if it already exists.")
def new(path: Path, force: bool) -> None:
    """Write a starter lesson to PATH, with comments explaining every part.

    A JSON Schema file is written beside it so that editors such as VS Code can
    suggest keys and flag mistakes as you type.
    """
    from lessonpress.build import write_atomically
    from lessonpress.starter import starter_lesson

    if path.exists() and not force:
        raise click.UsageError(f"{path} already exists; choose another name or add --force.")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, starter_lesson(path.stem, SCHEMA_FILE_NAME).encode())
    write_atomically(path.parent / SCHEMA_FILE_NAME, _schema_json().encode())
    click.echo(f"wrote {path}")
    click.echo(f"Next: edit it, then run `lessonpress check {path}`.")


@cli.command()
def themes() -> None:
    """List the built-in themes and what each looks like."""
    from lessonpress.load.theme import list_themes

    for info in list_themes():
        click.echo(f"{info.name:<15} {info.description}")
        click.echo(f"{'':<15} {info.path}")


@cli.command()
def renderers() -> None:
    """List the installed output formats and the package each comes from."""
    from lessonpress.renderers.base import installed_renderers

    for info in installed_renderers():
        renderer = info.load()
        click.echo(f"{info.name:<10} {renderer.suffix:<6} {renderer.description}")
        click.echo(f"{'':<10} from {info.distribution} ({info.target})")


@cli.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the schema to this file instead of printing it.",
)
def schema(output: Path | None) -> None:
    """Print the JSON Schema of the lesson format, for editors' autocompletion."""
    text = _schema_json()
    if output is None:
        click.echo(text, nl=False)
    else:
        from lessonpress.build import write_atomically

        write_atomically(output, text.encode())
        click.echo(f"wrote {output}")


def _schema_json() -> str:
    from lessonpress.model.lesson import Lesson

    document = Lesson.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = "lessonpress lesson, format version 1"
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _poster_size(text: str | None) -> Any:
    if text is None:
        return None
    from pydantic_core import PydanticCustomError

    from lessonpress.model.pages import parse_page_size

    try:
        return parse_page_size(text)
    except PydanticCustomError as error:
        raise click.BadParameter(
            f"{error.message()}; {error.context.get('hint', '') if error.context else ''}",
            param_hint="--poster-size",
        ) from None


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in sort_problems(problems):
        color = "red" if problem.severity is Severity.ERROR else "yellow"
        click.secho(str(problem), fg=color, err=True)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def main() -> NoReturn:
    """Run the command line and exit with its status."""
    sys.exit(cli.main(prog_name="lessonpress", standalone_mode=True))
