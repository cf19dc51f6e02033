"""Turnout and results imported in the admin from a file laid out as the portal's own downloads (issue 30, P8):
upload, a preview that saves nothing, then one confirmed save; and a region's figure far above its previous one
held until the editor says it is right (P4), in the admin's form and in the import."""

import csv
import io
import time
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import time_machine
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from referendum.vote.admin_import_files import MAX_BYTES
from referendum.vote.models import Referendum, Region, RegionalResult, RegionalTurnout, TurnoutSnapshot

from .accounts import make_user
from .admin_forms import admin_url, form_as_shown
from .pages import parse

ALMATY = ZoneInfo("Asia/Almaty")
TURNOUT_IMPORT = "/{language}/admin/vote/turnoutsnapshot/import/"
RESULTS_IMPORT = "/{language}/admin/vote/referendum/import/"
AT_2100 = datetime(2026, 3, 15, 21, 0, tzinfo=ALMATY)


def referendum():
    return Referendum.objects.get(slug="constitution-2026")


def last_figures():
    """Each seeded region's latest figure of the day, by slug (20:00, or 18:00 where 20:00 was not reported)."""
    latest = {}
    for figure in RegionalTurnout.objects.select_related("region", "snapshot").order_by("snapshot__taken_at"):
        latest[figure.region.slug] = figure.percent
    return latest


def regions_file(language, column, figures, delimiter=","):
    """A regions.csv as the portal writes it (its header row in `language`), with one moment's column."""
    download = parse_csv(download_regions(language))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow([*download[0][:2], column])
    for name, slug, *_ in download[1:]:
        writer.writerow([name, slug, figures.get(slug, "")])
    return ("\ufeff" + out.getvalue()).encode()


def download_regions(language):
    from django.test import Client

    return Client().get(f"/{language}/referendums/2026-03-15/turnout/regions.csv").content


def parse_csv(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def upload(client, content, name="turnout.csv", language="en", url=TURNOUT_IMPORT, **fields):
    data = {"referendum": referendum().pk, "file": SimpleUploadedFile(name, content), "source": "", **fields}
    return client.post(url.format(language=language), data)


def confirm(client, preview, language="en", url=TURNOUT_IMPORT, **extra):
    carried = parse(preview.content).select_one("input[name=_carried]")
    assert carried is not None, preview.content.decode()[:3000]
    return client.post(url.format(language=language), {"_carried": carried["value"], **extra})


def rows_shown(response):
    return [row.get_text(" ", strip=True) for row in parse(response.content).select("#import-rows tbody tr")]


def up_a_little(figures):
    return {slug: f"{value + Decimal('0.5'):.2f}".replace(".", ",") for slug, value in figures.items()}


# --- the done-when test: 20 regions from a CSV, previewed, confirmed, public at once
def test_a_csv_of_20_regions_imports_after_a_preview_and_is_on_the_turnout_page_at_once(editor, client, page_cache_on):
    before = client.get("/ru/referendums/2026-03-15/turnout/").content.decode()  # now in the page cache
    figures = up_a_little(last_figures())  # 20:00 + 0,5, with a decimal comma
    assert len(figures) == 20
    preview = upload(editor, regions_file("ru", "2026-03-15 21:00", figures), language="ru")
    assert preview.status_code == 200
    rows = rows_shown(preview)
    assert len(rows) == 20 and "область Абай" in rows[0]  # the region's name in the editor's language
    assert not TurnoutSnapshot.objects.filter(taken_at=AT_2100).exists()  # nothing saved by the preview
    response = confirm(editor, preview, language="ru")
    assert response.status_code == 302
    snapshot = TurnoutSnapshot.objects.get(taken_at=AT_2100)
    assert snapshot.regional.count() == 20
    assert snapshot.regional.get(region__slug="almaty").percent == Decimal("33.93")  # 33,43 + 0,5
    page = client.get("/ru/referendums/2026-03-15/turnout/").content.decode()
    assert page != before and "33,93" in page and "21:00" in page
    # One revision, by the editor, with the snapshot and its 20 figures; the admin's log says who added it.
    versions = Version.objects.get_for_object(snapshot)
    assert versions.count() == 1 and versions[0].revision.user.username == "editor"
    assert versions[0].revision.version_set.count() == 21
    assert LogEntry.objects.filter(object_id=str(snapshot.pk), user__username="editor", action_flag=1).exists()
    success = parse(editor.get(response["Location"]).content).select_one(".messagelist .success")
    assert "«turnout.csv»" in success.get_text()  # in the ru admin, with its quotes


def test_the_portals_own_downloads_import_in_every_language_and_change_nothing(editor):
    for language in ("kk", "ru", "en"):
        for path in ("regions.csv", "national.csv"):
            download = editor.get(f"/{language}/referendums/2026-03-15/turnout/{path}").content
            preview = upload(editor, download, name=path, language="en")
            assert "The file changes nothing" in preview.content.decode(), (language, path)
            assert not parse(preview.content).select("#import-rows .errorlist")


def test_an_xlsx_spreadsheet_imports_too(editor):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Өңір", "slug", datetime(2026, 3, 15, 21, 0)])  # a spreadsheet keeps a date as a date
    for slug, value in last_figures().items():
        sheet.append([Region.objects.get(slug=slug).name_kk.upper(), "", float(value) + 0.25])  # names in capitals
    content = io.BytesIO()
    workbook.save(content)
    preview = upload(editor, content.getvalue(), name="figures.xlsx", language="kk")
    assert preview.status_code == 200 and len(rows_shown(preview)) == 20
    assert confirm(editor, preview, language="kk").status_code == 302
    assert TurnoutSnapshot.objects.get(taken_at=AT_2100).regional.get(region__slug="abai").percent == Decimal("75.70")


def test_national_figures_import_with_a_semicolon_and_a_decimal_comma(editor):
    content = "Уақыт;Бюллетень алған азаматтар;Қатысу деңгейі, %;Дереккөз\n2026-03-15 21:00;9 130 000;73,30;\n"
    preview = upload(editor, content.encode("utf-8"), language="ru", source="Reported by the Commission")
    page = preview.content.decode()
    assert preview.status_code == 200 and "errorlist" not in page, page[:3000]
    confirm(editor, preview, language="ru")
    snapshot = TurnoutSnapshot.objects.get(taken_at=AT_2100)
    assert (snapshot.participants, snapshot.percent) == (9_130_000, Decimal("73.30"))
    assert snapshot.source_name == "Reported by the Commission"


# --- errors per row, and nothing saved
def test_each_row_says_what_is_wrong_and_nothing_can_be_confirmed(editor):
    figures = up_a_little(last_figures())
    figures["abai"] = "7x,5"  # not a number
    figures["akmola"] = "50,00"  # below 79,82 at 20:00: turnout cannot fall
    content = regions_file("en", "2026-03-15 21:00", figures).decode("utf-8-sig")
    content = content.replace("Aktobe Region", "Aktobe Oblast")  # no region of that name
    content = content.replace("aktobe", "")
    preview = upload(editor, content.encode())
    rows = dict(zip([r.split(" ")[0] for r in rows_shown(preview)], rows_shown(preview), strict=True))
    assert "Enter a number." in rows["2"]
    assert "Turnout cannot fall through the day: at 20:00 it was already 79.82%." in rows["3"]
    assert "No region is called “Aktobe Oblast”." in rows["4"]
    assert parse(preview.content).select_one("input[name=_carried]") is None  # no "Confirm import"
    assert not TurnoutSnapshot.objects.filter(taken_at=AT_2100).exists()


def test_a_national_figure_lower_than_the_one_before_is_an_error_on_its_row(editor):
    content = 'As of,Citizens who had received a ballot,"Turnout, %",Source\n2026-03-15 17:00,,50.00,\n'
    preview = upload(editor, content.encode())
    assert "Turnout cannot fall through the day: at 16:00 it was already 64.43%." in rows_shown(preview)[0]


def test_the_confirmation_checks_everything_again(editor):
    figures = up_a_little(last_figures())
    preview = upload(editor, regions_file("en", "2026-03-15 21:00", figures))
    # Between preview and confirmation someone entered a higher 22:00 figure for Almaty.
    later = TurnoutSnapshot.objects.create(
        referendum=referendum(), taken_at=datetime(2026, 3, 15, 22, 0, tzinfo=ALMATY), source_name="x"
    )
    RegionalTurnout.objects.create(snapshot=later, region=Region.objects.get(slug="almaty"), percent=Decimal("33.50"))
    response = confirm(editor, preview)
    assert response.status_code == 200
    assert "Turnout cannot fall through the day: at 22:00 it was only 33.50%." in response.content.decode()
    assert not TurnoutSnapshot.objects.filter(taken_at=AT_2100).exists()


def test_a_forged_or_foreign_preview_is_refused(editor, client):
    preview = upload(editor, regions_file("en", "2026-03-15 21:00", up_a_little(last_figures())))
    carried = parse(preview.content).select_one("input[name=_carried]")["value"]
    response = editor.post(TURNOUT_IMPORT.format(language="en"), {"_carried": carried[:-2] + "xx"}, follow=True)
    assert "The preview has expired or was changed" in response.content.decode()
    other = make_user("other-editor", "Editors")
    client.force_login(other)
    response = client.post(TURNOUT_IMPORT.format(language="en"), {"_carried": carried}, follow=True)
    assert "The preview has expired or was changed" in response.content.decode()
    assert not TurnoutSnapshot.objects.filter(taken_at=AT_2100).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "The submitted file is empty."),
        ("blank.csv", b"\n\n \n", "The file is empty."),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file could not be read"),
        ("broken.xlsx", b"PK\x03\x04not really a workbook", "The file could not be read"),
        ("other.csv", b"name,figure\nAbai,12\n", "The first row is not that of a turnout download"),
        ("results.csv", b"Region,slug,Took part,Voted in favour,Voted against\n", "This file holds results"),
        ("big.csv", b"As of\n" + b"2026-03-15 12:00\n" * (MAX_BYTES // 17 + 1), "larger than 1 MB"),
        ("long.csv", b"As of\n" + b"2026-03-15 12:00\n" * 400, "more than 300 rows"),
    ],
)
def test_a_bad_file_is_a_form_error_never_a_500(editor, name, content, message):
    response = upload(editor, content, name=name)
    assert response.status_code == 200
    assert message in " ".join(e.get_text(" ", strip=True) for e in parse(response.content).select(".errorlist"))


