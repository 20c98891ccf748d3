import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.fi import hetu, ytunnus

from tyollistamo_gui.domain.identifiers import (
    CENTURY_SIGNS,
    Problem,
    birth_date_from_identity_code,
    business_id_check_digit,
    check_identity_code,
    format_iban,
    make_identity_code,
    mask_identity_code,
    normalize_business_id,
    validate_business_id,
    validate_email,
    validate_hetu,
    validate_iban,
    validate_phone,
    validate_postal_code,
)

# -- henkilötunnus ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "131052-308T",
        "010190-999W",
        "010190Y999W",
        "010105A952E",
        "010105B952E",
        "311299-999E",
        "010150+999K",
        "131052X308T",
        "131052U308T",
        "010105F952E",
    ],
)
def test_valid_identity_codes(code):
    assert validate_hetu(code) is None


def test_domain_reference_worked_example():
    # DOMAIN.md §4.1: 131052308 mod 31 = 25 -> T
    assert 131052308 % 31 == 25
    assert validate_hetu("131052-308T") is None


def test_lower_case_and_blanks_are_accepted():
    assert validate_hetu("  131052-308t ") is None


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("131052-308", Problem.LENGTH),
        ("131052-308TT", Problem.LENGTH),
        ("", Problem.LENGTH),
        ("13105A-308T", Problem.FORMAT),
        ("131052*308T", Problem.CENTURY_SIGN),
        ("131052G308T", Problem.CENTURY_SIGN),
        ("131352-308T", Problem.DATE),  # month 13
        ("290223A952T", Problem.DATE),  # 29 February 2023
        ("131052-001T", Problem.INDIVIDUAL_NUMBER),
        ("131052-308A", Problem.CHECK_CHARACTER),
    ],
)
def test_invalid_identity_codes(code, problem):
    assert validate_hetu(code) == problem


def test_leap_day_is_a_real_date():
    assert validate_hetu(make_identity_code(dt.date(2000, 2, 29), 950)) is None


def test_checksum_finding_names_the_expected_character():
    finding = check_identity_code("131052-308A")
    assert finding.code == "identity_code.check_character"
    assert finding.params == {"expected": "T"}


def test_future_birth_date_is_refused():
    code = make_identity_code(dt.date(2030, 5, 1), 950)
    assert validate_hetu(code, today=dt.date(2026, 1, 1)) == Problem.FUTURE
    assert validate_hetu(code, today=dt.date(2031, 1, 1)) is None


def test_century_sign_is_part_of_the_code():
    # (DOMAIN.md's example 010190-999K has a wrong check character; W is right.)
    assert birth_date_from_identity_code("010190-999W") == dt.date(1990, 1, 1)
    assert birth_date_from_identity_code("010190Y999W") == dt.date(1990, 1, 1)
    assert birth_date_from_identity_code("010105B952E") == dt.date(2005, 1, 1)
    assert birth_date_from_identity_code("010150+999K") == dt.date(1850, 1, 1)


