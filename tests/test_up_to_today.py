"""The 2026 referendum as a citizen reads it in December 2026 (issue 29, part 1 and 3): final results with their
date, no contradicted label, no date that no source gives, the entry into force as having happened, the
Kurultai election with its source, each source linked to its own article or left as plain text, and older
databases brought up to date without losing what staff changed."""

import io
import re
from datetime import date, timedelta
from importlib import import_module
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from referendum.about.models import GlossaryTerm
from referendum.core.sources import is_article_address
from referendum.news.models import Article, Correction
from referendum.vote.models import Referendum, TimelineEvent
from referendum.vote.turnout import RegionalTurnout, TurnoutSnapshot

from .pages import page, text, visible

LANGUAGES = ["kk", "ru", "en"]
UP_TO_DECEMBER = import_module("referendum.vote.migrations.0017_up_to_december")
CORRECTED = import_module("referendum.news.migrations.0009_official_results_corrected")

# The label reports contradict, and the deadline no source gives, in each language.
CONTRADICTED = re.compile(r"unestablished form|неустановленного образца|белгіленбеген үлгі", re.IGNORECASE)
INVENTED_DATE = re.compile(r"1 August 2026|1 августа 2026|1 тамыз", re.IGNORECASE)


def in_a_correction(string):
    """A correction quotes what it corrected: the article's corrections and the log on the About page."""
    return string.find_parent(
        lambda tag: tag.get("id") == "corrections" or tag.get("aria-labelledby") == "corrections-heading"
    )


@pytest.mark.xdist_group("public_pages")
def test_no_page_uses_the_contradicted_label_or_the_invented_date(seeded, public_soups):
    for (language, path), soup in public_soups.items():
        words = " ".join(string for string in soup.find_all(string=True) if not in_a_correction(string))
        if "/2024-10-06/" not in path:  # the 2024 rules, as the sources give them: such ballots were invalid
            assert not CONTRADICTED.search(words), (language, path)
        assert not INVENTED_DATE.search(words), (language, path)


@pytest.mark.parametrize(
    ("language", "took_place", "election", "set_on"),
    [
        ("kk", "Конституция күшіне енді", "Құрылтайға сайлау", "Құрылтайға сайлау 2026 жылғы 23 тамызға тағайындалды"),
        (
            "ru",
            "Конституция вступила в силу",
            "Выборы в Курултай",
            "Выборы в Курултай назначены на 23 августа 2026 года",
        ),
        ("en", "The Constitution entered into force", "Election of the Kurultai", "The Kurultai election was set for"),
    ],
)
def test_the_entry_into_force_took_place_and_the_election_has_its_source(
    client, seeded, language, took_place, election, set_on
):
    steps = page(client, f"/{language}/").select(".timeline__list > li")
    titles = {step.h3.get_text(): step for step in steps}
    in_force = titles[took_place]
    assert in_force.time["datetime"].startswith("2026-07-01") and in_force.select_one(".badge") is None
    assert any(title.startswith(set_on) for title in titles)
    vote = titles[election]
    assert vote.time["datetime"].startswith("2026-08-23")
    assert [a["href"] for a in vote.select(".source a")] == ["https://timesca.com/?p=51256"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "path", ["/{language}/", "/{language}/news/official-results/", "/{language}/referendums/2026-03-15/turnout/"]
)
def test_each_source_links_its_own_article_or_stays_plain_text(client, seeded, language, path):
    soup = page(client, path.format(language=language))
    sources = soup.select("main .source")
    assert sources
    links = [a["href"] for source in sources for a in source.select("a")]
    assert links, "some source on the page has an article address"
    assert [href for href in links if not is_article_address(href)] == []


@pytest.mark.parametrize(
    ("language", "final", "not_counted"),
    [
        ("kk", "түпкілікті қорытындыларды белгіледі", "Есепке алынбаған бюллетеньдер: 127 868"),
        ("ru", "установила окончательные итоги", "Неучтённых бюллетеней: 127 868"),
        ("en", "established the final results", "Ballots not counted: 127,868"),
    ],
)
def test_the_results_article_is_corrected_and_says_so(client, seeded, language, final, not_counted):
    article = page(client, f"/{language}/news/official-results/")
    body = visible(article)
    assert final in body and not_counted in body
    corrections = article.select_one("#corrections")
    assert "2026" in text(corrections) and "127" in text(corrections)
    log = page(client, f"/{language}/about/")
    assert log.find("a", href=f"/{language}/news/official-results/#corrections")


