"""The adopted Constitution as the reports on its final text describe it: each provision with its own sources,
each source linked to its article (never a site's home page), the index filtered by topic without hiding what has
no kind of change, the easy-read "What changes for me" page, and the migrations that bring a database seeded
before up to date while keeping what staff changed."""

from importlib import import_module
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils import translation
from django.utils.translation import gettext

from referendum.provisions import seed
from referendum.provisions.models import EasyReadPoint, EasyReadSection, Provision, Source, Topic
from referendum.provisions.validators import validate_article_address

from .admin_forms import admin_url, form_as_shown
from .pages import page, text, visible

LANGUAGES = ("kk", "ru", "en")

NEW = [
    "preamble",
    "state-character",
    "natural-resources",
    "privacy-and-personal-data",
    "marriage",
    "duty-to-preserve-nature",
    "limits-on-dissolving-the-kurultai",
    "kurultai-powers",
    "constitutional-court-and-international-decisions",
    "the-bar",
    "religion-and-secular-education",
    "state-language-and-russian",
    "transitional-appointments",
]
UPDATED = [
    "amendments-only-by-referendum",
    "single-presidential-term",
    "vice-president",
    "halyk-kenesi",
    "constitution-day",
    "entry-into-force",
    "kurultai-elections-timetable",
]
# Words each says in the page's language (spellings as in official texts).
SAYS = {
    ("vice-president", "kk"): "Құрылтай Төрағасына",
    ("vice-president", "ru"): "к Председателю Курултая, затем к Премьер-Министру",
    ("vice-president", "en"): "then to the Chair of the Kurultai, then to the Prime Minister",
    ("single-presidential-term", "kk"): "ешқашан өзгертуге болмайды",
    ("single-presidential-term", "ru"): "не может быть избрано Президентом дважды",
    ("single-presidential-term", "en"): "may never be amended",
    ("the-bar", "kk"): "адвокатураға конституциялық мәртебе",
    ("the-bar", "ru"): "конституционный статус",
    ("the-bar", "en"): "constitutional status",
    ("state-language-and-russian", "kk"): "«қатар»",
    ("state-language-and-russian", "ru"): "«наряду»",
    ("state-language-and-russian", "en"): "“alongside”",
    ("constitution-day", "kk"): "2027 жылғы 15 наурыз",
    ("constitution-day", "ru"): "15 марта 2027 года",
    ("constitution-day", "en"): "15 March 2027",
    ("kurultai-elections-timetable", "kk"): "2026 жылғы 23 тамызға",
    ("kurultai-elections-timetable", "ru"): "на 23 августа 2026 года",
    ("kurultai-elections-timetable", "en"): "for 23 August 2026",
}


# The provisions the easy-read page must draw on: who makes the laws, the term, the Vice-President, rights, the
# holiday, what happens next.
EASY_READ_SOURCES = (
    "unicameral-kurultai",
    "single-presidential-term",
    "vice-president",
    "privacy-and-personal-data",
    "the-bar",
    "constitutional-court-and-international-decisions",
    "constitution-day",
    "kurultai-elections-timetable",
)


def is_article_address(url):
    parts = urlsplit(url)
    path = parts.path.strip("/")
    return parts.scheme in ("http", "https") and (path not in ("", "ru", "kz", "kk", "en") or parts.query != "")


def source_items(soup):
    return soup.select("#sources-heading + ul li")


# --- the provisions and their sources


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", NEW + UPDATED)
def test_each_provision_of_the_adopted_text_names_its_sources_each_linked_to_its_article(
    client, seeded, language, slug
):
    soup = page(client, f"/{language}/provisions/{slug}/")
    provision = Provision.objects.get(slug=slug)
    assert soup.select_one("article.provision").get("lang") is None  # written in this language, no fallback
    assert soup.h1.get_text(strip=True) == getattr(provision, f"title_{language}")
    items = source_items(soup)
    assert len(items) == provision.sources.count() >= 1
    links = [link["href"] for item in items for link in item.select("a")]
    assert all(is_article_address(url) for url in links), links
    # A source without a known address is named as plain text, with its date where it has one.
    for item, source in zip(items, provision.sources.all(), strict=True):
        assert bool(item.select("a")) == bool(source.url)
        assert getattr(source, f"title_{language}") in text(item)
    if (slug, language) in SAYS:
        assert SAYS[slug, language] in visible(soup)


