"""The admin in Kazakh and Russian: every page staff reach, its scripts' catalogue, the history and numbers.

One test per language signs in a superuser and renders the admin index, each registered model's list, add form,
change form, history and delete confirmation, Rosetta's catalogue list and one catalogue, and the translation
status page; with django-axes' records of a locked-out account, its lists filtered and searched, the user and
group forms with their permissions, and the page a locked-out account is shown. It fails on words a
Kazakh-speaking reviewer found wrong, on any English word in the visible text that is not content (what staff
typed, a record's own data), on any string of Django's or of the staff packages' catalogues shown
untranslated, on titles starting in lower case, and on decimal points where the language writes a comma. The
rich-text editor's toolbar is made in the browser: its tooltips and labels are checked in the scripts'
catalogue and, where Chromium is installed, in the toolbar Chromium shows.
"""

import json
import re
from functools import cache
from pathlib import Path

import django
import lxml.html
import polib
import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import translation
from django.utils.text import capfirst
from lxml import etree

from referendum.commission.models import Member
from referendum.core.content import LANGUAGE_CODES
from referendum.core.management.commands.load_seed_content import SEED_COMMENT

from .accounts import PASSWORD, make_user
from .admin_forms import admin_url, post_form

DJANGO_DIR = Path(django.__file__).parent
DJANGO_ADMIN_JS = DJANGO_DIR / "contrib/admin/locale/ru/LC_MESSAGES/djangojs.po"
# The msgids of what staff pages show, from complete Russian catalogues (Django's kk ones lack newer strings).
SERVER_CATALOGUES = [
    *(DJANGO_DIR / f"contrib/{app}/locale/ru/LC_MESSAGES/django.po" for app in ("admin", "auth", "contenttypes")),
    *(DJANGO_DIR.parent / f"{app}/locale/ru/LC_MESSAGES/django.po" for app in ("reversion", "axes")),
]
# Shown English text -> msgid, for Django 6.1 strings that no Django catalogue has yet.
NEW_IN_DJANGO_61 = {"- Select an option -": "- Select an option -", "Filter by ": "Filter by %(field_name)s"}

# Reported by the reviewer (and their siblings in Django's old kk catalogue and Rosetta's ru one).
WRONG = [
    r"Өзгетру",
    r"өзгету\b",
    r"үщін",
    r"СҮЗГІЗ|Сүзгіз|Сүзгіш",
    r"Өзгерес\b",
    r"\bкос\b",
    r"өшірілді",  # "were deleted" where the action means "delete"
    r"аталған",
    r"^%s бар$|мүшелері бар",  # "Available %s" read as "there are %s"
    r"Жорнал",
    r"Даңғо",
    r"\bАлға\b",
    r"\bВперёд\b",
    r"әрәкет",
    r"объекттің",
]

# Common English words: a run of them is an English sentence left in place.
COMMON_WORDS = """the a an and or to of in on for by with from at as is are was were be been it its this that these
    those you your yours we our not no can may will would should must if then than all any some each more less new
    only one
    select selected choose chosen enter add added change changed delete deleted remove removed history filter note
    view save edit type into box list available click here there please list time times hour hours ahead behind
    timezone server today yesterday tomorrow previous next show hide clear item items object objects field fields
    action actions user users password log entry entries go translate translated untranslated only fuzzy original
    file download pick another skip page display search back sure yes"""
COMMON = set(COMMON_WORDS.split())
# Latin text that stays Latin: names, standards, code.
ALLOWED_LATIN = re.compile(
    r"https?://\S+|\S+@\S+|\b\w+_\w+\b|\bRosetta\b|\bCC BY\b|\bAPI\b|\bUTC\b|\bDjango\b|\bHTML\b|\bURL\b|\bLDAP\b"
    r"|\bKazinform \(inform\.kz\)|\bControl\b|\bCommand\b|\bMac\b|\bJPEG\b|\bPNG\b|\bWebP\b|\bHTTP\b|\bID\b"
    r"|%\(\w+\)s|\d\d:\d\d:\d\d\.\d+"  # a time to the microsecond, in django-axes' record names
)
# A Latin word that is left once names, codes and content are taken out: English the reader was not meant to see.
LATIN_WORD = re.compile(r"(?<![\w/.-])[A-Za-z][a-z]+(?:[ -][A-Za-z][a-z]+)*(?![\w/])")
# Latin words that are the portal's own or a standard's, never a sentence: the language tabs' codes.
LATIN_WORDS_ALLOWED = {"kk", "ru", "en"}
# What Django writes in English and no catalogue or admin of the portal can reach (see the report of issue 30):
# the rows of an automatic many-to-many table in a delete confirmation ("Group–permission байланысы:
# Group_permissions object (3)": model names, not verbose names), a boolean's icon (alt="True"), and a password
# hash's masked summary ("Mb*****").
DJANGO_FIXED_ENGLISH = re.compile(r"^[A-Z][a-z]+–[a-z]+ \S+(?: .*)?$|^(?:True|False|None)$|^[A-Za-z0-9+/=]{2}\*+$")
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[\s,.:;!?()\"“”«»/&-]+[A-Za-z][A-Za-z'’]*)*")
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.\d+(?![\d.])")
# RegionalTurnout.__str__ (referendum/vote/turnout.py) writes `f"{region}: {percent}%"` with Python's point; it
# shows in delete confirmations. Not fixable from the admin or a catalogue: see the report (number_format).


