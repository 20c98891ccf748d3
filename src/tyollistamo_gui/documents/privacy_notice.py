"""The register's privacy notice (tietosuojaseloste / dataskyddsbeskrivning), GDPR arts. 13–14.

Filled from the unit's settings (controller, contact person, data protection
officer) and the retention periods in force; the rest is the standard text of
an employment unit's client register (DOMAIN.md §5.4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .. import clock
from ..domain.legal_references import reference_text
from .base import DocumentBuilder, DocumentInfo, Letterhead, escape
from .texts import DocumentTexts


@dataclass(frozen=True)
class RetentionPeriod:
    kind: str  # a kind of ``domain.retention.KINDS``
    years: int
    source: str = ""  # a law reference (domain.legal_references) or the unit's own text
    source_as_typed: bool = False  # the unit's own text: printed as typed


@dataclass(frozen=True)
class PrivacyNoticeContent:
    """What the notice says about this unit; ``unit`` has the fields of ``UnitInfo``."""

    unit: object
    periods: Sequence[RetentionPeriod] = ()
    printed_on: dt.date = field(default_factory=clock.today)


def kind_names(translate: Callable[[str, str], str]) -> dict[str, str]:
    """The kinds of record of the retention table, for the notice and the administrator's
    view (``translate`` is ``DocumentTexts.translate`` or ``QCoreApplication.translate``)."""
    return {
        "client_record": translate("RetentionKinds", "Client data of the employment services"),
        "social_welfare": translate(
            "RetentionKinds", "Social welfare documents (rehabilitative work activity)"
        ),
        "payments": translate("RetentionKinds", "Payment records (wage subsidy)"),
        "employment_relationship": translate(
            "RetentionKinds", "Basic data of the employment relationship (wage-subsidised work)"
        ),
        "audit_log": translate("RetentionKinds", "Log data of the processing"),
    }


def title(texts: DocumentTexts) -> str:
    return texts.translate("PrivacyNotice", "Privacy notice")


def _value(unit: object, name: str) -> str:
    return str(getattr(unit, name, "") or "").strip()


def render_privacy_notice(content: PrivacyNoticeContent, language: str) -> bytes:
    """PDF bytes of the notice in ``language`` (fi or sv)."""
    texts = DocumentTexts(language)
    unit = content.unit
    letterhead = Letterhead.of(unit)
    info = DocumentInfo(
        title=title(texts),
        letterhead=letterhead,
        printed_on=content.printed_on,
        subject=texts.translate("PrivacyNotice", "Client register of the employment services"),
    )
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "Information on the processing of personal data (EU General Data Protection "
            "Regulation 2016/679, articles 13 and 14)",
        ),
        style=doc.styles.small,
    )
    doc.fields(
        [
            (texts.translate("PrivacyNotice", "Date"), texts.date(content.printed_on)),
            (
                texts.translate("PrivacyNotice", "Name of the register"),
                texts.translate("PrivacyNotice", "Client register of the employment services"),
            ),
        ]
    )

    # -- controller
    name = _value(unit, "name")
    unit_rows = [
        (texts.translate("PrivacyNotice", "Business ID"), _value(unit, "business_id")),
        (texts.translate("PrivacyNotice", "Address"), letterhead.address),
        (texts.translate("PrivacyNotice", "Phone"), _value(unit, "phone")),
        (texts.translate("PrivacyNotice", "E-mail"), _value(unit, "email")),
    ]
    unit_rows = [(label, value) for label, value in unit_rows if value]
    controller = _value(unit, "controller_name")
    doc.heading(texts.translate("PrivacyNotice", "1. Controller"))
    if controller:
        doc.fields([(texts.translate("PrivacyNotice", "Controller"), controller)])
        doc.paragraph(
            texts.translate(
                "PrivacyNotice",
                "The unit below produces the services for the controller and processes the "
                "client data on its behalf under the purchase contract.",
            )
        )
        doc.fields([(texts.translate("PrivacyNotice", "Service producer"), name), *unit_rows])
    else:
        doc.fields([(texts.translate("PrivacyNotice", "Controller"), name), *unit_rows])

    # -- contact person and DPO
    doc.heading(
        texts.translate("PrivacyNotice", "2. Contact person in matters concerning the register")
    )
    contact = [
        (texts.translate("PrivacyNotice", "Name"), _value(unit, "privacy_contact_name")),
        (texts.translate("PrivacyNotice", "Phone"), _value(unit, "privacy_contact_phone")),
        (texts.translate("PrivacyNotice", "E-mail"), _value(unit, "privacy_contact_email")),
    ]
    if any(value for _label, value in contact):
        doc.fields([(label, value) for label, value in contact if value])
    else:
        fallback = [
            (texts.translate("PrivacyNotice", "Name"), name),
            (texts.translate("PrivacyNotice", "Phone"), _value(unit, "phone")),
            (texts.translate("PrivacyNotice", "E-mail"), _value(unit, "email")),
        ]
        doc.fields([(label, value) for label, value in fallback if value])
    doc.heading(texts.translate("PrivacyNotice", "3. Data protection officer"))
    dpo = [
        (texts.translate("PrivacyNotice", "Name"), _value(unit, "dpo_name")),
        (texts.translate("PrivacyNotice", "Phone"), _value(unit, "dpo_phone")),
        (texts.translate("PrivacyNotice", "E-mail"), _value(unit, "dpo_email")),
    ]
    if any(value for _label, value in dpo):
        doc.fields([(label, value) for label, value in dpo if value])
    else:
        doc.paragraph(
            texts.translate(
                "PrivacyNotice",
                "Ask the controller for the contact details of its data protection officer.",
            )
        )

    # -- purposes and legal basis
    doc.heading(texts.translate("PrivacyNotice", "4. Purposes and legal basis of the processing"))
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "Personal data are processed to organise and provide employment services: "
            "guidance, job coaching, individual and group coaching, work trials, "
            "wage-subsidised work and rehabilitative work activity. The data are used to plan "
            "the services together with the client, to draw up and print agreements, to follow "
            "the client's progress and for the statistics and reports the financiers require.",
        )
    )
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "The legal basis is compliance with the controller's legal obligation and the "
            "performance of a task carried out in the public interest (GDPR article 6(1)(c) "
            "and (e)), under the Act on the Organisation of Employment Services (380/2023), "
            "the Act on Rehabilitative Work Activity (189/2001) and the Act on the Processing "
            "of Client Data in Healthcare and Social Welfare (703/2023). Data concerning health "
            "are processed under article 9(2)(b) and (h) only to the extent the service needs "
            "them.",
        )
    )

    # -- data content, sources, disclosures, transfers
    doc.heading(texts.translate("PrivacyNotice", "5. Categories of personal data"))
    for item in (
        texts.translate(
            "PrivacyNotice",
            "Identity and contact details: name, personal identity code, date of birth, "
            "address, phone number, e-mail address, language",
        ),
        texts.translate(
            "PrivacyNotice",
            "Details of the client relationship: referral, services and their periods, "
            "responsible staff member, status and outcome",
        ),
        texts.translate(
            "PrivacyNotice",
            "Benefit status and the details needed for agreements (work trial, wage subsidy, "
            "rehabilitative work activity)",
        ),
        texts.translate(
            "PrivacyNotice",
            "Guidance and coaching records: plans, goals, measures, notes, skill assessments, "
            "attendance",
        ),
        texts.translate(
            "PrivacyNotice",
            "Information on work ability and health given by the client, to the extent the "
            "service needs it",
        ),
        texts.translate("PrivacyNotice", "Printed and signed documents"),
        texts.translate(
            "PrivacyNotice", "Log data: who has processed the client's data, when and why"
        ),
    ):
        doc.markup(f"•&nbsp;&nbsp;{escape(item)}")
    doc.heading(texts.translate("PrivacyNotice", "6. Regular sources of data"))
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "The client; the authority or organisation that referred the client (employment "
            "services, the wellbeing services county, Kela); the workplaces of work trials and "
            "wage-subsidised work.",
        )
    )
    doc.heading(texts.translate("PrivacyNotice", "7. Regular disclosures of data"))
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "Data are disclosed only as the law allows or with the client's consent: to the "
            "employment authority and the wellbeing services county that bought the service, to "
            "Kela for benefits, and to the employer of a work trial or wage-subsidised job to "
            "the extent the agreement needs. Every disclosure is logged.",
        )
    )
    doc.heading(texts.translate("PrivacyNotice", "8. Transfers outside the EU or the EEA"))
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "Data are not transferred outside the European Union or the European Economic Area.",
        )
    )

    # -- retention
    doc.heading(texts.translate("PrivacyNotice", "9. Retention of the data"))
    names = kind_names(texts.translate)
    rows = []
    for period in content.periods:
        # Two sources rather than a plural form: lupdate does not collect plurals here.
        if period.years == 1:
            years = texts.translate("PrivacyNotice", "1 year")
        else:
            years = texts.translate("PrivacyNotice", "%1 years").replace("%1", str(period.years))
        # The law named in full: the notice is read by clients, not by lawyers.
        source = reference_text(
            period.source, language, as_typed=period.source_as_typed, named=True, no_break=True
        )
        if not period.source_as_typed:
            source = source[:1].upper() + source[1:]  # a cell starts with a capital
        rows.append((names.get(period.kind, period.kind), years, source))
    doc.table(
        [
            texts.translate("PrivacyNotice", "Data"),
            texts.translate("PrivacyNotice", "Kept for"),
            texts.translate("PrivacyNotice", "Basis"),
        ],
        rows,
        widths=(0.52, 0.18, 0.30),
    )
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "The periods are counted from the end of the client relationship, log data from "
            "the log event. After the period the client's identity and free text are erased "
            "irreversibly; the codes and dates needed for statistics are kept without identity.",
        )
    )

    # -- protection, rights
    doc.heading(texts.translate("PrivacyNotice", "10. Principles of protection"))
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "Only staff who need the data in their work have access to them, each with a "
            "personal user name and password; the access depends on the role and on the "
            "clients the staff member is responsible for. Every view, change, print and export "
            "of a client's data is logged. The database and its backups are kept in protected "
            "premises and systems, and signed paper documents in locked storage.",
        )
    )
    doc.heading(texts.translate("PrivacyNotice", "11. Rights of the data subject"))
    for item in (
        texts.translate(
            "PrivacyNotice",
            "Right of access: you may see the data stored about you and the log of who has "
            "processed them (GDPR article 15; Act 703/2023, section 11).",
        ),
        texts.translate("PrivacyNotice", "Right to rectification of inaccurate data (article 16)."),
        texts.translate(
            "PrivacyNotice",
            "Right to erasure (article 17) and to restriction of processing (article 18), "
            "within the limits of the statutory retention periods.",
        ),
        texts.translate(
            "PrivacyNotice",
            "Right to object to processing on grounds relating to your particular situation "
            "(article 21). The right to data portability does not apply to processing based "
            "on law.",
        ),
        texts.translate(
            "PrivacyNotice",
            "Right to lodge a complaint with the Data Protection Ombudsman (tietosuoja.fi).",
        ),
    ):
        doc.markup(f"•&nbsp;&nbsp;{escape(item)}")
    doc.paragraph(
        texts.translate(
            "PrivacyNotice",
            "Send requests to the contact person named above. The data are not used for "
            "automated decision-making or profiling.",
        )
    )
    return doc.render()
