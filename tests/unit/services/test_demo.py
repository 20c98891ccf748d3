import datetime as dt

import pytest

from tyollistamo_gui.domain.identifiers import check_business_id, check_identity_code
from tyollistamo_gui.services import registers
from tyollistamo_gui.services.demo import DatabaseNotEmpty, fill_demo, is_empty
from tyollistamo_gui.services.unit import get_unit_info
from tyollistamo_gui.storage.models import Client, Employer, StaffUser


def test_fill_demo_creates_consistent_data(db):
    summary = fill_demo(1000, seed=11, today=dt.date(2026, 6, 1))
    assert (summary.clients, summary.employers, summary.staff) == (1000, 50, 5)
    assert Client.select().count() == 1000
    assert Employer.select().count() == 50
    assert StaffUser.select().count() == 5
    assert all(
        check_identity_code(c.identity_code) is None for c in Client.select() if c.identity_code
    )
    assert all(check_business_id(e.business_id) is None for e in Employer.select())
    assert get_unit_info().name
    assert check_business_id(get_unit_info().business_id) is None


def test_demo_refuses_a_non_empty_database_and_writes_nothing(db):
    fill_demo(10, seed=1)
    counts = (Client.select().count(), Employer.select().count(), StaffUser.select().count())
    with pytest.raises(DatabaseNotEmpty):
        fill_demo(10, seed=2)
    assert (
        Client.select().count(),
        Employer.select().count(),
        StaffUser.select().count(),
    ) == counts


def test_demo_keeps_unit_information_already_entered(db):
    from tyollistamo_gui.services.unit import UnitInfo, save_unit_info

    save_unit_info(UnitInfo(name="Oma yksikkö"))
    assert is_empty()
    fill_demo(5, seed=1)
    assert get_unit_info().name == "Oma yksikkö"


def test_employer_listing_pages_in_name_order(db):
    fill_demo(300, seed=4)
    employers = registers.list_employers(0, 1000)
    assert len(employers) == registers.count_employers() == 15
    assert [e.name for e in employers] == sorted(e.name for e in employers)


def test_demo_has_coaching_of_every_kind(db):
    import datetime as dt

    from tyollistamo_gui.domain import coaching as rules
    from tyollistamo_gui.services import coaching, groups

    fill_demo(300, seed=4, today=dt.date(2026, 6, 1))
    cases = coaching.list_cases(open_only=False)
    assert len(cases) >= 10
    kinds = {k for c in cases for k, m in coaching.time_per_kind(c.id).items() if m}
    assert kinds == set(rules.TASK_KINDS[:5]) | (kinds & {"other"})
    assert all(len(coaching.assessments(c.id)) == 2 for c in cases)
    assert len(coaching.list_periods(open_only=False)) >= 10
    made = groups.list_groups()
    assert len(made) == 3 and all(g.members and g.sessions for g in made)
    session = groups.list_sessions(made[0].id)[0]
    assert session.present + session.absent + session.excused == made[0].members
    assert groups.list_visits(made[-1].id)
