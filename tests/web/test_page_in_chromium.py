"""A teacher's session in real headless Chromium: import, fix, recolour, preview, download."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Page, expect
from pptx import Presentation

from checks import assert_valid_pdf, assert_valid_pptx, pdf_text
from conftest import EXAMPLE
from lessonpress.build import render_lesson
from web.browser import chromium
from web.serving import SEED_TEXT

LESSON = "ussr-and-us-relations-between-1919-1950.yaml"
NEW_PRIMARY = (0xC0, 0x39, 0x2B)
TIMEOUT_MS = 60_000
COMPLETION_INTERACTION_DELAY_MS = 300


def select_in_editor(page: Page, text: str) -> int:
    """Select the first ``text`` in the editor, as a teacher would, and return its line."""
    return page.evaluate(
        """(text) => {
            const view = window.lessonpressEditor;
            const at = view.state.doc.toString().indexOf(text);
            if (at < 0) throw new Error(`no ${text} in the editor`);
            view.dispatch({selection: {anchor: at, head: at + text.length}});
            view.focus();
            return view.state.doc.lineAt(at).number;
        }""",
        text,
    )


def pixels_near(picture: bytes, colour: tuple[int, int, int], tolerance: int = 24) -> int:
    """How many pixels of a PNG are within ``tolerance`` of ``colour`` in every channel."""
    image = Image.open(io.BytesIO(picture)).convert("RGB")
    return sum(
        1
        for pixel in image.getdata()
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))
    )


def wait_for_preview_of_the_text(page: Page) -> None:
    """Wait until the pages shown are those of the text in the editor."""
    page.wait_for_function(
        "() => window.lessonpressShown === window.lessonpressEditor.state.doc.toString()"
    )


def first_page(page: Page) -> bytes:
    source = page.locator("#pages img").first.evaluate("picture => picture.src")
    return page.request.get(source).body()


def test_a_lesson_from_pasted_text_to_three_downloaded_files(
    served_url: str, folder: Path, tmp_path: Path
) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(served_url)

        page.click("#start")
        page.fill("#pasted", SEED_TEXT.read_text())
        page.click("#from-text")
        expect(page.locator("#lesson")).to_have_value(LESSON)
        expect(page.locator("#problems li")).not_to_have_count(0)
        errors = page.locator("#problems li.error")
        expect(errors).to_have_count(0)

        line = select_in_editor(page, "November")
        page.keyboard.type("Novembr")
        expect(errors).to_have_count(1)
        expect(errors).to_contain_text(f"Line {line}:")
        expect(errors).to_contain_text("Novembr")
        expect(page.locator(".cm-lint-marker-error")).to_have_count(1)

        select_in_editor(page, "Novembr")
        page.keyboard.type("November")
        expect(errors).to_have_count(0)
        expect(page.locator(".cm-lint-marker-error")).to_have_count(0)
        wait_for_preview_of_the_text(page)
        before = first_page(page)

        page.click("#theme-settings summary")
        page.locator("#primary").fill("#c0392b")
        theme_line = f"theme: {Path(LESSON).stem}.theme.yaml"
        expect(page.locator(".cm-content")).to_contain_text(theme_line)
        wait_for_preview_of_the_text(page)
        after = first_page(page)
        assert pixels_near(after, NEW_PRIMARY) > 20 * max(1, pixels_near(before, NEW_PRIMARY))

        downloaded = {}
        for button in ("handout", "deck", "poster"):
            with page.expect_download() as download:
                page.click(f"[data-download={button}]")
            target = tmp_path / download.value.suggested_filename
            download.value.save_as(target)
            downloaded[button] = target
        timings = page.evaluate("window.lessonpressTimings")
        print(f"preview after an edit: {timings} ms")

    stem = Path(LESSON).stem
    assert sorted(p.name for p in downloaded.values()) == sorted(
        f"{stem}-{name}" for name in ("deck.pptx", "handout.pdf", "poster.pdf")
    )
    assert_valid_pdf(downloaded["handout"])
    assert_valid_pdf(downloaded["poster"])
    assert_valid_pptx(downloaded["deck"])
    assert "November 1933" in pdf_text(downloaded["handout"])
    saved = (folder / LESSON).read_text()
    assert "Novembr" not in saved and theme_line in saved


def example_slide_count() -> int:
    """How many slides the example's deck has, as the build makes it."""
    rendered = render_lesson(EXAMPLE, ["deck"])
    return len(Presentation(io.BytesIO(rendered.files["us-ussr-relations-deck.pptx"])).slides)


