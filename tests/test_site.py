"""Site-wide promises: every public page, in every language."""

import io
from datetime import UTC, datetime

import pytest
import time_machine
from django.core import checks
from django.core.management import call_command

from .pages import LANGUAGES, parse


@pytest.mark.xdist_group("public_pages")
def test_every_public_page_answers_in_its_language_with_one_h1_and_alternates(seeded, public_pages, public_soups):
    assert len(public_pages) > 3 * 14
    for (language, path), response in public_pages.items():
        assert path.startswith(f"/{language}/"), path
        assert response.status_code == 200, path
        html = public_soups[language, path]
        assert html.html["lang"] == language
        assert len(html.find_all("h1")) == 1, path
        alternates = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate", hreflang=True)}
        assert set(alternates) == {"kk", "ru", "en", "x-default"}, path
        for other in LANGUAGES:
            assert alternates[other] == "http://testserver" + path.replace(f"/{language}/", f"/{other}/", 1)
        assert alternates["x-default"] == alternates["kk"]
        canonical = html.find("link", rel="canonical")
        assert canonical["href"] == "http://testserver" + path


@pytest.mark.xdist_group("public_pages")
def test_language_switcher_posts_to_the_same_page_in_each_other_language(seeded, public_soups):
    for (language, path), html in public_soups.items():
        switcher = html.find("nav", class_="languages")
        targets = {
            form.find("input", attrs={"name": "language"})["value"]: form.find("input", attrs={"name": "next"})["value"]
            for form in switcher.find_all("form")
        }
        assert set(targets) == set(LANGUAGES) - {language}
        for other, target in targets.items():
            assert target == path.replace(f"/{language}/", f"/{other}/", 1)
        assert switcher.find(attrs={"aria-current": "true"})["lang"] == language


def test_choosing_a_language_goes_there_and_is_remembered_at_the_root(client, seeded):
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/ru/"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/ru/"


def test_the_root_follows_accept_language_then_falls_back_to_kazakh(client, seeded):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")["Location"] == "/ru/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE")["Location"] == "/kk/"
    assert client.get("/")["Location"] == "/kk/"


def test_switching_language_refuses_to_redirect_off_site(client, seeded):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")],
)
def test_unknown_urls_answer_a_translated_404(client, seeded, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = parse(response.content)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == heading


def test_an_unprefixed_unknown_url_is_a_404_in_the_visitors_language(client, seeded):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 404
    assert parse(response.content).h1.get_text(strip=True) == "Страница не найдена"


def test_no_migrations_are_pending(db):
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)  # exits with 1 if one is missing
    assert out.getvalue().strip() == "No changes detected"


def test_security_headers_and_a_script_policy_without_unsafe_inline(client, seeded):
    response = client.get("/kk/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["default-src"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.xdist_group("public_pages")
def test_pages_load_nothing_from_another_host(seeded, public_soups):
    for (_language, path), html in public_soups.items():
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in html.find_all(tag):
                url = element.get(attribute, "")
                if tag == "link" and element.get("rel") in (["alternate"], ["canonical"]):
                    continue
                assert not url.startswith(("http://", "https://", "//")), (path, url)


def test_the_500_page_is_translated_and_needs_no_database(rf):
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override("ru"):
        response = server_error(rf.get("/ru/"))
    assert response.status_code == 500
    assert "Что-то пошло не так" in response.content.decode()


@pytest.mark.parametrize(
    "utc", [datetime(2026, 11, 28, 7, 0, 3, tzinfo=UTC), datetime(2026, 11, 28, 20, 0, 3, tzinfo=UTC)]
)
def test_the_system_check_is_clean_whatever_the_time_it_runs(utc):
    """A fixed time as a field's default draws fields.W161 when the check runs within seconds of it."""
    with time_machine.travel(utc, tick=False):
        assert [message.id for message in checks.run_checks()] == []


@pytest.mark.parametrize(
    ("model_path", "field"),
    [
        ("news.Article", "status"),
        ("provisions.Provision", "change"),
        ("commission.Member", "role"),
        ("vote.Referendum", "results_status"),
        ("vote.Region", "kind"),
    ],
)
def test_the_database_refuses_a_choice_the_model_does_not_offer(seeded, model_path, field):
    """Bulk updates and raw SQL skip the forms' choice checks: the database keeps to the choices itself."""
    from django.apps import apps
    from django.db import IntegrityError, transaction

    model = apps.get_model(model_path)
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.update(**{field: "bogus"})
