"""Spreadsheets for the import tests: valid rows, and a file with exactly three bad rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tyollistamo_gui.domain.identifiers import make_identity_code

HEADERS = ["Etunimi", "Sukunimi", "Henkilötunnus", "Asiointikieli", "Postinumero", "Työtön alkaen"]


def code(n: int) -> str:
    """A valid temporary identity code, different for each n."""
    return make_identity_code(dt.date(1970, 1, 1) + dt.timedelta(days=n), 900 + n % 100)


def good_rows(count: int, start: int = 0) -> list[list[object]]:
    return [
        [f"Etu{n}", f"Suku{n}", code(n), "suomi", "00100", dt.datetime(2024, 1, 1)]
        for n in range(start, start + count)
    ]


# Row numbers as Excel shows them: the header is row 1.
BAD_CODE_ROW, BAD_DATE_ROW, DUPLICATE_ROW = 3, 5, 7


def bad_xlsx(path: Path) -> Path:
    """Six data rows: row 3 has a bad identity code, row 5 a bad date, row 7 repeats row 2."""
    rows = good_rows(5)
    rows[1][2] = "010170-900X"  # wrong check character
    rows[3][5] = "31.2.2024"
    rows.append(["Toinen", "Kerta", rows[0][2], "fi", "00100", ""])
    return write_xlsx(path, HEADERS, rows)


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