def has_class(name):
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


# Scripts, styles, form data, and the msgids and code a Rosetta page shows on purpose.
NOT_READ = (
    "//script|//style|//template|//textarea|//code|//noscript"
    f"|//td[{has_class('original')}]|//td[{has_class('location')}]|//span[{has_class('context')}]"
)
LABELS = ("title", "placeholder", "aria-label", "alt")


def visible_lines(page):
    """What a person sees or hears in the page (an lxml tree, which this empties of what nobody reads): its text
    and labelling attributes. lxml, not BeautifulSoup: 80 admin pages a language, the largest 200 KB."""
    for hidden in page.xpath(NOT_READ):
        hidden.drop_tree()
    lines = [" ".join(text.split()) for text in page.itertext()]
    for element in page.iter(etree.Element):
        lines += [element.get(name) for name in LABELS if element.get(name)]
        if element.tag == "input" and element.get("type") in ("submit", "button", "reset"):
            lines.append(element.get("value", ""))
    return [line for line in lines if line]


@cache
def untranslated_server_strings(language):
    """The catalogues' whole-sentence msgids (no placeholders, no plurals) that `language` leaves in English."""
    found = set()
    with translation.override(language):
        for path in SERVER_CATALOGUES:
            for entry in polib.pofile(str(path)):
                msgid = entry.msgid
                if entry.msgid_plural or "%" in msgid or "{" in msgid or not any(c.isalpha() for c in msgid):
                    continue
                shown = translation.pgettext(entry.msgctxt, msgid) if entry.msgctxt else translation.gettext(msgid)
                if shown == msgid:
                    found.add(msgid)
        found |= {english for english, msgid in NEW_IN_DJANGO_61.items() if translation.gettext(msgid) == msgid}
    return found


def untranslated_on(lines, language):
    untranslated = untranslated_server_strings(language)
    found = untranslated.intersection(line.rstrip(": ") for line in lines)  # a label is shown with its colon
    started = untranslated & NEW_IN_DJANGO_61.keys()
    found |= {english for english in started if any(line.startswith(english) for line in lines)}
    return [f"untranslated: {text}" for text in sorted(found)]


# Rows Django writes in English itself (group names from a migration, permission names, content types' model
# names): the admin must show them in its language, so they do not count as content.
INTERFACE_ROWS = (Group, Permission, ContentType)


def database_text():
    """Text that is content, not interface: every stored string and every object's name (English content,
    source titles and log entries stay as they were entered)."""
    found = set()
    for model in apps.get_models():
        if model in INTERFACE_ROWS:
            continue
        text_fields = [
            f.attname for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField)
        ]
        for obj in model._default_manager.all()[:500]:
            found.add(str(obj))
            found.update(str(getattr(obj, name)) for name in text_fields if getattr(obj, name))
    return sorted((text for text in found if len(text) > 3), key=len, reverse=True)


def english_runs(line):
    line = ALLOWED_LATIN.sub(" ", line)
    found = []
    for match in LATIN_RUN.finditer(line):
        words = re.findall(r"[A-Za-z'’]+", match.group())
        common = [word for word in words if word.lower() in COMMON]
        if len(common) >= 3 or (len(words) >= 2 and len(common) == len(words)):
            found.append(match.group())
    return found


def english_words(text):
    """Latin words left in interface text (names, codes and standards taken out)."""
    text = ALLOWED_LATIN.sub(" ", text)
    return [word for word in LATIN_WORD.findall(text) if word not in LATIN_WORDS_ALLOWED]


def remove_endonyms(text):
    """Languages named in themselves ("Қазақ (kk)" on the translation status page) are meant to be."""
    for code in LANGUAGE_CODES:
        text = text.replace(translation.get_language_info(code)["name_local"], " ")
    return text


