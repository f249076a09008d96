"""Tagged PDF (PDF/UA-1) for the handout and the poster.

A screen reader reads a PDF through its structure tree: headings, paragraphs, lists,
figures with their alternative text, links, in reading order, each pointing at the
marked content it stands for, and everything else marked as an artifact to skip.

How the work is split, and why:

- **While drawing, reportlab's public** ``canvas.addLiteral`` **writes the marked
  content** (``/P <</MCID n>> BDC … EMC``, ``/Artifact BMC … EMC``). Only the code
  that draws knows where a paragraph's glyphs go, so this is the one step that must
  happen inside reportlab. The handout's flowables are tagged by :mod:`.flowables`
  (the pieces a paragraph splits into keep its element); the poster's drawing calls
  run inside the methods of :class:`.poster.PosterTags`. :mod:`.structure` records
  each MCID's page and element, and which link annotations were made inside it.
- **After reportlab, pikepdf writes everything that refers to it** (:mod:`.pdf`): the
  StructTreeRoot, the ParentTree, the links' ``/StructParent`` and OBJR, ``/MarkInfo``,
  ``/Lang``, ``/ViewerPreferences``, ``/Tabs``, the XMP metadata, and the ToUnicode
  repair (:mod:`.tounicode`). reportlab has no public API for any of these; writing
  them into its private document objects would tie the handout to reportlab's
  internals, while pikepdf (qpdf) is the well-kept library for editing PDF objects
  and costs one parse and one write of a file already in memory.

:mod:`.handout` reads the handout's structure off its story; :mod:`.poster` builds the
poster's, whose reading order (title block, events in time order, legend, sources) is
not its drawing order.
"""
