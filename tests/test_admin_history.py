"""The admin's history shows what changed; "View on site" and `make run` name the configured address."""

import subprocess
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from reversion.models import Version

from referendum.news.models import Article

from .admin_forms import admin_url, form_as_shown
from .pages import parse

ROOT = Path(__file__).resolve().parent.parent


# --- View on site and `make run`


def test_view_on_site_redirects_to_the_configured_address(editor, settings):
    settings.SITE_DOMAIN = "127.0.0.1:8001"
    article = Article.objects.get(slug="official-results")
    page = parse(editor.get(f"/en/admin/news/article/{article.pk}/change/").content.decode())
    link = page.select_one("a.viewsitelink")["href"]
    response = editor.get(link)
    assert response.status_code == 302
    assert response["Location"] == f"http://127.0.0.1:8001{article.get_absolute_url()}"
    assert response["Location"].startswith("http://127.0.0.1:8001/en/news/")


def test_view_on_site_is_for_staff_only_and_404s_for_an_unknown_object(editor):
    article = Article.objects.get(slug="official-results")
    page = parse(editor.get(f"/en/admin/news/article/{article.pk}/change/").content.decode())
    link = page.select_one("a.viewsitelink")["href"]
    assert editor.get(link.rstrip("/").rsplit("/", 1)[0] + "/999999/").status_code == 404
    editor.logout()
    assert editor.get(link).status_code == 302
    assert "/admin/login/" in editor.get(link)["Location"]


def make_dry_run(*arguments, env=None):
    """`make -n run ...` with a probe prerequisite that prints the environment `run` gives its commands (a `+`
    line runs even in a dry run; nothing else does)."""
    probe = 'run: site-domain-probe\nsite-domain-probe:\n\t+@echo "probe SITE_DOMAIN=$$SITE_DOMAIN"\n'
    result = subprocess.run(
        ["make", "-n", "-f", "Makefile", "-f", "-", "run", *arguments],
        cwd=ROOT,
        input=probe,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout


@pytest.mark.skipif(subprocess.run(["which", "make"], capture_output=True).returncode, reason="no make")
def test_make_run_names_the_port_it_serves_unless_site_domain_is_given():
    import os

    env = {key: value for key, value in os.environ.items() if key not in ("SITE_DOMAIN", "MAKEFLAGS", "MFLAGS")}
    output = make_dry_run("PORT=8001", env=env)
    assert "probe SITE_DOMAIN=127.0.0.1:8001" in output
    assert "runserver 127.0.0.1:8001" in output
    assert "probe SITE_DOMAIN=portal.example.kz" in make_dry_run("PORT=8001", "SITE_DOMAIN=portal.example.kz", env=env)
    assert "probe SITE_DOMAIN=referendum.kz" in make_dry_run("PORT=8001", env={**env, "SITE_DOMAIN": "referendum.kz"})


# --- History: what changed between two versions


def save_versions(client, article, *versions):
    """Saves each version of the article's fields through its change form, read afresh for each save (a form read
    before the previous save would be refused as stale: referendum/core/admin_safety.py)."""
    url = admin_url(article)
    for changes in versions:
        response = client.post(url, form_as_shown(client, url, **changes))
        assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()


@pytest.fixture
def two_versions(editor):
    article = Article.objects.get(slug="official-results")
    save_versions(
        editor,
        article,
        {"title_kk": "Сайлау комиссиясы нәтижелерді жариялады", "title_en": "Commission publishes results"},
        {
            "title_kk": "Сайлау комиссиясы қорытындыны жариялады",
            "title_en": "Commission publishes <b>final</b> results",
        },
    )
    newer, older = Version.objects.get_for_object(article)[:2]
    return article, older, newer


def compare_url(article, older, newer, language="en"):
    return f"/{language}/admin/news/article/{article.pk}/history/compare/?version_a={older.pk}&version_b={newer.pk}"


def test_the_history_page_offers_to_compare_two_versions(editor, two_versions):
    article, older, newer = two_versions
    page = parse(editor.get(f"/en/admin/news/article/{article.pk}/history/").content.decode())
    form = page.select_one("#content-main form")
    assert form["action"] == f"/en/admin/news/article/{article.pk}/history/compare/"
    assert {int(radio["value"]) for radio in form.select("input[name=version_a]")} >= {older.pk, newer.pk}
    assert form.select_one("input[name=version_b][checked]")["value"] == str(newer.pk)
    assert form.select_one("input[name=version_a][checked]")["value"] == str(older.pk)


def test_the_compare_page_shows_each_changed_language_word_by_word(editor, two_versions):
    article, older, newer = two_versions
    response = editor.get(compare_url(article, older, newer))
    assert response.status_code == 200
    html = response.content.decode()
    page = parse(html)
    rows = {row.th.get_text(strip=True): row.td for row in page.select(".history-compare tbody tr") if row.td}
    kk, en = rows["Title [kk]"], rows["Title [en]"]
    assert [d.get_text() for d in kk.find_all("del")] == ["нәтижелерді"]
    assert [i.get_text() for i in kk.find_all("ins")] == ["қорытындыны"]
    assert kk.get_text().startswith("Сайлау комиссиясы")
    assert [i.get_text() for i in en.find_all("ins")] == ["<b>final</b> "]
    assert "&lt;b&gt;final&lt;/b&gt;" in html  # escaped, never markup
    assert "Title [ru]" not in rows  # unchanged languages are not listed
    assert "editor (Aigerim Sadykova)" in page.get_text(" ", strip=True)
    versions = page.select(".history-compare .module")[0].get_text(" ", strip=True)
    assert versions.count("editor (Aigerim Sadykova)") == 2  # who saved each version
    assert versions.count("Changed title [kk] and title [en].") == 2  # and the comment


def test_the_compare_page_speaks_the_admin_language(editor, two_versions):
    article, older, newer = two_versions
    page = parse(editor.get(compare_url(article, older, newer, "ru")).content.decode())
    labels = [row.th.get_text(strip=True) for row in page.select(".history-compare tbody tr") if row.td]
    assert any(label.endswith("[kk]") and not label.startswith("Title") for label in labels), labels


def test_the_compare_page_is_for_staff_only(client, two_versions):
    article, older, newer = two_versions
    client.logout()
    response = client.get(compare_url(article, older, newer))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?version_a=1",
        "?version_a=x&version_b=2",
        "?version_a=999999&version_b=999998",
        "?version_a=1&version_b=1e3",
        "?version_a=99999999999999999999&version_b=1",
    ],
)
def test_bad_version_ids_are_404(editor, two_versions, query):
    article = two_versions[0]
    assert editor.get(f"/en/admin/news/article/{article.pk}/history/compare/{query}").status_code == 404


