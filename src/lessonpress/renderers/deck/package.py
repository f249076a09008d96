"""The .pptx package: linear-time part naming, slide appending, metadata and stable bytes.

python-pptx grows quadratically with the number of slides: it names each new part
by walking every part of the package (``OpcPackage.next_partname``, and the image
look-ups), numbers each slide id by scanning all the others, and before relating a
slide to the presentation scans every relationship the presentation has. With notes
that is about 11 s for 1,000 slides. Here :class:`DeckPackage` keeps counters for
part names and an index of images, seeded by one walk of the package when first
needed; :class:`SlideAppender` numbers slides from a counter; and the presentation
part's relationships are kept indexed (:class:`IndexedRelationships`). The installed
library is not patched: the deck is opened through a subclass of python-pptx's own
``Package``, and only the collections of the deck being built are indexed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import re
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship, _Relationships
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.package import Package
from pptx.parts.image import Image, ImagePart
from pptx.parts.slide import SlidePart

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.slide import Slide, SlideLayout

_NUMBERED_PARTNAME = re.compile(r"^(?P<prefix>.*?)(?P<number>\d+)(?P<suffix>\.\w+)$")

FIXED_TIMESTAMP = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
"""The created and modified time written when ``SOURCE_DATE_EPOCH`` is not set."""


class DeckPackage(Package):
    """python-pptx's package with part names and image look-ups in constant time."""

    def __init__(self, pkg_file: str | IO[bytes]) -> None:
        super().__init__(pkg_file)
        self._taken_numbers: dict[str, set[int]] | None = None
        self._images_by_sha1: dict[str, ImagePart] | None = None

    def next_partname(self, tmpl: str) -> PackURI:
        """The next free part name for a ``%d`` template such as ``/ppt/slides/slide%d.xml``."""
        prefix, suffix = tmpl.split("%d")
        return PackURI(f"{prefix}{self._take_number(prefix, suffix)}{suffix}")

    def next_image_partname(self, ext: str) -> PackURI:
        """The next free ``/ppt/media/imageN.ext`` part name."""
        return PackURI(f"/ppt/media/image{self._take_number('/ppt/media/image', '')}.{ext}")

    def get_or_add_image_part(self, image_file: str | IO[bytes]) -> ImagePart:
        """The image part holding ``image_file``, shared by every slide that shows it."""
        image = Image.from_file(image_file)
        images = self._image_index()
        part = images.get(image.sha1)
        if part is None:
            part = ImagePart.new(self, image)
            images[image.sha1] = part
        return part

    def _take_number(self, prefix: str, suffix: str) -> int:
        taken = self._numbers_in_use()
        key = prefix + "%d" + suffix
        numbers = taken[key]
        number = max(numbers, default=0) + 1
        numbers.add(number)
        return number

    def _numbers_in_use(self) -> dict[str, set[int]]:
        # One walk of the package when the first name is asked for; the template's
        # removed slides are already unreachable then, so their names are free again.
        if self._taken_numbers is None:
            self._taken_numbers = defaultdict(set)
            for part in self.iter_parts():
                match = _NUMBERED_PARTNAME.match(str(part.partname))
                if match:
                    suffix = "" if match["prefix"] == "/ppt/media/image" else match["suffix"]
                    key = match["prefix"] + "%d" + suffix
                    self._taken_numbers[key].add(int(match["number"]))
        return self._taken_numbers

    def _image_index(self) -> dict[str, ImagePart]:
        if self._images_by_sha1 is None:
            self._images_by_sha1 = {
                part.sha1: part
                for part in self.iter_parts()
                if isinstance(part, ImagePart) and hasattr(part, "sha1")
            }
        return self._images_by_sha1


def open_presentation(source: Path | bytes) -> Presentation:
    """Open the .pptx at ``source`` (a path, or the file's bytes) through :class:`DeckPackage`."""
    data = source if isinstance(source, bytes) else source.read_bytes()
    return DeckPackage.open(io.BytesIO(data)).main_document_part.presentation


class IndexedRelationships(_Relationships):
    """python-pptx's relationship collection, finding a part's relationship in one step.

    Before adding a relationship python-pptx looks for an existing one to the same part
    by rebuilding an index of every relationship and scanning it, so relating n slides
    to the presentation part takes n² steps: about a second at 1,000 slides. This
    subclass keeps a ``(type, part) -> rId`` index instead, built once and extended.
    """

    _index: dict[tuple[str, int], str] | None = None

    def get_or_add(self, reltype: str, target_part: Part) -> str:
        """The rId of the ``reltype`` relationship to ``target_part``, added if missing."""
        index = self._target_index()
        key = (reltype, id(target_part))
        relationship_id = index.get(key)
        if relationship_id is None:
            relationship_id = self._add_relationship(reltype, target_part)
            index[key] = relationship_id
        return relationship_id

    def pop(self, rId: str) -> _Relationship:
        """Remove and return the relationship ``rId`` (the index is rebuilt when next used)."""
        self._index = None
        return super().pop(rId)

    def _target_index(self) -> dict[tuple[str, int], str]:
        if self._index is None:
            self._index = {
                (relationship.reltype, id(relationship.target_part)): relationship_id
                for relationship_id, relationship in self.items()
                if not relationship.is_external
            }
        return self._index


def index_relationships(part: Part) -> None:
    """Make ``part``'s relationship look-ups constant-time (see :class:`IndexedRelationships`).

    The part's own collection becomes an :class:`IndexedRelationships`; a collection of
    another class (a python-pptx that changed its internals) is left as it is.
    """
    if type(part.rels) is _Relationships:
        part.rels.__class__ = IndexedRelationships


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
        slide_part = SlidePart.new(partname, package, layout.part)
        relationship_id = presentation_part.relate_to(slide_part, RT.SLIDE)
        slide = slide_part.slide
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
    """The finished file, with every zip entry's time set to the build time."""
    saved = io.BytesIO()
    presentation.save(saved)
    return _with_fixed_times(saved.getvalue(), build_time())


def _with_fixed_times(data: bytes, stamp: dt.datetime) -> bytes:
    # Zip entries carry the wall-clock time they were written; rewrite them so that two
    # builds of one lesson are byte-identical.
    date_time = max(stamp, dt.datetime(1980, 1, 1, tzinfo=dt.UTC)).timetuple()[:6]
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info), compresslevel=6)
    return output.getvalue()


def stable_guid(*parts: str) -> str:
    """A GUID in braces derived from ``parts``, the same on every build."""
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest().upper()
    return f"{{{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}}}"
