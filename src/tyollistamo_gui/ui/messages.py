"""User-facing sentences for domain findings, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.findings import Finding


def finding_text(finding: Finding) -> str:
    """One translated sentence saying what is wrong and how to put it right."""
    code = finding.code
    params = finding.params
    if code == "required":
        return QCoreApplication.translate("Findings", "This field is required.")
    if code == "identity_code.length":
        return QCoreApplication.translate(
            "Findings", "A personal identity code has 11 characters, e.g. 131052-308T."
        )
    if code == "identity_code.format":
        return QCoreApplication.translate(
            "Findings",
            "Write the identity code as DDMMYY, century sign, three digits and a "
            "check character, e.g. 131052-308T.",
        )
    if code == "identity_code.component":
        return QCoreApplication.translate(
            "Findings", "The date or the individual number of the identity code is not possible."
        )
    if code == "identity_code.checksum":
        return QCoreApplication.translate(
            "Findings", "The check character does not match; with these digits it would be %1."
        ).replace("%1", str(params.get("expected", "")))
    if code == "identity_code.future":
        return QCoreApplication.translate(
            "Findings", "The identity code gives a birth date in the future."
        )
    if code == "business_id.format":
        return QCoreApplication.translate(
            "Findings",
            "Write the Business ID as seven digits, a hyphen and a check digit, e.g. 2129026-2.",
        )
    if code == "business_id.checksum":
        return QCoreApplication.translate(
            "Findings", "The check digit of the Business ID does not match."
        )
    if code == "postal_code.format":
        return QCoreApplication.translate("Findings", "A postal code has five digits, e.g. 00100.")
    if code == "email.format":
        return QCoreApplication.translate(
            "Findings", "This is not an e-mail address (name@example.fi)."
        )
    if code == "phone.format":
        return QCoreApplication.translate(
            "Findings", "Use digits, spaces and an optional + at the start, e.g. +358 40 123 4567."
        )
    if code == "logo.too_large":
        return QCoreApplication.translate(
            "Findings", "The logo image is too large; the limit is 2 MB."
        )
    if code == "logo.type":
        return QCoreApplication.translate("Findings", "The logo must be a PNG or JPEG image.")
    return QCoreApplication.translate("Findings", "The value is not valid.")
