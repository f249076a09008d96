"""The python-pptx internals :func:`~lessonpress.renderers.deck.pptx_compat.compiled_oxml_paths`
relies on: each test names what moved, so that a python-pptx release that reshapes them
fails here, loudly, rather than in a deck."""

from __future__ import annotations

import inspect

import pptx.oxml.ns
from pptx.oxml.xmlchemy import BaseOxmlElement

from lessonpress.renderers.deck.pptx_compat import compiled_oxml_paths
from lessonpress.renderers.deck.template import open_default

PATHS = ("./p:cSld/p:spTree/p:sp", ".//@id", "./*[1]/p:nvPr/p:ph", "count(.//a:t)")
"""Paths to nodes, to attributes and to a number, as python-pptx asks them."""


def test_the_element_xpath_and_its_namespace_map_are_where_they_were() -> None:
    parameters = list(inspect.signature(BaseOxmlElement.xpath).parameters)
    assert parameters == ["self", "xpath_str"], f"BaseOxmlElement.xpath takes {parameters} now"
    assert isinstance(getattr(pptx.oxml.ns, "_nsmap", None), dict), "pptx.oxml.ns._nsmap moved"


def test_compiled_paths_give_python_pptx_s_answers_and_are_put_back() -> None:
    stock = BaseOxmlElement.xpath
    layout = open_default().slide_layouts[0].element
    expected = [layout.xpath(path) for path in PATHS]
    with compiled_oxml_paths():
        assert BaseOxmlElement.xpath is not stock
        answers = [layout.xpath(path) for path in PATHS]
    assert BaseOxmlElement.xpath is stock
    assert answers == expected and expected[0] and expected[1]