def test_a_bad_file_is_a_form_error_in_the_editors_language(editor):
    response = upload(editor, b"name,figure\n", language="kk")
    assert "«Уақыт»" in response.content.decode()  # the column as the kk download names it


# --- who may import
def test_translators_see_no_import_link_and_cannot_reach_it(translator):
    changelist = translator.get("/kk/admin/vote/turnoutsnapshot/").content.decode()
    assert "/admin/vote/turnoutsnapshot/import/" not in changelist
    assert translator.get(TURNOUT_IMPORT.format(language="kk")).status_code == 403
    assert upload(translator, regions_file("en", "2026-03-15 21:00", {}), language="kk").status_code == 403
    assert "/admin/vote/referendum/import/" not in translator.get("/kk/admin/vote/referendum/").content.decode()
    assert translator.get(RESULTS_IMPORT.format(language="kk")).status_code == 403


def test_editors_find_the_import_on_the_lists_and_the_referendum_is_chosen(editor):
    changelist = parse(editor.get("/ru/admin/vote/turnoutsnapshot/").content)
    link = changelist.select_one("a.importlink")
    assert link["href"] == "/ru/admin/vote/turnoutsnapshot/import/"
    assert parse(editor.get("/ru/admin/vote/referendum/").content).select_one("a.importlink")
    with time_machine.travel(datetime(2026, 3, 15, 12, 0, tzinfo=ALMATY), tick=False):
        form = parse(editor.get(link["href"]).content)
    assert form.select_one("select[name=referendum] option[selected]")["value"] == str(referendum().pk)
    assert form.select_one("input[type=file][name=file]")


