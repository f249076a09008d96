"""A lesson as TimelineJS JSON, so that it can also become an interactive web timeline.

Each event becomes a slide: its date as numbers (negative years are BC) with the
lesson's own wording of the date as ``display_date``, its category as the slide's
``group``, its text as HTML and its "why it matters" as a paragraph of class
``significance``, which ``lessonpress import`` reads back as the significance.
"""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from typing import Any

from lessonpress.convert.html_text import SIGNIFICANCE_CLASS, SIGNIFICANCE_LABEL_CLASS
from lessonpress.model.dates import HistoricalDate
from lessonpress.model.lesson import Era, Event, Lesson
from lessonpress.model.text import RichText, Run

SIGNIFICANCE_LABEL = "Why it matters:"


def timelinejs_json(lesson: Lesson, folder: Path) -> str:
    """The lesson as a TimelineJS JSON document; pictures are named relative to ``folder``."""
    document: dict[str, Any] = {"title": {"text": _title_text(lesson)}}
    document["events"] = [_slide(event, lesson, folder) for event in lesson.events]
    if lesson.eras:
        document["eras"] = [_era(era) for era in lesson.eras]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _title_text(lesson: Lesson) -> dict[str, str]:
    text = {"headline": escape(lesson.title)}
    parts = [f"<p>{escape(lesson.subtitle)}</p>"] if lesson.subtitle else []
    if lesson.summary:
        parts.append(rich_text_html(lesson.summary))
    if parts:
        text["text"] = "".join(parts)
    return text


def _slide(event: Event, lesson: Lesson, folder: Path) -> dict[str, Any]:
    span = event.span
    slide: dict[str, Any] = {"start_date": _date(span.start, span.format())}
    if span.end is not None:
        slide["end_date"] = _date(span.end)
    if event.display_date:
        slide["display_date"] = escape(event.display_date)
    text = {"headline": escape(event.title)}
    body = rich_text_html(event.text) if event.text else ""
    if event.significance:
        label = f'<span class="{SIGNIFICANCE_LABEL_CLASS}">{SIGNIFICANCE_LABEL}</span>'
        body += (
            f'<p class="{SIGNIFICANCE_CLASS}">{label} {_runs_html(_first_runs(event.significance))}'
            "</p>"
        )
    if body:
        text["text"] = body
    slide["text"] = text
    if event.category is not None:
        slide["group"] = escape(lesson.categories[event.category].label)
    if event.image is not None and event.image.file is not None:
        media = {"url": Path(os.path.relpath(event.image.file.path, folder)).as_posix()}
        for key in ("alt", "caption", "credit"):
            value = getattr(event.image, key)
            if value:
                media[key] = escape(str(value))
        slide["media"] = media
    slide["unique_id"] = event.slug
    return slide


def _era(era: Era) -> dict[str, Any]:
    return {
        "start_date": _date(era.start.start, era.start.format()),
        "end_date": _date(era.end.end or era.end.start, era.end.format()),
        "text": {"headline": escape(era.title)},
    }


def _date(date: HistoricalDate, label: str | None = None) -> dict[str, Any]:
    """A TimelineJS date: numbers, and the lesson's wording of the whole span if given."""
    fields: dict[str, Any] = {"year": date.year}
    if date.month is not None:
        fields["month"] = date.month
    if date.day is not None:
        fields["day"] = date.day
    if label is not None:
        fields["display_date"] = label
    return fields


def rich_text_html(text: RichText) -> str:
    """The lesson's Markdown as HTML: paragraphs, nested bullet lists, bold, italic, links."""
    html, depth = "", 0
    for paragraph in text.paragraphs:
        level = paragraph.bullet_level
        while depth < level:
            html, depth = html + "<ul>", depth + 1
        while depth > level:
            html, depth = html + "</ul>", depth - 1
        inner = _runs_html(paragraph.runs)
        html += f"<li>{inner}</li>" if level else f"<p>{inner}</p>"
    return html + "</ul>" * depth


def _first_runs(text: RichText) -> tuple[Run, ...]:
    """The runs of a one-paragraph text, or all its paragraphs joined by spaces."""
    runs: list[Run] = []
    for index, paragraph in enumerate(text.paragraphs):
        if index:
            runs.append(Run(" "))
        runs.extend(paragraph.runs)
    return tuple(runs)


def _runs_html(runs: tuple[Run, ...] | list[Run]) -> str:
    html = ""
    for run in runs:
        piece = escape(run.text)
        if run.link:
            piece = f'<a href="{escape(run.link)}">{piece}</a>'
        if run.italic:
            piece = f"<em>{piece}</em>"
        if run.bold:
            piece = f"<strong>{piece}</strong>"
        html += piece
    return html
