"""What a person sees in a real browser: Debian's Chromium through Playwright, with axe-core for accessibility."""

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


def view_name(language, path):
    with translation.override(language):
        return resolve(path).view_name


def pages_to_load(language):
    """Every public page of the language, by (language, path), but a provision's side-by-side page in one language
    of three (by its place in the list) and the first one in all three. That page shows the same three texts in
    three columns whatever the address's language; what is in the address's language around them (header,
    breadcrumbs, heading, lead, notes, footer) is the same on every such page but the provision's title, which its
    detail page shows in the same heading style in every language; the first one checks the rest in each."""
    paths, side_by_side = [], 0
    for code, path in all_public_paths():
        if code != language:
            continue
        if view_name(code, path) == "provisions:languages":
            side_by_side += 1
            if side_by_side > 1 and LANGUAGES[side_by_side % len(LANGUAGES)] != language:
                continue
        paths.append((code, path))
    return paths


def pages_for_axe(paths, language):
    """The pages of the language that axe checks, by path: the first page of each view whose turn it is in this
    language (the views in order of name, dealt to the languages in turn, so that each view is checked once and
    each language gets its share), and the home page in every language. Pages of one view share their template and
    stylesheet and differ only in content, which the Nu Html Checker (tests/test_html_validity.py) and
    tests/test_site.py read page by page, in every language; axe takes about a fifth of a second a page, and three
    times each view was a third of the suite's browser time."""
    views = sorted({view_name(code, path) for code, path in all_public_paths()})
    turn = {view: LANGUAGES[index % len(LANGUAGES)] for index, view in enumerate(views)}
    chosen = {}
    for _language, path in paths:
        view = view_name(language, path)
        if view in chosen.values():
            continue
        if view == "vote:home" or turn[view] == language:
            chosen[path] = view
    return chosen


def views_checked_by_axe():
    """Every public view and the languages axe checks it in (for the test that each view is checked)."""
    checked = {}
    for language in LANGUAGES:
        for view in pages_for_axe(pages_to_load(language), language).values():
            checked.setdefault(view, []).append(language)
    return checked


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_crawl_passes_axe_stays_on_the_site_and_fits_a_320_pixel_screen(site, browser, language):
    """One crawl of the public pages in the language (`pages_to_load`), on a phone-sized screen: no page is wider
    than the screen and none asks another host for anything. axe-core checks the pages `pages_for_axe` chooses
    against the WCAG 2.2 A and AA rules the accessibility statement names."""
    accessibility, foreign_requests, overflowing = [], [], []
    paths = pages_to_load(language)
    checked_by_axe = pages_for_axe(paths, language)
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
        for violation in page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]:
            if violation["impact"] in BLOCKING_IMPACTS:
                targets = [node["target"] for node in violation["nodes"]]
                accessibility.append((path, violation["id"], violation["help"], targets))
    context.close()
    assert "vote:home" in checked_by_axe.values()
    assert accessibility == []
    assert foreign_requests == []
    assert overflowing == []


def test_the_crawl_loads_every_public_page_and_axe_checks_every_kind(seeded):
    """What the accessibility statement promises: every kind of page is checked by axe, each in at least one
    language; and the crawl loads every page of every language but the side-by-side pages it leaves out, each of
    which it loads in another language."""
    loaded = {page for language in LANGUAGES for page in pages_to_load(language)}
    left_out = set(all_public_paths()) - loaded
    assert left_out and {view_name(*page) for page in left_out} == {"provisions:languages"}
    loaded_paths = {path for _language, path in loaded}
    for language, path in left_out:
        assert any(path.replace(f"/{language}/", f"/{other}/", 1) in loaded_paths for other in LANGUAGES)
    views = {view_name(language, path) for language, path in all_public_paths()}
    checked = views_checked_by_axe()
    languages = [language for languages in checked.values() for language in languages]
    assert min(languages.count(language) for language in LANGUAGES) >= len(checked) // len(LANGUAGES)
    assert len(views) >= 14
    assert set(checked) == views
    assert checked["vote:home"] == list(LANGUAGES)


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
        "Array.from(document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), select, textarea'))"
        ".filter(e => e.checkVisibility() || e.classList.contains('skip-link'))"
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
