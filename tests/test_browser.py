"""What a person sees in a real browser: Debian's Chromium through Playwright, with axe-core for accessibility."""

import zlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django.urls import resolve
from django.utils import translation

from .pages import LANGUAGES, all_public_paths

# One worker runs them all: one Chromium and one live server instead of one for each.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

ALMATY = ZoneInfo("Asia/Almaty")
BLOCKING_IMPACTS = {"serious", "critical"}
AXE = Axe()
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_(url, language="kk", fake_clock=False, **options):
        context = browser.new_context(locale=language, **options)
        contexts.append(context)
        if fake_clock:  # the page's timers run when the test moves its clock on, not in real time
            context.clock.install()
        page = context.new_page()
        page.goto(url)
        return page

    yield open_
    for context in contexts:
        context.close()


def one_page_per_view(paths):
    """The first page of each view in the language, by path: pages of one view share their template and differ
    only in content, which the Nu Html Checker (tests/test_html_validity.py) and tests/test_site.py read page by
    page."""
    chosen = {}
    for language, path in paths:
        with translation.override(language):
            view = resolve(path).view_name
        if view not in chosen.values():
            chosen[path] = view
    return chosen


def axe_options(view, language):
    """All the rules, but colour contrast in one language of three for each view (the view's name decides which).
    Contrast comes from the stylesheet and the template, which every language shares; it is also two thirds of
    axe's time."""
    if LANGUAGES[zlib.crc32(view.encode()) % len(LANGUAGES)] == language:
        return AXE_OPTIONS
    return {**AXE_OPTIONS, "rules": {"color-contrast": {"enabled": False}}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_passes_axe_stays_on_the_site_and_fits_a_320_pixel_screen(site, browser, language):
    """One crawl of every public page in the language, on a phone-sized screen. axe-core checks one page of each
    view against the WCAG 2.2 A and AA rules the accessibility statement names (about a third of a second a
    page: every page would take most of a minute); colour contrast on the views whose turn it is in this
    language, so that each view is checked for it once across the three (axe_options)."""
    accessibility, foreign_requests, overflowing = [], [], []
    paths = [(code, path) for code, path in all_public_paths() if code == language]
    checked_by_axe = one_page_per_view(paths)
    # 320 CSS pixels: WCAG 2.2 reflow (1.4.10), and the width the accessibility statement names.
    context = browser.new_context(locale=language, viewport={"width": 320, "height": 640})
    context.on(
        "request",
        lambda request: None if request.url.startswith((site, "data:")) else foreign_requests.append(request.url),
    )
    page = context.new_page()
    for _language, path in paths:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            overflowing.append((path, overflow))
        if path not in checked_by_axe:
            continue
        page.evaluate(AXE.axe_script)  # only where it runs: parsing it costs every page that loads it
        options = axe_options(checked_by_axe[path], language)
        for violation in page.evaluate("options => axe.run(document, options)", options)["violations"]:
            if violation["impact"] in BLOCKING_IMPACTS:
                targets = [node["target"] for node in violation["nodes"]]
                accessibility.append((path, violation["id"], violation["help"], targets))
    context.close()
    assert len(checked_by_axe) >= 14
    assert accessibility == []
    assert foreign_requests == []
    assert overflowing == []


def test_the_keyboard_alone_reaches_every_control_of_a_page_with_a_visible_focus(site, open_page):
    """What the accessibility statement promises: the skip link comes first and moves to the content, and Tab
    reaches every link, button and field of the page in turn, each showing where the focus is."""
    page = open_page(site + "/kk/", "kk", viewport={"width": 320, "height": 640})
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(site + "/kk/")
    # Number the controls a reader can see (the skip link shows once focused), in the order of the page.
    controls = page.evaluate(
        "Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'))"
        ".filter(e => e.getClientRects().length || e.classList.contains('skip-link'))"
        ".map((e, i) => { e.dataset.control = i; return i; })"
    )
    reached, unmarked = [], []
    for _ in controls:
        page.keyboard.press("Tab")
        control, outline, width = page.evaluate(
            "(() => { const e = document.activeElement, s = getComputedStyle(e);"
            " return [e.dataset.control, s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
        )
        reached.append(int(control) if control is not None else None)
        if outline == "none" or width < 2:
            unmarked.append(control)
    assert reached == controls  # each in turn, none skipped, none a trap
    assert unmarked == []


def test_the_language_switcher_works_without_javascript(site, open_page):
    page = open_page(site + "/kk/", "kk", java_script_enabled=False)
    page.get_by_role("button", name="Русский").click()
    page.wait_for_url(site + "/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    page.goto(site + "/")
    assert page.url == site + "/ru/"


def test_the_countdown_ticks_every_second(site, open_page):
    with time_machine.travel(datetime(2026, 3, 12, 5, 30, tzinfo=ALMATY), tick=True):
        page = open_page(site + "/ru/", "ru", fake_clock=True)
        timer = page.get_by_role("timer")
        first = timer.inner_text()
        page.clock.run_for(2200)
        second = timer.inner_text()
    assert first != second
    assert page.locator("[data-unit=days]").inner_text() == "3"
    assert page.locator("[data-label=days]").inner_text() == "дня"
    assert page.locator("[data-unit=minutes]").inner_text() == "29"  # 3 days 1 h 29 min 5x s after 05:30
