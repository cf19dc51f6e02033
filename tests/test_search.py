"""Site search in the page's language, on PostgreSQL (full text and trigrams) and on SQLite."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from referendum.commission.models import Member
from referendum.news.models import Article
from referendum.provisions.models import Provision
from referendum.search.index import rebuild
from referendum.search.query import PAGE_SIZE

from .pages import parse

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL full-text search")


def results(client, language, query, status=200):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == status, (query, response.status_code)
    html = parse(response.content.decode())
    return [(item.select_one(".result__title a")["href"], item) for item in html.select(".result")], html


def urls(found):
    return [url for url, _item in found]


@pytest.mark.parametrize(
    ("language", "word", "slug"),
    [
        ("kk", "Құрылтай", "unicameral-kurultai"),
        ("ru", "Курултай", "unicameral-kurultai"),
        ("en", "Kurultai", "unicameral-kurultai"),
        ("kk", "Халық Кеңесі", "halyk-kenesi"),
        ("ru", "Халық Кеңесі", "halyk-kenesi"),
        ("en", "Halyk Kenesi", "halyk-kenesi"),
        ("kk", "егемендік", "sovereignty-unchanged"),
        ("ru", "суверенитет", "sovereignty-unchanged"),
        ("en", "sovereignty", "sovereignty-unchanged"),
        ("kk", "шарттар", "international-treaties"),
        ("ru", "договоры", "international-treaties"),
        ("en", "treaties", "international-treaties"),
        ("kk", "Жарғысына", "foreign-policy-international-law"),
        ("ru", "Устава ООН", "foreign-policy-international-law"),
        ("en", "UN Charter", "foreign-policy-international-law"),
        ("kk", "шілдеде", "entry-into-force"),
        ("ru", "вступление в силу", "entry-into-force"),
        ("en", "entry into force", "entry-into-force"),
        ("kk", "референдум арқылы", "amendments-only-by-referendum"),
        ("ru", "поправки", "amendments-only-by-referendum"),
        ("en", "amendments", "amendments-only-by-referendum"),
        ("kk", "сайлау мерзімдері", "kurultai-elections-timetable"),
        ("ru", "выборы", "kurultai-elections-timetable"),
        ("en", "elections", "kurultai-elections-timetable"),
    ],
)
def test_each_seed_provision_is_found_by_its_key_word_in_each_language(client, seeded, language, word, slug):
    found, html = results(client, language, word)
    assert f"/{language}/provisions/{slug}/" in urls(found)
    assert html.html["lang"] == language


def test_results_name_their_kind_and_mark_the_matching_passage(client, seeded):
    found, _html = results(client, "ru", "Курултай")
    item = dict(found)["/ru/provisions/unicameral-kurultai/"]
    assert item.select_one(".result__kind").get_text(strip=True) == "Положение"
    assert item.select_one(".result__snippet mark").get_text().startswith("Курулта")


def test_the_search_is_case_insensitive_for_cyrillic(client, seeded):
    assert "/kk/provisions/unicameral-kurultai/" in urls(results(client, "kk", "ҚҰРЫЛТАЙ")[0])
    assert "/ru/provisions/unicameral-kurultai/" in urls(results(client, "ru", "курултай")[0])


@on_postgresql
@pytest.mark.parametrize(("language", "typo"), [("ru", "Курултаи"), ("kk", "Курылтай"), ("en", "Kurultay")])
def test_a_typo_still_finds_on_postgresql(client, seeded, language, typo):
    assert f"/{language}/provisions/unicameral-kurultai/" in urls(results(client, language, typo)[0])


def test_a_title_match_ranks_above_a_body_match(client, seeded):
    body_only = Article.objects.create(
        title_en="A note",
        lead_en="Something about zebrafinch here",
        status="published",
        published_at=timezone.now() - timedelta(days=1),
    )
    in_title = Article.objects.create(
        title_en="Zebrafinch facts",
        lead_en="Short",
        status="published",
        published_at=timezone.now() - timedelta(days=2),
    )
    found = urls(results(client, "en", "zebrafinch")[0])
    assert found.index(in_title.get_absolute_url()) < found.index(body_only.get_absolute_url())


def test_drafts_scheduled_and_unpublished_items_are_never_found(client, seeded):
    Article.objects.create(title_en="Secret draft quokka", lead_en="x", status="draft")
    Article.objects.create(
        title_en="Future quokka", lead_en="x", status="published", published_at=timezone.now() + timedelta(days=1)
    )
    Member.objects.create(full_name_en="Unpublished quokka", position_en="x", is_published=False)
    Provision.objects.create(title_en="Unpublished provision quokka", explanation_en="x", is_published=False)
    shown = Member.objects.create(full_name_en="Published quokka", position_en="x")
    found = [shown.get_absolute_url().replace("/kk/", "/en/", 1)]
    assert urls(results(client, "en", "quokka")[0]) == found
    rebuild()
    assert urls(results(client, "en", "quokka")[0]) == found


# Too long or holding a NUL: refused with a form error; anything else is searched for as plain text.
REFUSED = ["x" * 5000, "\x00", "a\x00b"]
SEARCHED = [
    "",
    "   ",
    "(((",
    ":*",
    "a & b | !c",
    "'; DROP TABLE search_searchentry; --",
    "<script>alert(1)</script>",
    "<b>Kurultai</b>",
    "%",
    "_",
    "\\",
    "''",
    "\u202e",
    "🙂",
]


@pytest.mark.parametrize(("query", "status"), [(q, 400) for q in REFUSED] + [(q, 200) for q in SEARCHED])
def test_hostile_queries_get_a_calm_page_without_reflected_markup(client, seeded, query, status):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == status
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "<b>Kurultai</b>" not in body
    html = parse(body)
    assert html.select_one("main form input[name=q]")  # the search form, to try again
    assert bool(html.select_one(".form-error")) == (status == 400)


def test_an_overlong_query_is_refused_with_a_translated_message(client, seeded):
    _found, html = results(client, "ru", "я" * 300, status=400)
    assert "не более 200 символов" in html.select_one(".form-error").get_text()


def test_every_page_has_a_plain_search_form(client, seeded):
    html = parse(client.get("/kk/news/").content.decode())
    form = html.find("form", class_="site-search")
    assert form["method"] == "get"
    assert form["action"] == "/kk/search/"
    assert form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": "site-search-q"})


def test_hits_beyond_the_first_fifty_are_paged_and_a_page_past_the_last_is_a_404(client, seeded):
    now = timezone.now()
    Article.objects.bulk_create(
        Article(title_en=f"Quokka report {n}", slug=f"quokka-{n}", lead_en="x", status="published", published_at=now)
        for n in range(120)
    )
    rebuild()
    first, html = results(client, "en", "quokka")
    assert len(first) == PAGE_SIZE
    assert "Results 1–50" in html.select_one("[role=status]").get_text()
    next_link = html.select_one(".pagination a[rel=next]")
    assert next_link["href"] == "?q=quokka&page=2" and next_link.get_text() == "More results"
    pages = [first]
    for page in (2, 3):
        response = client.get("/en/search/", {"q": "quokka", "page": page})
        assert response.status_code == 200
        found = parse(response.content.decode()).select(".result__title a")
        pages.append([link["href"] for link in found])
    assert [len(page) for page in pages] == [50, 50, 20]
    every_url = [url for url, _item in first] + pages[1] + pages[2]
    assert len(set(every_url)) == 120  # no hit twice, none left out
    last = parse(client.get("/en/search/", {"q": "quokka", "page": 3}).content.decode())
    assert last.select_one(".pagination a[rel=next]") is None
    assert last.select_one(".results")["start"] == "101"
    for page in ("4", "0", "x", "99999999999999999999", "²"):
        response = client.get("/ru/search/", {"q": "quokka", "page": page})
        assert response.status_code == 404, page


def hits(client, language, query):
    found, _html = results(client, language, query)
    return dict(found)


@pytest.mark.parametrize(
    ("language", "query", "url", "note"),
    [
        ("kk", "курултай", "/kk/provisions/unicameral-kurultai/", None),
        ("kk", "Азимова", "/kk/commission/elvira-azimova/", "Бұл беттің орысша мәтінінен табылды."),
        ("ru", "Құрылтай", "/ru/provisions/unicameral-kurultai/", None),
        ("en", "Курултай", "/en/provisions/unicameral-kurultai/", "Found in the Russian text of this page."),
    ],
)
def test_search_looks_in_every_language_and_shows_the_page_in_its_own(client, seeded, language, query, url, note):
    found = hits(client, language, query)
    assert url in found, (query, list(found))
    shown = found[url]
    if note:
        assert shown.select_one(".result__note").get_text() == note
    assert shown.select_one(".result__title a").get("lang") is None  # the page's language: no other


def test_kazakh_word_forms_and_the_sources_own_words_are_found(client, seeded):
    Article.objects.create(
        title_kk="Сайлау нәтижелері туралы",
        lead_kk="Облыстардағы нәтижелері жарияланды.",
        title_en="About the results",
        lead_en="x",
        status="published",
        published_at=timezone.now(),
        slug="results-by-region",
    )
    assert "/kk/news/results-by-region/" in hits(client, "kk", "нәтиже")
    # The sources say «итоги» and «қорытындылар» for the results: asked for by another word, they are found.
    assert "/ru/news/official-results/" in hits(client, "ru", "результаты")
    assert "/kk/news/official-results/" in hits(client, "kk", "нәтиже")


def test_a_snippet_keeps_a_space_between_list_items(client, seeded):
    Article.objects.create(
        title_en="Figures quokka",
        lead_en="x",
        body_en="<ul><li>Eligible: 12,482,613.</li><li>Took part: 9,127,192.</li></ul>",
        status="published",
        published_at=timezone.now(),
        slug="figures-quokka",
    )
    snippet = hits(client, "en", "quokka")["/en/news/figures-quokka/"].select_one(".result__snippet").get_text()
    assert "12,482,613. Took part" in snippet
