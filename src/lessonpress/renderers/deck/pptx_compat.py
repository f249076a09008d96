"""Everything that leans on python-pptx's internals, measured and fenced in one place.

python-pptx grows quadratically with the number of slides: it names each new part by
walking every part of the package (``OpcPackage.next_partname``, and the image
look-ups), and before relating a slide to the presentation it rebuilds and scans an
index of every relationship the presentation part has; its notes pages are built
placeholder by placeholder through its shape API. Three speed-ups remove that; two
more write the file in one pass and compile python-pptx's paths once. Each pays for
a large deck (``benchmarks/deck_benchmark.py --stock``, the 1,000-event deck with
notes, least CPU time of three runs on a shared machine: 3.5 s with all five, against
18.2 s without the part-name counters, 4.9 s without the relationship index, 4.6 s
without the notes pages, 4.3 s without the compiled paths and 4.3 s without the
one-pass writer). The sixth, copied preset shapes, pays less: 2.77 s against 2.85 s
without it, least of three runs taken in turn):

- :class:`DeckPackage`, python-pptx's ``Package`` with counters for part names and
  an index of images, seeded by one walk of the package when first needed. It
  overrides the methods python-pptx's parts call on their package.
- :class:`IndexedRelationships`, a subclass of the private ``_Relationships`` that
  keeps a ``(type, part) -> rId`` index. Only the presentation part's collection of
  the deck being built is switched to it; python-pptx's class is left as it is.
- :func:`add_notes_slide`, a notes page made as one part from its markup, where
  python-pptx's ``slide.notes_slide`` clones the notes master's placeholders.
- :func:`package_members`, the members python-pptx's ``save`` would write, for the
  deck's file to be written once with fixed times rather than saved and rewritten; their
  relationships written straight from the collections (:func:`relationships_xml`).
- :func:`compiled_oxml_paths`, python-pptx's element ``xpath()`` with its paths
  compiled once, while a deck is built.
- :func:`add_copied_shape`, a preset shape copied from the first of its look, numbered
  from python-pptx's private shape-id counter (``_next_shape_id``) and put in its
  private shape tree (``_spTree``) as its own ``add_shape`` does.

``tests/renderers/test_pptx_compat*.py`` fail, naming what moved, if python-pptx
renames or reshapes what these rely on. At run time a collection of another class is
left as it is: the deck is still right, only slower.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache
from typing import IO, Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.package import Part, _Relationship, _Relationships
from pptx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from pptx.opc.serialized import _ContentTypesItem
from pptx.oxml.ns import _nsmap
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.package import Package
from pptx.parts.image import Image, ImagePart
from pptx.parts.slide import NotesSlidePart
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import NotesSlide, Slide

from lessonpress.renderers.deck.markup import attribute, element, xpath

_NUMBERED_PARTNAME = re.compile(r"^(?P<prefix>.*?)(?P<number>\d+)(?P<suffix>\.\w+)$")


class DeckPackage(Package):
    """python-pptx's package with part names and image look-ups in constant time."""

    def __init__(self, pkg_file: str | IO[bytes]) -> None:
        super().__init__(pkg_file)
        self._highest_numbers: dict[str, int] | None = None
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
        highest = self._numbers_in_use()
        key = prefix + "%d" + suffix
        highest[key] = highest.get(key, 0) + 1
        return highest[key]

    def _numbers_in_use(self) -> dict[str, int]:
        """The highest number in use in each ``%d`` part name template."""
        # One walk of the package when the first name is asked for; the template's
        # removed slides are already unreachable then, so their names are free again.
        if self._highest_numbers is None:
            self._highest_numbers = {}
            for part in self.iter_parts():
                match = _NUMBERED_PARTNAME.match(str(part.partname))
                if match:
                    suffix = "" if match["prefix"] == "/ppt/media/image" else match["suffix"]
                    key = match["prefix"] + "%d" + suffix
                    number = int(match["number"])
                    self._highest_numbers[key] = max(self._highest_numbers.get(key, 0), number)
        return self._highest_numbers

    def _image_index(self) -> dict[str, ImagePart]:
        if self._images_by_sha1 is None:
            self._images_by_sha1 = {
                part.sha1: part
                for part in self.iter_parts()
                if isinstance(part, ImagePart) and hasattr(part, "sha1")
            }
        return self._images_by_sha1


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


