"""The .pptx package: opening, slide appending, metadata and stable bytes.

python-pptx numbers each new slide id by scanning all the others; here
:class:`SlideAppender` numbers slides from a counter. The deck is opened through
:class:`~.pptx_compat.DeckPackage`, which names parts in constant time, the
presentation part's relationships are indexed, and the file is written from the
members python-pptx would save: all three lean on python-pptx's internals, and live
in :mod:`.pptx_compat`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.parts.slide import SlideLayoutPart, SlidePart

from lessonpress.renderers.deck.pptx_compat import (
    DeckPackage,
    index_relationships,
    package_members,
)

if TYPE_CHECKING:
    from pptx.opc.packuri import PackURI
    from pptx.package import Package
    from pptx.presentation import Presentation
    from pptx.slide import Slide, SlideLayout

# python-pptx leaves SlidePart.new unannotated; this is the signature it documents.
_new_slide_part: Callable[[PackURI, Package, SlideLayoutPart], SlidePart] = SlidePart.new

FIXED_TIMESTAMP = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
"""The created and modified time written when ``SOURCE_DATE_EPOCH`` is not set."""


def open_presentation(source: Path | bytes) -> Presentation:
    """Open the .pptx at ``source`` (a path, or the file's bytes) through :class:`DeckPackage`."""
    data = source if isinstance(source, bytes) else source.read_bytes()
    presentation: Presentation = DeckPackage.open(io.BytesIO(data)).main_document_part.presentation
    return presentation


class SlideAppender:
    """Adds slides at the end of a presentation, numbering slide ids from a counter."""

    def __init__(self, presentation: Presentation) -> None:
        self._presentation = presentation
        index_relationships(presentation.part)
        self._slide_ids = presentation.element.get_or_add_sldIdLst()
        used = [int(slide_id.get("id")) for slide_id in self._slide_ids]
        self._next_id = max([255, *used]) + 1

    def add(self, layout: SlideLayout) -> Slide:
        """A new, empty slide on ``layout`` (the caller adds the placeholders it fills)."""
        presentation_part = self._presentation.part
        package = presentation_part.package
        partname = package.next_partname("/ppt/slides/slide%d.xml")
        slide_part = _new_slide_part(partname, package, layout.part)
        relationship_id = presentation_part.relate_to(slide_part, RT.SLIDE)
        slide: Slide = slide_part.slide  # python-pptx leaves this unannotated
        slide_id = self._slide_ids.makeelement(qn("p:sldId"), {"id": str(self._next_id)})
        slide_id.set(qn("r:id"), relationship_id)
        self._slide_ids.append(slide_id)
        self._next_id += 1
        return slide

    @property
    def count(self) -> int:
        """How many slides the presentation has."""
        return len(self._slide_ids)

    @property
    def slide_ids(self) -> list[int]:
        """The ids of every slide, in order."""
        return [int(slide_id.get("id")) for slide_id in self._slide_ids]


def drop_thumbnail(presentation: Presentation) -> None:
    """Remove the template's thumbnail picture: it would show the template, not this deck."""
    package = presentation.part.package
    for relationship in list(package.iter_rels()):
        if relationship.reltype == RT.THUMBNAIL:
            with contextlib.suppress(KeyError):  # only the package's own is removed
                package.drop_rel(relationship.rId)


def build_time() -> dt.datetime:
    """The time stamped on the deck: ``SOURCE_DATE_EPOCH`` if set, else a fixed date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return FIXED_TIMESTAMP


def set_core_properties(
    presentation: Presentation,
    *,
    title: str,
    author: str,
    subject: str,
    language: str,
    keywords: str,
) -> None:
    """Fill ``docProps/core.xml``; the dates are fixed so that rebuilds give the same bytes."""
    properties = presentation.core_properties
    properties.title = _limit(title)
    properties.author = _limit(author)
    properties.last_modified_by = _limit(author)
    properties.subject = _limit(subject)
    properties.language = _limit(language)
    properties.keywords = _limit(keywords)
    properties.comments = ""
    properties.category = ""
    properties.revision = 1
    stamp = build_time().replace(tzinfo=None)
    properties.created = stamp
    properties.modified = stamp
    properties.last_printed = stamp


def _limit(text: str) -> str:
    # python-pptx refuses core properties longer than 255 characters.
    return text if len(text) <= 255 else text[:254] + "…"


def save(presentation: Presentation) -> bytes:
    """The finished file, with every zip entry's time set to the build time.

    Zip entries otherwise carry the wall-clock time they were written, and two builds
    of one lesson would differ; the members are python-pptx's own
    (:func:`~.pptx_compat.package_members`), each written once with its time fixed.
    """
    date_time = max(build_time(), dt.datetime(1980, 1, 1, tzinfo=dt.UTC)).timetuple()[:6]
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in package_members(presentation.part.package):
            entry = zipfile.ZipInfo(name, date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            archive.writestr(entry, blob, compresslevel=6)
    return output.getvalue()


def stable_guid(*parts: str) -> str:
    """A GUID in braces derived from ``parts``, the same on every build."""
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest().upper()
    return f"{{{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}}}"
