"""User-facing sentences for domain findings, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.findings import Finding
from ..formatting import format_date


def _date(value: object) -> str:
    return format_date(value, "fi") if value else "…"


def finding_text(finding: Finding) -> str:
    """One translated sentence saying what is wrong and how to put it right."""
    code = finding.code
    params = finding.params
    translate = QCoreApplication.translate
    texts = {
        "required": translate("Findings", "This field is required."),
        "identity_code.length": translate(
            "Findings", "A personal identity code has 11 characters, e.g. 131052-308T."
        ),
        "identity_code.format": translate(
            "Findings",
            "Write the identity code as six digits of the birth date, a century sign, "
            "three digits and a check character, e.g. 131052-308T.",
        ),
        "identity_code.century_sign": translate(
            "Findings",
            "The seventh character must be a century sign: + for the 1800s, - or Y, X, W, V, "
            "U for the 1900s, A or B, C, D, E, F for the 2000s.",
        ),
        "identity_code.date": translate(
            "Findings", "The first six digits are not a real date (day, month, year)."
        ),
        "identity_code.individual_number": translate(
            "Findings", "The individual number (digits 8 to 10) must be 002 or more."
        ),
        "identity_code.check_character": translate(
            "Findings",
            "The check character (the last one) does not match; with these digits it would be %1.",
        ).replace("%1", str(params.get("expected", ""))),
        "identity_code.future": translate(
            "Findings", "The identity code gives a birth date in the future."
        ),
        "identity_code.duplicate": translate(
            "Findings", "Another client already has this identity code."
        ),
        "identity_code.required_for_agreement": translate(
            "Findings", "The identity code is needed before an agreement can be printed."
        ),
        "business_id.length": translate(
            "Findings",
            "A Business ID has seven digits, a hyphen and a check digit, e.g. 2129026-2.",
        ),
        "business_id.format": translate(
            "Findings",
            "Write the Business ID as seven digits, a hyphen and a check digit, e.g. 2129026-2.",
        ),
        "business_id.check_digit": translate(
            "Findings", "The check digit of the Business ID does not match."
        ),
        "business_id.duplicate": translate(
            "Findings", "Another employer already has this Business ID."
        ),
        "iban.format": translate(
            "Findings", "Write the account number as an IBAN, e.g. FI21 1234 5600 0007 85."
        ),
        "iban.country": translate("Findings", "The account must be a Finnish IBAN (FI...)."),
        "iban.length": translate(
            "Findings", "A Finnish IBAN has 18 characters: FI, two check digits and 14 digits."
        ),
        "iban.checksum": translate(
            "Findings", "The check digits of the IBAN do not match; check the number."
        ),
        "postal_code.format": translate("Findings", "A postal code has five digits, e.g. 00100."),
        "email.format": translate("Findings", "This is not an e-mail address (name@example.fi)."),
        "phone.format": translate(
            "Findings",
            "Write the phone number as 040 123 4567 or +358 40 123 4567.",
        ),
        "phone.length": translate("Findings", "The phone number has too few or too many digits."),
        "date.format": translate("Findings", "Write the date as day.month.year, e.g. 3.12.2026."),
        "date.order": translate("Findings", "The end date cannot be before the start date."),
        "date.future": translate("Findings", "The date cannot be in the future."),
        "duration.zero": translate("Findings", "The duration must be more than zero."),
        "duration.too_long": translate("Findings", "The duration cannot be more than 24 hours."),
        "duration.format": translate(
            "Findings", "Write the duration in hours, e.g. 1,5 or 1:30 or 45 min."
        ),
        "date.outside_period": translate("Findings", "The date must be within the period %1 – %2.")
        .replace("%1", _date(params.get("start")))
        .replace("%2", _date(params.get("end"))),
        "session.outside_period": translate(
            "Findings", "A session must be within the group's period %1 – %2."
        )
        .replace("%1", _date(params.get("start")))
        .replace("%2", _date(params.get("end"))),
        "time.format": translate("Findings", "Write the time as 9.30 or 14.00."),
        "member.duplicate": translate("Findings", "The client is already a member of this group."),
        "score.range": translate("Findings", "Choose a score from 1 to 5."),
        "assessment.empty": translate("Findings", "Give a score to at least one skill."),
        "case.entries_before_start": translate(
            "Findings", "There are entries before this date; the start cannot be after them."
        ),
        "group.sessions_outside": translate(
            "Findings", "The group has sessions outside this period; move or keep the dates."
        ),
        "attendance.not_member": translate(
            "Findings", "This client was not a member of the group on the session's day."
        ),
        "closing.outcome": translate("Findings", "Choose the outcome when closing the client."),
        "retention.years": translate("Findings", "Give the period as whole years, from %1 to %2.")
        .replace("%1", str(params.get("min", 1)))
        .replace("%2", str(params.get("max", 100))),
        "retention.valid_from": translate(
            "Findings", "A period cannot apply from before %1."
        ).replace("%1", format_date(params.get("earliest"), "fi")),
        "privacy.contact_missing": translate(
            "Findings", "Give a phone number or an e-mail address for the person named."
        ),
        "logo.too_large": translate("Findings", "The logo image is too large; the limit is 2 MB."),
        "logo.type": translate("Findings", "The logo must be a PNG or JPEG image."),
        "document.already_signed": translate(
            "Findings", "The signing of this version has already been recorded."
        ),
        "document.signed_before_printed": translate(
            "Findings", "The document was printed on %1; it cannot have been signed before that."
        ).replace("%1", format_date(params.get("printed"), "fi")),
    }
    return texts.get(code, translate("Findings", "The value is not valid."))
