"""A new arrangement takes what the client's employment plan says; a saved one keeps its copy."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from tyollistamo_gui.domain.findings import Severity, ValidationFailed
from tyollistamo_gui.domain.guidance import Goal, GuidanceData, Measure
from tyollistamo_gui.domain.supported import RehabWork, WageSubsidy, WorkTrial
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import guidance, supported_plan
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.guidance import GuidanceProcess
from tyollistamo_gui.storage.models import Employer, StaffUser

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
def counsellor(db):
    return StaffUser.create(username="liisa", display_name="Liisa Ohjaaja", role="counsellor").id


@pytest.fixture
def employer(db):
    return Employer.create(name="Puuseppä Oy", business_id="2129026-2", post_office="Turku")


PLAN_DATE = D(2026, 3, 9)


def _plan(counsellor_id, plan_date=PLAN_DATE, measures=()):
    return GuidanceData(
        counsellor_id=counsellor_id,
        started_on=D(2026, 3, 2),
        situation_summary="Motivated; needs light work near home.",
        goals=(Goal("short", "Try carpentry"), Goal("long", "A job in a workshop")),
        plan_date=plan_date,
        measures=tuple(measures),
        next_review_on=plan_date + dt.timedelta(days=60),
    )


def _agreed(client_id, counsellor_id, **kwargs):
    """An open process with its plan agreed (in progress)."""
    record = guidance.start_process(client_id, counsellor_id, D(2026, 3, 2))
    data = _plan(counsellor_id, **kwargs)
    if not data.measures:
        data = dataclasses.replace(data, measures=(Measure("individual_coaching", "Weekly"),))
    saved = guidance.save_draft(record.id, record.version, data, 3)
    assert saved.status == "in_progress"
    return saved


TRIAL_MEASURE = Measure(
    "work_trial",
    "Sanding and assembly in the workshop",
    "PUUSEPPÄ OY",  # the register's employer, however it is written
    D(2026, 4, 6),
    D(2026, 6, 30),
)


def test_a_plan_with_a_work_trial_measure_fills_the_trial(client, counsellor, employer):
    plan = _agreed(client.id, counsellor, measures=[TRIAL_MEASURE])
    prefill = supported_plan.prefill("work_trial", client.id)
    reference = f"TS-2026-{plan.id:04d}"
    assert (prefill.plan_process_id, prefill.plan_date, prefill.plan_reference) == (
        plan.id,
        D(2026, 3, 9),
        reference,
    )
    data = prefill.data
    assert data == WorkTrial(
        organiser_kind="employer",
        employer_id=employer.id,
        workplace="PUUSEPPÄ OY",
        goals="Try carpentry",
        tasks="Sanding and assembly in the workshop",
        start=D(2026, 4, 6),
        end=D(2026, 6, 30),
        plan_date=D(2026, 3, 9),
        plan_reference=reference,
        plan_process_id=plan.id,
    )
    assert set(prefill.filled) == {
        "plan_date",
        "plan_reference",
        "goals",
        "start",
        "end",
        "tasks",
        "workplace",
        "organiser_kind",
        "employer_id",
    }
    # The plan records no employment authority contact: those stay empty.
    assert data.authority_name == data.authority_contact == ""


def test_a_plan_without_a_work_trial_measure_gives_its_date_number_and_goals(client, counsellor):
    done = dataclasses.replace(TRIAL_MEASURE, status="cancelled")
    plan = _agreed(client.id, counsellor, measures=[done, Measure("individual_coaching", "W")])
    prefill = supported_plan.prefill("work_trial", client.id)
    assert set(prefill.filled) == {"plan_date", "plan_reference", "goals"}
    assert prefill.data.start is None and prefill.data.employer_id is None
    assert prefill.data.plan_process_id == plan.id


def test_a_counsellor_responsible_for_the_trial_is_not_its_organiser(client, counsellor):
    measure = dataclasses.replace(TRIAL_MEASURE, responsible="Liisa Ohjaaja")
    _agreed(client.id, counsellor, measures=[measure])
    prefill = supported_plan.prefill("work_trial", client.id)
    assert prefill.data.start == D(2026, 4, 6) and prefill.data.tasks.startswith("Sanding")
    assert prefill.data.workplace == "" and prefill.data.employer_id is None
    assert "workplace" not in prefill.filled and "employer_id" not in prefill.filled


def test_no_plan_fills_nothing_and_a_draft_plan_is_named(client, counsellor):
    empty = supported_plan.prefill("work_trial", client.id)
    assert empty == supported_plan.Prefill(WorkTrial())
    draft = guidance.start_process(client.id, counsellor, D(2026, 3, 2))
    named = supported_plan.prefill("work_trial", client.id)
    assert named.data == WorkTrial() and named.filled == ()
    assert named.draft_process_id == draft.id


def test_of_several_plans_the_newest_agreed_one(client, counsellor):
    older = _agreed(client.id, counsellor, plan_date=D(2025, 9, 1))
    GuidanceProcess.update(status="completed").where(GuidanceProcess.id == older.id).execute()
    newest = _agreed(client.id, counsellor, plan_date=D(2026, 2, 2))
    GuidanceProcess.update(status="interrupted").where(GuidanceProcess.id == newest.id).execute()
    middle = _agreed(client.id, counsellor, plan_date=D(2026, 1, 12))
    GuidanceProcess.update(status="completed").where(GuidanceProcess.id == middle.id).execute()
    guidance.start_process(client.id, counsellor, D(2026, 3, 1))  # a draft: not agreed
    prefill = supported_plan.prefill("work_trial", client.id)
    # The interrupted process is no longer carried out; the draft is not agreed.
    assert (prefill.plan_process_id, prefill.plan_date) == (middle.id, D(2026, 1, 12))
    other = client_service.create_client(ClientData(first_name="Bo", last_name="Ek"))
    assert supported_plan.prefill("work_trial", other.id).filled == ()


def _complete(prefilled: WorkTrial) -> WorkTrial:
    return dataclasses.replace(
        prefilled,
        supervisor_name="Ville Valvoja",
        hours_per_day=Decimal("6"),
        daily_timing="8-14",
        authority_name="Turun työllisyysalue",
    )


def test_the_stored_plan_date_decides_and_a_later_change_is_shown_not_applied(
    client, counsellor, employer
):
    plan = _agreed(client.id, counsellor, measures=[TRIAL_MEASURE])
    trial = _complete(supported_plan.prefill("work_trial", client.id).data)
    saved = svc.save_arrangement("work_trial", client.id, trial)
    assert saved.data.plan_process_id == plan.id
    assert supported_plan.plan_status("work_trial", client.id, saved.data).differences == {}

    # A plan date typed differently from the stored plan is pointed out (a warning), and
    # the start is checked against the stored plan, not the date typed.
    typed = dataclasses.replace(saved.data, plan_date=D(2026, 1, 1), start=D(2026, 3, 2))
    found = {f.code: f for f in svc.check_arrangement("work_trial", client.id, typed, saved.id)}
    assert found["plan.date_differs"].severity is Severity.WARNING
    assert found["plan.date_differs"].params == {"plan_date": D(2026, 3, 9)}
    assert found["work_trial.before_plan"].params == {"plan_date": D(2026, 3, 9)}

    # The plan is re-dated later: the saved agreement keeps its values ...
    process = guidance.get_process(plan.id)
    guidance.save_draft(
        plan.id, process.version, dataclasses.replace(process.data, plan_date=D(2026, 3, 16)), 3
    )
    again = svc.get_arrangement("work_trial", saved.id)
    assert again.data == saved.data and again.version == saved.version
    # ... and the change is told, not applied.
    status = supported_plan.plan_status("work_trial", client.id, again.data)
    assert status.agreed and status.plan_date == D(2026, 3, 16)
    assert status.differences == {"plan_date": (D(2026, 3, 9), D(2026, 3, 16))}
    codes = {f.code for f in svc.check_arrangement("work_trial", client.id, again.data, saved.id)}
    assert "plan.date_differs" in codes

    # The guidance process ends early: the plan the trial was agreed on still stands.
    process = guidance.get_process(plan.id)
    guidance.interrupt_process(plan.id, process.version, "Moved away", D(2026, 5, 1))
    ended = supported_plan.plan_status("work_trial", client.id, again.data)
    assert ended.agreed and ended.plan_date == D(2026, 3, 16)


def test_an_unlinked_trial_is_checked_against_its_own_plan_date(client, counsellor, employer):
    _agreed(client.id, counsellor, measures=[TRIAL_MEASURE])
    trial = dataclasses.replace(
        _complete(supported_plan.prefill("work_trial", client.id).data),
        plan_process_id=None,
        plan_date=D(2026, 1, 5),
        start=D(2026, 2, 2),
    )
    codes = {f.code for f in svc.check_arrangement("work_trial", client.id, trial)}
    assert "work_trial.before_plan" not in codes and "plan.date_differs" not in codes
    assert supported_plan.plan_status("work_trial", client.id, trial) is None


def test_another_clients_plan_cannot_be_linked(client, counsellor, employer):
    other = client_service.create_client(ClientData(first_name="Bo", last_name="Ek"))
    theirs = _agreed(other.id, counsellor, measures=[TRIAL_MEASURE])
    trial = _complete(supported_plan.prefill("work_trial", other.id).data)
    assert trial.plan_process_id == theirs.id
    with pytest.raises(ValidationFailed) as failed:
        svc.save_arrangement("work_trial", client.id, trial)
    assert [(f.code, f.field) for f in failed.value.findings] == [("invalid", "plan_process_id")]


def test_wage_subsidy_takes_the_plan_reference_measure_and_job_coach(client, counsellor, employer):
    coach = StaffUser.create(username="c", display_name="Kalle Valmentaja", role="counsellor").id
    measures = [
        Measure("wage_subsidy", "Carpentry assistant", "Puuseppä Oy", D(2026, 5, 4)),
        Measure("job_coaching", "Support at the workplace", "Kalle  Valmentaja"),
    ]
    plan = _agreed(client.id, counsellor, measures=measures)
    prefill = supported_plan.prefill("wage_subsidy", client.id)
    assert prefill.data == WageSubsidy(
        employer_id=employer.id,
        start=D(2026, 5, 4),
        duties="Carpentry assistant",
        job_coach_id=coach,
        plan_process_id=plan.id,
        plan_date=D(2026, 3, 9),
        plan_reference=f"TS-2026-{plan.id:04d}",
    )
    # Without a job-coaching measure the plan's counsellor coaches.
    other = client_service.create_client(ClientData(first_name="Bo", last_name="Ek"))
    _agreed(other.id, counsellor)
    plain = supported_plan.prefill("wage_subsidy", other.id)
    assert plain.data.job_coach_id == counsellor and plain.data.start is None
    assert set(plain.filled) == {"plan_date", "plan_reference", "job_coach_id"}


def test_rehabilitative_work_takes_only_the_planned_period(client, counsellor):
    measure = Measure("rehabilitative_work", "Kitchen", "Kipinä", D(2026, 4, 1), D(2026, 9, 30))
    plan = _agreed(client.id, counsellor, measures=[measure])
    prefill = supported_plan.prefill("rehab_work", client.id)
    # The activation plan is a document of its own: its date and goal are not the plan's.
    assert prefill.data == RehabWork(
        start=D(2026, 4, 1), end=D(2026, 9, 30), plan_process_id=plan.id
    )
    assert set(prefill.filled) == {"start", "end"}
    other = client_service.create_client(ClientData(first_name="Bo", last_name="Ek"))
    _agreed(other.id, counsellor)
    assert supported_plan.prefill("rehab_work", other.id) == supported_plan.Prefill(RehabWork())
