"""`lessonpress serve` listens on 127.0.0.1 at a free port and prints the page's address."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def served_url(folder: Path) -> Iterator[str]:
    """The address a real `lessonpress serve --no-browser FOLDER` prints, while it runs."""
    command = [sys.executable, "-m", "lessonpress", "serve", "--no-browser", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)\?token=(\S+)", line)
        assert match, line
        yield match[0]
    finally:
        process.terminate()
        process.wait(timeout=10)


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
