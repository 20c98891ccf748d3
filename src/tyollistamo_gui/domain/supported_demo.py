"""Fictional work trials, wage subsidies and rehabilitative work for the demo data.

Two parts: the showcase (``demo_work_trial`` & co.: one arrangement of each kind
in each state, printed and signed through the services), and the bulk
(``supported_work``): for every supported-work service period of a demo client
the arrangement behind it, with dates, hours and parties that pass the checks of
``domain.supported``, so a report counted from the periods and one counted from
the arrangements agree.

How the bulk's states come about (the app derives the state from the dates and
the document archive, ``state_of``):

- a period that ended, or whose agreed end has passed, is *ended*: ``ended_on`` is
  set (the agreed end, or the day it was broken off), and so is the period's end;
- a period that goes on is running; one in twelve of the open periods is planned
  instead (start 1–5 weeks ahead). Both are *draft* unless the services print and
  sign them: only a small sample gets a real archived PDF (printed or signed),
  rendering one for each of thousands of arrangements would make a large demo
  slow. So printed and signed arrangements always have their archived PDF, and
  no other arrangement has one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .supported import (
    REHAB_BENEFITS,
    Absence,
    Attendance,
    RehabWork,
    WageSubsidy,
    WorkTrial,
    add_months,
    weekday_set,
)

# Every kind in every state; the state is reached by printing, signing and ending.
DEMO_STATES = ("draft", "printed", "signed", "ended")

_TEXTS = {
    "fi": {
        "workplace": "Kierrätyskeskus, lajittelu",
        "goals": "Selvittää soveltuvuus varasto- ja logistiikka-alalle sekä työkyky "
        "kokoaikaiseen työhön.",
        "tasks": "Tavaran vastaanotto ja lajittelu, hyllytys, asiakaspalvelu myymälässä.",
        "authority": "Turun seudun työllisyysalue",
        "contact": "Riikka Rekrytoija, 040 555 0101",
        "place": "Verstas, puutyöt",
        "duties": "Puusepän aputyöt: kalusteiden kunnostus, pintakäsittely ja "
        "materiaalien käsittely.",
        "ground": "Palkkatuettu työ, määräaikainen hanke",
        "agreement": "Kiinteistöpalvelualan työehtosopimus",
        "insurance": "Työeläke: Elo; tapaturmavakuutus: LähiTapiola",
        "county": "Varsinais-Suomen hyvinvointialue",
        "goal": "Arjen rytmin vahvistaminen ja työelämävalmiuksien kartoittaminen.",
        "support": "Työvalmentajan tuki päivittäin, ohjauskeskustelu kahden viikon välein.",
        "other": "Päihdepalveluiden avokäynnit.",
        "rehab_place": "Työpaja, tekstiilityöt",
        "supervisor": "Outi Ohjaaja",
    },
    "sv": {
        "workplace": "Återvinningscentral, sortering",
        "goals": "Utreda lämpligheten för lager- och logistikbranschen och arbetsförmågan "
        "för heltidsarbete.",
        "tasks": "Mottagning och sortering av varor, hyllplacering, kundbetjäning i butiken.",
        "authority": "Sysselsättningsområdet i Åboregionen",
        "contact": "Rebecka Rekryterare, 040 555 0102",
        "place": "Verkstaden, träarbeten",
        "duties": "Hjälparbeten i snickeri: renovering av möbler, ytbehandling och "
        "materialhantering.",
        "ground": "Lönesubventionerat arbete, tidsbundet projekt",
        "agreement": "Kollektivavtalet för fastighetsservicebranschen",
        "insurance": "Arbetspension: Elo; olycksfallsförsäkring: LokalTapiola",
        "county": "Egentliga Finlands välfärdsområde",
        "goal": "Stärka vardagsrytmen och kartlägga färdigheterna för arbetslivet.",
        "support": "Arbetscoachens stöd dagligen, handledningssamtal varannan vecka.",
        "other": "Öppenvårdsbesök inom missbrukarvården.",
        "rehab_place": "Verkstaden, textilarbeten",
        "supervisor": "Olga Handledare",
    },
}


def _dates(state: str, today: dt.date, months: int) -> tuple[dt.date, dt.date]:
    if state == "draft":
        start = today + dt.timedelta(days=21)
    elif state == "printed":
        start = today + dt.timedelta(days=7)
    elif state == "signed":
        # Ends within two weeks: shows on the lists of agreements ending soon.
        end = today + dt.timedelta(days=10)
        return add_months(end + dt.timedelta(days=1), -months), end
    else:
        start = add_months(today, -months - 2)
    return start, add_months(start, months) - dt.timedelta(days=1)


def demo_work_trial(language: str, state: str, employer_id: int, today: dt.date) -> WorkTrial:
    t = _TEXTS[language]
    start, end = _dates(state, today, 3)
    return WorkTrial(
        organiser_kind="employer",
        employer_id=employer_id,
        workplace=t["workplace"],
        workplace_address="Satamakatu 3, 20100 Turku",
        goals=t["goals"],
        tasks=t["tasks"],
        supervisor_name="Ville Valvoja",
        supervisor_phone="040 555 0123",
        start=start,
        end=end,
        hours_per_day=Decimal("6"),
        daily_timing="8.00–14.30",
        weekdays="12345",
        benefit_payer="kela" if state != "signed" else "fund",
        fund_name="" if state != "signed" else "Erityisalojen työttömyyskassa",
        plan_date=start - dt.timedelta(days=14),
        plan_reference="TYS-2026-118",
        authority_name=t["authority"],
        authority_contact=t["contact"],
        authority_decision_date=start - dt.timedelta(days=10),
        language=language,
    )


def demo_wage_subsidy(
    language: str, state: str, employer_id: int, coach_id: int | None, today: dt.date
) -> WageSubsidy:
    t = _TEXTS[language]
    start, end = _dates(state, today, 10)
    return WageSubsidy(
        employer_id=employer_id,
        start=start,
        trial_months=3,
        fixed_term=True,
        end=end,
        fixed_term_ground=t["ground"],
        place_of_work=t["place"],
        duties=t["duties"],
        pay_basis="time",
        pay_amount=Decimal("2150.00"),
        pay_period="month",
        pay_days="15.",
        hours_per_day=Decimal("7.5"),
        hours_per_week=Decimal("37.5"),
        collective_agreement=t["agreement"],
        insurance=t["insurance"],
        decision_number=f"PT-{start.year}-{employer_id:04d}",
        decision_date=start - dt.timedelta(days=10),
        track="skills",
        subsidy_percent=Decimal("50"),
        subsidy_start=start,
        subsidy_end=add_months(start, 10) - dt.timedelta(days=1),
        monthly_cap=Decimal("1260"),
        grantor=t["authority"],
        unemployment_condition_met=True,
        job_coach_id=coach_id,
        language=language,
    )


def demo_rehab_work(language: str, state: str, today: dt.date) -> RehabWork:
    t = _TEXTS[language]
    start, end = _dates(state, today, 6)
    return RehabWork(
        county_name=t["county"],
        county_contact="Sanna Sosiaaliohjaaja, 040 555 0199",
        decision_number=f"KTT-{start.year}-{start.toordinal() % 1000:03d}",
        decision_date=start - dt.timedelta(days=7),
        plan_date=start - dt.timedelta(days=14),
        plan_reference="AKT-2026-42",
        goal=t["goal"],
        place=t["rehab_place"],
        place_address="Verstaankatu 5, 20100 Turku",
        supervisor_name=t["supervisor"],
        supervisor_phone="040 555 0133",
        start=start,
        end=end,
        hours_per_day=Decimal("5"),
        daily_timing="9.00–14.00",
        weekdays="1234",
        support=t["support"],
        other_services=t["other"],
        evaluation_date=add_months(start, 3),
        follow_up_date=end - dt.timedelta(days=7),
        travel_cost_per_day=Decimal("4.20"),
        language=language,
    )


def with_language(data, language: str):
    return dataclasses.replace(data, language=language)


# -- the bulk: an arrangement behind every supported-work service period ----------------------

# The client's service period kind -> the arrangement kind.
ARRANGEMENT_OF_SERVICE = {
    "work_trial": "work_trial",
    "wage_subsidy": "wage_subsidy",
    "rehabilitative_work": "rehab_work",
}
ONE_DAY = dt.timedelta(days=1)
_ZERO = Decimal("0")
_WEEK = dt.timedelta(days=7)
# One open period in twelve is planned (starts later); see the module's docstring.
PLANNED_SHARE = 1 / 12

_BULK_TEXTS = {
    "fi": {
        "early_end": "Keskeytyi asiakkaan pyynnöstä.",
        "annual_leave": "Vuosilomalain mukaan.",
        "notice_period": "Työsopimuslain mukaan.",
        "trial_supervisor": "Ville Valvoja",
        "kept_on": "Jatkoi samalla työnantajalla palkkatuen päätyttyä.",
        "part_time": "Osa-aikatyö iltaisin ja viikonloppuisin.",
        "earlier_job": "Aiempi työsuhde ennen työttömyyttä.",
        "unit_workplace": "Työpaja Kipinä, kierrätysverstas",
        "unit_address": "Sahatie 4, 40100 Jyväskylä",
        "fund": "Yleinen työttömyyskassa YTK",
        "counties": (
            "Keski-Suomen hyvinvointialue",
            "Varsinais-Suomen hyvinvointialue",
            "Pirkanmaan hyvinvointialue",
        ),
    },
    "sv": {
        "early_end": "Avbröts på klientens begäran.",
        "annual_leave": "Enligt semesterlagen.",
        "notice_period": "Enligt arbetsavtalslagen.",
        "trial_supervisor": "Viktor Handledare",
        "kept_on": "Fortsatte hos samma arbetsgivare efter lönesubventionen.",
        "part_time": "Deltidsarbete kvällar och veckoslut.",
        "earlier_job": "Tidigare anställning före arbetslösheten.",
        "unit_workplace": "Työpaja Kipinä, återvinningsverkstad",
        "unit_address": "Sahatie 4, 40100 Jyväskylä",
        "fund": "Arbetslöshetskassan Pro",
        "counties": (
            "Österbottens välfärdsområde",
            "Västra Nylands välfärdsområde",
            "Egentliga Finlands välfärdsområde",
        ),
    },
}
_TRIAL_MONTHS = (1, 2, 3, 3, 3, 4, 6)
_TRIAL_HOURS = ("4", "5", "6", "6", "7", "7.5", "8")
_REHAB_MONTHS = (3, 3, 4, 6, 6, 12)
# Rehabilitative work: 1–4 days a week; three days at most for a year-long
# period, so the days present stay within 178 in any 12 months.
_REHAB_WEEKDAYS_SHORT = ("13", "24", "123", "135", "234", "1234")
_REHAB_WEEKDAYS_LONG = ("13", "24", "123", "135", "234")
_REHAB_HOURS = ("4", "4", "5", "6")


@dataclass(frozen=True)
class DemoEmployerRef:
    """A demo employer as the generator needs it: the register's id, name and address."""

    id: int
    name: str
    address: str


