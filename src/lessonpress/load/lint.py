"""Warnings about a valid lesson or theme that a teacher would still want to fix before class.

Nothing here stops a build: each finding is a :class:`~lessonpress.errors.Problem`
with severity ``warning``, positioned at the line to edit. Besides what makes a
lesson awkward on paper or on a slide, they name what keeps students who use a
screen reader or do not see colours well from following it: a picture with no alt
text, a link that reads out its address, categories told apart by colour alone, and
theme colours below WCAG AA contrast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lessonpress.errors import Problem, Severity
from lessonpress.load.yaml_source import FieldPath, YamlDocument, format_path
from lessonpress.model.colors import GRAPHIC_CONTRAST, TEXT_CONTRAST, contrast_ratio
from lessonpress.model.lesson import Event, Lesson
from lessonpress.model.text import RichText
from lessonpress.model.theme import Theme
from lessonpress.present.bars import drawn_as_bar, shortest_bar

POSTER_MIN_PIXELS = 300
"""A poster thumbnail is about 2 in wide; at 150 dpi that needs 300 pixels."""

SLIDE_TEXT_CHARACTERS = 420
"""Roughly six lines of 26 pt body text beside a picture: more continues on a second slide."""

MARKER_SHAPES = 6
"""How many marker shapes the outputs give categories before they repeat (circle,
square, diamond, triangle, inverted triangle, hexagon)."""

_TITLE_YEARS = re.compile(r"\b(\d{3,4})\s*[-–—]\s*(\d{2,4})\b")


def lint_lesson(lesson: Lesson, document: YamlDocument) -> list[Problem]:
    """Every warning for ``lesson``, in file order."""
    found: list[Problem] = []
    title_years = _years_in_title(lesson.title)
    for index, event in enumerate(lesson.events):
        found += _image_warnings(event, index, document)
        found += _length_warnings(event, index, document)
        if lesson.eras and not any(
            era.start_position <= event.span.start_position < era.end_position
            for era in lesson.eras
        ):
            found.append(
                _warning(
                    document,
                    ("events", index, "date"),
                    f"'{event.title}' ({event.date_label}) falls outside every era",
                    "widen an era or add one, so the event sits on a band in the poster "
                    "and in a section of the deck",
                )
            )
        if title_years and not _within(event, *title_years):
            first, last = title_years
            found.append(
                _warning(
                    document,
                    ("events", index, "date"),
                    f"'{event.title}' ({event.date_label}) is outside the years the title "
                    f"names ({first}–{last})",
                    "change the title's years or check the event's date",
                )
            )
    found += _link_warnings(lesson, document)
    found += _category_warnings(lesson, document)
    return found


def _image_warnings(event: Event, index: int, document: YamlDocument) -> list[Problem]:
    image = event.image
    if image is None:
        return []
    found = []
    if not image.alt:
        found.append(
            _warning(
                document,
                ("events", index, "image"),
                "the image has no alt text",
                "write it as a mapping with 'src:' and 'alt:' so that screen readers "
                "can describe it",
            )
        )
    if image.file is not None and max(image.file.width, image.file.height) < POSTER_MIN_PIXELS:
        found.append(
            _warning(
                document,
                ("events", index, "image"),
                f"the image is only {image.file.width}x{image.file.height} pixels; "
                "it will look blurred in print",
                f"use a version at least {POSTER_MIN_PIXELS} pixels across",
            )
        )
    return found


def _length_warnings(event: Event, index: int, document: YamlDocument) -> list[Problem]:
    characters = sum(len(text.plain) for text in (event.text, event.significance) if text)
    if characters <= SLIDE_TEXT_CHARACTERS:
        return []
    return [
        _warning(
            document,
            ("events", index, "text"),
            f"'{event.title}' has {characters} characters of text: too long for one "
            "slide, so the deck continues it on the next",
            "that is fine; shorten it if you want one slide per event",
        )
    ]


def _link_warnings(lesson: Lesson, document: YamlDocument) -> list[Problem]:
    found = []
    for path, text in _rich_texts(lesson):
        for paragraph in text.paragraphs:
            for run in paragraph.runs:
                if run.link and _address(run.text) == _address(run.link):
                    found.append(
                        _warning(
                            document,
                            path,
                            f"the link's text is its address ({run.text.strip()}): a screen "
                            "reader spells it out, and it does not say where it leads",
                            "write what it leads to as the text: [the treaty's text](URL)",
                        )
                    )
    return found


def _rich_texts(lesson: Lesson) -> Iterator[tuple[FieldPath, RichText]]:
    """Every piece of formatted text in the lesson, with its field path."""
    if lesson.summary:
        yield ("summary",), lesson.summary
    for index, objective in enumerate(lesson.objectives):
        yield ("objectives", index), objective
    for index, event in enumerate(lesson.events):
        for key in ("text", "significance", "notes"):
            value = getattr(event, key)
            if value:
                yield ("events", index, key), value
        if event.image is not None and event.image.caption:
            yield ("events", index, "image", "caption"), event.image.caption
    for index, question in enumerate(lesson.questions):
        yield ("questions", index, "prompt"), question.prompt
        if question.answer:
            yield ("questions", index, "answer"), question.answer
    for index, entry in enumerate(lesson.glossary):
        yield ("glossary", index, "definition"), entry.definition


def _address(text: str) -> str:
    """A URL (or a link's text) without the parts people leave out: scheme, www, slash."""
    address = text.strip().lower()
    address = re.sub(r"^(https?://|mailto:)", "", address)
    return address.removeprefix("www.").rstrip("/")


def _category_warnings(lesson: Lesson, document: YamlDocument) -> list[Problem]:
    used = [key for key in lesson.categories if any(e.category == key for e in lesson.events)]
    if len(used) <= MARKER_SHAPES:
        return []
    shared = [
        f"{lesson.categories[used[index]].label} and {lesson.categories[key].label}"
        for index, key in enumerate(used[MARKER_SHAPES:])
    ]
    return [
        _warning(
            document,
            ("categories",),
            f"{len(used)} categories, but only {MARKER_SHAPES} marker shapes: "
            f"{'; '.join(shared)} share a shape and differ by colour alone, which "
            "colour-blind students and grayscale copies cannot tell apart",
            f"merge categories to {MARKER_SHAPES} or fewer",
        )
    ]


def lint_theme(
    theme: Theme, documents: Sequence[YamlDocument], lesson: Lesson | None = None
) -> list[Problem]:
    """Warnings for ``theme`` (and, given, the ``lesson`` it dresses): text colours below
    WCAG AA contrast, category colours below the contrast a marker needs, and lasting
    events told apart by colour alone. ``documents`` are the theme's file and the files it
    extends, nearest first: a warning points at the one that sets the colour."""
    colors = theme.colors
    pairs = [
        ("text", colors.text, "background", colors.background),
        ("text", colors.text, "surface", colors.surface),
        ("muted", colors.muted, "background", colors.background),
        ("primary", colors.primary, "background", colors.background),
        ("accent", colors.accent, "background", colors.background),
        ("secondary", colors.secondary, "background", colors.background),
    ]
    found = []
    for name, foreground, ground_name, ground in pairs:
        ratio = contrast_ratio(foreground, ground)
        if ratio < TEXT_CONTRAST:
            found.append(
                _theme_warning(
                    theme,
                    documents,
                    ("colors", name),
                    f"{name} {foreground} on {ground_name} {ground} has contrast "
                    f"{ratio:.1f}:1, below the 4.5:1 that WCAG AA asks of text; the outputs "
                    "darken or lighten it where it is text",
                    f"make colors.{name} darker or colors.{ground_name} lighter "
                    "(or the other way round on a dark theme)",
                )
            )
    if lesson is not None:
        found += _palette_warnings(theme, documents, lesson)
    return found


def _palette_warnings(
    theme: Theme, documents: Sequence[YamlDocument], lesson: Lesson
) -> list[Problem]:
    used = [key for key in lesson.categories if any(e.category == key for e in lesson.events)]
    own = {key: lesson.categories[key].color for key in lesson.categories}
    colors = theme.category_colors(list(lesson.categories), own)
    found = []
    palette_size = len(theme.colors.palette)
    for position, key in enumerate(k for k in lesson.categories if not own[k]):
        color = colors[key]
        ratio = contrast_ratio(color, theme.colors.background)
        if key in used and ratio < GRAPHIC_CONTRAST:
            found.append(
                _theme_warning(
                    theme,
                    documents,
                    ("colors", "palette", position % palette_size),
                    f"palette colour {color} (category {lesson.categories[key].label}) has "
                    f"contrast {ratio:.1f}:1 with the background, below the 3:1 that WCAG "
                    "AA asks of markers and bars",
                    "choose a darker colour for this place in colors.palette (a lighter "
                    "one on a dark theme), or give the category its own color: in the lesson",
                )
            )
    shortest = shortest_bar(lesson)
    lasting = [
        key
        for key in used
        if any(event.category == key and drawn_as_bar(event, shortest) for event in lesson.events)
    ]
    if len(lasting) > 1 and not theme.grayscale:
        names = ", ".join(lesson.categories[key].label for key in lasting)
        found.append(
            _theme_warning(
                theme,
                documents,
                ("colors", "palette"),
                f"the bars of lasting events in {names} differ by colour alone on the "
                "deck's overview slide: this theme patterns bars only on the handout and "
                "the poster, so colour-blind students cannot tell their categories apart "
                "on the screen",
                "name the category in each event's text, or use a grayscale theme "
                "(ink-saver), whose deck bars carry a pattern for each category too",
            )
        )
    return found


def _theme_warning(
    theme: Theme, documents: Sequence[YamlDocument], path: FieldPath, message: str, hint: str
) -> Problem:
    """A warning at the first of ``documents`` that writes ``path`` (or an ancestor of it
    below the top), else at the theme's file."""
    for end in range(len(path), 0, -1):
        for document in documents:
            if path[:end] in document.marks:
                return _warning(document, path[:end], message, hint)
    return Problem(
        theme.source_file, None, None, format_path(path), message, hint, Severity.WARNING
    )


def _years_in_title(title: str) -> tuple[int, int] | None:
    match = _TITLE_YEARS.search(title)
    if not match:
        return None
    first, last = match[1], match[2]
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    start, end = int(first), int(last)
    return (start, end) if start <= end else None


def _within(event: Event, first_year: int, last_year: int) -> bool:
    # Positions are astronomical years; AD years are the same numbers.
    return event.span.start_position >= first_year and event.span.end_position <= last_year + 1


def _warning(document: YamlDocument, path: FieldPath, message: str, hint: str) -> Problem:
    problem = document.problem(path, message, hint)
    return Problem(
        problem.file,
        problem.line,
        problem.column,
        problem.path,
        problem.message,
        problem.hint,
        Severity.WARNING,
    )