# --- a region far above its previous figure
def test_a_region_far_off_its_last_figure_asks_for_confirmation_in_the_import(editor):
    figures = up_a_little(last_figures())
    figures["almaty"] = "53,43"  # 33,43 at 20:00: 20 points more
    preview = upload(editor, regions_file("ru", "2026-03-15 21:00", figures), language="ru")
    held = parse(preview.content).select_one("#far-off").get_text(" ", strip=True)
    assert "город Алматы: 20:00 — 33,43%, 21:00 — 53,43%" in held
    response = confirm(editor, preview, language="ru")  # without the tick
    assert response.status_code == 200 and not TurnoutSnapshot.objects.filter(taken_at=AT_2100).exists()
    response = confirm(editor, response, language="ru", _figures_confirmed="1")
    assert response.status_code == 302
    assert TurnoutSnapshot.objects.get(taken_at=AT_2100).regional.get(region__slug="almaty").percent == Decimal("53.43")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", "город Алматы: 18:00 — 32,82%, 20:00 — 52,00%"),
        ("en", "Almaty: 18:00 — 32.82%, 20:00 — 52.00%"),
    ],
)
def test_a_region_far_off_in_the_snapshot_form_is_held_until_ticked(superuser_client, language, words):
    snapshot = TurnoutSnapshot.objects.get(taken_at=datetime(2026, 3, 15, 20, 0, tzinfo=ALMATY))
    url = admin_url(snapshot, language=language)
    data = form_as_shown(superuser_client, url)
    prefix = next(key for key, value in data.items() if key.endswith("-region") and value == str(almaty_pk()))
    data[prefix.replace("-region", "-percent")] = "52,00"
    response = superuser_client.post(url, data)
    assert response.status_code == 200
    assert words in parse(response.content).select_one("#far-off").get_text(" ", strip=True)
    assert snapshot.regional.get(region__slug="almaty").percent == Decimal("33.43")
    response = superuser_client.post(url, {**data, "_figures_confirmed": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert snapshot.regional.get(region__slug="almaty").percent == Decimal("52.00")


def test_a_falling_region_in_the_snapshot_form_is_refused(superuser_client):
    snapshot = TurnoutSnapshot.objects.get(taken_at=datetime(2026, 3, 15, 20, 0, tzinfo=ALMATY))
    url = admin_url(snapshot)
    data = form_as_shown(superuser_client, url)
    prefix = next(key for key, value in data.items() if key.endswith("-region") and value == str(almaty_pk()))
    response = superuser_client.post(url, {**data, prefix.replace("-region", "-percent"): "30.00"})
    assert "Turnout cannot fall through the day: at 18:00 it was already 32.82%." in response.content.decode()
    assert snapshot.regional.get(region__slug="almaty").percent == Decimal("33.43")


def test_resaving_a_seeded_snapshot_asks_nothing(superuser_client):
    """16:00 is far above 12:00 in most regions, as reported: unchanged figures are not asked about again."""
    snapshot = TurnoutSnapshot.objects.get(taken_at=datetime(2026, 3, 15, 16, 0, tzinfo=ALMATY))
    url = admin_url(snapshot)
    assert superuser_client.post(url, form_as_shown(superuser_client, url)).status_code == 302


def almaty_pk():
    return Region.objects.get(slug="almaty").pk


# --- results by region
def test_results_by_region_import_from_the_referendum_list(editor):
    content = "Region,slug,Took part,Voted in favour,Voted against,Source\nАлматы қаласы,,1000,700,250,\n"
    preview = upload(editor, content.encode(), url=RESULTS_IMPORT, source="Commission")
    assert preview.status_code == 200, preview.content.decode()[:2000]
    assert confirm(editor, preview, url=RESULTS_IMPORT).status_code == 302
    result = RegionalResult.objects.get(referendum=referendum(), region__slug="almaty")
    assert (result.participants, result.votes_for, result.votes_against) == (1000, 700, 250)
    too_many = "Region,Took part,Voted in favour,Voted against\nAlmaty,1000,800,250\n"
    preview = upload(editor, too_many.encode(), url=RESULTS_IMPORT)
    assert "add up to more than the citizens who took part" in rows_shown(preview)[0]


def test_the_portals_results_download_imports_and_changes_nothing(editor):
    download = editor.get("/kk/referendums/results.csv").content
    preview = upload(editor, download, name="results.csv", url=RESULTS_IMPORT)
    page = preview.content.decode()
    assert "The file changes nothing" in page and "another referendum: not imported" in page


# --- what it costs
def timed(timings, call, *args, **kwargs):
    start = time.perf_counter()
    response = call(*args, **kwargs)
    timings.append(round(time.perf_counter() - start, 3))
    return response


def test_an_import_of_20_regions_takes_fewer_requests_than_the_snapshot_form(editor, capsys):
    """What the editor's browser asks of the server for a 20-region snapshot: through the snapshot form (the add
    form, an autocomplete look-up per region at the least, the save, the list), and through an import."""
    figures = up_a_little(last_figures())
    form_timings = []
    url = "/kk/admin/vote/turnoutsnapshot/add/"
    timed(form_timings, editor.get, url)
    data = form_as_shown(editor, url, referendum=str(referendum().pk), taken_at_0="2026-03-15", taken_at_1="21:00")
    regions = {region.slug: region for region in Region.objects.all()}
    for number, (slug, value) in enumerate(figures.items()):
        name = regions[slug].name_kk
        timed(
            form_timings,
            editor.get,
            "/kk/admin/autocomplete/",
            {"term": name[:4], "app_label": "vote", "model_name": "regionalturnout", "field_name": "region"},
        )
        data.update({f"regional-{number}-region": str(regions[slug].pk), f"regional-{number}-percent": value})
    data["regional-TOTAL_FORMS"] = str(len(figures))
    response = timed(form_timings, editor.post, url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    timed(form_timings, editor.get, response["Location"])
    TurnoutSnapshot.objects.filter(taken_at=AT_2100).delete()

    import_timings = []
    timed(import_timings, editor.get, TURNOUT_IMPORT.format(language="kk"))
    preview = timed(import_timings, upload, editor, regions_file("kk", "2026-03-15 21:00", figures), language="kk")
    response = timed(import_timings, confirm, editor, preview, language="kk")
    assert response.status_code == 302
    timed(import_timings, editor.get, response["Location"])
    assert TurnoutSnapshot.objects.get(taken_at=AT_2100).regional.count() == 20
    with capsys.disabled():
        print(f"\nsnapshot form: {len(form_timings)} requests, {sum(form_timings):.3f} s: {form_timings}")
        print(f"import: {len(import_timings)} requests, {sum(import_timings):.3f} s: {import_timings}")
    assert len(import_timings) == 4 < len(form_timings)
