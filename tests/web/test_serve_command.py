"""`lessonpress serve` listens on 127.0.0.1 at a free port and prints the page's address."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from lessonpress.cli import cli


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


def test_a_port_that_is_taken_is_an_input_problem_not_a_fault(folder: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--no-browser", "--port", str(port), "."])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output
