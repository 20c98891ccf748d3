"""Supported work: work trials, wage-subsidised employment and rehabilitative work activity.

The three arrangements as plain data and the checks of DOMAIN.md §1.1-1.3. A
check takes the arrangement, what is known of the client and of their earlier
arrangements (a ``...Context``) and the rules in force (``rules.RuleBook``),
and returns findings; it never reads a database.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .findings import Finding, Severity
from .identifiers import check_business_id, normalize_business_id, validate_business_id
from .rules import RuleBook, breach

KINDS = ("work_trial", "wage_subsidy", "rehab_work")
# draft: being written; printed: an agreement was printed and awaits signatures;
# signed: the parties have signed; ended: over (by its end date or ended early).
STATES = ("draft", "printed", "signed", "ended")
BENEFIT_PAYERS = ("kela", "fund")
ORGANISER_KINDS = ("employer", "unit")
SUBSIDY_TRACKS = ("skills", "reduced_ability", "association", "age_60")
PAY_BASES = ("time", "performance", "other")
PAY_PERIODS = ("month", "two_weeks", "week")
ATTENDANCE = ("present", "absent_excused", "absent")
# Who may receive a wage subsidy on which track (380/2023 83 § 1 mom, 88 §).
MUNICIPAL_KINDS = ("municipality",)
STATE_KINDS = ("state",)
ASSOCIATION_KINDS = ("association", "foundation", "religious_community")
# Benefit statuses that make a client eligible for rehabilitative work (189/2001 1 §).
REHAB_BENEFITS = ("labour_market_subsidy", "social_assistance")
ONE_DAY = dt.timedelta(days=1)


# -- dates ------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day where that day does not exist."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def months_and_days(start: dt.date, end: dt.date) -> tuple[int, int]:
    """Length of the period ``start``..``end`` (inclusive) in whole months and days.

    1.1.-31.3. is (3, 0): a month is counted from a day to the day before the same
    day of the next month.
    """
    after = end + ONE_DAY
    months = (after.year - start.year) * 12 + after.month - start.month
    while months > 0 and add_months(start, months) > after:
        months -= 1
    return months, (after - add_months(start, months)).days


def merge_periods(periods: Iterable[Period]) -> list[Period]:
    """Overlapping and back-to-back periods joined into one."""
    merged: list[Period] = []
    for period in sorted(periods):
        if merged and period.start <= merged[-1].end + ONE_DAY:
            if period.end > merged[-1].end:
                merged[-1] = Period(merged[-1].start, period.end)
        else:
            merged.append(period)
    return merged


DAYS_PER_MONTH = 30  # leftover days of separate periods add up to a month at 30


def total_months(periods: Iterable[Period]) -> tuple[int, int]:
    """Total length of the periods: whole months, plus days that make no whole month.

    Periods that touch are joined first so that 1.1.-15.2. and 16.2.-31.3. make
    exactly three months; the leftover days of separate periods are added up
    and every 30 of them count as a month.
    """
    merged = merge_periods(periods)
    if len(merged) == 1:
        return months_and_days(merged[0].start, merged[0].end)
    months = days = 0
    for period in merged:
        m, d = months_and_days(period.start, period.end)
        months += m
        days += d
    months += days // DAYS_PER_MONTH
    return months, days % DAYS_PER_MONTH


def age_on(birth_date: dt.date, day: dt.date) -> int:
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def weekday_set(weekdays: str) -> frozenset[int]:
    """``"135"`` (ISO weekdays, Monday = 1) as a set of numbers."""
    return frozenset(int(c) for c in weekdays if c in "1234567")


# -- the arrangements -------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkTrial:
    """A work-trial agreement (työkokeilusopimus, 380/2023 57 §)."""

    organiser_kind: str = "employer"  # an employer, or the unit itself
    employer_id: int | None = None
    workplace: str = ""
    workplace_address: str = ""
    goals: str = ""
    tasks: str = ""
    supervisor_name: str = ""
    supervisor_phone: str = ""
    supervisor_email: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    hours_per_day: Decimal | None = None
    daily_timing: str = ""
    weekdays: str = "12345"
    benefit_payer: str = "kela"
    fund_name: str = ""
    plan_date: dt.date | None = None
    plan_reference: str = ""
    authority_name: str = ""
    authority_contact: str = ""
    authority_decision_date: dt.date | None = None
    outside_commuting_area: bool = False
    extra_terms: str = ""
    assessment: str = ""
    language: str = ""
    # The guidance process whose employment plan the agreement refers to (None: typed in).
    plan_process_id: int | None = None

    @property
    def days_per_week(self) -> int:
        return len(weekday_set(self.weekdays))

    @property
    def hours_per_week(self) -> Decimal | None:
        if self.hours_per_day is None:
            return None
        return self.hours_per_day * self.days_per_week


@dataclass(frozen=True)
class Absence:
    day: dt.date
    authorised: bool = False
    note: str = ""


@dataclass(frozen=True)
class Employment:
    """A job of the client's outside supported work: ``end`` None while it goes on."""

    employer_id: int | None = None
    employer_name: str = ""
    business_id: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    part_time: bool = False
    hours_per_week: Decimal | None = None
    note: str = ""


