"""The lecture deck: a PowerPoint file with one slide per event and speaker notes.

The package is split by job: :mod:`.template` and :mod:`.master` give the deck its
master and layouts, :mod:`.measure` and :mod:`.fitting` fit text with real font
metrics, :mod:`.slides`, :mod:`.event` and :mod:`.overview` build each kind of
slide, and :mod:`.package` makes the file quickly and reproducibly.
"""

from lessonpress.renderers.deck.renderer import DeckRenderer

__all__ = ["DeckRenderer"]
