"""The report's figures against hand-computed expectations, drill-downs and access."""

from __future__ import annotations

import datetime as dt

import pytest

from tyollistamo_gui.domain.reports import InvalidPeriod, ReportCriteria, period_of
from tyollistamo_gui.services import reports
from tyollistamo_gui.services.session import AccessDenied
from tyollistamo_gui.storage.audit import AuditEntry

from .report_data import EXPECTED_2025, EXPECTED_BASIS, YEAR_2025, build

D = dt.date


@pytest.fixture
def data(db):
    return build()


def test_every_figure_of_the_year(data):
    report = reports.compute_report(ReportCriteria(*YEAR_2025))
    found = {(f.section, f.key): f.value for f in report.figures}
    assert found == EXPECTED_2025
    for (section, key), basis in EXPECTED_BASIS.items():
        assert report.figure(section, key).basis == basis, (section, key)


def test_sections_come_in_report_order(data):
    report = reports.compute_report(ReportCriteria(*YEAR_2025))
    sections = [f.section for f in report.figures]
    assert sections[:3] == ["clients"] * 3
    assert sections[-12:] == ["months"] * 12
    assert [f.key for f in report.section("months")][0] == "2025-01"


def test_staff_filter_keeps_that_staff_members_clients(data):
    report = reports.compute_report(ReportCriteria(*YEAR_2025, staff_id=data.staff_a))
    # Aino, Chen, Fanny
    assert report.value("clients", "served") == 3
    assert report.value("clients", "new") == 2  # Chen, Fanny
    assert report.value("clients", "closed") == 2  # Aino, Fanny
    assert report.value("services", "guidance") == 2
    assert report.value("services", "work_trial") == 0
    assert report.value("languages", "fi") == 1
    assert report.value("languages", "sv") == 1
    assert report.value("coaching_hours", "tailoring_tasks") == 0.0  # Bertil is B's
    assert report.value("attendance", "rate") == 50.0
    assert report.value("work_trials", "started") == 0
    assert report.value("months", "2025-07") == 1  # Fanny
    assert report.staff_name == "Anna Ohjaaja"


def test_service_filter_counts_only_that_service(data):
    report = reports.compute_report(ReportCriteria(*YEAR_2025, service="work_trial"))
    assert [f.key for f in report.section("services")] == ["work_trial"]
    assert report.value("services", "work_trial") == 2
    assert report.value("clients", "served") == 2  # Bertil, Eeva
    assert report.value("clients", "new") == 2
    assert report.value("clients", "closed") == 1  # Eeva
    assert report.value("outcomes", "wage_subsidised") == 1
    assert [f.key for f in report.section("durations")] == ["work_trial"]
    assert report.value("durations", "work_trial") == 68.5
    # Only work-trial periods count per month: none after May.
    months = {f.key: f.value for f in report.section("months")}
    assert months["2025-03"] == 1 and months["2025-04"] == 2 and months["2025-05"] == 2
    assert months["2025-06"] == 0 and months["2025-12"] == 0
    # The clients' other work still counts for them: Bertil's coaching hours.
    assert report.value("coaching_hours", "tailoring_tasks") == 1.5
    assert report.value("attendance", "marks") == 0
    assert report.value("attendance", "rate") is None


def test_a_quarter_and_a_custom_period(data):
    q2 = reports.compute_report(ReportCriteria(*period_of("quarter", 2025, 2)))
    assert q2.value("clients", "served") == 3  # Bertil, Eeva, Fanny
    assert q2.value("clients", "new") == 1  # Fanny
    assert q2.value("work_trials", "started") == 1  # Eeva
    assert q2.value("work_trials", "completed") == 1  # Bertil's ended 31.5.
    assert [f.key for f in q2.section("months")] == ["2025-04", "2025-05", "2025-06"]
    custom = reports.compute_report(ReportCriteria(D(2025, 12, 1), D(2026, 1, 31)))
    assert custom.value("attendance", "marks") == 3  # 1.12., 8.12. and 5.1.
    assert custom.value("attendance", "present") == 2
    assert [f.key for f in custom.section("months")] == ["2025-12", "2026-01"]


def test_a_period_ending_before_it_starts_is_refused(data):
    with pytest.raises(InvalidPeriod):
        reports.compute_report(ReportCriteria(D(2025, 5, 1), D(2025, 4, 1)))


DRILLS = {
    ("clients", "served"): ("aino", "bertil", "chen", "eeva", "fanny"),
    ("clients", "new"): ("bertil", "chen", "eeva", "fanny"),
    ("clients", "closed"): ("aino", "eeva", "fanny"),
    ("services", "guidance"): ("aino", "fanny"),
    ("services", "work_trial"): ("bertil", "eeva"),
    ("services", "individual_coaching"): (),
    ("outcomes", "open_labour_market"): ("aino",),
    ("outcomes", "other"): ("fanny",),
    ("outcomes", "education"): (),
    ("durations", "guidance"): ("aino", "fanny"),
    ("durations", "work_trial"): ("bertil", "eeva"),
    ("durations", "job_coaching"): (),
    ("coaching_hours", "tailoring_tasks"): ("bertil",),
    ("coaching_hours", "other"): (),
    ("attendance", "marks"): ("chen",),
    ("attendance", "present"): ("chen",),
    ("attendance", "rate"): ("chen",),
    ("work_trials", "started"): ("bertil", "eeva"),
    ("work_trials", "completed"): ("bertil",),
    ("languages", "fi"): ("aino", "eeva"),
    ("languages", "sv"): ("bertil", "fanny"),
    ("languages", "other"): ("chen",),
    ("months", "2025-03"): ("bertil",),
    ("months", "2025-07"): ("bertil", "eeva", "fanny"),
}


