"""The demo register agrees with itself: every supported-work period has its arrangement,
the report counts the same as the arrangements do, and the demo follows the app clock."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from tyollistamo_gui import clock
from tyollistamo_gui.domain.findings import Severity
from tyollistamo_gui.domain.identifiers import Problem, validate_hetu
from tyollistamo_gui.domain.reports import ReportCriteria, period_of
from tyollistamo_gui.domain.supported import REHAB_BENEFITS, STATES
from tyollistamo_gui.services import reports, retention, supported
from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage.documents import ArchivedDocument
from tyollistamo_gui.storage.models import Client, ClientService
from tyollistamo_gui.storage.supported import (
    ClientEmployment,
    RehabAttendance,
    RehabWorkRecord,
    WageSubsidyRecord,
    WorkTrialAbsence,
    WorkTrialRecord,
)

TODAY = dt.date(2026, 9, 14)
MODELS = {
    "work_trial": WorkTrialRecord,
    "wage_subsidy": WageSubsidyRecord,
    "rehab_work": RehabWorkRecord,
}


@pytest.fixture
def on_today():
    clock.set_today(TODAY)
    yield TODAY
    clock.set_today(None)


@pytest.fixture
def demo_register(db, on_today):
    fill_demo(1500, seed=7)
    return db


def _finish(row) -> dt.date:
    return row.ended_on or row.end


def test_every_supported_period_has_its_arrangement_with_the_same_dates(demo_register):
    periods = {
        p.id: p
        for p in ClientService.select().where(
            ClientService.kind.in_(list(supported.SERVICE_KIND.values()))
        )
    }
    backed = {}
    for kind, model in MODELS.items():
        for row in model.select():
            period = periods[row.service_id]
            assert period.kind == supported.SERVICE_KIND[kind]
            assert period.client_id == row.client_id
            assert period.started_on == row.start
            assert period.ended_on == row.ended_on
            backed[row.service_id] = backed.get(row.service_id, 0) + 1
    assert backed == dict.fromkeys(periods, 1)  # each period exactly one arrangement
    assert len(periods) > 300


def test_the_reports_figures_agree_with_the_arrangements(demo_register):
    year_start, year_end = period_of("year", TODAY.year)
    report = reports.compute_report(ReportCriteria(year_start, year_end))
    last_counted = min(year_end, TODAY)
    for kind, model in MODELS.items():
        rows = list(model.select())
        in_year = {r.client_id for r in rows if r.start <= year_end and _finish(r) >= year_start}
        ended = [r for r in rows if year_start <= _finish(r) <= last_counted]
        service = supported.SERVICE_KIND[kind]
        assert report.value("services", service) == len(in_year) > 20, kind
        durations = next(f for f in report.figures if f.section == "durations" and f.key == service)
        assert durations.basis == len(ended) > 10, kind
    trials = list(WorkTrialRecord.select())
    started = [t for t in trials if year_start <= t.start <= year_end]
    completed = [
        t
        for t in trials
        if year_start <= t.end <= last_counted and (t.ended_on is None or t.ended_on >= t.end)
    ]
    assert report.value("work_trials", "started") == len(started) > 50
    assert report.value("work_trials", "completed") == len(completed) > 20
    # More trials than any one client at a time: a work-trial client is counted in both.
    assert report.value("work_trials", "started") <= report.value("services", "work_trial")


def test_printed_and_signed_arrangements_have_their_archived_pdf_and_no_other_has(
    demo_register,
):
    rows = supported.list_arrangements(today=TODAY)
    states = {(r.kind, r.state) for r in rows}
    assert states == {(kind, state) for kind in MODELS for state in STATES}
    documents = {}
    for document in ArchivedDocument.select().order_by(ArchivedDocument.version):
        documents[(document.kind, document.object_id)] = document
    for row in rows:
        document = documents.get((supported.DOCUMENT_KIND[row.kind], row.id))
        if row.state in ("printed", "signed"):
            assert document is not None, row
            pdf = bytes(document.pdf)
            assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == document.sha256
            assert (document.signed_on is not None) == (row.state == "signed")
        elif row.state == "draft":
            assert document is None, row
        else:  # ended: by its end date or ended early, archived or not
            model = MODELS[row.kind]
            assert model.get_by_id(row.id).ended_on is not None or row.end < TODAY
    # Only a sample is rendered: the showcase (9) and two running ones of each kind.
    assert len(documents) == 15
    running_drafts = [r for r in rows if r.state == "draft" and r.start <= TODAY]
    planned = [r for r in rows if r.state == "draft" and r.start > TODAY]
    assert running_drafts and planned


def test_demo_arrangements_pass_the_rules_and_rehab_goes_only_to_eligible_clients(
    demo_register,
):
    benefits = dict(Client.select(Client.id, Client.benefit_status).tuples())
    checked = 0
    for kind, model in MODELS.items():
        for row in model.select():
            record = supported.get_arrangement(kind, row.id)
            findings = supported.check_arrangement(kind, row.client_id, record.data, row.id)
            assert [f for f in findings if f.severity is Severity.ERROR] == [], (kind, row.id)
            assert findings == [], (kind, row.id)
            checked += 1
            if kind == "rehab_work":
                assert benefits[row.client_id] in REHAB_BENEFITS
    assert checked > 300
    # Rehabilitative work keeps its register; some work trials have absences.
    assert RehabAttendance.select().count() > 1000
    assert WorkTrialAbsence.select().count() > 10
    for row in RehabWorkRecord.select():
        days = [a.day for a in row.attendance]
        assert all(row.start <= day <= min(_finish(row), TODAY) for day in days)
        assert supported.days_in_last_12_months(row.client_id, TODAY) <= 178


def test_employments_agree_with_wage_subsidies_and_never_with_a_trials_organiser(
    demo_register,
):
    jobs = list(ClientEmployment.select())
    assert len(jobs) > 50
    kept_on = 0
    for job in jobs:
        job_end = job.end or dt.date.max
        for trial in WorkTrialRecord.select().where(WorkTrialRecord.client == job.client_id):
            overlaps = job.start <= _finish(trial) and job_end >= trial.start
            assert not (overlaps and trial.employer_id == job.employer_id), (job.id, trial.id)
        for subsidy in WageSubsidyRecord.select().where(WageSubsidyRecord.client == job.client_id):
            # Kept on by the same employer after the subsidy, never a second job meanwhile.
            assert job.start > _finish(subsidy) or job_end < subsidy.start, (job.id, subsidy.id)
            kept_on += job.employer_id == subsidy.employer_id
    assert kept_on > 5
    assert any(job.part_time and job.end is None for job in jobs)


def test_demo_dates_follow_the_app_clock(db):
    day = dt.date(2031, 3, 10)
    clock.set_today(day)
    try:
        fill_demo(300, seed=3)
        created = [c.created_at.date() for c in Client.select()]
        assert max(created) <= day and max(created) > day - dt.timedelta(days=60)
        assert min(created) >= day - dt.timedelta(days=3 * 365)
        rows = supported.list_arrangements()
        assert {r.state for r in rows} == set(STATES)
        running = [r for r in rows if r.state in ("printed", "signed")]
        assert running and all(r.start <= day + dt.timedelta(days=7) for r in running)
        assert all(r.end >= day for r in running)
        assert {d.created_at.date() for d in ArchivedDocument.select()} == {day}
        assert {d.signed_on for d in ArchivedDocument.select() if d.signed_on} == {day}
        trials = list(WorkTrialRecord.select())
        assert max(t.start for t in trials) > day
        assert max(t.start for t in trials if t.start <= day) > day - dt.timedelta(days=200)
    finally:
        clock.set_today(None)


def test_identity_codes_and_retention_read_the_app_clock(db):
    # Born 1 Jan 2031: in the future before that day, valid from it on.
    for day, problem in ((dt.date(2030, 12, 31), Problem.FUTURE), (dt.date(2031, 1, 1), None)):
        clock.set_today(day)
        try:
            assert validate_hetu("010131A900F") is problem
        finally:
            clock.set_today(None)
    from tyollistamo_gui.services import clients
    from tyollistamo_gui.services.clients import ClientData

    record = clients.create_client(
        ClientData(
            first_name="Aino",
            last_name="Aalto",
            status="closed",
            closed_on=dt.date(2020, 3, 31),
            outcome="open_labour_market",
        )
    )
    ClientService.create(
        client=record.id,
        kind="guidance",
        started_on=dt.date(2019, 1, 1),
        ended_on=dt.date(2020, 3, 31),
    )
    for day, due in ((dt.date(2024, 3, 30), False), (dt.date(2024, 3, 31), True)):
        clock.set_today(day)
        try:
            assert bool(retention.due_for_erasure()) is due
            assert retention.erasure_plan(record.id).due is due
        finally:
            clock.set_today(None)
