"""Take docs/images/serve-page.png: the page of `lessonpress serve` in headless Chromium.

Run: python docs/images/make_serve_page.py   (needs Debian's chromium: apt-get install chromium)

Serves a copy of the example lesson, opens the page, shows its slides with the theme
settings open and the editor at the first event, and saves the window as the README's
picture of the page.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from web.browser import CHROMIUM_ARGS  # noqa: E402
from web.serving import served  # noqa: E402

EXAMPLE = ROOT / "content" / "us-ussr-relations.yaml"
PICTURE = ROOT / "docs" / "images" / "serve-page.png"
WINDOW = {"width": 1440, "height": 860}


def main() -> None:
    """Serve the example, picture the page showing its slides, and stop the server."""
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(EXAMPLE, folder)
        with served(Path(folder)) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=WINDOW)
            page.set_default_timeout(120_000)
            page.goto(url)
            page.wait_for_function("() => window.lessonpressShown !== undefined")
            page.check("input[name=output][value=deck]")
            page.wait_for_selector("#pages img[alt='deck page 1']")
            page.click("#theme-settings summary")
            page.wait_for_function("() => document.querySelector('#body-font').value")
            page.evaluate(
                """() => {
                        const view = window.lessonpressEditor;
                        const at = view.state.doc.toString().indexOf("  - title: Russian");
                        const top = CM.EditorView.scrollIntoView(at, {y: "start"});
                        view.dispatch({selection: {anchor: at}, effects: top});
                    }"""
            )
            page.locator("#pages").evaluate("pages => pages.scrollTo(0, 0)")
            page.wait_for_timeout(500)
            page.screenshot(path=str(PICTURE))
            browser.close()
    print(f"wrote {PICTURE}")


if __name__ == "__main__":
    main()
