import datetime as dt

from tyollistamo_gui.domain.demo import SWEDISH_SURNAMES, DemoGenerator
from tyollistamo_gui.domain.identifiers import check_business_id, check_identity_code

TODAY = dt.date(2026, 11, 1)


def test_same_seed_gives_same_data():
    first = list(DemoGenerator(5, TODAY).clients(50))
    second = list(DemoGenerator(5, TODAY).clients(50))
    assert first == second
    assert first != list(DemoGenerator(6, TODAY).clients(50))


def test_identity_codes_are_valid_temporary_and_unique():
    clients = list(DemoGenerator(1, TODAY).clients(5000))
    codes = [c.identity_code for c in clients if c.identity_code]
    assert len(set(codes)) == len(codes)
    # Some clients come in without an identity code, as at a first contact.
    assert 4500 < len(codes) < 5000
    for client in clients:
        assert client.created_at.date() <= TODAY
        assert client.last_event_at >= client.created_at
        if client.identity_code is None:
            assert client.birth_date is None
            continue
        assert check_identity_code(client.identity_code, today=TODAY) is None
        assert 900 <= int(client.identity_code[7:10]) <= 999
        age = (TODAY - client.birth_date).days / 365.25
        assert 17 <= age < 65


def test_variety_of_benefits_statuses_and_outcomes():
    clients = list(DemoGenerator(8, TODAY).clients(3000))
    assert {c.benefit_status for c in clients} == {
        "labour_market_subsidy",
        "earnings_related",
        "basic_allowance",
        "social_assistance",
        "none",
        "other",
    }
    closed = [c for c in clients if c.status == "closed"]
    assert 0.1 < len(closed) / len(clients) < 0.35
    assert all(c.outcome and c.closed_on and c.closed_on <= TODAY for c in closed)
    assert all(not c.outcome and c.closed_on is None for c in clients if c.status == "active")
    assert {c.referral_source for c in clients} >= {"employment_authority", "wellbeing_county"}
    others = [c for c in clients if c.service_language == "other"]
    assert others and all(c.other_language for c in others)


def test_both_language_groups_appear():
    clients = list(DemoGenerator(2, TODAY).clients(2000))
    languages = {c.service_language for c in clients}
    assert {"fi", "sv"} <= languages
    swedish = [c for c in clients if c.service_language == "sv"]
    assert all(c.last_name in SWEDISH_SURNAMES for c in swedish)


def test_employers_have_valid_unique_business_ids():
    employers = list(DemoGenerator(3, TODAY).employers(2000))
    ids = [e.business_id for e in employers]
    assert len(set(ids)) == len(ids)
    assert all(check_business_id(i) is None for i in ids)
    assert all(len(e.postal_code) == 5 for e in employers)


def test_staff_usernames_are_unique_ascii():
    staff = DemoGenerator(4, TODAY).staff(40)
    names = [s.username for s in staff]
    assert len(set(names)) == 40
    assert all(n.isascii() for n in names)
