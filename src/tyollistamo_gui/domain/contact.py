"""Findings for optional contact details (empty is allowed)."""

from __future__ import annotations

from .findings import Finding
from .identifiers import check_optional, validate_email, validate_phone, validate_postal_code


def check_postal_code(text: str, field: str = "postal_code") -> Finding | None:
    return check_optional("postal_code", validate_postal_code, text, field)


def check_email(text: str, field: str = "email") -> Finding | None:
    return check_optional("email", validate_email, text, field)


def check_phone(text: str, field: str = "phone") -> Finding | None:
    return check_optional("phone", validate_phone, text, field)
