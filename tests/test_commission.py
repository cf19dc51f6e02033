"""The Commission's roster and its members' pages, in three languages."""

import json

import pytest

from referendum.commission.models import Member

from .admin_forms import admin_url, post_form
from .pages import page


def names(html, section_id):
    section = html.find("h2", id=section_id).find_parent("section")
    return [a.get_text(strip=True) for a in section.select(".person__name a")]


@pytest.mark.parametrize(
    ("language", "chair", "heading", "first_member"),
    [
        ("kk", "Эльвира Әзімова", "Комиссия төрағасы", "Ерлан Сәрсембаев"),
        ("ru", "Эльвира Азимова", "Председатель Комиссии", "Ерлан Сарсембаев"),
        ("en", "Elvira Azimova", "Chairperson", "Yerlan Sarsembayev"),
    ],
)
def test_the_roster_puts_the_chairperson_first_then_the_members_in_order(
    client, seeded, language, chair, heading, first_member
):
    html = page(client, f"/{language}/commission/")
    headings = [h2.get_text(strip=True) for h2 in html.select("main h2")]
    assert headings[0] == heading
    assert names(html, "role-chairperson") == [chair]
    members = names(html, "role-member")
    assert len(members) == 5
    assert members[0] == first_member


def test_the_roster_says_where_it_comes_from_and_that_it_may_be_incomplete(client, seeded):
    text = page(client, "/en/commission/").get_text(" ")
    assert "not necessarily complete" in text
    assert "Ministry of Foreign Affairs of the Republic of Kazakhstan, report of 17 February 2026" in text


def test_staff_ordering_changes_the_roster(client, seeded):
    Member.objects.filter(slug="madi-myrzagarayev").update(order=1)
    assert names(page(client, "/en/commission/"), "role-member")[0] == "Madi Myrzagarayev"


def test_former_members_are_listed_apart_and_marked(client, seeded):
    Member.objects.filter(slug="arman-issetov").update(is_current=False)
    html = page(client, "/ru/commission/")
    assert "Арман Исетов" not in names(html, "role-member")
    assert names(html, "former-members") == ["Арман Исетов"]
    assert "бывший член Комиссии" in html.find("h2", id="former-members").find_parent("section").get_text()
    assert "Бывший член Комиссии" in page(client, "/ru/commission/arman-issetov/").get_text()


def test_unpublished_members_are_not_shown(client, seeded):
    Member.objects.filter(slug="arman-issetov").update(is_published=False)
    assert "Arman Issetov" not in page(client, "/en/commission/").get_text()
    page(client, "/en/commission/arman-issetov/", status=404)


@pytest.mark.parametrize(
    ("language", "name", "position"),
    [
        ("kk", "Бақыт Нұрмұханов", "Конституциялық Сот Төрағасының орынбасары"),
        ("ru", "Бакыт Нурмуханов", "Заместитель Председателя Конституционного Суда"),
        ("en", "Bakyt Nurmukhanov", "Deputy Chairperson of the Constitutional Court"),
    ],
)
def test_a_member_page_shows_name_role_position_and_structured_data(client, seeded, language, name, position):
    html = page(client, f"/{language}/commission/bakyt-nurmukhanov/")
    assert html.h1.get_text(strip=True) == name
    assert html.select_one(".member .person__position").get_text(strip=True) == position
    assert html.select_one(".person__initials").get_text(strip=True) == "".join(w[0] for w in name.split())
    assert html.find("img") is None
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Person"
    assert data["name"] == name
    assert data["jobTitle"] == position


def test_a_member_missing_a_translation_is_shown_in_a_fallback_language_with_a_notice(client, seeded):
    Member.objects.filter(slug="artur-lastayev").update(full_name_en=None, position_en=None)
    html = page(client, "/en/commission/artur-lastayev/")
    assert html.select_one("article.member")["lang"] == "ru"
    assert html.h1.get_text(strip=True) == "Артур Ластаев"
    assert "has not been translated into this language yet" in html.select_one(".fallback-notice").get_text()
    card = page(client, "/en/commission/").find("a", string="Артур Ластаев").find_parent("li")
    assert card["lang"] == "ru"


@pytest.mark.parametrize(
    ("language", "heading"), [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")]
)
def test_unknown_member_slugs_are_translated_404s(client, seeded, language, heading):
    assert page(client, f"/{language}/commission/no-such-person/", status=404).h1.get_text(strip=True) == heading


def test_a_member_added_in_the_admin_gets_an_ascii_slug_from_the_name(superuser_client):
    response = post_form(
        superuser_client,
        admin_url(Member, "add", language="kk"),
        full_name_kk="Қайрат Ғалымжанұлы",
        full_name_ru="Кайрат Галымжанулы",
        position_kk="Мүше",
        position_ru="Член",
        order="60",
        is_published="on",
        # Published without English: confirmed (tests/test_publishing.py covers the question itself).
        _publish_incomplete="1",
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    member = Member.objects.get(full_name_kk="Қайрат Ғалымжанұлы")
    assert member.slug == "qayrat-ghalymzhanuly"  # from the Kazakh name, as the help text says
    assert (
        page(superuser_client, "/kk/commission/qayrat-ghalymzhanuly/").h1.get_text(strip=True) == "Қайрат Ғалымжанұлы"
    )


def test_a_second_current_chairperson_is_refused_with_a_message(superuser_client):
    member = Member.objects.get(slug="arman-issetov")
    response = post_form(superuser_client, admin_url(member), role="chairperson")
    assert response.status_code == 200
    assert "already has a current chairperson" in response.content.decode()
    assert Member.objects.get(pk=member.pk).role == "member"


def test_the_roster_needs_the_same_queries_however_many_members(
    client, seeded, django_assert_max_num_queries, django_assert_num_queries
):
    with django_assert_max_num_queries(3) as before:
        assert client.get("/en/commission/").status_code == 200
    Member.objects.bulk_create(
        Member(slug=f"extra-{n}", full_name_en=f"Extra {n}", position_en="Member", order=100 + n) for n in range(50)
    )
    with django_assert_num_queries(len(before)):
        assert "Extra 49" in client.get("/en/commission/").content.decode()


def test_a_member_card_shown_in_a_fallback_language_says_so_in_the_page_language(client, seeded):
    member = Member.objects.published().first()
    Member.objects.filter(pk=member.pk).update(full_name_en="", position_en="")
    card = page(client, "/en/commission/").find("a", string=member.full_name_ru).find_parent("li")
    assert card["lang"] == "ru"
    note = card.select_one(".card__note")
    assert (note["lang"], note.get_text()) == ("en", "Not yet translated; shown in Russian")
