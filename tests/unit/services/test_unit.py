import dataclasses

import pytest

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services.unit import UnitInfo, get_unit_info, save_unit_info
from tyollistamo_gui.storage.models import ConcurrentEdit, UnitSettings

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)

GOOD = UnitInfo(
    name="Työpaja Verso ry",
    business_id="2129026-2",
    street_address="Kauppakatu 1",
    postal_code="20100",
    post_office="Turku",
    phone="+358 2 123 456",
    email="toimisto@verso.example.fi",
)


def test_new_database_has_empty_unit_info(db):
    assert get_unit_info().name == ""


def test_save_and_read_back(db):
    stored = save_unit_info(dataclasses.replace(GOOD, logo=PNG, logo_mime="image/png"))
    assert stored.name == "Työpaja Verso ry"
    assert stored.logo == PNG
    assert stored.version == 2
    assert get_unit_info() == stored


def test_business_id_is_normalised(db):
    assert save_unit_info(dataclasses.replace(GOOD, business_id=" 21290262")).business_id == (
        "2129026-2"
    )


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"name": "  "}, "name", "required"),
        ({"business_id": "2129026-3"}, "business_id", "business_id.check_digit"),
        ({"postal_code": "2010"}, "postal_code", "postal_code.format"),
        ({"email": "toimisto@verso"}, "email", "email.format"),
        ({"phone": "call me"}, "phone", "phone.format"),
        ({"logo": b"x" * (3 * 1024 * 1024), "logo_mime": "image/png"}, "logo", "logo.too_large"),
        ({"logo": b"GIF89a", "logo_mime": "image/gif"}, "logo", "logo.type"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(db, change, field, code):
    save_unit_info(GOOD)
    before = get_unit_info()
    with pytest.raises(ValidationFailed) as raised:
        save_unit_info(dataclasses.replace(before, **change))
    assert [(f.field, f.code) for f in raised.value.findings] == [(field, code)]
    assert get_unit_info() == before


def test_concurrent_edit_is_detected(db):
    first = save_unit_info(GOOD)
    # Another workstation saves in between.
    save_unit_info(dataclasses.replace(first, name="Toinen nimi"))
    with pytest.raises(ConcurrentEdit) as raised:
        save_unit_info(dataclasses.replace(first, name="Kolmas nimi"))
    assert raised.value.found == first.version + 1
    assert UnitSettings.get_by_id(1).name == "Toinen nimi"


def test_privacy_notice_details_are_checked_and_stored(db):
    bad = dataclasses.replace(
        GOOD, dpo_name="Tietosuojapalvelu Oy", dpo_email="not-an-address", privacy_contact_name="X"
    )
    with pytest.raises(ValidationFailed) as failed:
        save_unit_info(bad)
    assert sorted((f.code, f.field) for f in failed.value.findings) == [
        ("email.format", "dpo_email"),
        ("privacy.contact_missing", "privacy_contact_email"),
    ]
    assert get_unit_info().dpo_name == ""
    good = dataclasses.replace(
        GOOD,
        controller_name="Pirkanmaan hyvinvointialue",
        privacy_contact_name="Leena Mäkelä",
        privacy_contact_phone="040 123 4567",
        dpo_email=" tietosuoja@verso.example.fi ",
    )
    stored = save_unit_info(good)
    assert stored.controller_name == "Pirkanmaan hyvinvointialue"
    assert (stored.privacy_contact_name, stored.dpo_email) == (
        "Leena Mäkelä",
        "tietosuoja@verso.example.fi",
    )
    assert get_unit_info() == stored
