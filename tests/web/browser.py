"""Headless Chromium for the page's tests: Debian's own browser, driven by Playwright.

Playwright's downloaded browsers are never used (no ``playwright install``): the tests
launch ``/usr/bin/chromium`` (``apt-get install chromium``), skipped with the reason
when it is missing, except in CI, where ``.ci/run`` installs it and missing fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, sync_playwright

from checks import require_program

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium, closed afterwards."""
    executable = require_program("chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
