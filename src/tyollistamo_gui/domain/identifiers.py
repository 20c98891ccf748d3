"""Finnish identifiers: personal identity codes (henkilötunnus) and Business IDs.

The algorithms come from python-stdnum; this module adds what the app needs on
top: findings instead of exceptions, birth dates, masking, and construction of
codes for demo and test data (always from the temporary 900–999 range).
"""

from __future__ import annotations

import datetime as dt

from .findings import Finding

# python-stdnum is imported where it is used: its utility module pulls in ssl
# and pydoc, which would add ~30 ms to the app's start-up for nothing.

HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {
    "+": 1800,
    "-": 1900,
    "Y": 1900,
    "X": 1900,
    "W": 1900,
    "V": 1900,
    "U": 1900,
    "A": 2000,
    "B": 2000,
    "C": 2000,
    "D": 2000,
    "E": 2000,
    "F": 2000,
}
TEMPORARY_INDIVIDUAL_NUMBERS = range(900, 1000)
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def normalize_identity_code(text: str) -> str:
    """Strip surrounding blanks and upper-case; the century sign is kept as typed."""
    return text.strip().upper()


def check_identity_code(
    text: str, field: str = "identity_code", today: dt.date | None = None
) -> Finding | None:
    """Return a finding when ``text`` is not a valid henkilötunnus, else None.

    Temporary codes (individual number 900–999) are valid: hospitals and
    authorities issue them, and demo data uses them.
    """
    from stdnum import exceptions as stdnum_exc
    from stdnum.fi import hetu as _hetu

    code = normalize_identity_code(text)
    if len(code) != 11:
        return Finding("identity_code.length", field, {"length": len(code)})
    try:
        _hetu.validate(code, allow_temporary=True)
    except stdnum_exc.InvalidChecksum:
        return Finding(
            "identity_code.checksum", field, {"expected": hetu_check_char(code[:6] + code[7:10])}
        )
    except stdnum_exc.InvalidComponent:
        return Finding("identity_code.component", field)
    except stdnum_exc.ValidationError:
        return Finding("identity_code.format", field)
    if birth_date_from_identity_code(code) > (today or dt.date.today()):
        return Finding("identity_code.future", field)
    return None


def birth_date_from_identity_code(code: str) -> dt.date:
    """Birth date of a valid identity code (the century sign picks the century)."""
    code = normalize_identity_code(code)
    century = CENTURY_SIGNS[code[6]]
    return dt.date(century + int(code[4:6]), int(code[2:4]), int(code[0:2]))


def hetu_check_char(nine_digits: str) -> str:
    """Check character for DDMMYY + NNN."""
    return HETU_CHECK_CHARS[int(nine_digits) % 31]


def make_identity_code(birth_date: dt.date, individual: int, sign: str | None = None) -> str:
    """Build a valid identity code; ``sign`` defaults to the classic sign of the century."""
    if sign is None:
        sign = {1800: "+", 1900: "-", 2000: "A"}[birth_date.year // 100 * 100]
    if CENTURY_SIGNS.get(sign) != birth_date.year // 100 * 100:
        raise ValueError(f"century sign {sign!r} does not match year {birth_date.year}")
    if not 2 <= individual <= 999:
        raise ValueError("individual number must be 002-999")
    digits = f"{birth_date:%d%m}{birth_date.year % 100:02d}{individual:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{hetu_check_char(digits)}"


def mask_identity_code(code: str) -> str:
    """Show the birth date part and the century sign only: ``131052-****``."""
    if len(code) != 11:
        return "*" * len(code)
    return code[:7] + "****"


def normalize_business_id(text: str) -> str:
    """Y-tunnus in the standard form ``NNNNNNN-C`` where possible, else stripped text."""
    from stdnum import exceptions as stdnum_exc
    from stdnum.fi import ytunnus as _ytunnus

    text = text.strip()
    try:
        return _ytunnus.format(_ytunnus.validate(text))
    except stdnum_exc.ValidationError:
        return text


def check_business_id(text: str, field: str = "business_id") -> Finding | None:
    """Return a finding when ``text`` is not a valid Y-tunnus (Business ID), else None."""
    from stdnum import exceptions as stdnum_exc
    from stdnum.fi import ytunnus as _ytunnus

    text = text.strip()
    try:
        _ytunnus.validate(text)
    except stdnum_exc.InvalidChecksum:
        return Finding("business_id.checksum", field)
    except stdnum_exc.ValidationError:
        return Finding("business_id.format", field)
    return None


def business_id_check_digit(seven_digits: str) -> int | None:
    """Check digit of a Y-tunnus body, or None for bodies that are never issued (r = 1)."""
    if len(seven_digits) != 7 or not seven_digits.isdigit():
        raise ValueError(f"not seven digits: {seven_digits!r}")
    pairs = zip(seven_digits, _BUSINESS_ID_WEIGHTS, strict=True)
    remainder = sum(int(d) * w for d, w in pairs) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder
