"""The report in words and as a PDF: figure names, formatted values, the charts, the document.

:class:`ReportLabels` names every section and figure in one language (fi, sv,
or en for an English interface) from the app's catalogues; the Reports page,
the PDF and the spreadsheet exports all use it, so they say the same thing.
"""

from __future__ import annotations

import datetime as dt

from babel import dates as babel_dates
from reportlab.platypus import KeepTogether

from ..domain.reports import UNITS, Figure, Report
from ..formatting import BABEL_LOCALES
from .base import TEXT_WIDTH, DocumentBuilder, DocumentInfo, Letterhead
from .report_charts import Chart, bar_chart, line_chart
from .texts import DocumentTexts

CHARTED = {"services": "bar", "outcomes": "bar", "months": "line"}
NO_VALUE = "–"


class ReportLabels:
    """The report's words in ``texts.language``."""

    def __init__(self, texts: DocumentTexts) -> None:
        self.texts = texts
        self.language = texts.language
        self._sections = {
            "clients": texts.translate("Reports", "Clients"),
            "services": texts.translate("Reports", "Clients per service"),
            "outcomes": texts.translate("Reports", "Outcomes at closing"),
            "durations": texts.translate("Reports", "Median duration in each service (days)"),
            "coaching_hours": texts.translate("Reports", "Job-coaching hours per task kind"),
            "attendance": texts.translate("Reports", "Group attendance"),
            "work_trials": texts.translate("Reports", "Work trials"),
            "languages": texts.translate("Reports", "Language split of clients served"),
            "months": texts.translate("Reports", "Clients served per month"),
        }
        services = {
            "guidance": texts.translate("Vocabulary", "Guidance"),
            "job_coaching": texts.translate("Vocabulary", "Job coaching"),
            "individual_coaching": texts.translate("Vocabulary", "Individual coaching"),
            "group_coaching": texts.translate("Vocabulary", "Group coaching"),
            "work_trial": texts.translate("Vocabulary", "Work trial"),
            "wage_subsidy": texts.translate("Vocabulary", "Wage-subsidised work"),
            "rehabilitative_work": texts.translate("Vocabulary", "Rehabilitative work activity"),
        }
        self._figures: dict[str, dict[str, str]] = {
            "clients": {
                "served": texts.translate("Reports", "Clients served"),
                "new": texts.translate("Reports", "New clients"),
                "closed": texts.translate("Reports", "Closed clients"),
            },
            "services": services,
            "durations": services,
            "outcomes": {
                "open_labour_market": texts.translate(
                    "Vocabulary", "Work on the open labour market"
                ),
                "wage_subsidised": texts.translate("Vocabulary", "Wage-subsidised work"),
                "education": texts.translate("Vocabulary", "Education"),
                "rehabilitation": texts.translate("Vocabulary", "Rehabilitation"),
                "other": texts.translate("Reports", "Other outcome"),
            },
            "coaching_hours": {
                "tailoring_tasks": texts.translate(
                    "Coaching", "Tailoring suitable tasks with the employer"
                ),
                "administration": texts.translate(
                    "Coaching", "Help with the employment contract and other administration"
                ),
                "work_community": texts.translate(
                    "Coaching", "Preparing the work community for the newcomer"
                ),
                "employee_support": texts.translate(
                    "Coaching", "Supporting the employee during employment"
                ),
                "employer_support": texts.translate(
                    "Coaching", "Supporting the employer during employment"
                ),
                "other": texts.translate("Coaching", "Other"),
            },
            "attendance": {
                "marks": texts.translate("Reports", "Attendance marks"),
                "present": texts.translate("Reports", "Marked present"),
                "rate": texts.translate("Reports", "Attendance rate (%)"),
            },
            "work_trials": {
                "started": texts.translate("Reports", "Work trials started"),
                "completed": texts.translate("Reports", "Work trials completed"),
            },
            "languages": {
                "fi": texts.translate("Vocabulary", "Finnish"),
                "sv": texts.translate("Vocabulary", "Swedish"),
                "other": texts.translate("Vocabulary", "Other language"),
            },
        }

    # -- names ----------------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self.texts.translate("Reports", "Report")

    def section(self, name: str) -> str:
        return self._sections[name]

    def figure(self, section: str, key: str) -> str:
        if section == "months":
            return self.month(key)
        text = self._figures[section][key]
        # Language names are lower case in Finnish and Swedish; a row starts with a capital.
        return text[:1].upper() + text[1:]

    def service(self, kind: str) -> str:
        return self._figures["services"][kind]

    def month(self, key: str, short: bool = False, with_year: bool = True) -> str:
        year, month = (int(part) for part in key.split("-"))
        pattern = ("LLL" if short else "LLLL") + (" yyyy" if with_year else "")
        text = babel_dates.format_date(
            dt.date(year, month, 1), pattern, locale=BABEL_LOCALES.get(self.language, "fi_FI")
        )
        return text[:1].upper() + text[1:]

    def unit(self, section: str) -> str:
        unit = UNITS.get(section)
        if unit == "days":
            return self.texts.translate("Reports", "days")
        if unit == "hours":
            return self.texts.translate("Reports", "hours")
        if section == "attendance":
            return ""
        return self.texts.translate("Reports", "clients")

    # -- values ---------------------------------------------------------------------------------

    def number(self, value: float | int | None) -> str:
        if value is None:
            return NO_VALUE
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return self.texts.number(value)

    def value(self, figure: Figure) -> str:
        if figure.value is None:
            return NO_VALUE
        text = self.number(figure.value)
        if figure.section == "attendance" and figure.key == "rate":
            return f"{text}\u00a0%"
        return text

    def basis(self, figure: Figure) -> str:
        """What a median, a sum of hours or a rate was computed from; "" for counts."""
        if figure.basis is None:
            return ""
        if figure.section == "durations":
            return self.texts.translate("Reports", "Ended periods: %1").replace(
                "%1", str(figure.basis)
            )
        if figure.section == "coaching_hours":
            return self.texts.translate("Reports", "Log entries: %1").replace(
                "%1", str(figure.basis)
            )
        return self.texts.translate("Reports", "Marks: %1").replace("%1", str(figure.basis))

    # -- the period and filters -----------------------------------------------------------------

    def criteria(self, report: Report) -> list[tuple[str, str]]:
        criteria = report.criteria
        period = f"{self.texts.date(criteria.start)}–{self.texts.date(criteria.end)}"
        staff = report.staff_name or self.texts.translate("Reports", "All staff members")
        service = (
            self.service(criteria.service)
            if criteria.service
            else self.texts.translate("Reports", "All services")
        )
        return [
            (self.texts.translate("Reports", "Period"), period),
            (self.texts.translate("Reports", "Staff member"), staff),
            (self.texts.translate("Reports", "Service"), service),
            (
                self.texts.translate("Reports", "Computed"),
                f"{self.texts.date(report.computed_at.date())} "
                f"{report.computed_at.strftime('%H.%M')}",
            ),
        ]

    def headers(self) -> list[str]:
        return [
            self.texts.translate("Reports", "Figure"),
            self.texts.translate("Reports", "Value"),
            self.texts.translate("Reports", "Based on"),
        ]


