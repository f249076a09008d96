"""The post-pass that makes reportlab's PDF a tagged one (PDF/UA-1), with pikepdf.

reportlab has drawn the marked content; this writes what refers to it: the structure
tree and its ParentTree, each link annotation's place in the tree, ``/MarkInfo``, the
document language, ``/DisplayDocTitle``, ``/Tabs /S`` on every page, and XMP metadata
declaring PDF/UA-1. It also removes the ToUnicode entries reportlab gives the unused
codes of its TrueType subsets (:mod:`lessonpress.renderers.tagging.tounicode`).
"""

from __future__ import annotations

from io import BytesIO

import pikepdf
from pikepdf import Array, Dictionary, Name, Object, String

from lessonpress.present.metadata import DocumentMetadata
from lessonpress.renderers.tagging.structure import (
    Annotation,
    Element,
    MarkedContent,
    StructureRecorder,
)
from lessonpress.renderers.tagging.tounicode import drop_unmapped_codes

PDFUA_PART = "1"


def write_structure(
    pdf_bytes: bytes, recorder: StructureRecorder, metadata: DocumentMetadata
) -> bytes:
    """``pdf_bytes`` with the structure ``recorder`` collected while drawing it, and
    ``metadata`` in XMP; identical input gives identical bytes."""
    with pikepdf.open(BytesIO(pdf_bytes)) as pdf:
        _StructureWriter(pdf).write(recorder.root)
        _declare_tagged(pdf, metadata)
        drop_unmapped_codes(pdf)
        output = BytesIO()
        # A deterministic /ID keeps rebuilds of one lesson byte-identical. The streams
        # reportlab wrote are copied as they are: recompressing them would take a
        # hundred milliseconds on a handout with pictures, to save a few per cent of its size.
        pdf.save(
            output,
            deterministic_id=True,
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
    return output.getvalue()


class _StructureWriter:
    """Writes one document's structure tree, ParentTree and annotation links."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self._pdf = pdf
        self._pages = [page.obj for page in pdf.pages]
        self._parents_by_page: dict[int, dict[int, Object]] = {}
        self._annotation_parents: list[Object] = []
        self._notes = 0

    def write(self, document: Element) -> None:
        """Write the tree under ``document`` as the PDF's StructTreeRoot."""
        tree_root = self._pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document_object = self._element(document, tree_root)
        assert document_object is not None, "the Document is written even when empty"
        tree_root.K = Array([document_object])
        tree_root.ParentTree = self._parent_tree()
        tree_root.ParentTreeNextKey = len(self._pages) + len(self._annotation_parents)
        self._pdf.Root.StructTreeRoot = tree_root

    def _element(self, element: Element, parent: Object) -> Object | None:
        """The element's dictionary, or nothing if nothing of it was drawn."""
        element_object = self._pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name("/" + element.role), P=parent)
        )
        kids = Array()
        for kid in element.kids:
            if isinstance(kid, Element):
                kid_object = self._element(kid, element_object)
                if kid_object is not None:
                    kids.append(kid_object)
            elif isinstance(kid, MarkedContent):
                kids.append(self._marked_content(kid, element_object))
            else:
                kids.append(self._annotation(kid, element_object))
        if not kids and element.role != "Document":
            return None
        element_object.K = kids
        if element.alt is not None:
            element_object.Alt = String(element.alt)
        if element.lang is not None:
            element_object.Lang = String(element.lang)
        if element.role == "Note":
            # PDF/UA asks every Note for an ID unique in the document.
            self._notes += 1
            element_object.ID = String(f"note-{self._notes}")
        return element_object

    def _marked_content(self, content: MarkedContent, parent: Object) -> Dictionary:
        self._parents_by_page.setdefault(content.page, {})[content.mcid] = parent
        return Dictionary(Type=Name.MCR, Pg=self._pages[content.page], MCID=content.mcid)

    def _annotation(self, reference: Annotation, parent: Object) -> Dictionary:
        page = self._pages[reference.page]
        annotation = page.Annots[reference.index]
        annotation.StructParent = len(self._pages) + len(self._annotation_parents)
        self._annotation_parents.append(parent)
        uri = annotation.get("/A", Dictionary()).get("/URI")
        if uri is not None and "/Contents" not in annotation:
            annotation.Contents = String(str(uri))
        return Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page)

    def _parent_tree(self) -> Dictionary:
        """The ParentTree: each page's MCIDs to their elements (keys 0 to pages - 1), then
        each annotation to its Link element."""
        numbers = Array()
        for index, page in enumerate(self._pages):
            parents = self._parents_by_page.get(index, {})
            if not parents:
                continue
            page.StructParents = index
            numbers.append(index)
            numbers.append(
                self._pdf.make_indirect(Array([parents[mcid] for mcid in sorted(parents)]))
            )
        for offset, parent in enumerate(self._annotation_parents):
            numbers.append(len(self._pages) + offset)
            numbers.append(parent)
        return self._pdf.make_indirect(Dictionary(Nums=numbers))


def _declare_tagged(pdf: pikepdf.Pdf, metadata: DocumentMetadata) -> None:
    """The catalog, page and metadata entries that declare a tagged PDF/UA-1 file."""
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(metadata.language)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    for page in pdf.pages:
        # Tab through a page's links in the order of the structure.
        page.obj.Tabs = Name.S
    # No editor or modification date is stamped: rebuilds stay byte-identical.
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = metadata.title
        if metadata.author:
            xmp["dc:creator"] = [metadata.author]
        xmp["dc:description"] = metadata.subject
        xmp["dc:language"] = [metadata.language]
        xmp["pdf:Keywords"] = ", ".join(metadata.keywords)
        xmp["xmp:CreatorTool"] = metadata.creator
        xmp["pdf:Producer"] = metadata.producer
        xmp["pdfuaid:part"] = PDFUA_PART
