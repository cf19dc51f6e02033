import atexit
import gc
import logging
import os
import shutil
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.utils import translation

from . import seeded_database
from .accounts import make_superuser, make_user

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls there are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"

# Tests make many short-lived objects (parsed pages, admin forms, rendered templates). At Python's default
# thresholds the collector ran 940 times in seven of the modules, 1.7 s; at these, 37 times, 0.8 s; the
# processor time of those modules fell by about a tenth. No test depends on when the collector runs.
gc.set_threshold(50_000, 50, 100)


@pytest.fixture(autouse=True)
def reset_language():
    """Each test starts in the default language, whatever the one before it activated."""
    translation.activate("kk")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """No test sees pages another test cached."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache_on(settings):
    """The page cache as production runs it (tests/settings.py switches it off for the rest)."""
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture(scope="session")
def seeded_copy(django_db_modify_db_settings_parallel_suffix, django_db_blocker):
    """Which seeded database this worker's test database is copied from (tests/seeded_database.py): on
    PostgreSQL always (built first if no run has), on SQLite once a run has kept one."""
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            seeded_database.use_postgresql_copy()
            return "postgresql"
        return "sqlite" if seeded_database.use_sqlite_copy() else None


@pytest.fixture(scope="session")
def django_db_modify_db_settings(seeded_copy):
    """pytest-django's hook before it creates the test database: `seeded_copy` has set it up."""


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, django_db_keepdb, seeded_copy):
    """The seed content is in the test database once, as created; each test runs in a transaction that is
    rolled back, so every test starts from the same seeded state without paying for it again."""
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            seeded_database.fill_sqlite_database(copy_exists=seeded_copy == "sqlite")
        elif django_db_keepdb:
            # --reuse-db kept an earlier run's database instead of copying the seeded one: bring its seed up to
            # date (only what is missing is added).
            seeded_database.seed_into_current_database()


@pytest.fixture
def seeded(db):
    """The seed content (loaded once per session by `django_db_setup`); names what a test relies on."""


@pytest.fixture(scope="session")
def public_pages(django_db_setup, django_db_blocker):
    """Every public page in every language, rendered once from the seed content, by (language, path): the
    site-wide tests read these same pages, and rendering all of them takes a few seconds each time. A test that
    reads them asks for `seeded` too, so that pytest-django creates the test database for it, and is in the
    xdist group "public_pages", so that one worker renders them, not each."""
    from django.test import Client

    from .pages import all_public_paths

    client = Client()
    with django_db_blocker.unblock(), translation.override("kk"):
        return {(language, path): client.get(path) for language, path in all_public_paths()}


@pytest.fixture(scope="session")
def public_soups(public_pages):
    """The same pages, each parsed once, by (language, path): for tests that only read them."""
    from .pages import parse

    return {key: parse(response.content) for key, response in public_pages.items()}


@pytest.fixture
def writable_locale(settings, tmp_path):
    """A copy of locale/ (completions too) for Rosetta, compilemessages or the test to write, never the
    repository's own; a newly compiled catalogue is read on the next request (in production, within
    CATALOG_RELOAD_INTERVAL seconds)."""
    from django.utils.translation.reloader import translation_file_changed

    copy = tmp_path / "locale"
    shutil.copytree(Path(__file__).resolve().parent.parent / "locale", copy)
    settings.LOCALE_PATHS = [copy, copy / "completions"]
    settings.CATALOG_RELOAD_INTERVAL = 0
    translation_file_changed(sender=None, file_path=Path("reset.mo"))
    yield copy
    translation_file_changed(sender=None, file_path=Path("reset.mo"))


@pytest.fixture
def no_content(db):
    """A database without content, as on a fresh install (rolled back after the test like any other)."""
    from referendum.core.roles import content_models

    for model in reversed(content_models()):
        model.objects.all().delete()


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """The portal served over HTTP from a thread, on the seed committed when the session began. Browser tests
    only read, so they share this one server and need no database of their own: no seeding before them and no
    flush after them, and they can run in any order. On SQLite the thread borrows the test database's
    connection, as Django's LiveServerTestCase does; on PostgreSQL it opens its own."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server.url
    server.stop()
    # A connection opened while Playwright ran is not the one the session's end closes: one was left open, and
    # PostgreSQL refused to drop the test database. End every other session on it first.
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND usename = current_user AND backend_type = 'client backend'"
            )
        connection.close()


@pytest.fixture
def site(live_site, seeded):
    """The live site's address, the database open to its thread. A browser test must only read: on PostgreSQL
    the server's own connection commits what it writes, and later tests on the worker would see it."""
    return live_site


