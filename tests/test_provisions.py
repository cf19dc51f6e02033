"""The draft's key novelties: index by topic, provision pages, word comparison, three languages side by side."""

import pytest

from referendum.provisions import comparison
from referendum.provisions.comparison import Segment, compare_words
from referendum.provisions.models import Provision, Topic
from testkit.wordings import long_wordings

from .pages import page, parse, text


@pytest.mark.parametrize(
    ("language", "topic", "title"),
    [
        ("kk", "Парламент және өкілдік", "Бір палаталы Құрылтай"),
        ("ru", "Парламент и представительство", "Однопалатный Курултай"),
        ("en", "Parliament and representation", "A unicameral Kurultai"),
    ],
)
def test_the_index_groups_provisions_by_topic(client, seeded, language, topic, title):
    html = page(client, f"/{language}/provisions/")
    section = html.find("h2", string=topic).find_parent("section")
    assert title in [a.get_text(strip=True) for a in section.select(".card__title a")]
    assert len(html.select("main section")) == Topic.objects.count() == 10


@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", "Жаңа норма"), ("ru", "Новое положение"), ("en", "New provision")],
)
def test_the_kind_of_change_is_written_in_words(client, seeded, language, words):
    html = page(client, f"/{language}/provisions/halyk-kenesi/")
    assert text(html.select_one(".change")) == words


def test_the_filter_shows_every_provision_of_one_topic_with_or_without_a_kind_of_change(client, seeded):
    html = page(client, "/en/provisions/?topic=foreign-policy")
    titles = {a.get_text(strip=True) for a in html.select(".card__title a")}
    assert titles == {
        "Foreign policy based on international law and the UN Charter",  # no kind of change
        "International treaties remain part of the legal system",
    }
    assert [badge.get_text(strip=True) for badge in html.select(".change")] == ["Provision kept unchanged"]
    assert html.select_one("select[name=topic] option[selected]")["value"] == "foreign-policy"
    assert len(html.select("main section")) == 1


@pytest.mark.parametrize("query", ["?topic=zzz", "?topic=%00", "?topic=<script>", "?topic=state&topic=x"])
def test_a_bad_filter_is_a_translated_400_that_keeps_the_form(client, seeded, query):
    response = client.get("/en/provisions/" + query)
    assert response.status_code == 400
    html = parse(response.content.decode())
    assert "There is no such topic" in text(html.select_one(".form-error"))
    assert html.select_one("main select[name=topic]")  # the form is still there to choose again
    assert "<script>" not in response.content.decode().split("<main", 1)[1].replace("&lt;script&gt;", "")


def test_the_comparison_marks_exactly_the_changed_words():
    current = "Parliament consists of two chambers acting on a permanent basis"
    draft = "The Kurultai consists of one chamber acting on a permanent basis"
    changed = [segment for segment in compare_words(current, draft) if segment.kind != "same"]
    assert changed == [
        Segment("deleted", "Parliament"),
        Segment("inserted", "The Kurultai"),
        Segment("deleted", "two chambers"),
        Segment("inserted", "one chamber"),
    ]
    assert "".join(s.text for s in compare_words(current, draft) if s.kind != "inserted") == current
    assert "".join(s.text for s in compare_words(current, draft) if s.kind != "deleted") == draft


def test_a_provision_with_both_wordings_shows_the_comparison_with_screen_reader_labels(client, seeded):
    Provision.objects.filter(slug="unicameral-kurultai").update(
        current_wording_ru="Парламент состоит из двух палат", draft_wording_ru="Курултай состоит из одной палаты"
    )
    html = page(client, "/ru/provisions/unicameral-kurultai/")
    comparison = html.select_one(".comparison")
    assert [d.get_text() for d in comparison.find_all("del")] == ["[удалено: Парламент]", "[удалено: двух палат]"]
    assert [i.get_text() for i in comparison.find_all("ins")] == ["[добавлено: Курултай]", "[добавлено: одной палаты]"]
    assert comparison.find("del").find(class_="visually-hidden")


def test_without_both_wordings_there_is_no_comparison_and_no_invented_text(client, seeded):
    html = page(client, "/en/provisions/unicameral-kurultai/")
    assert html.select_one(".comparison") is None
    assert html.select_one(".wording") is None
    assert html.select_one(".articles") is None


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_side_by_side_view_shows_all_three_languages_each_with_its_lang(client, seeded, language):
    html = page(client, f"/{language}/provisions/halyk-kenesi/languages/")
    columns = html.select(".column")
    assert [column["lang"] for column in columns] == ["kk", "ru", "en"]
    assert columns[0].h3.get_text(strip=True) == "Халық Кеңесі — азаматтардың өкілді органы"
    assert columns[1].h3.get_text(strip=True) == "Халық Кеңесі — представительный орган граждан"
    assert columns[2].h3.get_text(strip=True) == "The Halyk Kenesi, a representative body of citizens"


def test_the_side_by_side_view_says_when_a_language_is_missing_instead_of_falling_back(client, seeded):
    Provision.objects.filter(slug="halyk-kenesi").update(title_en=None, explanation_en=None)
    columns = page(client, "/ru/provisions/halyk-kenesi/languages/").select(".column")
    assert columns[2].h3 is None
    assert "Ещё не переведено на этот язык." in text(columns[2])
    english = page(client, "/en/provisions/halyk-kenesi/")
    assert english.select_one("article.provision")["lang"] == "ru"
    assert english.select_one(".fallback-notice")
    side_by_side = page(client, "/en/provisions/halyk-kenesi/languages/")
    russian_title = "Халық Кеңесі — представительный орган граждан"
    assert [(title["lang"], title.get_text()) for title in side_by_side.select(".breadcrumbs [lang], h1 [lang]")] == [
        ("ru", russian_title),
        ("ru", russian_title),
    ]
    assert side_by_side.h1.get_text() == f"{russian_title}: in three languages"


def test_permalinks_are_the_same_slug_in_every_language(client, seeded):
    for language in ("kk", "ru", "en"):
        html = page(client, f"/{language}/provisions/halyk-kenesi/")
        assert html.select_one(".permalink a")["href"] == f"http://testserver/{language}/provisions/halyk-kenesi/"


@pytest.mark.parametrize(
    ("language", "heading"), [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")]
)
def test_unknown_provision_slugs_are_translated_404s(client, seeded, language, heading):
    assert page(client, f"/{language}/provisions/nope/", status=404).h1.get_text(strip=True) == heading
    assert page(client, f"/{language}/provisions/nope/languages/", status=404).h1.get_text(strip=True) == heading


def test_unpublished_provisions_are_hidden(client, seeded):
    Provision.objects.filter(slug="halyk-kenesi").update(is_published=False)
    assert "Halyk Kenesi" not in page(client, "/en/provisions/").get_text()
    page(client, "/en/provisions/halyk-kenesi/", status=404)


def test_the_home_page_features_the_key_novelties(client, seeded):
    html = page(client, "/kk/")
    panel = html.find("h2", id="featured-provisions").find_parent("section")
    links = [a["href"] for a in panel.select(".card__title a")]
    assert "/kk/provisions/halyk-kenesi/" in links
    assert len(links) == Provision.objects.filter(is_featured=True).count()


def test_no_wording_is_seeded_and_an_article_number_only_where_a_source_names_it(seeded):
    numbered = Provision.objects.exclude(draft_article="")
    assert dict(numbered.values_list("slug", "draft_article")) == {
        # The final text of 12 February 2026 (adopted unchanged), as public reports give its numbers.
        "state-character": "1, 2",
        "natural-resources": "8",
        "privacy-and-personal-data": "21",
        "marriage": "30",
        "duty-to-preserve-nature": "37",
        "limits-on-dissolving-the-kurultai": "62",
        "constitution-day": "94",
        "end-of-1995-parliament": "95",
    }
    assert not Provision.objects.exclude(current_article="").exists()
    for language in ("kk", "ru", "en"):
        assert not Provision.objects.filter(**{f"draft_wording_{language}__gt": ""}).exists()


def test_the_index_needs_the_same_queries_at_ten_times_the_content(
    client, seeded, django_assert_max_num_queries, django_assert_num_queries
):
    # The topics, their provisions, those without a topic, and the referendum (the lead speaks of the draft or of
    # the adopted Constitution).
    with django_assert_max_num_queries(5) as before:
        assert client.get("/en/provisions/").status_code == 200
    topic = Topic.objects.first()
    for n in range(80):
        provision = Provision.objects.create(title_en=f"Extra {n}", explanation_en="Text")
        provision.topics.add(topic)
    with django_assert_num_queries(len(before)):
        html = page(client, "/en/provisions/")
    assert "Extra 79" in html.get_text()


def test_a_5000_word_comparison_is_exact_and_marks_only_what_changed():
    # How long it takes is measured by `make bench` (bench/scale.py, "5,000-word provision"), not asserted here.
    current, draft = long_wordings()
    segments = compare_words(current, draft)
    assert "".join(s.text for s in segments if s.kind != "inserted") == current
    assert "".join(s.text for s in segments if s.kind != "deleted") == draft
    # 300 words replaced (a few by the same word, or twice): no more than 300 marked on either side.
    for kind in ("inserted", "deleted"):
        assert 0 < sum(len(s.text.split()) for s in segments if s.kind == kind) <= 300


def test_the_comparison_is_made_when_the_editor_saves_not_when_a_citizen_reads(client, seeded, monkeypatch):
    current, draft = long_wordings(words=400, changed=20)
    provision = Provision.objects.get(slug="unicameral-kurultai")
    provision.current_wording_en, provision.draft_wording_en = current, draft
    provision.save()

    def compare_words_again(*args):
        raise AssertionError("compared while a citizen waited")

    monkeypatch.setattr(comparison, "compare_words", compare_words_again)
    response = client.get("/en/provisions/unicameral-kurultai/")
    assert response.status_code == 200
    # The comparison kept at the save: as many insertions as compare_words finds in the two wordings.
    expected = sum(segment.kind == "inserted" for segment in compare_words(current, draft))
    assert response.content.decode().count("<ins") == expected > 0


def test_a_topic_or_card_shown_in_a_fallback_language_marks_only_itself(client, seeded):
    topic = Topic.objects.get(provisions__slug="halyk-kenesi")
    Topic.objects.filter(pk=topic.pk).update(title_en="", description_en="", description_ru="Описание темы")
    Provision.objects.filter(slug="halyk-kenesi").update(title_en=None, explanation_en=None)
    section = page(client, "/en/provisions/").select_one(f"#topic-{topic.slug}")
    assert section.get("lang") is None and section.h2["lang"] == "ru"
    description = section.h2.find_next_sibling("p")
    assert (description["lang"], description.get_text()) == ("ru", "Описание темы")
    cards = {card.h3.a["href"]: card for card in section.select("li.card")}
    fallen_back = cards.pop("/en/provisions/halyk-kenesi/")
    assert fallen_back["lang"] == "ru"
    assert fallen_back.select_one(".card__note").get_text() == "Not yet translated; shown in Russian"
    assert cards and all(card.get("lang") is None and not card.select(".card__note") for card in cards.values())
