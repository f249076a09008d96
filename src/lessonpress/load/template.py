"""Check that a theme's deck template is a PowerPoint presentation, before any deck is made.

A .pptx is a zip package whose ``[Content_Types].xml`` declares the part
``/ppt/presentation.xml`` as a presentation. A PowerPoint template (.potx) and a
presentation or template with macros (.pptm, .potm) are accepted too: the deck
renderer turns them into a plain presentation. A Word file, a text file, a zip of
something else or a slide show (.ppsx) saved under the wrong name is refused here,
with what it really is, and so is a package made to exhaust the machine that opens
it: one that would unpack to more than a template holds, a part packed at a ratio
no real file reaches (a "zip bomb"), or XML declaring entities (an "entity bomb").

The sizes are the ones the zip's directory declares; Python's zip reader never
inflates a part beyond its declared size, and the XML is read in chunks and only
as far as its prolog, so checking a hostile file costs milliseconds and kilobytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

MAX_TEMPLATE_BYTES = 50 * 1_048_576
"""A school template with its pictures; more is not a template."""

MAX_UNPACKED_BYTES = 50 * 1_048_576
"""What the package may unpack to: python-pptx holds every part in memory."""

MAX_PART_RATIO = 200
"""The most a part may shrink when packed. XML packs about 10 to 1 and pictures hardly
at all; a gigabyte packed into a megabyte (1,000 to 1) is a zip bomb."""

RATIO_CHECKED_FROM = 1_048_576
"""Parts smaller than this unpacked are too small to matter, whatever their ratio."""

MAX_PROLOG_BYTES = 65_536
"""How far into an XML part its root element must have started."""

PRESENTATION_PART = "/ppt/presentation.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_TYPES_NAMESPACE = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PRESENTATION_TYPE = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
ACCEPTED_TYPES = frozenset(
    {
        PRESENTATION_TYPE,
        "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
        "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
    }
)
"""Main parts of the packages a deck can start from: presentations and templates, with
or without macros (which the deck renderer leaves out)."""
_OTHER_KINDS = {
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": (
        "a PowerPoint slide show (.ppsx), not a presentation"
    ),
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml": (
        "a PowerPoint slide show with macros (.ppsm), not a presentation"
    ),
}
_WORD_PART = "/word/document.xml"
_EXCEL_PART = "/xl/workbook.xml"
_SLIDE_MASTER_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"

# Everything an XML prolog may hold before the root element, and the root's start.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)")
_ROOT_START = re.compile(rb"<[^?!]")


class UnusableTemplate(Exception):
    """The file cannot be a deck's template; ``str()`` says what it is instead."""


def check_deck_template(data: bytes) -> None:
    """Raise :class:`UnusableTemplate` unless ``data`` is a PowerPoint presentation (or
    template) package that is safe to open."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnusableTemplate(f"it is {_guess_kind(data)}, not a PowerPoint file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            _check_sizes(members)
            names = {member.filename for member in members}
            if _CONTENT_TYPES not in names:
                raise UnusableTemplate("it is a zip archive, not a PowerPoint file")
            overrides = _content_type_overrides(_read_xml(package, _CONTENT_TYPES))
            kind = overrides.get(PRESENTATION_PART)
            if kind is None or PRESENTATION_PART.lstrip("/") not in names:
                raise UnusableTemplate(
                    f"it is {_package_kind(overrides)}, not a PowerPoint presentation"
                )
            if kind not in ACCEPTED_TYPES:
                raise UnusableTemplate(f"it is {_OTHER_KINDS.get(kind, kind)}")
            if _SLIDE_MASTER_TYPE not in overrides.values():
                raise UnusableTemplate("the presentation has no slide master")
            for member in members:
                if _is_xml(member.filename, overrides):
                    _check_prolog(package, member)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        OSError,
        EOFError,
    ) as error:
        raise UnusableTemplate(f"the file is damaged ({error})") from None


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnusableTemplate(
            f"it would unpack to {unpacked / 1_048_576:,.0f} MB, more than the "
            f"{MAX_UNPACKED_BYTES // 1_048_576} MB a template may hold"
        )
    for member in members:
        packed = max(member.compress_size, 1)
        if member.file_size >= RATIO_CHECKED_FROM and member.file_size / packed > MAX_PART_RATIO:
            raise UnusableTemplate(
                f"its part '{member.filename}' unpacks from {_size(packed)} to "
                f"{_size(member.file_size)}, {member.file_size // packed:,} times its size: "
                "no real file packs like that (a zip bomb)"
            )


def _check_prolog(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Refuse an XML part whose prolog declares a document type or entities."""
    with package.open(member) as stream:
        head = stream.read(MAX_PROLOG_BYTES)
    head = _as_utf8(head)
    position = 0
    while match := _PROLOG_ITEM.match(head, position):
        position = match.end()
    if _DECLARATION.match(head, position):
        raise UnusableTemplate(
            f"its part '{member.filename}' declares XML entities, which Office never writes "
            "(an entity bomb)"
        )
    if position < len(head) and not _ROOT_START.match(head, position):
        raise UnusableTemplate(f"its part '{member.filename}' is not XML")


def _as_utf8(head: bytes) -> bytes:
    """The start of an XML part as UTF-8, whichever Unicode encoding it was saved in."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        encoding = (
            "utf-16-be" if head.startswith(b"\xfe\xff") or head[:1] == b"\x00" else "utf-16-le"
        )
        return head.decode(encoding, errors="ignore").lstrip("\ufeff").encode()
    return head.removeprefix(b"\xef\xbb\xbf")


def _read_xml(package: zipfile.ZipFile, name: str) -> bytes:
    member = package.getinfo(name)
    _check_prolog(package, member)
    return package.read(member)


def _is_xml(name: str, overrides: dict[str, str]) -> bool:
    return name.endswith((".xml", ".rels")) or overrides.get("/" + name, "").endswith("xml")


def _content_type_overrides(xml: bytes) -> dict[str, str]:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        raise UnusableTemplate(f"its list of parts is damaged ({error})") from None
    return {
        str(element.get("PartName")): str(element.get("ContentType"))
        for element in root.iter(f"{_TYPES_NAMESPACE}Override")
    }


def _size(count: int) -> str:
    if count >= 1_048_576:
        return f"{count / 1_048_576:,.0f} MB"
    return f"{max(1, count // 1024):,} KB"


def _package_kind(overrides: dict[str, str]) -> str:
    if _WORD_PART in overrides:
        return "a Word document"
    if _EXCEL_PART in overrides:
        return "an Excel workbook"
    return "an Office package of another kind"


def _guess_kind(data: bytes) -> str:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old-style Office file (.ppt or .doc)"
    if data.startswith(b"%PDF"):
        return "a PDF file"
    if b"\x00" not in data[:4096]:
        return "a text file"
    return "a file of another kind"
