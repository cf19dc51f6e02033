"""Every republican referendum has its page and its place in the archive; the home page tells the current one
(the next still to come, else the latest held), and staff add the next one without a developer."""

import csv
import importlib
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from referendum.vote.models import Referendum

from .admin_forms import form_as_shown
from .pages import all_public_paths, page, parse, text

ALMATY = ZoneInfo("Asia/Almaty")
TODAY = datetime(2026, 12, 7, 12, tzinfo=ALMATY)
NEXT_VOTE = date(2027, 12, 5)  # a made-up referendum staff add a year ahead, for the test only
EARLIER_DATES = ["2024-10-06", "2022-06-05", "1995-08-30", "1995-04-29"]

ARCHIVE = {
    # language: the figures of all five as each language writes them (turnout, then share in favour)
    "kk": ["73,12", "87,15", "63,66", "71,12", "68,05", "77,18", "90,58", "89,14", "91,21", "95,47"],
    "ru": ["73,12", "87,15", "63,66", "71,12", "68,05", "77,18", "90,58", "89,14", "91,21", "95,47"],
    "en": ["73.12", "87.15", "63.66", "71.12", "68.05", "77.18", "90.58", "89.14", "91.21", "95.47"],
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_archive_lists_all_five_newest_first_with_their_figures(client, seeded, language):
    html = page(client, f"/{language}/referendums/")
    rows = html.select("table.data tbody tr")
    links = [row.select_one("th a")["href"] for row in rows]
    assert links == [f"/{language}/referendums/{day}/" for day in ["2026-03-15", *EARLIER_DATES]]
    cells = [text(cell) for row in rows for cell in row.select("td.num")]
    assert cells == ARCHIVE[language]
    assert len(html.select("svg.chart__svg rect.chart__bar")) == 10  # two bars each, with the table beside it
    assert html.select_one(f'nav a[href="/{language}/referendums/"]') is not None  # in the menu


@pytest.mark.parametrize(
    ("language", "day", "question", "status", "source"),
    [
        ("ru", "2022-06-05", "Принимаете ли Вы изменения и дополнения в Конституцию", "Окончательные итоги", "Sputnik"),
        ("kk", "2022-06-05", "Конституциясына өзгерістер мен толықтыруларды қабылдайсыз ба?", "Түпкілікті", "Sputnik"),
        ("en", "2022-06-05", "Do you accept the amendments and additions", "Final results", "The Astana Times"),
        ("ru", "2024-10-06", "Согласны ли Вы со строительством атомной электростанции", "Предварительные", "azattyq"),
        ("en", "1995-08-30", "published in the press on the first of August 1995", "Final results", "sudd.ch"),
        ("kk", "1995-04-29", "2000 жылғы 1 желтоқсанға дейін ұзарту туралы", "Түпкілікті", "sudd.ch"),
    ],
)
def test_each_referendum_page_shows_its_question_status_and_sources(
    client, seeded, language, day, question, status, source
):
    html = page(client, f"/{language}/referendums/{day}/")
    assert question in text(html.select_one(".question"))
    assert status in text(html.select_one(".result-card"))
    assert source in text(html.select_one(".result-card .source"))


def test_a_description_is_marked_as_one_and_reference_figures_say_so(client, seeded):
    april = page(client, "/en/referendums/1995-04-29/")
    assert "no verbatim wording of the question was found" in text(april.select_one(".question"))
    assert april.select_one(".question blockquote") is None  # not shown as a quotation
    assert "From reference databases of election results" in text(april.select_one(".result-card"))
    june = page(client, "/en/referendums/2022-06-05/")
    assert june.select_one(".question blockquote") is not None
    assert "From reference databases" not in text(june)


def test_the_outcome_is_worked_out_from_the_rules_never_typed_in(client, seeded):
    rules_2022 = text(page(client, "/en/referendums/2022-06-05/").select_one(".rules"))
    assert "in at least two thirds of the regions, the cities of republican significance and the capital" in rules_2022
    verdict = text(page(client, "/en/referendums/2022-06-05/").select_one(".verdict"))
    assert "not worked out here" in verdict  # no turnout threshold in the sources, no results by region
    referendum = Referendum.objects.get(voting_date=date(2022, 6, 5))
    referendum.turnout_threshold_percent = 50
    referendum.regions_total, referendum.regions_in_favour = 17, 12
    referendum.save()
    checks = text(page(client, "/en/referendums/2022-06-05/").select_one(".checks"))
    assert "in 12 of 17 regions" in checks and "Adopted" in checks
    referendum.regions_in_favour = 11  # fewer than two thirds of 17
    referendum.save()
    assert "Not adopted" in text(page(client, "/en/referendums/2022-06-05/").select_one(".checks"))
    assert "valid and the decision put to the vote was adopted" in text(page(client, "/en/").select_one(".verdict"))


def test_sections_a_referendum_lacks_are_absent(client, seeded):
    html = page(client, "/en/referendums/1995-08-30/")
    assert html.select_one(".timeline") is None
    assert "Turnout through the day" not in text(html)
    assert "More about this referendum" not in text(html)  # the Commission and provisions are about 2026
    assert client.get("/en/referendums/1995-08-30/turnout/").status_code == 404
    reform = page(client, "/en/referendums/2026-03-15/")
    assert reform.select_one(".timeline") is not None
    assert "More about this referendum" in text(reform)


def test_the_first_addresses_redirect_for_good_and_bad_dates_are_404(client, seeded):
    response = client.get("/ru/turnout/?at=1600")
    assert response.status_code == 301
    assert response["Location"] == "/ru/referendums/2026-03-15/turnout/?at=1600"
    assert client.get("/ru/turnout/regions.csv")["Location"] == "/ru/referendums/2026-03-15/turnout/regions.csv"
    for path in ("/en/referendums/2022-02-30/", "/en/referendums/2023-01-01/", "/api/v1/referendums/2022-02-30/"):
        assert client.get(path).status_code == 404, path


def test_the_api_lists_every_referendum_and_gives_each_with_turnout(client, seeded):
    listing = client.get("/api/v1/referendums/")
    assert listing.status_code == 200 and listing["ETag"]
    items = listing.json()["items"]
    assert [item["id"] for item in items] == ["2026-03-15", *EARLIER_DATES]
    april = items[-1]
    assert april["question_wording"] == "description" and april["results"]["from_reference_databases"] is True
    assert april["results"]["is_valid"] is None  # no rule in the sources: no outcome
    detail = client.get("/api/v1/referendums/2026-03-15/").json()
    assert detail["results"]["is_adopted"] is True and detail["turnout"]["snapshots"]
    assert client.get("/api/v1/referendums/2024-10-06/").json()["turnout"]["snapshots"] == []
    openapi = client.get("/api/v1/openapi.json").content.decode()
    assert "/api/v1/referendums/{referendum_id}/" in openapi


def test_the_results_csv_has_every_referendum_for_spreadsheets(client, seeded):
    response = client.get("/ru/referendums/results.csv")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Дата голосования"
    assert [row[0] for row in rows[1:]] == ["2026-03-15", *EARLIER_DATES]
    assert rows[-1][4] == "91.21" and rows[-1][6] == "95.47"


def test_the_migration_adds_the_earlier_referendums_and_leaves_staff_edits_alone(seeded):
    migration = importlib.import_module("referendum.vote.migrations.0012_earlier_referendums")
    from django.apps import apps

    edited = Referendum.objects.get(voting_date=date(2022, 6, 5))
    edited.title_en = "Edited by staff"
    edited.save()
    Referendum.objects.filter(voting_date=date(1995, 4, 29)).delete()
    reform = Referendum.objects.get(slug="constitution-2026")
    reform.decision_en = "Written by staff"
    reform.save()
    migration.add_earlier_referendums(apps, None)
    assert Referendum.objects.get(voting_date=date(2022, 6, 5)).title_en == "Edited by staff"
    assert Referendum.objects.get(voting_date=date(1995, 4, 29)).participants == 8_309_637  # added back
    assert Referendum.objects.get(slug="constitution-2026").decision_en == "Written by staff"
    assert Referendum.objects.count() == 5


def test_the_seed_and_the_migration_give_the_2026_referendum_the_same_texts():
    migration = importlib.import_module("referendum.vote.migrations.0012_earlier_referendums")
    from referendum.vote.seed import REFERENDUM

    assert {field: REFERENDUM[field] for field in migration.REFORM_TEXTS} == migration.REFORM_TEXTS


@pytest.mark.parametrize("count", [0, 2])
def test_with_none_or_two_published_no_public_address_is_a_500(client, seeded, count):
    paths = [path for _language, path in all_public_paths()]
    Referendum.objects.exclude(voting_date__in=[date(2026, 3, 15), date(2022, 6, 5)][:count]).update(is_published=False)
    extra = [
        "/calendar.ics",
        "/sitemap.xml",
        "/sitemap-referendums.xml",
        "/sitemap-turnout.xml",
        "/api/v1/referendums/",
        "/api/v1/referendum/",
        "/api/v1/referendum/turnout/",
        "/api/v1/referendums/2026-03-15/",
        "/en/news/feed/",
        "/en/search/?q=referendum",
    ]
    for path in [*paths, *extra, *[f"/{language}{path}" for language in ("kk", "ru", "en") for path in extra[:1]]]:
        status = client.get(path).status_code
        assert status in (200, 301, 302, 404), (path, status)
    assert client.get("/en/referendums/").status_code == 200


def add_next_referendum(superuser_client):
    """What a member of staff does in the admin: a referendum a year ahead, with its question and a key date."""
    url = reverse("admin:vote_referendum_add")
    with translation.override("en"):
        data = form_as_shown(
            superuser_client,
            url,
            title_kk="Келесі республикалық референдум",
            title_ru="Следующий республиканский референдум",
            title_en="The next republican referendum",
            slug="next-referendum",
            voting_date=NEXT_VOTE.isoformat(),
            polls_open="07:00",
            polls_close="20:00",
            question_kk="Сынақ сұрағы?",
            question_ru="Тестовый вопрос?",
            question_en="A test question?",
        )
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    referendum = Referendum.objects.get(slug="next-referendum")
    # Its key dates have a page of their own, the referendum chosen from the link on its form.
    form_page = parse(superuser_client.get(reverse("admin:vote_referendum_change", args=[referendum.pk])).content)
    add_link = next(a["href"] for a in form_page.select(".field-key_dates a") if "/add/" in a["href"])
    with translation.override("en"):
        data = form_as_shown(
            superuser_client,
            add_link,
            date="2027-10-01",
            title_kk="Референдум тағайындалды",
            title_ru="Референдум назначен",
            title_en="The referendum is called",
            status="done",
        )
    assert data["referendum"] == str(referendum.pk)  # preselected
    response = superuser_client.post(add_link, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Referendum.objects.get(slug="next-referendum")


def test_staff_add_the_next_referendum_and_the_portal_follows_it_through_its_day(superuser_client, client, seeded):
    with time_machine.travel(TODAY, tick=False):
        referendum = add_next_referendum(superuser_client)
        assert referendum.timeline.count() == 1
        home = page(client, "/en/")
        assert text(home.select_one("h1")) == "The next republican referendum"
        assert home.select_one("[data-countdown]") is not None  # the countdown follows the new one
        assert "362 days 19 hours" in text(home.select_one(".countdown"))
        previous = home.select_one(".other-referendums a")
        assert previous["href"] == "/en/referendums/2026-03-15/"  # the 2026 record, one click from home
        assert page(client, previous["href"]).select_one(".result-card") is not None
        assert "The next republican referendum" in client.get("/en/calendar.ics").content.decode()
        assert client.get("/api/v1/referendum/").json()["id"] == NEXT_VOTE.isoformat()
        assert "7,954,667" in text(page(client, "/en/referendums/2026-03-15/"))
    with time_machine.travel(datetime(2027, 12, 5, 10, tzinfo=ALMATY), tick=False):
        assert "Voting is under way" in text(page(client, "/en/"))
        assert client.get("/en/referendums/2027-12-05/turnout/").status_code == 200  # its day: the page is there
    with time_machine.travel(datetime(2027, 12, 6, 12, tzinfo=ALMATY), tick=False):
        home = page(client, "/en/")
        assert "The referendum has taken place" in text(home)
        assert text(home.select_one("h1")) == "The next republican referendum"  # the latest held, until another
        assert [a["href"] for a in page(client, "/en/referendums/").select("tbody th a")][:2] == [
            "/en/referendums/2027-12-05/",
            "/en/referendums/2026-03-15/",
        ]


def test_the_current_referendum_is_the_next_to_come_else_the_latest_held(seeded):
    assert Referendum.objects.current(TODAY).voting_date == date(2026, 3, 15)
    assert Referendum.objects.current(datetime(2024, 10, 6, 21, tzinfo=ALMATY)).voting_date == date(2024, 10, 6)
    assert Referendum.objects.current(datetime(2024, 10, 7, 0, 30, tzinfo=ALMATY)).voting_date == date(2026, 3, 15)
    assert Referendum.objects.current(datetime(1990, 1, 1, tzinfo=ALMATY)).voting_date == date(1995, 4, 29)
    Referendum.objects.update(is_published=False)
    assert Referendum.objects.current(TODAY) is None


def test_a_referendum_without_turnout_figures_has_no_turnout_files(client, seeded):
    for name in ("regions.csv", "national.csv"):
        assert client.get(f"/en/referendums/1995-04-29/turnout/{name}").status_code == 404
        assert client.get(f"/en/referendums/2026-03-15/turnout/{name}").status_code == 200


def test_a_voting_date_past_any_plan_is_a_form_error_not_a_broken_site(superuser_client, client, seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    url = reverse("admin:vote_referendum_change", args=[referendum.pk])
    with translation.override("en"):
        response = superuser_client.post(url, form_as_shown(superuser_client, url, voting_date="9999-12-31"))
    assert response.status_code == 200 and "2100" in response.content.decode()  # the form says the limit
    assert Referendum.objects.get(pk=referendum.pk).voting_date == date(2026, 3, 15)
    assert client.get("/en/").status_code == 200


@pytest.mark.parametrize(
    ("language", "query", "day"),
    [("ru", "атомной", "2024-10-06"), ("en", "nuclear", "2024-10-06"), ("kk", "1995", "1995-08-30")],
)
def test_each_referendum_is_found_by_its_subject_or_year(client, seeded, language, query, day):
    links = [a["href"] for a in page(client, f"/{language}/search/?q={query}").select("main a[href]")]
    assert f"/{language}/referendums/{day}/" in links


def test_a_key_date_or_results_date_past_any_plan_is_refused(seeded):
    from django.core.exceptions import ValidationError

    from referendum.vote.models import TimelineEvent

    referendum = Referendum.objects.get(slug="constitution-2026")
    event = TimelineEvent(referendum=referendum, date=date(9999, 12, 31), title_en="x", title_kk="x", title_ru="x")
    with pytest.raises(ValidationError) as refused:
        event.full_clean()
    assert "date" in refused.value.message_dict  # calendar.ics was a 500 with such a date (no day after it)
    referendum.results_date = date(9999, 12, 31)
    with pytest.raises(ValidationError):
        referendum.full_clean()


def test_a_second_referendum_for_the_reform_sections_is_refused_in_words(seeded):
    from django.core.exceptions import ValidationError

    other = Referendum.objects.get(voting_date=date(2024, 10, 6))
    other.reform_sections = True
    with translation.override("ru"), pytest.raises(ValidationError) as refused:
        other.full_clean()
    assert "снимите отметку" in str(refused.value)


def test_under_the_rule_by_regions_no_national_line_is_drawn_and_the_rules_are_not_denied(client, seeded):
    html = page(client, "/en/referendums/2022-06-05/")
    meters = html.select(".result-card .meter")
    assert len(meters) == 2 and not any(meter.select(".meter__threshold") for meter in meters)
    rules = text(html.select_one(".rules"))
    assert "two thirds of the regions" in rules
    assert "do not describe the rules" not in rules  # it lists one: it says only that a threshold is missing
    assert "do not give every threshold" in rules
    assert page(client, "/en/").select(".result-card .meter__threshold")  # the national rule keeps its lines
