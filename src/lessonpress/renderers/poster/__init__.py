"""The timeline poster: one page, the whole lesson at a glance, for the classroom wall.

``renderer`` assembles the page and turns a timeline that does not fit into a problem
for the teacher; ``frame`` plans the header and footer around the timeline, with
``title_block`` and ``legend`` inside the header; ``draw`` draws the timeline the layout
engine placed (category shapes from ``renderers.pdf_markers``, the key-event ring from
``key_events``); ``thumbnails`` adds event pictures where there is room; ``style``
scales every size with the paper and derives the colours from the theme.
"""

from lessonpress.renderers.poster.renderer import PosterRenderer

__all__ = ["PosterRenderer"]
