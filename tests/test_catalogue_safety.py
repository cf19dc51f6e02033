"""Translators can't put markup on the public site: a msgstr is checked against its msgid in Rosetta and in
`make compile`, and Rosetta opens only the project's own catalogues, by name, for translators only."""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext

from referendum.core.catalogue_safety import check_entry, check_translation

from .pages import parse

ROOT = Path(__file__).resolve().parent.parent
META_REFRESH = '</a><meta http-equiv="refresh" content="0;url=https://evil.example/">'
DESCRIPTION = (
    "Public information about the republican referendum of 15 March 2026 on the new Constitution of the Republic "
    "of Kazakhstan."
)
FORM = "/kk/admin/catalogues/files/project/kk/0/"  # the first Kazakh catalogue: the public site's django.po


def field(entry):
    """Rosetta's form field for an entry: m_ and the MD5 of msgid, msgstr and context."""
    digest = hashlib.md5((entry.msgid + entry.msgstr + (entry.msgctxt or "")).encode()).hexdigest()
    return f"m_{digest}"


def kazakh_entry(copy, msgid):
    return polib.pofile(str(copy / "kk/LC_MESSAGES/django.po")).find(msgid)


def messages_shown(response):
    html = parse(response.content.decode())
    return " ".join(node.get_text(" ", strip=True) for node in html.select(".messages"))


# --- the check


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("Key dates", META_REFRESH),
        ("Key dates", "Маңызды <b>күндер</b>"),
        ("Key dates", "Маңызды күндер <"),  # a `<` at the end opens a tag with whatever the page puts next
        ("Key dates", "Маңызды <!-- күндер -->"),
        ('Read <a href="/news/">the news</a>', 'Оқыңыз: <a href="/news/" onclick="x()">жаңалықтар</a>'),
        ('Read <a href="/news/">the news</a>', 'Оқыңыз: <a href="https://evil.example/">жаңалықтар</a>'),
        ('Read <a href="/news/">the news</a>', 'Оқыңыз: <a href="/news/">жаңалықтар'),  # the link swallows the page
        (DESCRIPTION, '0;url=https://evil.example/" http-equiv="refresh'),  # leaves content="..." in <meta>
        ("Key dates", "Маңызды&nbsp;күндер"),
        ("%(count)s days", "%(count)s күн %(secret)s"),
        ("%(count)s days", "%(count)s күн %d"),
        ("%s of %s", "%s"),
        ("{} of {}", "{} {} {}"),
        ("Hello {name}", "Сәлем {user.password}"),
    ],
)
def test_a_translation_that_brings_markup_of_its_own_is_refused(original, translation):
    difference = check_translation(original, translation)
    assert difference
    assert str(difference).startswith(("adds", "drops"))


def test_the_reason_names_what_was_added():
    assert str(check_translation("Key dates", META_REFRESH)) == (
        'adds </a>, <meta http-equiv="refresh" content="0;url=https://evil.example/">'
    )
    assert str(check_translation("%s of %s", "%s")) == "drops %s"


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("Key dates", "Маңызды күндер"),
        ("Key dates", "Ключевые даты — 15 наурыз, «маңызды»! (50%) R&D"),
        ("Key dates", ""),  # not translated yet
        ('Read <a href="/news/">the news</a>', '<a href="/news/">Жаңалықтарды</a> оқыңыз'),
        ("<strong>Note:</strong> see <em>this</em>", "<em>Мынаны</em> қараңыз. <strong>Ескерту:</strong>"),
        ("%(count)s results for “%(query)s”", "«%(query)s» бойынша %(count)s нәтиже"),
        ("50%% done", "50%% дайын"),
        ('Press "Save"', "«Сақтау» түймесін басыңыз"),
    ],
)
def test_plain_text_in_any_script_and_the_originals_own_markup_pass(original, translation):
    assert check_translation(original, translation) is None


def test_a_plural_form_may_follow_the_singular_or_the_plural_original():
    entry = {"msgid": "One article", "msgid_plural": "%(count)s articles"}
    assert check_entry(**entry, msgstr_plural={0: "Бір мақала", 1: "%(count)s мақала"}) is None
    assert check_entry(**entry, msgstr_plural={0: "%(count)s статья", 1: "%(count)s статьи"}) is None
    assert check_entry(**entry, msgstr_plural={0: "Бір мақала", 1: "<b>%(count)s</b> мақала"})


