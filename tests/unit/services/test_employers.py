"""The employer register through its services, without Qt."""

import pytest

from tyollistamo_gui.domain.errors import ConcurrentEdit
from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import employers as svc
from tyollistamo_gui.services import registers
from tyollistamo_gui.storage.models import Employer, EmployerContact

VALID = svc.EmployerData(
    name="Varsinais-Suomen Sininauha ry",
    business_id="2129026-2",
    organisation_kind="association",
    industry="Social services",
    street_address="Sininauhantie 1",
    postal_code="20100",
    post_office="Turku",
    notes="Hyvä yhteistyökumppani",
    contacts=(
        svc.ContactPerson("Anna Esimies", "Supervisor", "040 123 4567", "anna@example.fi"),
        svc.ContactPerson("Pekka Palkka", "Payroll"),
    ),
)


def test_create_and_read_back_with_contacts(db):
    record = svc.create_employer(VALID)
    assert record.version == 1
    assert record.data == VALID
    assert registers.count_employers() == 1
    assert registers.list_employers(0, 10)[0].name == VALID.name
    assert [c.name for c in svc.employer_choices()] == [VALID.name]


def test_six_digit_business_id_is_stored_in_standard_form(db):
    record = svc.create_employer(
        svc.EmployerData(name="Turku", business_id="204819-8", organisation_kind="municipality")
    )
    assert record.data.business_id == "0204819-8"


@pytest.mark.parametrize(
    ("business_id", "code"),
    [("", "required"), ("2129026-3", "business_id.check_digit"), ("12", "business_id.length")],
)
def test_invalid_business_id_saves_nothing(db, business_id, code):
    data = svc.EmployerData(name="X Oy", business_id=business_id)
    with pytest.raises(ValidationFailed) as failed:
        svc.create_employer(data)
    assert [(f.field, f.code) for f in failed.value.findings] == [("business_id", code)]
    assert Employer.select().count() == 0


def test_business_id_is_unique(db):
    first = svc.create_employer(VALID)
    with pytest.raises(svc.DuplicateBusinessId) as duplicate:
        svc.create_employer(svc.EmployerData(name="Other ry", business_id="2129026-2"))
    assert duplicate.value.existing_id == first.id
    other = svc.create_employer(svc.EmployerData(name="Raisio", business_id="0204428-5"))
    with pytest.raises(svc.DuplicateBusinessId):
        svc.update_employer(
            other.id, other.version, svc.EmployerData(name="R", business_id="2129026-2")
        )
    assert svc.get_employer(other.id).data.name == "Raisio"


def test_bad_contact_and_unknown_kind_save_nothing(db):
    record = svc.create_employer(VALID)
    bad = svc.EmployerData(
        name=VALID.name,
        business_id=VALID.business_id,
        organisation_kind="pirate_ship",
        contacts=(svc.ContactPerson("", phone="12"), svc.ContactPerson("Ok", email="x@")),
    )
    with pytest.raises(ValidationFailed) as failed:
        svc.update_employer(record.id, record.version, bad)
    assert {(f.field, f.code) for f in failed.value.findings} == {
        ("organisation_kind", "invalid"),
        ("contact.0.name", "required"),
        ("contact.0.phone", "phone.format"),
        ("contact.1.email", "email.format"),
    }
    assert svc.get_employer(record.id).data == VALID
    assert EmployerContact.select().count() == 2


def test_update_replaces_contacts_and_detects_concurrent_edit(db):
    record = svc.create_employer(VALID)
    changed = svc.EmployerData(
        name="Sininauha ry",
        business_id=VALID.business_id,
        organisation_kind="association",
        contacts=(svc.ContactPerson("Uusi Yhteyshenkilö", "Coordinator"),),
    )
    updated = svc.update_employer(record.id, record.version, changed)
    assert updated.version == 2
    assert updated.data.contacts == changed.contacts
    with pytest.raises(ConcurrentEdit):
        svc.update_employer(record.id, record.version, VALID)
    assert svc.get_employer(record.id).data.name == "Sininauha ry"


def test_arrangements_of_an_employer_without_any(db):
    record = svc.create_employer(VALID)
    assert svc.employer_arrangements(record.id) == []
