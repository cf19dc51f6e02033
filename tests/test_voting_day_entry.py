"""Voting day for staff and readers (issue 30, items 2 and 4): percentages typed with a decimal comma or a point
in any admin language and browser, snapshots checked against their neighbours, and the latest figure on the home
page while voting is open."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from referendum.core.decimal_input import EitherSeparatorDecimalField
from referendum.vote.turnout import TurnoutSnapshot

from .admin_forms import admin_url, form_as_shown
from .pages import parse


@pytest.mark.parametrize("typed", ["68,00", "68.00", "68", " 68,0 "])
def test_a_comma_or_a_point_is_the_decimal_mark(typed):
    assert EitherSeparatorDecimalField(max_digits=5, decimal_places=2).clean(typed) == Decimal("68")


@pytest.mark.parametrize("typed", ["68,0,0", "6,8.00", "abc"])
def test_an_unclear_figure_is_a_form_error_not_a_guess(typed):
    with pytest.raises(Exception):  # noqa: B017 (Django's ValidationError, in the admin's language)
        EitherSeparatorDecimalField(max_digits=5, decimal_places=2).clean(typed)


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
@pytest.mark.parametrize("typed", ["74,00", "74.00"])
def test_the_snapshot_form_stores_74_from_either_mark_in_every_admin_language(superuser_client, language, typed):
    snapshot = TurnoutSnapshot.objects.filter(percent__isnull=False).last()  # 20:30, 73.24: the day's last
    url = admin_url(snapshot, language=language)
    form = parse(superuser_client.get(url).content)
    box = form.select_one("input[name=percent]")
    assert box["type"] == "text" and box["inputmode"] == "decimal"  # the browser does not reread it
    data = form_as_shown(superuser_client, url, percent=typed)
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    snapshot.refresh_from_db()
    assert snapshot.percent == Decimal("74.00")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("kk", "Қатысу деңгейі күн бойы төмендей алмайды: сағат 10:00-де ол"),
        ("ru", "Явка не может снижаться в течение дня: в 10:00 она уже составляла 19,21%."),
        ("en", "Turnout cannot fall through the day: at 10:00 it was already 19.21%."),
    ],
)
def test_a_snapshot_lower_than_the_one_before_is_refused_in_the_editors_language(superuser_client, language, message):
    """Issue 30, item 2: a typo that makes turnout fall (17:30 below 17:00) never goes public."""
    snapshot = TurnoutSnapshot.objects.get(percent=Decimal("37.54"))  # 12:00; 10:00 was 19.21
    url = admin_url(snapshot, language=language)
    response = superuser_client.post(url, form_as_shown(superuser_client, url, percent="15,00"))
    assert response.status_code == 200 and message in response.content.decode()
    snapshot.refresh_from_db()
    assert snapshot.percent == Decimal("37.54")


def test_a_share_over_100_and_a_count_over_the_lists_are_refused(superuser_client):
    snapshot = TurnoutSnapshot.objects.get(percent=Decimal("37.54"))
    url = admin_url(snapshot)
    response = superuser_client.post(
        url, form_as_shown(superuser_client, url, percent="100,5", participants="99999999")
    )
    page = response.content.decode()
    assert "A share cannot pass 100%." in page and "More citizens than the 12,461,796 on the voter lists." in page


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", "64,43"),
        ("ru", "Явка на 16:00: 64,43% граждан"),
        ("en", "Turnout at 16:00: 64.43% of the citizens on the voter lists had received a ballot."),
    ],
)
def test_the_home_page_shows_the_latest_figure_while_voting_is_open(client, seeded, language, words):
    """Issue 30, item 4: on the voting day the latest national figure, with its time and source, is on the home
    page itself (frozen clock: 16:30, Kazakhstan time; the 18:00 figure is not out yet)."""
    with time_machine.travel(datetime(2026, 3, 15, 16, 30, tzinfo=ZoneInfo("Asia/Almaty")), tick=False):
        home = parse(client.get(f"/{language}/").content)
    figure = home.select_one(".state__turnout")
    assert words in figure.get_text(" ", strip=True)
    assert figure.select_one(".source a")  # its source, linked to the article


def test_the_latest_figure_is_not_shown_once_the_referendum_has_concluded(client, seeded):
    assert parse(client.get("/en/").content).select_one(".state__turnout") is None
