"""A refusal is a page of the portal: in the admin's language, saying what was refused and why, with a way back;
and a translator is not offered the links that lead to one."""

import re
from urllib.parse import urlsplit

import polib
import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation.reloader import translation_file_changed
from reversion.models import Version

from portal import urls as portal_urls
from referendum.core import views
from referendum.news.models import Article

from .accounts import make_user
from .pages import parse

REFUSED = "You do not have permission to do this"
TRANSLATORS_MAY = (
    "Translators may change the texts of each language; adding, deleting, restoring versions, publishing and "
    "changing dates are for editors."
)
# What the refusal says in Kazakh and Russian; put into a copy of the catalogues, so that the page is shown
# translated whether or not the repository's catalogues have caught up with these strings yet.
TRANSLATED = {
    REFUSED: {"kk": "Сізде мұны істеуге рұқсат жоқ", "ru": "У вас нет прав на это действие"},
    TRANSLATORS_MAY: {
        "kk": "Аудармашылар әр тілдегі мәтіндерді өзгерте алады; қосу, жою, нұсқаларды қалпына келтіру, жариялау "
        "және күндерді өзгерту — редакторлардың ісі.",
        "ru": "Переводчики могут менять тексты на каждом языке; добавлять, удалять, восстанавливать версии, "
        "публиковать и менять даты могут только редакторы.",
    },
}


@pytest.fixture
def translated_refusal(writable_locale):
    """The refusal's strings in the copied catalogues, compiled, and read on the next request."""
    for language in ("kk", "ru"):
        po_path = writable_locale / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(po_path))
        for msgid, translations in TRANSLATED.items():
            entry = catalogue.find(msgid)
            if entry is None:
                entry = polib.POEntry(msgid=msgid)
                catalogue.append(entry)
            entry.msgstr, entry.flags = translations[language], []
        catalogue.save(str(po_path))
        catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    translation_file_changed(sender=None, file_path=po_path.with_suffix(".mo"))
    return writable_locale


def refusal(response):
    assert response.status_code == 403
    return parse(response.content.decode())


# --- the refusal page


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_translator_refused_in_the_admin_is_told_why_in_the_admins_language(translator, translated_refusal, language):
    html = refusal(translator.get(f"/{language}/admin/news/article/add/"))
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == TRANSLATED[REFUSED][language]
    assert TRANSLATED[TRANSLATORS_MAY][language] in html.get_text(" ", strip=True)
    with translation.override(language):
        assert html.select_one("#site-name").get_text(strip=True) == gettext("Referendum portal: administration")
    assert "403 Forbidden" not in html.get_text()
    assert html.select_one("#content a.back")["href"] == f"/{language}/admin/"


def test_the_way_back_is_the_page_the_translator_came_from_when_it_is_ours(translator):
    came_from = "http://testserver/ru/admin/news/article/?o=2"
    html = refusal(translator.get("/ru/admin/news/article/add/", headers={"referer": came_from}))
    assert html.select_one("#content a.back")["href"] == came_from


@pytest.mark.parametrize(
    "referer",
    [
        "https://evil.example/ru/admin/",
        "//evil.example/",
        "javascript:alert(1)",
        "http://testserver/ru/admin/news/article/add/",  # the refused page itself: back would refuse again
    ],
)
def test_a_foreign_or_unsafe_referer_is_not_the_way_back(translator, referer):
    html = refusal(translator.get("/ru/admin/news/article/add/", headers={"referer": referer}))
    assert html.select_one("#content a.back")["href"] == "/ru/admin/"


def test_a_forged_post_and_a_revert_are_refused_with_the_same_page(translator):
    article = Article.objects.get(slug="official-results")
    forged = translator.post(f"/kk/admin/news/article/{article.pk}/change/", {"status": "draft"})
    assert refusal(forged).select_one("#content a.back")
    version = Version.objects.get_for_object(article).first()
    reverted = translator.get(f"/kk/admin/news/article/{article.pk}/history/{version.pk}/")
    assert refusal(reverted).html["lang"] == "kk"


def test_an_editor_refused_the_catalogues_is_told_who_edits_them(editor, writable_locale):
    html = refusal(editor.get("/ru/admin/catalogues/files/project/"))
    assert html.html["lang"] == "ru"
    with translation.override("ru"):
        assert gettext("The interface texts are edited by translators.") in html.get_text(" ", strip=True)


def test_staff_without_a_role_are_told_to_ask_for_one(client, seeded):
    client.force_login(make_user("newcomer"))
    html = refusal(client.get("/en/admin/auth/user/"))
    assert html.html["lang"] == "en"
    assert REFUSED in html.h1.get_text()
    assert "ask an administrator" in html.get_text(" ", strip=True)


