"""Nothing staff did is lost: a restore keeps every correction, and a form opened before someone else's save is
not saved over it (referendum/core/admin_safety.py)."""

import pytest
from reversion.models import Version

from referendum.news.models import Article, Correction

from .admin_forms import admin_url, form_as_shown
from .pages import parse

NEW_NOTE = {
    "note_kk": "Мақаладағы күн түзетілді.",
    "note_ru": "Исправлена дата в статье.",
    "note_en": "The date in the article was corrected.",
}


def with_new_correction(form, corrected_on="2026-12-07", **notes):
    total = int(form["corrections-TOTAL_FORMS"])
    row = {f"corrections-{total}-corrected_on": corrected_on, f"corrections-{total}-article": ""}
    row.update({f"corrections-{total}-{name}": text for name, text in (notes or NEW_NOTE).items()})
    return {**form, **row, "corrections-TOTAL_FORMS": str(total + 1)}


@pytest.fixture
def corrected_article(editor):
    """A published article saved once (the version to go back to), then corrected through the admin."""
    article = Article.objects.get(slug="official-results")
    url = admin_url(article)
    response = editor.post(url, form_as_shown(editor, url, lead_en="An earlier lead."))
    assert response.status_code == 302, response.content.decode()[:3000]
    before_correction = Version.objects.get_for_object(article).first()
    form = form_as_shown(editor, url, lead_en="The corrected lead.")
    response = editor.post(url, with_new_correction(form))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Correction.objects.filter(article=article, note_en=NEW_NOTE["note_en"]).exists()
    return article, before_correction


def test_a_restore_keeps_every_correction_on_the_article_and_in_the_public_log(editor, client, corrected_article):
    article, old_version = corrected_article
    corrections_before = list(Correction.objects.filter(article=article).values("pk", "note_en", "corrected_on"))
    revision_url = f"/en/admin/news/article/{article.pk}/history/{old_version.pk}/"

    page = editor.get(revision_url)
    assert page.status_code == 200
    notice = parse(page.content.decode()).select_one("#restore-notice")
    assert notice is not None and "never removed or rolled back" in notice.get_text()

    response = editor.post(revision_url, form_as_shown(editor, revision_url))
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert article.lead_en == "An earlier lead."  # the restore did happen
    assert list(Correction.objects.filter(article=article).values("pk", "note_en", "corrected_on")) == (
        corrections_before
    )
    public = client.get(article.get_absolute_url().replace("/kk/", "/en/"))
    assert NEW_NOTE["note_en"] in public.content.decode()
    assert NEW_NOTE["note_en"] in client.get("/en/about/").content.decode()


def test_a_restore_that_would_unpublish_says_the_public_log_changes(editor, corrected_article):
    article, _ = corrected_article
    url = admin_url(article)
    response = editor.post(url, form_as_shown(editor, url, status="draft"))
    assert response.status_code == 302
    draft_version = Version.objects.get_for_object(article).first()
    response = editor.post(url, form_as_shown(editor, url, status="published"))
    assert response.status_code == 302

    page = parse(editor.get(f"/en/admin/news/article/{article.pk}/history/{draft_version.pk}/").content.decode())
    assert "changes what the public corrections log shows" in page.select_one("#restore-notice").get_text()
    article.refresh_from_db()
    assert article.status == "published"  # looking at the restore page changed nothing


def test_a_stale_form_is_refused_and_the_newer_change_survives(client, editor, django_user_model):
    article = Article.objects.get(slug="official-results")
    url = admin_url(article)
    second_editor_form = form_as_shown(editor, url, title_en="A title typed in the second tab")

    # Meanwhile another editor saves a new lead.
    from .accounts import make_user

    other = client.__class__()
    other.force_login(make_user("second-editor", "Editors", first_name="Dana", last_name="Omarova"))
    response = other.post(url, form_as_shown(other, url, lead_en="The first editor's new lead."))
    assert response.status_code == 302

    response = editor.post(url, second_editor_form)
    assert response.status_code == 200
    page = parse(response.content.decode())
    error = page.select_one(".errornote + ul.errorlist, ul.errorlist.nonfield").get_text(" ", strip=True)
    assert "Not saved: Dana Omarova saved this item on" in error
    assert "Lead [en]" in error
    compare = page.select_one("ul.errorlist a")["href"]
    assert compare.startswith(f"/en/admin/news/article/{article.pk}/history/compare/?version_a=")
    assert editor.get(compare).status_code == 200
    article.refresh_from_db()
    assert article.lead_en == "The first editor's new lead."
    assert article.title_en != "A title typed in the second tab"
    # The refused form still holds what was typed, and saving it again (after reading the message) goes through.
    again = form_as_shown(editor, url)  # noqa: F841 - the page as reloaded is not what the editor resends
    resent = {**second_editor_form, "_seen_version": page.select_one("input[name=_seen_version]")["value"]}
    assert page.select_one("input[name=title_en]")["value"] == "A title typed in the second tab"
    assert editor.post(url, resent).status_code == 302
    article.refresh_from_db()
    assert article.title_en == "A title typed in the second tab"


