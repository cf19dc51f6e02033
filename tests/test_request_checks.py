"""What arrives is input: the Host, X-Forwarded-*, query strings, cookies and methods are checked before a
cached page is served, and nothing one visitor sends changes what the next one sees."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.test import Client

from referendum.commission.models import Member
from referendum.news.models import Article
from referendum.provisions.models import Provision

# Every test here runs with the page cache on, as in production.
pytestmark = pytest.mark.usefixtures("page_cache_on")


def absolute_urls(html):
    return re.findall(r"https?://[^\s\"'<>]+", html)


# --- Host and scheme


def test_a_port_in_the_host_header_never_reaches_the_page_the_next_visitor_gets(client, seeded):
    poisoned = client.get("/en/commission/", HTTP_HOST="127.0.0.1:6666")
    assert ":6666" not in poisoned.content.decode()
    following = client.get("/en/commission/")
    assert following["X-Cache"] == "hit"
    page = following.content.decode()
    assert ":6666" not in page
    assert '<link rel="canonical" href="http://testserver/en/commission/">' in page


@pytest.mark.parametrize("path", ["/en/commission/", "/en/news/official-results/", "/kk/calendar.ics"])
def test_every_absolute_url_names_the_configured_site(client, seeded, settings, path):
    settings.SITE_DOMAIN = "referendum.example.kz"
    settings.SITE_SCHEME = "https"
    for host in ("127.0.0.1:6666", "localhost"):
        body = client.get(path, HTTP_HOST=host).content.decode()
        urls = [url for url in absolute_urls(body) if "schema.org" not in url and "w3.org" not in url]
        assert urls, path
        links = [url for url in urls if not url.startswith("https://referendum.example.kz/")]
        assert not [url for url in links if "localhost" in url or "127.0.0.1" in url or "testserver" in url]


def test_a_request_that_came_over_https_does_not_put_https_links_into_the_shared_page(client, seeded):
    secure = client.get("/en/provisions/", secure=True).content.decode()
    assert "https://testserver" not in secure
    assert client.get("/en/provisions/")["X-Cache"] == "hit"


@pytest.mark.parametrize("cached_first", [True, False])
def test_a_host_that_is_not_ours_gets_a_small_400_page_cached_or_not(client, seeded, cached_first):
    if cached_first:
        client.get("/en/commission/")
    response = client.get("/en/commission/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    page = response.content.decode()
    assert "<h1>" in page and "evil.example" not in page
    assert "canonical" not in page and "X-Cache" not in response


def test_a_flood_of_repeated_query_parameters_is_a_400_not_a_500(client, seeded):
    query = "&".join(["x=1"] * 1200)
    for _ in range(2):
        response = client.get(f"/en/news/?{query}")
        assert response.status_code == 400
        assert "<h1>" in response.content.decode()


@pytest.mark.parametrize(
    ("address", "status", "heading"),
    [
        ("/ru/admin/news/article/?status=%00", 400, "Неверный запрос"),
        (
            "/ru/admin/autocomplete/?term=a%00&app_label=vote&model_name=regionalresult&field_name=region",
            400,
            "Неверный запрос",
        ),
        ("/ru/admin/news/article/%00/history/", 404, "Страница не найдена"),
    ],
)
def test_a_nul_character_in_an_admin_address_is_a_translated_4xx_not_a_500(superuser_client, address, status, heading):
    """PostgreSQL refuses text holding a NUL, and no address of the portal has one: the admin's list filters, object
    addresses and autocomplete passed it to the database (a 500 on PostgreSQL) before the portal refused them."""
    response = superuser_client.get(address)
    assert response.status_code == status
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_a_nul_character_in_a_header_on_the_sign_in_page_is_a_400_not_a_500(seeded):
    """django-axes records a failed sign-in with its User-Agent, which PostgreSQL refused: a 500."""
    visitor = Client()
    response = visitor.post("/ru/admin/login/", {"username": "nobody", "password": "wrong"}, HTTP_USER_AGENT="a\x00b")
    assert response.status_code == 400
    assert "<h1>Неверный запрос</h1>" in response.content.decode()
    visitor.get("/ru/admin/login/")
    assert visitor.post("/ru/admin/login/", {"username": "nobody", "password": "wrong"}).status_code == 200


@pytest.mark.parametrize("selected", ["abc", "1\x00", "", "99999999999999999999", "9223372036854775808"])
def test_an_admin_action_on_ids_that_cannot_be_ids_is_a_400_and_changes_nothing(superuser_client, selected):
    articles = Article.objects.count()
    response = superuser_client.post(
        "/en/admin/news/article/", {"action": "delete_selected", "_selected_action": [selected], "index": "0"}
    )
    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.content.decode()
    assert Article.objects.count() == articles


def test_an_admin_action_on_real_ids_still_asks_before_deleting(superuser_client):
    article = Article.objects.first()
    response = superuser_client.post(
        "/en/admin/news/article/", {"action": "delete_selected", "_selected_action": [article.pk], "index": "0"}
    )
    assert response.status_code == 200
    assert "<title>Delete multiple objects" in response.content.decode()
    assert Article.objects.filter(pk=article.pk).exists()


@pytest.mark.parametrize(
    "query",
    [
        "published_at__year=9999",
        "published_at__year=99999999999999999999",
        "published_at__year=9999&published_at__month=12",
        "published_at__year=9999&published_at__month=12&published_at__day=31",
        "published_at__year=1",
        "published_at__year=0",
        "published_at__year=²",
    ],
)
def test_a_date_the_calendar_cannot_hold_is_a_notice_in_the_article_list_not_a_500(superuser_client, query):
    response = superuser_client.get(f"/en/admin/news/article/?{query}")
    assert response.status_code == 302
    assert response["Location"] == "/en/admin/news/article/?e=1"  # Django's "bad filter" notice


def test_expired_sign_in_attempts_can_be_cleaned_up_from_the_admin(superuser_client):
    from axes.models import AccessAttempt

    Client().post("/en/admin/login/", {"username": "nobody", "password": "wrong"})
    attempt = AccessAttempt.objects.get(username="nobody")
    response = superuser_client.post(
        "/en/admin/axes/accessattempt/",
        {"action": "cleanup_expired_attempts", "_selected_action": [attempt.pk], "index": "0"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Cleaned up 0 expired access attempts." in response.content.decode()
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()  # not yet expired


def test_an_admin_address_without_a_language_keeps_its_query_string_on_the_way_to_one(client, seeded):
    response = client.get("/admin/login/?next=/kk/admin/news/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/admin/login/?next=/kk/admin/news/"


SESSION_WITH_NUL = 'sessionid="abcdefgh\\000ijklmnop"'  # a quoted cookie: Django reads \000 as a NUL


def test_a_session_cookie_with_a_nul_signs_nobody_in_and_breaks_nothing(client, seeded):
    """The session key went to PostgreSQL as it came: a 500 on every admin page, the sign-in page too, and on
    public pages a fresh render at every request, past the page cache."""
    assert client.get("/kk/admin/login/", HTTP_COOKIE=SESSION_WITH_NUL).status_code == 200
    assert client.get("/kk/admin/", HTTP_COOKIE=SESSION_WITH_NUL).status_code == 302
    visitor = Client()  # without the sign-in page's CSRF cookie
    visitor.get("/kk/news/")
    assert visitor.get("/kk/news/", HTTP_COOKIE=SESSION_WITH_NUL)["X-Cache"] == "hit"


def test_a_public_page_under_an_admin_slug_keeps_its_answer_to_a_stray_nul(client, seeded):
    article = Article.objects.published().first()
    article.slug = "admin"
    article.save()
    assert client.get("/kk/news/admin/").status_code == 200
    assert client.get("/kk/news/admin/?utm_source=%00").status_code == 200


def test_a_public_page_under_an_admin_slug_is_a_public_page(client, seeded):
    """Only /<language>/admin/ is the admin: a page whose address merely holds /admin/ is cached and read-only
    like any other public page."""
    article = Article.objects.published().first()
    article.slug = "admin"
    article.save()
    assert client.get("/en/news/admin/")["X-Cache"] == "miss"
    assert client.get("/en/news/admin/")["X-Cache"] == "hit"
    refused = client.post("/en/news/admin/")
    assert refused.status_code == 405
    assert refused["Allow"] == "GET, HEAD"


def test_with_the_https_redirect_on_a_cached_page_still_redirects_plain_http(seeded, settings):
    settings.SECURE_SSL_REDIRECT = True
    browser = Client()
    assert browser.get("/en/news/", secure=True).status_code == 200
    assert browser.get("/en/news/", secure=True)["X-Cache"] == "hit"
    response = browser.get("/en/news/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/news/"


def test_robots_txt_names_the_configured_site(client, settings, db):
    settings.SITE_DOMAIN = "referendum.example.kz"
    settings.SITE_SCHEME = "https"
    body = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert "Sitemap: https://referendum.example.kz/sitemap.xml" in body


def test_gunicorn_trusts_only_the_forwarded_proto_header_for_https():
    # gunicorn's default also trusts X-Forwarded-Ssl and X-Forwarded-Protocol, which a proxy passes through.
    from gunicorn.config import Config

    config = Config()
    for name, value in vars(__import__("portal.gunicorn", fromlist=["_"])).items():
        if name in config.settings:
            config.set(name, value)
    assert config.secure_scheme_headers == {"X-FORWARDED-PROTO": "https"}


# --- Methods


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_public_pages_answer_other_methods_with_405_and_allow(client, seeded, method):
    for path in ("/en/", "/en/news/", "/en/news/official-results/", "/en/commission/"):
        response = getattr(client, method)(path)
        assert response.status_code == 405, path
        assert response["Allow"] == "GET, HEAD"


def test_trace_on_a_feed_or_the_sitemap_is_refused(client, seeded):
    for path in ("/en/news/feed/", "/sitemap.xml", "/robots.txt"):
        response = client.generic("TRACE", path)
        assert response.status_code == 405, path
        assert response.content == b""


def test_the_language_switch_and_the_admin_still_take_posts(client, seeded):
    assert client.post("/i18n/setlang/", {"language": "ru", "next": "/ru/"}).status_code == 302
    assert client.post("/en/admin/login/", {"username": "x", "password": "y"}).status_code == 200


# --- Old addresses and feeds


def test_an_old_address_with_a_query_string_redirects_keeping_it(client, seeded, settings):
    site = Site.objects.get_current()
    Redirect.objects.create(site=site, old_path="/en/news/old-name/", new_path="/en/news/official-results/")
    Redirect.objects.create(site=site, old_path="/en/old-news/", new_path="/en/news/")
    # The page cache takes tracking parameters off before any view sees them; what the page there could
    # read goes along (an address that is no page keeps the parameters any page reads).
    response = client.get("/en/old-news/?utm_source=x&page=2")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/?page=2"
    # An article's address reads no parameter: nothing goes along.
    assert client.get("/en/news/old-name/?utm_source=x&page=2")["Location"] == "/en/news/official-results/"
    settings.PAGE_CACHE_SECONDS = 0
    response = client.get("/en/news/old-name/?utm_source=x")
    assert response["Location"] == "/en/news/official-results/?utm_source=x"
    assert client.get("/en/news/old-name/")["Location"] == "/en/news/official-results/"


def test_markup_typed_into_a_lead_reaches_feed_readers_as_text(client, seeded):
    article = Article.objects.get(slug="official-results")
    article.lead_en = "Results <script>alert(1)</script> & more"
    article.save()
    feed = client.get("/en/news/feed/").content.decode()
    assert "&lt;script&gt;" not in feed  # escaped once: a reader would turn it into a live element
    assert "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; more" in feed


def test_the_feed_names_the_configured_site(client, seeded, settings):
    settings.SITE_SCHEME = "https"
    feed = client.get("/en/news/feed/", HTTP_HOST="localhost").content.decode()
    assert "https://testserver/en/news/" in feed
    assert "localhost" not in feed


def test_the_sitemap_names_the_configured_site_and_drops_an_unpublished_page_at_once(client, seeded):
    member = Member.objects.filter(is_published=True).first()
    provision = Provision.objects.published().first()
    index = client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()
    assert "http://testserver/sitemap-commission.xml" in index
    assert "localhost" not in index
    sitemap = client.get("/sitemap-commission.xml", HTTP_HOST="localhost").content.decode()
    assert f"http://testserver{member.get_absolute_url()}" in sitemap
    assert "localhost" not in sitemap
    member.is_published = False
    member.save()
    sitemap = client.get("/sitemap-commission.xml").content.decode()
    assert member.slug not in sitemap
    assert provision.slug in client.get("/sitemap-provisions.xml").content.decode()


def test_an_unknown_address_with_a_nul_byte_and_a_query_string_is_a_404(client, seeded):
    assert client.get("/kk/provisions/a\x00b/?x=1").status_code == 404


def test_language_neutral_answers_do_not_vary_by_the_browsers_language(client, seeded):
    for path in ("/api/v1/news/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ru")
        assert "accept-language" not in response.get("Vary", "").lower(), path
        assert not response.has_header("Content-Language"), path
    assert "Accept-Language" not in client.get("/ru/").get("Vary", "")  # the prefix says the language


def edit_member_order_in_place(client, member_id, order, **extra_rows):
    """The commission list's in-place "order" column, as a browser posts one row of it."""
    form = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000"}
    form.update({"form-0-id": member_id, "form-0-order": order, "_save": "Save"})
    form.update(extra_rows)
    # Sent url-encoded, where a field's name can end in a newline (multipart would drop it).
    return client.post("/en/admin/commission/member/", urlencode(form), "application/x-www-form-urlencoded")


