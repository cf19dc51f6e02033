"""The four articles on what followed the vote (news migration 0008): each in three languages, the results
called final without the contradicted label, and a second run that leaves staff's edits alone."""

import importlib

import pytest
from django.apps import apps

from referendum.news.models import Article

from .pages import page, text

MIGRATION = "referendum.news.migrations.0008_news_since_march"

TITLES = {
    "final-results": {
        "kk": "Референдумның түпкілікті қорытындылары алдын ала қорытындылармен сәйкес келді",
        "ru": "Окончательные итоги референдума совпали с предварительными",
        "en": "The final results of the referendum matched the preliminary ones",
    },
    "constitution-signed": {
        "kk": "Президент Конституцияға және оны іске асыру шаралары туралы Жарлыққа қол қойды",
        "ru": "Президент подписал Конституцию и указ о мерах по её реализации",
        "en": "The President signed the Constitution and a decree on measures to implement it",
    },
    "constitution-text-published": {
        "kk": "Жаңа Конституцияның толық мәтіні жарияланды",
        "ru": "Опубликован полный текст новой Конституции",
        "en": "The full text of the new Constitution was published",
    },
    "constitution-in-force-kurultai-election": {
        "kk": "Жаңа Конституция күшіне енді, Құрылтайға сайлау 23 тамызға тағайындалды",
        "ru": "Новая Конституция вступила в силу, выборы в Курултай назначены на 23 августа",
        "en": "The new Constitution came into force, and the Kurultai election was set for 23 August",
    },
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("slug", list(TITLES))
def test_each_article_is_published_in_each_language(client, seeded, slug, language):
    html = page(client, f"/{language}/news/{slug}/")
    article = html.select_one("article.news-article")
    assert text(article.h1) == TITLES[slug][language]
    assert article.get("lang") is None  # its own language, not a fallback
    assert text(article.select_one(".lead"))


@pytest.mark.parametrize(
    ("language", "final", "contradicted"),
    [
        ("kk", "түпкілікті", "белгіленбеген үлгідегі"),
        ("ru", "окончательные", "неустановленного образца"),
        ("en", "final", "unestablished form"),
    ],
)
def test_the_results_are_final_and_the_uncounted_ballots_not_called_of_an_unestablished_form(
    client, seeded, language, final, contradicted
):
    words = text(page(client, f"/{language}/news/final-results/").select_one("article.news-article")).lower()
    assert final in words
    assert contradicted not in words
    for figure in ("12 482 613", "9 127 192", "127 868") if language != "en" else ("12,482,613", "127,868"):
        assert figure in words


def test_a_second_run_leaves_staffs_edits_alone_and_adds_only_what_is_missing(seeded):
    migration = importlib.import_module(MIGRATION)
    edited = Article.objects.get(slug="final-results")
    edited.title_en = "Edited by staff"
    edited.status = Article.Status.DRAFT
    edited.save()
    Article.objects.filter(slug="constitution-text-published").delete()

    migration.add_articles(apps, None)

    edited.refresh_from_db()
    assert (edited.title_en, edited.status) == ("Edited by staff", Article.Status.DRAFT)
    assert Article.objects.filter(slug__in=list(TITLES)).count() == 4
    restored = Article.objects.get(slug="constitution-text-published")
    assert restored.status == Article.Status.PUBLISHED
    assert restored.title_kk == TITLES["constitution-text-published"]["kk"]
