"""The guidance process through services: each phase, resume, complete, interrupt, history."""

import dataclasses
import datetime as dt

import pytest

from tyollistamo_gui.domain import guidance as rules
from tyollistamo_gui.domain.errors import ConcurrentEdit
from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.domain.guidance import FollowUp, Goal, GuidanceData, Measure, Option, Referral
from tyollistamo_gui.services import clients as client_svc
from tyollistamo_gui.services import guidance as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.guidance import GuidanceGoal, GuidanceMeasure, GuidanceProcess
from tyollistamo_gui.storage.models import StaffUser

START = dt.date(2026, 3, 2)


@pytest.fixture
def client_id(db):
    return client_svc.create_client(ClientData(first_name="Anna", last_name="Virtanen")).id


@pytest.fixture
def counsellor_id(db):
    return StaffUser.create(username="liisa", display_name="Liisa Ohjaaja", role="counsellor").id


def _situation(counsellor_id: int) -> GuidanceData:
    return GuidanceData(
        counsellor_id=counsellor_id,
        started_on=START,
        education="Vocational qualification in logistics",
        work_history="Warehouse work 2005-2019",
        skills_client="Forklift licence",
        skills_counsellor="Reliable, good with customers",
        work_ability_client="Back hurts after a long day",
        work_ability_counsellor="Suits light work",
        life_situation="Lives alone in Tampere",
        obstacles_client="No car",
        obstacles_counsellor="Debts",
        wishes="Work in a small shop",
        situation_summary="Motivated; needs light work near home.",
    )


def _full(counsellor_id: int) -> GuidanceData:
    data = _situation(counsellor_id)
    return dataclasses.replace(
        data,
        goals=(Goal("short", "Work trial in a shop"), Goal("long", "Part-time job in retail")),
        options=(Option("Retail", "Likes customers", "Standing all day", "Worth trying"),),
        plan_date=dt.date(2026, 3, 9),
        measures=(
            Measure(
                "work_trial",
                "Work trial at K-Market Hervanta",
                "Liisa Ohjaaja",
                dt.date(2026, 4, 1),
                dt.date(2026, 6, 30),
            ),
            Measure("individual_coaching", "Weekly coaching", "Coach Oy"),
        ),
        job_search_obligation=True,
        job_search_count=4,
        job_search_period_months=1,
        next_review_on=dt.date(2026, 5, 4),
    )


def test_start_opens_a_draft_and_a_service_period(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START, actor="Liisa")
    assert record.status == "draft"
    assert record.current_phase == rules.SITUATION
    assert record.counsellor_name == "Liisa Ohjaaja"
    assert record.data.started_on == START
    assert [s.kind for s in client_svc.list_services(client_id) if s.in_progress] == ["guidance"]
    assert client_svc.timeline(client_id)[0].kind == "guidance_started"


def test_only_one_open_process_per_client(client_id, counsellor_id):
    first = svc.start_process(client_id, counsellor_id, START)
    with pytest.raises(svc.ProcessAlreadyOpen) as caught:
        svc.start_process(client_id, counsellor_id, START)
    assert caught.value.process_id == first.id
    assert GuidanceProcess.select().count() == 1


def test_phase_one_situation_fields_are_stored_one_by_one(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    data = _situation(counsellor_id)
    saved = svc.save_draft(record.id, record.version, data, rules.GOALS)
    assert saved.data == dataclasses.replace(data, plan_date=None)
    row = GuidanceProcess.get_by_id(record.id)
    # Structured columns, searchable one by one.
    assert row.obstacles_counsellor == "Debts"
    assert row.work_ability_client == "Back hurts after a long day"
    assert GuidanceProcess.select().where(GuidanceProcess.wishes.contains("shop")).count() == 1
    assert rules.check_phase(rules.SITUATION, saved.data) == []


def test_phase_two_goals_and_options(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    data = _full(counsellor_id)
    saved = svc.save_draft(record.id, record.version, data, rules.PLAN)
    assert [(g.term, g.text) for g in saved.data.goals] == [
        ("short", "Work trial in a shop"),
        ("long", "Part-time job in retail"),
    ]
    assert saved.data.options[0] == Option(
        "Retail", "Likes customers", "Standing all day", "Worth trying"
    )
    assert GuidanceGoal.select().where(GuidanceGoal.process == record.id).count() == 2
    missing = rules.check_phase(rules.GOALS, dataclasses.replace(data, goals=()))
    assert [(f.code, f.field) for f in missing] == [("guidance.goal_required", "goals")]


def test_phase_three_plan_measures_obligation_and_review(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    saved = svc.save_draft(record.id, record.version, _full(counsellor_id), rules.PLAN)
    kinds = [m.kind for m in saved.data.measures]
    assert kinds == ["work_trial", "individual_coaching"]
    # Each measure has a key of its own for the follow-ups to refer to.
    assert [m.key for m in saved.data.measures] == [1, 2]
    assert saved.data.job_search_count == 4
    assert saved.data.next_review_on == dt.date(2026, 5, 4)
    # With phases 1-3 complete the plan is agreed: the process is in progress.
    assert saved.status == "in_progress"
    assert svc.check_printable(record.id) == []


def test_plan_checks_name_the_missing_fields(counsellor_id):
    data = dataclasses.replace(
        _full(counsellor_id),
        measures=(
            Measure("work_trial", starts_on=dt.date(2026, 5, 1), ends_on=dt.date(2026, 4, 1)),
        ),
        next_review_on=None,
    )
    found = {(f.code, f.field) for f in rules.check_phase(rules.PLAN, data)}
    assert found == {("required", "next_review_on"), ("guidance.measure_dates", "measures")}
    assert rules.status_for(data) == "draft"


def test_phase_four_follow_ups_refer_to_a_measure(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    record = svc.save_draft(record.id, record.version, _full(counsellor_id), rules.PLAN)
    trial = record.data.measures[0]
    visit = FollowUp(
        dt.date(2026, 4, 15),
        "workplace_visit",
        trial.key,
        "Going well; tired in the afternoons",
        "Shorter days for two weeks",
        dt.date(2026, 4, 29),
    )
    data = dataclasses.replace(record.data, follow_ups=(visit,))
    saved = svc.save_draft(record.id, record.version, data, rules.IMPLEMENTATION)
    assert saved.data.follow_ups == (visit,)
    concerned = [m for m in saved.data.measures if m.key == saved.data.follow_ups[0].measure_key]
    assert concerned[0].description == "Work trial at K-Market Hervanta"


def test_measure_keys_survive_reordering_and_new_measures(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    record = svc.save_draft(record.id, record.version, _full(counsellor_id), rules.PLAN)
    first, second = record.data.measures
    data = dataclasses.replace(
        record.data, measures=(second, Measure("education", "Hygiene passport"), first)
    )
    saved = svc.save_draft(record.id, record.version, data, rules.PLAN)
    assert [m.key for m in saved.data.measures] == [2, 3, 1]


def test_phase_five_evaluation_and_completion(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    record = svc.save_draft(record.id, record.version, _full(counsellor_id), rules.EVALUATION)
    data = record.data
    measures = tuple(
        dataclasses.replace(m, status="done", evaluation="Went well") for m in data.measures
    )
    goals = tuple(dataclasses.replace(g, achieved="Achieved") for g in data.goals)
    data = dataclasses.replace(
        data,
        measures=measures,
        goals=goals,
        outcome="open_labour_market",
        evaluation_summary="Found part-time work",
        next_steps="Check-in call after three months",
        next_steps_on=dt.date(2026, 10, 1),
        ended_on=dt.date(2026, 7, 15),
    )
    done = svc.complete_process(record.id, record.version, data, actor="Liisa")
    assert done.status == "completed"
    assert done.data.measures[0].evaluation == "Went well"
    assert done.data.goals[1].achieved == "Achieved"
    assert svc.open_process_of(client_id) is None
    period = client_svc.list_services(client_id)[0]
    assert period.ended_on == dt.date(2026, 7, 15)
    assert client_svc.timeline(client_id)[0].kind == "guidance_completed"
    # A completed process is history: no more drafts over it.
    with pytest.raises(ValidationFailed):
        svc.save_draft(done.id, done.version, data, rules.EVALUATION)


def test_completion_refused_while_a_phase_is_incomplete(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    data = dataclasses.replace(_full(counsellor_id), goals=(), outcome="education")
    with pytest.raises(ValidationFailed) as caught:
        svc.complete_process(record.id, record.version, data)
    found = {(f.params["phase"], f.field) for f in caught.value.findings}
    assert found == {(rules.GOALS, "goals"), (rules.EVALUATION, "ended_on")}
    # Nothing was saved.
    assert svc.get_process(record.id).data.education == ""
    assert svc.get_process(record.id).status == "draft"


def test_resume_returns_everything_and_the_page(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    data = dataclasses.replace(
        _full(counsellor_id),
        referrals=(
            Referral("debt_counselling", dt.date(2026, 3, 5), "Debts", "made", rules.SITUATION),
        ),
    )
    svc.save_draft(record.id, record.version, data, rules.IMPLEMENTATION)
    resumed = svc.open_process_of(client_id)
    assert resumed.id == record.id
    assert resumed.current_phase == rules.IMPLEMENTATION
    expected_measures = tuple(
        dataclasses.replace(m, key=n) for n, m in enumerate(data.measures, start=1)
    )
    assert resumed.data == dataclasses.replace(data, measures=expected_measures)


def test_referrals_from_any_phase(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    referrals = (
        Referral("mental_health_substance_abuse", dt.date(2026, 3, 3), "Sleep", "proposed", 0),
        Referral("kela", dt.date(2026, 4, 3), "Rehabilitation", "realised", 3),
    )
    data = dataclasses.replace(_situation(counsellor_id), referrals=referrals)
    saved = svc.save_draft(record.id, record.version, data, rules.IMPLEMENTATION)
    assert saved.data.referrals == referrals


def test_unknown_codes_are_refused(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    data = dataclasses.replace(_situation(counsellor_id), measures=(Measure("circus"),))
    with pytest.raises(ValidationFailed):
        svc.save_draft(record.id, record.version, data, rules.PLAN)
    assert GuidanceMeasure.select().count() == 0


def test_a_second_workstation_does_not_overwrite(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    svc.save_draft(record.id, record.version, _situation(counsellor_id), rules.GOALS)
    with pytest.raises(ConcurrentEdit):
        svc.save_draft(record.id, record.version, GuidanceData(), rules.SITUATION)
    assert svc.get_process(record.id).data.education.startswith("Vocational")


def test_interrupt_needs_a_reason(client_id, counsellor_id):
    record = svc.start_process(client_id, counsellor_id, START)
    with pytest.raises(ValidationFailed) as caught:
        svc.interrupt_process(record.id, record.version, "  ")
    assert [f.field for f in caught.value.findings] == ["interrupted_reason"]
    done = svc.interrupt_process(record.id, record.version, "Moved to Oulu", dt.date(2026, 4, 1))
    assert done.status == "interrupted"
    assert done.interrupted_reason == "Moved to Oulu"
    assert client_svc.list_services(client_id)[0].ended_on == dt.date(2026, 4, 1)


def test_history_in_order_and_a_new_process_after(client_id, counsellor_id):
    first = svc.start_process(client_id, counsellor_id, START)
    svc.interrupt_process(first.id, first.version, "Illness", dt.date(2026, 3, 20))
    second = svc.start_process(client_id, counsellor_id, dt.date(2026, 9, 1))
    history = svc.list_processes(client_id)
    assert [(p.id, p.status) for p in history] == [(first.id, "interrupted"), (second.id, "draft")]


def test_unfinished_drafts_for_a_user(client_id, counsellor_id):
    other = StaffUser.create(username="o", display_name="Olli", role="counsellor").id
    mine = svc.start_process(client_id, counsellor_id, START)
    bertil = client_svc.create_client(ClientData(first_name="Bertil", last_name="Ek")).id
    theirs = svc.start_process(bertil, other, START)
    done_client = client_svc.create_client(ClientData(first_name="Cecilia", last_name="Lund")).id
    done = svc.start_process(done_client, counsellor_id, START)
    svc.interrupt_process(done.id, done.version, "No longer needed")
    assert [p.id for p in svc.unfinished_drafts(counsellor_id)] == [mine.id]
    assert {p.id for p in svc.unfinished_drafts()} == {mine.id, theirs.id}
    assert svc.unfinished_drafts(counsellor_id)[0].client_name == "Virtanen, Anna"


def test_closed_client_cannot_start(client_id, counsellor_id):
    record = client_svc.get_client(client_id)
    client_svc.close_client(client_id, record.version, dt.date(2026, 1, 1), "moved_away")
    with pytest.raises(ValidationFailed):
        svc.start_process(client_id, counsellor_id, START)
    assert GuidanceProcess.select().count() == 0


def test_demo_data_has_a_process_for_each_guidance_period(db):
    from tyollistamo_gui.services.demo import fill_demo
    from tyollistamo_gui.storage.models import ClientService

    fill_demo(400, seed=5, today=dt.date(2026, 6, 1))
    periods = ClientService.select().where(ClientService.kind == "guidance")
    open_clients = {p.client_id for p in periods if p.ended_on is None}
    drafts = svc.unfinished_drafts()
    assert {d.client_id for d in drafts} == open_clients
    assert len(drafts) == len(open_clients)  # one open process per client
    completed = GuidanceProcess.select().where(GuidanceProcess.status == "completed").count()
    assert completed == sum(1 for p in periods if p.ended_on is not None)
    # What the demo made reads back and passes the same rules as typed data.
    for summary in drafts[:50]:
        record = svc.get_process(summary.id)
        assert record.status == rules.status_for(record.data)
    new = svc.start_process(
        client_svc.create_client(ClientData(first_name="Uusi", last_name="Asiakas")).id
    )
    assert new.id == GuidanceProcess.select().count()


def test_unfinished_drafts_page_through_a_long_list(client_id, counsellor_id):
    ids = [svc.start_process(client_id, counsellor_id, START).id]
    for n in range(4):
        other = client_svc.create_client(ClientData(first_name=f"E{n}", last_name="Suku")).id
        ids.append(svc.start_process(other, counsellor_id, START).id)
    assert svc.count_unfinished_drafts() == svc.count_unfinished_drafts(counsellor_id) == 5
    first = svc.unfinished_drafts(None, 0, 2)
    rest = svc.unfinished_drafts(None, 2, 10)
    assert [p.id for p in first + rest] == list(reversed(ids))


def test_today_lists_drafts_and_plan_reviews_of_the_user(client_id, counsellor_id):
    from tyollistamo_gui.services import today

    monday = dt.date(2026, 6, 1)
    other = StaffUser.create(username="o", display_name="Olli", role="counsellor").id
    record = svc.start_process(client_id, counsellor_id, START)
    data = dataclasses.replace(_full(counsellor_id), next_review_on=dt.date(2026, 6, 5))
    svc.save_draft(record.id, record.version, data, rules.IMPLEMENTATION)
    bertil = client_svc.create_client(ClientData(first_name="Bertil", last_name="Ek")).id
    svc.start_process(bertil, other, START)

    sections = {s.key: s for s in today.today_sections(today.TodayQuery(counsellor_id, monday))}
    # Anna's plan is agreed (the process is in progress): no longer an unfinished draft.
    assert svc.get_process(record.id).status == "in_progress"
    assert sections["guidance_drafts"].items == ()
    reviews = sections["guidance_reviews"]
    assert [(i.what, i.due, i.tab) for i in reviews.items] == [
        ("guidance_review", dt.date(2026, 6, 5), "guidance")
    ]
    everyone = {s.key: s for s in today.today_sections(today.TodayQuery(None, monday))}
    drafts = everyone["guidance_drafts"]
    assert drafts.total == 1
    assert [(i.client_name, i.what, i.tab, i.params["phase"]) for i in drafts.items] == [
        ("Ek, Bertil", "guidance_draft", "guidance", rules.SITUATION)
    ]
    # A review next week is not due yet; one still open after its date stays listed.
    earlier = {s.key: s for s in today.today_sections(today.TodayQuery(counsellor_id, START))}
    assert earlier["guidance_reviews"].items == ()
    later = {
        s.key: s for s in today.today_sections(today.TodayQuery(counsellor_id, dt.date(2026, 7, 1)))
    }
    assert len(later["guidance_reviews"].items) == 1
