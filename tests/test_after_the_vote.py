"""After the vote: wording in the tense that is true at each moment, only what the sources say, each source
its own link, and the reform's timeline from the sources."""

import importlib
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from referendum.core.sources import source_links, validate_source_links
from referendum.news.models import Article
from referendum.provisions.models import Provision
from referendum.vote.models import Referendum, TimelineEvent
from referendum.vote.timeline_seed import bring_up_to_date

from .pages import page, text, visible

ALMATY = ZoneInfo("Asia/Almaty")
BEFORE = datetime(2026, 3, 10, 12, tzinfo=ALMATY)
DURING = datetime(2026, 3, 15, 12, tzinfo=ALMATY)
AFTER = datetime(2026, 11, 28, 12, tzinfo=ALMATY)

RULES = {
    # moment: (language, words the rules say then, words they must not say then)
    "before": [
        ("en", "Polling stations will be open from", "were open"),
        ("ru", "Участки референдума будут открыты", "были открыты"),
        ("kk", "аралығында ашық болады", "жұмыс істеді"),
    ],
    "during": [
        ("en", "Polling stations are open from", "will be open"),
        ("ru", "Участки референдума открыты с", "будут открыты"),
        ("kk", "аралығында ашық;", "ашық болады"),
    ],
    "after": [
        ("en", "Polling stations were open from", "are open"),
        ("ru", "Участки референдума были открыты", "референдума открыты"),
        ("kk", "аралығында жұмыс істеді", "ашық"),
    ],
}
MOMENTS = {"before": BEFORE, "during": DURING, "after": AFTER}


@pytest.mark.parametrize("moment", ["before", "during", "after"])
def test_how_the_vote_works_is_told_in_the_tense_true_at_the_moment(client, seeded, moment):
    with time_machine.travel(MOMENTS[moment], tick=False):
        for language, said, not_said in RULES[moment]:
            rules = visible(page(client, f"/{language}/"), ".rules")
            assert said in rules, (language, rules)
            assert not_said not in rules, (language, rules)


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [
        ("en", "of the draft Constitution put to the referendum", "of the new Constitution adopted at the referendum"),
        ("ru", "проекта Конституции, вынесенного на референдум", "новой Конституции, принятой на референдуме"),
        ("kk", "референдумға шығарылған Конституция жобасының", "референдумда қабылданған жаңа Конституцияның"),
    ],
)
def test_the_provisions_speak_of_the_draft_before_and_of_the_adopted_constitution_after(
    client, seeded, language, before, after
):
    with time_machine.travel(BEFORE, tick=False):
        lead = visible(page(client, f"/{language}/provisions/"), ".lead")
        assert before in lead and after not in lead
    with time_machine.travel(AFTER, tick=False):
        lead = visible(page(client, f"/{language}/provisions/"), ".lead")
        assert after in lead and before not in lead


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_page_claims_legal_force_for_the_portals_summaries(client, seeded, language):
    for provision in Provision.objects.published():
        text = visible(page(client, f"/{language}/provisions/{provision.slug}/languages/"))
        for claim in ("равную силу", "күші тең", "equal weight", "equal force"):
            assert claim not in text
        assert {"kk": "заңды күші жоқ", "ru": "юридической силы не имеют", "en": "no legal force"}[language] in text


def test_the_explanations_say_only_what_the_briefing_says(seeded):
    texts = " ".join(
        getattr(provision, f"explanation_{code}")
        for provision in Provision.objects.all()
        for code in ("kk", "ru", "en")
    )
    for addition in (
        "citizens themselves decide",
        "решают сами граждане",
        "азаматтардың өздері шешеді",
        "does not change the foundations",
        "не меняет основ",
        "негіздерін өзгертпейді",
    ):
        assert addition not in texts
    assert "exclusively following a nationwide referendum" in texts


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_kind_of_change_is_shown_only_where_a_source_gives_one(client, seeded, language):
    home = visible(page(client, f"/{language}/"))
    provisions = page(client, f"/{language}/provisions/")
    for unstated in ("not stated in the sources", "в источниках не указан", "дереккөздерде көрсетілмеген"):
        assert unstated not in home and unstated not in visible(provisions)
    kurultai = page(client, f"/{language}/provisions/unicameral-kurultai/")
    label = {"kk": "Өзгертілген норма", "ru": "Изменённое положение", "en": "Amended provision"}[language]
    assert visible(kurultai, ".change") == label
    assert page(client, f"/{language}/provisions/entry-into-force/").select_one(".change") is None


def test_the_filter_offers_topics_and_an_old_kind_of_change_link_still_opens(client, seeded):
    options = [option["value"] for option in page(client, "/en/provisions/").select("#id_topic option")]
    assert "rights" in options and "" in options
    assert client.get("/en/provisions/", {"change": "removed"}).status_code == 200  # an old link: everything
    assert page(client, "/en/provisions/").select_one("form.filter")["action"] == "/en/provisions/"


def test_a_provision_filed_under_two_topics_is_listed_once(client, seeded):
    links = [a["href"] for a in page(client, "/en/provisions/").select(".card__title a")]
    assert links.count("/en/provisions/kurultai-elections-timetable/") == 1
    assert len(links) == len(set(links)) == Provision.objects.published().count()