def test_the_refusal_is_in_the_editor_language(client, editor):
    article = Article.objects.get(slug="official-results")
    stale = {}
    for language in ("kk", "ru"):
        url = admin_url(article, language=language)
        stale[language] = (url, form_as_shown(editor, url))
    url = admin_url(article)
    assert editor.post(url, form_as_shown(editor, url, lead_en="Changed meanwhile.")).status_code == 302
    for language, expected in (("kk", "Сақталмады"), ("ru", "Не сохранено")):
        url, form = stale[language]
        response = editor.post(url, form)
        assert response.status_code == 200
        assert expected in parse(response.content.decode()).select_one("ul.errorlist").get_text()


# --- Translations that go stale


def test_editing_the_kk_text_marks_ru_and_en_to_review_until_reviewed(editor, client):
    from .accounts import make_user

    article = Article.objects.get(slug="official-results")
    assert article.lead_ru and article.lead_en
    url = admin_url(article, language="kk")
    response = editor.post(url, form_as_shown(editor, url, lead_kk=article.lead_kk + " Толықтырылды."))
    assert response.status_code == 302

    listing = parse(editor.get("/en/admin/news/article/?review=ru").content.decode())
    rows = listing.select("#result_list tbody tr")
    assert len(rows) == 1 and "to review: ru, en" in rows[0].get_text(" ")
    form_page = parse(editor.get(admin_url(article)).content.decode())
    notice = form_page.select_one("#translations-to-review").get_text(" ", strip=True)
    assert "To review: Russian, English" in notice

    # A translator revises the Russian: only English is left to review, and the translator's save marks nothing.
    translator = client.__class__()
    translator.force_login(make_user("translator-2", "Translators"))
    ru_url = admin_url(article, language="ru")
    response = translator.post(ru_url, form_as_shown(translator, ru_url, lead_ru=article.lead_ru + " Дополнено."))
    assert response.status_code == 302, response.content.decode()[:2000]
    from referendum.core.translation_review import languages_to_review

    assert languages_to_review(article) == ["en"]

    # An editor confirms that the English still matches.
    response = editor.post(url, form_as_shown(editor, url, _translations_reviewed="en"))
    assert response.status_code == 302
    assert languages_to_review(article) == []
    listing = parse(editor.get("/en/admin/news/article/").content.decode())
    assert "to review:" not in listing.select_one("#result_list").get_text()


def test_a_save_that_changes_only_line_endings_marks_nothing(editor):
    from referendum.core.translation_review import languages_to_review

    article = Article.objects.get(slug="official-results")
    url = admin_url(article)
    form = form_as_shown(editor, url)
    form["lead_en"] = form["lead_en"].replace("\n", "\r\n") + "\r\n"
    assert editor.post(url, form).status_code == 302
    assert languages_to_review(article) == []


# --- Smaller frictions from the staff review


def test_a_new_correction_row_has_today_filled_in(editor):
    import datetime
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    article = Article.objects.get(slug="official-results")
    page = parse(editor.get(admin_url(article)).content.decode())
    empty_row = page.select_one("#corrections-empty input[name$=corrected_on]")
    today = timezone.now().astimezone(ZoneInfo("Asia/Almaty")).date()
    assert datetime.date.fromisoformat(empty_row["value"]) == today


