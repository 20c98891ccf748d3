"""The unit's own information (name, Business ID, address, logo) used on documents."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..domain import access
from ..domain.contact import check_email, check_phone, check_postal_code
from ..domain.findings import Finding, ValidationFailed
from ..domain.identifiers import check_business_id, normalize_business_id
from ..storage.connection import translate_errors
from ..storage.models import UnitSettings, database, update_versioned
from . import session

MAX_LOGO_BYTES = 2 * 1024 * 1024
LOGO_MIME_TYPES = ("image/png", "image/jpeg")


@dataclass(frozen=True)
class UnitInfo:
    name: str = ""
    business_id: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    logo_mime: str = ""
    version: int = 1
    # For the privacy notice: the controller when it is not the unit itself (e.g. the
    # wellbeing services county), the register's contact person and the DPO.
    controller_name: str = ""
    privacy_contact_name: str = ""
    privacy_contact_phone: str = ""
    privacy_contact_email: str = ""
    dpo_name: str = ""
    dpo_phone: str = ""
    dpo_email: str = ""


PRIVACY_FIELDS = (
    "controller_name",
    "privacy_contact_name",
    "privacy_contact_phone",
    "privacy_contact_email",
    "dpo_name",
    "dpo_phone",
    "dpo_email",
)


def get_unit_info() -> UnitInfo:
    row = UnitSettings.get_or_none(UnitSettings.id == 1)
    if row is None:
        return UnitInfo()
    return UnitInfo(
        name=row.name,
        business_id=row.business_id,
        street_address=row.street_address,
        postal_code=row.postal_code,
        post_office=row.post_office,
        phone=row.phone,
        email=row.email,
        logo=bytes(row.logo) if row.logo else None,
        logo_mime=row.logo_mime,
        version=row.version,
        **{name: getattr(row, name) for name in PRIVACY_FIELDS},
    )


def check_unit_info(info: UnitInfo) -> list[Finding]:
    """Everything wrong with ``info``; an empty list when it can be saved."""
    findings = []
    if not info.name.strip():
        findings.append(Finding("required", "name"))
    if info.business_id.strip():
        findings.append(check_business_id(info.business_id))
    findings.append(check_postal_code(info.postal_code))
    findings.append(check_phone(info.phone))
    findings.append(check_email(info.email))
    findings.append(check_phone(info.privacy_contact_phone, "privacy_contact_phone"))
    findings.append(check_email(info.privacy_contact_email, "privacy_contact_email"))
    findings.append(check_phone(info.dpo_phone, "dpo_phone"))
    findings.append(check_email(info.dpo_email, "dpo_email"))
    # A person named on the notice must be reachable: a phone number or an e-mail address.
    for person, phone, email in (
        ("privacy_contact_name", "privacy_contact_phone", "privacy_contact_email"),
        ("dpo_name", "dpo_phone", "dpo_email"),
    ):
        if getattr(info, person).strip() and not (
            getattr(info, phone).strip() or getattr(info, email).strip()
        ):
            findings.append(Finding("privacy.contact_missing", email))
    if info.logo is not None:
        if len(info.logo) > MAX_LOGO_BYTES:
            findings.append(Finding("logo.too_large", "logo", {"limit": MAX_LOGO_BYTES}))
        if info.logo_mime not in LOGO_MIME_TYPES:
            findings.append(Finding("logo.type", "logo", {"mime": info.logo_mime}))
    return [f for f in findings if f is not None]


@translate_errors
def save_unit_info(info: UnitInfo) -> UnitInfo:
    """Validate and store; raises ``ValidationFailed`` or ``ConcurrentEdit``, saving nothing."""
    session.require(access.UNIT_SETTINGS)
    findings = check_unit_info(info)
    if findings:
        raise ValidationFailed(findings)
    values = {
        "name": info.name.strip(),
        "business_id": normalize_business_id(info.business_id) if info.business_id else "",
        "street_address": info.street_address.strip(),
        "postal_code": info.postal_code.strip(),
        "post_office": info.post_office.strip(),
        "phone": info.phone.strip(),
        "email": info.email.strip(),
        "logo": info.logo,
        "logo_mime": info.logo_mime if info.logo else "",
        **{name: getattr(info, name).strip() for name in PRIVACY_FIELDS},
    }
    with database.atomic():
        session.log("update", object_type="unit_settings", object_id=1)
        if UnitSettings.get_or_none(UnitSettings.id == 1) is None:
            UnitSettings.create(id=1, **values)
            return dataclasses.replace(get_unit_info())
        update_versioned(UnitSettings, 1, info.version, **values)
    return get_unit_info()
