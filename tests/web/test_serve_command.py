"""`lessonpress serve` listens on 127.0.0.1 at a free port and prints the page's address."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest


def test_the_printed_address_opens_the_page_and_nothing_else_does(served_url: str) -> None:
    base = served_url.split("?")[0]
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with browser.open(served_url) as page:  # hands over the cookie, then redirects to /
        assert page.url == base
        assert b"/static/vendor/editor.bundle.js" in page.read()
    with browser.open(base + "api/folder") as listing:
        assert json.load(listing)["lessons"] == ["minimal.yaml"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(base + "api/folder")
    assert refused.value.code == 403
