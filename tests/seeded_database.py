"""Each worker's test database starts as a copy of one that is already migrated and seeded.

Migrating and seeding a new test database took about 2 s of each worker's start on SQLite and 2.5 s on
PostgreSQL; copying a seeded one takes a fraction of that. The seeded database is kept between runs (SQLite: a
file in the user's cache folder; PostgreSQL: a database on the server) under a name that carries a digest of
everything that decides what it holds: the code under referendum/ (models, migrations, seed), the settings, the
pinned requirements and the packages installed (a package upgraded by hand may seed or migrate differently). A change
to any of them builds a new one; an old one is never used.
"""

import contextlib
import functools
import hashlib
import io
import os
import sqlite3
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connection

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("referendum", "portal/settings.py", "tests/settings.py", "tests/seeded_database.py", "requirements.txt")
# pg_advisory_lock's key: one worker builds the seeded database while the others wait for it.
BUILD_LOCK = 4_151_119_950
NAME_PREFIX = "portal_seeded_"
KEPT_OLDER_COPIES = 3


@functools.cache
def current_digest():
    return digest(ROOT)


def installed_packages():
    """Every installed distribution, as the name of its metadata folder (`Django-6.1.3.dist-info`), sorted. The
    folder names, not importlib.metadata, whose reading of every package's metadata costs each worker 0.1 s."""
    return sorted({folder.name for entry in sys.path if entry for folder in Path(entry).glob("*.dist-info")})


def digest(root, packages=None):
    packages = installed_packages() if packages is None else packages
    content = hashlib.sha256("\n".join(packages).encode() + b"\0")
    for entry in INPUTS:
        path = root / entry
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                content.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes() + b"\0")
    return content.hexdigest()[:16]


def seed_into_current_database():
    """As `make seed` does: the seed, then the search index (records migrations add send no signals)."""
    call_command("load_seed_content", stdout=io.StringIO())
    call_command("rebuild_search_index", stdout=io.StringIO())


# --- PostgreSQL: the workers' databases are created with the seeded one as their template.


def use_postgresql_copy():
    """Names the seeded database as the template of this worker's test database, building it first if no run
    has. Called before pytest-django creates the test database."""
    name = NAME_PREFIX + current_digest()
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [BUILD_LOCK])
        try:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                build_postgresql_copy(name)
                cursor.execute(f'ALTER DATABASE "{name}_building" RENAME TO "{name}"')
                drop_older_postgresql_copies(cursor, name)
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [BUILD_LOCK])
    connection.settings_dict["TEST"]["TEMPLATE"] = name


def build_postgresql_copy(name):
    """Migrates and seeds a database as Django creates a test database, under a name of its own."""
    test_settings = connection.settings_dict["TEST"]
    saved = connection.settings_dict["NAME"], test_settings.get("NAME")
    test_settings["NAME"] = f"{name}_building"
    try:
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        seed_into_current_database()
    finally:
        connection.close()
        connection.settings_dict["NAME"], test_settings["NAME"] = saved
        settings.DATABASES[connection.alias]["NAME"] = saved[0]


def drop_older_postgresql_copies(cursor, current):
    """Keeps the newest few: a run of other code (another checkout, CI) may be copying its own right now."""
    cursor.execute(
        "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s ORDER BY oid DESC",
        [f"{NAME_PREFIX}%", current],
    )
    for (old,) in cursor.fetchall()[KEPT_OLDER_COPIES:]:
        with contextlib.suppress(DatabaseError):  # in use: a later build drops it
            cursor.execute(f'DROP DATABASE IF EXISTS "{old}"')


# --- SQLite: the test database lives in memory; the seeded one is a file, copied in with SQLite's backup.


def sqlite_copy_path():
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "referendum-portal" / f"{NAME_PREFIX}{current_digest()}.sqlite3"


def use_sqlite_copy():
    """Whether a seeded file exists; if so, the test database is made without migrations (its tables and rows
    are replaced by the copy's anyway)."""
    if not sqlite_copy_path().exists():
        return False
    connection.settings_dict["TEST"]["MIGRATE"] = False
    return True


def fill_sqlite_database(copy_exists):
    """Copies the seeded file into the new test database, or seeds it and keeps a copy for the next run."""
    path = sqlite_copy_path()
    connection.ensure_connection()
    if copy_exists:
        # Read-only: a copy removed meanwhile is an error here, never an empty database.
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as source:
            source.backup(connection.connection)
        source.close()
        return
    seed_into_current_database()
    try:
        keep_sqlite_copy(path)
    except OSError as error:  # no writable cache folder: the next run seeds again, nothing worse
        print(f"\nThe seeded test database was not kept at {path}: {error}", file=sys.stderr)


def keep_sqlite_copy(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    with sqlite3.connect(partial) as target:
        connection.connection.backup(target)
    target.close()
    os.replace(partial, path)  # whole or not at all: another worker may be reading it
    with contextlib.suppress(FileNotFoundError):  # another run cleaning up at the same moment
        older = sorted(path.parent.glob(f"{NAME_PREFIX}*.sqlite3"), key=lambda file: file.stat().st_mtime)
        for old in [file for file in reversed(older) if file != path][KEPT_OLDER_COPIES:]:
            old.unlink(missing_ok=True)
        for left in path.parent.glob(f"{NAME_PREFIX}*.partial"):  # by a run that was stopped while writing
            if time.time() - left.stat().st_mtime > 3600:
                left.unlink(missing_ok=True)
