"""The ``lessonpress`` command: parse arguments, call the library, print, pick the exit status.

Exit status 0 means success, 2 a problem with what the teacher gave us (a lesson,
a theme, an image, an argument), 1 a file that cannot be written (a full disk, a
read-only folder: said in one line) or a fault of lessonpress itself (with an apology).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

import click

from lessonpress import __version__
from lessonpress.commit import OutputError
from lessonpress.errors import LessonError, Problem, Severity, sort_problems

if TYPE_CHECKING:
    from lessonpress.batch import LessonOutcome

EXIT_INPUT_PROBLEM = 2
EXIT_CANNOT_WRITE = 1
EXIT_INTERNAL_FAULT = 1
ISSUES_URL = "https://github.com/lessonpress/lessonpress/issues"


class LessonpressGroup(click.Group):
    """Runs a command: problems with the input exit with 2, files that cannot be written
    and faults with 1."""

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
        except OutputError as error:
            click.secho(str(error), fg="red", err=True)
            ctx.exit(EXIT_CANNOT_WRITE)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception:
            _apologise(traceback.format_exc(), debug=ctx.meta.get("lessonpress.debug", False))
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

FORMATS = click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    metavar="NAME",
    help="Make only this output (handout, deck or poster); repeat for more. Default: all.",
)

OUTPUT_DIR = click.option(
    "--output",
    "-o",
    "output_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output"),
    show_default=True,
    help="The folder to write the files into.",
)

EDITION = click.option(
    "--edition",
    type=click.Choice(["student", "teacher"]),
    default="student",
    show_default=True,
    help="The teacher edition adds answers and speaker notes to the handout.",
)

POSTER_SIZE = click.option(
    "--poster-size",
    metavar="SIZE",
    help="Paper for the poster this time (letter, tabloid, a3, a2, a1, a0, 24x36in...).",
)

ONLY = click.option(
    "--only",
    type=click.Choice(["highlighted"]),
    help="Make the poster of the key events alone (highlight: true), for a lesson too "
    "crowded for its paper; the handout and deck keep every event.",
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
@FORMATS
@click.option(
    "--theme",
    "-t",
    metavar="NAME|FILE",
    help="A built-in theme name or a theme file; overrides the lesson's own theme.",
)
@OUTPUT_DIR
@EDITION
@POSTER_SIZE
@ONLY
@ALLOW_DIR
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    metavar="N",
    help="Build N lessons at a time, in parallel processes. Default: one per core.",
)
@click.pass_context
def build(
    ctx: click.Context,
    lessons: Sequence[Path],
    formats: Sequence[str],
    theme: str | None,
    output_dir: Path,
    edition: str,
    poster_size: str | None,
    only: str | None,
    allowed_dirs: Sequence[Path],
    jobs: int | None,
) -> None:
    """Make the handout, deck and poster of each LESSON.

    Files are named after the lesson: my-lesson-handout.pdf, my-lesson-deck.pptx and
    my-lesson-poster.pdf. A file is replaced only when its new version is complete.
    A lesson that cannot be built does not stop the others; its problems are listed
    at the end.
    """
    from lessonpress.batch import BatchSettings, build_lessons
    from lessonpress.progress import lesson_progress
    from lessonpress.renderers.base import Edition, RenderOptions

    lessons = _distinct_lessons(lessons)
    options = RenderOptions(
        edition=cast(Edition, edition),
        poster_size=_poster_size(poster_size),
        only_highlighted=only == "highlighted",
    )
    settings = BatchSettings(
        output_dir, tuple(formats) or None, theme, options, tuple(allowed_dirs)
    )
    with lesson_progress(len(lessons)) as report:
        outcomes = build_lessons(lessons, settings, jobs, report)
    ctx.exit(_report_outcomes(outcomes, debug=ctx.meta.get("lessonpress.debug", False)))


@cli.command()
@LESSON_FILES
@click.option("--theme", "-t", metavar="NAME|FILE", help="Check with this theme instead.")
@FORMATS
@EDITION
@POSTER_SIZE
@ONLY
@ALLOW_DIR
def check(
    lessons: Sequence[Path],
    theme: str | None,
    allowed_dirs: Sequence[Path],
    formats: Sequence[str],
    edition: str,
    poster_size: str | None,
    only: str | None,
) -> None:
    """Check each LESSON for mistakes without writing anything.

    Errors (which stop a build) and warnings (worth fixing, such as a picture without
    alt text) are listed with the line to edit. The outputs are made in memory, as
    `build` with the same options would make them, and not written.
    """
    from lessonpress.build import check_lesson
    from lessonpress.renderers.base import Edition, RenderOptions

    options = RenderOptions(
        edition=cast(Edition, edition),
        poster_size=_poster_size(poster_size),
        only_highlighted=only == "highlighted",
    )
    failed: list[Problem] = []
    for lesson_path in lessons:
        try:
            result = check_lesson(lesson_path, formats or None, theme, options, allowed_dirs)
        except LessonError as error:
            failed.extend(error.problems)
            continue
        _print_problems(result.warnings)
        events = len(result.lesson.events)
        warnings = f", {_plural(len(result.warnings), 'warning')}" if result.warnings else ""
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
    from lessonpress.commit import commit_files
    from lessonpress.starter import starter_files

    if path.exists() and not force:
        raise click.UsageError(f"{path} already exists; choose another name or add --force.")
    commit_files(path.parent, starter_files(path.name))
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
    from lessonpress.starter import lesson_schema_json

    text = lesson_schema_json()
    if output is None:
        click.echo(text, nl=False)
    else:
        from lessonpress.build import write_atomically

        write_atomically(output, text.encode())
        click.echo(f"wrote {output}")


# Importing, exporting, previewing and watching lessons.


@cli.command("import")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The lesson file to write. Default: SOURCE with the suffix .yaml.",
)
@click.option(
    "--from",
    "format_name",
    type=click.Choice(["text", "timelinejs", "timelinejs-csv", "markwhen", "csv"]),
    help="The format of SOURCE, when its name does not tell (.txt, .json, .csv, .mw).",
)
@click.option("--force", is_flag=True, help="Replace the lesson file if it already exists.")
def import_(source: Path, output: Path | None, format_name: str | None, force: bool) -> None:
    """Turn a timeline you already have into a commented lesson file.

    SOURCE is plain text (a title, then each event's title, date and paragraphs),
    TimelineJS JSON or its Google Sheets template saved as CSV, Markwhen, or a CSV
    whose columns are the lesson's own (date, title, text, category, ...).
    """
    from lessonpress.convert import import_lesson

    output = output or source.with_suffix(".yaml")
    if output.resolve() == source.resolve():
        raise click.UsageError(f"{source} is the file being imported; name another with -o.")
    if output.exists() and not force:
        raise click.UsageError(f"{output} already exists; choose another name or add --force.")
    result = import_lesson(source, output, format_name)
    _print_problems(result.warnings)
    click.echo(f"wrote {output} ({_plural(result.events, 'event')} from {result.format_name})")
    click.echo(f"Next: read it through, then run `lessonpress build {output}`.")


@cli.command()
@click.argument("lesson", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "-f",
    "format_name",
    type=click.Choice(["timelinejs"]),
    default="timelinejs",
    show_default=True,
    help="The format to write.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The file to write. Default: output/<lesson>-timeline.json.",
)
def export(lesson: Path, format_name: str, output: Path | None) -> None:
    """Write LESSON as TimelineJS JSON, for a web timeline.

    Load the file in TimelineJS (timeline.knightlab.com) to publish the lesson's
    events, eras and pictures as a web page.
    """
    from lessonpress.build import write_atomically
    from lessonpress.convert.timelinejs_writer import timelinejs_json
    from lessonpress.load.lesson import load_lesson

    loaded = load_lesson(lesson)
    output = output or Path("output") / f"{lesson.stem}-timeline.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    text = timelinejs_json(loaded.lesson, output.parent.resolve())
    write_atomically(output, text.encode())
    click.echo(f"wrote {output}")


@cli.command()
@click.argument("lesson", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--theme", "-t", metavar="NAME|FILE", help="Preview with this theme instead.")
@click.option(
    "--output",
    "-o",
    "output_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output") / "preview",
    show_default=True,
    help="The folder to write the pictures into.",
)
@click.option(
    "--libreoffice",
    is_flag=True,
    help="Draw the slides through LibreOffice (soffice), as an office program shows "
    "them, instead of lessonpress's own slide painter; takes seconds, not tenths.",
)
def preview(lesson: Path, theme: str | None, output_dir: Path, libreoffice: bool) -> None:
    """Write PNG pictures of LESSON's pages, and a contact sheet.

    Every page of the handout, deck and poster becomes a picture, and the contact
    sheet <lesson>-contact-sheet.png shows them all side by side. PDF pages are
    drawn by PDFium (included); the slides are painted by lessonpress itself from
    the deck it built, with no other program. With --libreoffice they are drawn
    through LibreOffice (soffice) instead, and skipped with a message when
    LibreOffice is not installed.
    """
    from lessonpress.preview import preview_lesson

    result, warnings = preview_lesson(lesson, output_dir, theme, libreoffice=libreoffice)
    _print_problems(warnings)
    for message in result.skipped:
        click.secho(f"preview of the {message}", fg="yellow", err=True)
    click.echo(f"wrote {_plural(len(result.pages), 'page picture')} in {output_dir}")
    click.echo(f"wrote {result.contact_sheet}")


@cli.command()
@click.argument("lesson", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    metavar="NAME",
    help="Rebuild only this output (handout, deck or poster); repeat for more. Default: all.",
)
@click.option("--theme", "-t", metavar="NAME|FILE", help="A theme instead of the lesson's own.")
@OUTPUT_DIR
@EDITION
@click.option(
    "--preview",
    "with_preview",
    is_flag=True,
    help="Also refresh the page pictures and contact sheet (as `lessonpress preview`) "
    "in OUTPUT/preview after every rebuild.",
)
def watch(
    lesson: Path,
    formats: Sequence[str],
    theme: str | None,
    output_dir: Path,
    edition: str,
    with_preview: bool,
) -> None:
    """Rebuild LESSON's outputs whenever you save it.

    Each rebuild prints what changed in the lesson, or the problems with their lines;
    a lesson with a mistake leaves the last good outputs in place and the watch goes
    on until you press Ctrl+C. Pictures and a theme file named by the lesson are
    watched too.
    """
    import time

    from lessonpress.preview import Previewer
    from lessonpress.renderers.base import Edition, RenderOptions
    from lessonpress.watch import LessonBuilder, Rebuild, watch_lesson

    def rebuilt(result: Rebuild) -> None:
        _print_problems(result.warnings)
        if result.changes:
            click.echo("changed: " + "; ".join(result.changes))
        names = ", ".join(path.name for path in result.outputs)
        click.echo(f"built {names} in {result.seconds:.2f} s")
        if result.preview is not None:
            for message in result.preview.skipped:
                click.secho(f"preview of the {message}", fg="yellow", err=True)
            click.echo(f"refreshed the preview {result.preview.contact_sheet}")

    def failed(error: LessonError) -> None:
        _print_problems(error.problems)
        errors = sum(1 for p in error.problems if p.severity is Severity.ERROR)
        click.secho(
            f"{_plural(errors, 'problem')} to fix; the outputs were left as they were. "
            "Still watching.",
            fg="red",
            err=True,
        )

    def saw(paths: list[Path]) -> None:
        click.echo(f"[{time.strftime('%H:%M:%S')}] saved: {', '.join(p.name for p in paths)}")

    options = RenderOptions(edition=cast(Edition, edition))
    previewer = Previewer(output_dir / "preview") if with_preview else None
    try:
        builder = LessonBuilder(lesson, output_dir, formats or None, theme, options, previewer)
        click.echo(f"watching {lesson}; press Ctrl+C to stop")
        watch_lesson(builder, rebuilt, failed, saw)
    finally:
        if previewer is not None:
            previewer.close()
    click.echo("stopped watching")


# The page in the browser.


@cli.command()
@click.argument(
    "folder",
    required=False,
    default=Path("."),
    type=click.Path(path_type=Path, file_okay=False, exists=True),
)
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Default: a free port.")
@click.option("--no-browser", is_flag=True, help="Print the page's address; open no browser.")
def serve(folder: Path, port: int, no_browser: bool) -> None:
    """Open a page in your browser to write, check, preview and download lessons.

    The page edits the lessons in FOLDER (default: the current folder) and writes
    only there; pictures and themes the lessons name are read from it too. It is
    served on this computer alone (127.0.0.1); press Ctrl+C to stop.
    """
    import os

    from lessonpress.serve.run import CannotListen, serve_folder

    # Files a lesson names are read from the current folder too: make that FOLDER.
    os.chdir(folder)

    def announce(url: str) -> None:
        click.echo(f"lessonpress is serving {Path.cwd()} at {url}")
        click.echo("Keep this window open while you work; press Ctrl+C to stop.")

    try:
        serve_folder(Path.cwd(), port, open_browser=not no_browser, announce=announce)
    except CannotListen as error:
        raise click.BadParameter(f"{error}; choose another port", param_hint="--port") from None
    click.echo("stopped serving")


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


def _distinct_lessons(lessons: Sequence[Path]) -> list[Path]:
    """The lessons to build, each once; two that would write the same files are refused."""
    # By absolute path, not resolved: a link that loops is the lesson's problem to report.
    by_file = {os.path.abspath(lesson): lesson for lesson in reversed(lessons)}
    distinct = [lesson for lesson in lessons if by_file[os.path.abspath(lesson)] is lesson]
    by_name: dict[str, Path] = {}
    for lesson in distinct:
        other = by_name.setdefault(lesson.stem, lesson)
        if other is not lesson:
            raise click.UsageError(
                f"{other} and {lesson} would write the same files ({lesson.stem}-...); "
                "build them into different folders with -o."
            )
    return distinct


def _report_outcomes(outcomes: Sequence[LessonOutcome], debug: bool) -> int:
    """Print what stopped any lesson, by file and line, and return the exit status.

    A file that cannot be written or a fault of lessonpress gives 1, since editing
    the lessons will not help; problems in the lessons alone give 2.
    """
    found = (p for outcome in outcomes for p in (*outcome.warnings, *outcome.problems))
    _print_problems(list(dict.fromkeys(found)))  # a bad --theme is every lesson's: say it once
    for outcome in outcomes:
        if outcome.output_error is not None:
            click.secho(outcome.output_error, fg="red", err=True)
    faults = [outcome.fault for outcome in outcomes if outcome.fault is not None]
    for details in faults if debug else faults[:1]:
        _apologise(details, debug)
    failed = [outcome for outcome in outcomes if not outcome.built]
    summary = _failure_summary(failed, len(outcomes))
    if summary:
        click.secho(summary, fg="red", err=True)
    if faults or any(outcome.output_error is not None for outcome in failed):
        return EXIT_CANNOT_WRITE
    return EXIT_INPUT_PROBLEM if failed else 0


def _failure_summary(failed: Sequence[LessonOutcome], total: int) -> str | None:
    """The last line of a build in which ``failed`` of ``total`` lessons were not built."""
    errors = sum(1 for o in failed for p in o.problems if p.severity is Severity.ERROR)
    fixes = f"{_plural(errors, 'problem')} to fix; " if errors else ""
    if total == 1:
        if not errors:
            return None
        written = ", ".join(path.name for outcome in failed for path in outcome.outputs)
        ending = f"wrote only {written}" if written else "nothing was written"
        return f"{fixes}{ending}."
    if not failed:
        return None
    names = ", ".join(str(outcome.lesson) for outcome in failed)
    return f"{fixes}{len(failed)} of {_plural(total, 'lesson')} not built: {names}"


def _apologise(details: str, debug: bool) -> None:
    """Say that lessonpress itself failed; ``details`` (a traceback) only with --debug."""
    if debug:
        click.echo(details, err=True, nl=False)
        return
    click.echo(
        "Sorry: lessonpress ran into a fault of its own, not a problem with your "
        f"lesson.\nPlease report it at {ISSUES_URL}, with the lesson if you can.\n"
        "Run the same command with --debug to see the details.",
        err=True,
    )


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in sort_problems(problems):
        color = "red" if problem.severity is Severity.ERROR else "yellow"
        click.secho(str(problem), fg=color, err=True)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def main() -> NoReturn:
    """Run the command line and exit with its status."""
    sys.exit(cli.main(prog_name="lessonpress", standalone_mode=True))
