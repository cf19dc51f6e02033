"""The referendum's state follows the clock: countdown, voting day, counting, concluded."""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from referendum.vote.models import Referendum
from referendum.vote.state import Countdown, Phase, state_at

ALMATY = ZoneInfo("Asia/Almaty")
OPENS = datetime(2026, 3, 15, 7, 0, tzinfo=ALMATY)
CLOSES = datetime(2026, 3, 15, 20, 0, tzinfo=ALMATY)


def at(*args):
    return datetime(*args, tzinfo=ALMATY)


@pytest.mark.parametrize(
    ("now", "phase", "next_change"),
    [
        (at(2026, 3, 14, 23, 59, 59), Phase.UPCOMING, at(2026, 3, 15, 0, 0)),
        (at(2026, 3, 15, 0, 0), Phase.VOTING_DAY, OPENS),
        (at(2026, 3, 15, 6, 59, 59), Phase.VOTING_DAY, OPENS),
        (at(2026, 3, 15, 7, 0), Phase.POLLS_OPEN, CLOSES),
        (at(2026, 3, 15, 19, 59, 59), Phase.POLLS_OPEN, CLOSES),
        (at(2026, 3, 15, 20, 0), Phase.COUNTING, at(2026, 3, 16, 0, 0)),
        (at(2026, 3, 16, 0, 0), Phase.CONCLUDED, None),
        (at(2026, 11, 27, 12, 0), Phase.CONCLUDED, None),
    ],
)
def test_the_phase_changes_exactly_at_the_boundaries(now, phase, next_change):
    state = state_at(now, OPENS, CLOSES)
    assert state.phase == phase
    assert state.next_change == next_change


def test_the_same_moment_in_utc_gives_the_same_phase():
    assert state_at(datetime(2026, 3, 15, 2, 0, tzinfo=ZoneInfo("UTC")), OPENS, CLOSES).phase == Phase.POLLS_OPEN
    assert state_at(datetime(2026, 3, 15, 1, 59, tzinfo=ZoneInfo("UTC")), OPENS, CLOSES).phase == Phase.VOTING_DAY


def test_the_countdown_counts_to_the_opening_of_the_polls():
    state = state_at(at(2026, 3, 12, 5, 30, 15), OPENS, CLOSES)
    assert state.countdown == Countdown(days=3, hours=1, minutes=29, seconds=45, total_seconds=264585)
    assert state_at(at(2026, 3, 15, 6, 0), OPENS, CLOSES).countdown.hours == 1
    assert state_at(OPENS, OPENS, CLOSES).countdown is None


def render_unit(language, days):
    from referendum.vote.state import ReferendumState

    now = OPENS - timedelta(days=days, hours=1)
    state = ReferendumState(Phase.UPCOMING, now, OPENS, CLOSES, OPENS)
    with translation.override(language):
        html = render_to_string("vote/includes/state.html", {"state": state})
    start = html.index('data-label="days">') + len('data-label="days">')
    return html[start : html.index("</span>", start)]


@pytest.mark.parametrize(
    ("language", "days", "word"),
    [
        ("ru", 1, "день"),
        ("ru", 2, "дня"),
        ("ru", 5, "дней"),
        ("ru", 11, "дней"),
        ("ru", 21, "день"),
        ("ru", 22, "дня"),
        ("kk", 1, "күн"),
        ("kk", 5, "күн"),
        ("en", 1, "day"),
        ("en", 2, "days"),
        ("en", 21, "days"),
    ],
)
def test_the_countdown_uses_each_languages_plural_forms(language, days, word):
    assert render_unit(language, days) == word


def referendum(**numbers):
    values = {
        "slug": "test",
        "title": "Test",
        "voting_date": datetime(2026, 3, 15).date(),
        "question": "?",
        "answer_yes": "Yes",
        "answer_no": "No",
    }
    values.update(numbers)
    return Referendum(**values)


def test_the_verdict_is_derived_from_the_numbers_and_the_thresholds():
    seed_numbers = referendum(eligible_voters=12_482_613, participants=9_127_192, votes_for=7_954_667)
    assert seed_numbers.is_valid is True
    assert seed_numbers.is_adopted is True
    assert round(seed_numbers.turnout_percent, 2) == Decimal("73.12")
    assert round(seed_numbers.for_percent, 2) == Decimal("87.15")


def test_exactly_half_is_not_more_than_half():
    assert referendum(eligible_voters=100, participants=50, votes_for=50).is_valid is False
    assert referendum(eligible_voters=100, participants=51, votes_for=26).is_adopted is True
    half_in_favour = referendum(eligible_voters=100, participants=60, votes_for=30)
    assert half_in_favour.is_valid is True
    assert half_in_favour.is_adopted is False


def test_an_invalid_referendum_is_never_adopted():
    assert referendum(eligible_voters=100, participants=40, votes_for=40).is_adopted is False


def test_without_results_there_is_no_verdict():
    assert referendum().is_valid is None
    assert referendum().is_adopted is None


@pytest.mark.django_db
def test_impossible_numbers_are_refused_with_a_message():
    with pytest.raises(ValidationError) as error:
        referendum(eligible_voters=10, participants=11).full_clean()
    assert "participants" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        referendum(participants=10, votes_for=6, votes_against=4, invalid_ballots=1).full_clean()
    assert "votes_for" in error.value.message_dict


@pytest.mark.django_db
def test_the_database_refuses_impossible_numbers_too():
    with pytest.raises(IntegrityError), transaction.atomic():
        referendum(eligible_voters=10, participants=11).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        referendum(participants=10, votes_for=6, votes_against=4, invalid_ballots=1).save()
