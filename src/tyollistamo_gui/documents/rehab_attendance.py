"""The monthly attendance summary of rehabilitative work activity (189/2001 14 §, 18 §).

One client, one month: the days present and absent from the attendance
register, the days counted toward the 178-day limit in the 12 months up to the
month's end, and the basis of the money paid for the month (activity allowance
or expense allowance per day present, and travel costs).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..domain.legal_references import reference_text
from .agreement_parts import period_text, person_name
from .base import DocumentBuilder, DocumentInfo, Signatory
from .texts import DocumentTexts


@dataclass(frozen=True)
class AttendanceMonth:
    """What the summary prints beyond the arrangement: the month and its figures."""

    year: int
    month: int
    summary: Any  # domain.supported.MonthSummary
    counted_days: int  # days present in the 12 months up to the month's last day
    max_days: int
    allowance_kind: str  # "activity_allowance" (social assistance) | "expense_allowance"
    # The source of the day limit: its law reference, or the unit's own text (as typed).
    max_days_source: str = "189/2001 14 §"
    max_days_source_as_typed: bool = False


def title(texts: DocumentTexts) -> str:
    return texts.translate(
        "RehabAttendanceDocument", "Monthly attendance summary of rehabilitative work activity"
    )


def month_name(texts: DocumentTexts, year: int, month: int) -> str:
    """``maaliskuu 2026`` / ``mars 2026``."""
    from babel.dates import format_date

    from ..formatting import BABEL_LOCALES

    locale = BABEL_LOCALES.get(texts.language, "fi_FI")
    return format_date(dt.date(year, month, 1), "LLLL yyyy", locale=locale)


def render_rehab_attendance(
    record: Any, client: Any, info: DocumentInfo, texts: DocumentTexts, month: AttendanceMonth
) -> bytes:
    work = record.data
    summary = month.summary
    head = info.letterhead
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.fields(
        [
            (
                texts.translate("RehabAttendanceDocument", "Month"),
                month_name(texts, month.year, month.month),
            ),
            (texts.translate("RehabAttendanceDocument", "Client"), person_name(client)),
            (
                texts.translate("RehabAttendanceDocument", "Personal identity code"),
                client.data.identity_code,
            ),
            (texts.translate("RehabAttendanceDocument", "Place"), work.place),
            (
                texts.translate("RehabAttendanceDocument", "Supervisor at the place"),
                work.supervisor_name,
            ),
            (texts.translate("RehabAttendanceDocument", "Producer"), head.name),
            (
                texts.translate("RehabAttendanceDocument", "Wellbeing services county (organiser)"),
                work.county_name,
            ),
            (
                texts.translate("RehabAttendanceDocument", "Service decision"),
                ", ".join(p for p in (work.decision_number, texts.date(work.decision_date)) if p),
            ),
            (
                texts.translate("RehabAttendanceDocument", "Period of the activity"),
                period_text(texts, work.start, work.end),
            ),
        ]
    )
    doc.heading(texts.translate("RehabAttendanceDocument", "Attendance in the month"))
    doc.fields(
        [
            (texts.translate("RehabAttendanceDocument", "Days present"), str(summary.present)),
            (
                texts.translate("RehabAttendanceDocument", "Days absent, excused"),
                str(summary.absent_excused),
            ),
            (texts.translate("RehabAttendanceDocument", "Days absent"), str(summary.absent)),
            (
                texts.translate("RehabAttendanceDocument", "Days counted toward the limit"),
                texts.translate(
                    "RehabAttendanceDocument",
                    "%1 days present in the 12 months up to %2 (at most %3 days, %4)",
                )
                .replace("%1", str(month.counted_days))
                .replace("%2", texts.date(last_day_of_month(month.year, month.month)))
                .replace("%3", str(month.max_days))
                .replace(
                    "%4",
                    reference_text(
                        month.max_days_source,
                        texts.language,
                        as_typed=month.max_days_source_as_typed,
                        no_break=True,
                    ),
                ),
            ),
        ]
    )
    doc.heading(texts.translate("RehabAttendanceDocument", "Basis of the allowance"))
    if month.allowance_kind == "activity_allowance":
        allowance_label = texts.translate(
            "RehabAttendanceDocument", "Activity allowance (social assistance recipient)"
        )
    else:
        allowance_label = texts.translate(
            "RehabAttendanceDocument", "Expense allowance (labour market subsidy recipient)"
        )
    doc.fields(
        [
            (
                allowance_label,
                texts.translate("RehabAttendanceDocument", "%1 days × %2 = %3")
                .replace("%1", str(summary.present))
                .replace("%2", texts.money(summary.allowance_per_day))
                .replace("%3", texts.money(summary.allowance)),
            ),
            (
                texts.translate("RehabAttendanceDocument", "Travel costs on the days present"),
                texts.money(summary.travel),
            ),
            (
                texts.translate("RehabAttendanceDocument", "Total"),
                texts.money(summary.allowance + summary.travel),
            ),
        ]
    )
    doc.heading(texts.translate("RehabAttendanceDocument", "Attendance register"))
    names = {
        "present": texts.translate("RehabAttendanceDocument", "present"),
        "absent_excused": texts.translate("RehabAttendanceDocument", "absent, excused"),
        "absent": texts.translate("RehabAttendanceDocument", "absent"),
    }
    weekdays = _weekday_names(texts)
    doc.table(
        [
            texts.translate("RehabAttendanceDocument", "Date"),
            texts.translate("RehabAttendanceDocument", "Day"),
            texts.translate("RehabAttendanceDocument", "Attendance"),
            texts.translate("RehabAttendanceDocument", "Travel costs"),
            texts.translate("RehabAttendanceDocument", "Note"),
        ],
        [
            (
                texts.date(entry.day),
                weekdays[entry.day.weekday()],
                names.get(entry.status, entry.status),
                texts.money(entry.travel_cost)
                if entry.travel_cost and entry.status == "present"
                else "",
                entry.note,
            )
            for entry in summary.days
        ],
        widths=[0.15, 0.09, 0.25, 0.19, 0.32],
        empty=texts.translate(
            "RehabAttendanceDocument", "No days recorded in the register for this month."
        ),
    )
    doc.paragraph(
        texts.translate(
            "RehabAttendanceDocument",
            "The summary is made from the attendance register kept by the producer. The "
            "allowance is paid only for days present.",
        )
    )
    doc.signatures(
        [
            Signatory(
                texts.translate("RehabAttendanceDocument", "Supervisor at the place"),
                work.supervisor_name,
            ),
            Signatory(texts.translate("RehabAttendanceDocument", "Producer"), head.name),
        ],
        keep_with=doc.take_last(1),
    )
    return doc.render()


def last_day_of_month(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _weekday_names(texts: DocumentTexts) -> list[str]:
    from babel.dates import get_day_names

    from ..formatting import BABEL_LOCALES

    names = get_day_names("abbreviated", locale=BABEL_LOCALES.get(texts.language, "fi_FI"))
    return [str(names[number]) for number in range(7)]


__all__ = ["AttendanceMonth", "month_name", "render_rehab_attendance", "title"]
