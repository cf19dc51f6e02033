"""Staff edit the referendum through the admin's own forms."""

import pytest

from referendum.vote.models import Referendum

from .admin_forms import admin_url, post_form


def test_the_change_form_and_list_open(superuser_client, seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    assert superuser_client.get("/kk/admin/vote/referendum/").status_code == 200
    response = superuser_client.get(f"/kk/admin/vote/referendum/{referendum.pk}/change/")
    assert response.status_code == 200
    assert b"/static/vendor/jquery-ui/jquery-ui.min.js" in response.content
    assert b"googleapis" not in response.content


def test_a_saved_edit_shows_on_the_site_in_that_language(superuser_client, seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    response = post_form(superuser_client, admin_url(referendum), title_ru="Новый заголовок")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Referendum.objects.get(slug="constitution-2026").title_ru == "Новый заголовок"
    assert "Новый заголовок" in superuser_client.get("/ru/").content.decode()


def test_impossible_results_are_a_form_error_and_nothing_is_saved(superuser_client, seeded):
    referendum = Referendum.objects.get(slug="constitution-2026")
    response = post_form(superuser_client, admin_url(referendum, language="ru"), participants="20000000")
    assert response.status_code == 200
    assert "Участников больше, чем граждан, имеющих право голоса." in response.content.decode()
    assert Referendum.objects.get(slug="constitution-2026").participants == 9127192


@pytest.mark.parametrize("field", ["question_kk", "question_ru", "answer_yes_kk", "answer_no_ru"])
def test_translators_cannot_change_the_verbatim_ballot_wording(translator, field):
    referendum = Referendum.objects.get(slug="constitution-2026")
    url = admin_url(referendum, language="kk")
    assert f'name="{field}"' not in translator.get(url).content.decode()
    before = getattr(referendum, field)
    response = post_form(translator, url, **{field: "Өзгертілген"})
    assert response.status_code == 403
    assert getattr(Referendum.objects.get(slug="constitution-2026"), field) == before


def test_translators_still_translate_the_ballot_into_english(translator):
    referendum = Referendum.objects.get(slug="constitution-2026")
    response = post_form(translator, admin_url(referendum, language="ru"), question_en="An improved English rendering")
    assert response.status_code == 302, response.content.decode()[:1500]
    assert Referendum.objects.get(slug="constitution-2026").question_en == "An improved English rendering"
