"""Publishing with care: the question before an item goes public with a language missing, the editor's comment on a
change, captions and credits under photos, and what the admin's front page asks staff to look at."""

import datetime

import pytest
from django.utils import timezone

from referendum.commission.models import Member
from referendum.news.models import Article
from referendum.provisions.models import Provision

from .admin_forms import admin_url, form_as_shown, post_form
from .pages import parse


def notice(response):
    found = parse(response.content.decode()).select_one("#publish-confirmation")
    return found.get_text(" ", strip=True) if found else ""


@pytest.fixture
def draft(seeded):
    article = Article.objects.create(
        title_kk="Жоба",
        title_ru="Черновик",
        lead_kk="Қысқаша.",
        lead_ru="Кратко.",
        status=Article.Status.DRAFT,
        slug="a-draft",
    )
    assert article.missing_languages == ["en"]
    return article


# --- the question before an incomplete item goes public


def test_publishing_an_article_without_english_asks_first_and_saves_nothing(editor, draft):
    data = form_as_shown(editor, admin_url(draft))
    response = editor.post(admin_url(draft), {**data, "status": "published", "title_ru": "Изменено"})
    assert response.status_code == 200
    assert "English" in notice(response)
    assert "No English text: the English pages would show the Russian one." in notice(response)
    assert "No Russian" not in notice(response) and "No Kazakh" not in notice(response)
    assert "Publish without the missing text" in response.content.decode()
    # The form comes back with what was typed.
    assert 'value="Изменено"' in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == "draft" and draft.title_ru == "Черновик"


def test_the_question_names_every_missing_language_in_the_readers_language(editor, draft):
    data = form_as_shown(editor, admin_url(draft))
    data.update(status="published", title_ru="", lead_ru="")
    shown = notice(editor.post(admin_url(draft), data))
    assert "No Russian text: the Russian pages would show the Kazakh one." in shown
    assert "No English text: the English pages would show the Kazakh one." in shown
    ru = editor.post(f"/ru/admin/news/article/{draft.pk}/change/", data)
    assert ru.status_code == 200 and "русск" in notice(ru).lower()


def test_save_without_publishing_keeps_the_edit_as_a_draft(editor, draft):
    data = form_as_shown(editor, admin_url(draft), status="published", title_ru="Правка", _keep_unpublished="1")
    response = editor.post(admin_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "draft" and draft.title_ru == "Правка"


def test_confirming_publishes_the_article(editor, draft):
    data = form_as_shown(editor, admin_url(draft), status="published", _publish_incomplete="1")
    response = editor.post(admin_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "published"


def test_saving_a_draft_never_asks(editor, draft):
    assert post_form(editor, admin_url(draft), title_ru="Черновик 2").status_code == 302
    draft.refresh_from_db()
    assert draft.title_ru == "Черновик 2" and draft.status == "draft"


def test_adding_a_published_article_without_a_language_asks_too(editor):
    data = form_as_shown(editor, "/en/admin/news/article/add/")
    data.update(title_kk="Жаңа", lead_kk="Қысқаша.", status="published")
    count = Article.objects.count()
    response = editor.post("/en/admin/news/article/add/", data)
    assert response.status_code == 200 and "No Russian text" in notice(response) and "No English" in notice(response)
    assert Article.objects.count() == count
    assert editor.post("/en/admin/news/article/add/", {**data, "_publish_incomplete": "1"}).status_code == 302
    assert Article.objects.count() == count + 1


def test_resaving_a_published_article_that_lacks_no_more_than_before_does_not_ask(editor, draft):
    Article.objects.filter(pk=draft.pk).update(status="published")
    assert post_form(editor, admin_url(draft), title_kk="Жоба 2").status_code == 302


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Member, ("full_name", "position")),
        (Provision, ("title", "explanation")),
    ],
)
def test_a_member_and_a_provision_ask_the_same_way(editor, model, fields):
    item = model.objects.filter(is_published=True).first()
    model.objects.filter(pk=item.pk).update(is_published=False)
    url = admin_url(item)
    data = form_as_shown(editor, url)
    for field in fields:
        data[f"{field}_en"] = ""
    # Unpublished: saved without a question.
    assert editor.post(url, data).status_code == 302
    assert model.objects.get(pk=item.pk).missing_languages == ["en"]
    # Published: asked, nothing saved.
    data = form_as_shown(editor, url, is_published="on")
    response = editor.post(url, data)
    assert response.status_code == 200 and "English" in notice(response)
    assert model.objects.get(pk=item.pk).is_published is False
    # Confirmed: published.
    assert editor.post(url, {**data, "_publish_incomplete": "1"}).status_code == 302
    assert model.objects.get(pk=item.pk).is_published is True


