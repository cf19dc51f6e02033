"""News: list, article, feed and preview in three languages; safe rich text; drafts stay private."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from referendum.news.models import Article

from .admin_forms import admin_url, post_form
from .pages import page, parse, text

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize(
    ("language", "first_title"),
    [
        ("kk", "Жаңа Конституция күшіне енді, Құрылтайға сайлау 23 тамызға тағайындалды"),
        ("ru", "Новая Конституция вступила в силу, выборы в Курултай назначены на 23 августа"),
        ("en", "The new Constitution came into force, and the Kurultai election was set for 23 August"),
    ],
)
def test_the_list_shows_the_newest_first_in_the_pages_language(client, seeded, language, first_title):
    html = page(client, f"/{language}/news/")
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert titles[0] == first_title
    assert len(titles) == Article.objects.count() == 8
    dates = [time["datetime"] for time in html.select(".news-card time")]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("language", "date", "name"),
    [
        ("kk", "2026 жылғы 17 ақпан", "Эльвира Әзімованың"),
        ("ru", "17 февраля 2026 г.", "Эльвиры Азимовой"),
        ("en", "17 February 2026", "Elvira Azimova"),
    ],
)
def test_an_article_shows_date_lead_body_source_and_related_pages(client, seeded, language, date, name):
    html = page(client, f"/{language}/news/briefing-for-the-diplomatic-corps/")
    article = html.select_one("article.news-article")
    assert text(article.select_one(".meta")) == date
    assert article.select_one(".lead").get_text(strip=True)
    assert len(article.select(".body p")) == 9
    assert name in text(article.select_one(".body"))
    members = html.find("section", attrs={"aria-labelledby": "related-members"})
    assert f"/{language}/commission/elvira-azimova/" in [a["href"] for a in members.find_all("a")]
    provisions = html.find("section", attrs={"aria-labelledby": "related-provisions"})
    assert f"/{language}/provisions/halyk-kenesi/" in [a["href"] for a in provisions.find_all("a")]
    assert html.find("meta", property="og:title")["content"] == article.h1.get_text(strip=True)
    assert '"@type": "NewsArticle"' in html.find("script", type="application/ld+json").string


def test_previous_and_next_follow_publication_order(client, seeded):
    nav = page(client, "/en/news/briefing-for-the-diplomatic-corps/").select_one(".prev-next")
    assert nav.find("a", rel="prev")["href"] == "/en/news/draft-constitution-published/"
    assert nav.find("a", rel="next")["href"] == "/en/news/official-results/"
    assert nav.find(attrs={"lang": True}) is None


def test_a_previous_or_next_title_shown_in_a_fallback_language_says_which(client, seeded):
    Article.objects.filter(slug="draft-constitution-published").update(title_en=None, lead_en=None)
    previous = page(client, "/en/news/briefing-for-the-diplomatic-corps/").find("a", rel="prev")
    title = previous.find(attrs={"lang": True})
    assert (title["lang"], title.get_text()) == (
        "ru",
        Article.objects.get(slug="draft-constitution-published").title_ru,
    )
    assert previous.select_one(".prev-next__label").get_text() == "Earlier"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_each_language_has_its_own_atom_feed_advertised_on_every_page(client, seeded, language):
    link = page(client, f"/{language}/").find("link", type="application/atom+xml")
    assert link["href"] == f"/{language}/news/feed/"
    response = client.get(link["href"])
    assert response.status_code == 200
    feed = ElementTree.fromstring(response.content)
    assert feed.get(XML_LANG) == language
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 8
    newest = "constitution-in-force-kurultai-election"
    assert entries[0].find(f"{ATOM}link").get("href").endswith(f"/{language}/news/{newest}/")
    assert [entry.get(XML_LANG) for entry in entries] == [None] * 8


def test_a_feed_entry_shown_in_a_fallback_language_says_which(client, seeded):
    Article.objects.filter(slug="final-results").update(title_en=None, lead_en=None)
    entries = ElementTree.fromstring(client.get("/en/news/feed/").content).findall(f"{ATOM}entry")
    languages = [entry.get(XML_LANG) for entry in entries]
    assert languages.count("ru") == 1 and languages.count(None) == 7
    shown = entries[languages.index("ru")].find(f"{ATOM}title").text
    assert shown == Article.objects.get(slug="final-results").title_ru


@pytest.mark.parametrize("number", ["0", "2", "999", "x", "-1", "1.5", "%00"])
def test_bad_page_numbers_are_translated_404s(client, seeded, number):
    html = page(client, f"/ru/news/?page={number}", status=404)
    assert html.h1.get_text(strip=True) == "Страница не найдена"


def test_pages_link_to_each_other(client, seeded):
    for n in range(30 - Article.objects.count()):
        Article.objects.create(title_en=f"Item {n}", lead_en="Lead", status="published", published_at=timezone.now())
    html = page(client, "/en/news/?page=2")
    assert html.select_one(".pagination a[rel=prev]")["href"] == "?page=1"
    assert html.select_one(".pagination a[rel=next]")["href"] == "?page=3"
    assert "Page 2 of 3" in text(html.select_one(".pagination"))


def test_an_untranslated_article_falls_back_with_a_notice_and_its_own_lang(client, seeded):
    Article.objects.filter(slug="official-results").update(title_en=None, lead_en=None, body_en=None)
    html = page(client, "/en/news/official-results/")
    article = html.select_one("article.news-article")
    assert article["lang"] == "ru"
    assert article.h1.get_text(strip=True) == "Референдум состоялся, новая Конституция принята: предварительные итоги"
    assert "so it is shown in Russian." in text(html.select_one(".fallback-notice"))
    assert html.select_one(".fallback-notice").get("lang") is None
    card = page(client, "/en/news/").find("a", href="/en/news/official-results/").find_parent("li")
    assert card["lang"] == "ru"
    assert "Not yet translated" in text(card)
    kazakh = page(client, "/kk/news/official-results/")
    assert kazakh.select_one("article.news-article").get("lang") is None


def test_stored_html_is_sanitised(db):
    article = Article.objects.create(
        title_en="T",
        lead_en="L",
        body_en='<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror="alert(2)">'
        '<a href="javascript:alert(3)">link</a><a href="https://example.kz/">ok</a></p><h1>Big</h1>'
        '<iframe src="https://evil.example"></iframe><h2 style="color:red">Heading</h2>',
    )
    article.refresh_from_db()
    body = article.body_en
    for forbidden in ("<script", "onerror", "onclick", "javascript:", "<img", "<iframe", "style=", "<h1"):
        assert forbidden not in body
    assert '<a href="https://example.kz/" rel="noopener noreferrer">ok</a>' in body
    assert "<h2>Heading</h2>" in body


def test_drafts_and_scheduled_articles_are_404_for_the_public(client, seeded):
    Article.objects.filter(slug="official-results").update(status="draft")
    Article.objects.filter(slug="draft-constitution-published").update(published_at=timezone.now() + timedelta(days=1))
    for slug in ("official-results", "draft-constitution-published"):
        assert page(client, f"/kk/news/{slug}/", status=404).h1.get_text(strip=True) == "Бет табылмады"
        assert f"/kk/news/{slug}/" not in str(page(client, "/kk/news/"))
        assert slug not in client.get("/kk/news/feed/").content.decode()
    assert "official-results" not in str(page(client, "/kk/"))


@pytest.mark.parametrize(("language", "banner"), [("kk", "Алдын ала қарау"), ("ru", "Предпросмотр"), ("en", "Preview")])
def test_staff_preview_drafts_and_scheduled_articles(staff_client, language, banner):
    Article.objects.filter(slug="official-results").update(status="draft")
    response = staff_client.get(f"/{language}/news/official-results/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    html = parse(response.content.decode())
    assert text(html.select_one(".preview-banner")).startswith(banner)


def test_the_lists_queries_do_not_grow_with_the_number_of_articles(
    client, seeded, django_assert_max_num_queries, django_assert_num_queries
):
    Article.objects.all().delete()
    Article.objects.bulk_create(
        Article(slug=f"a{n}", title_en=f"A{n}", lead_en="L", status="published", published_at=timezone.now())
        for n in range(5)
    )
    with django_assert_max_num_queries(3) as with_five:
        assert client.get("/en/news/").status_code == 200
    Article.objects.bulk_create(
        Article(slug=f"b{n}", title_en=f"B{n}", lead_en="L", status="published", published_at=timezone.now())
        for n in range(45)
    )
    with django_assert_num_queries(len(with_five)):
        assert client.get("/en/news/").status_code == 200


def test_an_editor_saves_a_trilingual_article_in_the_admin_and_it_appears_in_each_language(superuser_client):
    texts = {"status": "published", "published_at_0": "01.03.2026", "published_at_1": "10:00"}
    for language, (title, lead, body) in {
        "kk": ("Жаңа мақала", "Қысқаша", "<p>Мәтін</p><script>x</script>"),
        "ru": ("Новая статья", "Кратко", "<p>Текст</p>"),
        "en": ("A new article", "In short", "<p>Text</p>"),
    }.items():
        texts.update({f"title_{language}": title, f"lead_{language}": lead, f"body_{language}": body})
    response = post_form(superuser_client, admin_url(Article, "add", language="kk"), **texts)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(title_en="A new article")
    assert article.slug == "zhanga-maqala"  # from the Kazakh title
    assert "<script" not in article.body_kk
    superuser_client.logout()
    for language, title in (("kk", "Жаңа мақала"), ("ru", "Новая статья"), ("en", "A new article")):
        assert page(superuser_client, f"/{language}/news/zhanga-maqala/").h1.get_text(strip=True) == title


def test_the_admin_lists_status_and_completeness_and_filters_missing_languages(superuser_client):
    Article.objects.filter(slug="official-results").update(title_kk=None, lead_kk=None)
    page = superuser_client.get("/en/admin/news/article/?missing=kk").content.decode()
    assert "Referendum valid, new Constitution adopted" in page
    assert "Briefing for the diplomatic corps" not in page
    assert "missing: kk" in page
    searched = superuser_client.get("/en/admin/news/article/", {"q": "Брифинг"}).content.decode()
    assert "Briefing for the diplomatic corps" in searched


def test_member_and_provision_pages_list_the_news_that_mention_them(client, seeded):
    member = page(client, "/ru/commission/arman-issetov/")
    assert "/ru/news/briefing-for-the-diplomatic-corps/" in [a["href"] for a in member.select("#member-news ~ ul a")]
    provision = page(client, "/en/provisions/entry-into-force/")
    assert "/en/news/draft-constitution-published/" in [a["href"] for a in provision.select("#news-heading ~ ul a")]


def test_unpublished_members_and_provisions_are_not_linked_from_articles_or_the_api(client, seeded):
    article = next(a for a in Article.objects.published() if a.members.exists() and a.provisions.exists())
    member, provision = article.members.first(), article.provisions.first()
    type(member).objects.filter(pk=member.pk).update(is_published=False)
    type(provision).objects.filter(pk=provision.pk).update(is_published=False)
    page = client.get(f"/en{article.get_absolute_url()[3:]}").content.decode()
    assert member.get_absolute_url()[3:] not in page
    assert provision.get_absolute_url()[3:] not in page
    listed = next(item for item in client.get("/api/v1/news/").json()["items"] if item["slug"] == article.slug)
    detail = client.get(f"/api/v1/news/{article.slug}/").json()
    for answer in (listed, detail):
        assert member.slug not in answer["members"]
        assert provision.slug not in answer["provisions"]


def test_a_related_item_shown_in_a_fallback_language_says_which(client, seeded):
    """A list inside a page names the language of an item the page's language lacks, as the page's own text does."""
    article = Article.objects.get(slug="briefing-for-the-diplomatic-corps")
    member = article.members.first()
    member.full_name_en = member.position_en = ""
    member.save()
    shown_in = member.text_in("en").language
    assert shown_in != "en"
    html = page(client, f"/en/news/{article.slug}/")
    link = html.select_one(f'#related-members ~ ul a[href="{member.get_absolute_url().replace("/kk/", "/en/", 1)}"]')
    assert link.find_parent(attrs={"lang": True})["lang"] == shown_in
