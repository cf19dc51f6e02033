"""A file staff upload to import figures (admin_import.py), read into a table of text cells: a CSV (UTF-8, as the
portal's own downloads are, or Windows-1251, as a spreadsheet program may save it again; a comma, a semicolon or
a tab between cells; tablib) or an .xlsx workbook's first sheet (openpyxl, read lazily). What cannot be
read is an `UnreadableFile` with a message for the form, never a 500.

Cells become text here, as the CSV gives them, so that the rest reads one kind of table: a number a spreadsheet
stored as 68.5 or 8474000.0 reads "68.5" and "8474000", a date and time "2026-03-15 12:00".
"""

import csv
import io
import zipfile
from datetime import date, datetime, time
from decimal import Decimal

import openpyxl
import tablib
from django.utils.translation import gettext_lazy as _
from tablib.exceptions import TablibException

MAX_BYTES = 1_000_000
# 20 regions a file, or a snapshot every half hour of a long day: far below these. A workbook's sheets are
# compressed, so its unpacked size is bounded too (an .xlsx of 1 MB can unpack to gigabytes).
MAX_ROWS = 300
MAX_COLUMNS = 60
MAX_UNPACKED_BYTES = 30_000_000
# A region's name, a moment or a source fits in far fewer; a longer cell is not a figure the import reads.
MAX_CELL_CHARACTERS = 1000
XLSX_SIGNATURE = b"PK\x03\x04"


class UnreadableFile(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def read_table(content):
    """The file's rows, each a list of text cells, the first being the header; empty rows left out."""
    if not content.strip():
        raise UnreadableFile(_("The file is empty."))
    if len(content) > MAX_BYTES:
        raise UnreadableFile(_("The file is larger than 1 MB: import the figures in parts."))
    dataset = read_xlsx(content) if content.startswith(XLSX_SIGNATURE) else read_csv(content)
    rows = [[cell_text(value) for value in row] for row in dataset]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise UnreadableFile(_("The file is empty."))
    if len(rows) > MAX_ROWS or max(len(row) for row in rows) > MAX_COLUMNS:
        raise UnreadableFile(
            _("The file has more than %(rows)s rows or %(columns)s columns: import the figures in parts.")
            % {"rows": MAX_ROWS, "columns": MAX_COLUMNS}
        )
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]


def not_a_table():
    return UnreadableFile(_("The file could not be read: upload a CSV file or an .xlsx spreadsheet."))


def read_csv(content):
    text = decoded(content)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return tablib.Dataset().load(text, format="csv", headers=False, delimiter=delimiter)
    except (TablibException, ValueError, csv.Error):
        raise UnreadableFile(_("The rows of the file do not all have the same columns as its first row.")) from None


def decoded(content):
    if b"\x00" in content:
        raise not_a_table()  # a binary file (an image, an old .xls workbook), or UTF-16 text
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(ord(character) < 32 and character not in "\t\r\n" for character in text):
            raise not_a_table()
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise not_a_table()


def read_xlsx(content):
    """The first sheet's rows, read lazily and no further than the limits: a small file can make a huge sheet
    (one shared string of megabytes referenced by every cell), so no more than MAX_ROWS + 1 rows and
    MAX_COLUMNS + 1 columns are read, and a cell longer than MAX_CELL_CHARACTERS stops the reading."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise UnreadableFile(_("The spreadsheet is too large: import the figures in parts."))
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows = []
            for row in sheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True):
                for value in row:
                    if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
                        raise UnreadableFile(too_long_a_cell())
                cells = list(row)
                while cells and cells[-1] is None:  # openpyxl pads each row to the columns asked for
                    cells.pop()
                rows.append(cells)
            return rows
        finally:
            workbook.close()
    except UnreadableFile:
        raise
    except Exception:  # openpyxl raises a dozen kinds of error for a damaged or a foreign file
        raise not_a_table() from None


def too_long_a_cell():
    return _("A cell of the file holds more than %(characters)s characters: it is not a figure or a name.") % {
        "characters": MAX_CELL_CHARACTERS
    }


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    text = str(value)
    if len(text) > MAX_CELL_CHARACTERS:
        raise UnreadableFile(too_long_a_cell())
    return " ".join(text.split())
