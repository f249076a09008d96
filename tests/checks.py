"""Checks on the files the renderers write, shared by every renderer test.

Each ``*_problems`` function returns a list of human-readable problem strings, empty
when the file is fine, so that a failing test shows every problem at once; each
``assert_*`` wrapper fails with that whole list. What is checked, and why:

PowerPoint decks (``pptx_problems``)
    - **Schema validity.** Every XML part whose root namespace the Office Open XML
      Transitional schemas cover (slides, layouts, masters, notes, ``presentation.xml``,
      themes, table styles, ``docProps/app.xml``) is validated against them, and
      ``[Content_Types].xml`` and every ``.rels`` part against the OPC schemas.
      PowerPoint refuses or "repairs" a file whose parts break the schemas, while
      LibreOffice quietly accepts most of them: a deck that opens in LibreOffice is
      not yet a deck that opens in PowerPoint. ``mc:AlternateContent`` is resolved first
      (the ``mc:Fallback`` content is kept) and markup in ``mc:Ignorable`` namespaces is
      dropped, as a consumer that knows only the base standard would do, so that parts
      of templates made in PowerPoint are validated rather than skipped.
    - **Core properties.** ``docProps/core.xml``'s schema imports Dublin Core from the
      web, so it is checked by hand: well-formed, only the elements the schema allows,
      each at most once, W3CDTF dates. ``pptx_core_properties`` reads the values.
    - **Package consistency**, which no schema sees and PowerPoint "repairs": every
      content-type override names an existing part, every part has a content type,
      every internal relationship reaches an existing part, every ``r:id``-style
      reference in a part names one of that part's relationships, every part is
      reachable from the package root, shape ids are unique on each slide, layout,
      master and notes page, and no part holds a character XML 1.0 forbids.
    - **openxml-audit** (a pure-Python port of the Open XML SDK validator), when it is
      installed, as a second opinion: it gives no finding on a clean python-pptx deck.

PDF files
    - ``pdf_problems``: ``qpdf --check`` passes (a structurally broken PDF may still
      render in one viewer and not in another, or not print), pypdf reads every page,
      and there is at least one page.
    - ``pdf_fonts`` / ``non_embedded_fonts``: from ``pdffonts``. A font that is not
      embedded is replaced by whatever the printer or viewer has (``non_embedded_fonts``
      counts only fonts that draw a character: see there).
    - ``layout_problems``: words drawn over other words (``overlapping_words``) and
      words outside the page or its margin (``off_page_words``), from pdfplumber's
      word boxes; a renderer that measures text wrongly shows up here first.
    - ``pdf_text``: the text in drawing order, for tests that look for content.

LibreOffice
    - ``convert_to_pdf`` turns a deck into a PDF with ``soffice``, so that the
      PDF checks above can look at what the slides show.

Programs (``qpdf``, ``pdffonts``, ``soffice``) missing from PATH skip the test that
needs them with the reason, except in CI (``CI`` set), where ``.ci/run`` installs them
and a missing program fails the test.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote

import pdfplumber
import pytest
from lxml import etree
from pdfplumber.page import Page
from pdfplumber.utils import cluster_objects
from pypdf import PdfReader

SCHEMAS = Path(__file__).resolve().parent / "ooxml-schemas"

NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_PML = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_DML = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_DCTERMS = "http://purl.org/dc/terms/"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"

# Which schema file validates a part, by the namespace of the part's root element.
# pml.xsd imports dml-main.xsd, which imports the chart, diagram, picture and
# locked-canvas schemas: one schema object covers all of them (themes and table styles
# are DrawingML roots).
SCHEMA_FILES: dict[str, str] = {
    NS_PML: "transitional/pml.xsd",
    NS_DML: "transitional/pml.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/chart": "transitional/pml.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/diagram": "transitional/pml.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "transitional/pml.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": (
        "transitional/shared-documentPropertiesExtended.xsd"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": (
        "transitional/shared-documentPropertiesCustom.xsd"
    ),
    NS_CT: "opc/opc-contentTypes.xsd",
    NS_RELS: "opc/opc-relationships.xsd",
}

# The children opc-coreProperties.xsd allows in cp:coreProperties (an xs:all: each once).
CORE_PROPERTY_NAMES: dict[str, str] = {
    f"{{{NS_CP}}}category": "cp:category",
    f"{{{NS_CP}}}contentStatus": "cp:contentStatus",
    f"{{{NS_DCTERMS}}}created": "dcterms:created",
    f"{{{NS_DC}}}creator": "dc:creator",
    f"{{{NS_DC}}}description": "dc:description",
    f"{{{NS_DC}}}identifier": "dc:identifier",
    f"{{{NS_CP}}}keywords": "cp:keywords",
    f"{{{NS_DC}}}language": "dc:language",
    f"{{{NS_CP}}}lastModifiedBy": "cp:lastModifiedBy",
    f"{{{NS_CP}}}lastPrinted": "cp:lastPrinted",
    f"{{{NS_DCTERMS}}}modified": "dcterms:modified",
    f"{{{NS_CP}}}revision": "cp:revision",
    f"{{{NS_DC}}}subject": "dc:subject",
    f"{{{NS_DC}}}title": "dc:title",
    f"{{{NS_CP}}}version": "cp:version",
}
W3CDTF = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?")

# Characters XML 1.0 forbids, raw or as character references.
FORBIDDEN_CHARS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
FORBIDDEN_CHAR_REFS = re.compile(
    rb"&#(0*([0-8]|1[124-9]|2\d|3[01])|x0*([0-8]|[bBcCeEfF]|1[0-9a-fA-F]));"
)

# Parts whose shapes carry ids that must be unique within the part.
SHAPE_TREE_ROOTS = {f"{{{NS_PML}}}{name}" for name in ("sld", "sldLayout", "sldMaster", "notes")}
SHAPE_TREE_ROOTS.add(f"{{{NS_PML}}}notesMaster")

PDF_WORD_OPTIONS: dict[str, Any] = {
    # Drawing order rather than reading order: two words drawn over each other stay two
    # words instead of being interleaved letter by letter into one.
    "use_text_flow": True,
    "keep_blank_chars": False,
    "x_tolerance": 1.5,
    "y_tolerance": 3,
}


# ---------------------------------------------------------------------------
# Programs


def in_ci() -> bool:
    """Whether the tests run in CI, where every program they need must be installed."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def require_program(name: str) -> str:
    """The path of program ``name``; skip the test if it is missing, fail it in CI."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (apt-get install: see README and .ci/run)"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def needs_programs(*names: str) -> pytest.MarkDecorator:
    """A mark that skips a test when one of the programs is missing, except in CI."""
    missing = [name for name in names if shutil.which(name) is None]
    return pytest.mark.skipif(
        bool(missing) and not in_ci(), reason=f"not installed: {', '.join(missing)}"
    )


# ---------------------------------------------------------------------------
# PowerPoint: schemas


def schema_folder() -> Path:
    """The folder holding ``transitional/`` and ``opc/``: ``tests/ooxml-schemas`` (see its
    README), or where ``LESSONPRESS_OOXML_SCHEMAS`` points."""
    configured = os.environ.get("LESSONPRESS_OOXML_SCHEMAS")
    return Path(configured) if configured else SCHEMAS


@cache
def _schema(relative: str) -> etree.XMLSchema:
    """The schema at ``relative`` inside ``schema_folder()``, loaded once per session."""
    path = schema_folder() / relative
    if not path.is_file():
        raise FileNotFoundError(
            f"OOXML schema {path} not found: set LESSONPRESS_OOXML_SCHEMAS to the folder "
            "that holds transitional/ and opc/"
        )
    return etree.XMLSchema(etree.parse(str(path)))


def schema_for(root: etree._Element) -> etree.XMLSchema | None:
    """The schema that validates a part with this root element, if the folder has one."""
    relative = SCHEMA_FILES.get(etree.QName(root).namespace or "")
    return _schema(relative) if relative else None


def resolve_markup_compatibility(root: etree._Element) -> etree._Element:
    """A copy of ``root`` as a consumer of the base standard sees it.

    Each ``mc:AlternateContent`` is replaced by its ``mc:Fallback`` children (or by
    nothing), and elements and attributes in the namespaces an ``mc:Ignorable`` attribute
    names are removed, along with the ``mc:`` attributes themselves.
    """
    root = _copy(root)
    while True:
        alternates = root.xpath("//mc:AlternateContent", namespaces={"mc": NS_MC})
        if not alternates:
            break
        alternate = alternates[0]
        parent = alternate.getparent()
        fallback = alternate.find(f"{{{NS_MC}}}Fallback")
        position = parent.index(alternate)
        for offset, child in enumerate(list(fallback) if fallback is not None else []):
            parent.insert(position + offset, child)
        _detach(alternate)

    ignorable: set[str] = set()
    for element in root.iter():
        declared = element.get(f"{{{NS_MC}}}Ignorable")
        if declared:
            ignorable.update(
                namespace
                for prefix in declared.split()
                if (namespace := element.nsmap.get(prefix)) is not None
            )
    dropped = ignorable | {NS_MC}
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in ignorable and element is not root:
            _detach(element)
            continue
        for attribute in list(element.attrib):
            if etree.QName(attribute).namespace in dropped:
                del element.attrib[attribute]
    return root


def _copy(root: etree._Element) -> etree._Element:
    """A deep copy of ``root`` as a new document."""
    return etree.fromstring(etree.tostring(root))


def _detach(element: etree._Element) -> None:
    """Remove ``element`` from its parent (tail text between OOXML elements is only
    whitespace, so it goes too)."""
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _schema_errors(part: str, root: etree._Element) -> list[str]:
    """The schema errors of one parsed part, or ``[]`` if no schema covers it."""
    schema = schema_for(root)
    if schema is None or schema.validate(root):
        return []
    return [f"{part}: line {error.line}: {error.message}" for error in schema.error_log]


# ---------------------------------------------------------------------------
# PowerPoint: the package


@dataclass(frozen=True)
class Relationship:
    """One relationship of a ``.rels`` part."""

    rels_part: str
    source: str
    id: str
    type: str
    target: str
    external: bool


def rels_part_of(part: str) -> str:
    """The name of the ``.rels`` part holding ``part``'s relationships (``""``: package)."""
    path = PurePosixPath(part)
    return str(path.parent / "_rels" / f"{path.name}.rels") if part else "_rels/.rels"


