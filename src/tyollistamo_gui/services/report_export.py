"""The report to a file: XLSX, CSV or PDF, with the period and filters at the top; logged.

The spreadsheet files hold what the Reports page shows: a title block (period,
staff member, service, when computed), then one row per figure with its
section, name, value (a number, not text), unit and what it was computed from.

CSV is written for Excel in Finland: UTF-8 with a byte-order mark (without it
Excel reads UTF-8 as ANSI and breaks ä and ö), ``;`` between fields (Excel
with Finnish or Swedish regional settings splits on ``;`` because ``,`` is the
decimal separator) and decimal commas in fi and sv.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from ..documents.report import ReportLabels
from ..documents.texts import DocumentTexts
from ..domain import access
from ..domain.reports import Report
from ..storage.connection import translate_errors
from ..storage.models import database
from . import session
from .reports import Progress

FORMATS = ("xlsx", "csv", "pdf")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _rows(report: Report, labels: ReportLabels) -> tuple[list[list[object]], list[list[object]]]:
    """(title block, figure table with its header row); values stay numbers."""
    texts = labels.texts
    head: list[list[object]] = [[labels.title]]
    head += [[label, value] for label, value in labels.criteria(report)]
    table: list[list[object]] = [
        [
            texts.translate("Reports", "Section"),
            texts.translate("Reports", "Figure"),
            texts.translate("Reports", "Value"),
            texts.translate("Reports", "Unit"),
            texts.translate("Reports", "Based on"),
        ]
    ]
    for figure in report.figures:
        unit = labels.unit(figure.section)
        if figure.section == "attendance" and figure.key == "rate":
            unit = "%"
        elif figure.section == "attendance":
            unit = texts.translate("Reports", "marks")
        table.append(
            [
                labels.section(figure.section),
                labels.figure(figure.section, figure.key),
                figure.value,
                unit,
                labels.basis(figure),
            ]
        )
    return head, table


def _log(report: Report, kind: str, path: Path, language: str) -> None:
    criteria = report.criteria
    with database.atomic():
        session.log(
            "export",
            object_type="report",
            details={
                "format": kind,
                "file": Path(path).name,
                "language": language,
                "start": criteria.start.isoformat(),
                "end": criteria.end.isoformat(),
                "staff_id": criteria.staff_id,
                "service": criteria.service,
            },
        )


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress.step(done, total)


def _write_xlsx(head: Sequence[list[object]], table: Sequence[list[object]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = str(head[0][0])[:31]
    for row in head:
        sheet.append(row)
    # A staff member's name is user text: kept as text even if it starts with "=".
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
    sheet.append([])
    header_row = sheet.max_row + 1
    for row in table:
        sheet.append(row)
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=header_row + 1, min_col=3, max_col=3):
        for cell in row:
            if isinstance(cell.value, float) and not cell.value.is_integer():
                cell.number_format = "0.0"
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    widths: dict[int, int] = {}
    for row in [*head[1:], *table]:
        for index, value in enumerate(row, start=1):
            widths[index] = max(widths.get(index, 0), len(str(value)) if value is not None else 0)
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    book.save(path)


def _csv_value(value: object, decimal_comma: bool) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        # Excel would run user text starting with these as a formula.
        return "'" + value
    if isinstance(value, float):
        text = f"{value:g}" if value.is_integer() else f"{value:.1f}"
        return text.replace(".", ",") if decimal_comma else text
    return value


def _write_csv(
    head: Sequence[list[object]], table: Sequence[list[object]], path: Path, language: str
):
    decimal_comma = language in ("fi", "sv")
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in head:
            writer.writerow([_csv_value(v, decimal_comma) for v in row])
        writer.writerow([])
        for row in table:
            writer.writerow([_csv_value(v, decimal_comma) for v in row])


@translate_errors
def export_report(
    report: Report,
    path: Path,
    kind: str,
    language: str,
    progress: Progress | None = None,
) -> Path:
    """Write ``report`` to ``path`` as ``kind`` (xlsx, csv, pdf) in ``language``; logged."""
    session.require(access.REPORTS)
    if kind not in FORMATS:
        raise ValueError(f"unknown report format {kind!r}")
    path = Path(path)
    _step(progress, 0, 2)
    if kind == "pdf":
        path.write_bytes(report_pdf(report, language))
    else:
        labels = ReportLabels(DocumentTexts(language))
        head, table = _rows(report, labels)
        if kind == "xlsx":
            _write_xlsx(head, table, path)
        else:
            _write_csv(head, table, path, language)
    _step(progress, 1, 2)
    _log(report, kind, path, language)
    _step(progress, 2, 2)
    return path


def report_pdf(report: Report, language: str) -> bytes:
    """The report as a PDF with the unit's letterhead (not logged: nothing left the app)."""
    from ..documents.report import render_report
    from .documents import letterhead

    session.require(access.REPORTS)
    return render_report(report, language, letterhead())
