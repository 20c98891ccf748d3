"""The employment contract of a wage-subsidised employment, after the TEM model contract.

Fields and order follow DOMAIN.md §2.1 (TSL 2:4), with the wage-subsidy decision
and the job coach added. A fixed term under TSL 1:3 a carries the wording the
law requires instead of a ground.
"""

from __future__ import annotations

from typing import Any

from .agreement_parts import client_rows, hours, length_text, months_text, period_text, person_name
from .base import DocumentBuilder, DocumentInfo, Signatory
from .texts import DocumentTexts


def title(texts: DocumentTexts) -> str:
    return texts.translate("EmploymentContractDocument", "Employment contract")


def render_employment_contract(
    record: Any, client: Any, info: DocumentInfo, texts: DocumentTexts
) -> bytes:
    job = record.data
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.heading(texts.translate("EmploymentContractDocument", "1. Employer"))
    doc.fields(
        [
            (texts.translate("EmploymentContractDocument", "Employer"), record.employer_name),
            (
                texts.translate("EmploymentContractDocument", "Business ID"),
                record.employer_business_id,
            ),
            (
                texts.translate("EmploymentContractDocument", "Domicile or place of business"),
                record.employer_address,
            ),
        ]
    )
    doc.heading(texts.translate("EmploymentContractDocument", "2. Employee"))
    doc.fields(client_rows(texts, client))
    doc.heading(texts.translate("EmploymentContractDocument", "3. Validity of the contract"))
    rows = [
        (texts.translate("EmploymentContractDocument", "Work begins on"), texts.date(job.start)),
        (
            texts.translate("EmploymentContractDocument", "Trial period"),
            months_text(texts, job.trial_months)
            if job.trial_months
            else texts.translate("EmploymentContractDocument", "none"),
        ),
    ]
    if job.fixed_term:
        rows += [
            (
                texts.translate("EmploymentContractDocument", "Form of contract"),
                texts.translate("EmploymentContractDocument", "Fixed-term"),
            ),
            (
                texts.translate("EmploymentContractDocument", "Duration"),
                f"{period_text(texts, job.start, job.end)} "
                f"({length_text(texts, job.start, job.end)})",
            ),
            (
                texts.translate("EmploymentContractDocument", "Ground for the fixed term"),
                texts.translate(
                    "EmploymentContractDocument",
                    "Fixed-term contract with a long-term unemployed person under chapter 1, "
                    "section 3 a of the Employment Contracts Act",
                )
                if job.long_term_unemployed_contract
                else job.fixed_term_ground,
            ),
        ]
    else:
        rows.append(
            (
                texts.translate("EmploymentContractDocument", "Form of contract"),
                texts.translate(
                    "EmploymentContractDocument", "Open-ended (valid until further notice)"
                ),
            )
        )
    doc.fields(rows)
    doc.heading(texts.translate("EmploymentContractDocument", "4. Place of work"))
    doc.paragraph(job.place_of_work)
    doc.heading(texts.translate("EmploymentContractDocument", "5. Duties"))
    doc.paragraph(job.duties)
    doc.heading(texts.translate("EmploymentContractDocument", "6. Pay"))
    basis = {
        "time": texts.translate("EmploymentContractDocument", "Time rate"),
        "performance": texts.translate("EmploymentContractDocument", "Piece or performance rate"),
        "other": job.pay_basis_other,
    }.get(job.pay_basis, "")
    period = {
        "month": texts.translate("EmploymentContractDocument", "a month"),
        "two_weeks": texts.translate("EmploymentContractDocument", "every two weeks"),
        "week": texts.translate("EmploymentContractDocument", "a week"),
    }.get(job.pay_period, "")
    doc.fields(
        [
            (texts.translate("EmploymentContractDocument", "Pay basis"), basis),
            (
                texts.translate("EmploymentContractDocument", "Pay at the start of the employment"),
                texts.money(job.pay_amount),
            ),
            (texts.translate("EmploymentContractDocument", "Pay period"), period),
            (texts.translate("EmploymentContractDocument", "Pay days"), job.pay_days),
        ]
    )
    doc.heading(texts.translate("EmploymentContractDocument", "7. Working time"))
    doc.fields(
        [
            (
                texts.translate("EmploymentContractDocument", "Regular working time"),
                ", ".join(
                    p
                    for p in (
                        hours(
                            texts,
                            job.hours_per_day,
                            texts.translate("AgreementDocument", "%1 hours a day"),
                        ),
                        hours(
                            texts,
                            job.hours_per_week,
                            texts.translate("AgreementDocument", "%1 hours a week"),
                        ),
                    )
                    if p
                ),
            ),
        ]
    )
    doc.heading(texts.translate("EmploymentContractDocument", "8. Annual leave"))
    doc.paragraph(
        job.annual_leave
        or texts.translate(
            "EmploymentContractDocument",
            "In accordance with the Annual Holidays Act and the collective agreement.",
        )
    )
    doc.heading(texts.translate("EmploymentContractDocument", "9. Notice period"))
    doc.paragraph(
        job.notice_period
        or texts.translate(
            "EmploymentContractDocument",
            "In accordance with the Employment Contracts Act and the collective agreement.",
        )
    )
    doc.heading(texts.translate("EmploymentContractDocument", "10. Collective agreement"))
    doc.paragraph(job.collective_agreement or texts.translate("EmploymentContractDocument", "none"))
    doc.heading(texts.translate("EmploymentContractDocument", "11. Insurance"))
    doc.paragraph(job.insurance or "–")
    doc.heading(texts.translate("EmploymentContractDocument", "12. Wage subsidy"))
    tracks = {
        "skills": texts.translate("EmploymentContractDocument", "lack of professional skills"),
        "reduced_ability": texts.translate("EmploymentContractDocument", "reduced work ability"),
        "association": texts.translate(
            "EmploymentContractDocument", "association, foundation or religious community"
        ),
        "age_60": texts.translate("EmploymentContractDocument", "aged 60 or over"),
    }
    doc.fields(
        [
            (
                texts.translate("EmploymentContractDocument", "Decision"),
                ", ".join(p for p in (job.decision_number, texts.date(job.decision_date)) if p),
            ),
            (texts.translate("EmploymentContractDocument", "Granted by"), job.grantor),
            (
                texts.translate("EmploymentContractDocument", "Track and rate"),
                f"{tracks.get(job.track, '')}, {texts.number(job.subsidy_percent)} %",
            ),
            (
                texts.translate("EmploymentContractDocument", "Subsidy period"),
                period_text(texts, job.subsidy_start, job.subsidy_end),
            ),
            (
                texts.translate("EmploymentContractDocument", "Monthly cap"),
                texts.money(job.monthly_cap),
            ),
            (texts.translate("EmploymentContractDocument", "Job coach"), record.job_coach_name),
        ]
    )
    if job.other_terms:
        doc.heading(texts.translate("EmploymentContractDocument", "13. Other terms"))
        doc.paragraph(job.other_terms)
    doc.paragraph(
        texts.translate(
            "EmploymentContractDocument",
            "This contract has been made in two identical copies, one for each party.",
        )
    )
    doc.signatures(
        [
            Signatory(
                texts.translate("EmploymentContractDocument", "Employer"), record.employer_name
            ),
            Signatory(
                texts.translate("EmploymentContractDocument", "Employee"), person_name(client)
            ),
        ],
        keep_with=doc.take_last(1),
    )
    return doc.render()