def add_notes_slide(slide: Slide) -> NotesSlide:
    """A new notes page for ``slide``, holding the notes master's slide image and notes
    placeholders, its part named from the package's counter.

    python-pptx's own ``slide.notes_slide`` clones the master's placeholders through its
    shape API: about 2.6 s more CPU time on the 1,000-event deck.
    """
    package = slide.part.package
    master_part = package.presentation_part.notes_master_part
    master = master_part.notes_master.element
    page = _notes_page(master)
    notes_part = NotesSlidePart(
        package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
        CT.PML_NOTES_SLIDE,
        package,
        copy.deepcopy(page),
    )
    notes_part.relate_to(master_part, RT.NOTES_MASTER)
    notes_part.relate_to(slide.part, RT.SLIDE)
    slide.part.relate_to(notes_part, RT.NOTES_SLIDE)
    notes_slide: NotesSlide = notes_part.notes_slide
    return notes_slide


@lru_cache(maxsize=8)
def _notes_page(master: etree._Element) -> BaseOxmlElement:
    """An empty notes page whose placeholders inherit from the notes ``master``'s, parsed
    once a master (each page is a copy: parsing takes several times as long)."""
    image_attributes = _ph_attributes(master, "sldImg")
    notes_attributes = _ph_attributes(master, "body")
    return element(
        '<p:notes><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
        "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph{image_attributes}/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph{notes_attributes}/></p:nvPr></p:nvSpPr><p:spPr/>"
        "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
        "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )


def _ph_attributes(master: etree._Element, kind: str) -> str:
    """The ``p:ph`` attributes of the notes master's placeholder of ``kind``, as markup."""
    found = xpath(master, f"./p:cSld/p:spTree/p:sp/p:nvSpPr/p:nvPr/p:ph[@type='{kind}']")
    attributes = dict(found[0].attrib) if found else {"type": kind}
    return "".join(f" {key}={attribute(value)}" for key, value in attributes.items())


def package_members(package: Package) -> Iterator[tuple[str, bytes]]:
    """The members of the .pptx file that python-pptx's ``Package.save`` writes, in its
    order: the content types, the package's relationships, then each part and its
    relationships.

    python-pptx stamps each member with the clock's time; the deck's file is written
    from these with a fixed time instead (:func:`.package.save`), where rewriting the
    saved file would compress the whole deck twice.
    """
    parts = tuple(package.iter_parts())
    yield CONTENT_TYPES_URI.membername, serialize_part_xml(_ContentTypesItem.xml_for(parts))
    yield PACKAGE_URI.rels_uri.membername, relationships_xml(package._rels, PACKAGE_URI.baseURI)
    for part in parts:
        yield part.partname.membername, part.blob
        if part.rels:
            yield (
                part.partname.rels_uri.membername,
                relationships_xml(part.rels, part.partname.baseURI),
            )


def relationships_xml(relationships: _Relationships, base_uri: str) -> bytes:
    """The ``.rels`` member of ``relationships`` (of a part in folder ``base_uri``), byte
    for byte what ``_Relationships.xml`` writes.

    python-pptx parses a new element for each relationship, sets its attributes one by
    one and finds each target's relative name with ``posixpath.relpath``: on the
    1,000-event deck, about 6% of the time the whole deck takes."""
    root = etree.fromstring(f'<Relationships xmlns="{_nsmap["pr"]}"/>')
    tag = f"{{{_nsmap['pr']}}}Relationship"
    numbered = sorted(
        (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid)
        for rid in relationships
    )
    for _, rid in numbered:
        relationship = relationships[rid]
        attributes = {"Id": rid, "Type": relationship.reltype}
        if relationship.is_external:
            attributes |= {"Target": relationship.target_ref, "TargetMode": "External"}
        else:
            attributes["Target"] = _relative_ref(relationship.target_partname, base_uri)
        etree.SubElement(root, tag, attributes)
    return etree.tostring(root, encoding="UTF-8", standalone=True)


@lru_cache(maxsize=4096)
def _relative_ref(partname: str, base_uri: str) -> str:
    """``partname`` relative to the folder ``base_uri``, as ``PackURI.relative_ref`` gives
    it (``/ppt/slideLayouts/slideLayout1.xml`` from ``/ppt/slides`` is
    ``../slideLayouts/slideLayout1.xml``), from plain absolute paths."""
    if base_uri == "/":
        return partname[1:]
    base, target = base_uri.strip("/").split("/"), partname.strip("/").split("/")
    shared = 0
    while shared < min(len(base), len(target)) and base[shared] == target[shared]:
        shared += 1
    return "/".join([".."] * (len(base) - shared) + target[shared:])


@contextlib.contextmanager
def compiled_oxml_paths() -> Iterator[None]:
    """While the block runs, python-pptx's elements answer ``xpath()`` from paths compiled
    once (:func:`_compiled_oxml_xpath`), the same answers as its own method's.

    python-pptx's ``BaseOxmlElement.xpath`` hands lxml its whole namespace map, 26
    prefixes registered afresh at every call: about 25 µs a call, where a compiled path
    takes 3. It asks such paths several times for each shape it adds (is the shape a
    placeholder, its name, the slide's highest shape id). This is the one change made
    to the installed library, and only while a deck is built.
    """
    stock = BaseOxmlElement.xpath
    BaseOxmlElement.xpath = _compiled_oxml_xpath  # type: ignore[method-assign]
    try:
        yield
    finally:
        BaseOxmlElement.xpath = stock  # type: ignore[method-assign]


def _compiled_oxml_xpath(self: BaseOxmlElement, xpath_str: str) -> Any:
    """python-pptx's ``BaseOxmlElement.xpath``, its path compiled once."""
    return _oxml_path(xpath_str)(self)


@lru_cache(maxsize=512)
def _oxml_path(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces=_nsmap)


_SHAPE_PROTOTYPES: dict[Hashable, BaseOxmlElement] = {}
"""The preset shapes made so far, by what they look like (see :func:`add_copied_shape`)."""

_MOST_PROTOTYPES = 256


def add_copied_shape(
    shapes: SlideShapes,
    look: Hashable,
    name: str,
    box: tuple[int, int, int, int],
    make: Callable[[], BaseOxmlElement],
) -> BaseOxmlElement:
    """A preset shape named ``name`` at ``box`` (x, y, width, height) added to ``shapes``:
    the first shape of each ``look`` is made by ``make`` through python-pptx's shape API,
    the rest are copies of it with their own id, name and box.

    ``look`` must hold everything ``make`` is given but the name and box (geometry, fill
    and line). python-pptx builds each preset shape by parsing a snippet and setting its
    fill and line through property objects, about 0.3 ms a shape; a copy takes a tenth of
    that, where a deck draws the same stripe on a thousand slides. The copy takes its id
    from python-pptx's counter, as the shape API does.
    """
    prototype = _SHAPE_PROTOTYPES.get(look)
    if prototype is None:
        made = make()
        if len(_SHAPE_PROTOTYPES) >= _MOST_PROTOTYPES:
            _SHAPE_PROTOTYPES.clear()
        _SHAPE_PROTOTYPES[look] = copy.deepcopy(made)
        return made
    shape = copy.deepcopy(prototype)
    x, y, width, height = box
    properties = shape[0][0]  # p:nvSpPr/p:cNvPr
    properties.set("id", str(shapes._next_shape_id))
    properties.set("name", name)
    offset, extent = shape[1][0]  # p:spPr/a:xfrm
    offset.set("x", str(x))
    offset.set("y", str(y))
    extent.set("cx", str(width))
    extent.set("cy", str(height))
    shapes._spTree.insert_element_before(shape, "p:extLst")
    return shape