# --- Staff, signed in with their role (tests/accounts.py).
@pytest.fixture
def superuser(seeded):
    return make_superuser()


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def staff_client(client, seeded):
    """Signed in as staff with no role: can preview, can change nothing."""
    client.force_login(make_user("staff"))
    return client


@pytest.fixture
def editor(client, seeded):
    """Signed in as an editor with a name, which the admin's history shows beside the username."""
    client.force_login(make_user("editor", "Editors", first_name="Aigerim", last_name="Sadykova"))
    return client


@pytest.fixture
def translator(client, seeded):
    client.force_login(make_user("translator", "Translators"))
    return client


# --- Browser tests: Debian's Chromium through Playwright, never a downloaded browser.
def browser_required():
    return os.environ.get("REQUIRE_BROWSER", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # A test on a committed database (none today) goes last, as pytest-django orders it before pytest-playwright
    # regroups its own tests: it empties the database after it, and the seed is loaded only once (django_db_setup).
    items.sort(key=lambda item: "transactional_db" in getattr(item, "fixturenames", ()))
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    if browser_required():
        return  # the browser fixture fails each test loudly instead
    skip = pytest.mark.skip(reason=f"BROWSER TESTS SKIPPED: {CHROMIUM} is not installed (apt-get install chromium)")
    browser_items = [item for item in items if "browser" in item.keywords]
    for item in browser_items:
        item.add_marker(skip)
    config.stash[SKIPPED_BROWSER_TESTS] = len(browser_items)


SKIPPED_BROWSER_TESTS = pytest.StashKey[int]()


def pytest_configure(config):
    # An xdist worker. Handlers registered later (by test modules) run before this one; those registered at
    # import, before pytest configures, run after it and so are skipped: logging's is called by hand.
    if hasattr(config, "workerinput"):
        atexit.register(end_worker_without_teardown)
    elif config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(TestsThatDidNotRun(), "tests-that-did-not-run")


def end_worker_without_teardown():
    """An xdist worker has reported everything by the time it exits; freeing its objects one by one, as the
    interpreter does on the way out, held up the end of every run by most of a second (measured)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids):
    # xdist marks a grouped test by adding its group to its id; where it cannot (pytest-xdist#1386), it ignores the
    # groups without a word, and each worker starts its own browser and renders its own crawl.
    grouped = [test_id for test_id in ids if test_id.startswith(("tests/test_browser.py", "tests/test_html_validity"))]
    if node.config.getvalue("dist") == "loadgroup" and any("@" not in test_id for test_id in grouped):
        pytest.exit("--dist loadgroup groups nothing here: see the pytest pin in requirements-dev.txt", returncode=4)


class TestsThatDidNotRun:
    """A crashed worker is not replaced (pyproject.toml), and the tests still queued for it never run: this names
    them and fails the run, which would otherwise count only what did run."""

    def __init__(self):
        self.collected, self.reported = set(), set()
        self.crashed = False  # after -x, --maxfail or Ctrl-C tests are left unrun too, and that is said already

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node, error):
        self.crashed = self.crashed or error is not None

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node, ids):
        self.collected.update(ids)

    def pytest_runtest_logreport(self, report):
        self.reported.add(report.nodeid)

    def missing(self):
        return sorted(self.collected - self.reported) if self.crashed else []

    def pytest_sessionfinish(self, session, exitstatus):
        if self.missing() and exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter):
        missing = self.missing()
        if missing:
            terminalreporter.write_sep("!", f"{len(missing)} TESTS DID NOT RUN (a worker crashed)", red=True)
            for node_id in missing[:20]:
                terminalreporter.write_line(node_id)


def pytest_terminal_summary(terminalreporter, config):
    skipped = config.stash.get(SKIPPED_BROWSER_TESTS, 0)
    if skipped:
        terminalreporter.write_sep("!", f"{skipped} BROWSER TESTS SKIPPED: {CHROMIUM} is not installed", red=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"REQUIRE_BROWSER is set but {CHROMIUM} is missing: apt-get install chromium")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }
