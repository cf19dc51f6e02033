"""Percentages typed in the admin (issue 30, item 2): a decimal comma or a point, whatever the admin's language
and the browser's; the box says which it takes."""

from decimal import Decimal

import pytest

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
@pytest.mark.parametrize("typed", ["68,00", "68.00"])
def test_the_snapshot_form_stores_68_from_either_mark_in_every_admin_language(superuser_client, language, typed):
    snapshot = TurnoutSnapshot.objects.filter(percent__isnull=False).first()
    url = admin_url(snapshot, language=language)
    form = parse(superuser_client.get(url).content)
    box = form.select_one("input[name=percent]")
    assert box["type"] == "text" and box["inputmode"] == "decimal"  # the browser does not reread it
    data = form_as_shown(superuser_client, url, percent=typed)
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    snapshot.refresh_from_db()
    assert snapshot.percent == Decimal("68.00")
