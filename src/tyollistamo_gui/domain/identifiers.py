"""Finnish identifiers and contact details: validation, birth dates, masking, demo codes.

Each ``validate_*`` function returns None for a valid value and otherwise a
short problem code (a ``Problem``) that the UI turns into a translated message.
python-stdnum supplies the reference algorithms; the structural checks here
exist to say *what* is wrong (length, century sign, date, check character).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum

from .. import clock
from .findings import Finding

# python-stdnum is imported where it is used: its utility module pulls in ssl
# and pydoc, which would add ~30 ms to the app's start-up for nothing.

HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# In force since 1.1.2023; the sign is part of the identity (010190-999W and
# 010190Y999W are different persons), so codes are stored with it.
CENTURY_SIGNS = {
    "+": 1800,
    **dict.fromkeys("-YXWVU", 1900),
    **dict.fromkeys("ABCDEF", 2000),
}
TEMPORARY_INDIVIDUAL_NUMBERS = range(900, 1000)
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_POSTAL_CODE = re.compile(r"^\d{5}$")
# Deliberately lenient: one @, a dot in the domain, no blanks. Deliverability
# cannot be checked offline anyway.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9][0-9 ()\-]*$")


class Problem(StrEnum):
    LENGTH = "length"
    FORMAT = "format"
    CENTURY_SIGN = "century_sign"
    DATE = "date"
    INDIVIDUAL_NUMBER = "individual_number"
    CHECK_CHARACTER = "check_character"
    FUTURE = "future"
    CHECK_DIGIT = "check_digit"
    COUNTRY = "country"
    CHECKSUM = "checksum"


# -- henkilötunnus ----------------------------------------------------------------------------


def normalize_identity_code(text: str) -> str:
    """Strip surrounding blanks and upper-case; the century sign is kept as typed."""
    return text.strip().upper()


def validate_hetu(text: str, today: dt.date | None = None) -> Problem | None:
    """Check a henkilötunnus (temporary 900–999 codes are valid)."""
    code = normalize_identity_code(text)
    if len(code) != 11:
        return Problem.LENGTH
    if not (code[:6].isdigit() and code[7:10].isdigit()):
        return Problem.FORMAT
    if code[6] not in CENTURY_SIGNS:
        return Problem.CENTURY_SIGN
    try:
        born = birth_date_from_identity_code(code)
    except ValueError:
        return Problem.DATE
    if int(code[7:10]) < 2:
        return Problem.INDIVIDUAL_NUMBER
    if code[10] != hetu_check_char(code[:6] + code[7:10]):
        return Problem.CHECK_CHARACTER
    if born > (today or clock.today()):
        return Problem.FUTURE
    from stdnum.fi import hetu

    # The reference implementation must agree; it always does for codes that
    # passed the checks above, and this keeps the two from drifting apart.
    hetu.validate(code, allow_temporary=True)
    return None


def check_identity_code(
    text: str, field: str = "identity_code", today: dt.date | None = None
) -> Finding | None:
    """``validate_hetu`` as a finding for ``field``."""
    problem = validate_hetu(text, today)
    if problem is None:
        return None
    params: dict[str, object] = {}
    code = normalize_identity_code(text)
    if problem is Problem.CHECK_CHARACTER:
        params["expected"] = hetu_check_char(code[:6] + code[7:10])
    if problem is Problem.LENGTH:
        params["length"] = len(code)
    return Finding(f"identity_code.{problem}", field, params)


def birth_date_from_identity_code(code: str) -> dt.date:
    """Birth date of an identity code (the century sign picks the century).

    Raises ValueError when the date part is not a real calendar date.
    """
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


# -- Y-tunnus ---------------------------------------------------------------------------------


def business_id_check_digit(seven_digits: str) -> int | None:
    """Check digit of a Y-tunnus body, or None for bodies that are never issued (r = 1)."""
    if len(seven_digits) != 7 or not seven_digits.isdigit():
        raise ValueError(f"not seven digits: {seven_digits!r}")
    pairs = zip(seven_digits, _BUSINESS_ID_WEIGHTS, strict=True)
    remainder = sum(int(d) * w for d, w in pairs) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def validate_business_id(text: str) -> Problem | None:
    """Check a Y-tunnus ``NNNNNNN-C`` (older six-digit bodies take a leading zero)."""
    value = text.strip()
    match = re.fullmatch(r"(\d{6,7})-?(\d)", value)
    if not match:
        return Problem.LENGTH if re.fullmatch(r"[\d-]*", value) else Problem.FORMAT
    body = match.group(1).zfill(7)
    if business_id_check_digit(body) != int(match.group(2)):
        return Problem.CHECK_DIGIT
    from stdnum.fi import ytunnus

    ytunnus.validate(f"{body}-{match.group(2)}")
    return None


def normalize_business_id(text: str) -> str:
    """Y-tunnus in the standard form ``NNNNNNN-C`` where valid, else the stripped text."""
    value = text.strip()
    if validate_business_id(value) is not None:
        return value
    digits = value.replace("-", "")
    return f"{digits[:-1].zfill(7)}-{digits[-1]}"


def check_business_id(text: str, field: str = "business_id") -> Finding | None:
    problem = validate_business_id(text)
    return None if problem is None else Finding(f"business_id.{problem}", field)


# -- IBAN, postal code, e-mail, phone ---------------------------------------------------------


def normalize_iban(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def format_iban(text: str) -> str:
    """Print form in groups of four: ``FI21 1234 5600 0007 85``."""
    value = normalize_iban(text)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def validate_iban(text: str) -> Problem | None:
    """Check a Finnish IBAN: FI, 18 characters, ISO 13616 mod-97 check."""
    value = normalize_iban(text)
    if not re.fullmatch(r"[A-Z]{2}[0-9A-Z]+", value):
        return Problem.FORMAT
    if not value.startswith("FI"):
        return Problem.COUNTRY
    if len(value) != 18 or not value[2:].isdigit():
        return Problem.LENGTH
    from stdnum import iban

    if not iban.is_valid(value):
        return Problem.CHECKSUM
    return None


def validate_postal_code(text: str) -> Problem | None:
    """Five digits; leading zeros matter (00100), so it is stored as text."""
    return None if _POSTAL_CODE.match(text.strip()) else Problem.FORMAT


def validate_email(text: str) -> Problem | None:
    return None if _EMAIL.match(text.strip()) else Problem.FORMAT


def validate_phone(text: str) -> Problem | None:
    """Finnish national (040 123 4567, 09 123 4567) or international (+358 40 123 4567)."""
    value = text.strip()
    if not _PHONE_CHARS.match(value):
        return Problem.FORMAT
    digits = re.sub(r"\D", "", value)
    if value.startswith("+358"):
        national = digits[3:]
        return (
            None if 5 <= len(national) <= 12 and not national.startswith("0") else (Problem.LENGTH)
        )
    if value.startswith("+"):
        return None if 8 <= len(digits) <= 15 else Problem.LENGTH
    if not digits.startswith("0"):
        return Problem.FORMAT
    return None if 6 <= len(digits) <= 12 else Problem.LENGTH


def check_optional(
    kind: str, validator: Callable[[str], Problem | None], text: str, field: str
) -> Finding | None:
    """A finding for a non-empty ``text`` that ``validator`` refuses; empty is fine."""
    if not text.strip():
        return None
    problem = validator(text)
    return None if problem is None else Finding(f"{kind}.{problem}", field)
