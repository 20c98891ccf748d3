"""Demo coaching: job-coaching cases with task logs and assessments, individual coaching,
and coaching groups with members, sessions, attendance and visits (fictional)."""

from __future__ import annotations

import datetime as dt
import random

from ..domain import coaching as rules
from ..storage.models import Client, ClientService, Employer, StaffUser
from . import coaching, groups
from .session import system_session

ENTRY_NOTES = {
    "tailoring_tasks": "Käytiin työnjohtajan kanssa läpi sopivat tehtävät.",
    "administration": "Työsopimus ja verokortti kunnossa.",
    "work_community": "Esittelin työyhteisölle uuden työntekijän tarpeet.",
    "employee_support": "Keskustelimme ensimmäisen viikon kokemuksista.",
    "employer_support": "Työnantaja kysyi perehdytyksestä; sovittiin seuranta.",
    "other": "Puhelu palkanlaskentaan.",
}
JOBS = (
    ("Varastotyöntekijä", "Keräily, pakkaus, vastaanotto"),
    ("Kiinteistönhoitaja", "Ulkoalueiden hoito, pienet korjaukset"),
    ("Keittiöapulainen", "Esivalmistelu, astiahuolto"),
    ("Myyjä", "Hyllytys, kassa, asiakaspalvelu"),
    ("Lagerarbetare", "Plock, packning"),
)
GOALS = (
    ("everyday_life", "Säännöllinen päivärytmi"),
    ("functional_capacity", "Jaksaminen neljä tuntia päivässä"),
    ("education_and_career", "Hakeminen ammatilliseen koulutukseen"),
    ("motivation", "Omien asioiden hoitaminen itse"),
)
GROUPS = (
    ("Kohti työelämää", "work", "ti ja to 9–12"),
    ("Opiskelijaksi", "education", "ma ja ke 12–15"),
    ("Mot arbetslivet", "work", "fre 9–12"),
)
THEMES = (
    "Ansioluettelo",
    "Työhaastattelu",
    "Vierailu työpaikalle",
    "Arjen hallinta",
    "Koulutusvaihtoehdot",
    "Työelämän pelisäännöt",
)
VISITS = (
    ("group_visited", "employer", "Kauppakeskus Kaari", "Myymäläpäällikkö", "Rekrytointi"),
    ("visitor_came", "interest_organisation", "PAM", "Aluetoimitsija", "Työehtosopimukset"),
    ("group_visited", "authority", "Työvoimaviranomainen", "", "Työmarkkinatori"),
)


def fill_coaching_demo(seed: int, today: dt.date, size: int) -> None:
    """Add coaching for about ``size`` clients (within the caller's transaction).

    The coaching services check access; demo data is written as the system user.
    """
    with system_session("demo"):
        _fill(seed, today, size)


