"""The printed employment plan (työllistymissuunnitelma, DOMAIN.md §2.5) of a guidance process.

Printed in the client's language (Finnish or Swedish) whatever the interface
language: client identification, date, responsible counsellor, situation,
goals, agreed measures with dates and responsibilities, the job-search
obligation, onward referrals, the next review, and signature lines for the
client and the counsellor with place and date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import clock
from ..domain.guidance import GuidanceData
from .base import DocumentBuilder, DocumentInfo, Letterhead, Signatory
from .texts import DocumentTexts


@dataclass(frozen=True)
class PlanClient:
    name: str
    identity_code: str = ""
    birth_date: dt.date | None = None
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PlanContent:
    client: PlanClient
    counsellor_name: str
    data: GuidanceData
    letterhead: Letterhead
    number: str = ""
    version: int = 1
    printed_on: dt.date | None = None


def title(texts: DocumentTexts) -> str:
    return texts.translate("EmploymentPlan", "Employment plan")


def _measure_kinds(texts: DocumentTexts) -> dict[str, str]:
    return {
        "job_coaching": texts.translate("EmploymentPlan", "Job coaching"),
        "individual_coaching": texts.translate("EmploymentPlan", "Individual coaching"),
        "group_coaching": texts.translate("EmploymentPlan", "Group coaching"),
        "work_trial": texts.translate("EmploymentPlan", "Work trial"),
        "wage_subsidy": texts.translate("EmploymentPlan", "Wage-subsidised work"),
        "rehabilitative_work": texts.translate("EmploymentPlan", "Rehabilitative work activity"),
        "education": texts.translate("EmploymentPlan", "Education"),
        "other_service": texts.translate("EmploymentPlan", "Other service"),
    }


def _measure_statuses(texts: DocumentTexts) -> dict[str, str]:
    return {
        "planned": texts.translate("EmploymentPlan", "Planned"),
        "in_progress": texts.translate("EmploymentPlan", "Under way"),
        "done": texts.translate("EmploymentPlan", "Done"),
        "cancelled": texts.translate("EmploymentPlan", "Cancelled"),
    }


def _referral_targets(texts: DocumentTexts) -> dict[str, str]:
    return {
        "social_services": texts.translate("EmploymentPlan", "Social services"),
        "health_care": texts.translate("EmploymentPlan", "Health care"),
        "education": texts.translate("EmploymentPlan", "Education"),
        "kela": texts.translate("EmploymentPlan", "Kela"),
        "debt_counselling": texts.translate("EmploymentPlan", "Debt counselling"),
        "mental_health_substance_abuse": texts.translate(
            "EmploymentPlan", "Mental health and substance abuse services"
        ),
        "other": texts.translate("EmploymentPlan", "Other service"),
    }


def _referral_statuses(texts: DocumentTexts) -> dict[str, str]:
    return {
        "proposed": texts.translate("EmploymentPlan", "Proposed"),
        "made": texts.translate("EmploymentPlan", "Made"),
        "realised": texts.translate("EmploymentPlan", "Realised"),
        "declined": texts.translate("EmploymentPlan", "Declined"),
    }


def _period(texts: DocumentTexts, start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{texts.date(start)} – {texts.date(end)}"
    if start:
        return texts.translate("EmploymentPlan", "from %1").replace("%1", texts.date(start))
    if end:
        return texts.translate("EmploymentPlan", "until %1").replace("%1", texts.date(end))
    return ""


def render_employment_plan(content: PlanContent, language: str) -> bytes:
    """The plan as PDF bytes in ``language`` (fi or sv; en for tests)."""
    texts = DocumentTexts(language)
    data = content.data
    client = content.client
    info = DocumentInfo(
        title=title(texts),
        letterhead=content.letterhead,
        number=content.number,
        version=content.version,
        printed_on=content.printed_on or clock.today(),
        subject=client.name,
    )
    doc = DocumentBuilder(info, texts)
    doc.title()

    doc.heading(texts.translate("EmploymentPlan", "Client"))
    town = " ".join(p for p in (client.postal_code, client.post_office) if p)
    address = ", ".join(p for p in (client.street_address, town) if p)
    rows: list[tuple[str, object]] = [(texts.translate("EmploymentPlan", "Name"), client.name)]
    if client.identity_code:
        rows.append(
            (texts.translate("EmploymentPlan", "Personal identity code"), client.identity_code)
        )
    elif client.birth_date:
        rows.append(
            (texts.translate("EmploymentPlan", "Date of birth"), texts.date(client.birth_date))
        )
    if address:
        rows.append((texts.translate("EmploymentPlan", "Address"), address))
    if client.phone:
        rows.append((texts.translate("EmploymentPlan", "Phone"), client.phone))
    doc.fields(rows)

    doc.heading(texts.translate("EmploymentPlan", "Plan"))
    doc.fields(
        [
            (texts.translate("EmploymentPlan", "Date of the plan"), texts.date(data.plan_date)),
            (texts.translate("EmploymentPlan", "Responsible counsellor"), content.counsellor_name),
            (
                texts.translate("EmploymentPlan", "Guidance process started"),
                texts.date(data.started_on),
            ),
        ]
    )

    doc.heading(texts.translate("EmploymentPlan", "Situation"))
    doc.paragraph(data.situation_summary)
    translate = texts.translate
    background = [
        (translate("EmploymentPlan", "Education"), data.education),
        (translate("EmploymentPlan", "Work history"), data.work_history),
        (
            translate("EmploymentPlan", "Skills and strengths, the client's view"),
            data.skills_client,
        ),
        (
            translate("EmploymentPlan", "Skills and strengths, the counsellor's view"),
            data.skills_counsellor,
        ),
        (
            translate("EmploymentPlan", "Work and functional ability, the client's view"),
            data.work_ability_client,
        ),
        (
            translate("EmploymentPlan", "Work and functional ability, the counsellor's view"),
            data.work_ability_counsellor,
        ),
        (translate("EmploymentPlan", "The client's own wishes"), data.wishes),
    ]
    doc.fields([(label, value) for label, value in background if value])

    doc.heading(texts.translate("EmploymentPlan", "Goals"))
    for term, heading in (
        ("short", texts.translate("EmploymentPlan", "Short-term goals")),
        ("long", texts.translate("EmploymentPlan", "Long-term goals")),
    ):
        goals = [g for g in data.goals if g.term == term and g.text.strip()]
        if goals:
            doc.subheading(heading)
            for goal in goals:
                doc.paragraph(f"• {goal.text}")

    doc.heading(texts.translate("EmploymentPlan", "Agreed measures and services"))
    kinds = _measure_kinds(texts)
    statuses = _measure_statuses(texts)
    doc.table(
        [
            texts.translate("EmploymentPlan", "Measure"),
            texts.translate("EmploymentPlan", "What"),
            texts.translate("EmploymentPlan", "Responsible"),
            texts.translate("EmploymentPlan", "When"),
            texts.translate("EmploymentPlan", "Status"),
        ],
        [
            (
                kinds.get(m.kind, m.kind),
                m.description,
                m.responsible,
                _period(texts, m.starts_on, m.ends_on),
                statuses.get(m.status, m.status),
            )
            for m in data.measures
        ],
        widths=[0.22, 0.27, 0.17, 0.17, 0.17],
        empty=texts.translate("EmploymentPlan", "No measures agreed."),
    )

    doc.heading(texts.translate("EmploymentPlan", "Job-search obligation"))
    if data.job_search_obligation:
        if data.job_search_period_months == 3:
            sentence = texts.translate(
                "EmploymentPlan",
                "The employment authority has set a job-search obligation. Job opportunities "
                "to apply for in three months: %1.",
            )
        else:
            sentence = texts.translate(
                "EmploymentPlan",
                "The employment authority has set a job-search obligation. Job opportunities "
                "to apply for each month: %1.",
            )
        sentence = sentence.replace("%1", str(data.job_search_count))
        doc.paragraph(sentence)
        if data.job_search_notes:
            doc.paragraph(data.job_search_notes)
    else:
        doc.paragraph(
            texts.translate(
                "EmploymentPlan",
                "No job-search obligation set by the employment authority is recorded in "
                "this plan.",
            )
        )

    if data.referrals:
        doc.heading(texts.translate("EmploymentPlan", "Advice and onward referral"))
        targets = _referral_targets(texts)
        referral_statuses = _referral_statuses(texts)
        doc.table(
            [
                texts.translate("EmploymentPlan", "Referred to"),
                texts.translate("EmploymentPlan", "Date"),
                texts.translate("EmploymentPlan", "Status"),
            ],
            [
                (
                    targets.get(r.target, r.target),
                    texts.date(r.referred_on),
                    referral_statuses.get(r.status, r.status),
                )
                for r in data.referrals
            ],
            widths=[0.56, 0.22, 0.22],
        )

    doc.heading(texts.translate("EmploymentPlan", "Next review"))
    doc.paragraph(
        texts.translate(
            "EmploymentPlan",
            "The plan will be reviewed together on %1 at the latest. The client tells the "
            "counsellor if the situation changes or a measure cannot be carried out as agreed.",
        ).replace("%1", texts.date(data.next_review_on))
    )
    doc.paragraph(
        texts.translate(
            "EmploymentPlan",
            "This plan has been drawn up together by the client and the counsellor. The client "
            "has received a copy of it.",
        )
    )
    doc.signatures(
        [
            Signatory(texts.translate("EmploymentPlan", "Client"), client.name),
            Signatory(texts.translate("EmploymentPlan", "Counsellor"), content.counsellor_name),
        ],
        keep_with=doc.take_last(1),
    )
    return doc.render()