def check_employment(job: Employment) -> list[Finding]:
    """What is missing or wrong in one recorded employment, field by field."""
    findings = []
    if job.employer_id is None and not job.employer_name.strip():
        findings.append(Finding("required", "employer_name"))
    if job.business_id.strip():
        problem = check_business_id(job.business_id.strip(), "business_id")
        if problem is not None:
            findings.append(problem)
    if job.start is None:
        findings.append(Finding("required", "start"))
    elif job.end is not None and job.end < job.start:
        findings.append(Finding("date.order", "end"))
    if job.hours_per_week is not None and not Decimal(0) < job.hours_per_week <= Decimal(168):
        findings.append(Finding("hours.positive", "hours_per_week"))
    return findings


@dataclass(frozen=True)
class CurrentEmployer:
    """An employer of the client's: from a recorded employment or a wage-subsidised one."""

    employer_id: int | None
    business_id: str
    name: str
    start: dt.date
    end: dt.date | None  # None: goes on


@dataclass(frozen=True)
class WorkTrialContext:
    """What the work-trial check needs beyond the agreement itself."""

    birth_date: dt.date | None = None
    unemployed_since: dt.date | None = None
    earlier_trials: tuple[Period, ...] = ()
    organiser_business_id: str = ""
    current_employer_ids: frozenset[int] = frozenset()
    absences: tuple[Absence, ...] = ()
    employers: tuple[CurrentEmployer, ...] = ()
    # The date of the stored employment plan the agreement is linked to (None: not linked).
    stored_plan_date: dt.date | None = None


def current_employer(trial: WorkTrial, context: WorkTrialContext) -> CurrentEmployer | None:
    """The client's employer during the trial who would organise it (380/2023 54 § 2 mom).

    An employment counts when it overlaps the trial's period (from its start when
    the end is not known yet); the organiser is the same employer by the register
    or by the Business ID (the unit itself may be the client's employer).
    """
    if trial.start is None:
        return None
    last = trial.end or trial.start
    organiser_id = trial.employer_id if trial.organiser_kind == "employer" else None
    organiser_code = _business_code(context.organiser_business_id)
    for job in context.employers:
        if job.start > last or (job.end is not None and job.end < trial.start):
            continue
        same = (organiser_id is not None and job.employer_id == organiser_id) or (
            organiser_code and _business_code(job.business_id) == organiser_code
        )
        if same:
            return job
    return None


def _business_code(text: str) -> str:
    text = (text or "").strip()
    return normalize_business_id(text) if text else ""


@dataclass(frozen=True)
class WageSubsidy:
    """An employment contract (TEM model contract, DOMAIN.md §2.1) with its subsidy decision."""

    employer_id: int | None = None
    start: dt.date | None = None
    trial_months: int = 0
    fixed_term: bool = False
    end: dt.date | None = None
    fixed_term_ground: str = ""
    long_term_unemployed_contract: bool = False  # TSL 1:3 a
    place_of_work: str = ""
    duties: str = ""
    pay_basis: str = "time"
    pay_basis_other: str = ""
    pay_amount: Decimal | None = None
    pay_period: str = "month"
    pay_days: str = ""
    hours_per_day: Decimal | None = None
    hours_per_week: Decimal | None = None
    working_time_percent: Decimal | None = None
    annual_leave: str = ""
    notice_period: str = ""
    collective_agreement: str = ""
    insurance: str = ""
    other_terms: str = ""
    decision_number: str = ""
    decision_date: dt.date | None = None
    track: str = "skills"
    subsidy_percent: Decimal | None = None
    subsidy_start: dt.date | None = None
    subsidy_end: dt.date | None = None
    monthly_cap: Decimal | None = None
    grantor: str = ""
    is_extension: bool = False
    unemployment_condition_met: bool = False
    non_business_work: bool = False
    job_coach_id: int | None = None
    language: str = ""
    # The employment plan the employment refers to: the guidance process, its date, number.
    plan_process_id: int | None = None
    plan_date: dt.date | None = None
    plan_reference: str = ""


