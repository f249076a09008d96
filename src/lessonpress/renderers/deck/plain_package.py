"""A school's template, whatever PowerPoint saved it as, turned into a plain presentation.

A template (.potx) declares its main part as a template, which PowerPoint and
python-pptx refuse to open as a presentation; a file with macros (.pptm, .potm)
carries a VBA project, and any template may carry ActiveX controls, embedded
programs (OLE objects), ribbon customisations or buttons that run a macro or a
program. None of that belongs in a lesson's deck. The package is rewritten before
python-pptx opens it: the main part becomes a presentation, every relationship to
something executable (and to the template's digital signatures) is cut, and the
markup that pointed at one is removed, so the parts behind them are unreachable and
python-pptx never loads or saves them.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from lessonpress.load.template import PRESENTATION_PART, PRESENTATION_TYPE

EXECUTABLE_RELATIONSHIPS = frozenset(
    {
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
        "http://schemas.microsoft.com/office/2006/relationships/wordVbaData",
        "http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary",
        "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility",
        "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility",
        "http://schemas.microsoft.com/office/2006/relationships/keyMapCustomizations",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/control",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package",
    }
)
"""Relationships to macros, ActiveX controls, embedded programs and documents (which
may hold macros of their own), and ribbon customisations that call macros."""

SIGNATURE_RELATIONSHIP = (
    "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin"
)
"""The template's digital signatures: they sign the template, and would mark the deck,
which is another document, as tampered with."""

EXECUTABLE_CONTENT = ("vbaProject", "vbaData", "activeX", "oleObject", "macroEnabled")
"""Words in the content types of macros, ActiveX controls, embedded objects and
documents with macros: a part of such a type is cut whatever relationship leads to it."""

EXECUTABLE_ACTIONS = ("ppaction://macro", "ppaction://program", "ppaction://ole")
"""Click and hover actions that run a macro, a program or an embedded object."""

_CONTENT_TYPES = "[Content_Types].xml"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

_SHAPES = frozenset(
    f"{{{_P}}}{name}" for name in ("sp", "pic", "graphicFrame", "cxnSp", "grpSp", "control")
)
"""The elements removed whole when something inside them points at a cut relationship."""

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def plain_presentation(data: bytes) -> bytes:
    """The package ``data`` as a presentation (.pptx) with nothing executable in it
    (``data`` itself when it is one already)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = source.infolist()
        contents = {member.filename: source.read(member) for member in members}
    original = dict(contents)
    content_types = etree.fromstring(contents[_CONTENT_TYPES], _PARSER)
    if _presentation_type(content_types) != PRESENTATION_TYPE:
        contents[_CONTENT_TYPES] = _as_presentation(content_types)
    executable = _executable_parts(content_types, contents)
    for name in [name for name in contents if name.endswith(".rels")]:
        part_name = _source_part(name)
        relationships = etree.fromstring(contents[name], _PARSER)
        cut = _cut_executable(relationships, part_name, executable)
        markup = contents.get(part_name, b"")
        if _is_markup(part_name) and (cut or b"ppaction://" in markup):
            part = etree.fromstring(markup, _PARSER)
            action_targets, actions_removed = _remove_actions(part)
            cut |= action_targets
            if _remove_references(part, cut) or actions_removed:
                contents[part_name] = _serialize(part)
        if cut:
            for relationship in list(relationships):
                if relationship.get("Id") in cut:
                    relationships.remove(relationship)
            contents[name] = _serialize(relationships)
    if contents == original:
        return data
    output = io.BytesIO()
    # Stored, not deflated: python-pptx reads this copy at once, and packing it again
    # would cost more than the rest of the deck.
    with zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as target:
        for member in members:
            target.writestr(member.filename, contents[member.filename])
    return output.getvalue()


def _presentation_type(content_types: etree._Element) -> str | None:
    for override in content_types.iter(f"{{{_TYPES}}}Override"):
        if override.get("PartName") == PRESENTATION_PART:
            return override.get("ContentType")
    return None


def _executable_parts(content_types: etree._Element, contents: dict[str, bytes]) -> set[str]:
    """The names of the package's parts whose content type is executable."""
    by_extension = {
        str(default.get("Extension")).lower(): str(default.get("ContentType"))
        for default in content_types.iter(f"{{{_TYPES}}}Default")
    }
    by_name = {
        str(override.get("PartName")).lstrip("/"): str(override.get("ContentType"))
        for override in content_types.iter(f"{{{_TYPES}}}Override")
    }
    executable = set()
    for name in contents:
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        content_type = by_name.get(name) or by_extension.get(extension, "")
        if any(word in content_type for word in EXECUTABLE_CONTENT):
            executable.add(name)
    return executable


def _as_presentation(root: etree._Element) -> bytes:
    for override in root.iter(f"{{{_TYPES}}}Override"):
        if override.get("PartName") == PRESENTATION_PART:
            override.set("ContentType", PRESENTATION_TYPE)
    return _serialize(root)


def _cut_executable(relationships: etree._Element, source: str, executable: set[str]) -> set[str]:
    """The ids of the relationships of ``source`` to executable parts."""
    folder = posixpath.dirname(source)
    cut = set()
    for relationship in relationships.iter(f"{{{_RELS}}}Relationship"):
        target = str(relationship.get("Target") or "")
        internal = relationship.get("TargetMode") != "External"
        if internal:
            target = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
        kind = relationship.get("Type")
        if (
            kind in EXECUTABLE_RELATIONSHIPS
            or kind == SIGNATURE_RELATIONSHIP
            or (internal and target in executable)
        ):
            cut.add(str(relationship.get("Id")))
    return cut


def _remove_actions(part: etree._Element) -> tuple[set[str], bool]:
    """Remove the hyperlinks whose action runs something: the ids of their targets, and
    whether there were any."""
    targets: set[str] = set()
    removed = False
    for tag in ("hlinkClick", "hlinkHover"):
        for link in list(part.iter(f"{{{_A}}}{tag}")):
            if (link.get("action") or "").startswith(EXECUTABLE_ACTIONS):
                if link.get(f"{{{_R}}}id"):
                    targets.add(str(link.get(f"{{{_R}}}id")))
                _detach(link)
                removed = True
    return targets, removed


def _remove_references(part: etree._Element, cut: set[str]) -> bool:
    """Remove what refers to the ``cut`` relationships: the whole shape that holds the
    reference, or the referring element itself outside a shape. Whether any was found."""
    found = [
        element
        for element in part.iter()
        if any(
            # lxml's stubs type attribute names as str or bytes; lxml reads them as str.
            isinstance(key, str) and key.startswith(f"{{{_R}}}") and value in cut
            for key, value in element.attrib.items()
        )
    ]
    for element in found:
        doomed = element
        for ancestor in element.iterancestors():
            if ancestor.tag in _SHAPES:
                doomed = ancestor
            if ancestor.tag == f"{{{_MC}}}AlternateContent":
                doomed = ancestor
                break
        _detach(doomed)
    for controls in list(part.iter(f"{{{_P}}}controls")):
        if len(controls) == 0:
            _detach(controls)
    return bool(found)


def _detach(element: etree._Element) -> None:
    """Take ``element`` out of its parent; the root of a part has none and stays."""
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _source_part(rels_name: str) -> str:
    folder, file_name = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), file_name.removesuffix(".rels"))


def _is_markup(name: str) -> bool:
    return name.endswith(".xml") and name != _CONTENT_TYPES


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
