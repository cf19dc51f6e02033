"""The open-data API: all languages in each record, published content only, valid against its OpenAPI
description, with conditional GET."""

import re

import pytest
from django.utils import timezone
from jsonschema import Draft202012Validator

from referendum.news.models import Article
from referendum.provisions.models import Provision
from referendum.vote.models import Referendum

ENDPOINTS = [
    "/api/v1/referendum/",
    "/api/v1/news/",
    "/api/v1/provisions/",
    "/api/v1/commission/",
    "/api/v1/news/briefing-for-the-diplomatic-corps/",
    "/api/v1/provisions/halyk-kenesi/",
]


@pytest.fixture
def openapi(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def response_schema(openapi, path, status="200"):
    """The operation's response schema, with the document's components for its $refs."""
    for template, operations in openapi["paths"].items():
        if re.fullmatch(re.escape(template).replace(r"\{slug\}", "[^/]+"), path):
            schema = operations["get"]["responses"][status]["content"]["application/json"]["schema"]
            return {**schema, "components": openapi["components"]}
    raise AssertionError(f"{path} is not in the OpenAPI description")


@pytest.mark.parametrize("path", ENDPOINTS)
def test_every_response_validates_against_the_openapi_description(client, seeded, openapi, path):
    response = client.get(path)
    assert response.status_code == 200
    errors = list(Draft202012Validator(response_schema(openapi, path)).iter_errors(response.json()))
    assert errors == []


def test_records_carry_every_language(client, seeded):
    provision = client.get("/api/v1/provisions/halyk-kenesi/").json()
    assert provision["title"] == {
        "kk": "Халық Кеңесі — азаматтардың өкілді органы",
        "ru": "Халық Кеңесі — представительный орган граждан",
        "en": "The Halyk Kenesi, a representative body of citizens",
    }
    assert provision["draft_article"] is None
    assert provision["urls"]["ru"] == "http://testserver/ru/provisions/halyk-kenesi/"
    referendum = client.get("/api/v1/referendum/").json()
    assert referendum["results"]["participants"] == 9_127_192
    assert referendum["results"]["is_adopted"] is True
    assert referendum["polls_open"] == "2026-03-15T07:00:00+05:00"
    assert referendum["question_note"]["kk"] is None
    stations = referendum["polling_stations"]
    assert (stations["in_kazakhstan"], stations["abroad"], stations["countries_abroad"]) == (10_388, 71, 54)
    assert stations["voters_on_lists"] == 12_461_796
    assert stations["source"]["ru"].startswith("Центральная комиссия референдума")


def test_lists_are_paginated(client, seeded):
    for n in range(40 - Provision.objects.count()):
        Provision.objects.create(title_en=f"Extra {n}", explanation_en="x")
    first = client.get("/api/v1/provisions/").json()
    assert first["count"] == 40
    assert len(first["items"]) == 20
    assert len(client.get("/api/v1/provisions/", {"page": 2}).json()["items"]) == 20
    assert len(client.get("/api/v1/provisions/", {"page_size": 5}).json()["items"]) == 5
    assert client.get("/api/v1/provisions/", {"page": 99}).json() == {"items": [], "count": 40}


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ({"page": "x"}, "page"),
        ({"page": "0"}, "page"),
        ({"page": str(10**30)}, "page"),
        ({"page_size": "101"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
    ],
)
def test_a_bad_page_or_page_size_is_a_400_that_names_the_parameter(client, seeded, openapi, query, names):
    response = client.get("/api/v1/news/", query)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"{names}: ")
    documented = openapi["paths"]["/api/v1/news/"]["get"]
    assert "400" in documented["responses"]
    size = next(p for p in documented["parameters"] if p["name"] == "page_size")
    assert size["schema"]["maximum"] == 100 and "from 1 to 100" in size["description"]


