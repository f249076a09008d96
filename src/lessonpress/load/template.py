"""Check that a theme's deck template is a PowerPoint presentation, before any deck is made.

A .pptx is a zip package whose ``[Content_Types].xml`` declares the part
``/ppt/presentation.xml`` as a presentation. A Word file, a text file, a zip of
something else, a PowerPoint template (.potx) or slide show (.ppsx) saved under the
wrong name, or a package that would unpack to gigabytes is refused here, with what it
really is.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

MAX_TEMPLATE_BYTES = 50 * 1_048_576
"""A school template with its pictures; more is not a template."""

MAX_UNPACKED_BYTES = 200 * 1_048_576
"""What the package may unpack to: python-pptx holds every part in memory."""

PRESENTATION_PART = "/ppt/presentation.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_TYPES_NAMESPACE = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PRESENTATION_TYPE = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_OTHER_KINDS = {
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": (
        "a PowerPoint template (.potx), not a presentation"
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": (
        "a PowerPoint slide show (.ppsx), not a presentation"
    ),
    "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml": (
        "a presentation with macros (.pptm)"
    ),
}
_WORD_PART = "/word/document.xml"
_EXCEL_PART = "/xl/workbook.xml"
_SLIDE_MASTER_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"


class UnusableTemplate(Exception):
    """The file cannot be a deck's template; ``str()`` says what it is instead."""


def check_deck_template(data: bytes) -> None:
    """Raise :class:`UnusableTemplate` unless ``data`` is a PowerPoint presentation package."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnusableTemplate(f"it is {_guess_kind(data)}, not a PowerPoint file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise UnusableTemplate(
                    f"it would unpack to {unpacked / 1_048_576:,.0f} MB, more than the "
                    f"{MAX_UNPACKED_BYTES // 1_048_576} MB a template may hold"
                )
            names = set(package.namelist())
            if _CONTENT_TYPES not in names:
                raise UnusableTemplate("it is a zip archive, not a PowerPoint file")
            overrides = _content_type_overrides(package.read(_CONTENT_TYPES))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        raise UnusableTemplate(f"the file is damaged ({error})") from None
    kind = overrides.get(PRESENTATION_PART)
    if kind is None or PRESENTATION_PART.lstrip("/") not in names:
        raise UnusableTemplate(f"it is {_package_kind(overrides)}, not a PowerPoint presentation")
    if kind != PRESENTATION_TYPE:
        raise UnusableTemplate(f"it is {_OTHER_KINDS.get(kind, kind)}")
    if _SLIDE_MASTER_TYPE not in overrides.values():
        raise UnusableTemplate("the presentation has no slide master")


def _content_type_overrides(xml: bytes) -> dict[str, str]:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        raise UnusableTemplate(f"its list of parts is damaged ({error})") from None
    return {
        str(element.get("PartName")): str(element.get("ContentType"))
        for element in root.iter(f"{_TYPES_NAMESPACE}Override")
    }


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