codes = st.builds(
    lambda born, individual, sign_index: make_identity_code(
        born,
        individual,
        [s for s, c in CENTURY_SIGNS.items() if c == born.year // 100 * 100][sign_index % 6]
        if born.year >= 1900
        else "+",
    ),
    st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.integers(min_value=2, max_value=999),
    st.integers(min_value=0, max_value=5),
)


@given(codes)
def test_generated_codes_are_valid_everywhere(code):
    assert validate_hetu(code) is None
    assert hetu.is_valid(code, allow_temporary=True)


@given(codes, st.sampled_from([0, 1, 2, 3, 4, 5, 7, 8, 9]), st.integers(1, 9))
def test_changing_one_digit_is_always_rejected(code, position, delta):
    changed = code[:position] + str((int(code[position]) + delta) % 10) + code[position + 1 :]
    assert validate_hetu(changed) is not None


@given(codes, st.sampled_from("0123456789ABCDEFHJKLMNPRSTUVWXY"))
def test_changing_the_check_character_is_always_rejected(code, character):
    assume(character != code[10])
    assert validate_hetu(code[:10] + character) == Problem.CHECK_CHARACTER


@given(codes, st.sampled_from(sorted(CENTURY_SIGNS) + ["*", "G", "Z", "1"]))
def test_changing_the_century_sign(code, sign):
    changed = code[:6] + sign + code[7:]
    if sign not in CENTURY_SIGNS:
        assert validate_hetu(changed) == Problem.CENTURY_SIGN
    elif CENTURY_SIGNS[sign] == CENTURY_SIGNS[code[6]]:
        # Another sign of the same century: a valid code of a different person.
        assert validate_hetu(changed) is None
    else:
        assert validate_hetu(changed, today=dt.date(2100, 1, 1)) in (None, Problem.DATE)


def test_make_refuses_wrong_century_sign():
    with pytest.raises(ValueError):
        make_identity_code(dt.date(1990, 1, 1), 950, "A")


def test_mask_keeps_date_and_century_sign():
    assert mask_identity_code("131052-308T") == "131052-****"
    assert mask_identity_code("010105A952E") == "010105A****"


# -- Y-tunnus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("business_id", ["2129026-2", "0204819-8", "0204428-5", "1438515-9"])
def test_valid_business_ids(business_id):
    assert validate_business_id(business_id) is None


@pytest.mark.parametrize(
    ("business_id", "problem"),
    [
        ("2129026-3", Problem.CHECK_DIGIT),
        ("21290-2", Problem.LENGTH),
        ("", Problem.LENGTH),
        ("abc", Problem.FORMAT),
        ("2129026-22", Problem.LENGTH),
    ],
)
def test_invalid_business_ids(business_id, problem):
    assert validate_business_id(business_id) == problem


def test_never_issued_remainder_one_is_rejected():
    body = next(
        f"{n:07d}"
        for n in range(1_000_000, 2_000_000)
        if business_id_check_digit(f"{n:07d}") is None
    )
    assert all(validate_business_id(f"{body}-{d}") == Problem.CHECK_DIGIT for d in range(10))


def test_normalize_business_id():
    assert normalize_business_id(" 21290262 ") == "2129026-2"
    assert normalize_business_id("204819-8") == "0204819-8"
    assert normalize_business_id("nonsense") == "nonsense"


@given(st.integers(min_value=0, max_value=9_999_999))
def test_check_digit_agrees_with_stdnum(body):
    digits = f"{body:07d}"
    check = business_id_check_digit(digits)
    if check is None:
        assert not any(ytunnus.is_valid(f"{digits}-{d}") for d in range(10))
    else:
        assert ytunnus.is_valid(f"{digits}-{check}")
        assert validate_business_id(f"{digits}-{check}") is None


@given(st.integers(min_value=1_000_000, max_value=9_999_999), st.integers(0, 7), st.integers(1, 9))
def test_changing_one_digit_of_a_business_id_is_rejected(body, position, delta):
    check = business_id_check_digit(str(body))
    assume(check is not None)
    value = f"{body}{check}"
    changed = value[:position] + str((int(value[position]) + delta) % 10) + value[position + 1 :]
    assert validate_business_id(f"{changed[:7]}-{changed[7]}") == Problem.CHECK_DIGIT


def test_worked_example_from_domain_reference():
    assert business_id_check_digit("2129026") == 2


# -- IBAN, postal code, e-mail, phone -----------------------------------------------------------


def test_iban_worked_example():
    assert validate_iban("FI21 1234 5600 0007 85") is None
    assert format_iban("fi2112345600000785") == "FI21 1234 5600 0007 85"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("FI22 1234 5600 0007 85", Problem.CHECKSUM),
        ("SE45 5000 0000 0583 9825 7466", Problem.COUNTRY),
        ("FI21 1234", Problem.LENGTH),
        ("FI21-1234-5600-0007-85", Problem.FORMAT),
    ],
)
def test_invalid_ibans(value, problem):
    assert validate_iban(value) == problem


@given(st.integers(min_value=0, max_value=10**14 - 1), st.integers(2, 17), st.integers(1, 9))
def test_changing_one_digit_of_an_iban_is_rejected(account, position, delta):
    bban = f"{account:014d}"
    check = 98 - int(f"{bban}151800") % 97  # F = 15, I = 18, check digits 00
    value = f"FI{check:02d}{bban}"
    assert validate_iban(value) is None
    changed = value[:position] + str((int(value[position]) + delta) % 10) + value[position + 1 :]
    assert validate_iban(changed) == Problem.CHECKSUM


@pytest.mark.parametrize(
    ("value", "ok"),
    [("00100", True), ("22100", True), ("0010", False), ("001000", False), ("O0100", False)],
)
def test_postal_codes(value, ok):
    assert (validate_postal_code(value) is None) == ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("matti.meikalainen@example.fi", True),
        ("a@b.fi", True),
        ("matti@", False),
        ("matti@example", False),
        ("ma tti@example.fi", False),
    ],
)
def test_emails(value, ok):
    assert (validate_email(value) is None) == ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("040 123 4567", True),
        ("09 123 4567", True),
        ("+358 40 123 4567", True),
        ("+358401234567", True),
        ("+46 8 123 456 78", True),
        ("+358 040 123 4567", False),
        ("401234567", False),
        ("040", False),
        ("puhelin", False),
        ("+358 4", False),
    ],
)
def test_phones(value, ok):
    assert (validate_phone(value) is None) == ok