def problems_on(lines, content, language="kk"):
    problems = []
    for line in lines:
        for pattern in WRONG:
            if re.search(pattern, line):
                problems.append(f"wrong word /{pattern}/: {line}")
        if DECIMAL_POINT.search(ALLOWED_LATIN.sub(" ", line)) and not any(line in text for text in content):
            problems.append(f"decimal point: {line}")
        interface = line
        for text in content:
            if text in interface:
                interface = interface.replace(text, " ")
        problems += [f"English: {run!r} in {line}" for run in english_runs(interface)]
        if not DJANGO_FIXED_ENGLISH.match(line.strip()):
            problems += [f"English word: {word!r} in {line}" for word in english_words(interface)]
        if language != "kk" and KAZAKH_LETTERS.search(remove_endonyms(interface)):
            # A string the language's catalogue lacks falls back to Kazakh, the default language.
            problems.append(f"Kazakh: {line}")
    return problems


def titles_in_lower_case(page):
    """Page headings and the list's "Add" button start with a capital letter (the browser's title starts with
    the object's own name, which is content)."""
    heads = page.xpath(f'//*[@id="content"]//h1 | //*[{has_class("object-tools")}]//a[{has_class("addlink")}]')
    return [head.text_content().strip() for head in heads if head.text_content().strip()[:1].islower()]


def admin_pages(language):
    pages = [f"/{language}/admin/", f"/{language}/admin/translations/"]
    pages += [
        f"/{language}/admin/catalogues/files/project/",
        f"/{language}/admin/catalogues/files/project/{language}/0/",
    ]
    for model in admin.site._registry:
        base = f"/{language}/admin/{model._meta.app_label}/{model._meta.model_name}/"
        pages += [base, f"{base}add/"]
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            pages += [f"{base}{obj.pk}/change/", f"{base}{obj.pk}/history/", f"{base}{obj.pk}/delete/"]
    # The sign-in records filtered to locked-out accounts, and a search that finds nothing ("0 ...").
    for name in ("accessattempt", "accessfailurelog", "accesslog"):
        pages += [f"/{language}/admin/axes/{name}/?q=nobody-at-all"]
    pages += [f"/{language}/admin/axes/accessattempt/?locked_out=yes"]
    # Each role's group, with its permissions, and the superuser's own form, with every permission offered.
    pages += [f"/{language}/admin/auth/group/{group.pk}/change/" for group in Group.objects.order_by("pk")]
    pages += [f"/{language}/admin/auth/user/?groups__id__exact={Group.objects.order_by('pk').first().pk}"]
    return pages


def javascript_catalogue(client, language):
    text = client.get(f"/{language}/admin/jsi18n/").content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", text, re.S).group(1))


# What django-prose-editor 0.28 writes in its toolbar without gettext(), for the extensions the news body uses:
# static/js/prose-editor-labels.js looks each up in the catalogue.
PROSE_EDITOR_TOOLBAR = {
    "paragraph",
    "Paragraph",
    *(f"{heading} {level}" for heading in ("heading", "Heading") for level in (2, 3, 4)),
    "unordered list",
    "ordered list",
    "blockquote",
    "bold",
    "italic",
    "insert link",
    "remove link",
    "undo",
    "redo",
}


def prose_editor_strings():
    script = Path(__import__("django_prose_editor").__file__).parent / "static/django_prose_editor/editor.js"
    return set(re.findall(r'\bpX\("([^"]+)"\)', script.read_text()))


@pytest.fixture
def sign_in_records():
    """What django-axes keeps of an account locked out after too many wrong passwords."""
    record = {
        "username": "locked.editor",
        "ip_address": "192.0.2.7",
        "user_agent": "Mozilla/5.0",
        "http_accept": "text/html",
        "path_info": "/kk/admin/login/",
    }
    AccessAttempt.objects.create(
        **record, get_data="", post_data="username=locked.editor", failures_since_start=settings.AXES_FAILURE_LIMIT
    )
    AccessFailureLog.objects.create(**record, locked_out=True)
    AccessLog.objects.create(**record)


