"""The website page and its chat widget in a real headless browser.

Debian's chromium (installed by scripts/system_deps.sh, which `make test`
runs) driven by Playwright; Playwright never downloads a browser here. The
page is the one `make run` serves, talking to the ``assistant`` fixture's Rasa
server over socket.io. A screenshot is kept in results/browser/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect, sync_playwright

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "results" / "browser"
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-dev-shm-usage",
]
BOOTCAMP_COST = "$5,000\u2013$20,000"  # a key figure, checked literally


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian's chromium is not installed: run scripts/system_deps.sh "
                    "(make test does) or `apt-get install chromium`.")
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS,
                                    headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, assistant):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:")) else None)
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.outside = outside
    yield page
    context.close()


def open_widget(page):
    """Opens the chat unless the widget restores it open by itself (after a reload)."""
    expect(page.locator(".rw-launcher")).to_be_visible(timeout=15000)
    try:
        page.locator(".rw-new-message").wait_for(state="visible", timeout=3000)
    except PlaywrightTimeout:
        page.locator(".rw-launcher").click()
    expect(page.locator(".rw-new-message")).to_be_visible(timeout=15000)


def send(page, text):
    box = page.locator(".rw-new-message")
    box.fill(text)
    box.press("Enter")


def test_chat_in_the_widget_click_a_button_and_reload(page, assistant):
    page.goto(assistant.web_url + "/")
    expect(page.locator("h1")).to_contain_text("machine learning engineer")
    open_widget(page)
    messages = page.locator(".rw-messages-container")
    expect(messages).to_contain_text("I answer questions about becoming", timeout=30000)
    # the greeting's buttons show as quick replies
    expect(page.locator(".rw-reply").first).to_be_visible(timeout=10000)
    send(page, "how much does a bootcamp cost?")
    expect(messages).to_contain_text(BOOTCAMP_COST, timeout=30000)
    # click a suggested next question
    reply = page.locator(".rw-reply").last
    title = reply.inner_text()
    reply.click()
    expect(messages).to_contain_text(title, timeout=10000)  # shown as the user's message
    # greeting + bootcamp answer, then the clicked question's answer (with a source line)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.rw-response')]"
        ".filter(e => e.innerText.includes('Source:')).length >= 2", timeout=30000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget.png"))
    # a reload keeps the conversation (session storage + socket.io session persistence)
    page.reload()
    open_widget(page)
    expect(page.locator(".rw-messages-container")).to_contain_text(BOOTCAMP_COST, timeout=30000)
    send(page, "and how long does it take?")
    expect(page.locator(".rw-messages-container")).to_contain_text("month", timeout=30000)
    assert page.outside == [], f"the page reached outside loopback: {page.outside}"
    assert page.errors == [], page.errors


def test_user_text_is_never_run_as_html(page, assistant):
    page.goto(assistant.web_url + "/")
    open_widget(page)
    page.evaluate("window.__pwned = 0")
    for attack in ("<img src=x onerror=\"window.__pwned=1\">",
                   "<script>window.__pwned=2</script>",
                   "[click](javascript:window.__pwned=3)"):
        send(page, attack)
        expect(page.locator(".rw-messages-container")).to_contain_text(
            attack[:12], timeout=15000)
    page.wait_for_timeout(1500)
    for link in page.locator(".rw-messages-container a").all():
        link.click()
    assert page.evaluate("window.__pwned") == 0
    assert page.locator(".rw-messages-container img[src='x']").count() == 0
