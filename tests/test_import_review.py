"""What the attacker review of the import found (issue 30): a moment already stored could not be corrected from a
file (a 500), a preview sent twice overwrote a colleague's later correction, and a small spreadsheet could make a
huge sheet."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.admin.models import LogEntry

from referendum.vote.models import RegionalResult, RegionalTurnout

from .pages import parse
from .test_turnout_import import ALMATY, RESULTS_IMPORT, confirm, referendum, regions_file, upload

pytestmark = pytest.mark.django_db


def test_a_file_corrects_a_moment_already_stored(editor):
    abai = RegionalTurnout.objects.filter(region__slug="abai").order_by("-snapshot__taken_at").first()
    snapshot = abai.snapshot
    moment = snapshot.taken_at.astimezone(ALMATY).strftime("%Y-%m-%d %H:%M")
    corrected = abai.percent + Decimal("0.1")
    preview = upload(editor, regions_file("en", moment, {"abai": f"{corrected:.2f}"}))  # other cells left empty
    response = confirm(editor, preview)
    assert response.status_code == 302, response.content.decode()[:2000]
    abai.refresh_from_db()
    assert abai.percent == corrected
    entry = LogEntry.objects.filter(object_id=str(snapshot.pk)).order_by("-pk").first()
    assert entry.get_change_message() == "Changed regional turnout."


def test_a_preview_sent_twice_does_not_overwrite_a_later_correction(editor):
    content = "Region,Took part,Voted in favour,Voted against\nАлматы қаласы,1000,600,250\n"
    preview = upload(editor, content.encode(), url=RESULTS_IMPORT, source="Commission")
    assert confirm(editor, preview, url=RESULTS_IMPORT).status_code == 302
    result = RegionalResult.objects.get(referendum=referendum(), region__slug="almaty")
    result.votes_for = 610  # a colleague's correction
    result.save()
    again = confirm(editor, preview, url=RESULTS_IMPORT)
    assert again.status_code == 302
    result.refresh_from_db()
    assert result.votes_for == 610
    shown = parse(editor.get(again["Location"]).content).select_one(".messagelist").get_text()
    assert "already imported" in shown


def spreadsheet(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_a_spreadsheet_with_a_huge_cell_or_sheet_is_refused_before_it_is_read_whole(editor):
    huge_cell = spreadsheet([["As of"], ["A " * 5000]])
    response = upload(editor, huge_cell, name="big.xlsx")
    assert response.status_code == 200
    assert "more than 1000 characters" in response.content.decode()
    long_sheet = spreadsheet([["As of"], *[["2026-03-15 12:00"]] * 2000])
    response = upload(editor, long_sheet, name="long.xlsx")
    assert "more than 300 rows" in response.content.decode()
