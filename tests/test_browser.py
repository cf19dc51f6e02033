"""What a person sees in a real browser: Debian's Chromium through Playwright, with axe-core for accessibility."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from .pages import all_public_paths

pytestmark = pytest.mark.browser

ALMATY = ZoneInfo("Asia/Almaty")
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def site(live_server, transactional_db):
    call_command("load_seed_content", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_(url, language="kk", **options):
        context = browser.new_context(locale=language, **options)
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield open_
    for context in contexts:
        context.close()


def test_axe_finds_no_serious_violation_on_any_public_page(site, open_page):
    axe = Axe()
    problems = []
    for language, path in all_public_paths():
        page = open_page(site + path, language)
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in BLOCKING_IMPACTS:
                problems.append((path, violation["id"], violation["help"], [n["target"] for n in violation["nodes"]]))
    assert problems == []


def test_no_request_leaves_the_site(site, open_page, browser):
    context = browser.new_context(locale="ru")
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    for _language, path in all_public_paths():
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
    context.close()
    assert requested
    assert [url for url in requested if not url.startswith((site, "data:"))] == []


def test_no_sideways_scrolling_on_a_360_pixel_phone(site, open_page):
    for language, path in all_public_paths():
        page = open_page(site + path, language, viewport={"width": 360, "height": 740})
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)


def test_the_language_switcher_works_without_javascript(site, open_page):
    page = open_page(site + "/kk/", "kk", java_script_enabled=False)
    page.get_by_role("button", name="Русский").click()
    page.wait_for_url(site + "/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    page.goto(site + "/")
    assert page.url == site + "/ru/"


def test_the_countdown_ticks_every_second(site, open_page):
    with time_machine.travel(datetime(2026, 3, 12, 5, 30, tzinfo=ALMATY), tick=True):
        page = open_page(site + "/ru/", "ru")
        timer = page.get_by_role("timer")
        first = timer.inner_text()
        page.wait_for_timeout(2200)
        second = timer.inner_text()
    assert first != second
    assert page.locator("[data-unit=days]").inner_text() == "3"
    assert page.locator("[data-label=days]").inner_text() == "дня"
    assert page.locator("[data-unit=minutes]").inner_text() == "29"  # 3 days 1 h 29 min 5x s after 05:30
