"""In headless Chromium: an analytical answer (at 1280 px and 390 px, no sideways scrolling),
and a contribution posted while the coder is still loading: the "coding…" page reloads itself
into the document page once the text is coded."""

from __future__ import annotations

import time

import pytest
from test_web_browser import assert_not_blank, browser, live_server  # noqa: F401 (fixtures)
from test_web_coder_startup import TEXT, SlowFactory, slow_app
from web_corpus import PASSWORD

pytestmark = pytest.mark.browser

LOAD = 8.0  # the coder's load time here: long enough to post before it ends
COMPARE = "Did Kazakhstan cooperate more with Russia or China?"


@pytest.fixture
def app(store, settings):
    return slow_app(store, settings, SlowFactory(sleep=LOAD))


def test_analytical_answer_and_coding_page(live_server, browser, tmp_path):  # noqa: F811
    base = live_server
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)

    # a contribution while the coder is still loading (the app started a moment ago)
    page.goto(base + "/login")
    page.fill("#login-form input[name=username]", "cora")
    page.fill("#login-form input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.goto(base + "/contribute")
    page.fill("#contribute-form input[name=source]", "wire")
    page.fill("#contribute-form textarea[name=text]", TEXT)
    t0 = time.monotonic()
    page.click("#contribute-form button[type=submit]")
    page.wait_for_selector("#coding")
    assert time.monotonic() - t0 < LOAD / 2
    # no script: the page's Refresh header reloads it until the document is there
    page.wait_for_selector("#doctext", timeout=(LOAD + 20) * 1000)
    assert "Kazakhstan met Mongolia" in page.inner_text("#doctext")

    page.goto(base + "/")
    page.fill("#ask-q", COMPARE)
    page.click("#ask-go")
    assert page.inner_text("#understood-as").startswith("Understood as: A comparison")
    assert page.locator("#answer-figures tbody tr").count() == 2
    assert page.locator("#answer-chart svg.chart rect").count() >= 2
    assert page.locator("#answer-evidence a.event-link").count() >= 2
    page.screenshot(path=str(tmp_path / "ask-1280.png"), full_page=True)
    assert_not_blank(tmp_path / "ask-1280.png")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert wide <= 0, f"the answer scrolls sideways by {wide} px at 390 px"
    page.screenshot(path=str(tmp_path / "ask-390.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
