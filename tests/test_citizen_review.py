"""The 2026 pages as a citizen's review of December 2026 corrected them: the glossary says when the results became
final, the two turnouts name their bases, the national turnout table shows no moment it has no national figure for,
the "valid from then on" statement is the source's, the Russian reads as Russian (no double full stop, the highest
and lowest region, the plural of "no figures"), one term per notion in Kazakh, and older databases get the same
through the data migrations without losing what staff changed."""

import re
from datetime import date
from importlib import import_module

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.translation import ngettext

from referendum.about.models import GlossaryTerm
from referendum.news.models import Article, Correction
from referendum.vote.models import Referendum, TimelineEvent

from .pages import page, text, visible

TURNOUT = "/{language}/referendums/2026-03-15/turnout/"
NEWS_WORDING = import_module("referendum.news.migrations.0010_wording")
GLOSSARY_WORDING = import_module("referendum.about.migrations.0004_glossary_wording")
EARLIER_WORDING = import_module("referendum.vote.migrations.0018_earlier_referendums_wording")
UP_TO_DECEMBER = import_module("referendum.vote.migrations.0017_up_to_december")


@pytest.mark.parametrize(
    ("language", "rule", "fact"),
    [
        (
            "kk",
            "заң бойынша түпкілікті қорытындылар жеті күн ішінде белгіленеді",
            "2026 жылғы 15 наурыздағы референдумның түпкілікті қорытындыларын Комиссия 2026 жылғы 17 наурызда "
            "белгіледі",
        ),
        (
            "ru",
            "по закону окончательные итоги устанавливаются в течение семи дней",
            "окончательные итоги референдума 15 марта 2026 года Комиссия установила 17 марта 2026 года",
        ),
        (
            "en",
            "the law gives seven days to establish the final results",
            "for the referendum of 15 March 2026 the Commission established them on 17 March 2026",
        ),
    ],
    ids=["kk", "ru", "en"],
)
def test_the_glossary_keeps_the_seven_day_rule_and_says_when_the_results_became_final(
    client, seeded, language, rule, fact
):
    term = page(client, f"/{language}/glossary/").select_one("#term-central-referendum-commission")
    definition = text(term.select_one("dd p"))
    assert rule in definition and fact in definition
    source = term.select_one(".source")
    assert ("«Интерфакс» (m.interfax.ru)" if language == "ru" else "Interfax (m.interfax.ru)") in text(source)
    assert [a["href"] for a in source.select("a")][
        -1
    ] == "https://exclusive.kz/rezultaty-referenduma-ozvuchili-v-kazahstane"


def test_the_russian_glossary_names_the_ministry_in_russian(client, seeded):
    source = text(page(client, "/ru/glossary/").select_one("#term-halyk-kenesi .source"))
    assert "Министерство иностранных дел Республики Казахстан, 17.02.2026" in source
    assert "Сыртқы істер" not in source


@pytest.mark.parametrize(
    ("language", "card", "turnout_page"),
    [
        (
            "kk",
            "Дауыс беру күні бойы хабарланған қатысу деңгейі — сайлаушылар тізіміне енгізілген азаматтардың ішінде "
            "бюллетень алғандардың үлесі; жоғарыда көрсетілген қатысу деңгейі — дауыс беруге құқығы бар "
            "азаматтардың ішінде референдумға қатысқандардың үлесі.",
            "қорытынды қатысу деңгейі (73,12%) — дауыс беруге құқығы бар азаматтардың ішінде референдумға "
            "қатысқандардың үлесі. Екеуі де дұрыс: олар әртүрлі негізден есептелген.",
        ),
        (
            "ru",
            "Явка, которую сообщали в течение дня голосования, — доля получивших бюллетень среди граждан, "
            "включённых в списки избирателей; явка, указанная выше, — доля принявших участие среди граждан, "
            "имеющих право голоса.",
            "итоговая явка (73,12%) — доля принявших участие среди граждан, имеющих право голоса. Верны оба "
            "показателя: они рассчитаны от разной базы.",
        ),
    ],
    ids=["kk", "ru"],
)
def test_the_two_turnouts_name_their_bases(client, seeded, language, card, turnout_page):
    assert card in text(page(client, f"/{language}/referendums/2026-03-15/").select_one(".result-card"))
    assert turnout_page in visible(page(client, TURNOUT.format(language=language)))


@pytest.mark.parametrize(
    ("language", "after_close", "unknown"),
    [
        ("kk", "учаскелер жабылғаннан кейін", "дерек жоқ"),
        ("ru", "после закрытия участков", "нет данных"),
        ("en", "after the polls closed", "unknown"),
    ],
    ids=["kk", "ru", "en"],
)
def test_the_national_table_shows_no_moment_without_a_national_figure(client, seeded, language, after_close, unknown):
    html = page(client, TURNOUT.format(language=language))
    table = html.select_one("#national-heading").find_parent("section").select_one("table.data")
    rows = {text(row.th): text(row) for row in table.select("tbody tr")}
    assert [time.split()[0] for time in rows] == ["10:00", "12:00", "14:00", "16:00", "18:00", "20:30"]
    assert unknown not in " ".join(rows.values())
    assert f"20:30 ({after_close})" in rows
    # The 20:00 regional figures and their sources stay.
    assert "20:00" in [text(choice) for choice in html.select(".choices li")]
    assert "astanalife.kz" in text(html.select(".source")[-1])


