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


def _employers(generator, count=40):
    from tyollistamo_gui.domain.supported_demo import DemoEmployerRef

    return [
        DemoEmployerRef(index + 1, e.name, e.street_address)
        for index, e in enumerate(generator.employers(count))
    ]


def test_supported_work_periods_have_legal_arrangements_with_the_same_dates():
    from tyollistamo_gui.domain import supported
    from tyollistamo_gui.domain.rules import RuleBook
    from tyollistamo_gui.domain.supported_demo import ARRANGEMENT_OF_SERVICE

    generator = DemoGenerator(3, TODAY)
    employers = _employers(generator)
    book = RuleBook()
    made = [(c, generator.client_services(c, employers, (7, 8))) for c in generator.clients(3000)]
    kinds = set()
    for client, services in made:
        supported_periods = [p for p in services.periods if p[0] in ARRANGEMENT_OF_SERVICE]
        assert len(supported_periods) == len({p[0] for p in supported_periods})
        assert len(services.arrangements) == len(supported_periods)
        for arrangement in services.arrangements:
            kind, started, ended = services.periods[arrangement.period]
            assert ARRANGEMENT_OF_SERVICE[kind] == arrangement.kind
            assert (started, ended) == (arrangement.data.start, arrangement.ended_on)
            kinds.add((arrangement.kind, arrangement.ended_on is None))
            if arrangement.kind == "work_trial":
                jobs = tuple(
                    supported.CurrentEmployer(j.employer_id, "", "", j.start, j.end)
                    for j in services.employments
                ) + tuple(
                    supported.CurrentEmployer(
                        a.data.employer_id, "", "", a.data.start, a.ended_on or a.data.end
                    )
                    for a in services.arrangements
                    if a.kind == "wage_subsidy"
                )
                context = supported.WorkTrialContext(
                    birth_date=client.birth_date,
                    unemployed_since=client.unemployed_since,
                    organiser_business_id="0112038-9",
                    employers=jobs,
                    absences=arrangement.absences,
                )
                findings = supported.check_work_trial(arrangement.data, context, book)
            elif arrangement.kind == "wage_subsidy":
                context = supported.WageSubsidyContext(
                    client.birth_date, client.unemployed_since, "company", "0112038-9"
                )
                findings = supported.check_wage_subsidy(arrangement.data, context, book)
            else:
                assert client.benefit_status in supported.REHAB_BENEFITS
                present = tuple(
                    a.day for a in arrangement.attendance_records() if a.status == "present"
                )
                context = supported.RehabContext(client.benefit_status, present)
                findings = supported.check_rehab_work(arrangement.data, context, book)
            assert findings == [], (arrangement.kind, findings)
    assert kinds == {(k, running) for k in supported.KINDS for running in (True, False)}


def test_dates_follow_the_app_clock_without_a_day_given():
    from tyollistamo_gui import clock

    day = dt.date(2031, 3, 10)
    clock.set_today(day)
    try:
        clients = list(DemoGenerator(4).clients(500))
    finally:
        clock.set_today(None)
    assert max(c.created_at.date() for c in clients) <= day
    assert max(c.created_at.date() for c in clients) > day - dt.timedelta(days=30)