def source_of(rels_part: str) -> str:
    """The part whose relationships ``rels_part`` holds (``""`` for the package)."""
    path = PurePosixPath(rels_part)
    name = path.name.removesuffix(".rels")
    folder = path.parent.parent
    return "" if not name else str(folder / name) if str(folder) != "." else name


def resolve_target(source: str, target: str) -> str:
    """The zip name a relationship target points at, relative to ``source``."""
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        joined = PurePosixPath(target.lstrip("/"))
    else:
        joined = PurePosixPath(source).parent / target
    parts: list[str] = []
    for piece in joined.parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in (".", ""):
            parts.append(piece)
    return "/".join(parts)


def _relationships(rels_part: str, root: etree._Element) -> Iterator[Relationship]:
    """The relationships of one parsed ``.rels`` part."""
    source = source_of(rels_part)
    for element in root.iter(f"{{{NS_RELS}}}Relationship"):
        yield Relationship(
            rels_part=rels_part,
            source=source,
            id=element.get("Id", ""),
            type=element.get("Type", ""),
            target=element.get("Target", ""),
            external=element.get("TargetMode") == "External",
        )


def _content_type_problems(names: set[str], root: etree._Element | None) -> list[str]:
    """Overrides without a part, and parts without a content type."""
    if root is None:
        return ["[Content_Types].xml is missing"]
    problems = []
    defaults = {
        element.get("Extension", "").lower() for element in root.iter(f"{{{NS_CT}}}Default")
    }
    by_lower_name = {name.lower(): name for name in names}
    overridden = set()
    for element in root.iter(f"{{{NS_CT}}}Override"):
        part_name = element.get("PartName", "")
        key = part_name.lstrip("/").lower()
        overridden.add(key)
        if key not in by_lower_name:
            problems.append(
                f"[Content_Types].xml: Override for {part_name} "
                f"({element.get('ContentType')}) but the package has no such part"
            )
    for name in sorted(names - {"[Content_Types].xml"}):
        extension = _extension(name)
        if name.lower() not in overridden and extension not in defaults:
            problems.append(f"{name}: no content type (no Override, no Default for .{extension})")
    return problems


def _relationship_problems(
    names: set[str], relationships: list[Relationship], parsed: dict[str, etree._Element]
) -> list[str]:
    """Dangling relationships and references, and parts nothing reaches."""
    problems = []
    ids_by_source: dict[str, set[str]] = {}
    targets_by_source: dict[str, set[str]] = {}
    for rel in relationships:
        ids_by_source.setdefault(rel.source, set()).add(rel.id)
        if rel.source and rel.source not in names:
            problems.append(f"{rel.rels_part}: relationships of a part that does not exist")
        if rel.external:
            continue
        target = resolve_target(rel.source, rel.target)
        targets_by_source.setdefault(rel.source, set()).add(target)
        if target not in names:
            problems.append(
                f"{rel.rels_part}: relationship {rel.id} ({rel.type.rsplit('/', 1)[-1]}) "
                f"targets {rel.target}, which is not in the package"
            )

    for part, root in sorted(parsed.items()):
        known = ids_by_source.get(part, set())
        for element in root.iter():
            for attribute, value in element.attrib.items():
                if attribute.startswith(f"{{{NS_R}}}") and value and value not in known:
                    problems.append(
                        f"{part}: {etree.QName(element).localname}/@r:"
                        f"{etree.QName(attribute).localname}={value!r} names no relationship "
                        f"in {rels_part_of(part)}"
                    )

    reached = {""}
    pending = [""]
    while pending:
        for target in targets_by_source.get(pending.pop(), ()):
            if target not in reached:
                reached.add(target)
                pending.append(target)
    for name in sorted(names):
        if name == "[Content_Types].xml" or name.endswith(".rels") or name in reached:
            continue
        problems.append(f"{name}: no relationship reaches this part")
    return problems


