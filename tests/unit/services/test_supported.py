"""Supported-work services: saving with checks, overrides, history, logs and rules."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from tyollistamo_gui.domain.errors import ConcurrentEdit
from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.domain.supported import RehabWork, WageSubsidy, WorkTrial
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import ClientService, Employer

D = dt.date


@pytest.fixture
def client(db):
    return client_service.create_client(
        ClientData(
            first_name="Anna",
            last_name="Virtanen",
            identity_code="131052-308T",
            benefit_status="labour_market_subsidy",
            unemployed_since=D(2023, 1, 1),
        )
    )


@pytest.fixture
def employer(db):
    return Employer.create(name="Puuseppä Oy", business_id="2129026-2", post_office="Turku")


def trial(employer_id, **changes):
    base = WorkTrial(
        employer_id=employer_id,
        workplace="Verstas",
        goals="Soveltuvuus",
        tasks="Puutyöt",
        supervisor_name="Ville Valvoja",
        start=D(2025, 5, 5),
        end=D(2025, 7, 31),
        hours_per_day=Decimal("6"),
        daily_timing="8-14",
        plan_date=D(2025, 4, 1),
        authority_name="Turun työllisyysalue",
    )
    return dataclasses.replace(base, **changes)


def test_save_read_and_service_period(client, employer):
    record = svc.save_arrangement("work_trial", client.id, trial(employer.id), actor="Liisa")
    assert record.data == trial(employer.id)
    assert record.employer_name == "Puuseppä Oy" and record.state == "draft"
    periods = list(ClientService.select().where(ClientService.client == client.id))
    assert [(p.kind, p.started_on) for p in periods] == [("work_trial", D(2025, 5, 5))]
    rows = svc.list_arrangements(client.id)
    assert [(r.kind, r.counterpart) for r in rows] == [("work_trial", "Puuseppä Oy")]


def test_errors_block_and_nothing_is_saved(client, employer):
    with pytest.raises(ValidationFailed) as failed:
        svc.save_arrangement("work_trial", client.id, trial(employer.id, weekdays="123456"))
    assert [f.code for f in failed.value.findings] == ["days_per_week.max"]
    assert svc.list_arrangements(client.id) == []
    assert ClientService.select().count() == 0


def test_earlier_trials_count_across_organisers(client, employer):
    other = Employer.create(name="Kauppa Ab", business_id="0204819-8")
    svc.save_arrangement(
        "work_trial",
        client.id,
        trial(employer.id, start=D(2025, 1, 1), end=D(2025, 3, 31), plan_date=D(2024, 12, 1)),
    )
    fits = trial(other.id, start=D(2025, 5, 1), end=D(2025, 7, 31))
    assert svc.check_arrangement("work_trial", client.id, fits) == []
    over = dataclasses.replace(fits, end=D(2025, 8, 1))
    codes = [f.code for f in svc.check_arrangement("work_trial", client.id, over)]
    assert codes == ["work_trial.total_months"]


def test_warning_needs_a_reason_which_is_kept(client, employer):
    record = svc.save_arrangement("work_trial", client.id, trial(employer.id))
    for day in (5, 6, 7, 8):
        assert svc.record_absence(record.id, D(2025, 5, day), authorised=False) == []
    warnings = svc.record_absence(record.id, D(2025, 5, 9), authorised=False)
    assert [w.code for w in warnings] == ["work_trial.absence_run"]
    with pytest.raises(svc.OverrideNeeded) as needed:
        svc.save_arrangement("work_trial", client.id, record.data, record.id, record.version)
    key = svc.override_key(needed.value.findings[0])
    saved = svc.save_arrangement(
        "work_trial",
        client.id,
        record.data,
        record.id,
        record.version,
        overrides={key: "Sairaus, todistus tulossa"},
        actor="Liisa",
    )
    assert saved.overrides == {key: "Sairaus, todistus tulossa"}
    assert saved.version == record.version + 1
    events = client_service.timeline(client.id)
    assert events[0].kind == "warning_overridden"
    assert events[0].details["reason"] == "Sairaus, todistus tulossa"


def test_concurrent_edit_is_refused(client, employer):
    record = svc.save_arrangement("work_trial", client.id, trial(employer.id))
    svc.save_arrangement("work_trial", client.id, record.data, record.id, record.version)
    with pytest.raises(ConcurrentEdit):
        svc.save_arrangement("work_trial", client.id, record.data, record.id, record.version)


def test_current_employer_cannot_organise_a_trial(client, employer):
    svc.save_arrangement("wage_subsidy", client.id, subsidy(employer.id))
    codes = [
        f.code
        for f in svc.check_arrangement(
            "work_trial", client.id, trial(employer.id, start=D(2025, 6, 2), end=D(2025, 6, 30))
        )
    ]
    assert "work_trial.current_employer" in codes


def subsidy(employer_id, **changes):
    base = WageSubsidy(
        employer_id=employer_id,
        start=D(2025, 3, 1),
        trial_months=2,
        fixed_term=True,
        end=D(2025, 12, 31),
        fixed_term_ground="Määräaikainen hanke",
        place_of_work="Verstas",
        duties="Puutyöt",
        pay_amount=Decimal("2100"),
        pay_days="15.",
        hours_per_week=Decimal("37.5"),
        decision_number="PT-1",
        decision_date=D(2025, 2, 20),
        subsidy_percent=Decimal("50"),
        subsidy_start=D(2025, 3, 1),
        subsidy_end=D(2025, 7, 31),
        monthly_cap=Decimal("1260"),
        grantor="Turun työllisyysalue",
    )
    return dataclasses.replace(base, **changes)


def test_rehire_bar_from_the_register(client, employer):
    svc.save_arrangement("wage_subsidy", client.id, subsidy(employer.id))
    again = subsidy(
        employer.id,
        start=D(2028, 7, 31),
        end=D(2028, 12, 31),
        decision_date=D(2028, 7, 1),
        subsidy_start=D(2028, 7, 31),
        subsidy_end=D(2028, 12, 30),
    )
    assert [f.code for f in svc.check_arrangement("wage_subsidy", client.id, again)] == [
        "wage_subsidy.rehire_bar"
    ]
    later = dataclasses.replace(again, start=D(2028, 8, 1), subsidy_start=D(2028, 8, 1))
    assert svc.check_arrangement("wage_subsidy", client.id, later) == []


def rehab(**changes):
    base = RehabWork(
        county_name="Varsinais-Suomen hyvinvointialue",
        decision_number="KTT-5",
        decision_date=D(2025, 1, 15),
        plan_date=D(2025, 1, 10),
        plan_reference="AS-1",
        goal="Arjen rytmi",
        place="Verstas",
        supervisor_name="Outi Ohjaaja",
        start=D(2025, 2, 3),
        end=D(2026, 1, 31),
        hours_per_day=Decimal("5"),
        weekdays="1234",
        support="Ohjauskeskustelut",
        evaluation_date=D(2025, 6, 1),
        follow_up_date=D(2025, 12, 1),
    )
    return dataclasses.replace(base, **changes)


def test_rehab_eligibility_blocks(db):
    other = client_service.create_client(
        ClientData(first_name="Bo", last_name="Ek", benefit_status="earnings_related")
    )
    with pytest.raises(ValidationFailed) as failed:
        svc.save_arrangement("rehab_work", other.id, rehab())
    assert [f.code for f in failed.value.findings] == ["rehab.eligibility"]


def test_attendance_register_stops_at_178_days(client):
    record = svc.save_arrangement("rehab_work", client.id, rehab())
    day, count = D(2025, 2, 3), 0
    while count < 178:
        if day.isoweekday() <= 4:
            svc.record_attendance(record.id, day, "present", Decimal("3.50"))
            count += 1
        day += dt.timedelta(days=1)
    assert svc.days_in_last_12_months(client.id, day) == 178
    while day.isoweekday() > 4:
        day += dt.timedelta(days=1)
    # An absence can still be recorded; a 179th day present cannot.
    svc.record_attendance(record.id, day, "absent_excused")
    with pytest.raises(ValidationFailed) as failed:
        svc.record_attendance(record.id, day, "present")
    assert failed.value.findings[0].code == "rehab.days_per_year"
    summary = svc.attendance_month(record.id, 2025, 3)
    assert summary.present == 17
    assert summary.allowance == Decimal("153.00") and summary.travel == Decimal("59.50")


def test_end_arrangement_ends_the_service_period(client, employer):
    record = svc.save_arrangement("work_trial", client.id, trial(employer.id))
    ended = svc.end_arrangement("work_trial", record.id, D(2025, 6, 15), "Työllistyi")
    assert ended.state == "ended" and ended.end_reason == "Työllistyi"
    assert ClientService.get().ended_on == D(2025, 6, 15)
    with pytest.raises(ValidationFailed):
        svc.end_arrangement("work_trial", record.id, D(2025, 1, 1))


def test_unit_rules_override_defaults_from_their_date(db):
    svc.add_rule("work_trial.expense_allowance", "10,50", D(2027, 1, 1), "HE 1/2026")
    book = svc.rule_book()
    assert book.value("work_trial.expense_allowance", D(2026, 12, 31)) == Decimal("9.00")
    assert book.value("work_trial.expense_allowance", D(2027, 1, 1)) == Decimal("10.50")
    with pytest.raises(ValidationFailed):
        svc.add_rule("no.such", "1", D(2027, 1, 1), "x")
    keys = [r.key for r in svc.list_rules()]
    assert keys.count("work_trial.expense_allowance") == 2


def test_unknown_arrangement(db):
    with pytest.raises(svc.ArrangementNotFound):
        svc.get_arrangement("work_trial", 99)


def _print(kind, record):
    from tyollistamo_gui.services import documents, rendering

    rendered = rendering.render(svc.DOCUMENT_KIND[kind], record.id)
    return documents.archive_document(
        client_id=record.client_id,
        kind=rendered.kind,
        object_id=record.id,
        title=rendered.title,
        language=rendered.language,
        pdf=rendered.pdf,
        version=rendered.version,
        source_revision=rendered.source_revision,
        number=rendered.number,
    )


def test_states_follow_the_archive_and_a_change_after_signing(client, employer):
    from tyollistamo_gui.services import documents

    today = dt.date.today()
    data = trial(
        employer.id,
        plan_date=today - dt.timedelta(days=30),
        start=today - dt.timedelta(days=20),
        end=today + dt.timedelta(days=10),
    )
    record = svc.save_arrangement("work_trial", client.id, data)
    assert record.state == "draft"
    printed = _print("work_trial", record)
    assert svc.get_arrangement("work_trial", record.id).state == "printed"
    documents.record_signing(printed.id, today, "Anna Virtanen")
    assert svc.get_arrangement("work_trial", record.id).state == "signed"
    ending = svc.ending_soon(today)
    assert [(r.kind, r.id) for r in ending] == [("work_trial", record.id)]
    from tyollistamo_gui.services import today as today_service

    sections = today_service.today_sections(today_service.TodayQuery(None, today))
    ending_items = next(s for s in sections if s.key == "agreements_ending").items
    assert [(i.client_id, i.what, i.tab, i.due) for i in ending_items] == [
        (client.id, "ending.work_trial", "supported", data.end)
    ]
    # A change after signing: a new version to print; the signed one stays in the archive.
    changed = svc.save_arrangement(
        "work_trial",
        client.id,
        dataclasses.replace(data, tasks="Puutyöt ja maalaus"),
        record.id,
        record.version,
    )
    assert changed.state == "draft"
    second = _print("work_trial", changed)
    assert second.version == printed.version + 1
    kept = [d for d in documents.list_documents(client.id) if d.kind == "work-trial"]
    assert {d.version: d.signed for d in kept} == {1: True, 2: False}


def _queries_of(monkeypatch, function):
    from tyollistamo_gui.storage.models import database

    real = database.obj.execute_sql
    count = [0]

    def counting(*args, **kwargs):
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", counting)
    try:
        result = function()
    finally:
        monkeypatch.setattr(database.obj, "execute_sql", real)
    return result, count[0]


def test_ending_soon_uses_a_constant_number_of_queries(client, employer, monkeypatch):
    today = dt.date.today()

    def add_printed(n):
        for i in range(n):
            data = trial(
                employer.id,
                plan_date=today - dt.timedelta(days=400),
                start=today - dt.timedelta(days=360 - 30 * i),
                end=today - dt.timedelta(days=350 - 30 * i),
            )
            # Only the last one ends within the 14 days.
            if i == n - 1:
                data = dataclasses.replace(
                    data, start=today - dt.timedelta(days=5), end=today + dt.timedelta(days=5)
                )
            record = svc.save_arrangement("work_trial", client.id, data)
            _print("work_trial", record)

    add_printed(2)
    rows, few = _queries_of(monkeypatch, lambda: svc.ending_soon(today))
    assert [r.state for r in rows] == ["printed"]
    _, listed_few = _queries_of(monkeypatch, lambda: svc.list_arrangements())
    add_printed(2)
    rows, many = _queries_of(monkeypatch, lambda: svc.ending_soon(today))
    _, listed_many = _queries_of(monkeypatch, lambda: svc.list_arrangements())
    assert len(rows) == 2 and {r.counterpart for r in rows} == {"Puuseppä Oy"}
    assert many == few and listed_many == listed_few


def test_only_an_administrator_adds_rule_values(db, sign_in_as):
    from tyollistamo_gui.services.session import AccessDenied

    sign_in_as("counsellor")
    with pytest.raises(AccessDenied):
        svc.add_rule("work_trial.expense_allowance", "10", D(2027, 1, 1), "HE 1/2026")
    sign_in_as("manager", username="boss")
    with pytest.raises(AccessDenied):
        svc.add_rule("work_trial.expense_allowance", "10", D(2027, 1, 1), "HE 1/2026")
    assert not any(r.own for r in svc.rule_table())
    sign_in_as("administrator")
    rule = svc.add_rule("work_trial.expense_allowance", "10", D(2027, 1, 1), " HE 1/2026 ")
    assert rule.value == 10 and rule.source == "HE 1/2026"


def test_rule_values_are_checked_field_by_field(db):
    def fields(*args):
        with pytest.raises(ValidationFailed) as failed:
            svc.add_rule(*args)
        return sorted((f.field, f.code) for f in failed.value.findings)

    assert fields("work_trial.max_days_per_week", "4,5", None, " ") == [
        ("source", "required"),
        ("valid_from", "required"),
        ("value", "rule.whole_number"),
    ]
    assert fields("work_trial.expense_allowance", "-1", D(2027, 1, 1), "x") == [
        ("value", "number.negative")
    ]
    assert fields("work_trial.expense_allowance", "nine", D(2027, 1, 1), "x") == [
        ("value", "number.format")
    ]
    assert fields("work_trial.expense_allowance", "", D(2027, 1, 1), "x") == [("value", "required")]
    assert not any(r.own for r in svc.rule_table())


def test_a_new_value_keeps_the_earlier_one_for_earlier_arrangements(db):
    svc.add_rule(
        "work_trial.expense_allowance", "10,50", D(2027, 1, 1), "HE 1/2026", note="Amendment"
    )
    rows = [r for r in svc.rule_table(D(2027, 3, 1)) if r.key == "work_trial.expense_allowance"]
    assert [(r.value, r.valid_from, r.own, r.in_force, r.note) for r in rows] == [
        (Decimal("9.00"), D(2025, 1, 1), False, False, ""),
        (Decimal("10.50"), D(2027, 1, 1), True, True, "Amendment"),
    ]
    # The same date again replaces the unit's row; an unverified value only warns.
    svc.add_rule("work_trial.max_days_per_week", "4", D(2027, 1, 1), "HE 2/2026", verified=False)
    svc.add_rule("work_trial.max_days_per_week", "4", D(2027, 1, 1), "HE 3/2026", verified=False)
    rows = [r for r in svc.rule_table() if r.key == "work_trial.max_days_per_week"]
    assert [(r.value, r.source, r.verified) for r in rows] == [
        (5, "380/2023 57 § 1 mom 4 p", True),
        (4, "HE 3/2026", False),
    ]
    book = svc.rule_book()
    assert book.value("work_trial.max_days_per_week", D(2026, 12, 31)) == 5
    assert book.value("work_trial.max_days_per_week", D(2027, 1, 4)) == 4


def test_a_recorded_part_time_job_bars_its_employer_from_organising(client, employer):
    from tyollistamo_gui.domain.supported import Employment

    job = svc.save_employment(
        client.id,
        Employment(
            employer_id=employer.id,
            start=D(2025, 3, 1),
            end=D(2025, 5, 20),
            part_time=True,
            hours_per_week=Decimal("12"),
        ),
    )
    assert job.employer_display == "Puuseppä Oy" and job.is_current(D(2025, 4, 1))
    found = [
        f
        for f in svc.check_arrangement("work_trial", client.id, trial(employer.id))
        if f.code == "work_trial.current_employer"
    ]
    assert [(f.field, f.params["employer"], f.params["since"]) for f in found] == [
        ("employer_id", "Puuseppä Oy", D(2025, 3, 1))
    ]
    # A trial that starts after the job ended is fine; so is another organiser.
    later = trial(employer.id, start=D(2025, 5, 21), end=D(2025, 7, 31))
    assert "work_trial.current_employer" not in [
        f.code for f in svc.check_arrangement("work_trial", client.id, later)
    ]
    other = Employer.create(name="Toinen Oy", business_id="0204819-8")
    assert "work_trial.current_employer" not in [
        f.code for f in svc.check_arrangement("work_trial", client.id, trial(other.id))
    ]
    with pytest.raises(ValidationFailed):
        svc.save_arrangement("work_trial", client.id, trial(employer.id))


def test_an_employer_outside_the_register_matches_by_business_id(client, employer):
    from tyollistamo_gui.domain.supported import Employment
    from tyollistamo_gui.services.unit import UnitInfo, save_unit_info

    # An ongoing job at the unit itself bars the unit from organising the trial.
    save_unit_info(UnitInfo(name="Työpaja Kipinä ry", business_id="2129026-2"))
    svc.save_employment(
        client.id,
        Employment(employer_name="Työpaja Kipinä ry", business_id="2129026-2", start=D(2024, 1, 1)),
    )
    own = trial(None, organiser_kind="unit")
    found = [
        f
        for f in svc.check_arrangement("work_trial", client.id, own)
        if f.code == "work_trial.current_employer"
    ]
    assert [f.field for f in found] == ["organiser_kind"]
    # The employer in the register with the same Business ID, by name written elsewhere.
    svc.save_employment(
        client.id,
        Employment(employer_name="Puuseppa", business_id="2129026-2", start=D(2024, 1, 1)),
    )
    jobs = svc.list_employments(client.id)
    assert len(jobs) == 2 and all(j.data.end is None for j in jobs)
    for job in jobs:
        svc.remove_employment(job.id)
    assert svc.list_employments(client.id) == []
    assert "work_trial.current_employer" not in [
        f.code for f in svc.check_arrangement("work_trial", client.id, own)
    ]


def test_employment_is_checked_field_by_field(client):
    from tyollistamo_gui.domain.supported import Employment

    with pytest.raises(ValidationFailed) as failed:
        svc.save_employment(
            client.id,
            Employment(
                business_id="1234567-8",
                start=D(2025, 3, 1),
                end=D(2025, 2, 1),
                hours_per_week=Decimal("0"),
            ),
        )
    assert sorted((f.field, f.code) for f in failed.value.findings) == [
        ("business_id", "business_id.check_digit"),
        ("employer_name", "required"),
        ("end", "date.order"),
        ("hours_per_week", "hours.positive"),
    ]
    with pytest.raises(ValidationFailed) as failed:
        svc.save_employment(client.id, Employment(employer_name="X"))
    assert [(f.field, f.code) for f in failed.value.findings] == [("start", "required")]
    assert svc.list_employments(client.id) == []


def test_a_counsellor_of_another_team_cannot_record_employment(client, sign_in_as):
    from tyollistamo_gui.domain.supported import Employment
    from tyollistamo_gui.services.session import AccessDenied, ReasonRequired

    sign_in_as("manager")
    with pytest.raises(AccessDenied):
        svc.save_employment(client.id, Employment(employer_name="X", start=D(2025, 1, 1)))
    sign_in_as("counsellor", username="other")
    with pytest.raises(ReasonRequired):
        svc.save_employment(client.id, Employment(employer_name="X", start=D(2025, 1, 1)))
