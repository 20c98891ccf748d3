"""Job coaching and individual coaching through their services, without Qt."""

import datetime as dt

import pytest

from tyollistamo_gui.domain import coaching as rules
from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import clients, coaching, employers
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.coaching import JobCoachingCase, JobCoachingEntry, SkillAssessment
from tyollistamo_gui.storage.models import ClientService, StaffUser

D = dt.date


@pytest.fixture
def setting(db):
    client = clients.create_client(ClientData(first_name="Matti", last_name="Virtanen"))
    employer = employers.create_employer(
        employers.EmployerData(name="Puutarha Oy", business_id="2129026-2")
    )
    coach = StaffUser.create(username="liisa", display_name="Liisa Valmentaja", role="coach")
    return client.id, employer.id, coach.id


def _case(setting, **changes):
    client_id, employer_id, coach_id = setting
    values = dict(
        client_id=client_id,
        employer_id=employer_id,
        coach_id=coach_id,
        job_title="Gardener",
        tasks="Planting, watering",
        starts_on=D(2026, 3, 2),
        working_hours="6 h/day, Mon-Fri",
    )
    values.update(changes)
    return coaching.create_case(coaching.JobCaseData(**values), actor="Liisa")


def _entry(**changes):
    values = dict(on_date=D(2026, 3, 3), minutes=90, kind="tailoring_tasks")
    values.update(changes)
    return coaching.EntryData(**values)


def test_case_opens_a_service_period_and_reads_back(setting):
    record = _case(setting)
    assert (record.client_name, record.employer_name, record.coach_name) == (
        "Virtanen, Matti",
        "Puutarha Oy",
        "Liisa Valmentaja",
    )
    assert record.state == "open"
    period = ClientService.get()
    assert (period.kind, period.started_on, period.ended_on) == (
        "job_coaching",
        D(2026, 3, 2),
        None,
    )
    assert [e.kind for e in clients.timeline(setting[0])][:1] == ["service_started"]
    rows = coaching.list_cases()
    assert [(r.client_name, r.job_title) for r in rows] == [("Virtanen, Matti", "Gardener")]
    arrangements = employers.employer_arrangements(setting[1])
    assert [(a.kind, a.client_name, a.title, a.state) for a in arrangements] == [
        ("job_coaching", "Virtanen, Matti", "Gardener", "open")
    ]


def test_case_dates_out_of_order_save_nothing(setting):
    with pytest.raises(ValidationFailed) as failed:
        _case(setting, ends_on=D(2026, 3, 1))
    assert [(f.field, f.code) for f in failed.value.findings] == [("ends_on", "date.order")]
    with pytest.raises(ValidationFailed) as failed:
        _case(setting, employment_begun=True, job_title=" ")
    assert {(f.field, f.code) for f in failed.value.findings} == {
        ("job_title", "required"),
        ("employment_started_on", "required"),
    }
    assert JobCoachingCase.select().count() == 0
    assert ClientService.select().count() == 0


def test_ending_a_case_ends_the_service_period(setting):
    record = _case(setting)
    data = coaching.JobCaseData(**{**vars(record.data), "ends_on": D(2026, 6, 30)})
    ended = coaching.update_case(record.id, record.version, data, actor="Liisa")
    assert ended.data.ends_on == D(2026, 6, 30)
    assert ClientService.get().ended_on == D(2026, 6, 30)
    assert "service_ended" in [e.kind for e in clients.timeline(setting[0])]
    assert coaching.list_cases(today=D(2026, 7, 1)) == []
    assert len(coaching.list_cases(open_only=False)) == 1


def test_one_entry_of_each_kind_and_the_sums(setting):
    record = _case(setting)
    for minutes, kind in enumerate(rules.TASK_KINDS, start=1):
        coaching.add_entry(record.id, _entry(minutes=minutes * 30, kind=kind), actor="Liisa")
    coaching.add_entry(record.id, _entry(minutes=15, kind="employee_support"))
    assert coaching.time_per_kind(record.id) == {
        "tailoring_tasks": 30,
        "administration": 60,
        "work_community": 90,
        "employee_support": 135,
        "employer_support": 150,
        "other": 180,
    }
    entries = coaching.list_entries(record.id)
    assert len(entries) == 7 and entries[0].author_name == ""
    timeline = clients.timeline(setting[0])
    assert sum(e.kind == "coaching_entry" for e in timeline) == 7
    assert {e.details["task"] for e in timeline if e.kind == "coaching_entry"} == set(
        rules.TASK_KINDS
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"minutes": 0}, ("minutes", "duration.zero")),
        ({"minutes": 24 * 60 + 1}, ("minutes", "duration.too_long")),
        ({"minutes": None}, ("minutes", "required")),
        ({"kind": "gossip"}, ("kind", "invalid")),
        ({"on_date": D(2026, 3, 1)}, ("on_date", "date.outside_period")),
        (
            {"next_step": "Call", "next_step_on": D(2026, 3, 2)},
            ("next_step_on", "date.order"),
        ),
        ({"next_step_on": D(2026, 3, 9)}, ("next_step", "required")),
    ],
)
def test_bad_entries_save_nothing(setting, changes, expected):
    record = _case(setting)
    with pytest.raises(ValidationFailed) as failed:
        coaching.add_entry(record.id, _entry(**changes))
    assert [(f.field, f.code) for f in failed.value.findings] == [expected]
    assert JobCoachingEntry.select().count() == 0


def test_a_full_day_is_allowed():
    assert rules.check_duration(24 * 60) is None
    assert rules.check_duration(1) is None


def test_next_step_and_employer_support(setting):
    record = _case(setting)
    coaching.add_entry(
        record.id, _entry(next_step="Meet the supervisor", next_step_on=D(2026, 3, 9))
    )
    coaching.add_entry(
        record.id,
        _entry(
            on_date=D(2026, 3, 10),
            kind="employee_support",
            next_step="Check the schedule",
            next_step_on=D(2026, 3, 17),
        ),
    )
    coaching.add_entry(record.id, _entry(on_date=D(2026, 3, 11), kind="employer_support"))
    assert coaching.next_step(record.id) == ("Check the schedule", D(2026, 3, 17))
    assert coaching.list_cases()[0].next_step == "Check the schedule"
    support = coaching.employer_support()
    assert [(r.employer_name, r.entry.data.kind) for r in support] == [
        ("Puutarha Oy", "employer_support"),
        ("Puutarha Oy", "tailoring_tasks"),
    ]
    assert coaching.employer_support(employer_id=setting[1] + 100) == []
    due = coaching.next_steps_due(setting[2], D(2026, 3, 9), D(2026, 3, 15))
    assert [(s.text, s.due) for s in due] == [("Meet the supervisor", D(2026, 3, 9))]


def test_skills_list_is_configurable_and_assessed_over_time(setting):
    record = _case(setting)
    skills = coaching.list_skills()
    assert [s.key for s in skills] == list(rules.DEFAULT_SKILLS)
    own = coaching.add_skill("Customer service")
    coaching.set_skill_active(skills[-1].id, False)
    listed = coaching.list_skills()
    assert listed[-1] == own and skills[-1].id not in {s.id for s in listed}
    first = [coaching.Rating(s.id, 2, "needs support") for s in listed]
    coaching.record_assessment(record.id, D(2026, 3, 2), first, comment="Start")
    later = [coaching.Rating(listed[0].id, 4), coaching.Rating(own.id, 3)]
    coaching.record_assessment(record.id, D(2026, 5, 4), later, with_employer=True)
    done = coaching.assessments(record.id)
    assert [(a.on_date, a.with_employer, len(a.ratings)) for a in done] == [
        (D(2026, 3, 2), False, len(listed)),
        (D(2026, 5, 4), True, 2),
    ]
    change = coaching.skill_change(record.id)
    assert change[listed[0].id] == (2, 4)
    assert change[own.id] == (2, 3)
    assert change[listed[1].id] == (2, 2)
    assert "skills_assessed" in [e.kind for e in clients.timeline(setting[0])]


def test_bad_assessments_save_nothing(setting):
    record = _case(setting)
    skill = coaching.list_skills()[0]
    with pytest.raises(ValidationFailed) as failed:
        coaching.record_assessment(record.id, D(2026, 3, 2), [coaching.Rating(skill.id, 6)])
    assert [(f.field, f.code) for f in failed.value.findings] == [
        (f"skill.{skill.id}", "score.range")
    ]
    with pytest.raises(ValidationFailed) as failed:
        coaching.record_assessment(record.id, D(2026, 3, 1), [])
    assert {f.code for f in failed.value.findings} == {"date.outside_period", "assessment.empty"}
    assert SkillAssessment.select().count() == 0


def test_individual_coaching_goals_sessions_professionals(setting):
    client_id, _, coach_id = setting
    period = coaching.create_period(
        coaching.PeriodData(client_id, coach_id, D(2026, 1, 5), D(2026, 6, 30)), actor="Liisa"
    )
    assert ClientService.get().kind == "individual_coaching"
    goal = coaching.add_goal(period.id, "everyday_life", "A daily rhythm")
    other = coaching.add_goal(period.id, "education_and_career", "Apply to a vocational school")
    assert coaching.list_goals(period.id) == [goal, other]
    coaching.record_progress(goal.id, D(2026, 1, 5), 1, "sleeps late")
    coaching.record_progress(goal.id, D(2026, 3, 2), 3, "better")
    assert [(p.goal_id, p.score) for p in coaching.progress(period.id)] == [
        (goal.id, 1),
        (goal.id, 3),
    ]
    coaching.add_session(
        period.id,
        coaching.SessionData(D(2026, 1, 12), 60, "Rhythm", "", "Keep a diary", D(2026, 1, 19)),
    )
    assert coaching.list_sessions(period.id)[0].data.themes == "Rhythm"
    coaching.save_professionals(
        period.id,
        [
            coaching.Professional("social", "Sari Sosiaali", "Wellbeing county", "040 1"),
            coaching.Professional("health", "Teemu Terveys"),
        ],
    )
    assert [p.name for p in coaching.list_professionals(period.id)] == [
        "Sari Sosiaali",
        "Teemu Terveys",
    ]
    rows = coaching.list_periods(open_only=False)
    assert coaching.list_periods(today=D(2026, 7, 1)) == []
    assert [(r.client_name, r.goals, r.sessions) for r in rows] == [("Virtanen, Matti", 2, 1)]
    overview = coaching.client_coaching(client_id)
    assert [(o.kind, o.state) for o in overview] == [("individual_coaching", "ended")]
    kinds = [e.kind for e in clients.timeline(client_id)]
    assert "coaching_session" in kinds and "goal_progress" in kinds


def test_individual_coaching_bad_input(setting):
    client_id, _, coach_id = setting
    with pytest.raises(ValidationFailed):
        coaching.create_period(
            coaching.PeriodData(client_id, coach_id, D(2026, 2, 1), D(2026, 1, 1))
        )
    period = coaching.create_period(
        coaching.PeriodData(client_id, None, D(2026, 1, 5), D(2026, 2, 5))
    )
    with pytest.raises(ValidationFailed) as failed:
        coaching.add_session(period.id, coaching.SessionData(D(2026, 3, 1), 60))
    assert [f.code for f in failed.value.findings] == ["date.outside_period"]
    with pytest.raises(ValidationFailed) as failed:
        coaching.add_session(period.id, coaching.SessionData(D(2026, 1, 6), 0))
    assert [f.code for f in failed.value.findings] == ["duration.zero"]
    goal = coaching.add_goal(period.id, "motivation", "Take responsibility")
    with pytest.raises(ValidationFailed) as failed:
        coaching.record_progress(goal.id, D(2026, 1, 6), 0)
    assert [f.code for f in failed.value.findings] == ["score.range"]
    with pytest.raises(ValidationFailed):
        coaching.add_goal(period.id, "astrology", "x")
    with pytest.raises(ValidationFailed):
        coaching.save_professionals(period.id, [coaching.Professional("health", " ")])
    assert coaching.list_sessions(period.id) == []
    assert coaching.progress(period.id) == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("1,5", 90), ("1.5", 90), ("1:30", 90), ("45 min", 45), ("2 h 15 min", 135), ("2h", 120)],
)
def test_durations_are_read_as_people_write_them(text, minutes):
    assert rules.parse_duration(text) == minutes
    assert rules.parse_duration(rules.format_duration(minutes)) == minutes


@pytest.mark.parametrize("text", ["abc", "1:75", "nan", "1:5"])
def test_unreadable_durations(text):
    with pytest.raises(ValueError):
        rules.parse_duration(text)


def test_wage_subsidised_contracts_of_the_case(setting, monkeypatch):
    record = _case(setting)
    assert coaching.wage_subsidised_contracts(record.id) == []
    client_id, employer_id, _ = setting
    rows = [
        employers.Arrangement(
            "wage_subsidy", 7, client_id, "", "Garden", D(2026, 4, 1), None, "signed"
        ),
        employers.Arrangement("wage_subsidy", 8, client_id + 1, "", "Other", None, None, "draft"),
        employers.Arrangement("work_trial", 9, client_id, "", "Trial", None, None, "draft"),
    ]
    monkeypatch.setattr(employers, "employer_arrangements", lambda _id: rows)
    assert [c.id for c in coaching.wage_subsidised_contracts(record.id)] == [7]
