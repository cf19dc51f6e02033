"""The open-data API: all languages in each record, published content only, valid against its OpenAPI
description, with conditional GET."""

import re

import pytest
from jsonschema import Draft202012Validator

from referendum.news.models import Article
from referendum.provisions.models import Provision

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


def test_lists_are_paginated(client, seeded):
    for n in range(25):
        Provision.objects.create(title_en=f"Extra {n}", explanation_en="x")
    first = client.get("/api/v1/provisions/").json()
    assert first["count"] == 33
    assert len(first["items"]) == 20
    assert len(client.get("/api/v1/provisions/", {"page": 2}).json()["items"]) == 13
    assert client.get("/api/v1/provisions/", {"page": "x"}).status_code in (400, 422)


def test_only_published_content_is_offered(client, seeded):
    Article.objects.filter(slug="official-results").update(status="draft")
    Provision.objects.filter(slug="halyk-kenesi").update(is_published=False)
    slugs = [item["slug"] for item in client.get("/api/v1/news/").json()["items"]]
    assert "official-results" not in slugs
    assert client.get("/api/v1/news/official-results/").status_code == 404
    assert client.get("/api/v1/provisions/halyk-kenesi/").status_code == 404


@pytest.mark.parametrize("path", ["/api/v1/news/", "/api/v1/referendum/", "/api/v1/provisions/halyk-kenesi/"])
def test_conditional_get_answers_304(client, seeded, path):
    first = client.get(path)
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    Provision.objects.filter(slug="halyk-kenesi").first().save()
    Article.objects.first().save()
    from referendum.vote.models import Referendum

    Referendum.objects.first().save()
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code in (200, 304)


def test_the_open_data_page_documents_the_api_and_its_licence(client, seeded):
    page = client.get("/ru/open-data/").content.decode()
    assert "/api/v1/openapi.json" in page
    assert "CC BY 4.0" in page
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"cdn" not in docs.content.lower()
