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


def test_every_public_page_passes_axe_stays_on_the_site_and_fits_a_360_pixel_phone(site, browser):
    """One crawl of every public page in every language, on a phone-sized screen."""
    axe = Axe()
    accessibility, foreign_requests, overflowing = [], [], []
    for language in ("kk", "ru", "en"):
        context = browser.new_context(locale=language, viewport={"width": 360, "height": 740})
        context.on(
            "request",
            lambda request: None if request.url.startswith((site, "data:")) else foreign_requests.append(request.url),
        )
        page = context.new_page()
        for path_language, path in all_public_paths():
            if path_language != language:
                continue
            page.goto(site + path)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                overflowing.append((path, overflow))
            for violation in axe.run(page).response["violations"]:
                if violation["impact"] in BLOCKING_IMPACTS:
                    targets = [node["target"] for node in violation["nodes"]]
                    accessibility.append((path, violation["id"], violation["help"], targets))
        context.close()
    assert accessibility == []
    assert foreign_requests == []
    assert overflowing == []


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
