"""The website page and its chat widget (web/chat.js) in a real headless browser.

Debian's chromium (installed by scripts/system_deps.sh, which `make test`
runs) driven by Playwright; Playwright never downloads a browser here. The
page is the one `make run` serves, talking to the ``assistant`` fixture's Rasa
server over socket.io. axe-core (npm, web/node_modules) checks accessibility on a
desktop and a phone viewport; screenshots are kept in results/browser/.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
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
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 860}
LOG = "#chat-log"


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


def _page(browser, viewport=DESKTOP, **options):
    context = browser.new_context(viewport=viewport, **options)
    page = context.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:")) else None)
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.outside = outside
    return context, page


@pytest.fixture
def page(browser, assistant):
    context, page = _page(browser)
    yield page
    context.close()


def open_widget(page):
    """Opens the chat unless it is open already (restored after a reload)."""
    expect(page.locator("#chat-toggle")).to_be_attached(timeout=15000)
    if page.locator("#chat-panel").is_hidden():
        page.locator("#chat-toggle").click()
    expect(page.locator("#chat-input")).to_be_visible(timeout=15000)


def send(page, text):
    box = page.locator("#chat-input")
    box.fill(text)
    box.press("Enter")


def bot_messages(page):
    return page.locator(f"{LOG} .chat-bot")


def test_chat_in_the_widget_click_a_button_and_reload(page, assistant):
    page.goto(assistant.web_url + "/")
    expect(page.locator("h1")).to_contain_text("machine learning engineer")
    open_widget(page)
    messages = page.locator(LOG)
    expect(messages).to_contain_text("I answer questions about becoming", timeout=30000)
    # the greeting's buttons show as suggested replies
    expect(page.locator(".chat-reply").first).to_be_visible(timeout=10000)
    send(page, "how much does a bootcamp cost?")
    expect(messages).to_contain_text(BOOTCAMP_COST, timeout=30000)
    # a suggested next question (not the thumbs up / down at the end)
    reply = page.locator(".chat-reply").first
    title = reply.inner_text()
    reply.click()
    expect(page.locator(f"{LOG} .chat-user").last).to_have_text(f"You said: {title}")
    # greeting + bootcamp answer, then the clicked question's answer (with a source line)
    expect(bot_messages(page).filter(has_text="Source:")).to_have_count(2, timeout=30000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget.png"))
    # a reload keeps the conversation (session storage + socket.io session persistence)
    page.reload()
    open_widget(page)
    expect(page.locator(LOG)).to_contain_text(BOOTCAMP_COST, timeout=30000)
    send(page, "and how long does it take?")
    expect(page.locator(LOG)).to_contain_text("month", timeout=30000)
    assert page.outside == [], f"the page reached outside loopback: {page.outside}"
    assert page.errors == [], page.errors


def test_replies_arrive_in_order_under_their_questions(page, assistant):
    """Each reply lands under the question it answers, even when the user types on at
    once (rasa-webchat delayed every reply by ~3 s, so the previous answer landed under
    the next question)."""
    page.goto(assistant.web_url + "/")
    open_widget(page)
    expect(bot_messages(page)).to_have_count(1, timeout=30000)  # the greeting
    send(page, "how much does a bootcamp cost?")
    expect(bot_messages(page).last).to_contain_text(BOOTCAMP_COST, timeout=30000)
    send(page, "how long does a master's take?")
    expect(bot_messages(page).last).to_contain_text("year", timeout=30000)
    items = page.locator(f"{LOG} .chat-msg").all_inner_texts()
    asked = [i for i, text in enumerate(items) if text.startswith("You said:")]
    cost = next(i for i, text in enumerate(items) if BOOTCAMP_COST in text)
    assert asked[0] < cost < asked[1]


def test_user_text_is_never_run_as_html(page, assistant):
    page.goto(assistant.web_url + "/")
    open_widget(page)
    page.evaluate("window.__pwned = 0")
    for attack in ("<img src=x onerror=\"window.__pwned=1\">",
                   "<script>window.__pwned=2</script>",
                   "[click](javascript:window.__pwned=3)"):
        send(page, attack)
        expect(page.locator(LOG)).to_contain_text(attack, timeout=15000)
    page.wait_for_timeout(1500)
    assert page.locator(f"{LOG} a").count() == 0
    assert page.evaluate("window.__pwned") == 0
    assert page.locator(f"{LOG} img").count() == 0


def test_a_whole_conversation_by_keyboard_alone(page, assistant):
    page.goto(assistant.web_url + "/")
    seen = []
    for _ in range(20):  # Tab through the page to the chat button
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.outerHTML.slice(0, 60)"))
        if page.evaluate("document.activeElement.id") == "chat-toggle":
            break
    assert page.evaluate("document.activeElement.id") == "chat-toggle", seen
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "chat-input"
    expect(page.locator(".chat-reply").first).to_be_visible(timeout=30000)
    page.keyboard.type("how much does a bootcamp cost?")
    page.keyboard.press("Enter")
    expect(bot_messages(page).last).to_contain_text(BOOTCAMP_COST, timeout=30000)
    # back from the text box to the suggested replies (the last is a thumbs down)
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    focused = page.evaluate("document.activeElement.className + '|' + "
                            "document.activeElement.textContent")
    assert focused.startswith("chat-reply|"), focused
    count = bot_messages(page).count()
    page.keyboard.press("Enter")
    expect(bot_messages(page)).to_have_count(count + 1, timeout=30000)
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == "chat-toggle"
    assert page.locator("#chat-panel").is_hidden()


@pytest.mark.parametrize("name, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_the_widget_passes_axe_and_has_44px_targets(browser, assistant, name, viewport):
    # axe is injected as a script: the page's CSP would refuse it
    context, page = _page(browser, viewport, bypass_csp=True)
    try:
        page.goto(assistant.web_url + "/")
        open_widget(page)
        expect(bot_messages(page)).to_have_count(1, timeout=30000)  # the greeting
        send(page, "what do data scientists earn?")
        expect(bot_messages(page).last).to_contain_text("Source:", timeout=30000)
        expect(page.locator(".chat-reply").first).to_be_visible()
        log = page.locator(LOG)
        assert (log.get_attribute("role"), log.get_attribute("aria-live")) == ("log", "polite")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                   for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], json.dumps(serious, indent=1)
        sizes = page.evaluate("""[...document.querySelectorAll(
            '#chat-panel button, #chat-panel input')].filter(e => e.offsetParent).map(e => {
              const r = e.getBoundingClientRect();
              return [e.textContent || e.id, r.width, r.height];
            })""")
        small = [s for s in sizes if s[1] < 44 or s[2] < 44]
        assert sizes and small == [], small
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"widget-{name}.png"))
        assert page.errors == []
    finally:
        context.close()


def test_the_privacy_note_is_linked_from_the_page(page, assistant):
    page.goto(assistant.web_url + "/")
    page.locator("footer a[href='privacy.html']").click()
    expect(page.locator("h1")).to_have_text("Privacy")
    expect(page.locator("main")).to_contain_text("forget me")
