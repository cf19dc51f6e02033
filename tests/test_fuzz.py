"""Hostile input, systematically: random paths, query strings and headers on every public route never get a
500, and the API answers what its OpenAPI description promises (schemathesis)."""

from urllib.parse import quote, urlencode

import hypothesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

CALLS = []
ROUTES = [
    "/{lang}/",
    "/{lang}/news/",
    "/{lang}/news/{slug}/",
    "/{lang}/news/feed/",
    "/{lang}/commission/",
    "/{lang}/commission/{slug}/",
    "/{lang}/provisions/",
    "/{lang}/provisions/{slug}/",
    "/{lang}/provisions/{slug}/languages/",
    "/{lang}/search/",
    "/{lang}/open-data/",
    "/{lang}/calendar.ics",
    "/{lang}/{slug}/",
    "/api/v1/news/{slug}/",
    "/api/v1/provisions/",
    "/sitemap.xml",
    "/sitemap-news.xml",
    "/robots.txt",
]
SLUGS = ["briefing-for-the-diplomatic-corps", "halyk-kenesi", "elvira-azimova", "official-results"]
# Header values travel as bytes, read as Latin-1: a real server never hands Django anything else.
printable = st.characters(min_codepoint=32, max_codepoint=255, blacklist_categories=("Cs", "Cc"))
anything = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)

paths = st.builds(
    lambda route, lang, slug: route.format(lang=lang, slug=quote(slug, safe="")),
    st.sampled_from(ROUTES),
    st.sampled_from(["kk", "ru", "en", "de", "KK", "x"]),
    st.one_of(st.sampled_from(SLUGS), anything.filter(bool)),
)
queries = st.one_of(
    st.just(""),
    st.dictionaries(
        st.sampled_from(["q", "page", "change", "format", "lang", "next"]) | anything, anything, max_size=4
    ).map(urlencode),
    st.text(max_size=60).map(lambda raw: quote(raw, safe="=&%;+")),
)
headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ACCEPT_LANGUAGE": st.text(printable, max_size=40),
        "HTTP_IF_NONE_MATCH": st.text(printable, max_size=40),
        "HTTP_IF_MODIFIED_SINCE": st.text(printable, max_size=40),
        "HTTP_COOKIE": st.one_of(
            st.text(printable, max_size=60).map(lambda value: f"django_language={value}"),
            st.text(printable, max_size=60).map(lambda value: f"sessionid={value}"),
            st.just('sessionid="abcdefgh\\000ijklmnop"'),  # quoted: Django reads \000 as a NUL
        ),
        "HTTP_X_FORWARDED_PROTO": st.sampled_from(["https", "http", "gopher", ""]),
        "HTTP_ACCEPT_ENCODING": st.one_of(
            st.sampled_from(["gzip", "br, gzip;q=0", "*"]), st.text(printable, max_size=30)
        ),
    },
)


@hypothesis.settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=paths, query=queries, extra=headers, page_cache=st.booleans())
def test_no_path_query_or_header_gets_a_500(client, seeded, settings, path, query, extra, page_cache):
    """With the page cache on, as production has it for visitors, each input twice: rendered (the cache emptied
    first, so that no page an earlier input left answers for it), then, where the page may be kept, from the
    cache. With it off, once: the whole query string reaches the views, as it does for signed-in staff (the
    cache keeps only the parameters a view reads)."""
    settings.PAGE_CACHE_SECONDS = 300 if page_cache else 0
    cache.clear()
    for attempt in ("rendered", "again") if page_cache else ("rendered",):
        response = client.get(f"{path}?{query}" if query else path, **extra)
        assert response.status_code < 500, (attempt, path, query, extra, response.status_code)
        if attempt == "rendered":
            assert "X-Cache" not in response or response["X-Cache"] == "miss", (path, query, extra)


def test_the_api_never_fails_and_answers_as_its_openapi_description_says(seeded):
    """Every operation, with schemathesis' generated parameters: no 5xx, and each answer matches the schema."""
    import schemathesis  # here, not above, and its pytest plugin off (pyproject.toml): only this test loads it

    from portal.wsgi import application

    # As Django's test client does: a request must not close the test's own database connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) == 9
        check_operations(operations)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert len(set(CALLS)) == len(operations)  # every operation was really called


def check_operations(operations):
    for operation in operations:

        @hypothesis.settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate()
            CALLS.append(case.path)

        check()