def charts(report: Report, labels: ReportLabels, width: float) -> dict[str, Chart]:
    """The report's charts: bars for services and outcomes, a line for the months."""
    made = {}
    for section, kind in CHARTED.items():
        figures = report.section(section)
        if kind == "bar":
            items = [(f.key, labels.figure(section, f.key), f.value) for f in figures]
            made[section] = bar_chart(items, width, labels.number)
        else:
            one_year = len({f.key[:4] for f in figures}) == 1
            items = [
                (f.key, labels.month(f.key, short=True, with_year=not one_year), f.value)
                for f in figures
            ]
            made[section] = line_chart(items, width, labels.number)
    return made


def render_report(report: Report, language: str, letterhead: Letterhead) -> bytes:
    """The report as a PDF in ``language``: the period and filters, every figure, the charts."""
    texts = DocumentTexts(language)
    labels = ReportLabels(texts)
    period = labels.criteria(report)[0][1]
    info = DocumentInfo(
        title=labels.title,
        letterhead=letterhead,
        printed_on=report.computed_at.date(),
        subject=period,
    )
    doc = DocumentBuilder(info, texts)
    doc.title(f"{labels.title} {period}")
    doc.fields(labels.criteria(report))
    drawn = charts(report, labels, TEXT_WIDTH)
    sections = []
    for figure in report.figures:
        if figure.section not in sections:
            sections.append(figure.section)
    for section in sections:
        figures = report.section(section)
        first = len(doc.story)
        doc.heading(labels.section(section))
        if section in drawn:
            doc.story.append(drawn[section].drawing)
            doc.spacer(2)
        if any(f.basis is not None for f in figures):
            rows = [
                [labels.figure(section, f.key), labels.value(f), labels.basis(f)] for f in figures
            ]
            doc.table(labels.headers(), rows, widths=[0.6, 0.15, 0.25])
        else:
            rows = [[labels.figure(section, f.key), labels.value(f)] for f in figures]
            doc.table(labels.headers()[:2], rows, widths=[0.75, 0.25])
        # A section (heading, chart, table) is short: it is kept on one page.
        doc.story[first:] = [KeepTogether(doc.story[first:])]
    return doc.render()