@dataclass(frozen=True)
class EarlierSubsidy:
    """A wage subsidy the same client had before, for the re-hire bar and 1:3 a count."""

    employer_id: int | None
    track: str
    subsidy: Period | None
    contract: Period | None
    long_term_unemployed_contract: bool = False


@dataclass(frozen=True)
class WageSubsidyContext:
    birth_date: dt.date | None = None
    unemployed_since: dt.date | None = None
    employer_kind: str = ""
    employer_business_id: str = ""
    earlier: tuple[EarlierSubsidy, ...] = ()
    stored_plan_date: dt.date | None = None  # of the employment plan it is linked to


@dataclass(frozen=True)
class RehabWork:
    """Rehabilitative work activity (kuntouttava työtoiminta, 189/2001) with its plan."""

    county_name: str = ""
    county_contact: str = ""
    decision_number: str = ""
    decision_date: dt.date | None = None
    plan_date: dt.date | None = None
    plan_reference: str = ""
    goal: str = ""
    place: str = ""
    place_address: str = ""
    supervisor_name: str = ""
    supervisor_phone: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    hours_per_day: Decimal | None = None
    daily_timing: str = ""
    weekdays: str = "123"
    support: str = ""
    other_services: str = ""
    evaluation_date: dt.date | None = None
    follow_up_date: dt.date | None = None
    travel_cost_per_day: Decimal | None = None
    obligations: str = ""
    language: str = ""
    # The guidance process whose employment plan gave the planned period (not the
    # activation plan, which is a document of its own: plan_date, plan_reference above).
    plan_process_id: int | None = None

    @property
    def days_per_week(self) -> int:
        return len(weekday_set(self.weekdays))

    @property
    def hours_per_week(self) -> Decimal | None:
        if self.hours_per_day is None:
            return None
        return self.hours_per_day * self.days_per_week


@dataclass(frozen=True)
class Attendance:
    day: dt.date
    status: str = "present"
    travel_cost: Decimal = Decimal("0")
    note: str = ""


@dataclass(frozen=True)
class RehabContext:
    benefit_status: str = "none"
    # Days present in any rehabilitative work of the client, this one included.
    attended_days: tuple[dt.date, ...] = field(default=())


# -- checks: common ---------------------------------------------------------------------------