def test_drill_down_returns_exactly_the_clients_behind_each_figure(data):
    criteria = ReportCriteria(*YEAR_2025)
    report = reports.compute_report(criteria)
    for (section, key), names in DRILLS.items():
        drill = reports.figure_clients(criteria, section, key)
        assert {row.id for row in drill.rows} == data.names(*names), (section, key)
        assert drill.hidden == 0
        # A figure that counts clients equals the length of its list.
        if section in ("clients", "services", "outcomes", "work_trials", "languages", "months"):
            assert report.value(section, key) == len(drill.rows), (section, key)


def test_every_figure_has_a_drill_down(data):
    criteria = ReportCriteria(*YEAR_2025)
    report = reports.compute_report(criteria)
    for figure in report.figures:
        reports.figure_clients(criteria, figure.section, figure.key)  # no KeyError


def test_drill_down_follows_the_filters(data):
    criteria = ReportCriteria(*YEAR_2025, staff_id=data.staff_a, service="guidance")
    drill = reports.figure_clients(criteria, "clients", "served")
    assert {row.id for row in drill.rows} == data.names("aino", "fanny")
    assert drill.rows[0].name == "Testinen, Aino"


def test_unknown_figure_is_refused(data):
    with pytest.raises(KeyError):
        reports.figure_clients(ReportCriteria(*YEAR_2025), "services", "knitting")
    with pytest.raises(KeyError):
        reports.figure_clients(ReportCriteria(*YEAR_2025), "months", "2024-01")


def test_a_counsellor_may_not_see_reports(data, sign_in_as):
    sign_in_as("counsellor")
    criteria = ReportCriteria(*YEAR_2025)
    with pytest.raises(AccessDenied):
        reports.compute_report(criteria)
    with pytest.raises(AccessDenied):
        reports.figure_clients(criteria, "clients", "served")


def test_a_manager_sees_the_report_and_every_client(data, sign_in_as):
    sign_in_as("manager")
    criteria = ReportCriteria(*YEAR_2025)
    assert reports.compute_report(criteria).value("clients", "served") == 5
    drill = reports.figure_clients(criteria, "clients", "served")
    assert len(drill.rows) == 5 and drill.hidden == 0


def test_an_administrator_sees_figures_but_no_clients(data, sign_in_as):
    sign_in_as("administrator")
    criteria = ReportCriteria(*YEAR_2025)
    assert reports.compute_report(criteria).value("clients", "served") == 5
    drill = reports.figure_clients(criteria, "clients", "served")
    assert drill.rows == () and drill.hidden == 5


def test_a_counsellor_manager_sees_everyone_including_clients_needing_a_reason(data, sign_in_as):
    user = sign_in_as("counsellor", "manager", username="a_plus")
    # Give Aino to this user: listed as their own; the others are listed too (opening asks).
    from tyollistamo_gui.storage.models import Client

    Client.update(responsible_staff=user.id).where(Client.id == data.ids["aino"]).execute()
    drill = reports.figure_clients(ReportCriteria(*YEAR_2025), "clients", "served")
    assert len(drill.rows) == 5


def test_report_and_drill_down_are_logged(data):
    criteria = ReportCriteria(*YEAR_2025, service="guidance")
    reports.compute_report(criteria)
    reports.figure_clients(criteria, "services", "guidance")
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [(e.action, e.object_type) for e in entries][-2:] == [
        ("view", "report"),
        ("view", "report_clients"),
    ]
    assert '"service": "guidance"' in entries[-1].details
    assert '"shown": 2' in entries[-1].details


def test_progress_is_reported(data):
    steps = []

    class Recorder:
        def step(self, done, total, text=""):
            steps.append((done, total))

    reports.compute_report(ReportCriteria(*YEAR_2025), progress=Recorder())
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]


def test_staff_members_for_the_filter(data):
    names = [s.name for s in reports.staff_members()]
    assert names == sorted(names) and "Anna Ohjaaja" in names


def test_period_helpers():
    assert period_of("year", 2025) == (D(2025, 1, 1), D(2025, 12, 31))
    assert period_of("quarter", 2024, 1) == (D(2024, 1, 1), D(2024, 3, 31))
    assert period_of("month", 2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))
    assert period_of("month", 2025, 12) == (D(2025, 12, 1), D(2025, 12, 31))
    with pytest.raises(InvalidPeriod):
        period_of("quarter", 2025, 5)