@pytest.mark.parametrize("edited", ["99999999999999999999", "abc", "1\x00", ""])
def test_editing_the_list_in_place_with_an_id_that_cannot_be_an_id_is_a_400_and_changes_nothing(
    superuser_client, edited
):
    """An id the column cannot hold was a 500 on SQLite; the others were the list again, with no error shown."""
    orders = dict(Member.objects.values_list("pk", "order"))
    response = edit_member_order_in_place(superuser_client, edited, "7")
    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.content.decode()
    assert dict(Member.objects.values_list("pk", "order")) == orders


def test_editing_the_list_in_place_with_a_real_id_still_saves(superuser_client):
    member = Member.objects.order_by("pk").first()
    response = edit_member_order_in_place(superuser_client, str(member.pk), str(member.order + 7))
    assert response.status_code == 302
    member_after = Member.objects.get(pk=member.pk)
    assert member_after.order == member.order + 7


def test_a_bad_id_under_a_name_that_ends_in_a_newline_is_a_400_too(superuser_client):
    """Django reads `form-1-id\n` as a row's id (its pattern ends in "$"): the check must read it the same way."""
    member = Member.objects.order_by("pk").first()
    smuggled = {"form-1-id\n": "99999999999999999999"}
    response = edit_member_order_in_place(superuser_client, str(member.pk), str(member.order + 7), **smuggled)
    assert response.status_code == 400
    assert Member.objects.get(pk=member.pk).order == member.order