def test_a_list_page_costs_the_same_queries_at_ten_and_at_a_thousand_articles(
    client, seeded, django_assert_max_num_queries, django_assert_num_queries
):
    # The page's ids, its articles, their members and provisions, and the count.
    with django_assert_max_num_queries(5) as captured:
        assert client.get("/api/v1/news/", {"page": 1}).status_code == 200
    small = len(captured)  # now: the next request empties the log it reads
    now = timezone.now()
    Article.objects.bulk_create(
        Article(title_en=f"Extra {n}", slug=f"extra-{n}", status="published", published_at=now) for n in range(1000)
    )
    assert client.get("/api/v1/news/").json()["count"] > 1000
    for page in (1, 50):
        with django_assert_num_queries(small):
            assert client.get("/api/v1/news/", {"page": page}).status_code == 200


@pytest.mark.parametrize("kind", ["news", "provisions"])
@pytest.mark.parametrize("slug", ["%00", "a%00b", "%C3%A9", "x" * 300], ids=["nul", "nul-inside", "accent", "long"])
def test_a_slug_no_record_can_have_is_a_404_not_a_database_error(client, seeded, kind, slug):
    """PostgreSQL refuses text holding a NUL byte: before the API checked the slug's shape, /api/v1/news/%00/ was a
    500 there (found by tests/test_fuzz.py). On SQLite it was a 404 all along: this fails only on PostgreSQL."""
    response = client.get(f"/api/v1/{kind}/{slug}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


@pytest.mark.parametrize("path", [*ENDPOINTS, "/api/v1/referendum/turnout/"])
def test_every_endpoint_answers_head_with_the_headers_of_get_and_no_body(client, seeded, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
    assert head["Content-Length"] == get["Content-Length"] == str(len(get.content))


def test_any_web_page_may_read_the_open_data_but_not_with_credentials(client, seeded):
    response = client.get("/api/v1/news/", HTTP_ORIGIN="https://data.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "Origin" not in response.get("Vary", "")
    preflight = client.options(
        "/api/v1/news/",
        HTTP_ORIGIN="https://data.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD"
    assert preflight["Access-Control-Allow-Headers"] == "If-None-Match"
    assert "Access-Control-Allow-Origin" not in client.get("/en/news/")


def test_only_published_content_is_offered(client, seeded):
    Article.objects.filter(slug="official-results").update(status="draft")
    Provision.objects.filter(slug="halyk-kenesi").update(is_published=False)
    slugs = [item["slug"] for item in client.get("/api/v1/news/").json()["items"]]
    assert "official-results" not in slugs
    assert client.get("/api/v1/news/official-results/").status_code == 404
    assert client.get("/api/v1/provisions/halyk-kenesi/").status_code == 404


@pytest.mark.parametrize("path", ["/api/v1/news/", "/api/v1/referendum/", "/api/v1/provisions/halyk-kenesi/"])
def test_conditional_get_answers_304_until_the_content_changes(client, seeded, path):
    first = client.get(path)
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    # Revalidation goes by ETag alone: a date cannot show that an item was deleted or unpublished.
    assert not first.has_header("Last-Modified")
    Provision.objects.filter(slug="halyk-kenesi").update(title_en="Halyk Kenesi, renamed")
    Article.objects.filter(slug="official-results").delete()
    Referendum.objects.filter(slug="constitution-2026").update(title_en="Renamed")
    changed = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


@pytest.mark.django_db
def test_after_a_delete_a_cached_list_no_longer_answers_304(client, seeded, page_cache_on):
    first = client.get("/api/v1/news/")
    assert client.get("/api/v1/news/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    Article.objects.get(slug="official-results").delete()
    assert client.get("/api/v1/news/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_the_open_data_page_documents_the_api_and_its_licence(client, seeded):
    page = client.get("/ru/open-data/").content.decode()
    assert "/api/v1/openapi.json" in page
    assert "CC BY 4.0" in page
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"cdn" not in docs.content.lower()