@dataclass(frozen=True)
class DemoArrangement:
    """The arrangement behind the client's service period number ``period``."""

    kind: str  # work_trial | wage_subsidy | rehab_work
    period: int
    data: Any  # WorkTrial | WageSubsidy | RehabWork
    ended_on: dt.date | None = None
    end_reason: str = ""
    absences: tuple[Absence, ...] = ()
    # The attendance register as (day, status, travel cost): plain tuples, as there
    # are hundreds of thousands of days in a large demo (``attendance_records`` makes
    # ``domain.supported.Attendance`` of them).
    attendance: tuple[tuple[dt.date, str, Decimal], ...] = ()

    def attendance_records(self) -> list[Attendance]:
        return [Attendance(*day) for day in self.attendance]


@dataclass(frozen=True)
class DemoEmployment:
    """A job of the client's outside supported work (``client_employment``)."""

    employer_id: int
    start: dt.date
    end: dt.date | None = None
    part_time: bool = False
    hours_per_week: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class DemoServices:
    """A client's service periods (kind, started on, ended on) with what backs them."""

    periods: tuple[tuple[str, dt.date, dt.date | None], ...]
    arrangements: tuple[DemoArrangement, ...] = ()
    employments: tuple[DemoEmployment, ...] = ()


def _timing(hours: Decimal, first: int = 8 * 60) -> str:
    # The day's hours and a half-hour lunch from 8.00: 6 h -> "8.00–14.30".
    last = first + int(hours * 60) + 30
    return f"{first // 60}.{first % 60:02d}–{last // 60}.{last % 60:02d}"