def test_the_turnout_page_explains_both_bases(client, seeded):
    html = visible(page(client, "/en/referendums/2026-03-15/turnout/"))
    assert "shares of the citizens on the voter lists who had received a ballot" in html
    assert "73.12%, is the share of eligible citizens who took part" in html
    assert "Abroad, 12,740 citizens voted, a turnout of 88.6% there." in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_referendum_page_gives_the_observers_with_their_sources(client, seeded, language):
    section = page(client, f"/{language}/referendums/2026-03-15/").select_one("#observers-heading").parent
    assert {"kk": "ДИАБ", "ru": "БДИПЧ", "en": "ODIHR"}[language] in text(section)
    assert len(section.select(".source a")) == 4


def test_an_older_database_is_brought_up_to_date_and_keeps_what_staff_changed(seeded):
    """The database as the seed left it before December: the migration corrects what is as seeded only."""
    referendum = Referendum.objects.get(slug="constitution-2026")
    seeded_then = {field: old for field, (old, _new) in UP_TO_DECEMBER.REFERENDUM.items()}
    Referendum.objects.filter(pk=referendum.pk).update(**seeded_then)
    Referendum.objects.filter(pk=referendum.pk).update(results_source_en="Staff's own source line")
    steps = TimelineEvent.objects.filter(referendum=referendum)
    steps.filter(date=date(2026, 7, 1), status="done").exclude(
        title_en=UP_TO_DECEMBER.ENTRY_INTO_FORCE_NOW["title_en"]
    ).delete()
    steps.filter(date__in=[date(2026, 3, 17), date(2026, 8, 23), date(2027, 3, 15)]).exclude(
        title_en="The President signed the Constitution"
    ).delete()
    steps.filter(title_en=UP_TO_DECEMBER.ENTRY_INTO_FORCE_NOW["title_en"]).update(
        status="scheduled", title_en="Entry into force", description_en=UP_TO_DECEMBER.ENTRY_INTO_FORCE_SEEDED_EN
    )
    invented = TimelineEvent.objects.create(
        referendum=referendum, date=date(2026, 8, 1), **UP_TO_DECEMBER.INVENTED_SEEDED
    )
    ten = referendum.snapshots.order_by("taken_at").first()
    RegionalTurnout.objects.filter(snapshot=ten).delete()

    UP_TO_DECEMBER.up_to_december(apps, None)
    UP_TO_DECEMBER.up_to_december(apps, None)  # a second run changes nothing more

    referendum.refresh_from_db()
    assert (referendum.results_status, referendum.results_date) == ("final", date(2026, 3, 17))
    assert referendum.results_source_en == "Staff's own source line"
    assert referendum.voted_abroad == 12_740
    assert not TimelineEvent.objects.filter(pk=invented.pk).exists()
    entry = steps.get(date=date(2026, 7, 1), title_en=UP_TO_DECEMBER.ENTRY_INTO_FORCE_NOW["title_en"])
    assert entry.status == "done"
    assert steps.filter(date=date(2026, 8, 23), status="unrecorded").count() == 1
    assert steps.count() == 17
    assert RegionalTurnout.objects.filter(snapshot=ten).count() == 20


def test_the_results_article_is_corrected_once_and_a_staff_rewrite_is_left_alone(seeded):
    article = Article.objects.get(slug="official-results")
    assert Correction.objects.filter(article=article).count() == 1
    CORRECTED.correct(apps, None)
    assert Correction.objects.filter(article=article).count() == 1
    Article.objects.filter(pk=article.pk).update(body_en="<p>Staff's own text.</p>")
    CORRECTED.correct(apps, None)
    article.refresh_from_db()
    assert article.body_en == "<p>Staff's own text.</p>"


@pytest.mark.parametrize(
    ("path", "date_shown"),
    [
        ("/en/", "6 December 2026"),  # the day the seed's sources were last checked, not the day it was loaded
        ("/en/news/final-results/", "17 March 2026"),  # an article: its publication
        ("/en/news/official-results/", "7 December 2026"),  # corrected since: its correction
    ],
)
def test_last_updated_is_when_the_content_changed_not_when_it_was_loaded(client, seeded, path, date_shown):
    assert text(page(client, path).select_one(".last-updated")) == f"Last updated: {date_shown}"


def test_a_change_to_a_key_date_is_when_the_referendum_page_changed(client, seeded):
    step = TimelineEvent.objects.get(date=date(2026, 8, 23))
    step.description_en = "Staff recorded what happened."
    step.save()
    shown = text(page(client, "/en/referendums/2026-03-15/").select_one(".last-updated"))
    assert shown == f"Last updated: {step.updated_at.astimezone(ZoneInfo('Asia/Almaty')):%-d %B %Y}"


def test_no_empty_last_updated_label(client, seeded):
    for path in ("/en/", "/en/about/", "/en/news/final-results/"):
        labels = [text(label) for label in page(client, path).select(".last-updated")]
        assert all(label.removeprefix("Last updated:").strip() for label in labels), path