def _shape_id_problems(part: str, root: etree._Element) -> list[str]:
    """Shape ids used twice in one slide, layout, master or notes page."""
    if root.tag not in SHAPE_TREE_ROOTS:
        return []
    seen: dict[str, int] = {}
    for element in root.iter(f"{{{NS_PML}}}cNvPr"):
        shape_id = element.get("id", "")
        seen[shape_id] = seen.get(shape_id, 0) + 1
    return [
        f"{part}: shape id {shape_id} is used {count} times"
        for shape_id, count in sorted(seen.items())
        if count > 1
    ]


def _forbidden_char_problems(part: str, data: bytes) -> list[str]:
    """Characters XML 1.0 does not allow, raw or as character references."""
    found = FORBIDDEN_CHARS.search(data) or FORBIDDEN_CHAR_REFS.search(data)
    if not found:
        return []
    return [f"{part}: character {found.group()!r} at byte {found.start()} is not allowed in XML"]


def _extension(name: str) -> str:
    """The extension content-type Defaults match: ``rels`` for ``_rels/.rels`` too."""
    base = PurePosixPath(name).name
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _is_xml_part(name: str, content_type: str | None) -> bool:
    """Whether ``name`` is an XML part (by content type, else by extension)."""
    if content_type is not None:
        return content_type.endswith("xml")
    return name.endswith((".xml", ".rels"))


def _content_types(root: etree._Element | None, name: str) -> str | None:
    """The content type the package gives part ``name``."""
    if root is None:
        return None
    for element in root.iter(f"{{{NS_CT}}}Override"):
        if element.get("PartName", "").lstrip("/").lower() == name.lower():
            return element.get("ContentType")
    extension = _extension(name)
    for element in root.iter(f"{{{NS_CT}}}Default"):
        if element.get("Extension", "").lower() == extension:
            return element.get("ContentType")
    return None


