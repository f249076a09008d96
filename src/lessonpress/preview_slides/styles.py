"""What a shape inherits: its placeholder's layout and master shapes, and the text styles.

A slide's placeholder often says nothing of its own place, outline or type sizes:
they come from the layout's placeholder of the same index, then from the master's
placeholder of the same type, and the text from the master's title, body or other
text style. Text boxes that are not placeholders take the presentation's default
text style. These chains are resolved here; every other module asks for the first
value along them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

from lessonpress.preview_slides.colors import NS, A, P

TITLE_TYPES = frozenset({"title", "ctrTitle"})
BODY_TYPES = frozenset({"body", "subTitle", "obj"})
MASTER_TYPE = {"ctrTitle": "title", "subTitle": "body", "obj": "body"}
"""The master placeholder a layout's placeholder of this type inherits from."""


@dataclass(frozen=True, slots=True)
class PlaceholderKey:
    """How a placeholder is found in the layout (its index) and master (its type)."""

    type: str
    index: int

    @classmethod
    def of(cls, shape: etree._Element) -> PlaceholderKey | None:
        """The key of ``shape`` if it is a placeholder."""
        properties = next(iter(shape), None)  # nvSpPr, nvPicPr, ...: always first
        placeholder = properties.find(f"{{{P}}}nvPr/{{{P}}}ph") if properties is not None else None
        if placeholder is None:
            return None
        try:
            index = int(placeholder.get("idx") or 0)
        except ValueError:
            index = 0
        return cls(placeholder.get("type") or "obj", index)


class Placeholders:
    """The placeholders of one layout or master, by index and by type."""

    def __init__(self, tree: etree._Element) -> None:
        self.by_index: dict[int, etree._Element] = {}
        self.by_type: dict[str, etree._Element] = {}
        for shape in tree.iterfind(f"{{{P}}}cSld/{{{P}}}spTree/*"):
            key = PlaceholderKey.of(shape)
            if key is not None:
                self.by_index.setdefault(key.index, shape)
                self.by_type.setdefault(MASTER_TYPE.get(key.type, key.type), shape)

    def match(self, key: PlaceholderKey, by_index: bool) -> etree._Element | None:
        """The placeholder ``key`` inherits from here, by index first on a layout."""
        found = self.by_index.get(key.index) if by_index else None
        if found is not None:
            return found
        return self.by_type.get(MASTER_TYPE.get(key.type, key.type))


class Inheritance:
    """The layout and master a slide's shapes inherit from, and the deck's text styles."""

    def __init__(
        self,
        layout: etree._Element,
        master: etree._Element,
        default_text_style: etree._Element | None,
    ) -> None:
        self._layout = Placeholders(layout)
        self._master = Placeholders(master)
        self._text_styles = master.find(f"{{{P}}}txStyles")
        self._default_text_style = default_text_style

    def ancestors(self, shape: etree._Element, level: str) -> list[etree._Element]:
        """The placeholders ``shape`` (on a ``slide``, ``layout`` or ``master``) inherits
        from, nearest first."""
        key = PlaceholderKey.of(shape)
        if key is None or level == "master":
            return []
        found = []
        if level == "slide":
            layout_shape = self._layout.match(key, by_index=True)
            if layout_shape is not None:
                found.append(layout_shape)
                key = PlaceholderKey.of(layout_shape) or key
        master_shape = self._master.match(key, by_index=False)
        if master_shape is not None:
            found.append(master_shape)
        return found

    def list_styles(
        self, shape: etree._Element, ancestors: Sequence[etree._Element]
    ) -> list[etree._Element]:
        """The ``a:lstStyle``-like elements that style ``shape``'s text, weakest first."""
        key = PlaceholderKey.of(shape)
        styles: list[etree._Element | None] = []
        if key is None:
            styles.append(self._default_text_style)
        else:
            styles.append(self._master_style(key.type))
        for element in (*reversed(ancestors), shape):
            styles.append(element.find(f"{{{P}}}txBody/{{{A}}}lstStyle"))
        return [style for style in styles if style is not None]

    def _master_style(self, placeholder_type: str) -> etree._Element | None:
        if self._text_styles is None:
            return None
        if placeholder_type in TITLE_TYPES:
            name = "titleStyle"
        elif placeholder_type in BODY_TYPES:
            name = "bodyStyle"
        else:
            name = "otherStyle"
        return self._text_styles.find(f"{{{P}}}{name}")


def first_child(elements: Iterable[etree._Element], path: str) -> etree._Element | None:
    """The first element found at ``path`` (a namespaced ElementPath) in ``elements``."""
    for element in elements:
        found = element.find(path, NS)
        if found is not None:
            return found
    return None


def level_properties(styles: Sequence[etree._Element], level: int) -> list[etree._Element]:
    """The ``a:lvlNpPr`` of paragraph ``level`` (0-8) in each style, weakest first."""
    tag = f"{{{A}}}lvl{level + 1}pPr"
    found = [style.find(tag) for style in styles]
    return [element for element in found if element is not None]