@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", "Мен үшін не өзгереді"), ("ru", "Что меняется для меня"), ("en", "What changes for me")],
)
def test_the_home_page_links_what_changes_for_me(client, seeded, language, words):
    link = page(client, f"/{language}/").select_one(".easy-read-link a")
    assert link["href"] == f"/{language}/provisions/what-changes-for-me/" and text(link).startswith(words)
    assert page(client, link["href"]).h1


@pytest.mark.parametrize(
    ("language", "ended"),
    [("kk", "1 шілдеде тоқтатылды"), ("ru", "прекратились 1 июля 2026 года"), ("en", "ended on 1 July 2026")],
)
def test_the_1995_parliaments_end_is_told_as_past_with_its_source(client, seeded, language, ended):
    soup = page(client, f"/{language}/provisions/end-of-1995-parliament/")
    assert ended in text(soup.h1)
    assert "https://timesca.com/?p=51256" in [a["href"] for a in soup.select("#sources-heading + ul a")]
    official = page(client, f"/{language}/provisions/end-of-1995-parliament/languages/").select_one(".official-text")
    assert [a["href"].split("/")[2] for a in official.select("a")][:2] == ["mk-kz.kz", "obk.kz"]


def test_the_migrations_copies_of_the_seeded_steps_are_the_seeds():
    """0017 changes a field of a step only while it is as the seed had it: its copy must be the seed's."""
    from referendum.vote.timeline_seed import STEPS

    seeded = {step["title_en"]: step for step in STEPS}
    for copy in (UP_TO_DECEMBER.ENTRY_INTO_FORCE_SEEDED, UP_TO_DECEMBER.INVENTED_SEEDED):
        step = seeded[copy["title_en"]]
        assert {field: step.get(field, "") for field in copy} == copy


def test_the_entry_into_force_step_keeps_what_staff_changed(seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    steps = TimelineEvent.objects.filter(referendum=referendum)
    steps.filter(date=date(2026, 7, 1)).delete()
    steps.filter(date=date(2026, 8, 1)).delete()
    entry = TimelineEvent.objects.create(
        referendum=referendum,
        date=date(2026, 7, 1),
        **{**UP_TO_DECEMBER.ENTRY_INTO_FORCE_SEEDED, "description_kk": "Staff's own Kazakh"},
    )
    invented = TimelineEvent.objects.create(
        referendum=referendum,
        date=date(2026, 8, 1),
        **{**UP_TO_DECEMBER.INVENTED_SEEDED, "source_name_ru": "Staff's source"},
    )
    UP_TO_DECEMBER.bring_timeline_up_to_date(TimelineEvent, referendum)
    entry.refresh_from_db()
    assert entry.description_kk == "Staff's own Kazakh"
    assert (entry.status, entry.title_en) == ("done", "The Constitution entered into force")
    assert TimelineEvent.objects.filter(pk=invented.pk).exists()  # staff worked on it: theirs to remove


def quiet_seed():
    call_command("load_seed_content", stdout=io.StringIO())


def test_the_seed_never_dates_a_record_it_did_not_save(seeded):
    """A record another app server saved while the seed ran (its clock a little ahead) keeps its own date."""
    later = timezone.now() + timedelta(minutes=2)
    Referendum.objects.filter(slug="constitution-2026").update(updated_at=later)
    quiet_seed()
    assert Referendum.objects.get(slug="constitution-2026").updated_at == later


def test_a_later_seed_brings_back_no_article_and_no_address_staff_removed(seeded):
    Article.objects.get(slug="final-results").delete()
    GlossaryTerm.objects.filter(slug="kurultai").update(source_url="")
    quiet_seed()
    assert not Article.objects.filter(slug="final-results").exists()
    assert GlossaryTerm.objects.get(slug="kurultai").source_url == ""


def test_the_menus_turnout_never_opens_a_referendum_still_to_come(client, seeded):
    Referendum.objects.create(slug="near", title_en="N", voting_date=date(2027, 3, 1))
    far = Referendum.objects.create(slug="far", title_en="F", voting_date=date(2029, 3, 1))
    TurnoutSnapshot.objects.create(referendum=far, taken_at=timezone.now(), percent=1)
    assert client.get("/en/referendums/current/turnout/")["Location"] == "/en/referendums/2026-03-15/turnout/"


def test_voters_abroad_without_their_share_say_no_empty_share(client, seeded):
    Referendum.objects.filter(slug="constitution-2026").update(turnout_abroad_percent=None)
    html = visible(page(client, "/en/referendums/2026-03-15/turnout/"))
    assert "Abroad, 12,740 citizens voted." in html and "of % there" not in html
