"""Demo guidance processes: one for each guidance period the demo clients have.

Called by ``services.demo.fill_demo`` inside its transaction. A period still
open gets an open process left at some page (a draft or, with the plan
agreed, in progress); an ended period a completed process. Texts are short
fictional phrases in the client's language.
"""

from __future__ import annotations

import datetime as dt
import random

from ..domain import guidance as rules
from ..storage.bulk import insert_rows
from ..storage.guidance import GuidanceGoal, GuidanceMeasure, GuidanceProcess
from ..storage.migrations import reset_sequences
from ..storage.models import Client, ClientService, database, now

_TEXTS = {
    "fi": {
        "education": ["Peruskoulu", "Ammattikoulu, logistiikka", "Ylioppilas", "Merkonomi"],
        "work_history": ["Varastotyö 10 v", "Kaupan kassa", "Siivoustyö", "Ei työhistoriaa"],
        "summary": [
            "Motivoitunut; tarvitsee kevyttä työtä kodin läheltä.",
            "Haluaa kouluttautua uudelle alalle; arki vaatii tukea.",
            "Pitkä työttömyys; aloitetaan työkokeilulla.",
        ],
        "goal_short": ["Työkokeilu kaupassa", "Arjen rytmi kuntoon", "Työnhaun taidot"],
        "goal_long": ["Osa-aikatyö", "Ammatillinen koulutus", "Vakituinen työ"],
        "measure": ["Työkokeilu paikallisessa yrityksessä", "Viikoittainen valmennus"],
    },
    "sv": {
        "education": ["Grundskola", "Yrkesskola, logistik", "Student", "Merkonom"],
        "work_history": ["Lagerarbete 10 år", "Kassa i butik", "Städning", "Ingen arbetshistoria"],
        "summary": [
            "Motiverad; behöver lätt arbete nära hemmet.",
            "Vill utbilda sig inom en ny bransch; vardagen kräver stöd.",
            "Lång arbetslöshet; vi börjar med arbetsprövning.",
        ],
        "goal_short": ["Arbetsprövning i butik", "Rytm i vardagen", "Färdigheter i jobbsökning"],
        "goal_long": ["Deltidsarbete", "Yrkesutbildning", "Fast anställning"],
        "measure": ["Arbetsprövning i ett lokalt företag", "Träning varje vecka"],
    },
}
_MEASURE_KINDS = ("work_trial", "individual_coaching", "group_coaching", "job_coaching")
_OUTCOMES = ("open_labour_market", "wage_subsidised", "education", "rehabilitation")


def fill_guidance_demo(seed: int, today: dt.date) -> int:
    """Create the processes; return how many. Ids are given here, so the lists can follow."""
    rng = random.Random(seed * 31 + 7)
    periods = (
        ClientService.select(
            ClientService.client,
            ClientService.started_on,
            ClientService.ended_on,
            Client.service_language,
            Client.responsible_staff,
        )
        .join(Client, on=(ClientService.client == Client.id))
        .where(ClientService.kind == "guidance")
        .order_by(ClientService.id)
        .tuples()
    )
    next_id = (GuidanceProcess.select(GuidanceProcess.id).order_by(GuidanceProcess.id.desc())
               .scalar() or 0) + 1  # fmt: skip
    stamp = now()
    processes, goals, measures = [], [], []
    open_clients: set[int] = set()
    for client_id, started_on, ended_on, language, staff_id in periods:
        if ended_on is None and client_id in open_clients:
            continue  # one open process per client
        texts = _TEXTS["sv" if language == "sv" else "fi"]
        plan_date = min(started_on + dt.timedelta(days=rng.randrange(7, 30)), today)
        if ended_on is None:
            open_clients.add(client_id)
            phase = rng.randrange(len(rules.PHASES))
            agreed = phase > rules.PLAN or (phase == rules.PLAN and rng.random() < 0.5)
            # A plan is agreed with a responsible counsellor only.
            agreed = agreed and staff_id is not None
            status = "in_progress" if agreed else "draft"
            outcome, end = "", None
        else:
            phase, agreed, status = rules.EVALUATION, True, "completed"
            outcome, end = rng.choice(_OUTCOMES), ended_on
        pid = next_id
        next_id += 1
        processes.append(
            (
                pid,
                client_id,
                staff_id,
                status,
                phase,
                started_on,
                end,
                rng.choice(texts["education"]),
                rng.choice(texts["work_history"]),
                rng.choice(texts["summary"]) if phase > rules.SITUATION or agreed else "",
                plan_date if agreed else None,
                (plan_date + dt.timedelta(days=rng.randrange(30, 90))) if agreed else None,
                rng.random() < 0.6,
                4,
                outcome,
                stamp,
                stamp,
            )
        )
        if phase >= rules.GOALS or agreed:
            goals.append((pid, 0, "short", rng.choice(texts["goal_short"])))
            goals.append((pid, 1, "long", rng.choice(texts["goal_long"])))
        if agreed:
            for position in range(rng.randrange(1, 3)):
                starts = plan_date + dt.timedelta(days=7 * position)
                measures.append(
                    (
                        pid,
                        position,
                        position + 1,
                        rng.choice(_MEASURE_KINDS),
                        texts["measure"][position % 2],
                        starts,
                        starts + dt.timedelta(days=90),
                        "done" if status == "completed" else "planned",
                    )
                )
    insert_rows(
        GuidanceProcess,
        (
            "id",
            "client",
            "counsellor",
            "status",
            "current_phase",
            "started_on",
            "ended_on",
            "education",
            "work_history",
            "situation_summary",
            "plan_date",
            "next_review_on",
            "job_search_obligation",
            "job_search_count",
            "outcome",
            "created_at",
            "updated_at",
        ),
        processes,
    )
    insert_rows(GuidanceGoal, ("process", "position", "term", "text"), goals)
    insert_rows(
        GuidanceMeasure,
        ("process", "position", "key", "kind", "description", "starts_on", "ends_on", "status"),
        measures,
    )
    reset_sequences(database.obj, ["guidance_process"])
    return len(processes)
