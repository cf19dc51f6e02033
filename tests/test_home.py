"""The home page says where the referendum stands, in each language, and never outlives its state in a cache."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from referendum.vote.models import Referendum, TimelineEvent

from .pages import parse, text

ALMATY = ZoneInfo("Asia/Almaty")


def home(client, language="en"):
    """The home page's response, for its headers, and its parsed HTML."""
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response, parse(response.content)


@pytest.mark.parametrize(
    ("language", "sentence", "results"),
    [
        (
            "kk",
            "Референдум өткізілген күн: 2026 жылғы 15 наурыз.",
            "Референдум өтті деп танылды, дауысқа салынған шешім қабылданды.",
        ),
        (
            "ru",
            "Референдум прошёл 15 марта 2026 г.",
            "Референдум признан состоявшимся, вынесенное на голосование решение принято.",
        ),
        (
            "en",
            "The referendum took place on 15 March 2026.",
            "The referendum was valid and the decision put to the vote was adopted.",
        ),
    ],
)
def test_after_the_vote_the_page_says_it_took_place_with_the_results(client, seeded, language, sentence, results):
    _, html = home(client, language)
    assert text(html.select_one(".state__lead")) == sentence
    assert results in text(html)
    assert html.select_one(".state time")["datetime"] == "2026-03-15"
    assert html.select_one("[data-countdown]") is None
    assert html.find("script", src=True) is None


@pytest.mark.parametrize(
    ("language", "figures"),
    [
        ("kk", ["12 482 613", "9 127 192 (73,12%)", "қатысқандардың 87,15%\u2011ы", "898 099", "146 558"]),
        ("ru", ["12 482 613", "9 127 192 (73,12%)", "87,15% от принявших участие", "898 099", "146 558"]),
        ("en", ["12,482,613", "9,127,192 (73.12%)", "87.15% of those who took part", "898,099", "146,558"]),
    ],
)
def test_results_are_written_as_each_language_writes_numbers(client, seeded, language, figures):
    body = text(home(client, language)[1]).replace("\xa0", " ")
    for figure in figures:
        assert figure in body


def test_the_question_is_verbatim_and_the_english_one_says_it_is_a_translation(client, seeded):
    kk = text(home(client, "kk")[1])
    ru = text(home(client, "ru")[1])
    en = text(home(client, "en")[1])
    assert "Жобасы бұқаралық ақпарат құралдарында 2026 жылғы 12 ақпанда жарияланған" in kk
    assert "Принимаете ли Вы новую Конституцию Республики Казахстан" in ru
    assert "Иә, қабылдаймын" in kk and "Нет, не принимаю" in ru
    assert "is a translation made for this portal" in en
    assert "translation made for this portal" not in kk + ru


def test_the_timeline_lists_the_key_dates_in_order(client, seeded):
    _, html = home(client, "ru")
    dates = [time["datetime"] for time in html.select(".timeline time")]
    assert dates == sorted(dates)
    assert dates[0] == "2025-09-08"  # the Address that started the reform
    assert "2026-07-01" in dates
    assert "12 февраля 2026 г." in text(html)


@time_machine.travel(datetime(2026, 3, 12, 5, 30, tzinfo=ALMATY), tick=False)
def test_before_the_vote_a_countdown_is_rendered_by_the_server(client, seeded):
    response, html = home(client, "ru")
    countdown = html.select_one("[data-countdown]")
    assert countdown["data-seconds"] == str(3 * 86400 + 1 * 3600 + 30 * 60)
    units = " ".join(countdown.select_one("[role=timer]").get_text(" ").split())
    assert units == "3 дня 1 час 30 минут 0 секунд"
    assert html.select_one(".state time")["datetime"] == "2026-03-15T07:00:00+05:00"
    assert html.find("script", src="/static/js/countdown.js")
    assert html.select_one(".results") is None
    assert "max-age=60" in response["Cache-Control"]


@time_machine.travel(datetime(2026, 3, 14, 23, 59, 30, tzinfo=ALMATY), tick=False)
def test_a_page_rendered_just_before_midnight_expires_at_midnight(client, seeded):
    response, _ = home(client)
    assert "max-age=30" in response["Cache-Control"]


