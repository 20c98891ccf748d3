"""Checks of work trials, wage subsidies and rehabilitative work against the law."""

import dataclasses
import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tyollistamo_gui.domain.findings import Severity
from tyollistamo_gui.domain.rules import RuleBook
from tyollistamo_gui.domain.supported import (
    Absence,
    Attendance,
    EarlierSubsidy,
    Period,
    RehabContext,
    RehabWork,
    WageSubsidy,
    WageSubsidyContext,
    WorkTrial,
    WorkTrialContext,
    add_months,
    attendance_problem,
    check_rehab_work,
    check_wage_subsidy,
    check_work_trial,
    longest_absence_run,
    max_days_in_any_12_months,
    month_summary,
    months_and_days,
    state_of,
    total_months,
)

RULES = RuleBook()
D = dt.date
days = st.dates(min_value=D(2025, 1, 1), max_value=D(2035, 12, 31))


def codes(findings, field=None):
    return {f.code for f in findings if field is None or f.field == field}


# -- dates ------------------------------------------------------------------------------------


@given(days, st.integers(min_value=1, max_value=60))
def test_whole_months_measure_exactly(start, months):
    assert months_and_days(start, add_months(start, months) - dt.timedelta(days=1)) == (months, 0)


@given(days, st.integers(min_value=1, max_value=400), st.integers(min_value=0, max_value=400))
def test_split_period_measures_as_the_whole(start, first, second):
    middle = start + dt.timedelta(days=first)
    end = middle + dt.timedelta(days=second)
    whole = months_and_days(start, end)
    assert (
        total_months([Period(start, middle - dt.timedelta(days=1)), Period(middle, end)]) == whole
    )


def test_month_end_counting():
    assert months_and_days(D(2025, 1, 1), D(2025, 3, 31)) == (3, 0)
    # From the 31st, a month ends at the end of a shorter month.
    assert months_and_days(D(2025, 1, 31), D(2025, 2, 27)) == (1, 0)
    assert months_and_days(D(2025, 1, 15), D(2025, 2, 13)) == (0, 30)
    assert months_and_days(D(2025, 1, 1), D(2025, 1, 1)) == (0, 1)


# -- work trial -------------------------------------------------------------------------------

TRIAL = WorkTrial(
    organiser_kind="employer",
    employer_id=1,
    workplace="Kierrätyskeskus",
    goals="Selvittää soveltuvuus",
    tasks="Lajittelu",
    supervisor_name="Ville Valvoja",
    start=D(2025, 5, 1),
    end=D(2025, 7, 31),
    hours_per_day=Decimal("6"),
    daily_timing="8.00-14.00",
    weekdays="12345",
    plan_date=D(2025, 4, 1),
    authority_name="Turun työllisyysalue",
)
CONTEXT = WorkTrialContext(organiser_business_id="2129026-2")


def test_a_complete_trial_passes():
    assert check_work_trial(TRIAL, CONTEXT, RULES) == []


def test_six_months_to_the_day_across_two_organisers():
    earlier = WorkTrialContext(
        organiser_business_id="2129026-2", earlier_trials=(Period(D(2025, 1, 1), D(2025, 3, 31)),)
    )
    assert "work_trial.total_months" not in codes(check_work_trial(TRIAL, earlier, RULES))
    one_day_more = dataclasses.replace(TRIAL, end=D(2025, 8, 1))
    found = [
        f
        for f in check_work_trial(one_day_more, earlier, RULES)
        if f.code == "work_trial.total_months"
    ]
    assert len(found) == 1
    assert found[0].params["value"] == 6 and found[0].params["days"] == 1
    assert found[0].params["limit"] == 6 and found[0].section == "380/2023 55 §"
    assert found[0].severity is Severity.ERROR


