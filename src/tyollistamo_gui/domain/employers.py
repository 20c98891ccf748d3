"""Employers: the kinds of organisation and the rules of an employer's record."""

from __future__ import annotations

from .contact import check_email, check_phone, check_postal_code
from .findings import Finding
from .identifiers import check_business_id

# Work trials accept all of these as organisers; wage subsidy limits municipalities and
# the state (DOMAIN.md §1.2), which the supported-work rules check from this kind.
ORGANISATION_KINDS = (
    "company",
    "association",
    "foundation",
    "religious_community",
    "municipality",
    "wellbeing_county",
    "state",
)


def check_employer(
    name: str,
    business_id: str,
    organisation_kind: str,
    postal_code: str = "",
) -> list[Finding]:
    """Everything wrong with an employer's own fields (uniqueness is the service's)."""
    findings: list[Finding | None] = []
    if not name.strip():
        findings.append(Finding("required", "name"))
    if not business_id.strip():
        findings.append(Finding("required", "business_id"))
    else:
        findings.append(check_business_id(business_id))
    if organisation_kind not in ORGANISATION_KINDS:
        findings.append(Finding("invalid", "organisation_kind"))
    findings.append(check_postal_code(postal_code))
    return [f for f in findings if f is not None]


def check_contact(index: int, name: str, phone: str, email: str) -> list[Finding]:
    """A contact person needs a name; phone and e-mail are checked when given.

    The field names carry the row (``contact.2.phone``) so the form can point at it.
    """
    findings: list[Finding | None] = []
    if not name.strip():
        findings.append(Finding("required", f"contact.{index}.name"))
    findings.append(check_phone(phone, f"contact.{index}.phone"))
    findings.append(check_email(email, f"contact.{index}.email"))
    return [f for f in findings if f is not None]