def test_the_projects_catalogues_pass_the_check(settings):
    assert [Path(path) for path in settings.LOCALE_PATHS] == [ROOT / "locale", ROOT / "locale" / "completions"]
    call_command("check_catalogues")


def test_a_catalogue_with_markup_in_a_translation_fails_the_check(tmp_path):
    bad = polib.POFile()
    bad.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    bad.append(polib.POEntry(msgid="Key dates", msgstr=META_REFRESH))
    bad.append(polib.POEntry(msgid="Search", msgstr="Іздеу"))
    bad.save(str(tmp_path / "django.po"))
    with pytest.raises(CommandError) as error:
        call_command("check_catalogues", str(tmp_path / "django.po"))
    assert "1 translation(s)" in str(error.value)
    assert "msgid 'Key dates'" in str(error.value)
    assert "<meta http-equiv" in str(error.value)
    # `make compile` stops on it: the command exits non-zero.
    result = subprocess.run(
        [sys.executable, "manage.py", "check_catalogues", str(tmp_path / "django.po")],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "tests.settings", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Key dates" in result.stderr


def test_make_compile_runs_the_check():
    target = (ROOT / "Makefile").read_text().split("\ncompile:", 1)[1].split("\n\n", 1)[0]
    assert "check_catalogues" in target
    assert target.index("check_catalogues") < target.index("compilemessages")


# --- saving in Rosetta


def test_a_translation_adding_a_meta_refresh_is_refused_and_nothing_is_written(translator, writable_locale, seeded):
    po, mo = writable_locale / "kk/LC_MESSAGES/django.po", writable_locale / "kk/LC_MESSAGES/django.mo"
    before = po.read_bytes(), mo.read_bytes()
    repository = (ROOT / "locale/kk/LC_MESSAGES/django.po").read_bytes()
    entry = kazakh_entry(writable_locale, "Key dates")
    response = translator.post(FORM + "?query=Key+dates", {field(entry): "Маңызды күндер" + META_REFRESH})
    assert response.status_code == 302
    assert response["Location"] == FORM + "?query=Key+dates"  # the same block, not the next one
    assert (po.read_bytes(), mo.read_bytes()) == before
    assert (ROOT / "locale/kk/LC_MESSAGES/django.po").read_bytes() == repository
    form = translator.get(response["Location"])
    assert parse(form.content.decode()).find("meta", attrs={"http-equiv": "refresh"}) is None
    shown = messages_shown(form)
    assert "Key dates" in shown
    assert '<meta http-equiv="refresh" content="0;url=https://evil.example/">' in shown
    page = translator.get("/kk/").content.decode()
    assert "Маңызды күндер" in page
    assert "http-equiv" not in page


def test_a_quote_that_would_leave_an_attribute_is_refused(translator, writable_locale, seeded):
    entry = kazakh_entry(writable_locale, DESCRIPTION)
    before = (writable_locale / "kk/LC_MESSAGES/django.po").read_bytes()
    response = translator.post(FORM, {field(entry): '0;url=https://evil.example/" http-equiv="refresh'})
    assert (writable_locale / "kk/LC_MESSAGES/django.po").read_bytes() == before
    assert "Public information about the republican referendum" in messages_shown(translator.get(response["Location"]))
    assert 'http-equiv="refresh"' not in translator.get("/kk/").content.decode()


def test_the_harmless_translations_of_the_same_post_are_saved(translator, writable_locale, seeded):
    bad, good = kazakh_entry(writable_locale, "Key dates"), kazakh_entry(writable_locale, "Search")
    response = translator.post(
        FORM.replace("/kk/admin", "/en/admin"),
        {field(bad): META_REFRESH, field(good): "Іздеу (порталдан)", f"f_{field(bad)[2:]}": "1"},
    )
    assert response.status_code == 302
    assert kazakh_entry(writable_locale, "Search").msgstr == "Іздеу (порталдан)"
    kept = kazakh_entry(writable_locale, "Key dates")
    assert kept.msgstr == "Маңызды күндер"
    assert "fuzzy" not in kept.flags
    shown = messages_shown(translator.get(response["Location"]))
    assert "Not saved" in shown
    assert "Your other changes on this page were saved." in shown
    assert 'placeholder="Іздеу (порталдан)"' in translator.get("/kk/").content.decode()


# --- only the project's catalogues, by name


def test_translators_see_the_project_catalogues_by_name_and_no_server_path(translator, writable_locale):
    listing = translator.get("/en/admin/catalogues/files/project/")
    html = parse(listing.content.decode())
    kazakh = html.find("h2", lang="kk").find_parent(class_="module")
    assert [a.get_text(strip=True) for a in kazakh.find_all("a")] == [
        "Public site",
        "Public site, scripts",
        "Admin completions",
        "Admin completions, scripts",
    ]
    pages = [listing] + [translator.get(a["href"]) for a in html.select("#content a[href]")]
    for page in pages:
        assert page.status_code == 200
        text = page.content.decode()
        for path in (str(ROOT), str(writable_locale), "site-packages", "LC_MESSAGES", ".venv", "/work/", "/tmp/"):
            assert path not in text, (page.request["PATH_INFO"], path)
    form = parse(translator.get("/en/admin/catalogues/files/project/kk/2/").content.decode())
    assert "Admin completions" in form.select_one(".breadcrumbs").get_text()
    download = translator.get("/en/admin/catalogues/files/project/kk/0/download/")
    assert download["Content-Disposition"] == 'attachment; filename="site.kk.zip"'


@pytest.mark.parametrize("po_filter", ["django", "third-party", "all"])
def test_django_and_third_party_catalogues_are_out_of_reach(translator, writable_locale, po_filter):
    assert translator.get(f"/kk/admin/catalogues/files/{po_filter}/").status_code == 404
    for index in (0, 1, 5, 40):
        url = f"/kk/admin/catalogues/files/{po_filter}/ru/{index}/"
        assert translator.get(url).status_code == 404
        assert translator.post(url, {"m_0": "x"}).status_code == 404
        assert not translator.get(url + "download/").has_header("Content-Disposition")


def test_a_file_number_past_the_projects_catalogues_is_not_found(translator, writable_locale):
    last = parse(translator.get("/en/admin/catalogues/files/project/kk/3/").content.decode())
    assert "Admin completions, scripts" in last.select_one(".breadcrumbs").get_text()
    assert translator.get("/kk/admin/catalogues/files/project/kk/4/").status_code == 404
    assert translator.get("/kk/admin/catalogues/files/project/en/2/").status_code == 404  # en has no completions


def test_the_repositorys_locale_is_not_listed_when_locale_paths_point_elsewhere(translator, settings, tmp_path):
    """Rosetta adds the folder next to the settings package to LOCALE_PATHS; here only LOCALE_PATHS counts."""
    copy = tmp_path / "locale"
    shutil.copytree(ROOT / "locale/kk", copy / "kk")
    settings.LOCALE_PATHS = [copy]
    html = parse(translator.get("/en/admin/catalogues/files/project/").content.decode())
    kazakh = html.find("h2", lang="kk").find_parent(class_="module")
    assert [a.get_text(strip=True) for a in kazakh.find_all("a")] == ["Public site", "Public site, scripts"]
    assert translator.get("/kk/admin/catalogues/files/project/kk/2/").status_code == 404


# --- who gets in


def test_anonymous_visitors_are_sent_to_the_admin_login(client, db):
    response = client.get("/kk/admin/catalogues/", follow=True)
    final, status = response.redirect_chain[-1]
    assert status == 302
    assert final == "/kk/admin/login/?next=/kk/admin/catalogues/files/project/"
    assert response.status_code == 200
    assert client.get("/ru/admin/catalogues/files/project/kk/0/")["Location"] == (
        "/ru/admin/login/?next=/ru/admin/catalogues/files/project/kk/0/"
    )


def test_editors_are_refused_with_403(editor, writable_locale):
    before = (writable_locale / "kk/LC_MESSAGES/django.po").read_bytes()
    assert editor.get("/kk/admin/catalogues/files/project/").status_code == 403
    assert editor.get(FORM).status_code == 403
    entry = kazakh_entry(writable_locale, "Key dates")
    assert editor.post(FORM, {field(entry): "Басты күндер"}).status_code == 403
    assert (writable_locale / "kk/LC_MESSAGES/django.po").read_bytes() == before


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Show all", "<\rmeta http-equiv=refresh content=0;url=https://evil.example/>Show all"),
        ("Showing only: %(label)s.", "Showing only: %(label)s. %\rd"),
        ("%(counter)s result for “%(query)s”.", "%(counter)s result for <%(query)s>."),
    ],
)
def test_bare_brackets_and_control_characters_are_refused(msgid, msgstr):
    from referendum.core.catalogue_safety import check_entry

    assert check_entry(msgid, msgstr)


