"""Account lock-out: wrong passwords lock one account from one address, and strangers can't turn it on staff."""

import pytest
from django.test import Client

from referendum.core.client_ip import client_ip

from .accounts import PASSWORD, make_user

LOGIN = "/kk/admin/login/"


@pytest.fixture
def staff(db):
    return make_user("staffer")


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client):
    return "_auth_user_id" in client.session


def test_strangers_failing_with_made_up_names_do_not_lock_out_a_real_user_at_the_same_address(staff):
    stranger = Client()
    for attempt in range(12):
        sign_in(stranger, f"nobody-{attempt}", "guess")
    user = Client()
    response = sign_in(user, "staffer", PASSWORD)
    assert response.status_code == 302
    assert signed_in(user)


def test_failures_against_a_real_name_from_elsewhere_do_not_lock_its_owner_out(staff):
    attacker = Client()
    for _ in range(8):
        sign_in(attacker, "staffer", "guess", address="198.51.100.9")
    owner = Client()
    assert sign_in(owner, "staffer", PASSWORD).status_code == 302
    assert signed_in(owner)


def test_five_wrong_passwords_for_one_account_lock_that_account_from_that_address(staff):
    client = Client()
    for _ in range(5):
        sign_in(client, "staffer", "wrong")
    response = sign_in(client, "staffer", PASSWORD)
    assert response.status_code == 429
    assert "Тіркелгі бұғатталды" in response.content.decode()  # in the address's language
    assert not signed_in(client)
    assert client.get("/kk/admin/").status_code == 302


def test_another_users_successes_do_not_wipe_the_failures_against_an_account(staff):
    make_user("translator")
    attacker = Client()
    for _ in range(4):
        sign_in(attacker, "staffer", "wrong")
        assert sign_in(Client(), "translator", PASSWORD).status_code == 302
    sign_in(attacker, "staffer", "wrong")
    response = sign_in(attacker, "staffer", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(attacker)


def test_a_success_clears_only_the_users_own_failures(staff):
    client = Client()
    for _ in range(4):
        sign_in(client, "staffer", "wrong")
    assert sign_in(client, "staffer", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "staffer", "wrong")
    assert sign_in(client, "staffer", PASSWORD).status_code == 302


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "198.51.100.1", "10.0.0.1"),  # no proxy: the header is the visitor's own claim
        (1, "198.51.100.1", "198.51.100.1"),  # the proxy appended what it saw
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the visitor's forged entry is ignored
        (2, "6.6.6.6, 198.51.100.1, 192.0.2.5", "198.51.100.1"),  # CDN, then our proxy
        (2, "198.51.100.1", "10.0.0.1"),  # came round the CDN: trust only the socket
        (1, "not-an-address", "10.0.0.1"),
    ],
)
def test_the_client_address_is_the_one_our_own_proxies_saw(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_behind_a_proxy_each_visitor_is_locked_separately(staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def through_the_proxy(client, password, visitor):
        return client.post(
            LOGIN, {"username": "staffer", "password": password}, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=visitor
        )

    attacker, owner = Client(), Client()
    for _ in range(6):
        through_the_proxy(attacker, "wrong", "198.51.100.9")
    assert through_the_proxy(attacker, PASSWORD, "198.51.100.9").status_code == 429
    response = through_the_proxy(owner, PASSWORD, "203.0.113.50")
    assert response.status_code == 302
