"""Reading a tagged PDF back, for the handout's and the poster's accessibility tests.

- ``accessibility_failures``: what the two PDF/UA-1 checkers report, ``page``
  (page-validation, a Rust implementation of veraPDF's rules) and ``pdfua`` (checks
  written on pikepdf); an empty list when both pass.
- ``structure_text``: the structure tree as poppler's ``pdfinfo -struct-text`` reads
  it, as (role, text) pairs in reading order.
- ``content_words`` and ``artifact_words``: the words ``pdftotext`` finds, less those
  pdfplumber sees drawn as artifacts, and those.
- ``untagged_characters``: characters drawn outside any marked content.
- ``figures``: each Figure's alternative text, and ``images_in_figures``, how many
  pictures are drawn inside a Figure's marked content and how many untagged.
- ``languages``: the document's language and its elements'.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import page
import pdfplumber
import pdfua
import pikepdf

from checks import require_program

_ELEMENT_LINE = re.compile(r"^(?P<indent> *)(?P<role>[A-Za-z0-9]+)(?: \(\w+\))?$")
_TEXT_LINE = re.compile(r'^ *"(?P<text>.*)"$')


PDFUA_RULES_THAT_CRASH = {"UA-14-001"}
"""pdfua 0.1.3's rules that raise on a valid file, and so report neither pass nor failure:
UA-14-001 (headings are not empty) asks a pikepdf Array for an ``is_integer``
attribute, which raises ValueError, whenever a heading's /K is an array (page-validation
checks the same rule)."""


def accessibility_failures(path: Path) -> list[str]:
    """Every failure either PDF/UA-1 checker reports for ``path``, and every pdfua rule
    that did not run."""
    report = page.validate_pdf(path, profile="ua1")
    failures = [f"page {failure.rule_id}: {failure.message}" for failure in report.failures]
    checked = pdfua.validate(path)
    failures += [
        f"pdfua {finding.rule_id}: {finding.message}"
        for finding in checked.findings
        if finding.severity >= pdfua.Severity.WARNING
    ]
    failures += [
        f"pdfua {outcome.rule_id} did not run: {outcome.skipped_reason}"
        for outcome in checked.skipped
        if outcome.rule_id not in PDFUA_RULES_THAT_CRASH
    ]
    return failures


@dataclass(frozen=True, slots=True)
class Tagged:
    """A run of text in the structure tree and the role of the element it is in."""

    role: str
    text: str


@cache
def _struct_text(path: Path) -> str:
    require_program("pdfinfo")
    return subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout


def structure_text(path: Path) -> list[Tagged]:
    """The text of the structure tree in reading order, each run with its element's role."""
    output = _struct_text(path)
    runs: list[Tagged] = []
    roles: list[tuple[int, str]] = []
    for line in output.splitlines():
        if text := _TEXT_LINE.match(line):
            runs.append(Tagged(roles[-1][1], text["text"]))
        elif element := _ELEMENT_LINE.match(line):
            depth = len(element["indent"])
            while roles and roles[-1][0] >= depth:
                roles.pop()
            roles.append((depth, element["role"]))
    return runs


def structure_parts(path: Path) -> list[Tagged]:
    """The Document's parts (its own kids) in reading order, each with all the text below
    it, white space removed (see :func:`joined`)."""
    parts: list[Tagged] = []
    for line in _struct_text(path).splitlines():
        if (element := _ELEMENT_LINE.match(line)) and len(element["indent"]) == 2:
            parts.append(Tagged(element["role"], ""))
        elif (text := _TEXT_LINE.match(line)) and parts:
            parts[-1] = Tagged(parts[-1].role, parts[-1].text + "".join(text["text"].split()))
    return parts


def joined(runs: list[Tagged]) -> str:
    """The runs' text with no white space at all (poppler joins a paragraph's lines
    without one)."""
    return "".join("".join(run.text.split()) for run in runs)


def _pdftotext_words(path: Path) -> list[list[str]]:
    require_program("pdftotext")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page_text.split() for page_text in text.split("\f")]


@cache
def _drawn_words(path: Path) -> tuple[tuple[tuple[str, str | None], ...], str]:
    """Every word pdfplumber finds with the tag of its marked content, and the
    characters outside any marked content: one reading of ``path`` for both."""
    with pdfplumber.open(path) as pdf:
        words = tuple(
            (word["text"], word["tag"])
            for pdf_page in pdf.pages
            for word in pdf_page.extract_words(extra_attrs=["tag"])
        )
        untagged = "".join(
            char["text"] for pdf_page in pdf.pages for char in pdf_page.chars if not char["tag"]
        )
    return words, untagged


def artifact_words(path: Path) -> Counter[str]:
    """The words drawn as artifacts, with how often each is."""
    return Counter(text for text, tag in _drawn_words(path)[0] if tag == "Artifact")


def content_words(path: Path) -> Counter[str]:
    """The words ``pdftotext`` finds, less the artifacts' words."""
    words = Counter(word for page_words in _pdftotext_words(path) for word in page_words)
    return words - artifact_words(path)


def untagged_characters(path: Path) -> str:
    """The characters drawn outside any marked content."""
    return _drawn_words(path)[1]


def figures(path: Path) -> list[str]:
    """The alternative text of every Figure, in reading order."""
    with pikepdf.open(path) as pdf:
        return [str(element.Alt) for element in _elements(pdf.Root.StructTreeRoot, "/Figure")]


def languages(path: Path, role: str) -> tuple[str, list[str | None]]:
    """The document's language, and that of each element of ``role``."""
    with pikepdf.open(path) as pdf:
        elements = _elements(pdf.Root.StructTreeRoot, f"/{role}")
        own = [str(element.Lang) if "/Lang" in element else None for element in elements]
        return str(pdf.Root.Lang), own


def _elements(node: pikepdf.Object, role: str) -> list[pikepdf.Object]:
    kids = node.get("/K")
    if kids is None:
        return []
    found = []
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
            if str(kid.S) == role:
                found.append(kid)
            found += _elements(kid, role)
    return found


def images_in_figures(path: Path) -> tuple[int, int]:
    """How many pictures are drawn inside a Figure's marked content, and how many
    neither in a Figure nor as an artifact (a theme's logo is one)."""
    inside = outside = 0
    with pikepdf.open(path) as pdf:
        for pdf_page in pdf.pages:
            open_tags: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(pdf_page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    open_tags.append(str(operands[0]))
                elif name == "EMC":
                    open_tags.pop()
                elif name == "Do" and _is_image(pdf_page, operands[0]):
                    if "/Figure" in open_tags:
                        inside += 1
                    elif "/Artifact" not in open_tags:
                        outside += 1
    return inside, outside


def _is_image(pdf_page: pikepdf.Page, name: pikepdf.Object) -> bool:
    xobject = pdf_page.Resources.XObject.get(name)
    return xobject is not None and xobject.get("/Subtype") == "/Image"
