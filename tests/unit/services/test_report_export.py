"""The report exported as XLSX, CSV and PDF: read back, in Finnish and Swedish, and logged."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tyollistamo_gui.domain.reports import ReportCriteria
from tyollistamo_gui.services import report_export, reports
from tyollistamo_gui.services.session import AccessDenied
from tyollistamo_gui.storage.audit import AuditEntry

from .report_data import EXPECTED_2025, YEAR_2025, build


@pytest.fixture
def report(db):
    data = build()
    return reports.compute_report(ReportCriteria(*YEAR_2025, staff_id=None)), data


def _exports():
    return list(AuditEntry.select().where(AuditEntry.action == "export").order_by(AuditEntry.id))


def test_xlsx_has_the_period_filters_and_every_figure_as_a_number(report, tmp_path):
    computed, _data = report
    path = report_export.export_report(computed, tmp_path / "r.xlsx", "xlsx", "fi")
    sheet = load_workbook(path).active
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    assert rows[0][0] == "Raportti"
    assert rows[1][:2] == ("Ajanjakso", "1.1.2025–31.12.2025")
    assert rows[2][:2] == ("Työntekijä", "Kaikki työntekijät")
    assert rows[3][:2] == ("Palvelu", "Kaikki palvelut")
    header = rows.index(("Osio", "Tunnusluku", "Arvo", "Yksikkö", "Aineisto"))
    figures = rows[header + 1 :]
    assert len(figures) == len(EXPECTED_2025)
    values = {(r[0], r[1]): r[2] for r in figures}
    assert values[("Asiakkaat", "Palvellut asiakkaat")] == 5
    assert values[("Palvelun keston mediaani (päivää)", "Ohjaus")] == 151.5
    assert values[("Palvelun keston mediaani (päivää)", "Työhönvalmennus")] is None
    assert values[("Läsnäolo ryhmissä", "Läsnäoloaste (%)")] == 50
    assert values[("Palvellut asiakkaat kuukausittain", "Heinäkuu 2025")] == 3
    assert ("Asiakkaat", "Palvellut asiakkaat", 5, "asiakasta", None) in figures
    # Numbers are numbers, and the columns are wide enough to read.
    assert sheet.cell(row=header + 2, column=3).data_type == "n"
    assert sheet.column_dimensions["B"].width >= len("Palvellut asiakkaat")


def test_csv_is_for_finnish_excel(report, tmp_path):
    computed, _data = report
    path = report_export.export_report(computed, tmp_path / "r.csv", "csv", "sv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Rapport"]
    assert rows[1] == ["Period", "1.1.2025–31.12.2025"]
    assert rows[2] == ["Anställd", "All personal"]
    header = rows.index(["Avsnitt", "Nyckeltal", "Värde", "Enhet", "Underlag"])
    figures = rows[header + 1 :]
    assert len(figures) == len(EXPECTED_2025)
    assert ["Klienter", "Betjänade klienter", "5", "klienter", ""] in figures
    assert [
        "Mediantid i varje tjänst (dagar)",
        "Handledning",
        "151,5",
        "dagar",
        "Avslutade perioder: 2",
    ] in figures
    assert [
        "Mediantid i varje tjänst (dagar)",
        "Arbetsträning",
        "",
        "dagar",
        "Avslutade perioder: 0",
    ] in figures


def test_csv_and_xlsx_name_the_filters(report, tmp_path):
    _computed, data = report
    filtered = reports.compute_report(
        ReportCriteria(*YEAR_2025, staff_id=data.staff_a, service="guidance")
    )
    path = report_export.export_report(filtered, tmp_path / "f.csv", "csv", "fi")
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[2] == ["Työntekijä", "Anna Ohjaaja"]
    assert rows[3] == ["Palvelu", "Ohjaus"]
    sheet = load_workbook(
        report_export.export_report(filtered, tmp_path / "f.xlsx", "xlsx", "fi")
    ).active
    assert sheet["B3"].value == "Anna Ohjaaja" and sheet["B4"].value == "Ohjaus"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",
            ["Raportti", "Asiakkaat palveluittain", "Palvellut asiakkaat kuukausittain",
             "Kuntouttava työtoiminta", "Heinäkuu 2025", "Läsnäoloaste (%)"],
        ),
        (
            "sv",
            ["Rapport", "Klienter per tjänst", "Betjänade klienter per månad",
             "Arbetsverksamhet i rehabiliteringssyfte", "Juli 2025", "Närvarograd (%)"],
        ),
    ],
)  # fmt: skip
def test_pdf_in_finnish_and_swedish_with_the_charts(report, tmp_path, language, expected):
    computed, _data = report
    path = report_export.export_report(computed, tmp_path / "r.pdf", "pdf", language)
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for phrase in expected:
        assert phrase in text, phrase
    assert "1.1.2025–31.12.2025" in text
    # The chart labels are text in the PDF too: the month axis of the line chart.
    short_july = {"fi": "heinä", "sv": "juli"}[language]
    assert short_july.lower() in text.lower()


def test_every_export_is_logged(report, tmp_path):
    computed, _data = report
    for kind in ("xlsx", "csv", "pdf"):
        report_export.export_report(computed, tmp_path / f"r.{kind}", kind, "fi")
    entries = _exports()
    assert [e.object_type for e in entries] == ["report"] * 3
    assert ['"format": "xlsx"' in e.details for e in entries] == [True, False, False]
    assert '"file": "r.pdf"' in entries[-1].details


def test_a_counsellor_may_not_export(report, tmp_path, sign_in_as):
    computed, _data = report
    sign_in_as("counsellor")
    with pytest.raises(AccessDenied):
        report_export.export_report(computed, tmp_path / "r.csv", "csv", "fi")
    assert not (tmp_path / "r.csv").exists()
    assert _exports() == []


def test_a_staff_name_that_looks_like_a_formula_stays_text(report, tmp_path):
    from tyollistamo_gui.storage.models import StaffUser

    _computed, data = report
    StaffUser.update(display_name="=HYPERLINK(1)").where(StaffUser.id == data.staff_a).execute()
    filtered = reports.compute_report(ReportCriteria(*YEAR_2025, staff_id=data.staff_a))
    csv_path = report_export.export_report(filtered, tmp_path / "f.csv", "csv", "fi")
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[2] == ["Työntekijä", "'=HYPERLINK(1)"]
    xlsx_path = report_export.export_report(filtered, tmp_path / "f.xlsx", "xlsx", "fi")
    cell = load_workbook(xlsx_path).active["B3"]
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"