def test_a_version_of_another_item_is_404(editor, two_versions):
    article, older, newer = two_versions
    other = Article.objects.exclude(pk=article.pk).first()
    assert editor.get(compare_url(other, older, newer)).status_code == 404


def test_the_versions_of_a_deleted_item_can_still_be_compared(editor, two_versions):
    article, older, newer = two_versions
    pk = article.pk
    article.delete()
    response = editor.get(f"/en/admin/news/article/{pk}/history/compare/?version_a={older.pk}&version_b={newer.pk}")
    assert response.status_code == 200
    assert "қорытындыны" in response.content.decode()
    assert editor.get(f"/en/admin/news/article/{pk}/history/compare/?version_a=1&version_b=2").status_code == 404


def test_a_comparison_lists_the_fields_in_the_order_of_the_change_form():
    """Fields a model inherits (the counted votes, VoteCount) come first in the model, not on the form."""
    checked = []
    for model, model_admin in admin.site._registry.items():
        if not hasattr(model_admin, "compared_fields") or not model_admin.fieldsets:
            continue
        on_form = flatten_fieldsets(model_admin.fieldsets)
        shown = [field.name for field in model_admin.compared_fields()]
        bases = [name if name in on_form else name.rsplit("_", 1)[0] for name in shown]
        in_form_order = [name for name in dict.fromkeys(bases) if name in on_form]
        assert in_form_order == [name for name in on_form if name in in_form_order], model
        checked.append(model._meta.label)
    assert "vote.Referendum" in checked


def test_the_compare_page_shows_rich_text_as_text_not_tags(editor):
    article = Article.objects.get(slug="official-results")
    save_versions(editor, article, {"body_en": "<p>First paragraph.</p><p>Second one.</p>"})
    save_versions(editor, article, {"body_en": "<p>First paragraph.</p><p>Second, corrected.</p>"})
    newer, older = Version.objects.get_for_object(article)[:2]
    page = parse(editor.get(compare_url(article, older, newer)).content.decode())
    rows = {row.th.get_text(strip=True): row.td for row in page.select(".history-compare tbody tr") if row.td}
    body = rows["Body [en]"]
    assert "<p>" not in body.get_text() and "&lt;p&gt;" not in str(body)
    assert "one." in " ".join(d.get_text() for d in body.find_all("del"))
    assert "corrected." in " ".join(i.get_text() for i in body.find_all("ins"))