def _fill(seed: int, today: dt.date, size: int) -> None:
    rng = random.Random(seed * 31 + 8)
    busy = ClientService.select(ClientService.client).where(
        ClientService.kind.in_(("job_coaching", "individual_coaching", "group_coaching"))
    )
    clients = [
        c.id
        for c in Client.select(Client.id)
        .where((Client.status == "active") & Client.id.not_in(busy))
        .order_by(Client.id)
        .limit(size * 3)
    ]
    if not clients:
        return
    rng.shuffle(clients)
    employers = [e.id for e in Employer.select(Employer.id).order_by(Employer.id).limit(200)]
    coaches = [s.id for s in StaffUser.select(StaffUser.id).where(StaffUser.role == "coach")]
    coaches = coaches or [s.id for s in StaffUser.select(StaffUser.id)]
    third = max(1, len(clients) // 3)
    _job_coaching(rng, today, clients[:third], employers, coaches)
    _individual(rng, today, clients[third : 2 * third], coaches)
    _groups(rng, today, clients[2 * third :], coaches)


def _job_coaching(rng, today, clients, employers, coaches) -> None:
    if not employers:
        return
    skills = coaching.list_skills()
    for client_id in clients:
        starts = today - dt.timedelta(days=rng.randrange(20, 240))
        ended = rng.random() < 0.25
        title, tasks = rng.choice(JOBS)
        begun = rng.random() < 0.6
        case = coaching.create_case(
            coaching.JobCaseData(
                client_id=client_id,
                employer_id=rng.choice(employers),
                coach_id=rng.choice(coaches) if coaches else None,
                job_title=title,
                tasks=tasks,
                starts_on=starts,
                working_hours=rng.choice(("6 h/pv, ma–pe", "4 h/pv, ma–to", "30 h/vko")),
                employment_begun=begun,
                employment_started_on=starts + dt.timedelta(days=14) if begun else None,
                ends_on=min(today, starts + dt.timedelta(days=rng.randrange(60, 200)))
                if ended
                else None,
            ),
            actor="Demo",
        )
        day = starts
        for kind in (*rules.TASK_KINDS[:5], *rng.sample(rules.TASK_KINDS, 3)):
            day = min(today, day + dt.timedelta(days=rng.randrange(1, 14)))
            step = rng.random() < 0.4
            coaching.add_entry(
                case.id,
                coaching.EntryData(
                    on_date=day,
                    minutes=rng.choice((30, 45, 60, 90, 120)),
                    kind=kind,
                    participants=rng.choice(("asiakas", "asiakas, työnjohtaja", "työnantaja")),
                    notes=ENTRY_NOTES[kind],
                    next_step="Seurantakäynti työpaikalla" if step else "",
                    next_step_on=day + dt.timedelta(days=rng.randrange(3, 21)) if step else None,
                ),
                actor="Demo",
            )
        for number, on in enumerate((starts, min(today, starts + dt.timedelta(days=60)))):
            ratings = [
                coaching.Rating(s.id, min(5, max(1, rng.randrange(1, 4) + number * 1)))
                for s in skills
            ]
            coaching.record_assessment(case.id, on, ratings, with_employer=number > 0)


def _individual(rng, today, clients, coaches) -> None:
    for client_id in clients:
        starts = today - dt.timedelta(days=rng.randrange(14, 200))
        period = coaching.create_period(
            coaching.PeriodData(client_id, rng.choice(coaches) if coaches else None, starts),
            actor="Demo",
        )
        goals = [coaching.add_goal(period.id, area, text) for area, text in rng.sample(GOALS, 2)]
        day = starts
        for number in range(rng.randrange(2, 6)):
            day = min(today, day + dt.timedelta(days=rng.randrange(5, 15)))
            coaching.add_session(
                period.id,
                coaching.SessionData(
                    day, rng.choice((45, 60, 90)), rng.choice(THEMES), "", "Seuraava tapaaminen"
                ),
                actor="Demo",
            )
            for goal in goals:
                coaching.record_progress(goal.id, day, min(5, 1 + number + rng.randrange(0, 2)))
        coaching.save_professionals(
            period.id, [coaching.Professional("social", "Sari Sosiaaliohjaaja", "Hyvinvointialue")]
        )


def _groups(rng, today, clients, coaches) -> None:
    per_group = max(1, len(clients) // len(GROUPS))
    for index, (name, goal, schedule) in enumerate(GROUPS):
        members = clients[index * per_group : (index + 1) * per_group][:12]
        if not members:
            continue
        starts = today - dt.timedelta(days=30 + 40 * index)
        record = groups.create_group(
            groups.GroupData(
                name,
                goal,
                starts,
                starts + dt.timedelta(days=120),
                schedule,
                "",
                tuple(rng.sample(coaches, min(2, len(coaches)))),
            )
        )
        joined = [groups.add_member(record.id, c, starts, actor="Demo") for c in members]
        for week in range(0, 120, 7):
            day = starts + dt.timedelta(days=week)
            if day > today:
                break
            session = groups.add_session(record.id, day, dt.time(9), rng.choice(THEMES))
            groups.save_attendance(
                session.id,
                {m.id: rng.choices(("present", "absent", "excused"), (8, 1, 1))[0] for m in joined},
            )
        for offset, visit in enumerate(VISITS):
            day = starts + dt.timedelta(days=10 + 14 * offset)
            if day <= today:
                groups.add_visit(record.id, groups.VisitData(day, *visit))
        if starts + dt.timedelta(days=120) <= today:
            for member in joined:
                groups.set_outcome(member.id, rng.choice(("education", "work", "other")))
