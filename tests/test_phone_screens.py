"""What a citizen sees on a phone (issue 29, part 4), in Debian's Chromium through Playwright: every section of
the menu is one tap away and on screen, no link or button standing on its own is smaller than 24 by 24 pixels
(WCAG 2.2, 2.5.8), no number breaks across lines, and a table's caption and columns can be reached."""

import pytest

from .pages import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WIDTHS = [320, 375]
PAGES = [
    "/{language}/",
    "/{language}/referendums/",
    "/{language}/referendums/2026-03-15/",
    "/{language}/referendums/2026-03-15/turnout/",
    "/{language}/news/",
    "/{language}/news/official-results/",
    "/{language}/provisions/",
    "/{language}/glossary/",
    "/{language}/commission/",
]

# Links and buttons that stand on their own (not a link inside a sentence, which 2.5.8 leaves out), as the page
# shows them, with their size.
STANDALONE_TARGETS = """() => Array.from(
    document.querySelectorAll('a[href], button, summary, select, input:not([type=hidden])'))
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .filter(e => !e.classList.contains('skip-link'))
  .filter(e => {
    const block = e.closest('p, li, dd, dt, td, th, figcaption, h1, h2, h3, h4, div, nav');
    if (!block || e.closest('nav, .breadcrumbs, .pagination, .filter, table')) return true;
    return block.textContent.replace(/\\s+/g, ' ').trim() === e.textContent.replace(/\\s+/g, ' ').trim();
  })
  .map(e => { const r = e.getBoundingClientRect();
    return [e.tagName + ' ' + e.textContent.trim().slice(0, 40), Math.round(r.width), Math.round(r.height)]; })"""

# Numbers (7 954 667, 73,12%) whose characters are laid out on more than one line.
BROKEN_NUMBERS = r"""() => {
  const broken = [], walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const number = /\d{1,3}(?:[\s\u00a0\u202f,.]\d{3})+(?:[.,]\d+)?%?|\d+[.,]\d+%/g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(number)) {
      const range = document.createRange();
      range.setStart(node, match.index); range.setEnd(node, match.index + match[0].length);
      const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}"""


@pytest.fixture
def phone(browser):
    contexts = []

    def open_(width, language, java_script=True):
        context = browser.new_context(
            locale=language, viewport={"width": width, "height": 640}, java_script_enabled=java_script
        )
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


@pytest.mark.parametrize("java_script", [True, False], ids=["with-js", "without-js"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_of_the_menu_is_one_tap_away_and_on_screen(site, phone, language, width, java_script):
    page = phone(width, language, java_script)
    page.goto(f"{site}/{language}/")
    menu = page.locator(".site-nav")
    links = menu.locator("a")
    assert links.count() == 9
    assert not links.first.is_visible()  # folded away: the page's own content starts on the first screen
    button = menu.locator("summary")
    assert button.is_visible() and button.bounding_box()["height"] >= 44
    button.click()
    hrefs = []
    for index in range(links.count()):
        link = links.nth(index)
        box = link.bounding_box()
        assert link.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= width, link.inner_text()
        assert box["height"] >= 44
        hrefs.append(link.get_attribute("href"))
    for page_of_its_own in ("/referendums/current/turnout/", "/#timeline-heading", "/glossary/", "/referendums/"):
        assert f"/{language}{page_of_its_own}" in hrefs


def test_on_a_wide_screen_every_section_is_in_a_row(site, phone):
    page = phone(1280, "en")
    page.goto(f"{site}/en/")
    links = page.locator(".site-nav a")
    assert not page.locator(".site-nav summary").is_visible()
    tops = {round(links.nth(index).bounding_box()["y"]) for index in range(links.count())}
    assert all(links.nth(index).is_visible() for index in range(links.count())) and len(tops) <= 2


def test_the_menus_turnout_opens_the_current_referendums_turnout(client, seeded):
    response = client.get("/en/referendums/current/turnout/")
    assert response.status_code == 302 and response["Location"] == "/en/referendums/2026-03-15/turnout/"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_standalone_link_is_too_small_to_tap_and_no_number_breaks(site, phone, language, width):
    page = phone(width, language)
    small, broken = [], []
    for path in PAGES:
        page.goto(site + path.format(language=language))
        page.locator(".site-nav summary").click()
        small += [(path, *target) for target in page.evaluate(STANDALONE_TARGETS) if min(target[1:]) < 24]
        broken += [(path, number) for number in page.evaluate(BROKEN_NUMBERS)]
    assert small == [], "\n".join(map(str, small))
    assert broken == [], broken


@pytest.mark.parametrize("width", WIDTHS)
def test_a_wide_table_scrolls_within_its_frame_with_its_caption_in_view(site, phone, width):
    page = phone(width, "ru")
    page.goto(f"{site}/ru/referendums/2026-03-15/turnout/")
    frames = page.locator(".table-scroll")
    assert frames.count() >= 2
    for index in range(frames.count()):
        frame = frames.nth(index)
        caption = frame.locator("caption")
        box = caption.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        assert frame.evaluate("e => getComputedStyle(e).overflowX") in ("auto", "scroll")
        # Scrolled to its end, the table shows its last column inside the screen.
        frame.evaluate("e => e.scrollLeft = e.scrollWidth")
        last = frame.locator("thead th").last.bounding_box()
        assert last["x"] + last["width"] <= width + 1
