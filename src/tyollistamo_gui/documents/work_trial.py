"""The work-trial agreement (työkokeilusopimus, 380/2023 57 §) between three parties."""

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
    return texts.translate("WorkTrialDocument", "Work trial agreement")


def render_work_trial(
    record: Any, client: Any, info: DocumentInfo, texts: DocumentTexts, allowance: Decimal
) -> bytes:
    """``record``: a work trial (services.supported.ArrangementRecord); ``client``: its client."""
    trial = record.data
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.paragraph(
        texts.translate(
            "WorkTrialDocument",
            "Agreement on a work trial under sections 54 to 60 of the Act on the Organisation "
            "of Employment Services (380/2023) between the participant, the organiser and the "
            "employment authority.",
        )
    )
    doc.heading(texts.translate("WorkTrialDocument", "1. Participant"))
    doc.fields(client_rows(texts, client))
    doc.heading(texts.translate("WorkTrialDocument", "2. Organiser"))
    doc.fields(
        [
            (texts.translate("WorkTrialDocument", "Organiser"), record.employer_name),
            (texts.translate("WorkTrialDocument", "Business ID"), record.employer_business_id),
            (texts.translate("WorkTrialDocument", "Address"), record.employer_address),
        ]
    )
    doc.heading(texts.translate("WorkTrialDocument", "3. Employment authority"))
    doc.fields(
        [
            (texts.translate("WorkTrialDocument", "Employment authority"), trial.authority_name),
            (texts.translate("WorkTrialDocument", "Contact person"), trial.authority_contact),
            (
                texts.translate("WorkTrialDocument", "Decision date"),
                texts.date(trial.authority_decision_date),
            ),
            (texts.translate("WorkTrialDocument", "Employment plan"), _plan(texts, trial)),
        ]
    )
    doc.heading(texts.translate("WorkTrialDocument", "4. Period and place"))
    doc.fields(
        [
            (
                texts.translate("WorkTrialDocument", "Period"),
                period_text(texts, trial.start, trial.end),
            ),
            (
                texts.translate("WorkTrialDocument", "Length"),
                length_text(texts, trial.start, trial.end),
            ),
            (texts.translate("WorkTrialDocument", "Workplace"), trial.workplace),
            (
                texts.translate("WorkTrialDocument", "Address of the workplace"),
                trial.workplace_address,
            ),
        ]
    )
    doc.heading(texts.translate("WorkTrialDocument", "5. Working hours"))
    doc.fields(
        [
            (
                texts.translate("WorkTrialDocument", "Daily duration and timing"),
                daily_hours(texts, trial),
            ),
            (
                texts.translate("WorkTrialDocument", "Weekly duration and timing"),
                weekly_hours(texts, trial),
            ),
        ]
    )
    doc.heading(texts.translate("WorkTrialDocument", "6. Goals of the work trial"))
    doc.paragraph(trial.goals)
    doc.heading(texts.translate("WorkTrialDocument", "7. Tasks"))
    doc.paragraph(trial.tasks)
    doc.heading(
        texts.translate("WorkTrialDocument", "8. Guidance and supervision at the workplace")
    )
    doc.fields(
        [
            (texts.translate("WorkTrialDocument", "Responsible person"), trial.supervisor_name),
            (texts.translate("WorkTrialDocument", "Phone"), trial.supervisor_phone),
            (texts.translate("WorkTrialDocument", "E-mail"), trial.supervisor_email),
        ]
    )
    doc.heading(
        texts.translate("WorkTrialDocument", "9. Unemployment benefit and expense allowance")
    )
    payer = (
        texts.translate("WorkTrialDocument", "Kela")
        if trial.benefit_payer == "kela"
        else trial.fund_name
    )
    doc.fields(
        [
            (texts.translate("WorkTrialDocument", "Unemployment benefit paid by"), payer),
            (
                texts.translate("WorkTrialDocument", "Expense allowance"),
                texts.translate("WorkTrialDocument", "%1 a day attended").replace(
                    "%1", texts.money(allowance)
                ),
            ),
        ]
    )
    doc.paragraph(
        texts.translate(
            "WorkTrialDocument",
            "The organiser reports the participant's absences to the payer of the unemployment "
            "benefit.",
        )
    )
    if trial.assessment:
        doc.heading(
            texts.translate("WorkTrialDocument", "Organiser's assessment after the work trial")
        )
        doc.paragraph(trial.assessment)
    doc.heading(texts.translate("WorkTrialDocument", "10. Terms"))
    for clause in (
        texts.translate(
            "WorkTrialDocument",
            "The work trial does not create an employment relationship or a public-service "
            "relationship between the participant and the organiser (380/2023 58 §).",
        ),
        texts.translate(
            "WorkTrialDocument",
            "The employment authority insures the participant against accidents and has "
            "liability insurance for damage the participant causes (380/2023 60 §).",
        ),
        texts.translate(
            "WorkTrialDocument",
            "The organiser tells the shop steward the participant's name and the contents of "
            "this agreement before the trial starts (380/2023 57 §).",
        ),
        texts.translate(
            "WorkTrialDocument",
            "After the trial the organiser gives the employment authority an assessment of the "
            "participant's suitability for the work and of the need for further services.",
        ),
        texts.translate(
            "WorkTrialDocument",
            "The employment authority interrupts the trial after five consecutive days of "
            "unauthorised absence; any party may end this agreement in writing (380/2023 59 §).",
        ),
    ):
        doc.paragraph(clause)
    if trial.extra_terms:
        doc.subheading(texts.translate("WorkTrialDocument", "Other conditions"))
        doc.paragraph(trial.extra_terms)
    doc.paragraph(
        texts.translate(
            "WorkTrialDocument",
            "This agreement has been made in three identical copies, one for each party.",
        )
    )
    doc.signatures(
        [
            Signatory(texts.translate("WorkTrialDocument", "Participant"), person_name(client)),
            Signatory(texts.translate("WorkTrialDocument", "Organiser"), record.employer_name),
            Signatory(
                texts.translate("WorkTrialDocument", "Employment authority"), trial.authority_name
            ),
        ],
        keep_with=doc.take_last(1),
    )
    return doc.render()


def _plan(texts: DocumentTexts, trial: Any) -> str:
    parts = [texts.date(trial.plan_date), trial.plan_reference]
    return ", ".join(p for p in parts if p)
