"""The agreement on rehabilitative work activity (189/2001) with its activation plan items."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .agreement_parts import (
    client_rows,
    daily_hours,
    length_text,
    period_text,
    person_name,
    weekly_hours,
)
from .base import DocumentBuilder, DocumentInfo, Signatory
from .texts import DocumentTexts


def title(texts: DocumentTexts) -> str:
    return texts.translate("RehabWorkDocument", "Agreement on rehabilitative work activity")


def render_rehab_work(
    record: Any, client: Any, info: DocumentInfo, texts: DocumentTexts, allowance: Decimal
) -> bytes:
    work = record.data
    head = info.letterhead
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.paragraph(
        texts.translate(
            "RehabWorkDocument",
            "Rehabilitative work activity under the Act on Rehabilitative Work Activity "
            "(189/2001). The activity is a social service; it does not create an employment "
            "relationship.",
        )
    )
    doc.heading(texts.translate("RehabWorkDocument", "1. Client"))
    doc.fields(client_rows(texts, client))
    doc.heading(texts.translate("RehabWorkDocument", "2. Organiser and producer"))
    doc.fields(
        [
            (
                texts.translate("RehabWorkDocument", "Wellbeing services county (organiser)"),
                work.county_name,
            ),
            (texts.translate("RehabWorkDocument", "Contact person"), work.county_contact),
            (
                texts.translate("RehabWorkDocument", "Service decision"),
                ", ".join(p for p in (work.decision_number, texts.date(work.decision_date)) if p),
            ),
            (texts.translate("RehabWorkDocument", "Producer"), head.name),
            (texts.translate("RehabWorkDocument", "Business ID"), head.business_id),
            (texts.translate("RehabWorkDocument", "Address"), head.address),
        ]
    )
    doc.heading(texts.translate("RehabWorkDocument", "3. Activation plan"))
    doc.fields(
        [
            (texts.translate("RehabWorkDocument", "Date of the plan"), texts.date(work.plan_date)),
            (texts.translate("RehabWorkDocument", "Reference"), work.plan_reference),
        ]
    )
    doc.subheading(texts.translate("RehabWorkDocument", "Goal and description"))
    doc.paragraph(work.goal)
    doc.fields(
        [
            (texts.translate("RehabWorkDocument", "Place"), work.place),
            (texts.translate("RehabWorkDocument", "Address of the place"), work.place_address),
            (
                texts.translate("RehabWorkDocument", "Supervisor at the place"),
                ", ".join(p for p in (work.supervisor_name, work.supervisor_phone) if p),
            ),
        ]
    )
    doc.subheading(texts.translate("RehabWorkDocument", "Duration"))
    doc.fields(
        [
            (texts.translate("RehabWorkDocument", "Daily duration"), daily_hours(texts, work)),
            (texts.translate("RehabWorkDocument", "Weekly duration"), weekly_hours(texts, work)),
            (
                texts.translate("RehabWorkDocument", "Period"),
                period_text(texts, work.start, work.end),
            ),
            (
                texts.translate("RehabWorkDocument", "Length of the period"),
                length_text(texts, work.start, work.end),
            ),
        ]
    )
    doc.subheading(texts.translate("RehabWorkDocument", "Support and guidance"))
    doc.paragraph(work.support)
    doc.subheading(texts.translate("RehabWorkDocument", "Other services"))
    doc.paragraph(work.other_services or "–")
    doc.subheading(texts.translate("RehabWorkDocument", "Evaluation and follow-up"))
    doc.fields(
        [
            (
                texts.translate("RehabWorkDocument", "Evaluated by"),
                texts.date(work.evaluation_date),
            ),
            (texts.translate("RehabWorkDocument", "Follow-up"), texts.date(work.follow_up_date)),
        ]
    )
    if work.obligations:
        doc.subheading(texts.translate("RehabWorkDocument", "Other obligations"))
        doc.paragraph(work.obligations)
    doc.heading(texts.translate("RehabWorkDocument", "4. Allowance and travel costs"))
    doc.fields(
        [
            (
                texts.translate("RehabWorkDocument", "Activity allowance or expense allowance"),
                texts.translate("RehabWorkDocument", "%1 a day present").replace(
                    "%1", texts.money(allowance)
                ),
            ),
            (
                texts.translate("RehabWorkDocument", "Travel costs"),
                texts.translate("RehabWorkDocument", "%1 a day present").replace(
                    "%1", texts.money(work.travel_cost_per_day)
                )
                if work.travel_cost_per_day
                else "–",
            ),
        ]
    )
    doc.heading(texts.translate("RehabWorkDocument", "5. Terms"))
    for clause in (
        texts.translate(
            "RehabWorkDocument",
            "Attendance is recorded daily. The days present determine the allowance and the "
            "travel costs paid.",
        ),
        texts.translate(
            "RehabWorkDocument",
            "Rehabilitative work activity may take place on at most 178 days in 12 months "
            "(189/2001 14 §).",
        ),
        texts.translate(
            "RehabWorkDocument",
            "The wellbeing services county insures the client against accidents during the "
            "activity (189/2001 23 §).",
        ),
    ):
        doc.paragraph(clause)
    doc.paragraph(
        texts.translate(
            "RehabWorkDocument",
            "This agreement has been made in three identical copies, one for each party.",
        )
    )
    doc.signatures(
        [
            Signatory(texts.translate("RehabWorkDocument", "Client"), person_name(client)),
            Signatory(texts.translate("RehabWorkDocument", "Producer"), head.name),
            Signatory(
                texts.translate("RehabWorkDocument", "Wellbeing services county"), work.county_name
            ),
        ],
        keep_with=doc.take_last(1),
    )
    return doc.render()