def test_the_slides_of_the_example_follow_an_edit(served_url: str) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(served_url)
        page.wait_for_function("() => window.lessonpressShown !== undefined")
        page.click("#start")
        page.click("#from-example")
        expect(page.locator("#lesson")).to_have_value("us-ussr-relations.yaml")
        page.check("input[name=output][value=deck]")
        expect(page.locator("#pages img").first).to_have_attribute("alt", "deck page 1")
        expect(page.locator("#preview-note")).to_contain_text(f"{example_slide_count()} pages")
        before = first_page(page)

        select_in_editor(page, "From revolution to wartime alliance")
        edits = page.evaluate("window.lessonpressTimings.length")
        page.keyboard.type("From the revolution to the alliance of the war")
        wait_for_preview_of_the_text(page)
        page.wait_for_function("(n) => window.lessonpressTimings.length > n", arg=edits)
        after = first_page(page)
        milliseconds = page.evaluate("window.lessonpressTimings.at(-1)")
        print(f"slides of the example, edit to new preview: {milliseconds} ms")
    assert after != before  # the title slide shows the new subtitle


def test_the_editor_completes_the_fields_the_schema_allows_where_the_cursor_is(
    served_url: str,
) -> None:
    with chromium() as browser:
        page = browser.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(served_url)
        expect(page.locator("#lesson")).to_have_value("minimal.yaml")
        page.wait_for_function("() => window.lessonpressShown !== undefined")
        page.evaluate(
            """() => {
                const view = window.lessonpressEditor;
                view.dispatch({selection: {anchor: view.state.doc.length}});
                view.focus();
            }"""
        )
        options = page.locator(".cm-tooltip-autocomplete li")
        page.keyboard.type("    sig")  # inside the event
        expect(options).to_have_text(["significance"])
        # CodeMirror ignores Enter for the first moments of a list (its interactionDelay,
        # 75 ms), so that a key meant for the text does not pick an option by accident.
        page.wait_for_timeout(COMPLETION_INTERACTION_DELAY_MS)
        page.keyboard.press("Enter")
        expect(page.locator(".cm-content")).to_contain_text("    significance: ")
        page.keyboard.press("Enter")
        page.keyboard.press("Home")
        page.keyboard.type("sub")  # at the top level
        expect(options).to_have_text(["subtitle"])


def test_the_events_form_writes_each_change_in_place_in_the_source(
    served_url: str, folder: Path
) -> None:
    with chromium() as browser:
        page = browser.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(served_url)
        page.wait_for_function("() => window.lessonpressShown !== undefined")
        page.click("#show-form")
        event = page.locator("#form .event").first
        event.locator("input[name=date]").fill("July 21 1969")
        event.locator("textarea[name=text]").fill("Armstrong steps out.\nAldrin follows.")
        event.locator("input[name=highlight]").check()
        long_title = "Why it matters " * 8
        event.locator("textarea[name=significance]").fill(long_title)
        page.click("text=Add an event")
        expect(page.locator("#form .event")).to_have_count(2)
        source = page.evaluate("window.lessonpressEditor.state.doc.toString()")
        page.click("#show-source")
        wait_for_preview_of_the_text(page)
        expect(page.locator("#problems li.error")).to_have_count(0)
    original = (folder / "minimal.yaml").read_text()
    assert source == original.replace("July 20 1969", "July 21 1969") + (
        "    text: |-\n      Armstrong steps out.\n      Aldrin follows.\n"
        "    highlight: true\n"
        "    significance: >-\n"
        + textwrap.fill(long_title, width=88, initial_indent=" " * 6, subsequent_indent=" " * 6)
        + "\n\n  - title: A new event\n    date: July 21 1969\n"
    )


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
