"""The commented starter lesson that ``lessonpress new`` and the page write, and the
JSON Schema written beside it for editors."""

from __future__ import annotations

import json
from pathlib import PurePath

SCHEMA_FILE_NAME = "lesson.schema.json"
"""The schema's file name beside a starter lesson, which the lesson's first line names."""

_STARTER = """\
# yaml-language-server: $schema={schema}
#
# A lessonpress lesson. Edit the text after each colon, keep the indentation
# (spaces, never tabs), then run:  lessonpress check {stem}.yaml
# and build the handout, deck and poster with:  lessonpress build {stem}.yaml
#
# Text fields understand **bold**, *italic*, [links](https://example.org) and
# lists whose lines start with "- ". Dates can be written as 1917, 44 BC,
# March 1917, March 8, 1917, c. 1850, 1920s, 19th century, or a range such
# as 1939 - 1941 or March 8-12, 1917.

title: My Lesson Title
subtitle: A one-line promise of what the lesson is about
author: Your Name
course: Your Course, Grade 10
language: en            # or es, es-MX, fr, de, ru, el...: the outputs' headings and dates
# theme: classic        # or modern, high-contrast, ink-saver, chalkboard, or a theme file

summary: |
  Two or three sentences that introduce the lesson. They open the handout.

objectives:
  - Explain the main causes of the first event.
  - Compare two events and say how the second followed from the first.

# Periods drawn as bands behind the time line, and used as deck sections.
eras:
  - title: The first period
    start: 1900
    end: 1920

# Kinds of event, shown in the poster's legend. Events refer to them by id.
categories:
  politics: {{label: Politics}}
  war: {{label: War and conflict, color: "#D55E00"}}

events:
  - title: The first event
    date: March 1905
    category: politics
    text: |
      What happened, in a short paragraph students can read on their own.
    significance: Why it matters; shown as a "Why it matters" call-out.
    notes: What you want to say about it while the slide is on screen.
    highlight: true       # a key event: larger on the poster, starred in the handout

  - title: The second event
    date: 1914 - 1918
    category: war
    text: |
      - A list item
      - Another list item
    # image:                # a picture beside the lesson file:
    #   src: picture.jpg
    #   alt: What the picture shows, for students who cannot see it
    #   caption: A caption
    #   credit: Who made it

questions:
  - prompt: How did the first event lead to the second?
    answer: Write the answer you expect; only the teacher edition shows it.
    lines: 4

glossary:
  - term: Key term
    definition: What it means, in one sentence.

sources:
  - title: A book or web page you used
    author: Its author
    year: 2020
"""


def starter_lesson(stem: str, schema_reference: str) -> str:
    """The starter lesson's text, pointing editors at ``schema_reference``."""
    return _STARTER.format(stem=stem, schema=schema_reference)


def lesson_schema_json() -> str:
    """The JSON Schema of the lesson format, generated from the model the loader uses."""
    from lessonpress.model.lesson import Lesson

    document = Lesson.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = "lessonpress lesson, format version 1"
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def starter_files(lesson_name: str) -> dict[str, bytes]:
    """The starter lesson as ``lesson_name`` and the schema beside it, by file name."""
    return {
        lesson_name: starter_lesson(PurePath(lesson_name).stem, SCHEMA_FILE_NAME).encode(),
        SCHEMA_FILE_NAME: lesson_schema_json().encode(),
    }
