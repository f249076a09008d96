"""Rebuild a lesson's outputs every time one of its files is saved, in one warm process.

The process loads the renderers, fonts and libraries once; each save then costs only
reading the lesson again and drawing the outputs. A save that breaks the lesson
reports its problems and leaves the last good outputs in place, and the watch goes
on: the next save that fixes the lesson rebuilds them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from threading import Event as StopEvent

from lessonpress.build import default_formats, render_loaded, resolve_theme
from lessonpress.commit import commit_files
from lessonpress.errors import LessonError, Problem
from lessonpress.load.lesson import load_lesson
from lessonpress.model.lesson import Event, Lesson
from lessonpress.preview import Previewer, PreviewResult, RenderedOutput
from lessonpress.renderers.base import Renderer, RenderOptions, load_renderers

_COMPARED_EVENT_FIELDS = tuple(name for name in Event.model_fields if name != "id")
_COMPARED_LESSON_PARTS: tuple[str, ...] = ("title", "subtitle", "summary", "objectives", "eras")
_COMPARED_LESSON_PARTS += ("categories", "questions", "glossary", "sources", "theme", "order")


@dataclass(frozen=True, slots=True)
class Rebuild:
    """What one rebuild wrote, what had changed in the lesson, and how long it took."""

    outputs: tuple[Path, ...]
    changes: tuple[str, ...]
    warnings: tuple[Problem, ...]
    seconds: float
    preview: PreviewResult | None = None


class LessonBuilder:
    """Builds one lesson again and again, keeping its renderers and previous version."""

    def __init__(
        self,
        lesson_path: Path,
        output_dir: Path,
        formats: Sequence[str] | None = None,
        theme_reference: str | None = None,
        options: RenderOptions | None = None,
        previewer: Previewer | None = None,
    ) -> None:
        self.lesson_path = lesson_path
        self.output_dir = output_dir
        self.theme_reference = theme_reference
        self.options = options or RenderOptions()
        self.previewer = previewer
        self.renderers: list[Renderer] = load_renderers(list(formats or default_formats()))
        self.lesson: Lesson | None = None

    def rebuild(self) -> Rebuild:
        """Load, render and write every output; raises :class:`LessonError` for bad input.

        As a build does, every output is rendered before any is written and they are
        committed together, so a problem leaves the last good files in place.
        The files are not flushed to disk (see :mod:`lessonpress.commit`).
        """
        started = time.perf_counter()
        loaded = load_lesson(self.lesson_path)
        theme = resolve_theme(loaded, self.theme_reference)
        rendered = render_loaded(self.lesson_path, loaded, theme, self.renderers, self.options)
        # Not flushed to disk: a flush costs more than drawing a small output, on
        # every save, and a watch rebuilds everything when it starts again.
        outputs = commit_files(self.output_dir, rendered.files, flush=False)
        changes = describe_changes(self.lesson, rendered.lesson)
        self.lesson = rendered.lesson
        seconds = time.perf_counter() - started
        preview = None
        if self.previewer is not None:
            contents = [
                RenderedOutput(renderer.name, renderer.suffix, content)
                for renderer, content in zip(self.renderers, rendered.files.values(), strict=True)
            ]
            preview = self.previewer.write(self.lesson_path.stem, contents)
        return Rebuild(tuple(outputs), tuple(changes), rendered.warnings, seconds, preview)

    def watched_files(self) -> set[Path]:
        """The lesson file, its theme file if it names one, and its pictures."""
        files = {self.lesson_path.resolve()}
        folder = self.lesson_path.resolve().parent
        theme = self.theme_reference or (self.lesson.theme if self.lesson else None)
        if theme and theme.endswith((".yaml", ".yml")):
            base = Path.cwd() if self.theme_reference else folder
            files.add((base / theme).resolve())
        for event in self.lesson.events if self.lesson else ():
            if event.image is not None and event.image.file is not None:
                files.add(event.image.file.path)
        return files


def watch_lesson(
    builder: LessonBuilder,
    on_rebuild: Callable[[Rebuild], None],
    on_problems: Callable[[LessonError], None],
    on_change: Callable[[list[Path]], None],
    stop: StopEvent | None = None,
) -> None:
    """Build once, then again after every change to the lesson's files, until stopped.

    Stops when ``stop`` is set or on Ctrl+C. Problems with the input are handed to
    ``on_problems`` and the watch continues.
    """
    import watchfiles

    # watchfiles logs a warning of its own on Ctrl+C; stopping is not worth a warning here.
    logging.getLogger("watchfiles").setLevel(logging.ERROR)
    _build_and_report(builder, on_rebuild, on_problems)
    while stop is None or not stop.is_set():
        files = builder.watched_files()
        folders = sorted({path.parent for path in files})
        for changes in watchfiles.watch(
            *folders,
            watch_filter=_only(files),
            # Changes are handed over after 10 ms without another: an editor writes
            # a save in one burst, and each millisecond here is one the teacher waits.
            step=10,
            stop_event=stop,
            recursive=False,
            raise_interrupt=False,
        ):
            changed = sorted({Path(name) for _, name in changes})
            if not builder.lesson_path.exists():
                continue  # an editor replacing the file: the next event has the new one
            on_change(changed)
            _build_and_report(builder, on_rebuild, on_problems)
            if builder.watched_files() != files:
                break  # a new picture or theme file: watch its folder too
        else:
            return  # stopped by ``stop`` or Ctrl+C


def _only(files: set[Path]) -> Callable[[object, str], bool]:
    """A watchfiles filter that keeps changes to ``files`` alone (never to the outputs)."""

    def keep(_change: object, name: str) -> bool:
        return Path(name).resolve() in files

    return keep


def _build_and_report(
    builder: LessonBuilder,
    on_rebuild: Callable[[Rebuild], None],
    on_problems: Callable[[LessonError], None],
) -> None:
    try:
        on_rebuild(builder.rebuild())
    except LessonError as error:
        on_problems(error)


def describe_changes(old: Lesson | None, new: Lesson) -> list[str]:
    """What differs between two versions of a lesson, in words: ``'Pact' (text, date)``."""
    if old is None:
        return []
    changes = [part for part in _COMPARED_LESSON_PARTS if getattr(old, part) != getattr(new, part)]
    old_events = {event.slug: event for event in old.events}
    new_events = {event.slug: event for event in new.events}
    for slug, event in new_events.items():
        before = old_events.get(slug)
        if before is None:
            changes.append(f"added '{event.title}'")
            continue
        fields = [f for f in _COMPARED_EVENT_FIELDS if getattr(before, f) != getattr(event, f)]
        if fields:
            changes.append(f"'{event.title}' ({', '.join(fields)})")
    changes += [f"removed '{e.title}'" for slug, e in old_events.items() if slug not in new_events]
    return changes