@time_machine.travel(datetime(2026, 3, 15, 0, 0, tzinfo=ALMATY), tick=False)
def test_at_midnight_it_is_voting_day(client, seeded):
    body = text(home(client, "en")[1])
    assert "Today is voting day" in body
    assert "7 hours" in body


@time_machine.travel(datetime(2026, 3, 15, 7, 0, tzinfo=ALMATY), tick=False)
def test_at_seven_the_polls_are_open_until_eight_pm(client, seeded):
    response, html = home(client, "kk")
    assert "Дауыс беру учаскелері бүгін жұмыс істеп тұр. Жабылу уақыты: 20:00" in text(html)
    assert html.select_one("[data-countdown]") is None
    assert "max-age=300" in response["Cache-Control"]


@time_machine.travel(datetime(2026, 3, 15, 19, 58, tzinfo=ALMATY), tick=False)
def test_two_minutes_before_closing_the_page_expires_at_closing(client, seeded):
    response, _ = home(client)
    assert "max-age=120" in response["Cache-Control"]


@time_machine.travel(datetime(2026, 3, 15, 20, 0, tzinfo=ALMATY), tick=False)
def test_at_eight_pm_the_votes_are_being_counted(client, seeded):
    body = text(home(client, "en")[1])
    assert "Voting ended at 20:00. The votes are being counted." in body


def test_without_results_the_page_says_they_will_come(client, seeded):
    Referendum.objects.filter(slug="constitution-2026").update(eligible_voters=None, participants=None, votes_for=None)
    _, html = home(client, "en")
    assert "The official results will be published here" in text(html)
    assert html.select_one(".results") is None


def test_without_a_published_referendum_the_home_page_still_answers(client, no_content):
    _, html = home(client, "kk")
    assert html.h1.get_text(strip=True) == "Референдум"


def test_a_key_date_not_yet_translated_is_shown_whole_in_one_language_with_its_lang_and_a_note(client, seeded):
    event = TimelineEvent.objects.get(date="2026-07-01", status="done", title_en__startswith="The Constitution")
    TimelineEvent.objects.filter(pk=event.pk).update(title_ru="")
    _, html = home(client, "ru")
    item = html.select_one(f"#date-{event.pk}")
    assert item.h3.get("lang") == "kk"  # Russian falls back to Kazakh first (MODELTRANSLATION_FALLBACK_LANGUAGES)
    assert item.h3.get_text() == event.title_kk
    assert [(p.get_text(), p["lang"]) for p in item.select("p[lang]:not(.card__note)")] == [
        (event.description_kk, "kk")
    ]
    assert text(item.select_one(".card__note")) == "Ещё не переведено; показано на казахском языке"
    assert item.select_one(".card__note")["lang"] == "ru"
    others = [li for li in html.select(".timeline__list li") if li is not item]
    assert all(li.h3.get("lang") is None for li in others)


def test_a_referendum_not_yet_translated_is_shown_in_one_language_with_its_lang_and_a_notice(client, seeded):
    Referendum.objects.filter(slug="constitution-2026").update(
        title_en="", question_en="", answer_yes_en="", answer_no_en="", results_source_en=""
    )
    referendum = Referendum.objects.get(slug="constitution-2026")
    _, html = home(client, "en")
    assert html.h1["lang"] == "ru" and html.h1.get_text() == referendum.title_ru
    assert text(html.select_one(".fallback-notice")) == (
        "The referendum's name, question and answers have not been translated into this language yet, so they are"
        " shown in Russian."
    )
    source = html.select_one(".result-card .source [lang]")
    assert (source["lang"], text(source)) == ("ru", referendum.results_source_ru)
    event = json.loads(html.find("script", type="application/ld+json").string)
    assert (event["name"], event["inLanguage"]) == (referendum.title_ru, "ru")
    _, translated = home(client, "ru")
    assert translated.h1.get("lang") is None and translated.select_one(".fallback-notice") is None