@pytest.mark.parametrize(
    ("slug", "words"),
    [
        ("kurultai-composition", "145 deputies"),
        ("vice-president", "Vice-President"),
        ("single-presidential-term", "one term of seven years"),
        ("constitution-day", "Article 94"),
        ("end-of-1995-parliament", "Article 95"),
    ],
)
def test_the_provisions_the_sources_describe_are_there_with_their_sources(client, seeded, slug, words):
    soup = page(client, f"/en/provisions/{slug}/")
    assert words in visible(soup)
    sources = soup.select("#sources-heading + ul a")
    assert sources and all(link["href"].startswith("https://") for link in sources)


def test_each_source_in_a_line_is_its_own_link(client, seeded):
    article = page(client, "/en/news/official-results/")
    links = {a.get_text(): a["href"] for a in article.select(".source a")}
    assert len(links) >= 2
    assert any("echofm.online/news/" in href for href in links.values())
    timeline = page(client, "/en/").select_one(".timeline")
    results_step = next(li for li in timeline.select("li") if "Preliminary results" in li.get_text())
    hrefs = [a["href"] for a in results_step.select(".source a")]
    assert hrefs == [
        "https://ru.elordainfo.kz/tema-dnya-ru/ozvucheny-predvaritelnye-itogi-referenduma/amp",
        "https://caspianpost.com/kazakhstan/kazakh-citizens-overwhelmingly-approve-new-constitution",
        "http://monitoruldestiri.ro/tag/referendum/over-87-of-voters-in-kazakhstan-approve-new-constitution-in-"
        "referendum-5327730",
    ]


def test_a_source_line_links_only_what_it_names():
    assert source_links("Tengrinews; Kazinform") == [("Tengrinews", ""), ("Kazinform", "")]
    article = "https://astanatimes.com/2026/02/x/"
    assert source_links("The Astana Times, 12 Feb 2026", article) == [("The Astana Times, 12 Feb 2026", article)]
    line = "Kazinform (inform.kz); BAQ.kz, 11.02.2026"
    assert source_links(line) == [("Kazinform (inform.kz)", ""), ("BAQ.kz, 11.02.2026", "")]
    given = "https://rus.baq.kz/15-marta_300032983/\nhttps://www.inform.kz/ru/referendum-725abf"
    assert source_links(line, given) == [
        ("Kazinform (inform.kz)", "https://www.inform.kz/ru/referendum-725abf"),
        ("BAQ.kz, 11.02.2026", "https://rus.baq.kz/15-marta_300032983/"),
    ]
    assert source_links("x@mail.kz; 73.12%") == [("x@mail.kz", ""), ("73.12%", "")]


def test_a_source_never_links_a_home_page():
    assert source_links("Kazinform (inform.kz)", "https://inform.kz/") == [("Kazinform (inform.kz)", "")]
    assert source_links("The Times of Central Asia (timesca.com)", "https://timesca.com/?p=51256") == [
        ("The Times of Central Asia (timesca.com)", "https://timesca.com/?p=51256")
    ]
    with translation.override("en"), pytest.raises(ValidationError, match="is a site's home page"):
        validate_source_links("https://www.inform.kz/ru/x\nhttps://astanatimes.com")


@pytest.mark.parametrize(
    ("language", "scheduled", "unrecorded", "done"),
    [
        ("kk", "Жоспарланған", "Нәтижесі әлі енгізілмеген", "Конституция күшіне енді"),
        ("ru", "Запланировано", "Итог пока не внесён", "Конституция вступила в силу"),
        ("en", "Scheduled", "Outcome not yet recorded", "The Constitution entered into force"),
    ],
)
def test_the_timeline_tells_the_reform_up_to_today(client, seeded, language, scheduled, unrecorded, done):
    timeline = page(client, f"/{language}/").select_one(".timeline")
    steps = timeline.select(".timeline__list > li")
    assert len(steps) == 17
    assert len({step["id"] for step in steps}) == 17
    by_date = {}
    for step in steps:
        by_date.setdefault(step.time["datetime"][:10], []).append(step)
    assert [text(step.select_one(".badge--scheduled")) for step in by_date["2027-03-15"]] == [scheduled]
    assert [text(step.select_one(".badge--unrecorded")) for step in by_date["2026-08-23"]] == [unrecorded]
    in_force = next(step for step in by_date["2026-07-01"] if step.h3.get_text() == done)
    assert in_force.select_one(".badge") is None and "95" in in_force.get_text()  # Article 95 ended the Parliament
    assert "2026-08-01" not in by_date  # the invented deadline is gone
    assert len(timeline.select(".badge")) == 2
    assert all(step.select_one(".source") for step in steps)


