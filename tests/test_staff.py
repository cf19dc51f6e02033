"""Editors and translators in the admin: roles, history, translation status, catalogues, sign-in, slugs."""

import hashlib
import json
from datetime import timedelta
from importlib import import_module

import polib
import pytest
import time_machine
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from reversion.models import Revision, Version

from referendum.commission.models import Member
from referendum.core.management.commands.load_seed_content import SEED_COMMENT
from referendum.news.models import Article

from .accounts import PASSWORD, make_user
from .admin_forms import admin_url, form_errors, post_form
from .pages import parse

# --- roles


def test_the_roles_exist_after_migrate(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Translators"}


def test_an_editor_adds_publishes_and_deletes_content(editor):
    article = Article.objects.get(slug="official-results")
    assert editor.get("/en/admin/news/article/add/").status_code == 200
    response = post_form(editor, admin_url(article), status="draft")
    assert response.status_code == 302, form_errors(response)
    assert Article.objects.get(pk=article.pk).status == "draft"
    assert editor.post(f"/en/admin/news/article/{article.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert editor.get("/en/admin/auth/user/").status_code == 403


def test_a_translator_changes_every_language_but_nothing_else(translator):
    article = Article.objects.get(slug="official-results")
    page = translator.get(f"/en/admin/news/article/{article.pk}/change/").content.decode()
    html = parse(page)
    assert html.find("input", attrs={"name": "title_kk"})
    assert html.find(attrs={"name": "status"}) is None
    assert html.find(attrs={"name": "published_at_0"}) is None
    assert html.find(attrs={"name": "slug"}) is None
    response = post_form(translator, admin_url(article), title_kk="Жаңартылған атау")
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title_kk == "Жаңартылған атау"


def test_a_translators_forged_status_change_is_refused_and_nothing_changes(translator):
    article = Article.objects.get(slug="official-results")
    before = (article.status, article.title_kk, article.slug)
    response = post_form(translator, admin_url(article), title_kk="Жалған", status="draft", slug="forged")
    assert response.status_code == 403
    article.refresh_from_db()
    assert (article.status, article.title_kk, article.slug) == before


def test_a_translator_cannot_add_delete_reorder_or_manage_users(translator):
    member = Member.objects.get(slug="arman-issetov")
    assert translator.get("/en/admin/news/article/add/").status_code == 403
    assert translator.get(f"/en/admin/commission/member/{member.pk}/delete/").status_code == 403
    assert translator.post(f"/en/admin/commission/member/{member.pk}/delete/", {"post": "yes"}).status_code == 403
    changelist = translator.get("/en/admin/commission/member/").content.decode()
    assert 'name="form-0-order"' not in changelist
    assert translator.get("/en/admin/auth/user/").status_code == 403
    assert Member.objects.filter(pk=member.pk).exists()


def test_a_translator_cannot_revert_a_revision(translator):
    article = Article.objects.get(slug="official-results")
    version = Version.objects.get_for_object(article).first()
    url = f"/en/admin/news/article/{article.pk}/history/{version.pk}/"
    assert translator.get(url).status_code == 403


# --- history


def test_seed_revisions_saved_with_the_old_comment_get_the_one_the_seed_gives_now(seeded):
    """The old one named a folder outside the repository; migration core/0002 replaces it, and its copy of the new
    comment is the seed's."""
    migration = import_module("referendum.core.migrations.0002_seed_revisions_comment")
    assert migration.NEW_COMMENT == SEED_COMMENT
    Revision.objects.update(comment=migration.OLD_COMMENT)
    migration.rename(django_apps, migration.OLD_COMMENT, migration.NEW_COMMENT)
    assert set(Revision.objects.values_list("comment", flat=True)) == {SEED_COMMENT}


def test_restoring_a_revision_brings_back_all_three_languages(editor):
    article = Article.objects.get(slug="official-results")
    original = {code: getattr(article, f"title_{code}") for code in ("kk", "ru", "en")}
    edited = post_form(editor, admin_url(article), title_kk="Өзгертілді", title_ru="Изменено", title_en="Changed")
    assert edited.status_code == 302
    history = editor.get(f"/en/admin/news/article/{article.pk}/history/").content.decode()
    assert "Added with the portal&#x27;s initial content." in history
    seed_version = Version.objects.get_for_object(article).last()
    page = editor.get(f"/en/admin/news/article/{article.pk}/history/{seed_version.pk}/")
    assert page.status_code == 200
    form = parse(page.content.decode())
    assert form.find("input", attrs={"name": "title_ru"})["value"] == original["ru"]
    # The revision's page shows the form as it was then: restoring is posting it back.
    response = post_form(editor, f"/en/admin/news/article/{article.pk}/history/{seed_version.pk}/")
    assert response.status_code == 302
    article.refresh_from_db()
    assert {code: getattr(article, f"title_{code}") for code in ("kk", "ru", "en")} == original


def test_every_admin_save_is_a_revision_with_who_and_what(editor):
    member = Member.objects.get(slug="arman-issetov")
    count = Version.objects.get_for_object(member).count()
    assert post_form(editor, admin_url(member), order="41", position_en="Deputy Minister").status_code == 302
    versions = Version.objects.get_for_object(member)
    assert versions.count() == count + 1
    revision = versions.first().revision
    assert revision.user.username == "editor"
    assert json.loads(revision.comment) == [{"changed": {"fields": ["Position [en]", "Order"]}}]


# --- translation status


def test_the_translation_status_page_lists_exactly_the_missing_translations(editor):
    Article.objects.filter(slug="official-results").update(title_en=None)
    Member.objects.filter(slug="artur-lastayev").update(position_kk=None)
    Member.objects.filter(slug="madi-myrzagarayev").update(full_name_ru="")
    html = parse(editor.get("/en/admin/translations/").content.decode())
    missing = {}
    for table in html.select("#content-main table"):
        caption = table.caption.get_text(strip=True)
        for row in table.select("tbody tr"):
            links = [a.get_text(strip=True) for a in row.find_all("a")]
            if links:
                missing[(caption, row["class"][0].removeprefix("language-"))] = links
    assert missing == {
        ("News articles", "en"): ["Референдум состоялся, новая Конституция принята: предварительные итоги"],
        ("Commission members", "kk"): ["Artur Lastayev"],
        ("Commission members", "ru"): ["Madi Myrzagarayev"],
    }
    assert "3 translations are missing." in html.get_text()


def test_completeness_is_a_column_and_a_filter_on_every_translated_list(editor):
    for path in (
        "vote/referendum",
        "commission/member",
        "provisions/provision",
        "provisions/topic",
        "provisions/source",
        "news/article",
    ):
        page = editor.get(f"/en/admin/{path}/").content.decode()
        assert "column-languages_display" in page, path
        assert "?missing=kk" in page, path


# --- catalogues in the browser


def test_a_rosetta_edit_of_a_kazakh_string_shows_on_the_next_request(translator, writable_locale):
    assert "Маңызды күндер" in translator.get("/kk/").content.decode()
    # Catalogue 0 is the first of LOCALE_PATHS' django.po files: the fixture's copy of locale/.
    kk_link = "/kk/admin/catalogues/files/project/kk/0/"
    entry = next(e for e in polib.pofile(str(writable_locale / "kk/LC_MESSAGES/django.po")) if e.msgid == "Key dates")
    digest = hashlib.md5((entry.msgid + entry.msgstr + (entry.msgctxt or "")).encode()).hexdigest()
    response = translator.post(kk_link + "?query=Key+dates", {f"m_{digest}": "Басты күндер"})
    assert response.status_code == 302
    assert "Басты күндер" in polib.pofile(str(writable_locale / "kk/LC_MESSAGES/django.po")).find("Key dates").msgstr
    # The translator is told it was saved, and when readers see it.
    after = translator.get(response["Location"]).content.decode()
    assert "Сақталды" in after and 'role="status"' in after
    page = translator.get("/kk/").content.decode()
    assert "Басты күндер" in page
    assert "Маңызды күндер" not in page


def test_each_string_tells_the_translator_where_it_appears(translator):
    page = translator.get("/kk/admin/catalogues/files/project/kk/0/?query=Older").content.decode()
    assert "templates/news/article_list.html" in page
    assert "the next page of the news list, which holds older articles" in page


def test_only_translators_and_superusers_reach_the_catalogues(client, seeded):
    client.force_login(make_user("editor2", "Editors"))
    assert client.get("/kk/admin/catalogues/files/project/").status_code == 403
    client.force_login(make_user("chief", is_superuser=True))
    assert client.get("/kk/admin/catalogues/files/project/").status_code == 200


# --- signing in


def test_the_right_password_signs_in_before_any_lock(client, seeded):
    make_user("fine")
    response = client.post("/kk/admin/login/", {"username": "fine", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/kk/admin/").status_code == 200


def test_the_admin_is_never_cached_and_a_staff_session_ends_with_the_browser_or_after_eight_hours(client, seeded):
    make_user("session-check", "Editors")
    signed_in = client.post("/kk/admin/login/", {"username": "session-check", "password": PASSWORD})
    assert signed_in.status_code == 302
    cookie = signed_in.cookies["sessionid"]
    assert (cookie["max-age"], cookie["expires"]) == ("", "")  # the browser forgets it when it closes
    session = SessionStore(session_key=cookie.value)
    assert session.get_expiry_age() == 8 * 60 * 60
    response = client.get("/kk/admin/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    with time_machine.travel(timezone.now() + timedelta(hours=8, minutes=1)):
        assert client.get("/kk/admin/")["Location"].startswith("/kk/admin/login/")


def test_weak_passwords_are_refused(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("12345678", "password123", "referendum"):
        with pytest.raises(ValidationError):
            validate_password(weak)


# --- slugs


def test_a_changed_slug_keeps_the_old_address_working_in_every_language(editor):
    member = Member.objects.get(slug="arman-issetov")
    assert post_form(editor, admin_url(member), slug="arman-isetov").status_code == 302
    editor.logout()
    for code in ("kk", "ru", "en"):
        response = editor.get(f"/{code}/commission/arman-issetov/")
        assert response.status_code == 301
        assert response["Location"] == f"/{code}/commission/arman-isetov/"
        assert editor.get(response["Location"]).status_code == 200
    member.refresh_from_db()
    member.slug = "arman-issetov-2"
    member.save()
    assert editor.get("/en/commission/arman-issetov/")["Location"] == "/en/commission/arman-issetov-2/"


def test_slugs_are_made_from_kazakh_titles_by_transliteration(db):
    article = Article.objects.create(title_kk="Құрылтай және Халық Кеңесі", lead_kk="Қысқаша")
    assert article.slug == "quryltay-zhane-khalyq-kengesi"


@pytest.mark.parametrize("admin_language", ["kk", "ru", "en"])
@pytest.mark.parametrize(("field", "language"), [("title", "kk"), ("title", "ru"), ("title", "en"), ("lead", "ru")])
def test_a_translator_fixes_any_language_from_any_admin_language(translator, admin_language, field, language):
    article = Article.objects.get(slug="official-results")
    new_text = f"Түзетілген мәтін {admin_language}-{field}-{language}"
    response = post_form(translator, admin_url(article, language=admin_language), **{f"{field}_{language}": new_text})
    assert response.status_code == 302
    assert getattr(Article.objects.get(pk=article.pk), f"{field}_{language}") == new_text


def test_every_add_form_asks_for_the_text_before_the_slug_made_from_it(superuser_client):
    """The slug field comes from SluggedContent, declared before each model's own fields: a form that does not
    list its fields would put it first."""
    from django.contrib import admin

    from referendum.core.slugs import SluggedContent

    for model in admin.site._registry:
        if not issubclass(model, SluggedContent):
            continue
        html = superuser_client.get(f"/en/admin/{model._meta.app_label}/{model._meta.model_name}/add/").content
        html = html.decode()
        assert html.index(f'name="{model.slug_source}_kk"') < html.index('name="slug"'), model