def _required(data: object, names: Sequence[str]) -> list[Finding]:
    findings = []
    for name in names:
        value = getattr(data, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            findings.append(Finding("required", name))
    return findings


def _period_order(start: dt.date | None, end: dt.date | None, field: str = "end") -> list:
    if start is not None and end is not None and end < start:
        return [Finding("date.order", field)]
    return []


def _hours_per_day(
    hours: Decimal | None, rules: RuleBook, on: dt.date | None, prefix: str
) -> list[Finding]:
    if hours is None:
        return []
    if hours <= 0:
        return [Finding("hours.positive", "hours_per_day")]
    low = rules.rule(f"{prefix}.min_hours_per_day", on)
    high = rules.rule(f"{prefix}.max_hours_per_day", on)
    if hours < low.value:
        return [breach("hours_per_day.min", "hours_per_day", low, hours)]
    if hours > high.value:
        return [breach("hours_per_day.max", "hours_per_day", high, hours)]
    return []


# -- checks: work trial -----------------------------------------------------------------------


def work_trial_months_used(
    trial: WorkTrial, context: WorkTrialContext, rules: RuleBook
) -> tuple[int, int]:
    """Months and days of work trial that count toward the limit, this trial included.

    The count starts again after a gap between trials of at least 12 months (3 for
    a client under 25 at this trial's start) in which the client was continuously
    unemployed, known from the start of the current unemployment (380/2023 55 §).
    """
    assert trial.start is not None and trial.end is not None
    on = trial.start
    reset = int(rules.value("work_trial.reset_unemployed_months", on))
    if context.birth_date is not None and age_on(context.birth_date, on) < int(
        rules.value("work_trial.young_age_limit", on)
    ):
        reset = int(rules.value("work_trial.reset_unemployed_months_young", on))
    periods = [p for p in context.earlier_trials if p.start < trial.start]
    merged = merge_periods([*periods, Period(trial.start, trial.end)])
    counted = merged
    for index in range(len(merged) - 1):
        gap_from = merged[index].end + ONE_DAY
        gap_to = merged[index + 1].start
        unemployed_through = (
            context.unemployed_since is not None and context.unemployed_since <= gap_from
        )
        if unemployed_through and add_months(gap_from, reset) <= gap_to:
            counted = merged[index + 1 :]
    return total_months(counted)


def longest_absence_run(
    start: dt.date, end: dt.date, weekdays: str, absences: Iterable[Absence]
) -> int:
    """The most scheduled days in a row with an unauthorised absence (others break a run)."""
    unauthorised = {a.day for a in absences if not a.authorised}
    if not unauthorised:
        return 0
    scheduled = weekday_set(weekdays)
    run = longest = 0
    day = start
    last = min(end, max(unauthorised))
    while day <= last:
        if day in unauthorised:
            run += 1
            longest = max(longest, run)
        elif day.isoweekday() in scheduled:
            run = 0
        day += ONE_DAY
    return longest


def plan_date_differs(typed: dt.date | None, stored: dt.date | None) -> Finding | None:
    """A warning when the agreement's plan date is not the date of the plan it is linked to."""
    if typed is None or stored is None or typed == stored:
        return None
    return Finding("plan.date_differs", "plan_date", {"plan_date": stored}, Severity.WARNING)


def check_work_trial(trial: WorkTrial, context: WorkTrialContext, rules: RuleBook) -> list[Finding]:
    findings = _required(
        trial,
        (
            "workplace",
            "goals",
            "tasks",
            "supervisor_name",
            "start",
            "end",
            "hours_per_day",
            "daily_timing",
            "plan_date",
            "authority_name",
        ),
    )
    if trial.organiser_kind not in ORGANISER_KINDS:
        findings.append(Finding("invalid", "organiser_kind"))
    elif trial.organiser_kind == "employer" and trial.employer_id is None:
        findings.append(Finding("required", "employer_id"))
    elif trial.organiser_kind == "employer" and trial.employer_id in context.current_employer_ids:
        findings.append(
            Finding("work_trial.current_employer", "employer_id", section="380/2023 54 § 2 mom")
        )
    else:
        employer = current_employer(trial, context)
        if employer is not None:
            findings.append(
                Finding(
                    "work_trial.current_employer",
                    "employer_id" if trial.organiser_kind == "employer" else "organiser_kind",
                    {"employer": employer.name, "since": employer.start},
                    section="380/2023 54 § 2 mom",
                )
            )
    if (trial.organiser_kind == "unit" or trial.employer_id is not None) and validate_business_id(
        context.organiser_business_id
    ) is not None:
        findings.append(
            Finding(
                "work_trial.organiser_business_id",
                "employer_id" if trial.organiser_kind == "employer" else "organiser_kind",
                {"value": context.organiser_business_id},
                section="380/2023 54 § 2 mom",
            )
        )
    if trial.benefit_payer not in BENEFIT_PAYERS:
        findings.append(Finding("invalid", "benefit_payer"))
    elif trial.benefit_payer == "fund" and not trial.fund_name.strip():
        findings.append(Finding("required", "fund_name"))
    if trial.days_per_week == 0:
        findings.append(Finding("weekdays.none", "weekdays"))
    findings += _period_order(trial.start, trial.end)
    on = trial.start
    findings += _hours_per_day(trial.hours_per_day, rules, on, "work_trial")
    days_rule = rules.rule("work_trial.max_days_per_week", on)
    if trial.days_per_week > days_rule.value:
        findings.append(breach("days_per_week.max", "weekdays", days_rule, trial.days_per_week))
    # Linked to a stored plan, the trial is checked against that plan's date, and a
    # different date typed on the agreement is pointed out (it may be a typing mistake).
    plan_date = context.stored_plan_date or trial.plan_date
    if trial.start and plan_date and trial.start < plan_date:
        findings.append(
            Finding(
                "work_trial.before_plan",
                "start",
                {"plan_date": plan_date},
                section="380/2023 57 §",
            )
        )
    differs = plan_date_differs(trial.plan_date, context.stored_plan_date)
    if differs is not None:
        findings.append(differs)
    if trial.start and trial.end and trial.start <= trial.end:
        months, days = work_trial_months_used(trial, context, rules)
        limit = rules.rule("work_trial.max_months_total", on)
        if (months, days) > (int(limit.value), 0):
            findings.append(breach("work_trial.total_months", "end", limit, months, days=days))
        run_rule = rules.rule("work_trial.absence_run_days", on)
        run = longest_absence_run(trial.start, trial.end, trial.weekdays, context.absences)
        if run >= run_rule.value:
            findings.append(
                breach("work_trial.absence_run", "absences", run_rule, run, Severity.WARNING)
            )
    return findings


def expense_allowance(trial: WorkTrial, rules: RuleBook) -> Decimal:
    """Euros per day attended (380/2023 104 §)."""
    key = (
        "work_trial.expense_allowance_outside"
        if trial.outside_commuting_area
        else ("work_trial.expense_allowance")
    )
    return Decimal(rules.value(key, trial.start))


# -- checks: wage subsidy ---------------------------------------------------------------------

_TRACK_RATE = {t: f"wage_subsidy.rate.{t}" for t in SUBSIDY_TRACKS}
_TRACK_CAP = {t: f"wage_subsidy.cap.{t}" for t in SUBSIDY_TRACKS}


def subsidy_months_rule_key(subsidy: WageSubsidy) -> str:
    """Which duration rule governs this decision (380/2023 86-89 §)."""
    track = subsidy.track
    if track == "skills":
        return (
            "wage_subsidy.months.skills_long"
            if subsidy.unemployment_condition_met
            else "wage_subsidy.months.skills"
        )
    if subsidy.is_extension and track in ("reduced_ability", "age_60"):
        return f"wage_subsidy.extension_months.{track}"
    return f"wage_subsidy.months.{track}"


def check_wage_subsidy(
    subsidy: WageSubsidy, context: WageSubsidyContext, rules: RuleBook
) -> list[Finding]:
    findings = _required(
        subsidy,
        (
            "employer_id",
            "start",
            "place_of_work",
            "duties",
            "pay_amount",
            "pay_days",
            "hours_per_week",
            "decision_number",
            "decision_date",
            "subsidy_percent",
            "subsidy_start",
            "subsidy_end",
            "monthly_cap",
            "grantor",
        ),
    )
    on = subsidy.decision_date or subsidy.start
    if subsidy.track not in SUBSIDY_TRACKS:
        return [*findings, Finding("invalid", "track")]
    if subsidy.pay_basis not in PAY_BASES:
        findings.append(Finding("invalid", "pay_basis"))
    elif subsidy.pay_basis == "other" and not subsidy.pay_basis_other.strip():
        findings.append(Finding("required", "pay_basis_other"))
    if subsidy.pay_period not in PAY_PERIODS:
        findings.append(Finding("invalid", "pay_period"))
    if subsidy.employer_id is not None and validate_business_id(context.employer_business_id):
        findings.append(
            Finding(
                "wage_subsidy.employer_business_id",
                "employer_id",
                {"value": context.employer_business_id},
            )
        )
    findings += _contract_findings(subsidy, context, rules)
    findings += _track_findings(subsidy, context, rules, on)
    findings += _subsidy_period_findings(subsidy, context, rules, on)
    differs = plan_date_differs(subsidy.plan_date, context.stored_plan_date)
    if differs is not None:
        findings.append(differs)
    return findings


def _contract_findings(
    subsidy: WageSubsidy, context: WageSubsidyContext, rules: RuleBook
) -> list[Finding]:
    findings: list[Finding] = []
    start, end = subsidy.start, subsidy.end
    if subsidy.fixed_term:
        if end is None:
            findings.append(Finding("required", "end"))
        findings += _period_order(start, end)
        if not subsidy.long_term_unemployed_contract and not subsidy.fixed_term_ground.strip():
            findings.append(
                Finding(
                    "contract.fixed_term_ground", "fixed_term_ground", section="TSL 55/2001 1:3"
                )
            )
    elif subsidy.long_term_unemployed_contract:
        findings.append(
            Finding(
                "contract.long_term_needs_fixed_term", "fixed_term", section="TSL 55/2001 1:3 a"
            )
        )
    if subsidy.trial_months < 0:
        findings.append(Finding("invalid", "trial_months"))
    trial_rule = rules.rule("contract.max_trial_months", start)
    if subsidy.trial_months > trial_rule.value:
        findings.append(
            breach("contract.trial_months", "trial_months", trial_rule, subsidy.trial_months)
        )
    elif subsidy.fixed_term and start and end and end >= start and subsidy.trial_months:
        share = rules.rule("contract.max_trial_share_percent", start)
        # The trial may take at most this share of the term: the term must be long enough.
        needed = -(-subsidy.trial_months * 100 // int(share.value))
        if add_months(start, needed) > end + ONE_DAY:
            term_months, term_days = months_and_days(start, end)
            findings.append(
                breach(
                    "contract.trial_share",
                    "trial_months",
                    share,
                    subsidy.trial_months,
                    term_months=term_months,
                    term_days=term_days,
                )
            )
    if subsidy.long_term_unemployed_contract and start is not None:
        need = rules.rule("contract.long_term_unemployed_months", start)
        since = context.unemployed_since
        if since is None or add_months(since, int(need.value)) > start:
            unemployed = (
                months_and_days(since, start - ONE_DAY)[0] if since and since < start else 0
            )
            findings.append(
                breach(
                    "contract.long_term_unemployment",
                    "long_term_unemployed_contract",
                    need,
                    unemployed,
                )
            )
        if end is not None and end >= start:
            longest = rules.rule("contract.long_term_max_months", start)
            earlier = [
                e.contract
                for e in context.earlier
                if e.long_term_unemployed_contract
                and e.employer_id == subsidy.employer_id
                and e.contract is not None
                and e.contract.start < start
                # contracts of the same one-year series: those within the year before
                and e.contract.start >= add_months(start, -int(longest.value))
            ]
            first = min([p.start for p in earlier] + [start])
            months, days = months_and_days(first, end)
            if (months, days) > (int(longest.value), 0):
                findings.append(
                    breach("contract.long_term_length", "end", longest, months, days=days)
                )
            most = rules.rule("contract.long_term_max_contracts", start)
            if len(earlier) + 1 > most.value:
                findings.append(
                    breach(
                        "contract.long_term_contracts",
                        "long_term_unemployed_contract",
                        most,
                        len(earlier) + 1,
                    )
                )
    return findings


def _track_findings(
    subsidy: WageSubsidy, context: WageSubsidyContext, rules: RuleBook, on: dt.date | None
) -> list[Finding]:
    findings: list[Finding] = []
    track = subsidy.track
    rate = rules.rule(_TRACK_RATE[track], on)
    if subsidy.subsidy_percent is not None and subsidy.subsidy_percent != rate.value:
        findings.append(
            breach("wage_subsidy.rate", "subsidy_percent", rate, subsidy.subsidy_percent)
        )
    cap = rules.rule(_TRACK_CAP[track], on)
    if subsidy.monthly_cap is not None and subsidy.monthly_cap > cap.value:
        findings.append(breach("wage_subsidy.cap", "monthly_cap", cap, subsidy.monthly_cap))
    kind = context.employer_kind
    if kind in STATE_KINDS:
        findings.append(
            Finding("wage_subsidy.state_employer", "employer_id", section="380/2023 83 § 1 mom")
        )
    if kind in MUNICIPAL_KINDS and track not in ("reduced_ability", "age_60"):
        findings.append(
            Finding(
                "wage_subsidy.municipality_track",
                "track",
                {"kind": kind},
                section="380/2023 83 § 1 mom",
            )
        )
    if track == "association":
        if kind not in ASSOCIATION_KINDS:
            findings.append(
                Finding(
                    "wage_subsidy.association_employer",
                    "track",
                    {"kind": kind},
                    section="380/2023 88 §",
                )
            )
        if not subsidy.non_business_work:
            findings.append(
                Finding("wage_subsidy.non_business", "non_business_work", section="380/2023 88 §")
            )
        if not subsidy.unemployment_condition_met:
            findings.append(
                Finding(
                    "wage_subsidy.unemployment_condition",
                    "unemployment_condition_met",
                    {"months": 24, "within": 28},
                    section="380/2023 88 §",
                )
            )
        share = rules.rule("wage_subsidy.max_working_time_percent", on)
        if subsidy.working_time_percent is None:
            findings.append(Finding("required", "working_time_percent"))
        elif subsidy.working_time_percent > share.value:
            findings.append(
                breach(
                    "wage_subsidy.working_time",
                    "working_time_percent",
                    share,
                    subsidy.working_time_percent,
                )
            )
    if track == "age_60":
        if not subsidy.unemployment_condition_met:
            findings.append(
                Finding(
                    "wage_subsidy.unemployment_condition",
                    "unemployment_condition_met",
                    {"months": 12, "within": 14},
                    section="380/2023 89 §",
                )
            )
        minimum = rules.rule("wage_subsidy.min_age.age_60", on)
        if context.birth_date is not None and on is not None:
            age = age_on(context.birth_date, on)
            if age < minimum.value:
                findings.append(breach("wage_subsidy.age", "track", minimum, age))
    return findings


def _subsidy_period_findings(
    subsidy: WageSubsidy, context: WageSubsidyContext, rules: RuleBook, on: dt.date | None
) -> list[Finding]:
    findings: list[Finding] = []
    if subsidy.decision_date and subsidy.start and subsidy.start < subsidy.decision_date:
        findings.append(
            Finding(
                "wage_subsidy.before_decision",
                "start",
                {"decision_date": subsidy.decision_date},
                section="380/2023 84 §",
            )
        )
    s_start, s_end = subsidy.subsidy_start, subsidy.subsidy_end
    findings += _period_order(s_start, s_end, "subsidy_end")
    if s_start is None or s_end is None or s_end < s_start:
        return findings
    if subsidy.start and s_start < subsidy.start:
        findings.append(
            Finding("wage_subsidy.outside_contract", "subsidy_start", section="380/2023 86 §")
        )
    if subsidy.fixed_term and subsidy.end and s_end > subsidy.end:
        findings.append(
            Finding("wage_subsidy.outside_contract", "subsidy_end", section="380/2023 86 §")
        )
    longest = rules.rule(subsidy_months_rule_key(subsidy), on)
    months, days = months_and_days(s_start, s_end)
    if (months, days) > (int(longest.value), 0):
        findings.append(breach("wage_subsidy.months", "subsidy_end", longest, months, days=days))
    if subsidy.track != "reduced_ability" and not subsidy.is_extension:
        years = rules.rule("wage_subsidy.rehire_bar_years", on)
        for earlier in context.earlier:
            if earlier.employer_id != subsidy.employer_id or earlier.subsidy is None:
                continue
            if earlier.subsidy.start >= s_start:
                continue
            free_from = add_months(earlier.subsidy.end, 12 * int(years.value))
            if s_start <= free_from:
                findings.append(
                    breach(
                        "wage_subsidy.rehire_bar",
                        "subsidy_start",
                        years,
                        earlier.subsidy.end,
                        free_from=free_from + ONE_DAY,
                    )
                )
                break
    return findings


# -- checks: rehabilitative work activity -----------------------------------------------------


def max_days_in_any_12_months(days: Iterable[dt.date]) -> tuple[int, dt.date | None]:
    """The most days in any 12-month window, and the last day of that window."""
    ordered = sorted(set(days))
    best, best_end = 0, None
    low = 0
    for high, day in enumerate(ordered):
        window_start = add_months(day, -12) + ONE_DAY
        while ordered[low] < window_start:
            low += 1
        if high - low + 1 > best:
            best, best_end = high - low + 1, day
    return best, best_end


def rehab_eligible(benefit_status: str) -> bool:
    return benefit_status in REHAB_BENEFITS


def check_rehab_work(work: RehabWork, context: RehabContext, rules: RuleBook) -> list[Finding]:
    findings: list[Finding] = []
    if not rehab_eligible(context.benefit_status):
        findings.append(
            Finding(
                "rehab.eligibility",
                "client",
                {"benefit_status": context.benefit_status},
                section="189/2001 1 §",
            )
        )
    findings += _required(
        work,
        (
            "county_name",
            "decision_number",
            "decision_date",
            "plan_date",
            "plan_reference",
            "goal",
            "place",
            "supervisor_name",
            "start",
            "end",
            "hours_per_day",
            "support",
            "evaluation_date",
            "follow_up_date",
        ),
    )
    findings += _period_order(work.start, work.end)
    on = work.start
    if work.days_per_week == 0:
        findings.append(Finding("weekdays.none", "weekdays"))
    else:
        low = rules.rule("rehab.min_days_per_week", on)
        high = rules.rule("rehab.max_days_per_week", on)
        if work.days_per_week < low.value:
            findings.append(breach("days_per_week.min", "weekdays", low, work.days_per_week))
        elif work.days_per_week > high.value:
            findings.append(breach("days_per_week.max", "weekdays", high, work.days_per_week))
    findings += _hours_per_day(work.hours_per_day, rules, on, "rehab")
    weekly = rules.rule("rehab.max_hours_per_week", on)
    if work.hours_per_week is not None and work.hours_per_week > weekly.value:
        findings.append(breach("hours_per_week.max", "hours_per_day", weekly, work.hours_per_week))
    if work.start and work.end and work.start <= work.end:
        months, days = months_and_days(work.start, work.end)
        shortest = rules.rule("rehab.min_months", on)
        longest = rules.rule("rehab.max_months", on)
        if (months, days) < (int(shortest.value), 0):
            findings.append(breach("rehab.period.min", "end", shortest, months, days=days))
        elif (months, days) > (int(longest.value), 0):
            findings.append(breach("rehab.period.max", "end", longest, months, days=days))
    if work.start and work.plan_date and work.start < work.plan_date:
        findings.append(
            Finding(
                "rehab.before_plan", "start", {"plan_date": work.plan_date}, section="189/2001 2 §"
            )
        )
    if work.start and work.follow_up_date and work.follow_up_date < work.start:
        findings.append(Finding("date.order", "follow_up_date"))
    most = rules.rule("rehab.max_days_per_12_months", on)
    count, _ = max_days_in_any_12_months(context.attended_days)
    if count > most.value:
        findings.append(breach("rehab.days_per_year", "attendance", most, count))
    return findings


def attendance_problem(
    day: dt.date, work: RehabWork, attended_days: Sequence[dt.date], rules: RuleBook
) -> Finding | None:
    """Whether ``day`` may be added to the register as a day present.

    ``attended_days`` are the client's days present in any rehabilitative work,
    without ``day``.
    """
    if work.start and day < work.start or work.end and day > work.end:
        return Finding("rehab.attendance_outside", "day")
    most = rules.rule("rehab.max_days_per_12_months", day)
    count, _ = max_days_in_any_12_months([*attended_days, day])
    if count > most.value:
        return breach("rehab.days_per_year", "day", most, count)
    return None


@dataclass(frozen=True)
class MonthSummary:
    """One month of the attendance register, as printed for payment."""

    year: int
    month: int
    present: int
    absent_excused: int
    absent: int
    allowance_per_day: Decimal
    allowance: Decimal
    travel: Decimal
    days: tuple[Attendance, ...]


def month_summary(
    entries: Iterable[Attendance], year: int, month: int, allowance_per_day: Decimal
) -> MonthSummary:
    days = tuple(
        sorted(
            (e for e in entries if (e.day.year, e.day.month) == (year, month)), key=lambda e: e.day
        )
    )
    present = [e for e in days if e.status == "present"]
    return MonthSummary(
        year,
        month,
        len(present),
        sum(1 for e in days if e.status == "absent_excused"),
        sum(1 for e in days if e.status == "absent"),
        allowance_per_day,
        allowance_per_day * len(present),
        sum((e.travel_cost for e in present), Decimal("0")),
        days,
    )


def state_of(status: str, end: dt.date | None, ended_on: dt.date | None, today: dt.date) -> str:
    """The state shown to the user: ended once the end date has passed or it was ended."""
    if ended_on is not None or (end is not None and end < today and status != "draft"):
        return "ended"
    return status
