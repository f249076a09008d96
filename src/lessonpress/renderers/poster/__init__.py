"""The timeline poster: one page, the whole lesson at a glance, for the classroom wall.

``renderer`` assembles the page; ``frame`` draws the title block, legend and footer;
``draw`` draws the timeline the layout engine placed; ``style`` scales every size
with the paper and derives the colours from the theme.
"""

from lessonpress.renderers.poster.renderer import PosterRenderer

__all__ = ["PosterRenderer"]