def test_line_breaks_and_typographic_text_are_still_fine():
    from referendum.core.catalogue_safety import check_entry

    assert check_entry("Show all", "Барлығын\nкөрсету") is None
    assert check_entry("Key dates", "«Маңызды» күндер — 2026") is None


# --- a placeholder dropped, the translator's text kept, the way back, who saved

POLLS = "Polling stations are open until %(time)s today (Kazakhstan time, UTC+5)."
MISSING = "%(counter)s translation is missing."


def textareas(response):
    return [area.get_text() for area in parse(response.content.decode()).select("textarea")]


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        (POLLS, "Дауыс беру учаскелері бүгін жұмыс істеп тұр."),
        ("%(count)s results for “%(query)s”", "%(count)s нәтиже"),
        ("Hello {name}", "Сәлем"),
    ],
)
def test_a_translation_that_drops_a_named_placeholder_is_refused(original, translation):
    difference = check_translation(original, translation)
    assert difference
    assert difference.missing


def test_a_kazakh_translation_may_name_a_thing_once_where_english_names_it_twice():
    assert check_translation("The {name} “{obj}” was added. Add another {name}.", "«{obj}» {name} қосылды.") is None


def test_a_dropped_placeholder_is_not_saved_and_the_typed_text_stays_on_the_page(translator, writable_locale, seeded):
    po, mo = writable_locale / "kk/LC_MESSAGES/django.po", writable_locale / "kk/LC_MESSAGES/django.mo"
    before = po.read_bytes(), mo.read_bytes()
    entry = kazakh_entry(writable_locale, POLLS)
    typed = "Дауыс беру учаскелері бүгін жұмыс істеп тұр (Қазақстан уақыты)."
    response = translator.post(FORM + "?query=Polling+stations", {field(entry): typed})
    assert (po.read_bytes(), mo.read_bytes()) == before
    form = translator.get(response["Location"])
    shown = messages_shown(form)
    assert "Сақталмады" in shown  # the kk admin's "Not saved"
    assert "%(time)s" in shown
    assert "Сақталды." not in shown
    assert typed in textareas(form)  # nothing the translator typed is lost
    # Shown once: a reload shows the saved translation again.
    assert typed not in textareas(translator.get(response["Location"]))


