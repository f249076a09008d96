"""The renderer protocol and the registry that finds renderers through entry points.

Built-in renderers are registered in the same entry-point group as third-party
ones (``lessonpress.renderers``), so the plugin path is the one used every day.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from lessonpress.errors import LessonError, Problem

if TYPE_CHECKING:
    from lessonpress.model.lesson import Lesson
    from lessonpress.model.pages import PageSize
    from lessonpress.model.theme import Theme

ENTRY_POINT_GROUP = "lessonpress.renderers"

DEFAULT_FORMATS = ("handout", "deck", "poster")

Edition = Literal["student", "teacher"]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Choices made for one build rather than in the lesson or theme."""

    edition: Edition = "student"
    poster_size: PageSize | None = None
    """Overrides the theme's poster page size for this build."""
    only_highlighted: bool = False
    """The poster shows the key events alone (``highlight: true``); the handout and deck
    are unchanged."""


@runtime_checkable
class Renderer(Protocol):
    """Turns a lesson and a theme into the bytes of one output file.

    A renderer never writes files: the build owns paths and atomic writes.
    """

    name: str
    suffix: str
    description: str

    def render(self, lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
        """Return the finished file's bytes."""
        ...


def render_with_warnings(
    renderer: Renderer, lesson: Lesson, theme: Theme, options: RenderOptions
) -> tuple[bytes, list[Problem]]:
    """The bytes of ``renderer``'s output and the warnings it has for the teacher.

    A renderer may say what a teacher should know about its output (the poster, that
    it numbers the events in a key) through a ``render_with_warnings`` method of this
    signature; any other renderer has none.
    """
    method = getattr(renderer, "render_with_warnings", None)
    if method is None:
        return renderer.render(lesson, theme, options), []
    data, warnings = method(lesson, theme, options)
    return data, list(warnings)


@dataclass(frozen=True, slots=True)
class RendererInfo:
    """An installed renderer as the registry lists it, without loading it."""

    name: str
    distribution: str
    target: str

    def load(self) -> Renderer:
        """Import the renderer and return an instance of it."""
        factory = _entry_points()[self.name].load()
        renderer = factory()
        if not isinstance(renderer, Renderer):
            raise TypeError(f"{self.target} does not implement the renderer protocol")
        return renderer


def _entry_points() -> dict[str, EntryPoint]:
    return _entry_points_on(tuple(sys.path))


@cache
def _entry_points_on(import_path: tuple[str, ...]) -> dict[str, EntryPoint]:
    # Finding them reads every installed package's metadata (milliseconds), and a build
    # asks several times a lesson; what is installed changes with the import path.
    return {entry.name: entry for entry in entry_points(group=ENTRY_POINT_GROUP)}


def installed_renderers() -> list[RendererInfo]:
    """Every renderer installed in this environment, sorted by name."""
    found = []
    for name, entry in sorted(_entry_points().items()):
        distribution = entry.dist.name if entry.dist is not None else "unknown"
        found.append(RendererInfo(name, distribution, entry.value))
    return found


def default_formats() -> list[str]:
    """The built-in formats that are installed, in their usual order."""
    installed = {info.name for info in installed_renderers()}
    return [name for name in DEFAULT_FORMATS if name in installed]


def load_renderers(names: list[str]) -> list[Renderer]:
    """Load the renderers called ``names``; unknown names are reported together."""
    available = {info.name: info for info in installed_renderers()}
    unknown = [name for name in names if name not in available]
    if unknown:
        raise LessonError([_unknown_format(name, sorted(available)) for name in unknown])
    return [available[name].load() for name in names]


def _unknown_format(name: str, available: list[str]) -> Problem:
    close = difflib.get_close_matches(name, available, n=1)
    hint = (
        (f"did you mean '{close[0]}'? " if close else "")
        + "installed formats: "
        + (", ".join(available) or "none")
    )
    return Problem(None, None, None, "--format", f"unknown format '{name}'", hint)
