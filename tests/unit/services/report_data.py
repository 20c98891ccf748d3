"""A small, fixed data set for the report tests, with every figure of 2025 worked out by hand.

Six clients (dates chosen so that each rule of ``services.reports`` is met once
and missed once):

- Aino (fi, staff A): created 1.5.2024; guidance 1.6.2024–28.2.2025 (273 days);
  closed 15.3.2025, open labour market.
- Bertil (sv, staff B): created 10.2.2025; work trial 1.3.–31.5.2025 recorded on
  the arrangement only (92 days, completed); job coaching from 1.6.2025, task log
  1.5 h tailoring and 0.5 h administration in 2025, 1 h in 2024.
- Chen (other language, staff A): created 20.11.2025; group coaching from
  25.11.2025; marks present 1.12., absent 8.12.2025, present 5.1.2026.
- Daniel (fi, staff B): created 2023; individual coaching 2023–31.12.2024; closed
  31.12.2024 (education): not in the 2025 report at all.
- Eeva (fi, no staff): created 5.1.2025; work trial 1.4.–30.6.2025 ended early
  15.5. (45 days); wage-subsidised work 1.7.–31.12.2025 (184 days); closed
  31.12.2025, wage-subsidised.
- Fanny (sv, staff A): created 1.6.2025; guidance 1.–30.6.2025 (30 days);
  rehabilitative work 15.6.–14.9.2025 (92 days); closed 20.9.2025, moved away
  (counted as "other").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tyollistamo_gui.storage.coaching import (
    Attendance,
    CoachingGroup,
    GroupMember,
    GroupSession,
    JobCoachingCase,
    JobCoachingEntry,
)
from tyollistamo_gui.storage.models import Client, ClientService, Employer, StaffUser
from tyollistamo_gui.storage.supported import RehabWorkRecord, WageSubsidyRecord, WorkTrialRecord

D = dt.date
YEAR_2025 = (D(2025, 1, 1), D(2025, 12, 31))

# Every figure of the 2025 report, unfiltered, worked out by hand from the list above.
EXPECTED_2025 = {
    ("clients", "served"): 5,  # all but Daniel
    ("clients", "new"): 4,  # Bertil, Chen, Eeva, Fanny
    ("clients", "closed"): 3,  # Aino, Eeva, Fanny
    ("services", "guidance"): 2,  # Aino, Fanny
    ("services", "job_coaching"): 1,
    ("services", "individual_coaching"): 0,  # Daniel's ended in 2024
    ("services", "group_coaching"): 1,
    ("services", "work_trial"): 2,  # Bertil, Eeva
    ("services", "wage_subsidy"): 1,
    ("services", "rehabilitative_work"): 1,
    ("outcomes", "open_labour_market"): 1,
    ("outcomes", "wage_subsidised"): 1,
    ("outcomes", "education"): 0,  # Daniel closed in 2024
    ("outcomes", "rehabilitation"): 0,
    ("outcomes", "other"): 1,  # Fanny moved away
    ("durations", "guidance"): 151.5,  # median of 273 and 30
    ("durations", "job_coaching"): None,  # still going
    ("durations", "individual_coaching"): None,
    ("durations", "group_coaching"): None,
    ("durations", "work_trial"): 68.5,  # median of 92 and 45
    ("durations", "wage_subsidy"): 184.0,
    ("durations", "rehabilitative_work"): 92.0,
    ("coaching_hours", "tailoring_tasks"): 1.5,
    ("coaching_hours", "administration"): 0.5,
    ("coaching_hours", "work_community"): 0.0,
    ("coaching_hours", "employee_support"): 0.0,
    ("coaching_hours", "employer_support"): 0.0,
    ("coaching_hours", "other"): 0.0,
    ("attendance", "marks"): 2,
    ("attendance", "present"): 1,
    ("attendance", "rate"): 50.0,
    ("work_trials", "started"): 2,
    ("work_trials", "completed"): 1,  # Eeva's ended early
    ("languages", "fi"): 2,  # Aino, Eeva
    ("languages", "sv"): 2,  # Bertil, Fanny
    ("languages", "other"): 1,  # Chen
    ("months", "2025-01"): 1,  # Aino
    ("months", "2025-02"): 1,  # Aino
    ("months", "2025-03"): 1,  # Bertil
    ("months", "2025-04"): 2,  # Bertil, Eeva
    ("months", "2025-05"): 2,
    ("months", "2025-06"): 2,  # Bertil, Fanny
    ("months", "2025-07"): 3,  # Bertil, Eeva, Fanny
    ("months", "2025-08"): 3,
    ("months", "2025-09"): 3,
    ("months", "2025-10"): 2,  # Bertil, Eeva
    ("months", "2025-11"): 3,  # + Chen
    ("months", "2025-12"): 3,
}
# What each figure's value was computed from (medians: periods; hours: entries; rate: marks).
EXPECTED_BASIS = {
    ("durations", "guidance"): 2,
    ("durations", "job_coaching"): 0,
    ("durations", "work_trial"): 2,
    ("durations", "wage_subsidy"): 1,
    ("durations", "rehabilitative_work"): 1,
    ("coaching_hours", "tailoring_tasks"): 1,
    ("coaching_hours", "administration"): 1,
    ("attendance", "rate"): 2,
}


@dataclass
class ReportData:
    staff_a: int
    staff_b: int
    ids: dict[str, int]

    def names(self, *keys: str) -> set[int]:
        return {self.ids[k] for k in keys}


def _client(name: str, language: str, staff: int | None, created: dt.date, **extra) -> Client:
    return Client.create(
        first_name=name,
        last_name="Testinen",
        sort_name=f"testinen {name.lower()}",
        service_language=language,
        responsible_staff=staff,
        created_at=dt.datetime.combine(created, dt.time(10)),
        **extra,
    )


def _closed(day: dt.date, outcome: str) -> dict:
    return {"status": "closed", "closed_on": day, "outcome": outcome}


def _period(client: Client, kind: str, start: dt.date, end: dt.date | None) -> ClientService:
    return ClientService.create(client=client, kind=kind, started_on=start, ended_on=end)


def build() -> ReportData:
    staff_a = StaffUser.create(username="a", display_name="Anna Ohjaaja", role="counsellor")
    staff_b = StaffUser.create(username="b", display_name="Bo Coach", role="coach")
    employer = Employer.create(name="Oy Testi Ab", business_id="1234567-1")

    aino = _client(
        "Aino", "fi", staff_a.id, D(2024, 5, 1), **_closed(D(2025, 3, 15), "open_labour_market")
    )
    _period(aino, "guidance", D(2024, 6, 1), D(2025, 2, 28))

    bertil = _client("Bertil", "sv", staff_b.id, D(2025, 2, 10))
    trial = _period(bertil, "work_trial", D(2025, 3, 1), None)
    WorkTrialRecord.create(client=bertil, service=trial, start=D(2025, 3, 1), end=D(2025, 5, 31))
    coaching = _period(bertil, "job_coaching", D(2025, 6, 1), None)
    case = JobCoachingCase.create(
        client=bertil, employer=employer, service=coaching, starts_on=D(2025, 6, 1)
    )
    JobCoachingEntry.create(case=case, on_date=D(2025, 6, 2), minutes=90, kind="tailoring_tasks")
    JobCoachingEntry.create(case=case, on_date=D(2025, 6, 10), minutes=30, kind="administration")
    JobCoachingEntry.create(case=case, on_date=D(2024, 12, 1), minutes=60, kind="tailoring_tasks")

    chen = _client("Chen", "other", staff_a.id, D(2025, 11, 20), other_language="zh")
    group_period = _period(chen, "group_coaching", D(2025, 11, 25), None)
    group = CoachingGroup.create(
        name="Ryhmä", goal="work", starts_on=D(2025, 11, 25), ends_on=D(2026, 2, 28)
    )
    member = GroupMember.create(
        group=group, client=chen, service=group_period, joined_on=D(2025, 11, 25)
    )
    for day, status in ((D(2025, 12, 1), "present"), (D(2025, 12, 8), "absent"),
                        (D(2026, 1, 5), "present")):  # fmt: skip
        group_session = GroupSession.create(group=group, on_date=day)
        Attendance.create(session=group_session, member=member, status=status)

    daniel = _client(
        "Daniel", "fi", staff_b.id, D(2023, 1, 1), **_closed(D(2024, 12, 31), "education")
    )
    _period(daniel, "individual_coaching", D(2023, 2, 1), D(2024, 12, 31))

    eeva = _client("Eeva", "fi", None, D(2025, 1, 5), **_closed(D(2025, 12, 31), "wage_subsidised"))
    early = _period(eeva, "work_trial", D(2025, 4, 1), D(2025, 5, 15))
    WorkTrialRecord.create(
        client=eeva, service=early, start=D(2025, 4, 1), end=D(2025, 6, 30), ended_on=D(2025, 5, 15)
    )
    subsidy = _period(eeva, "wage_subsidy", D(2025, 7, 1), None)
    WageSubsidyRecord.create(client=eeva, service=subsidy, start=D(2025, 7, 1), end=D(2025, 12, 31))

    fanny = _client(
        "Fanny", "sv", staff_a.id, D(2025, 6, 1), **_closed(D(2025, 9, 20), "moved_away")
    )
    _period(fanny, "guidance", D(2025, 6, 1), D(2025, 6, 30))
    rehab = _period(fanny, "rehabilitative_work", D(2025, 6, 15), D(2025, 9, 14))
    RehabWorkRecord.create(client=fanny, service=rehab, start=D(2025, 6, 15), end=D(2025, 12, 14))

    ids = {c.first_name.lower(): c.id for c in (aino, bertil, chen, daniel, eeva, fanny)}
    return ReportData(staff_a.id, staff_b.id, ids)