def test_a_plural_form_that_drops_its_number_is_not_saved(translator, writable_locale, seeded):
    po = writable_locale / "kk/LC_MESSAGES/django.po"
    before = po.read_bytes()
    entry = kazakh_entry(writable_locale, MISSING)
    name = field(entry)
    response = translator.post(
        FORM + "?query=translation+is+missing", {f"{name}_0": "Бір аударма жетіспейді.", f"{name}_1": "Аудармалар жоқ."}
    )
    assert po.read_bytes() == before
    form = translator.get(response["Location"])
    assert "%(counter)s" in messages_shown(form)
    assert "Аудармалар жоқ." in textareas(form)


def test_a_fuzzy_entry_that_drops_a_placeholder_is_not_saved_either(translator, writable_locale, seeded):
    po = writable_locale / "kk/LC_MESSAGES/django.po"
    before = po.read_bytes()
    entry = kazakh_entry(writable_locale, POLLS)
    translator.post(FORM, {field(entry): "Учаскелер бүгін ашық.", f"f_{field(entry)[2:]}": "1"})
    assert po.read_bytes() == before
    assert "fuzzy" not in kazakh_entry(writable_locale, POLLS).flags


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_catalogue_pages_lead_back_to_the_admin_in_its_language(translator, writable_locale, language):
    for url in (f"/{language}/admin/catalogues/files/project/", f"/{language}/admin/catalogues/files/project/kk/0/"):
        html = parse(translator.get(url).content.decode())
        assert html.html["lang"] == language
        home = html.select_one("#site-name a")
        assert home["href"] == f"/{language}/admin/"
        with translation.override(language):
            assert home.get_text(strip=True) == gettext("Referendum portal: administration")
            assert html.select_one(".breadcrumbs a")["href"] == f"/{language}/admin/"
            assert gettext("Interface texts (catalogues)") in html.title.get_text()
        visible = " ".join(html.body.stripped_strings)
        assert "Rosetta" not in visible


