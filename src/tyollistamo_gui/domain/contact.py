"""Checks for contact details: postal codes, e-mail addresses, phone numbers."""

from __future__ import annotations

import re

from .findings import Finding

_POSTAL_CODE = re.compile(r"^\d{5}$")
# Deliberately lenient: one @, a dot in the domain, no blanks. Deliverability
# cannot be checked offline anyway.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,20}$")


def check_postal_code(text: str, field: str = "postal_code") -> Finding | None:
    if text and not _POSTAL_CODE.match(text.strip()):
        return Finding("postal_code.format", field)
    return None


def check_email(text: str, field: str = "email") -> Finding | None:
    if text and not _EMAIL.match(text.strip()):
        return Finding("email.format", field)
    return None


def check_phone(text: str, field: str = "phone") -> Finding | None:
    text = text.strip()
    if text and (not _PHONE.match(text) or sum(c.isdigit() for c in text) < 5):
        return Finding("phone.format", field)
    return None
