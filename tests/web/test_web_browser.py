"""End to end in headless Chromium: the whole story a user and a moderator walk through.

Needs Debian's chromium (``.ci/browser.sh`` installs it) and Playwright for Python; it never
downloads a browser. Screenshots go to a temporary directory and must not be blank.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("MULTIVECTOR_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]

pytestmark = pytest.mark.browser


@pytest.fixture
def live_server(app):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM}: .ci/browser.sh should have installed it")
        pytest.skip(f"no Chromium at {CHROMIUM}: run `bash .ci/browser.sh` (as root) first")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def assert_not_blank(path: Path) -> None:
    from PIL import Image, ImageStat

    with Image.open(path) as img:
        gray = img.convert("L")
        stat = ImageStat.Stat(gray)
        lo, hi = gray.getextrema()
    assert path.stat().st_size > 5_000, f"{path} is suspiciously small"
    assert hi - lo > 100 and stat.stddev[0] > 10, (
        f"{path} looks blank (stddev {stat.stddev[0]:.1f})"
    )


def test_user_and_moderator_story(live_server, browser, tmp_path):
    shots = tmp_path / "screenshots"
    shots.mkdir()
    base = live_server
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)

    def shot(name: str) -> None:
        path = shots / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert_not_blank(path)

    # register (which logs in)
    page.goto(base + "/")
    page.click("#nav-register")
    page.fill("#register-form input[name=username]", "alice")
    page.fill("#register-form input[name=password]", "alice-password-1")
    page.fill("#register-form input[name=password2]", "alice-password-1")
    page.click("#register-form button[type=submit]")
    assert "alice" in page.inner_text("#nav-account")

    # log out and log in again
    page.click("#logout")
    page.click("#nav-login")
    page.fill("#login-form input[name=username]", "alice")
    page.fill("#login-form input[name=password]", "alice-password-1")
    page.click("#login-form button[type=submit]")
    assert "alice (contributor)" in page.inner_text("#nav-account")

    # search, then open the document from a result
    page.goto(base + "/search")
    page.fill("#search-q", "visited")
    page.click("#search-go")
    assert "Nazarbayev visited Turkey and Iran." in page.inner_text("#sentence-results")
    shot("search")
    page.click("#sentence-results a")
    page.wait_for_selector("#doctext a.hl")

    # the events are highlighted; selecting one shows its codes beside the text
    assert page.locator("#doctext a.hl.role-verb").count() >= 5
    title = page.get_attribute("#doctext a.hl.role-verb >> text=ratified", "title")
    assert "057" in title and "Goldstein 8.0" in title
    page.click("#doctext a.hl.role-verb >> text=ratified")
    assert page.is_visible("#event-detail")
    assert "057" in page.inner_text("#event-detail")
    shot("document")

    # post a comment on the document
    page.fill("#comment-form textarea[name=body]", "These notes match the archive.")
    page.click("#comment-form button[type=submit]")
    assert "These notes match the archive." in page.inner_text("#community")

    # ask a question from the box on the page and get an answer with its evidence
    page.fill("#ask-q", "Who did Nazarbayev visit?")
    page.click("#ask-go")
    answer = page.inner_text("#answer-text")
    assert "TUR" in answer and "IRN" in answer
    assert page.locator("#answer-events tr").count() >= 3
    shot("answer")

    # propose a correction on the Russian criticism event
    page.goto(base + "/search?cameo=111")
    page.click("#event-results a.event-link")
    event_url = page.url
    page.click("#correction-box summary")
    page.fill("#correction-form input[name=cameo]", "112")
    page.fill("#correction-form textarea[name=reason]", "The sentence is an accusation.")
    page.click("#correction-form button[type=submit]")
    assert "Correction proposed" in page.inner_text("#flash")
    assert page.inner_text("#f-cameo").startswith("111")

    # the moderator logs in and accepts it
    page.click("#logout")
    page.goto(base + "/login")
    page.fill("#login-form input[name=username]", "mod")
    page.fill("#login-form input[name=password]", "correct horse battery")
    page.click("#login-form button[type=submit]")
    page.click("#nav-moderation")
    item = page.locator(".queue-item", has_text="The sentence is an accusation.")
    item.locator("input[name=reason]").fill("Agreed: 112 fits.")
    shot("moderation")
    item.locator("button[value=accept]").click()
    assert "accept" in page.inner_text("#flash")

    # the event is changed, marked corrected, and its history shows before and after
    page.goto(event_url)
    assert page.inner_text("#f-cameo").startswith("112")
    assert page.is_visible("#corrected-badge")
    history = page.inner_text("#history")
    assert "cameo" in history and "111" in history and "112" in history
    assert "alice" in history and "mod" in history
    shot("event-history")

    # reading works without JavaScript: highlights link to their event rows
    plain = browser.new_context(java_script_enabled=False).new_page()
    plain.goto(base + "/documents/notes-1")
    mark = plain.locator("#doctext a.hl.role-verb", has_text="visited").first
    href = mark.get_attribute("href")
    assert href.startswith("#event-")
    mark.click()
    assert plain.url.endswith(href)
    assert plain.locator(href).is_visible()
    assert plain.is_hidden("#event-detail")


def test_api_docs_render_offline(live_server, browser):
    """/api/docs shows the operations with every request off this server refused."""
    base = live_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def only_local(route) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(base + "/api/docs")
    page.wait_for_selector(".opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/events" in p for p in paths), paths
    assert len(paths) >= 15
    assert not outside, outside
    assert not [p for p in problems if "Content Security Policy" in p], problems


SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_pages_fit_a_phone(live_server, browser, store):
    """Every page at 1280 and 390 px, screenshotted into out/screenshots/; at 390 px none
    scrolls sideways (wide tables scroll inside their own wrapper or become stacked rows)."""
    base = live_server
    from multivector.store import EventFilter

    event_id = store.query_events(EventFilter(cameo="057"), limit=1)[0]["event_id"]
    pages = {
        "home": "/",
        "search": "/search?q=ratified&actor=KAZ",
        "document": "/documents/notes-1",
        "actor": "/actors/KAZ",
        "dyad": "/dyads/KAZ/CHN",
        "event": f"/events/{event_id}",
        "moderation": "/moderation",
    }
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    too_wide: dict[str, int] = {}
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 844})
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(base + "/login")
        page.fill("#login-form input[name=username]", "mod")
        page.fill("#login-form input[name=password]", "correct horse battery")
        page.click("#login-form button[type=submit]")
        for name, path in pages.items():
            page.goto(base + path)
            page.wait_for_load_state("load")
            shot = SCREENSHOTS / f"{name}-{width}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert_not_blank(shot)
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if width == 390 and scroll > 390:
                too_wide[path] = scroll
        context.close()
    assert not too_wide, f"pages wider than 390 px: {too_wide}"
