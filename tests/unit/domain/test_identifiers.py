import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fi import hetu, ytunnus

from tyollistamo_gui.domain.identifiers import (
    birth_date_from_identity_code,
    business_id_check_digit,
    check_business_id,
    check_identity_code,
    make_identity_code,
    mask_identity_code,
    normalize_business_id,
)


@pytest.mark.parametrize(
    "code",
    ["131052-308T", "010190-999W", "010190Y999W", "010105A952E", "010105B952E", "311299-999E"],
)
def test_valid_identity_codes(code):
    assert check_identity_code(code) is None


def test_lower_case_and_blanks_are_accepted():
    assert check_identity_code("  131052-308t ") is None


@pytest.mark.parametrize(
    ("code", "finding"),
    [
        ("131052-308", "identity_code.length"),
        ("131052-308TT", "identity_code.length"),
        ("131052*308T", "identity_code.format"),
        ("131352-308T", "identity_code.component"),  # month 13
        ("300252-308T", "identity_code.component"),  # 30 February
        ("131052-001T", "identity_code.component"),  # individual numbers start at 002
        ("131052-308A", "identity_code.checksum"),
    ],
)
def test_invalid_identity_codes(code, finding):
    result = check_identity_code(code)
    assert result is not None and result.code == finding


def test_checksum_finding_names_the_expected_character():
    assert check_identity_code("131052-308A").params == {"expected": "T"}


def test_future_birth_date_is_refused():
    code = make_identity_code(dt.date(2030, 5, 1), 950)
    assert check_identity_code(code, today=dt.date(2026, 1, 1)).code == "identity_code.future"
    assert check_identity_code(code, today=dt.date(2031, 1, 1)) is None


def test_century_sign_is_part_of_the_code():
    # 2023 reform: the same digits with another sign are another person.
    # (DOMAIN.md's example 010190-999K has a wrong check character; W is right.)
    assert birth_date_from_identity_code("010190-999W") == dt.date(1990, 1, 1)
    assert birth_date_from_identity_code("010190Y999W") == dt.date(1990, 1, 1)
    assert birth_date_from_identity_code("010105B952E") == dt.date(2005, 1, 1)
    assert birth_date_from_identity_code("010150+999K") == dt.date(1850, 1, 1)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.integers(min_value=2, max_value=999),
)
def test_made_codes_validate_with_stdnum(birth_date, individual):
    code = make_identity_code(birth_date, individual)
    assert hetu.is_valid(code, allow_temporary=True)
    assert birth_date_from_identity_code(code) == birth_date


def test_make_refuses_wrong_century_sign():
    with pytest.raises(ValueError):
        make_identity_code(dt.date(1990, 1, 1), 950, "A")


def test_mask_keeps_date_and_century_sign():
    assert mask_identity_code("131052-308T") == "131052-****"
    assert mask_identity_code("010105A9524") == "010105A****"


@pytest.mark.parametrize("business_id", ["2129026-2", "0204819-8", "0204428-5", "1438515-9"])
def test_valid_business_ids(business_id):
    assert check_business_id(business_id) is None


@pytest.mark.parametrize(
    ("business_id", "finding"),
    [
        ("2129026-3", "business_id.checksum"),
        ("212902-2", "business_id.format"),
        ("abc", "business_id.format"),
        ("", "business_id.format"),
    ],
)
def test_invalid_business_ids(business_id, finding):
    result = check_business_id(business_id)
    assert result is not None and result.code == finding


def test_normalize_business_id():
    assert normalize_business_id(" 21290262 ") == "2129026-2"
    assert normalize_business_id("nonsense") == "nonsense"


@given(st.integers(min_value=0, max_value=9_999_999))
def test_check_digit_agrees_with_stdnum(body):
    digits = f"{body:07d}"
    check = business_id_check_digit(digits)
    if check is None:
        assert not any(ytunnus.is_valid(f"{digits}-{d}") for d in range(10))
    else:
        assert ytunnus.is_valid(f"{digits}-{check}")


def test_worked_example_from_domain_reference():
    assert business_id_check_digit("2129026") == 2