def test_a_snapshot_at_the_closing_time_is_at_the_close_not_after_it(seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    at_eight, half_past = referendum.snapshots.filter(taken_at__gte=referendum.closes_at).order_by("taken_at")
    assert at_eight.taken_at == referendum.closes_at
    assert (at_eight.at_close, at_eight.after_close) == (True, False)
    assert (half_past.at_close, half_past.after_close) == (False, True)


@pytest.mark.parametrize(
    ("language", "statement"),
    [
        (
            "kk",
            "Сағат 14:00 жағдай бойынша сайлаушылар тізіміне енгізілген азаматтардың 50%\u2011ынан астамы бюллетень "
            "алды; дереккөз бойынша, осы сәттен бастап референдум өтті деп саналды.",
        ),
        (
            "ru",
            "К 14:00 бюллетень получили более 50% граждан, включённых в списки избирателей; по данным источника, с "
            "этого момента референдум считался состоявшимся.",
        ),
        (
            "en",
            "By 14:00 more than 50% of the citizens on the voter lists had received a ballot; according to the "
            "source, the referendum was valid from then on.",
        ),
    ],
    ids=["kk", "ru", "en"],
)
def test_valid_from_then_on_is_the_sources_statement_about_ballots_received(client, seeded, language, statement):
    html = page(client, TURNOUT.format(language=language))
    assert text(html.select_one("#national-chart-summary")) == statement
    assert text(html.select_one("figure.chart figcaption")).startswith(statement)


def test_the_russian_turnout_lead_has_no_double_full_stop(client, seeded):
    lead = text(page(client, TURNOUT.format(language="ru")).select_one("h1").find_next("p"))
    assert "г.." not in lead and "г. )." not in lead
    assert lead.startswith(
        "Доля получивших бюллетень среди граждан, включённых в списки, по сообщениям Центральной комиссии "
        "референдума в день голосования (15 марта 2026 г."
    )
    assert lead.endswith("Если сообщение не найдено, вместо цифры указано «нет данных»; оценки не приводятся.")


@pytest.mark.parametrize(
    ("language", "extremes", "missing"),
    [
        (
            "ru",
            "Самая высокая явка — Кызылординская область (93,04%), самая низкая — город Алматы (33,43%).",
            "Нет данных по 2 регионам.",
        ),
        (
            "kk",
            "Ең жоғары қатысу деңгейі — Қызылорда облысы (93,04%), ең төменгісі — Алматы қаласы (33,43%).",
            "2 өңір бойынша дерек табылмады.",
        ),
    ],
    ids=["ru", "kk"],
)
def test_the_highest_and_lowest_region_and_the_regions_without_a_figure_read_as_sentences(
    client, seeded, language, extremes, missing
):
    regions = page(client, TURNOUT.format(language=language)).select_one("#regions-heading").find_parent("section")
    summary = text(regions.select_one("nav.choices").find_next("p"))
    assert summary == f"{extremes} {missing}"


@pytest.mark.parametrize(("count", "russian"), [(1, "региону"), (2, "регионам"), (5, "регионам"), (21, "региону")])
def test_no_figures_for_n_regions_agrees_with_the_number_in_russian(count, russian):
    with translation.override("ru"):
        sentence = ngettext(
            "No figure was found for %(counter)s region.", "No figures were found for %(counter)s regions.", count
        ) % {"counter": count}
    assert sentence == f"Нет данных по {count} {russian}."


@pytest.mark.xdist_group("public_pages")
def test_kazakh_pages_say_turnout_one_way_and_never_call_the_count_a_census(seeded, public_soups):
    for (language, path), soup in public_soups.items():
        if language != "kk":
            continue
        words = " ".join(
            string
            for string in soup.find_all(string=True)
            if not string.find_parent(lambda tag: tag.get("id") == "corrections" or tag.name in ("script", "style"))
        )
        assert not re.search(r"келу деңгей|[Сс]анақ", words), path


@pytest.mark.parametrize(
    ("language", "reported", "quoted"),
    [
        ("kk", "Брифинг барысында Э. Әзімова Конституция жобасында", "«Конституция жобасында"),
        ("ru", "В ходе брифинга Э. Азимова заявила, что в проекте Конституции", "«В проекте Конституции"),
    ],
    ids=["kk", "ru"],
)
def test_the_briefing_gives_translated_words_as_reported_speech_and_says_so(client, seeded, language, reported, quoted):
    article = page(client, f"/{language}/news/briefing-for-the-diplomatic-corps/")
    body = visible(article, "article.news-article")
    assert reported in body and quoted not in body
    assert article.select_one("#corrections")
    english = visible(page(client, "/en/news/briefing-for-the-diplomatic-corps/"), "article.news-article")
    assert "“The sovereignty, independence, unitary character" in english  # the original keeps its quotation


@pytest.mark.parametrize(
    ("language", "decree"),
    [
        ("kk", "Президент республикалық референдумды 2026 жылғы 15 наурызда өткізу туралы Жарлыққа қол қойды."),
        ("ru", "Президент подписал указ о проведении республиканского референдума 15 марта 2026 года."),
    ],
    ids=["kk", "ru"],
)
def test_the_decree_of_11_february_is_named_by_its_title(client, seeded, language, decree):
    assert decree in visible(page(client, f"/{language}/news/referendum-called-for-15-march-2026/"))
    assert decree in visible(page(client, f"/{language}/"))  # the key date of 11 February


def test_the_calendar_file_carries_no_english_note_of_the_library(client, seeded):
    calendar = client.get("/kk/calendar.ics").content.decode()
    assert "BEGIN:VTIMEZONE" in calendar and "COMMENT" not in calendar


def test_an_older_database_is_reworded_once_and_keeps_what_staff_changed(seeded):
    """The seeded texts as they were, one of them edited by staff: the migrations correct the rest, once."""
    briefing = Article.objects.get(slug="briefing-for-the-diplomatic-corps")
    Correction.objects.filter(article=briefing).delete()
    seeded_kk, seeded_ru = briefing.body_kk, briefing.body_ru
    for field, pairs in NEWS_WORDING.FRAGMENTS[NEWS_WORDING.BRIEFING].items():
        if field.startswith("body_"):
            value = getattr(briefing, field)
            for old, new in pairs:
                value = value.replace(new, old)
            setattr(briefing, field, value)
    briefing.save()
    called = Article.objects.get(slug="referendum-called-for-15-march-2026")
    called.title_kk = "Staff's own title"
    called.body_ru = called.body_ru.replace(*reversed(NEWS_WORDING.DECREE_RU))
    called.save()
    term = GlossaryTerm.objects.get(slug="central-referendum-commission")
    GlossaryTerm.objects.filter(pk=term.pk).update(
        **{field: seeded for field, (seeded, _now) in GLOSSARY_WORDING.TERMS[term.slug].items()}
    )
    GlossaryTerm.objects.filter(pk=term.pk).update(definition_en="Staff's own definition.")
    earlier = Referendum.objects.get(slug="nuclear-power-plant-2024")
    earlier.results_note_kk = earlier.results_note_kk.replace("қатысу деңгейі", "келу деңгейі")
    earlier.save()
    step = TimelineEvent.objects.get(date=date(2026, 2, 11), title_en="The referendum was called")
    decree_ru = UP_TO_DECEMBER.STEP_WORDING[step.date, step.title_en]["description_ru"][0]
    step.description_ru = step.description_ru.replace(*reversed(decree_ru))
    step.save()

    for _run in range(2):  # a second run changes nothing more
        NEWS_WORDING.reword_all(apps, None)
        GLOSSARY_WORDING.reword(apps, None)
        EARLIER_WORDING.reword_earlier_referendums(apps, None)
        UP_TO_DECEMBER.up_to_december(apps, None)

    briefing.refresh_from_db()
    assert (briefing.body_kk, briefing.body_ru) == (seeded_kk, seeded_ru)
    assert Correction.objects.filter(article=briefing).count() == 1
    called.refresh_from_db()
    assert called.title_kk == "Staff's own title"
    assert "указ о проведении республиканского референдума 15 марта 2026 года" in called.body_ru
    term.refresh_from_db()
    assert term.definition_en == "Staff's own definition."
    assert "2026 жылғы 17 наурызда белгіледі" in term.definition_kk
    assert term.source_url.endswith("\nhttps://exclusive.kz/rezultaty-referenduma-ozvuchili-v-kazahstane")
    earlier.refresh_from_db()
    assert "келу" not in earlier.results_note_kk
    step.refresh_from_db()
    assert step.description_ru.endswith("указ о проведении республиканского референдума 15 марта 2026 года.")


def test_every_text_the_corrections_wrote_fits_its_field(seeded):
    """PostgreSQL refuses a value longer than its column; SQLite would store it silently."""
    for model in (Referendum, TimelineEvent, Article, Correction, GlossaryTerm):
        columns = [field for field in model._meta.concrete_fields if getattr(field, "max_length", None)]
        for record in model.objects.all():
            for field in columns:
                value = getattr(record, field.attname) or ""
                assert len(value) <= field.max_length, (model.__name__, record.pk, field.name, len(value))