def _end_of(
    start: dt.date, end: dt.date, period_end: dt.date | None, today: dt.date
) -> dt.date | None:
    """When the arrangement ended: at its agreed end, earlier when the period ended before."""
    if period_end is not None and period_end < end:
        return max(period_end, start)
    if period_end is not None or end < today:
        return end
    return None


def _some_days(
    rng: random.Random, start: dt.date, last: dt.date, weekdays: str, count: int
) -> list[dt.date]:
    """Up to ``count`` distinct scheduled days from ``start`` to ``last``."""
    scheduled = weekday_set(weekdays)
    span = (last - start).days
    days: set[dt.date] = set()
    for _ in range(count * 4):
        if span < 0 or len(days) >= count:
            break
        day = start + dt.timedelta(days=rng.randrange(span + 1))
        if day.isoweekday() in scheduled:
            days.add(day)
    return sorted(days)


def supported_work(
    rng: random.Random,
    client: Any,  # domain.demo.DemoClient
    periods: Sequence[tuple[str, dt.date, dt.date | None]],
    today: dt.date,
    employers: Sequence[DemoEmployerRef],
    coaches: Sequence[int] = (),
) -> DemoServices:
    """The arrangements behind ``periods`` and the client's other jobs; periods adjusted.

    Expects at most one period of each supported kind, and a rehabilitative work
    period only for a client whose benefit status allows it (``DemoGenerator.services``
    draws them so). A period's start and end become the arrangement's.
    """
    texts = _ALL_TEXTS["sv" if client.service_language == "sv" else "fi"]
    spare = _Employers(rng, employers)
    out_periods = list(periods)
    arrangements: list[DemoArrangement] = []
    employments: list[DemoEmployment] = []
    trial_organisers: set[int] = set()
    subsidised = False
    for index, (kind, started, ended) in enumerate(periods):
        arrangement_kind = ARRANGEMENT_OF_SERVICE.get(kind)
        if arrangement_kind is None:
            continue
        start = started
        if ended is None and client.status == "active" and rng.random() < PLANNED_SHARE:
            start = today + dt.timedelta(days=rng.randrange(7, 36))
        if arrangement_kind == "work_trial":
            made = _work_trial(rng, texts, client, start, ended, today, spare.pick(), employers)
            if made.data.employer_id is not None:
                trial_organisers.add(made.data.employer_id)
        elif arrangement_kind == "wage_subsidy":
            employer = spare.pick()
            if employer is None:
                raise ValueError("a wage subsidy needs an employer: give at least four")
            coach = rng.choice(coaches) if coaches else None
            ref = employers[employer]
            made = _wage_subsidy(rng, texts, client, start, ended, today, ref, coach)
            subsidised = True
            kept_on = made.ended_on is not None and made.ended_on == made.data.end
            if kept_on and made.ended_on < today and rng.random() < 0.35:
                # Kept on after the subsidy: an ordinary employment with the same employer.
                after = made.ended_on + ONE_DAY
                employments.append(
                    DemoEmployment(ref.id, after, None, False, Decimal("37.5"), texts["kept_on"])
                )
        else:
            made = _rehab_work(rng, texts, start, ended, today)
        made = dataclasses.replace(made, period=index)
        arrangements.append(made)
        out_periods[index] = (kind, made.data.start, made.ended_on)
    employments += _other_jobs(rng, client, texts, employers, spare, trial_organisers, subsidised)
    return DemoServices(tuple(out_periods), tuple(arrangements), tuple(employments))