def test_the_save_message_says_where_the_change_lives_and_how_it_reaches_the_repository(translator, writable_locale):
    entry = kazakh_entry(writable_locale, "Search")
    response = translator.post(FORM.replace("/kk/admin", "/en/admin"), {field(entry): "Іздеу (порталдан)"})
    shown = messages_shown(translator.get(response["Location"]))
    assert "Saved." in shown
    assert "only in this server's catalogue files" in shown
    assert "“Download this catalog”" in shown
    assert "commit" in shown


def test_a_save_records_who_made_it(client, seeded, writable_locale):
    from django.contrib.admin.models import LogEntry

    from .accounts import make_superuser, make_user

    client.force_login(make_user("aliya", "Translators", first_name="Әлия", last_name="Нұрланқызы"))
    entry = kazakh_entry(writable_locale, "Search")
    client.post(FORM.replace("/kk/admin", "/en/admin"), {field(entry): "Іздеу (порталдан)"})
    saved = polib.pofile(str(writable_locale / "kk/LC_MESSAGES/django.po"))
    assert saved.metadata["Last-Translator"] == "Әлия Нұрланқызы (aliya)"
    logged = LogEntry.objects.get(user__username="aliya")
    assert "Public site" in logged.object_repr
    client.force_login(make_superuser())
    index = parse(client.get("/en/admin/").content.decode())
    recent = index.select_one("#recent-changes").get_text(" ", strip=True)
    assert "aliya" in recent
    assert "Search" in recent  # which text was changed


def test_a_staff_member_without_a_name_is_recorded_by_username(translator, writable_locale):
    entry = kazakh_entry(writable_locale, "Search")
    translator.post(FORM, {field(entry): "Іздеу (порталдан)"})
    saved = polib.pofile(str(writable_locale / "kk/LC_MESSAGES/django.po"))
    assert saved.metadata["Last-Translator"] == "translator"


# --- the attacker review: text that breaks its own formatting, and a name that breaks the header


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("missing: %(languages)s", "жоқ: %(languages)s 100%"),  # a lone %: ValueError when the page fills it in
        ("missing: %(languages)s", "жоқ: %(languages)s %y"),
        ("missing: %(languages)s", "жоқ: %(languages)s %(lang"),
        ("100%% of %(count)s", "%(count)s ішінен 100%"),
        ("Hello {name}", "Сәлем {name} {"),
        ("Hello {name}", "Сәлем {name} }"),
    ],
)
def test_a_translation_its_page_could_not_fill_in_is_refused(original, translation):
    assert check_translation(original, translation)


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("missing: %(languages)s", "жоқ: %(languages)s, 100%%"),
        ("Select this object for an action - {}", "Әрекет үшін нысанды таңдау - {}"),
        ("Turnout passed 50 percent", "Қатысу деңгейі 50% асты"),  # never filled in: a % is plain text
    ],
)
def test_a_translation_that_fills_in_as_its_original_is_kept(original, translation):
    assert check_translation(original, translation) is None


def test_a_line_break_in_a_name_stays_out_of_the_catalogue_header(client, seeded, writable_locale):
    from .accounts import make_user

    client.force_login(make_user("eve", "Translators", first_name="Eve\nPlural-Forms: nplurals=1; plural=0;\nX"))
    entry = kazakh_entry(writable_locale, "Search")
    client.post(FORM, {field(entry): "Іздеу (порталдан)"})
    saved = polib.pofile(str(writable_locale / "kk/LC_MESSAGES/django.po"))
    assert saved.metadata["Last-Translator"] == "Eve Plural-Forms: nplurals=1; plural=0; X (eve)"
    assert saved.metadata["Plural-Forms"].startswith("nplurals=2")


def test_a_refused_save_with_the_rest_of_the_page_unchanged_writes_nothing(translator, writable_locale, seeded):
    """The browser sends every box of the page: the refused one, and the others as they were (staff review)."""
    po, mo = writable_locale / "kk/LC_MESSAGES/django.po", writable_locale / "kk/LC_MESSAGES/django.mo"
    before = po.read_bytes(), mo.read_bytes()
    refused, unchanged = kazakh_entry(writable_locale, POLLS), kazakh_entry(writable_locale, "Search")
    data = {field(refused): "Дауыс беру учаскелері бүгін жұмыс істеп тұр.", field(unchanged): unchanged.msgstr}
    translator.post(FORM + "?query=Polling+stations", data)
    assert (po.read_bytes(), mo.read_bytes()) == before