@pytest.fixture
def superuser_after_an_english_edit(superuser_client, sign_in_records):
    client = superuser_client
    # A change saved from the English admin: its history must read in the reader's language.
    member = Member.objects.get(slug="arman-issetov")
    assert post_form(client, admin_url(member), position_en="Deputy Minister of Justice").status_code == 302
    client.get("/en/admin/")  # the English admin's own "was changed successfully" notice is read there
    return client


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_admin_speaks_the_language_of_its_address(superuser_after_an_english_edit, language):
    client = superuser_after_an_english_edit
    with translation.override(language):
        content = database_text()
    problems, refused = {}, []
    for path in admin_pages(language):
        response = client.get(path)
        if response.status_code == 403:
            refused.append(path)
            continue
        assert response.status_code == 200, path
        page = lxml.html.document_fromstring(response.content.decode())
        found = [f"lower-case title: {title}" for title in titles_in_lower_case(page)]
        lines = visible_lines(page)
        found += problems_on(lines, content, language) + untranslated_on(lines, language)
        if found:
            problems[path] = sorted(set(found))
    assert problems == {}
    # Offered to nobody: django-axes' records are made by sign-ins, never added by hand.
    axes_records = ("accessattempt", "accessfailurelog", "accesslog")
    assert sorted(refused) == [f"/{language}/admin/axes/{name}/add/" for name in axes_records]

    # The history names the changed fields in the reader's language, and the seed revision is translated.
    member = Member.objects.get(slug="arman-issetov")
    history_page = client.get(f"/{language}/admin/commission/member/{member.pk}/history/").content.decode()
    history = "\n".join(visible_lines(lxml.html.document_fromstring(history_page)))
    assert "Position [en]" not in history and "Added with the portal's initial content." not in history
    with translation.override(language):
        assert translation.gettext(SEED_COMMENT) in history
    assert "[en]" in history

    # The admin's scripts: Django's admin strings and the rich-text editor's dialogs, all translated.
    catalogue = javascript_catalogue(client, language)
    untranslated, wrong = [], []
    for entry in polib.pofile(str(DJANGO_ADMIN_JS)):
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        value = catalogue.get(key)
        values = value if isinstance(value, list) else [value]
        missing = value is None or entry.msgid in values or (entry.msgid_plural and entry.msgid_plural in values)
        if missing and entry.msgid not in ("%s", "URL"):
            untranslated.append(entry.msgid)
        wrong += [text for text in values if text and problems_on([text], [])]
    for msgid in prose_editor_strings() | PROSE_EDITOR_TOOLBAR:
        if catalogue.get(msgid, msgid) == msgid and msgid not in ("URL",):
            untranslated.append(msgid)
    assert untranslated == []
    assert wrong == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_translation_status_names_languages_in_the_admin_language(superuser_client, language):
    # The page lists only the languages with work to do: one item lacks each language.
    for code, slug in (("kk", "arman-issetov"), ("ru", "artur-lastayev"), ("en", "madi-myrzagarayev")):
        Member.objects.filter(slug=slug).update(**{f"position_{code}": None})
    page = superuser_client.get(f"/{language}/admin/translations/").content.decode()
    names = {head.text_content().strip() for head in lxml.html.document_fromstring(page).xpath("//tbody/tr/th")}
    with translation.override(language):
        expected = {f"{capfirst(str(name))} ({code})" for code, name in settings.LANGUAGES}
    assert names == expected  # "Орыс тілі (ru)" in the Kazakh admin, not "Русский (ru)"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_locked_out_account_is_told_where_it_is_for_how_long_and_whom_to_ask(client, seeded, language):
    make_user("locked.editor", "Editors")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            f"/{language}/admin/login/", {"username": "locked.editor", "password": "not-" + PASSWORD}
        )
    assert response.status_code == 429
    page = lxml.html.document_fromstring(response.content.decode())
    lines = visible_lines(page)
    assert problems_on(lines, [], language) + untranslated_on(lines, language) == []
    text = " ".join(lines)
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    with translation.override(language):
        assert translation.gettext("Referendum portal: administration") in text
        assert "Django" not in text
        sentence = "You can sign in again in %(minutes)s minute."
        plural = "You can sign in again in %(minutes)s minutes."
        assert translation.ngettext(sentence, plural, minutes) % {"minutes": minutes} in text
        assert translation.gettext("Sign-ins") in text  # where the lock is lifted


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_editor_toolbar_speaks_the_language_to_screen_readers(browser, site, language):
    """The toolbar django-prose-editor builds in the browser: every button's tooltip and aria-label, and the
    block-type options, in the admin's language."""
    from django.db import connection

    from referendum.news.models import Article

    if connection.vendor == "postgresql":
        # Signing in needs the test's user, which only the SQLite live server (sharing the test's connection)
        # sees; the toolbar's labels do not depend on the database, and CI's SQLite run checks them.
        pytest.skip("browser sign-in: the PostgreSQL live server cannot see this test's user")
    make_user("chief.editor", is_superuser=True)
    context = browser.new_context(locale=language)
    page = context.new_page()
    page.goto(f"{site}/{language}/admin/login/")
    page.fill("#id_username", "chief.editor")
    page.fill("#id_password", PASSWORD)
    page.click("[type=submit]")
    page.goto(f"{site}{admin_url(Article.objects.order_by('pk').first(), language=language)}")
    page.wait_for_selector(".prose-menubar button[aria-label]", state="attached")
    labels = page.eval_on_selector_all(
        ".prose-menubar button",
        "buttons => buttons.flatMap(b => [b.title, b.getAttribute('aria-label'), b.matches('.material-icons') ? ''"
        " : b.textContent]).concat([...document.querySelectorAll('.prose-menubar__option')].map(o => o.textContent))",
    )
    context.close()
    english = sorted({label for label in labels if label and label.strip() in PROSE_EDITOR_TOOLBAR})
    assert labels and english == []