def test_translators_still_save_their_text(translator, seeded):
    article = Article.objects.filter(status="published").exclude(title_en=None).exclude(title_en="").first()
    url = admin_url(article)
    data = form_as_shown(translator, url)
    assert "status" not in data  # read-only for them
    data["title_en"] = "Translated again"
    response = translator.post(url, {**data, "_change_comment": "Fixed the English title"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_en == "Translated again"


# --- the editor's comment on a change


def test_the_editors_comment_is_shown_in_the_history_with_the_changes(editor, draft):
    comment = "Title agreed with <b>the desk</b>"
    assert post_form(editor, admin_url(draft), title_ru="Новый заголовок", _change_comment=comment).status_code == 302
    page = editor.get(f"/en/admin/news/article/{draft.pk}/history/").content.decode()
    assert "Title agreed with &lt;b&gt;the desk&lt;/b&gt;" in page
    assert "<b>the desk</b>" not in page
    assert "Changed title [ru]" in page
    # An empty comment keeps the plain list of changes.
    assert post_form(editor, admin_url(draft), title_ru="Ещё один").status_code == 302
    history = parse(editor.get(f"/en/admin/news/article/{draft.pk}/history/").content)
    comments = [row.select("td")[-1].get_text(" ", strip=True) for row in history.select("#change-history tbody tr")]
    assert any(comment.startswith("Changed title [ru]") and "Comment" not in comment for comment in comments)
    assert any("Title agreed with <b>the desk</b>" in comment for comment in comments)


def test_the_comment_box_is_on_the_change_form(editor, draft):
    page = editor.get(admin_url(draft)).content.decode()
    assert 'name="_change_comment"' in page
    assert "Comment on this change" in page
    assert "css/admin-content.css" in page  # the body editor's height and the notice's look


# --- captions and credits


def test_caption_and_credit_are_shown_under_the_cover_in_kazakh_and_russian(client, seeded):
    article = Article.objects.filter(status="published", published_at__lte=timezone.now()).first()
    article.cover_image.name = "news/cover.jpg"
    captions = (("kk", "Алаңдағы жиын", "Ұлттық агенттік"), ("ru", "Собрание на площади", "Нацагентство"))
    for code, caption, credit in captions:
        setattr(article, f"cover_alt_{code}", "alt")
        setattr(article, f"cover_caption_{code}", caption)
        setattr(article, f"cover_credit_{code}", credit)
    article.save()
    # (The "Photo:" label is in the page's language once the catalogues have it.)
    for code, caption, credit in captions:
        page = parse(client.get(f"/{code}/news/{article.slug}/").content)
        figure = page.select_one("figure.cover-figure")
        assert figure.select_one("img")
        assert figure.select_one("figcaption .caption").get_text(strip=True) == caption
        assert figure.select_one("figcaption .credit").get_text(" ", strip=True).endswith(credit)
        assert figure.select_one("figcaption .credit [lang]").get_text(strip=True)


def test_a_members_photo_caption_credit_and_biography_sources(client, seeded):
    member = Member.objects.filter(is_published=True).first()
    member.photo.name = "commission/photo.jpg"
    member.photo_alt_kk, member.photo_alt_ru = "сурет", "фото"
    member.photo_caption_kk, member.photo_caption_ru = "Астанада, 2025", "В Астане, 2025"
    member.photo_credit_kk, member.photo_credit_ru = "Ақорда", "Акорда"
    member.biography_kk = member.biography_kk or "Өмірбаяны."
    member.biography_ru = member.biography_ru or "Биография."
    member.biography_source_kk = "Akorda (akorda.kz); Kazinform (inform.kz)"
    member.biography_source_ru = "Акорда (akorda.kz); Казинформ (inform.kz)"
    member.biography_source_url = "https://www.akorda.kz/ru/appointments/1"
    member.save()
    for code, caption, credit in (("kk", "Астанада, 2025", "Ақорда"), ("ru", "В Астане, 2025", "Акорда")):
        page = parse(client.get(f"/{code}/{member.get_absolute_url()[4:]}").content)
        figure = page.select_one("figure.member__photo")
        assert figure.select_one("img")
        assert figure.select_one("figcaption .caption").get_text(strip=True) == caption
        assert figure.select_one("figcaption .credit").get_text(" ", strip=True).endswith(credit)
        source = page.select_one("article.member .source")
        assert source is not None and len(source.select("a")) >= 1


# --- the admin's front page


def test_the_admin_home_lists_scheduled_news_and_content_missing_a_language(editor, seeded):
    scheduled = Article.objects.create(
        title_kk="Алдағы",
        title_ru="Предстоящая",
        title_en="Upcoming",
        lead_kk="А.",
        lead_ru="Б.",
        lead_en="C.",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() + datetime.timedelta(days=2),
        slug="upcoming",
    )
    member = Member.objects.filter(is_published=True).first()
    Member.objects.filter(pk=member.pk).update(position_en="")
    page = parse(editor.get("/en/admin/").content)
    scheduled_links = [a["href"] for a in page.select("#scheduled-articles a")]
    assert f"/en/admin/news/article/{scheduled.pk}/change/" in scheduled_links
    missing = {a["href"]: a for a in page.select("#needs-translation a")}
    assert "/en/admin/commission/member/?missing=en" in missing
    listed = editor.get("/en/admin/commission/member/?missing=en")
    assert listed.status_code == 200
    assert str(member) in listed.content.decode()
    # The last changes, with who made them.
    assert post_form(editor, admin_url(scheduled), title_en="Upcoming soon").status_code == 302
    changes = editor.get("/en/admin/").content.decode()
    recent = parse(changes).select_one("#recent-changes")
    assert "Upcoming" in recent.get_text() and "editor" in recent.get_text()


def test_restoring_a_version_published_without_a_language_needs_no_second_confirmation(editor, draft):
    from reversion.models import Version

    assert post_form(editor, admin_url(draft), status="published", _publish_incomplete="1").status_code == 302
    incomplete = Version.objects.get_for_object(draft).first()
    assert post_form(editor, admin_url(draft), title_en="Draft", lead_en="Short.").status_code == 302
    revision_url = f"/en/admin/news/article/{draft.pk}/history/{incomplete.pk}/"
    assert editor.post(revision_url, form_as_shown(editor, revision_url)).status_code == 302
    draft.refresh_from_db()
    assert draft.status == "published" and draft.missing_languages == ["en"]