def test_limit_starts_again_after_twelve_months_unemployed():
    trial = dataclasses.replace(TRIAL, start=D(2026, 4, 1), end=D(2026, 9, 30))
    earlier = (Period(D(2025, 1, 1), D(2025, 3, 31)),)
    gap_short = WorkTrialContext(
        birth_date=D(1980, 1, 1),
        unemployed_since=D(2024, 1, 1),
        earlier_trials=earlier,
        organiser_business_id="2129026-2",
    )
    assert "work_trial.total_months" not in codes(check_work_trial(trial, gap_short, RULES))
    # Eleven months and a day between: the earlier three months still count.
    trial = dataclasses.replace(trial, start=D(2026, 3, 31))
    assert "work_trial.total_months" in codes(check_work_trial(trial, gap_short, RULES))
    # Not unemployed all through the gap: no fresh start.
    trial = dataclasses.replace(trial, start=D(2026, 4, 1))
    worked = dataclasses.replace(gap_short, unemployed_since=D(2025, 6, 1))
    assert "work_trial.total_months" in codes(check_work_trial(trial, worked, RULES))


def test_three_months_is_enough_under_25():
    earlier = (Period(D(2025, 1, 1), D(2025, 3, 31)),)
    trial = dataclasses.replace(TRIAL, start=D(2025, 7, 1), end=D(2025, 12, 31))
    young = WorkTrialContext(
        birth_date=D(2002, 1, 1),
        unemployed_since=D(2024, 1, 1),
        earlier_trials=earlier,
        organiser_business_id="2129026-2",
    )
    assert "work_trial.total_months" not in codes(check_work_trial(trial, young, RULES))
    older = dataclasses.replace(young, birth_date=D(1990, 1, 1))
    assert "work_trial.total_months" in codes(check_work_trial(trial, older, RULES))


def test_four_and_eight_hours_a_day_are_the_bounds():
    for hours, expected in (("3.75", "hours_per_day.min"), ("8.25", "hours_per_day.max")):
        trial = dataclasses.replace(TRIAL, hours_per_day=Decimal(hours))
        found = [f for f in check_work_trial(trial, CONTEXT, RULES) if f.field == "hours_per_day"]
        assert [f.code for f in found] == [expected]
    for hours in ("4", "8"):
        trial = dataclasses.replace(TRIAL, hours_per_day=Decimal(hours))
        assert check_work_trial(trial, CONTEXT, RULES) == []


@given(st.decimals(min_value=Decimal("0.25"), max_value=Decimal("24"), places=2))
def test_hours_per_day_blocked_exactly_outside_four_to_eight(hours):
    trial = dataclasses.replace(TRIAL, hours_per_day=hours)
    blocked = bool(codes(check_work_trial(trial, CONTEXT, RULES), "hours_per_day"))
    assert blocked == (hours < 4 or hours > 8)


def test_five_days_a_week_but_not_six():
    assert check_work_trial(dataclasses.replace(TRIAL, weekdays="12345"), CONTEXT, RULES) == []
    found = check_work_trial(dataclasses.replace(TRIAL, weekdays="123456"), CONTEXT, RULES)
    assert codes(found) == {"days_per_week.max"}
    assert found[0].params == {
        "limit": 5,
        "value": 6,
        "rule": "work_trial.max_days_per_week",
    }


def test_no_start_before_the_plan_and_a_fixed_end():
    early = dataclasses.replace(TRIAL, start=D(2025, 3, 31), end=None)
    found = check_work_trial(early, CONTEXT, RULES)
    assert "work_trial.before_plan" in codes(found, "start")
    assert "required" in codes(found, "end")


def test_never_the_clients_current_employer():
    context = dataclasses.replace(CONTEXT, current_employer_ids=frozenset({1}))
    assert "work_trial.current_employer" in codes(check_work_trial(TRIAL, context, RULES))


def test_organiser_needs_a_valid_business_id():
    context = dataclasses.replace(CONTEXT, organiser_business_id="1234567-2")
    assert "work_trial.organiser_business_id" in codes(check_work_trial(TRIAL, context, RULES))
    unit = dataclasses.replace(TRIAL, organiser_kind="unit", employer_id=None)
    assert check_work_trial(unit, CONTEXT, RULES) == []