_ALL_TEXTS = {
    language: {**_TEXTS[language], **_BULK_TEXTS[language], "language": language}
    for language in ("fi", "sv")
}


class _Employers:
    """Draws employers for one client, each at most once (a different one for each role)."""

    __slots__ = ("_rng", "_count", "_used")

    def __init__(self, rng: random.Random, employers: Sequence[DemoEmployerRef]):
        self._rng = rng
        self._count = len(employers)
        self._used: set[int] | None = None

    def pick(self) -> int | None:
        if self._used is None:
            self._used = set()
        if len(self._used) >= self._count:
            return None
        while True:
            index = self._rng.randrange(self._count)
            if index not in self._used:
                self._used.add(index)
                return index


def _other_jobs(rng, client, texts, employers, spare, trial_organisers, subsidised):
    """A part-time job now (never with a work-trial organiser) or a job before unemployment."""
    jobs = []
    roll = rng.random()
    if roll < 0.06 and client.status == "active" and not subsidised:
        employer = spare.pick()
        if employer is not None and employers[employer].id not in trial_organisers:
            start = client.created_at.date() - dt.timedelta(days=rng.randrange(0, 500))
            hours = Decimal(rng.choice((8, 10, 12, 16, 20)))
            jobs.append(
                DemoEmployment(employers[employer].id, start, None, True, hours, texts["part_time"])
            )
    elif roll < 0.12 and client.unemployed_since is not None:
        employer = spare.pick()
        if employer is not None:
            end = client.unemployed_since - ONE_DAY
            start = end - dt.timedelta(days=rng.randrange(300, 2000))
            jobs.append(
                DemoEmployment(
                    employers[employer].id, start, end, False, Decimal("37.5"), texts["earlier_job"]
                )
            )
    return jobs