def test_no_source_links_a_home_page_and_unknown_addresses_stay_empty(seeded):
    addresses = list(Source.objects.exclude(url="").values_list("url", flat=True))
    assert addresses and all(is_article_address(url) for url in addresses), addresses
    # The briefing and the reports whose article was not found have no link rather than a guessed one.
    assert set(Source.objects.filter(url="").values_list("title_en", flat=True)) >= {
        "taspanews.kz: on Constitution Day and 30 August",
        "bizmedia.kz: on dissolving the Kurultai",
        "BAQ.kz (rus.baq.kz): on the constitutional status of the Bar",
    }
    assert Source.objects.get(title_en__startswith="The Astana Times").url == (
        "https://astanatimes.com/2026/02/draft-constitution-sets-july-1-entry-into-force-if-approved/"
    )


def test_an_article_number_only_from_the_final_text_and_a_kind_of_change_only_where_a_source_says_it(seeded):
    assert Provision.objects.get(slug="single-presidential-term").draft_article == ""  # Article 43 was draft B's
    assert Provision.objects.get(slug="state-character").draft_article == "1, 2"
    changed = dict(Provision.objects.filter(slug__in=NEW).exclude(change="").values_list("slug", "change"))
    assert changed == {"constitutional-court-and-international-decisions": "new", "the-bar": "new"}
    halyk = " ".join(getattr(Provision.objects.get(slug="halyk-kenesi"), f"explanation_{code}") for code in LANGUAGES)
    for membership in ("126", "42"):  # reports disagree on its make-up: left out
        assert membership not in halyk


@pytest.mark.parametrize(("language", "kurultai"), [("kk", "Құрылтай"), ("en", "Kurultai")])
def test_the_new_provisions_link_the_glossary_terms_they_use(client, seeded, language, kurultai):
    soup = page(client, f"/{language}/provisions/kurultai-powers/")
    assert f"/{language}/glossary/#term-kurultai" in [a["href"] for a in soup.select("#terms-heading + ul a")]


# --- the filter by topic


@pytest.mark.parametrize(
    ("language", "privacy", "bar", "badge"),
    [
        ("kk", "Жеке өмірге қол сұғылмаушылық", "Адвокатураның конституциялық мәртебесі", "Жаңа норма"),
        ("ru", "Неприкосновенность частной жизни", "Конституционный статус адвокатуры", "Новое положение"),
        ("en", "Privacy and the protection of personal data", "Constitutional status for the Bar", "New provision"),
    ],
)
def test_the_filter_by_topic_shows_the_provisions_that_have_no_kind_of_change(
    client, seeded, language, privacy, bar, badge
):
    soup = page(client, f"/{language}/provisions/?topic=rights")
    cards = {card.select_one(".card__title a")["href"]: card for card in soup.select("li.card")}
    shown = {href.split("/")[3] for href in cards}
    assert shown == set(Topic.objects.get(slug="rights").provisions.published().values_list("slug", flat=True))
    assert {"privacy-and-personal-data", "marriage", "duty-to-preserve-nature", "the-bar"} <= shown
    privacy_card = cards[f"/{language}/provisions/privacy-and-personal-data/"]
    assert visible(privacy_card, "h3").startswith(privacy)
    assert privacy_card.select_one(".change") is None  # no badge where no source gives a kind
    bar_card = cards[f"/{language}/provisions/the-bar/"]
    assert visible(bar_card, "h3") == bar and visible(bar_card, ".change") == badge
    assert soup.select_one("select[name=topic] option[selected]")["value"] == "rights"


def test_the_whole_index_hides_nothing_and_the_old_kind_of_change_parameter_is_ignored(client, seeded):
    everything = Provision.objects.published().count()
    for query in ("", "?change=new", "?change=zzz"):
        response = client.get("/en/provisions/" + query)
        assert response.status_code == 200, query
        assert len(page(client, "/en/provisions/" + query).select("li.card")) == everything


def test_the_filter_lists_only_topics_with_provisions_and_accepts_any_topic(client, seeded):
    empty = Topic.objects.create(slug="empty-topic", title_en="Empty", title_kk="Бос", title_ru="Пусто")
    soup = page(client, "/en/provisions/")
    options = [option["value"] for option in soup.select("select[name=topic] option")]
    assert options[0] == "" and "rights" in options and empty.slug not in options
    assert "No provisions match this choice." in visible(page(client, "/en/provisions/?topic=empty-topic"))


def test_the_page_cache_keeps_one_copy_per_topic(client, seeded, page_cache_on):
    assert client.get("/en/provisions/?topic=rights&x=1")["X-Cache"] == "miss"
    assert client.get("/en/provisions/?x=2&topic=rights")["X-Cache"] == "hit"
    assert client.get("/en/provisions/?topic=state")["X-Cache"] == "miss"
    assert client.get("/en/provisions/?change=new")["X-Cache"] == "miss"  # the index itself, first time
    assert client.get("/en/provisions/")["X-Cache"] == "hit"