def test_a_slug_left_empty_is_made_from_the_kazakh_title(editor):
    from .admin_forms import post_form

    response = post_form(
        editor,
        admin_url(Article, "add", language="ru"),
        title_kk="Құрылтай отырысы",
        title_ru="Заседание Курултая",
        title_en="Kurultai session",
        lead_kk="Қысқаша.",
        lead_ru="Коротко.",
        lead_en="In short.",
        body_kk="<p>Мәтін.</p>",
        body_ru="<p>Текст.</p>",
        body_en="<p>Text.</p>",
        status="draft",
        published_at_0="2026-12-07",
        published_at_1="10:00",
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Article.objects.get(title_en="Kurultai session").slug == "quryltay-otyrysy"
    help_text = parse(editor.get(admin_url(Article, "add")).content.decode()).select_one("#id_slug_helptext")
    assert "Kazakh title" in help_text.get_text()


def test_latest_changes_show_each_role_only_what_it_may_open(editor, superuser):
    from django.contrib.auth import get_user_model
    from django.test import Client

    superuser_client = Client()
    superuser_client.force_login(superuser)
    account = get_user_model().objects.create_user("newcomer-account", password="x" * 20)
    url = f"/en/admin/auth/user/{account.pk}/change/"
    superuser_client.post(url, form_as_shown(superuser_client, url, first_name="Renamed"))
    article = Article.objects.get(slug="official-results")
    article_url = admin_url(article)
    editor.post(article_url, form_as_shown(editor, article_url, lead_en="Seen by editors."))

    def latest(client):
        return parse(client.get("/en/admin/").content.decode()).select_one("#recent-changes").get_text(" ")

    assert "newcomer-account" in latest(superuser_client)
    editor_view = latest(editor)
    assert "newcomer-account" not in editor_view
    assert str(article) in editor_view


def test_make_superuser_works_on_a_fresh_clone_without_a_secret_key(tmp_path):
    """The README's first step for staff: no SECRET_KEY, no DEBUG exported (it failed with "SECRET_KEY must be
    set when DEBUG is off")."""
    import os
    import sqlite3
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    database = tmp_path / "fresh.sqlite3"
    environment = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(DATABASE_URL=f"sqlite:///{database}", DJANGO_SUPERUSER_PASSWORD="a-long-password-1234")
    result = subprocess.run(
        ["make", "--no-print-directory", "superuser", "ARGS=--noinput --username chief --email chief@example.org"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    with sqlite3.connect(database) as connection:
        rows = connection.execute("select username, is_superuser from auth_user").fetchall()
    assert rows == [("chief", 1)]


def test_a_save_that_changes_only_line_endings_is_not_logged_as_a_change(editor):
    from django.contrib.admin.models import LogEntry

    article = Article.objects.get(slug="official-results")
    article.lead_en = "First line.\nSecond line."
    article.save()
    url = admin_url(article)
    form = form_as_shown(editor, url)
    form["lead_en"] = form["lead_en"].replace("\n", "\r\n")
    assert "\r\n" in form["lead_en"]
    assert editor.post(url, form).status_code == 302
    entry = LogEntry.objects.filter(object_id=str(article.pk)).order_by("-pk").first()
    assert "Lead" not in entry.get_change_message()
    article.refresh_from_db()
    assert article.lead_en == "First line.\nSecond line."


def test_a_restore_does_not_bring_back_a_correction_deleted_on_purpose(editor):
    article = Article.objects.get(slug="official-results")
    url = admin_url(article)
    assert editor.post(url, with_new_correction(form_as_shown(editor, url))).status_code == 302
    with_the_correction = Version.objects.get_for_object(article).first()
    mistaken = Correction.objects.get(article=article, note_en=NEW_NOTE["note_en"])
    mistaken.delete()  # by a developer, on the database: the admin offers no way to delete one

    revision_url = f"/en/admin/news/article/{article.pk}/history/{with_the_correction.pk}/"
    assert editor.post(revision_url, form_as_shown(editor, revision_url)).status_code == 302
    assert not Correction.objects.filter(pk=mistaken.pk).exists()


def test_a_correction_cannot_be_deleted_from_the_article_form_and_its_log_names_it_plainly(editor):
    from django.contrib.admin.models import LogEntry

    article = Article.objects.get(slug="official-results")
    url = admin_url(article, language="kk")
    page = parse(editor.get(url).content.decode())
    assert page.select("#corrections-group input[name$=-DELETE]") == []
    assert editor.post(url, with_new_correction(form_as_shown(editor, url))).status_code == 302
    message = LogEntry.objects.filter(object_id=str(article.pk)).order_by("-pk").first().change_message
    assert "2026-12-07: " in message and "Dec." not in message  # ISO in the stored log, read in any language


def test_the_kk_admin_pickers_speak_kazakh(editor):
    page = editor.get("/kk/admin/vote/turnoutsnapshot/add/").content.decode()
    assert 'lang="kk"' in page and 'lang="None"' not in page
    assert "admin/js/vendor/select2/i18n/kk.js" in page
    from pathlib import Path

    from django.contrib.staticfiles import finders

    assert "Ештеңе табылмады" in Path(finders.find("admin/js/vendor/select2/i18n/kk.js")).read_text()