def _work_trial(rng, texts, client, start, ended, today, employer, employers) -> DemoArrangement:
    months = rng.choice(_TRIAL_MONTHS)
    end = add_months(start, months) - ONE_DAY
    hours = Decimal(rng.choice(_TRIAL_HOURS))
    weekdays = "12345" if rng.random() < 0.85 else "1234"
    fund = client.benefit_status == "earnings_related"
    if employer is None or rng.random() < 0.1:
        organiser = {
            "organiser_kind": "unit",
            "employer_id": None,
            "workplace": texts["unit_workplace"],
            "workplace_address": texts["unit_address"],
        }
    else:
        ref = employers[employer]
        organiser = {
            "organiser_kind": "employer",
            "employer_id": ref.id,
            "workplace": ref.name,
            "workplace_address": ref.address,
        }
    data = WorkTrial(
        **organiser,
        goals=texts["goals"],
        tasks=texts["tasks"],
        supervisor_name=texts["trial_supervisor"],
        supervisor_phone=f"040 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
        start=start,
        end=end,
        hours_per_day=hours,
        daily_timing=_timing(hours),
        weekdays=weekdays,
        benefit_payer="fund" if fund else "kela",
        fund_name=texts["fund"] if fund else "",
        plan_date=start - dt.timedelta(days=rng.randrange(7, 31)),
        plan_reference=f"TYS-{start.year}-{rng.randrange(1, 1000):03d}",
        authority_name=texts["authority"],
        authority_contact=texts["contact"],
        authority_decision_date=start - dt.timedelta(days=rng.randrange(3, 7)),
    )
    ended_on = _end_of(start, end, ended, today)
    absences: tuple[Absence, ...] = ()
    last = min(ended_on or end, today - ONE_DAY)
    if last >= start and rng.random() < 0.25:
        # A few scattered days: never the five in a row that make the authority interrupt it.
        days = _some_days(rng, start, last, weekdays, rng.randrange(1, 4))
        absences = tuple(Absence(day, rng.random() < 0.7) for day in days)
    return DemoArrangement(
        "work_trial",
        0,
        data,
        ended_on,
        texts["early_end"] if ended_on is not None and ended_on < end else "",
        absences=absences,
    )