def test_a_timeline_seeded_earlier_gets_the_new_steps_and_keeps_what_staff_changed(no_content):
    migration = importlib.import_module("referendum.vote.migrations.0006_reform_timeline")
    referendum = Referendum.objects.create(
        slug="constitution-2026",
        title_en="Referendum",
        title_kk="Референдум",
        voting_date=datetime(2026, 3, 15).date(),
        question_kk="?",
        answer_yes_kk="Иә",
        answer_no_kk="Жоқ",
    )
    for step in migration.EARLIER_STEPS:
        TimelineEvent.objects.create(referendum=referendum, **step)
    edited = TimelineEvent.objects.get(title_en="Referendum day")
    edited.source_name_en = "Staff's own source"
    edited.save()
    earlier = {step["title_en"]: step for step in migration.EARLIER_STEPS}
    bring_up_to_date(TimelineEvent, referendum, earlier)
    assert referendum.timeline.count() == 14
    assert TimelineEvent.objects.get(date=datetime(2026, 3, 15).date()).source_name_en == "Staff's own source"
    entry = TimelineEvent.objects.get(date=datetime(2026, 7, 1).date())
    assert (entry.title_en, entry.status) == ("Entry into force", "scheduled")
    assert TimelineEvent.objects.filter(title_en="The referendum was called").exists()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_commission_has_one_name_and_says_once_that_reports_use_another(client, seeded, language):
    text = visible(page(client, f"/{language}/commission/"))
    other = {
        "kk": "«Конституциялық комиссия» деп",
        "ru": "Конституционной комиссией",
        "en": "the Constitutional Commission",
    }
    assert text.count(other[language]) == 1
    called = page(client, f"/{language}/news/referendum-called-for-15-march-2026/")
    name = {"kk": "Конституциялық реформа жөніндегі комиссия", "ru": "Комиссия по конституционной реформе"}
    assert name.get(language, "Constitutional Reform Commission") in visible(called)


def test_the_question_stands_at_the_top_with_the_result(client, seeded):
    main = page(client, "/kk/").select_one("main")
    first_section = main.select_one("section")
    assert "result-card" in first_section["class"]
    assert Referendum.objects.get(slug="constitution-2026").question_kk in first_section.get_text()
    assert Article.objects.filter(slug="official-results").exists()


@pytest.mark.parametrize(
    ("language", "notice"),
    [("kk", "орыс тілінде көрсетілген"), ("ru", "показан на английском"), ("en", "shown in Russian")],
)
def test_the_fallback_notice_names_the_language_it_falls_back_to(client, seeded, language, notice):
    Article.objects.filter(slug="official-results").update(
        **{f"{field}_{language}": None for field in ("title", "lead", "body")}
    )
    if language == "ru":
        Article.objects.filter(slug="official-results").update(title_kk=None, lead_kk=None, body_kk=None)
    assert notice in visible(page(client, f"/{language}/news/official-results/"), ".fallback-notice")


def test_the_side_by_side_page_names_each_language_in_itself(client, seeded):
    headings = [h2.get_text() for h2 in page(client, "/ru/provisions/halyk-kenesi/languages/").select(".column h2")]
    assert headings == ["Қазақша", "Русский", "English"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_shared_links_carry_an_image_and_the_language_with_its_country(client, seeded, language):
    head = page(client, f"/{language}/news/official-results/").select_one("head")
    locale = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}[language]
    assert head.select_one('meta[property="og:locale"]')["content"] == locale
    assert len(head.select('meta[property="og:locale:alternate"]')) == 2
    image = head.select_one('meta[property="og:image"]')["content"]
    assert image.startswith("http://testserver/static/img/share")
    data = json.loads(head.select_one('script[type="application/ld+json"]').string)
    assert data["author"]["@type"] == "Organization" and data["dateModified"] and data["image"]
    member = page(client, f"/{language}/commission/elvira-azimova/").select_one('script[type="application/ld+json"]')
    assert "inLanguage" not in json.loads(member.string)
    home = json.loads(page(client, f"/{language}/").select_one('script[type="application/ld+json"]').string)
    assert home["@type"] == "Event" and home["startDate"] == "2026-03-15T07:00:00+05:00"


def test_the_news_feed_names_its_author(client, seeded):
    feed = client.get("/en/news/feed/").content.decode()
    assert "<author><name>Referendum on the new Constitution of Kazakhstan</name>" in feed


def test_the_news_list_has_no_heading_level_skipped(client, seeded):
    headings = [tag.name for tag in page(client, "/en/news/").select("main h1, main h2, main h3")]
    assert headings[0] == "h1" and "h3" not in headings


def test_a_staff_link_never_replaces_the_site_a_source_names_nor_runs_script():
    assert source_links("Kazinform (inform.kz)", "https://evil.example/phish") == [("Kazinform (inform.kz)", "")]
    assert source_links("The Astana Times", "javascript:alert(1)") == [("The Astana Times", "")]
    assert source_links("paypaſ.com", "") == [("paypaſ.com", "")]


def test_a_russian_date_keeps_its_year_mark_on_the_same_line(client, seeded):
    timeline = page(client, "/ru/").select_one(".timeline")
    dates = [time.get_text() for time in timeline.select("time")]
    assert dates and all(date.endswith("\xa0г.") for date in dates), dates


def test_a_kazakh_percentage_never_breaks_before_its_ending(client, seeded):
    result = page(client, "/kk/").select_one(".result-card").get_text()
    assert "%\u2011" in result and "%-" not in result
