"""Print how long the page takes to show the preview after an edit of the example lesson.

Run: python benchmarks/serve_benchmark.py   (needs Debian's chromium: apt-get install chromium)
Starts `lessonpress serve` on a copy of content/, opens the page in headless Chromium,
and for each output types five small edits into the subtitle, timing each from the
last keystroke to the new pages on screen, as the page itself measures it
(``window.lessonpressTimings``). The figure includes the editor's pause before it
checks (the lint delay), the check, the rendering and the pictures' download.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from web.browser import CHROMIUM_ARGS
from web.serving import served

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "content" / "us-ussr-relations.yaml"
SUBTITLE = "From revolution to wartime alliance"
EDITS = 5
SHOWN = "() => window.lessonpressShown === window.lessonpressEditor.state.doc.toString()"


def edit_and_wait(page: Page, text: str) -> float:
    """Type ``text`` over the subtitle; the milliseconds until its preview was on screen."""
    page.evaluate(
        """() => {
            const view = window.lessonpressEditor;
            const line = view.state.doc.toString().match(/^subtitle: .*$/m);
            const from = line.index + "subtitle: ".length;
            view.dispatch({selection: {anchor: from, head: line.index + line[0].length}});
            view.focus();
        }"""
    )
    count = page.evaluate("window.lessonpressTimings.length")
    page.keyboard.type(text)
    page.wait_for_function(SHOWN)
    page.wait_for_function("(n) => window.lessonpressTimings.length > n", arg=count)
    return page.evaluate("window.lessonpressTimings.at(-1)")


def main() -> None:
    """Print the median, fastest and slowest preview-after-edit time of each output."""
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    outputs = ["handout", "poster", "deck"]
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(EXAMPLE, folder)
        with served(Path(folder)) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.set_default_timeout(120_000)
            page.goto(url)
            page.wait_for_function("() => window.lessonpressShown !== undefined")
            print(f"preview after an edit of {EXAMPLE.name} (ms, {EDITS} edits each):")
            for output in outputs:
                page.check(f"input[name=output][value={output}]")
                page.wait_for_function(SHOWN)
                edit_and_wait(page, f"{SUBTITLE} (warm-up)")  # fonts and caches
                timings = [edit_and_wait(page, f"{SUBTITLE} {n}") for n in range(EDITS)]
                print(
                    f"  {output:<8} median {statistics.median(timings):6.0f}"
                    f"   fastest {min(timings):6.0f}   slowest {max(timings):6.0f}"
                )
            browser.close()


if __name__ == "__main__":
    main()