def refuse_everything(get_response):
    """A middleware that refuses before the session, the language and the user are known."""

    def middleware(request):
        raise PermissionDenied

    return middleware


@pytest.mark.parametrize(("address", "language"), [("/ru/admin/", "ru"), ("/kk/admin/catalogues/", "kk")])
def test_a_refusal_in_middleware_before_the_user_is_known_is_still_the_page(settings, seeded, address, language):
    settings.MIDDLEWARE = ["tests.test_refusals.refuse_everything", *settings.MIDDLEWARE]
    html = refusal(Client().get(address))
    assert html.html["lang"] == language
    assert html.select_one("#content a.back")["href"] == f"/{language}/admin/"


def test_the_refusal_view_answers_an_anonymous_request_without_a_session(seeded):
    request = RequestFactory().get("/ru/admin/news/article/add/")
    response = views.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert 'lang="ru"' in response.content.decode()


def refuse(request):
    raise PermissionDenied


urlpatterns = [*portal_urls.urlpatterns, path("ru/refused/", refuse)]
handler403 = "referendum.core.views.permission_denied"


@pytest.mark.urls("tests.test_refusals")
def test_a_public_refusal_is_a_page_of_the_public_site(client, seeded):
    html = refusal(client.get("/ru/refused/"))
    assert html.html["lang"] == "ru"
    assert html.select_one("header") is not None  # the site's own header, menu and language switch
    with translation.override("ru"):
        assert html.h1.get_text(strip=True) == gettext(REFUSED)
    assert html.select_one("main a.back")["href"] == "/ru/"


def test_a_form_sent_without_its_security_token_is_explained(settings, seeded):
    settings.CSRF_FAILURE_VIEW = "referendum.core.views.csrf_failure"
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("translator", "Translators"))
    article = Article.objects.get(slug="official-results")
    html = refusal(client.post(f"/ru/admin/news/article/{article.pk}/change/", {"title_ru": "x"}))
    assert html.html["lang"] == "ru"
    with translation.override("ru"):
        assert html.h1.get_text(strip=True) == gettext("The form could not be sent")
    assert html.select_one("#content a.back")["href"] == "/ru/admin/"


# --- no link that leads to a refusal


def test_a_translators_history_shows_dates_without_revert_links_and_keeps_compare(translator):
    article = Article.objects.get(slug="official-results")
    html = parse(translator.get(f"/kk/admin/news/article/{article.pk}/history/").content.decode())
    table = html.select_one("#change-history")
    assert table.select("th[scope=row]")
    assert not table.select("a[href*='/history/']")
    with translation.override("kk"):
        instruction = gettext("Choose a date from the list below to revert to a previous version of this object.")
    assert instruction not in html.get_text()
    assert html.select_one("form[action$='/history/compare/']") is not None


def test_an_editors_history_still_links_each_date_to_its_restore_page(editor):
    article = Article.objects.get(slug="official-results")
    html = parse(editor.get(f"/kk/admin/news/article/{article.pk}/history/").content.decode())
    assert html.select("#change-history th[scope=row] a[href*='/history/']")


# A crawl checks each kind of link this many times: the same path with other numbers, and the same query
# parameters with other values, are the same kind.
SAMPLES_PER_KIND = 2


def kind(url):
    parts = urlsplit(url)
    names = sorted({pair.split("=", 1)[0] for pair in parts.query.split("&") if pair})
    return re.sub(r"\d+", "#", parts.path), tuple(names)


def admin_links(page, language):
    for link in parse(page.content.decode()).select("a[href]"):
        href = link["href"].split("#")[0]
        if href.startswith(f"/{language}/admin/") and "/logout/" not in href:
            yield href
        elif href.startswith("?"):
            yield page.request["PATH_INFO"] + href


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_admin_page_a_translator_reaches_offers_a_link_to_a_refusal(translator, writable_locale, language):
    """Every admin page reachable from the index is opened; a list's sorted, filtered or later pages are opened
    too, but their links are the list's own and are not followed again."""
    seen, queue, refused = {}, [f"/{language}/admin/"], []
    while queue:
        url = queue.pop(0)
        response = translator.get(url)
        if response.status_code == 403:
            refused.append(url)
            continue
        assert response.status_code in (200, 302), url
        if response.status_code != 200 or "html" not in response.get("Content-Type", "") or "?" in url:
            continue
        for href in admin_links(response, language):
            samples = seen.setdefault(kind(href), [])
            if href not in samples and len(samples) < SAMPLES_PER_KIND:
                samples.append(href)
                queue.append(href)
    assert not refused
    assert len(seen) > 40  # the crawl reached the content lists, change forms, histories and catalogues