def _wage_subsidy(rng, texts, client, start, ended, today, employer, coach) -> DemoArrangement:
    # Long unemployed (12 months before the start): the skills track's 10 months, else 5.
    long_unemployed = (
        client.unemployed_since is not None and add_months(client.unemployed_since, 12) <= start
    )
    reduced = rng.random() < 0.15
    if reduced:
        track, percent, cap, months = "reduced_ability", Decimal("70"), Decimal("2770"), 10
    else:
        track, percent, cap = "skills", Decimal("50"), Decimal("1260")
        months = 10 if long_unemployed else 5
    end = add_months(start, months) - ONE_DAY
    part_time = rng.random() < 0.25
    per_day = Decimal("6") if part_time else Decimal("7.5")
    data = WageSubsidy(
        employer_id=employer.id,
        start=start,
        trial_months=3 if months >= 6 else 2,
        fixed_term=True,
        end=end,
        fixed_term_ground=texts["ground"],
        place_of_work=f"{employer.name}, {employer.address}",
        duties=texts["duties"],
        pay_basis="time",
        pay_amount=Decimal(rng.randrange(1900, 2600)) * (Decimal("0.8") if part_time else 1),
        pay_period="month",
        pay_days="15.",
        hours_per_day=per_day,
        hours_per_week=per_day * 5,
        working_time_percent=Decimal("80") if part_time else Decimal("100"),
        annual_leave=texts["annual_leave"],
        notice_period=texts["notice_period"],
        collective_agreement=texts["agreement"],
        insurance=texts["insurance"],
        decision_number=f"PT-{start.year}-{rng.randrange(1, 100000):05d}",
        decision_date=start - dt.timedelta(days=rng.randrange(5, 21)),
        track=track,
        subsidy_percent=percent,
        subsidy_start=start,
        subsidy_end=end,
        monthly_cap=cap,
        grantor=texts["authority"],
        unemployment_condition_met=long_unemployed,
        job_coach_id=coach,
    )
    ended_on = _end_of(start, end, ended, today)
    return DemoArrangement(
        "wage_subsidy",
        0,
        data,
        ended_on,
        texts["early_end"] if ended_on is not None and ended_on < end else "",
    )


def _rehab_work(rng, texts, start, ended, today) -> DemoArrangement:
    months = rng.choice(_REHAB_MONTHS)
    end = add_months(start, months) - ONE_DAY
    weekdays = rng.choice(_REHAB_WEEKDAYS_SHORT if months <= 6 else _REHAB_WEEKDAYS_LONG)
    hours = Decimal(rng.choice(_REHAB_HOURS))
    travel = Decimal(rng.choice(("0", "4.20", "6.80")))
    data = RehabWork(
        county_name=rng.choice(texts["counties"]),
        county_contact=texts["contact"],
        decision_number=f"KTT-{start.year}-{rng.randrange(1, 10000):04d}",
        decision_date=start - dt.timedelta(days=rng.randrange(3, 8)),
        plan_date=start - dt.timedelta(days=rng.randrange(10, 31)),
        plan_reference=f"AKT-{start.year}-{rng.randrange(1, 1000):03d}",
        goal=texts["goal"],
        place=texts["rehab_place"],
        place_address="Sahatie 4, 40100 Jyväskylä",
        supervisor_name=texts["supervisor"],
        supervisor_phone="040 555 0133",
        start=start,
        end=end,
        hours_per_day=hours,
        daily_timing=_timing(hours, 9 * 60),
        weekdays=weekdays,
        support=texts["support"],
        other_services=texts["other"] if rng.random() < 0.3 else "",
        evaluation_date=add_months(start, max(1, months // 2)),
        follow_up_date=end - dt.timedelta(days=7),
        travel_cost_per_day=travel,
    )
    ended_on = _end_of(start, end, ended, today)
    last = min(ended_on or end, today - ONE_DAY)
    # Every scheduled day from the start to yesterday (or the end): a week at a time.
    days = []
    for weekday in weekday_set(weekdays):
        day = start + dt.timedelta(days=(weekday - start.isoweekday()) % 7)
        while day <= last:
            days.append(day)
            day += _WEEK
    days.sort()
    random_ = rng.random
    attendance = []
    for day in days:
        roll = random_()
        if roll < 0.88:
            attendance.append((day, "present", travel))
        else:
            attendance.append((day, "absent_excused" if roll < 0.96 else "absent", _ZERO))
    return DemoArrangement(
        "rehab_work",
        0,
        data,
        ended_on,
        texts["early_end"] if ended_on is not None and ended_on < end else "",
        attendance=tuple(attendance),
    )


def rehab_allowed(benefit_status: str) -> bool:
    return benefit_status in REHAB_BENEFITS
