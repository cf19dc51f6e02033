"""Translators' catalogues: complete, well-formed and up to date with the code."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(ROOT.glob("locale/*/LC_MESSAGES/*.po"))
# Kazakh for Django's admin and django-reversion, where their own kk catalogues fall short.
COMPLETIONS = sorted(ROOT.glob("locale/completions/*/LC_MESSAGES/*.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sd]|\{\w*\}|<[^>]+>")
SOURCES = ["manage.py", "portal", "referendum", "templates", "static", "tests/__init__.py", "tests/settings.py"]


def entries(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_there_is_a_catalogue_per_language_and_domain():
    names = {(path.parts[-3], path.name) for path in CATALOGUES}
    assert names == {(lang, domain) for lang in ("kk", "ru", "en") for domain in ("django.po", "djangojs.po")}
    assert {path.parts[-3] for path in COMPLETIONS} <= {"kk", "ru"}


def test_kazakh_is_not_russian_left_in_place():
    """A kk entry identical to the ru one is Russian left in place, unless it is a name or a number."""
    kk = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(ROOT / "locale/kk/LC_MESSAGES/django.po"))}
    ru = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(ROOT / "locale/ru/LC_MESSAGES/django.po"))}
    same = [key for key, text in kk.items() if text and text == ru.get(key) and len(text.split()) > 2]
    assert same == []


@pytest.mark.parametrize("path", CATALOGUES + COMPLETIONS, ids=lambda path: "/".join(path.parts[-4:]))
def test_every_entry_is_translated_and_none_is_fuzzy(path):
    catalogue = polib.pofile(str(path))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert not catalogue.metadata_is_fuzzy


@pytest.mark.parametrize("path", CATALOGUES + COMPLETIONS, ids=lambda path: "/".join(path.parts[-4:]))
def test_msgfmt_accepts_the_catalogue(path):
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("path", CATALOGUES + COMPLETIONS, ids=lambda path: "/".join(path.parts[-4:]))
def test_kazakh_and_russian_text_is_not_left_in_english(path):
    language = path.parts[-3]
    if language == "en":
        return
    catalogue = polib.pofile(str(path))
    for entry in catalogue.translated_entries():
        if entry.msgid.endswith("_FORMAT"):
            continue  # a date format string, not words
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            letters = [char for char in PLACEHOLDER.sub("", text) if char.isalpha()]
            latin = sum("a" <= char.lower() <= "z" for char in letters)
            # Brand and source names (Kazinform, UTC) may stay Latin, but no whole sentence.
            assert latin <= len(letters) / 2 or len(letters) <= 4, (language, entry.msgid, text)


def test_catalogues_hold_exactly_the_strings_the_code_uses(tmp_path):
    """A string added to the code without `make messages`, or one left behind, fails here."""
    for source in SOURCES:
        target = tmp_path / source
        if (ROOT / source).is_dir():
            shutil.copytree(ROOT / source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / source, target)
    (tmp_path / "locale").mkdir()
    env = {"DJANGO_SETTINGS_MODULE": "tests.settings", "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "manage.py", "makemessages", "-l", "kk", "--no-location", "--verbosity", "0", "-d"]
    runs = [subprocess.Popen([*command, domain], cwd=tmp_path, env=env) for domain in ("django", "djangojs")]
    assert [run.wait() for run in runs] == [0, 0]
    for domain in ("django", "djangojs"):
        fresh = entries(tmp_path / "locale/kk/LC_MESSAGES" / f"{domain}.po") - {(None, "")}
        for language in ("kk", "ru", "en"):
            committed = entries(ROOT / "locale" / language / "LC_MESSAGES" / f"{domain}.po") - {(None, "")}
            assert fresh - committed == set(), f"{language}/{domain}.po lacks these: run `make messages`"
            assert committed - fresh == set(), f"{language}/{domain}.po has strings the code no longer uses"


def test_every_translated_field_can_be_read_in_one_language():
    """Pages read a translated field in one language as `obj.exact_text(code).<field>` or `obj.text.<field>`
    (referendum/core/content.py, TextIn): a field named like one of TextIn's own attributes would read that
    attribute instead of the text."""
    from modeltranslation.translator import translator

    from referendum.core.content import TextIn

    shadowed = {name for name in dir(TextIn(None, "kk", "kk")) if not name.startswith("_")}
    assert shadowed >= {"language", "requested", "is_fallback"}
    fields = {
        f"{model.__name__}.{field}": field
        for model in translator.get_registered_models()
        for field in translator.get_options_for_model(model).fields
    }
    assert len(fields) > 20
    assert {name for name, field in fields.items() if field in shadowed} == set()