def test_five_unauthorised_days_in_a_row_warn():
    # Thu 1.5. .. Wed 7.5.: Thu, Fri, Mon, Tue = 4 scheduled days; the weekend does not break it.
    four = [Absence(D(2025, 5, d)) for d in (1, 2, 5, 6)]
    assert longest_absence_run(TRIAL.start, TRIAL.end, "12345", four) == 4
    context = dataclasses.replace(CONTEXT, absences=tuple(four))
    assert check_work_trial(TRIAL, context, RULES) == []
    five = (*four, Absence(D(2025, 5, 7)))
    context = dataclasses.replace(CONTEXT, absences=five)
    found = check_work_trial(TRIAL, context, RULES)
    assert codes(found) == {"work_trial.absence_run"}
    assert found[0].severity is Severity.WARNING and found[0].section == "380/2023 59 §"
    # An authorised absence or an attended day in between breaks the run.
    broken = (*four[:2], Absence(D(2025, 5, 5), authorised=True), *five[3:])
    assert longest_absence_run(TRIAL.start, TRIAL.end, "12345", broken) == 2


# -- wage subsidy -----------------------------------------------------------------------------

SUBSIDY = WageSubsidy(
    employer_id=7,
    start=D(2025, 3, 1),
    trial_months=2,
    fixed_term=True,
    end=D(2025, 12, 31),
    fixed_term_ground="Palkkatuettu työ",
    place_of_work="Verstas",
    duties="Puutyöt",
    pay_amount=Decimal("2100"),
    pay_days="15. päivä",
    hours_per_week=Decimal("37.5"),
    decision_number="PT-1",
    decision_date=D(2025, 2, 20),
    track="skills",
    subsidy_percent=Decimal("50"),
    subsidy_start=D(2025, 3, 1),
    subsidy_end=D(2025, 7, 31),
    monthly_cap=Decimal("1260"),
    grantor="Turun työllisyysalue",
)
SUB_CONTEXT = WageSubsidyContext(
    birth_date=D(1980, 5, 5), employer_kind="company", employer_business_id="2129026-2"
)


def test_a_complete_subsidy_passes():
    assert check_wage_subsidy(SUBSIDY, SUB_CONTEXT, RULES) == []


def test_fifty_percent_track_is_five_or_ten_months():
    longer = dataclasses.replace(SUBSIDY, subsidy_end=D(2025, 8, 1))
    found = [
        f for f in check_wage_subsidy(longer, SUB_CONTEXT, RULES) if f.code == "wage_subsidy.months"
    ]
    assert found and found[0].params["limit"] == 5
    longer = dataclasses.replace(
        SUBSIDY, subsidy_end=D(2025, 12, 31), unemployment_condition_met=True
    )
    assert check_wage_subsidy(longer, SUB_CONTEXT, RULES) == []


def test_rate_and_cap_must_match_the_track():
    wrong = dataclasses.replace(SUBSIDY, subsidy_percent=Decimal("70"), monthly_cap=Decimal("2000"))
    assert codes(check_wage_subsidy(wrong, SUB_CONTEXT, RULES)) == {
        "wage_subsidy.rate",
        "wage_subsidy.cap",
    }


def test_municipality_only_on_seventy_and_sixty_plus():
    municipal = dataclasses.replace(SUB_CONTEXT, employer_kind="municipality")
    assert "wage_subsidy.municipality_track" in codes(check_wage_subsidy(SUBSIDY, municipal, RULES))
    seventy = dataclasses.replace(
        SUBSIDY, track="reduced_ability", subsidy_percent=Decimal("70"), monthly_cap=Decimal("2770")
    )
    assert check_wage_subsidy(seventy, municipal, RULES) == []


def test_not_before_the_decision():
    early = dataclasses.replace(SUBSIDY, decision_date=D(2025, 3, 2))
    assert "wage_subsidy.before_decision" in codes(check_wage_subsidy(early, SUB_CONTEXT, RULES))


