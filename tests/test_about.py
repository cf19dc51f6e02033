"""The portal about itself: who runs it (blank until staff say), its sources policy and corrections, its
accessibility statement and privacy notice, the glossary, and "last updated" on content pages."""

from datetime import date

import pytest

from referendum.about.models import GlossaryTerm, PortalDetails
from referendum.core.sources import is_article_address
from referendum.news.models import Article, Correction

from .pages import page, visible

PAGES = ["/{}/about/", "/{}/about/accessibility/", "/{}/about/privacy/", "/{}/glossary/"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_page_links_the_about_pages_from_its_footer(client, seeded, language):
    footer = page(client, f"/{language}/").select_one("footer")
    hrefs = {a["href"] for a in footer.select("a")}
    assert {path.format(language) for path in PAGES} <= hrefs


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_operator_is_not_invented_and_shows_once_staff_enter_it(client, seeded, language):
    empty = visible(page(client, f"/{language}/about/"))
    assert {
        "kk": "әлі жарияланған жоқ",
        "ru": "пока не опубликованы",
        "en": "have not been published yet",
    }[language] in empty
    PortalDetails.objects.create(operator_kk="Операторы", operator_ru="Оператор", operator_en="Operator body")
    PortalDetails.objects.filter(id=1).update(contact_email="info@example.kz")
    filled = page(client, f"/{language}/about/")
    assert filled.select_one('a[href="mailto:info@example.kz"]')


def test_there_is_only_one_record_of_the_portals_details(db):
    from django.db import IntegrityError, transaction

    PortalDetails.objects.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        PortalDetails.objects.create(id=2)


def test_a_corrected_article_says_so_and_the_log_lists_it(client, seeded):
    article = Article.objects.get(slug="official-results")
    Correction.objects.create(
        article=article,
        corrected_on=date(2026, 3, 20),
        note_en="The number of invalid ballots was mistyped.",
        note_ru="Число недействительных бюллетеней было указано с опечаткой.",
        note_kk="Жарамсыз бюллетеньдер саны қате терілген.",
    )
    corrected = page(client, "/ru/news/official-results/")
    corrections = visible(corrected, "#corrections")
    assert "Исправлено 20 марта 2026" in corrections and "с опечаткой" in corrections
    log = page(client, "/en/about/")
    entry = log.select_one("#corrections-heading").find_next("ul")
    assert "mistyped" in entry.get_text() and entry.select_one('a[href="/en/news/official-results/#corrections"]')
    article.status = Article.Status.DRAFT
    article.save()
    assert "mistyped" not in visible(page(client, "/en/about/"))


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/en/about/accessibility/", ["(WCAG) 2.2", "320 pixels", "keyboard", "JavaScript"]),
        ("/ru/about/accessibility/", ["WCAG", "320 пикселей", "клавиатуры", "JavaScript"]),
        ("/kk/about/accessibility/", ["WCAG", "320 пиксель", "пернетақтамен", "JavaScript"]),
        ("/en/about/privacy/", ["no analytics", "language cookie", "session cookie"]),
        ("/ru/about/privacy/", ["нет аналитики", "Cookie-файл языка", "cookie-файл сеанса"]),
        ("/kk/about/privacy/", ["аналитика", "Тіл cookie-файлы", "сеанс cookie-файлын"]),
    ],
)
def test_the_accessibility_statement_and_privacy_notice_say_what_they_promise(client, seeded, path, words):
    """The statement names what the portal was tested against; the notice, what it stores (and no analytics)."""
    text = visible(page(client, path))
    assert [word for word in words if word not in text] == []


@pytest.mark.parametrize(
    ("language", "terms"),
    [
        ("kk", ["Құрылтай", "Халық Кеңесі", "Орталық референдум комиссиясы"]),
        ("ru", ["Курултай", "Халық Кеңесі", "Центральная комиссия референдума"]),
        ("en", ["Kurultai", "Halyk Kenesi", "Central Referendum Commission"]),
    ],
)
def test_the_glossary_explains_the_terms_with_their_sources(client, seeded, language, terms):
    glossary = page(client, f"/{language}/glossary/")
    names = [dt.get_text() for dt in glossary.select("dl.glossary dt")]
    assert all(any(term in name for name in names) for term in terms)
    assert len(glossary.select("dl.glossary > div")) == GlossaryTerm.objects.published().count() == 6
    assert all(div.select_one(".source") for div in glossary.select("dl.glossary > div"))
    links = [a["href"] for a in glossary.select("dl.glossary .source a")]
    assert len(links) >= 5 and all(is_article_address(href) for href in links)


def test_a_provision_links_the_glossary_terms_it_uses(client, seeded):
    soup = page(client, "/en/provisions/halyk-kenesi/")
    links = [a["href"] for a in soup.select("#terms-heading + ul a")]
    assert "/en/glossary/#term-halyk-kenesi" in links and "/en/glossary/#term-kurultai" in links


@pytest.mark.parametrize(
    "path", ["/kk/", "/ru/news/official-results/", "/en/provisions/halyk-kenesi/", "/kk/commission/elvira-azimova/"]
)
def test_content_pages_say_when_they_were_last_updated(client, seeded, path):
    assert page(client, path).select_one(".last-updated")


def test_the_about_pages_are_in_the_sitemap(client, seeded):
    sections = client.get("/sitemap-sections.xml").content.decode()
    for path in PAGES:
        assert f"http://testserver{path.format('kk')}" in sections


def test_a_term_shown_in_a_fallback_language_marks_its_source_too(client, seeded):
    term = GlossaryTerm.objects.published().exclude(source_name_ru="").first()
    GlossaryTerm.objects.filter(pk=term.pk).update(term_en="", definition_en="", source_name_en="")
    entry = page(client, "/en/glossary/").select_one(f"#term-{term.slug}")
    assert entry["lang"] == "ru"
    source = entry.select_one(".source")
    assert source["lang"] == "en" and source.span["lang"] == "ru"  # "Source:" in English, the source in Russian