# --- "What changes for me"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_easy_read_page_answers_in_each_language_and_links_each_points_provision_and_sources(
    client, seeded, language
):
    soup = page(client, f"/{language}/provisions/what-changes-for-me/")
    assert soup.html["lang"] == language
    with translation.override(language):
        assert [h1.get_text(strip=True) for h1 in soup.select("h1")] == [gettext("What changes for me")]
    sections = EasyReadSection.objects.published()
    assert [text(h2) for h2 in soup.select("section.easy-read h2")] == [
        getattr(section, f"heading_{language}") for section in sections
    ]
    assert not soup.select("main [lang]")  # nothing falls back to another language
    items = soup.select(".easy-read__point")
    points = EasyReadPoint.objects.filter(section__in=sections).order_by("section__order", "order", "pk")
    assert len(items) == len(points) >= 10
    for item, point in zip(items, points, strict=True):
        assert getattr(point, f"body_{language}").splitlines()[0] in text(item)
        assert item.select_one(".easy-read__from a")["href"] == f"/{language}/provisions/{point.provision.slug}/"
        sources = [a["href"] for a in item.select(".easy-read__sources a")]
        assert all(is_article_address(url) for url in sources)
        assert len(item.select(".easy-read__sources li")) == point.provision.sources.count()
    linked = {a["href"] for a in soup.select(".easy-read__from a")}
    for slug in EASY_READ_SOURCES:
        assert f"/{language}/provisions/{slug}/" in linked
    assert soup.select_one(".last-updated time")
    assert f"/{language}/glossary/#term-kurultai" in [a["href"] for a in soup.select("#terms-heading + ul a")]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ["Енді Конституция күні — 15 наурыз.", "2027 жылғы 15 наурызда", "2026 жылғы 23 тамызға"]),
        ("ru", ["День Конституции теперь 15 марта.", "15 марта 2027 года", "на 23 августа 2026 года"]),
        ("en", ["Constitution Day is now on 15 March.", "15 March 2027", "for 23 August 2026"]),
    ],
)
def test_the_easy_read_page_gives_the_new_holiday_and_the_election_date(client, seeded, language, words):
    text = visible(page(client, f"/{language}/provisions/what-changes-for-me/"))
    assert all(word in text for word in words), text


def test_an_unpublished_question_or_provision_is_not_shown_on_the_easy_read_page(client, seeded):
    section = EasyReadSection.objects.get(heading_en="When is Constitution Day now?")
    section.is_published = False
    section.save()
    Provision.objects.filter(slug="vice-president").update(is_published=False)
    soup = page(client, "/en/provisions/what-changes-for-me/")
    assert "When is Constitution Day now?" not in visible(soup)
    assert "/en/provisions/vice-president/" not in {a["href"] for a in soup.select("a")}
    assert "There is now a Vice-President." in visible(soup)  # the point stays, without the link


def test_no_provision_can_take_the_easy_read_pages_address(seeded):
    made = Provision.objects.create(title_en="What changes for me", explanation_en="x")
    assert made.slug != "what-changes-for-me"
    texts = {f"{field}_{code}": "x" for field in ("title", "explanation") for code in LANGUAGES}
    typed = Provision(slug="what-changes-for-me", **texts)
    with pytest.raises(ValidationError) as refused:
        typed.full_clean()
    assert "slug" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Provision.objects.filter(pk=made.pk).update(slug="what-changes-for-me")


def test_staff_edit_the_easy_read_page_in_the_admin(editor, seeded):
    section = EasyReadSection.objects.order_by("order").first()
    url = admin_url(section)
    data = form_as_shown(editor, url, heading_en="Who passes the laws now?")
    assert "points-0-body_kk" in data and "points-0-provision" in data
    data["points-0-body_en"] = "The Kurultai passes the laws."
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Who passes the laws now?" in visible(page(editor, "/en/provisions/what-changes-for-me/"))
    assert editor.get(admin_url(EasyReadSection, "changelist")).status_code == 200
    assert editor.get(admin_url(EasyReadSection, "add")).status_code == 200


# --- the link checks


@pytest.mark.parametrize(
    "url",
    [
        "https://astanatimes.com/",
        "https://inform.kz",
        "https://inform.kz//",
        "http://report.az/#top",
        "https://inform.kz/ru/",
    ],
)
def test_a_home_page_is_refused_as_a_sources_link(url):
    with pytest.raises(ValidationError) as refused:
        validate_article_address(url)
    assert refused.value.code == "home_page"


@pytest.mark.parametrize("url", ["https://timesca.com/?p=51256", "https://tass.com/world/2085637", ""])
def test_an_articles_address_or_none_is_accepted(url):
    validate_article_address(url)