def test_three_year_rehire_bar_to_the_day():
    earlier = EarlierSubsidy(7, "skills", Period(D(2022, 1, 1), D(2022, 2, 28)), None)
    context = dataclasses.replace(SUB_CONTEXT, earlier=(earlier,))
    # Three years after 28.2.2022 is 28.2.2025; the subsidy may start on 1.3.2025.
    assert check_wage_subsidy(SUBSIDY, context, RULES) == []
    one_day_early = dataclasses.replace(
        SUBSIDY,
        start=D(2025, 2, 28),
        subsidy_start=D(2025, 2, 28),
        subsidy_end=D(2025, 7, 27),
        decision_date=D(2025, 2, 1),
    )
    found = [
        f
        for f in check_wage_subsidy(one_day_early, context, RULES)
        if f.code.startswith("wage_subsidy.rehire")
    ]
    assert len(found) == 1 and found[0].params["limit"] == 3
    other_employer = dataclasses.replace(earlier, employer_id=8)
    context = dataclasses.replace(SUB_CONTEXT, earlier=(other_employer,))
    assert check_wage_subsidy(one_day_early, context, RULES) == []
    # The 70 % track has no bar.
    seventy = dataclasses.replace(
        one_day_early,
        track="reduced_ability",
        subsidy_percent=Decimal("70"),
        monthly_cap=Decimal("2770"),
    )
    context = dataclasses.replace(SUB_CONTEXT, earlier=(earlier,))
    assert check_wage_subsidy(seventy, context, RULES) == []


def test_subsidy_within_the_contract():
    outside = dataclasses.replace(SUBSIDY, end=D(2025, 6, 30), trial_months=1)
    assert "wage_subsidy.outside_contract" in codes(check_wage_subsidy(outside, SUB_CONTEXT, RULES))


def test_trial_period_six_months_and_half_of_a_fixed_term():
    open_ended = dataclasses.replace(SUBSIDY, fixed_term=False, end=None, fixed_term_ground="")
    assert (
        check_wage_subsidy(dataclasses.replace(open_ended, trial_months=6), SUB_CONTEXT, RULES)
        == []
    )
    assert codes(
        check_wage_subsidy(dataclasses.replace(open_ended, trial_months=7), SUB_CONTEXT, RULES)
    ) == {"contract.trial_months"}
    # A ten-month term (1.3.-31.12.) allows five months of trial, not six.
    assert (
        check_wage_subsidy(dataclasses.replace(SUBSIDY, trial_months=5), SUB_CONTEXT, RULES) == []
    )
    assert codes(
        check_wage_subsidy(dataclasses.replace(SUBSIDY, trial_months=6), SUB_CONTEXT, RULES)
    ) == {"contract.trial_share"}


def test_fixed_term_needs_a_ground_unless_1_3_a():
    bare = dataclasses.replace(SUBSIDY, fixed_term_ground="")
    assert codes(check_wage_subsidy(bare, SUB_CONTEXT, RULES)) == {"contract.fixed_term_ground"}
    long_term = dataclasses.replace(bare, long_term_unemployed_contract=True)
    unemployed = dataclasses.replace(SUB_CONTEXT, unemployed_since=D(2024, 3, 1))
    assert check_wage_subsidy(long_term, unemployed, RULES) == []


def test_1_3_a_needs_twelve_months_unemployed_to_the_day():
    contract = dataclasses.replace(
        SUBSIDY, fixed_term_ground="", long_term_unemployed_contract=True
    )
    short = dataclasses.replace(SUB_CONTEXT, unemployed_since=D(2024, 3, 2))
    found = check_wage_subsidy(contract, short, RULES)
    assert codes(found) == {"contract.long_term_unemployment"}
    assert found[0].params["value"] == 11 and found[0].section == "TSL 55/2001 1:3 a"


def test_1_3_a_at_most_a_year_and_three_contracts():
    unemployed = dataclasses.replace(SUB_CONTEXT, unemployed_since=D(2023, 1, 1))
    contract = dataclasses.replace(
        SUBSIDY, fixed_term_ground="", long_term_unemployed_contract=True, end=D(2026, 2, 28)
    )
    assert check_wage_subsidy(contract, unemployed, RULES) == []
    too_long = dataclasses.replace(contract, end=D(2026, 3, 1))
    assert "contract.long_term_length" in codes(check_wage_subsidy(too_long, unemployed, RULES))
    earlier = tuple(
        EarlierSubsidy(7, "skills", None, Period(D(2025, 1, 1), D(2025, 1, 31)), True)
        for _ in range(2)
    )
    third = dataclasses.replace(unemployed, earlier=earlier)
    assert "contract.long_term_contracts" not in codes(check_wage_subsidy(contract, third, RULES))
    fourth = dataclasses.replace(unemployed, earlier=(*earlier, earlier[0]))
    assert "contract.long_term_contracts" in codes(check_wage_subsidy(contract, fourth, RULES))


def test_association_track_conditions():
    hundred = dataclasses.replace(
        SUBSIDY,
        track="association",
        subsidy_percent=Decimal("100"),
        monthly_cap=Decimal("2020"),
        working_time_percent=Decimal("66"),
    )
    found = codes(check_wage_subsidy(hundred, SUB_CONTEXT, RULES))
    assert {
        "wage_subsidy.association_employer",
        "wage_subsidy.non_business",
        "wage_subsidy.unemployment_condition",
        "wage_subsidy.working_time",
    } <= found
    fine = dataclasses.replace(
        hundred,
        working_time_percent=Decimal("65"),
        non_business_work=True,
        unemployment_condition_met=True,
    )
    association = dataclasses.replace(SUB_CONTEXT, employer_kind="association")
    assert check_wage_subsidy(fine, association, RULES) == []


def test_sixty_plus_track_rate_is_only_a_warning():
    older = dataclasses.replace(SUB_CONTEXT, birth_date=D(1964, 1, 1))
    sixty = dataclasses.replace(
        SUBSIDY,
        track="age_60",
        subsidy_percent=Decimal("40"),
        unemployment_condition_met=True,
        subsidy_end=D(2025, 12, 31),
    )
    found = check_wage_subsidy(sixty, older, RULES)
    assert [(f.code, f.severity) for f in found] == [("wage_subsidy.rate", Severity.WARNING)]
    young = dataclasses.replace(SUB_CONTEXT, birth_date=D(1970, 1, 1))
    assert "wage_subsidy.age" in codes(check_wage_subsidy(sixty, young, RULES))


# -- rehabilitative work ----------------------------------------------------------------------

REHAB = RehabWork(
    county_name="Varsinais-Suomen hyvinvointialue",
    decision_number="KTT-5",
    decision_date=D(2025, 1, 15),
    plan_date=D(2025, 1, 10),
    plan_reference="AS-2025-1",
    goal="Arjen rytmi",
    place="Verstas",
    supervisor_name="Outi Ohjaaja",
    start=D(2025, 2, 1),
    end=D(2025, 7, 31),
    hours_per_day=Decimal("5"),
    weekdays="124",
    support="Viikoittainen ohjauskeskustelu",
    evaluation_date=D(2025, 5, 1),
    follow_up_date=D(2025, 7, 15),
)
ELIGIBLE = RehabContext(benefit_status="labour_market_subsidy")


def test_a_complete_rehab_passes():
    assert check_rehab_work(REHAB, ELIGIBLE, RULES) == []
    assert check_rehab_work(REHAB, RehabContext("social_assistance"), RULES) == []


def test_eligibility_by_benefit_status():
    found = check_rehab_work(REHAB, RehabContext("earnings_related"), RULES)
    assert codes(found) == {"rehab.eligibility"}
    assert found[0].params["benefit_status"] == "earnings_related" and found[0].blocks


def test_period_three_to_twenty_four_months():
    for end, expected in (
        (D(2025, 4, 30), set()),
        (D(2025, 4, 29), {"rehab.period.min"}),
        (D(2027, 1, 31), set()),
        (D(2027, 2, 1), {"rehab.period.max"}),
    ):
        work = dataclasses.replace(REHAB, end=end, evaluation_date=None, follow_up_date=end)
        assert codes(check_rehab_work(work, ELIGIBLE, RULES)) - {"required"} == expected, end


@given(st.sets(st.integers(min_value=1, max_value=7)))
def test_one_to_four_days_a_week(weekdays):
    work = dataclasses.replace(REHAB, weekdays="".join(map(str, sorted(weekdays))))
    found = codes(check_rehab_work(work, ELIGIBLE, RULES), "weekdays")
    assert bool(found) == (not 1 <= len(weekdays) <= 4)


def test_four_to_eight_hours_a_day():
    assert codes(
        check_rehab_work(dataclasses.replace(REHAB, hours_per_day=Decimal("3.5")), ELIGIBLE, RULES)
    ) == {"hours_per_day.min"}
    assert (
        check_rehab_work(dataclasses.replace(REHAB, hours_per_day=Decimal("8")), ELIGIBLE, RULES)
        == []
    )
    assert codes(
        check_rehab_work(dataclasses.replace(REHAB, hours_per_day=Decimal("8.5")), ELIGIBLE, RULES)
    ) == {"hours_per_day.max"}


def _weekdays_from(start, count):
    found, day = [], start
    while len(found) < count:
        if day.isoweekday() <= 4:
            found.append(day)
        day += dt.timedelta(days=1)
    return found


def test_178_days_in_twelve_months_but_not_179():
    attended = _weekdays_from(D(2025, 2, 3), 178)
    assert attended[-1] < D(2026, 2, 3)
    assert (
        check_rehab_work(REHAB, RehabContext("labour_market_subsidy", tuple(attended)), RULES) == []
    )
    next_day = _weekdays_from(attended[-1] + dt.timedelta(days=1), 1)[0]
    work = dataclasses.replace(REHAB, end=D(2026, 1, 31))
    problem = attendance_problem(next_day, work, attended, RULES)
    assert problem is not None and problem.code == "rehab.days_per_year"
    assert problem.params["value"] == 179 and problem.params["limit"] == 178
    assert problem.section == "189/2001 14 §"
    assert (
        attendance_problem(
            attended[-1] + dt.timedelta(days=400),
            dataclasses.replace(REHAB, end=D(2027, 12, 31)),
            attended,
            RULES,
        )
        is None
    )
    found = check_rehab_work(
        REHAB, RehabContext("labour_market_subsidy", (*attended, next_day)), RULES
    )
    assert codes(found) == {"rehab.days_per_year"}


@given(st.sets(st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 12, 31)), max_size=60))
def test_window_count_matches_brute_force(dates):
    best = 0
    for day in dates:
        low = add_months(day, -12)
        best = max(best, sum(1 for d in dates if low < d <= day))
    assert max_days_in_any_12_months(dates)[0] == best


def test_month_summary_adds_allowance_and_travel():
    entries = [
        Attendance(D(2025, 3, 3), "present", Decimal("4.20")),
        Attendance(D(2025, 3, 4), "absent_excused"),
        Attendance(D(2025, 3, 5), "present", Decimal("4.20")),
        Attendance(D(2025, 3, 6), "absent"),
        Attendance(D(2025, 4, 1), "present"),
    ]
    summary = month_summary(entries, 2025, 3, Decimal("9.00"))
    assert (summary.present, summary.absent_excused, summary.absent) == (2, 1, 1)
    assert summary.allowance == Decimal("18.00") and summary.travel == Decimal("8.40")


def test_states():
    today = D(2025, 6, 1)
    assert state_of("draft", D(2025, 1, 1), None, today) == "draft"
    assert state_of("signed", D(2025, 5, 31), None, today) == "ended"
    assert state_of("printed", D(2025, 6, 1), None, today) == "printed"
    assert state_of("signed", D(2025, 12, 1), D(2025, 5, 1), today) == "ended"