def pptx_problems(path: Path | str, *, check_reachable: bool = True) -> list[str]:
    """Everything wrong with the deck at ``path``: schemas, package, shape ids.

    ``check_reachable=False`` accepts parts that no relationship reaches.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        return [f"{path}: not a zip package: {error}"]
    problems: list[str] = []
    with archive:
        names = {info.filename for info in archive.infolist() if not info.is_dir()}
        raw = {name: archive.read(name) for name in sorted(names)}

    types_root = _parse("[Content_Types].xml", raw.get("[Content_Types].xml"), problems)
    parsed: dict[str, etree._Element] = {}
    relationships: list[Relationship] = []
    for name, data in raw.items():
        if name == "[Content_Types].xml" or not _is_xml_part(
            name, _content_types(types_root, name)
        ):
            continue
        problems += _forbidden_char_problems(name, data)
        root = _parse(name, data, problems)
        if root is None:
            continue
        if name.endswith(".rels"):
            problems += _schema_errors(name, root)
            relationships += _relationships(name, root)
            continue
        if name == "docProps/core.xml":
            problems += _core_property_problems(name, root)
            parsed[name] = root
            continue
        resolved = resolve_markup_compatibility(root)
        parsed[name] = resolved
        problems += _schema_errors(name, resolved)
        problems += _shape_id_problems(name, resolved)
    if types_root is not None:
        problems += _forbidden_char_problems("[Content_Types].xml", raw["[Content_Types].xml"])
        problems += _schema_errors("[Content_Types].xml", types_root)
    problems += _content_type_problems(names, types_root)
    relationship_problems = _relationship_problems(names, relationships, parsed)
    if not check_reachable:
        relationship_problems = [
            problem for problem in relationship_problems if "no relationship reaches" not in problem
        ]
    problems += relationship_problems
    problems += openxml_audit_problems(path)
    return problems


def _parse(name: str, data: bytes | None, problems: list[str]) -> etree._Element | None:
    """The parsed part, or ``None`` with the reason added to ``problems``."""
    if data is None:
        return None
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        problems.append(f"{name}: not well-formed XML: {error}")
        return None


def openxml_audit_problems(path: Path | str) -> list[str]:
    """The findings of openxml-audit (the Open XML SDK's checks), if it is installed.

    It gives no finding on a clean python-pptx deck; it catches what the schemas also
    catch and some semantic rules (duplicate shape ids, dangling targets) besides. It is
    not part of the ``test`` extra, so CI runs without it unless that changes.
    """
    try:
        from openxml_audit import validate_pptx
    except ImportError:
        return []
    result = validate_pptx(str(path))
    return [f"openxml-audit: {error}" for error in result.errors]


def _core_property_problems(part: str, root: etree._Element) -> list[str]:
    """What opc-coreProperties.xsd would report, checked by hand."""
    if root.tag != f"{{{NS_CP}}}coreProperties":
        return [f"{part}: root element is {root.tag}, not cp:coreProperties"]
    problems = []
    seen: set[str] = set()
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = CORE_PROPERTY_NAMES.get(child.tag)
        if name is None:
            problems.append(f"{part}: element {child.tag} is not a core property")
            continue
        if name in seen:
            problems.append(f"{part}: {name} appears more than once")
        seen.add(name)
        if len(child):
            problems.append(f"{part}: {name} has child elements")
        if name in ("dcterms:created", "dcterms:modified"):
            if child.get(f"{{{NS_XSI}}}type", "").split(":")[-1] != "W3CDTF":
                problems.append(f"{part}: {name} lacks xsi:type='dcterms:W3CDTF'")
            if not W3CDTF.fullmatch((child.text or "").strip()):
                problems.append(f"{part}: {name} {child.text!r} is not a W3CDTF date")
    return problems


def pptx_core_properties(path: Path | str) -> dict[str, str]:
    """The core properties of a deck, by prefixed name (``"dc:title"``), stripped text."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("docProps/core.xml"))
    return {
        CORE_PROPERTY_NAMES[child.tag]: (child.text or "").strip()
        for child in root
        if isinstance(child.tag, str) and child.tag in CORE_PROPERTY_NAMES
    }


def missing_core_properties(
    path: Path | str, required: Iterable[str] = ("dc:title", "dc:creator", "dc:language")
) -> list[str]:
    """The ``required`` core properties that are absent or empty."""
    properties = pptx_core_properties(path)
    return [name for name in required if not properties.get(name)]


# ---------------------------------------------------------------------------
# PDF: structure, fonts, text


def pdf_problems(path: Path | str) -> list[str]:
    """``qpdf --check`` findings, pages pypdf cannot read, and a PDF without pages."""
    qpdf = require_program("qpdf")
    problems = []
    result = subprocess.run(
        [qpdf, "--check", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        problems.append(
            f"qpdf --check exited {result.returncode}:\n{result.stdout}{result.stderr}".strip()
        )
    try:
        reader = PdfReader(str(path))
        count = len(reader.pages)
        for number, page in enumerate(reader.pages, start=1):
            try:
                page.extract_text()
            except Exception as error:
                problems.append(f"page {number}: pypdf cannot read it: {error!r}")
    except Exception as error:
        return [*problems, f"pypdf cannot read the file: {error!r}"]
    if count == 0:
        problems.append("the PDF has no pages")
    return problems


def pdf_fonts(path: Path | str) -> list[dict[str, Any]]:
    """The fonts ``pdffonts`` lists: name, type, encoding, embedded, subset, unicode
    (the last three as booleans)."""
    pdffonts = require_program("pdffonts")
    result = subprocess.run(
        [pdffonts, str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"pdffonts failed on {path}:\n{result.stdout}{result.stderr}")
    lines = result.stdout.splitlines()
    if len(lines) < 2:
        return []
    # Columns are cut where the dashes under the header are; names and types may
    # hold spaces ("Type 1C", "CID TrueType").
    spans = [match.span() for match in re.finditer(r"-+", lines[1])]
    fonts = []
    for line in lines[2:]:
        if not line.strip():
            continue
        cells = [line[start:end].strip() for start, end in spans[:-1]]
        cells.append(line[spans[-1][0] :].strip())
        name, font_type, encoding, embedded, subset, unicode = cells[:6]
        fonts.append(
            {
                "name": name,
                "type": font_type,
                "encoding": encoding,
                "embedded": embedded == "yes",
                "subset": subset == "yes",
                "unicode": unicode == "yes",
            }
        )
    return fonts


def non_embedded_fonts(path: Path | str) -> list[str]:
    """The names of the fonts the PDF names without embedding them.

    A font declared but never drawn with counts too: reportlab's initial Helvetica on
    every page is such a font unless the canvas starts in another (``initialFontName``),
    and a checker that reads the fonts a PDF names (PDF/UA) flags it.
    """
    return [font["name"] for font in pdf_fonts(path) if not font["embedded"]]


def pdf_text(path: Path | str) -> str:
    """The text of every page in drawing order, pages separated by a blank line."""
    with pdfplumber.open(path) as pdf:
        return "\n\n".join(
            without_duplicate_chars(page).extract_text(use_text_flow=True) for page in pdf.pages
        )


# ---------------------------------------------------------------------------
# PDF: word boxes and layout


@dataclass(frozen=True)
class WordBox:
    """A word's box on a page, in points from the page's top left."""

    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    upright: bool

    @property
    def area(self) -> float:
        """The box's area in square points."""
        return max(0.0, self.x1 - self.x0) * max(0.0, self.bottom - self.top)

    def __str__(self) -> str:
        return (
            f"{self.text!r} at ({self.x0:.1f}, {self.top:.1f})–({self.x1:.1f}, {self.bottom:.1f})"
        )


def without_duplicate_chars(page: Page) -> Page:
    """The page without the copies of characters drawn twice (as a fake bold is): what
    pdfplumber's ``page.dedupe_chars()`` keeps, found in linear time.

    pdfplumber 0.11 puts the characters it keeps back in order with ``list.index``,
    which is quadratic in a page's characters: 8 of the 12 s the long-texts handout's
    layout check took.
    """
    same_glyph = itemgetter("upright", "text", "fontname", "size")
    kept = set()
    for _, copies in itertools.groupby(sorted(page.chars, key=same_glyph), key=same_glyph):
        for line in cluster_objects(list(copies), itemgetter("doctop"), 1):
            for cluster in cluster_objects(line, itemgetter("x0"), 1):
                kept.add(id(min(cluster, key=itemgetter("doctop", "x0"))))
    return page.filter(lambda obj: obj["object_type"] != "char" or id(obj) in kept)


def page_words(page: Page) -> list[WordBox]:
    """The word boxes of one pdfplumber page (duplicate characters, as drawn for a fake
    bold, counted once)."""
    return [
        WordBox(
            page=page.page_number,
            text=word["text"],
            x0=float(word["x0"]),
            top=float(word["top"]),
            x1=float(word["x1"]),
            bottom=float(word["bottom"]),
            upright=bool(word["upright"]),
        )
        for word in without_duplicate_chars(page).extract_words(**PDF_WORD_OPTIONS)
    ]


def word_boxes(path: Path | str, page_number: int | None = None) -> list[WordBox]:
    """The word boxes of page ``page_number`` (from 1) of the PDF, or of every page."""
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages if page_number is None else [pdf.pages[page_number - 1]]
        return [word for page in pages for word in page_words(page)]


def intersection_area(a: WordBox, b: WordBox) -> float:
    """The area two boxes share, in square points."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    return width * height if width > 0 and height > 0 else 0.0


def overlapping_words(
    page: Page | Sequence[WordBox], min_area: float = 1.0, min_fraction: float = 0.1
) -> list[tuple[WordBox, WordBox]]:
    """Pairs of words whose boxes share more than ``min_area`` square points and more
    than ``min_fraction`` of the smaller box.

    The tolerances let touching words, kerned neighbours and tight line spacing pass.
    Boxes are swept from top to bottom, so each word is compared only with the words of
    the lines it spans, not with the whole page.
    """
    words = page_words(page) if isinstance(page, Page) else list(page)
    pairs = []
    active: list[WordBox] = []
    for word in sorted(words, key=lambda box: (box.top, box.x0)):
        active = [other for other in active if other.bottom > word.top]
        for other in active:
            shared = intersection_area(word, other)
            smaller = min(word.area, other.area)
            if shared > min_area and shared > min_fraction * smaller:
                pairs.append((other, word))
        active.append(word)
    return pairs


def off_page_words(
    page: Page, margin: float = 0.0, words: Sequence[WordBox] | None = None
) -> list[WordBox]:
    """Words (the page's own unless given) whose box reaches outside the page, or nearer
    its edge than ``margin``."""
    x0, top, x1, bottom = (float(value) for value in page.bbox)
    epsilon = 0.01
    return [
        word
        for word in (page_words(page) if words is None else words)
        if word.x0 < x0 + margin - epsilon
        or word.top < top + margin - epsilon
        or word.x1 > x1 - margin + epsilon
        or word.bottom > bottom - margin + epsilon
    ]


def layout_problems(path: Path | str, margin: float = 0.0) -> list[str]:
    """Overlapping words and words outside the page (or its margin), on every page."""
    with pdfplumber.open(path) as pdf:
        return [problem for page in pdf.pages for problem in page_layout_problems(page, margin)]


def page_layout_problems(
    page: Page, margin: float = 0.0, words: Sequence[WordBox] | None = None
) -> list[str]:
    """Overlapping words and words outside the page (or its margin), on one page (its
    words found again unless given)."""
    number = page.page_number
    words = page_words(page) if words is None else words
    problems = [
        f"page {number}: {first} overlaps {second}" for first, second in overlapping_words(words)
    ]
    where = "outside the page" if margin == 0 else f"within {margin} pt of the edge"
    problems += [
        f"page {number}: {word} is {where}" for word in off_page_words(page, margin, words)
    ]
    return problems


# ---------------------------------------------------------------------------
# LibreOffice


def convert_to_pdf(pptx_path: Path | str, out_dir: Path | str, timeout: float = 240) -> Path:
    """Convert a deck to PDF with LibreOffice and return the PDF's path.

    Each call has its own LibreOffice profile, so conversions running at the same time
    do not wait for or break each other.
    """
    [pdf] = convert_all_to_pdf([pptx_path], out_dir, timeout)
    return pdf


def convert_all_to_pdf(
    pptx_paths: Sequence[Path | str], out_dir: Path | str, timeout: float = 240
) -> list[Path]:
    """Convert decks to PDFs with one LibreOffice process (far cheaper than one each)
    and return the PDFs' paths, in order."""
    soffice = require_program("soffice")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lessonpress-soffice-"))
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        *map(str, pptx_paths),
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"soffice took more than {timeout} s on {pptx_paths}") from error
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdfs = [out / f"{Path(path).stem}.pdf" for path in pptx_paths]
    # soffice exits 0 even when it could not load the file: the PDF is the proof.
    missing = [str(path) for path, pdf in zip(pptx_paths, pdfs, strict=True) if not pdf.is_file()]
    if result.returncode != 0 or missing:
        raise RuntimeError(
            f"soffice could not convert {', '.join(missing) or pptx_paths} "
            f"(exit {result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return pdfs


# ---------------------------------------------------------------------------
# Assertions


def _fail_with(problems: Sequence[str], what: str) -> None:
    """Fail the test listing every problem, if there are any."""
    if problems:
        listing = "\n".join(f"  - {problem}" for problem in problems)
        pytest.fail(f"{len(problems)} problem(s) in {what}:\n{listing}", pytrace=False)


def assert_valid_pptx(path: Path | str, *, check_reachable: bool = True) -> None:
    """Fail with every problem ``pptx_problems`` finds."""
    _fail_with(pptx_problems(path, check_reachable=check_reachable), str(path))


def assert_valid_pdf(path: Path | str) -> None:
    """Fail with every problem ``pdf_problems`` finds."""
    _fail_with(pdf_problems(path), str(path))


def assert_fonts_embedded(path: Path | str) -> None:
    """Fail if a font of the PDF is not embedded."""
    _fail_with([f"font {name} is not embedded" for name in non_embedded_fonts(path)], str(path))


def assert_clean_layout(path: Path | str, margin: float = 0.0) -> None:
    """Fail with every overlapping or off-page word."""
    _fail_with(layout_problems(path, margin), str(path))