def test_the_model_refuses_a_home_page_in_the_readers_language(seeded):
    source = Source(title_kk="x", title_ru="x", title_en="x", url="https://inform.kz/ru/")
    with pytest.raises(ValidationError) as refused:
        source.full_clean()
    for language in LANGUAGES:
        with translation.override(language):
            expected = gettext(
                "This is the home page of a site: give the address of the article itself, or leave the link empty."
            )
            assert refused.value.message_dict["url"] == [expected]
    with translation.override("en"):
        assert "home page" in refused.value.message_dict["url"][0]


# --- a database seeded before


def older_database():
    """The provisions' content as a database seeded before these changes holds it: the first content, its links to
    the sites' home pages, nothing of the adopted text."""
    for model in (EasyReadPoint, EasyReadSection, Provision, Source, Topic):
        model.objects.all().delete()
    seed.add_missing(Source, Topic, Provision)


def run_later_corrections():
    """Each data migration's function on the models as they stand at that migration, as `migrate` runs it (a
    migration's schema editor cannot run inside the test's transaction on SQLite)."""
    loader = MigrationLoader(connection)
    for name in seed.LATER_CORRECTIONS:
        state = loader.project_state(("provisions", name))
        import_module(f"referendum.provisions.migrations.{name}").correct(state.apps, None)


def test_the_migrations_bring_a_database_seeded_before_up_to_date_and_keep_staff_edits(seeded):
    older_database()
    assert Source.objects.get(title_en__startswith="The Astana Times").url == "https://astanatimes.com/"
    # What staff changed after the first seed.
    Source.objects.filter(title_en__startswith="Report.az").update(url="https://report.az/ru/staff-chose-this/")
    Provision.objects.filter(slug="vice-president").update(explanation_en="Staff wrote this.")

    run_later_corrections()

    assert Source.objects.get(title_en__startswith="The Astana Times").url.endswith("if-approved/")
    assert Source.objects.get(title_en__startswith="Report.az").url == "https://report.az/ru/staff-chose-this/"
    assert all(is_article_address(url) for url in Source.objects.exclude(url="").values_list("url", flat=True))
    vice_president = Provision.objects.get(slug="vice-president")
    assert vice_president.explanation_en == "Staff wrote this."
    assert vice_president.title_en == "The Vice-President and the order of succession"  # still as seeded: updated
    assert "затем к Председателю Курултая" in vice_president.explanation_ru  # not edited by staff: updated
    for slug in NEW:
        provision = Provision.objects.get(slug=slug)
        assert provision.sources.exists() and provision.topics.exists(), slug
    assert Topic.objects.filter(slug__in=["rights", "society", "nature", "justice"]).count() == 4
    assert EasyReadSection.objects.count() == 6
    assert not EasyReadPoint.objects.filter(provision=None).exists()


def test_a_new_database_gets_from_the_seed_what_the_migrations_give_an_older_one(seeded):
    older_database()
    run_later_corrections()
    migrated = snapshot()
    for model in (EasyReadPoint, EasyReadSection, Provision, Source, Topic):
        model.objects.all().delete()
    seed.load()
    assert snapshot() == migrated


def snapshot():
    fields = [f"{name}_{code}" for name in ("title", "explanation") for code in LANGUAGES]
    provisions = {
        provision.slug: (
            [getattr(provision, field) for field in fields],
            provision.change,
            provision.draft_article,
            sorted(source.title_en for source in provision.sources.all()),
            sorted(topic.slug for topic in provision.topics.all()),
        )
        for provision in Provision.objects.prefetch_related("sources", "topics")
    }
    sources = dict(Source.objects.values_list("title_en", "url"))
    points = sorted(EasyReadPoint.objects.values_list("section__heading_en", "body_en", "provision__slug"))
    return provisions, sources, points


def test_the_later_corrections_are_the_migrations_each_with_its_function():
    for name in seed.LATER_CORRECTIONS:
        assert callable(import_module(f"referendum.provisions.migrations.{name}").correct)


# --- in a browser, on a phone-sized screen (the site-wide crawl, tests/pages.py, does not list this page yet)


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_easy_read_page_and_the_topic_filter_fit_a_phone_and_pass_axe(site, browser, language):
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), []
    context = browser.new_context(locale=language, viewport={"width": 320, "height": 640})
    tab = context.new_page()
    for path in (f"/{language}/provisions/what-changes-for-me/", f"/{language}/provisions/?topic=rights"):
        tab.goto(site + path)
        tab.evaluate("document.querySelectorAll('details').forEach(details => { details.open = true; })")
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            problems.append((path, "overflow", overflow))
        tab.evaluate(axe.axe_script)
        options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
        for violation in tab.evaluate("options => axe.run(document, options)", options)["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                problems.append((path, violation["id"], [node["target"] for node in violation["nodes"]]))
    context.close()
    assert problems == []
