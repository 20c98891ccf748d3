"""Demo data for supported work: each kind in each state, for Finnish and Swedish clients."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..domain import supported_demo as templates
from ..storage.models import Client, Employer, StaffUser
from . import documents as archive
from . import rendering, session, supported

DEMO_ACTOR = "Demo"


def fill_supported_demo(today: dt.date) -> int:
    """Create 12 arrangements (3 kinds × 4 states) on active clients; returns the count."""
    with session.system_session("demo"):
        return _fill(today)


def _fill(today: dt.date) -> int:
    clients = {
        language: list(
            Client.select()
            .where(
                (Client.status == "active")
                & (Client.service_language == language)
                & Client.identity_code.is_null(False)
            )
            .order_by(Client.id)
            .limit(12)
        )
        for language in ("fi", "sv")
    }
    employers = list(Employer.select().order_by(Employer.id).limit(12))
    coach = StaffUser.select().where(StaffUser.role == "coach").first()
    if not clients["fi"] or not employers:
        return 0
    made = 0
    for index, (kind, state) in enumerate(
        (k, s) for k in supported.domain.KINDS for s in templates.DEMO_STATES
    ):
        language = "sv" if index % 3 == 2 and clients["sv"] else "fi"
        pool = clients[language]
        client = pool[index % len(pool)] if len(pool) > 6 else pool[0]
        if kind == "rehab_work":
            client = pool[(index + 5) % len(pool)]
            if client.benefit_status not in supported.domain.REHAB_BENEFITS:
                Client.update(benefit_status="labour_market_subsidy").where(
                    Client.id == client.id
                ).execute()
            data = templates.demo_rehab_work(language, state, today)
        elif kind == "work_trial":
            data = templates.demo_work_trial(
                language, state, employers[index % len(employers)].id, today
            )
        else:
            data = templates.demo_wage_subsidy(
                language,
                state,
                employers[(index + 3) % len(employers)].id,
                coach.id if coach else None,
                today,
            )
        try:
            record = supported.save_arrangement(kind, client.id, data, actor=DEMO_ACTOR)
        except (supported.ValidationFailed, supported.OverrideNeeded):
            continue  # the client's earlier demo arrangements do not allow it
        made += 1
        if kind == "rehab_work" and state in ("signed", "ended"):
            _attendance(record, today)
        if state in ("printed", "signed", "ended"):
            rendered = rendering.render(supported.DOCUMENT_KIND[kind], record.id)
            document = archive.archive_document(
                client_id=record.client_id,
                kind=rendered.kind,
                object_id=record.id,
                title=rendered.title,
                language=rendered.language,
                pdf=rendered.pdf,
                version=rendered.version,
                source_revision=rendered.source_revision,
                number=rendered.number,
                actor=DEMO_ACTOR,
            )
            if state in ("signed", "ended"):
                # Signed on the day the demo is made: a document is never signed before printing.
                signed = dt.date.today()
                archive.record_signing(document.id, signed, record.client_name, DEMO_ACTOR, signed)
        if state == "ended":
            supported.end_arrangement(kind, record.id, record.data.end, "", DEMO_ACTOR)
    return made


def _attendance(record: supported.ArrangementRecord, today: dt.date) -> None:
    day = record.start
    weekdays = supported.domain.weekday_set(record.data.weekdays)
    count = 0
    while day <= min(record.end, today) and count < 60:
        if day.isoweekday() in weekdays:
            status = "absent_excused" if count % 11 == 10 else "present"
            supported.record_attendance(record.id, day, status, Decimal("4.20"))
            count += 1
        day += dt.timedelta(days=1)
