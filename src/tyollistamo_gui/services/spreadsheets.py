"""Reading and writing spreadsheets: CSV as Finnish Excel saves it, and XLSX (openpyxl).

A read table is plain rows of cell values (str, int, float, date, datetime or
None) with the spreadsheet's own row numbers, so a message can say "row 7" and
mean the row the user sees in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

CSV_DELIMITERS = (";", ",", "\t")
# Finnish Excel saves "CSV (semicolon separated)" in the Windows code page.
FALLBACK_ENCODING = "cp1252"
_SNIFF_LINES = 50


class UnreadableFile(Exception):
    """The file is not a CSV or XLSX file this app can read; ``reason`` says why."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason  # "missing", "format", "empty", "damaged"
        self.detail = detail


@dataclass
class Table:
    """The cells of the first sheet; ``rows[i]`` is spreadsheet row ``numbers[i]``."""

    rows: list[list[object]]
    numbers: list[int]
    format: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    header_index: int | None = None  # index into rows of the header row, if any
    notes: list[str] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        if self.header_index is None:
            return [f"{index + 1}" for index in range(self.width)]
        return [_text(cell) for cell in self.rows[self.header_index]]

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def data_rows(self) -> list[tuple[int, list[object]]]:
        """(spreadsheet row number, cells) of the rows after the header, blank rows left out."""
        start = 0 if self.header_index is None else self.header_index + 1
        return [
            (number, row)
            for number, row in zip(self.numbers[start:], self.rows[start:], strict=True)
            if any(_text(cell) for cell in row)
        ]


def _text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    raise UnreadableFile(path, "format")


def read_table(path: Path, progress: Callable[[int], None] | None = None) -> Table:
    """The first sheet of an XLSX file, or a CSV file (delimiter and encoding detected)."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(path, "missing")
    kind = file_format(path)
    table = _read_xlsx(path, progress) if kind == "xlsx" else _read_csv(path)
    if not any(any(_text(cell) for cell in row) for row in table.rows):
        raise UnreadableFile(path, "empty")
    return table


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding: UTF-8 with or without BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode(FALLBACK_ENCODING, errors="replace"), FALLBACK_ENCODING


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of cells (>1)."""
    lines = text.splitlines()[:_SNIFF_LINES]
    best, best_score = CSV_DELIMITERS[0], (-1, -1)
    for delimiter in CSV_DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> Table:
    text, encoding = decode(path.read_bytes())
    # Excel honours (and hides) a first line "sep=;" naming the delimiter.
    first, _newline, rest = text.partition("\n")
    hint = first.strip()
    if hint.lower().startswith("sep=") and len(hint) == 5:
        delimiter, text = hint[4], rest
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    numbers: list[int] = []
    previous = 0
    for row in reader:
        rows.append(list(row))
        # A quoted cell may span lines: a row's number is the line it starts on.
        numbers.append(previous + 1)
        previous = reader.line_num
    return Table(rows, numbers, format="csv", encoding=encoding, delimiter=delimiter)


def _read_xlsx(path: Path, progress: Callable[[int], None] | None) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UnreadableFile(path, "damaged", str(exc)) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[object]] = []
        numbers: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append(list(values))
            numbers.append(number)
            if progress is not None and number % 500 == 0:
                progress(number)
    finally:
        workbook.close()
    return Table(rows=rows, numbers=numbers, format="xlsx")


# -- writing ----------------------------------------------------------------------------------


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    info: Sequence[tuple[str, str]] = (),
    sheet_title: str = "",
    info_title: str = "",
) -> None:
    """Write ``rows`` under ``headers`` as XLSX or CSV (by the file's suffix).

    ``info`` (label, value) pairs describe the export (who, when, which
    filter): an XLSX file gets them on a second sheet, a CSV file above the
    header row. CSV is written as Finnish Excel reads it: ``;`` and UTF-8 with BOM.
    """
    path = Path(path)
    kind = file_format(path)
    partial = path.with_name(path.name + ".partial")
    try:
        if kind == "xlsx":
            _write_xlsx(partial, headers, rows, info, sheet_title, info_title)
        else:
            _write_csv(partial, headers, rows, info)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value.day}.{value.month}.{value.year} {value.hour}.{value.minute:02d}"
    if isinstance(value, dt.date):
        return f"{value.day}.{value.month}.{value.year}"
    return str(value)


def _write_csv(path, headers, rows, info) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        for label, value in info:
            writer.writerow([label, value])
        if info:
            writer.writerow([])
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_cell_text(value) for value in row])


def _write_xlsx(path, headers, rows, info, sheet_title, info_title) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_name(sheet_title or "Data"))
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    sheet.freeze_panes = "A2"
    try:
        _append_rows(sheet, rows)
    finally:
        # Finish the sheet's temporary file even when the rows stop with an
        # exception (a cancel): a writer left open complains when collected.
        sheet.close()
    if info:
        about = workbook.create_sheet(_sheet_name(info_title or "Info"))
        for label, value in info:
            about.append([label, value])
    workbook.save(path)


def _append_rows(sheet, rows: Iterable[Sequence[object]]) -> None:
    from openpyxl.cell import WriteOnlyCell

    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = (
                    "D.M.YYYY" if not isinstance(value, dt.datetime) else ("D.M.YYYY H.MM")
                )
                cells.append(cell)
            else:
                # Text stays text: identity codes and postal codes keep their zeros.
                cells.append(value if isinstance(value, bool | int | float) else _cell_text(value))
        sheet.append(cells)


def _sheet_name(title: str) -> str:
    # Excel refuses these characters and names over 31 characters.
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "Sheet"
