"""Which links an output makes clickable, and whether it prints their addresses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessonpress.present.palette import Medium

_CLICKABLE = re.compile(r"^(https?://|ftp://|mailto:)\S+$", re.IGNORECASE)
"""Link targets made clickable; anything else (a bare name, a script) is shown as text."""


def is_clickable(url: str) -> bool:
    """Whether ``url`` becomes a live link in any output: web and mail addresses only."""
    return bool(_CLICKABLE.match(url))


def printed_address(url: str) -> str:
    """``url`` as a reader types it: without ``https://`` or ``mailto:``."""
    return re.sub(r"^(https?://|mailto:)", "", url, flags=re.IGNORECASE).rstrip("/")


@dataclass(frozen=True, slots=True)
class LinkPolicy:
    """How one output treats the links in the lesson's text."""

    prints_address: bool
    """Whether a link's address follows its label, for a reader who cannot click."""

    def is_clickable(self, url: str) -> bool:
        """Whether ``url`` becomes a live link: web and mail addresses only."""
        return is_clickable(url)

    def printed_address(self, url: str) -> str:
        """``url`` as a reader types it: without ``https://`` or ``mailto:``."""
        return printed_address(url)

    def shows_address(self, label: str, url: str) -> bool:
        """Whether the address of a link labelled ``label`` is printed after it: on paper,
        unless the label is the address already."""
        return self.prints_address and printed_address(label.strip()) != printed_address(url)


def link_policy(medium: Medium) -> LinkPolicy:
    """The link policy of ``medium``: paper prints addresses, a screen does not."""
    return LinkPolicy(prints_address=medium == "paper")
