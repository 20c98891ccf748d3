"""Who belongs in each Today section: a register with one item in every state of each kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from tyollistamo_gui.domain.guidance import FollowUp, Goal, GuidanceData, Measure
from tyollistamo_gui.domain.supported import WorkTrial
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import coaching, guidance, rendering, supported, today
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.guidance import GuidanceProcess
from tyollistamo_gui.storage.models import Client, Employer, StaffUser

from ...documents.sample import sample_pdf

DAY = dt.timedelta(days=1)


@pytest.fixture
def register(qapp, db):
    """Every state of everything the Today page lists, for one counsellor; names say the state.

    Work trials: draft, printed, signed, ended early, and printed for a client since closed.
    """
    now = dt.datetime.now()
    liisa = StaffUser.create(
        username="liisa", display_name="Liisa", role="counsellor", created_at=now, updated_at=now
    ).id
    day = dt.date.today()
    monday = day - dt.timedelta(days=day.weekday())
    clients: dict[str, int] = {}

    def client(name: str) -> int:
        clients[name] = client_service.create_client(
            ClientData(
                first_name=name,
                last_name="Testinen",
                identity_code="",
                benefit_status="labour_market_subsidy",
                unemployed_since=day - dt.timedelta(days=900),
                responsible_staff_id=liisa,
            )
        ).id
        return clients[name]

    # Guidance: draft, plan agreed (in progress), completed, interrupted; each with a
    # follow-up meeting and a plan review this week.
    for state in ("draft", "agreed", "completed", "interrupted"):
        client_id = client(f"Guidance-{state}")
        record = guidance.start_process(client_id, liisa, monday - 60 * DAY)
        data = GuidanceData(
            counsellor_id=liisa,
            started_on=monday - 60 * DAY,
            situation_summary="Summary",
            next_review_on=monday + 2 * DAY,
            follow_ups=(FollowUp(monday - 7 * DAY, next_step="Visit", next_meeting=monday),),
        )
        if state != "draft":
            data = dataclasses.replace(
                data,
                goals=(Goal("short", "Goal"),),
                plan_date=monday - 50 * DAY,
                measures=(Measure("individual_coaching", "Weekly"),),
            )
        saved = guidance.save_draft(record.id, record.version, data, 3)
        assert saved.status == ("draft" if state == "draft" else "in_progress")
        if state in ("completed", "interrupted"):
            GuidanceProcess.update(status=state).where(GuidanceProcess.id == record.id).execute()

    # Work trials ending within two weeks: draft, printed, signed, ended early.
    employer = Employer.create(name="Puuseppä Oy", business_id="2129026-2")
    for state in ("draft", "printed", "signed", "ended", "closed"):
        client_id = client(f"Trial-{state}")
        trial = WorkTrial(
            employer_id=employer.id,
            workplace="Verstas",
            goals="Goals",
            tasks="Tasks",
            supervisor_name="Ville",
            start=day - 60 * DAY,
            end=day + 7 * DAY,
            hours_per_day=Decimal("6"),
            daily_timing="8-14",
            plan_date=day - 70 * DAY,
            authority_name="Turun työllisyysalue",
        )
        record = supported.save_arrangement("work_trial", client_id, trial)
        if state in ("printed", "signed", "closed"):
            document = rendering.render("work-trial", record.id)
            stored = archive.archive_document(
                client_id=client_id,
                kind=document.kind,
                object_id=document.object_id,
                title=document.title,
                language=document.language,
                pdf=document.pdf,
                version=document.version,
                source_revision=document.source_revision,
            )
            if state == "signed":
                archive.record_signing(stored.id, day, "Ville")
        if state == "ended":
            supported.end_arrangement("work_trial", record.id, day - DAY, "moved")
        if state == "closed":  # a printed trial of a client no longer served
            closing = client_service.get_client(client_id)
            client_service.close_client(client_id, closing.version, day, "education")

    # Other documents: printed and unsigned, signed, and an unsigned version replaced by a
    # signed newer one.
    for state, versions in (("unsigned", (1,)), ("signed", (1,)), ("replaced", (1, 2))):
        client_id = client(f"Document-{state}")
        for version in versions:
            stored = archive.archive_document(
                client_id=client_id,
                kind="test-agreement",
                object_id=client_id,
                title="Testisopimus",
                language="fi",
                pdf=sample_pdf(version=version),
                version=version,
            )
        if state != "unsigned":
            archive.record_signing(stored.id, day, "Signer")

    # Job coaching: a case going on, and one that ended before its agreed next step.
    for state, ends_on in (("open", None), ("ended", monday + DAY)):
        client_id = client(f"Coaching-{state}")
        case = coaching.create_case(
            coaching.JobCaseData(
                client_id=client_id,
                employer_id=employer.id,
                coach_id=liisa,
                job_title="Carpenter",
                starts_on=monday - 30 * DAY,
                ends_on=ends_on,
            )
        )
        coaching.add_entry(
            case.id,
            coaching.EntryData(
                on_date=monday - 3 * DAY,
                minutes=30,
                kind="tailoring_tasks",
                next_step=f"Step-{state}",
                next_step_on=monday + 3 * DAY,
            ),
        )

    # Contact: an active client without contact, a closed one, one seen lately.
    long_ago = dt.datetime.combine(day - 45 * DAY, dt.time(9))
    for state in ("silent", "closed", "recent"):
        client_id = client(f"Contact-{state}")
        if state == "closed":
            record = client_service.get_client(client_id)
            client_service.close_client(client_id, record.version, day, "education")
        if state != "recent":
            Client.update(last_event_at=long_ago).where(Client.id == client_id).execute()
    return liisa, day, clients


def _names(sections, key: str) -> list[str]:
    section = next(s for s in sections if s.key == key)
    assert section.total == len(section.items)
    return sorted(item.client_name.split(", ")[1] for item in section.items)


def test_each_section_lists_only_what_is_in_its_state(register):
    liisa, day, _clients = register
    for staff in (liisa, None):
        sections = today.today_sections(today.TodayQuery(staff, day))
        # Only a process whose plan is not agreed yet is an unfinished draft ...
        assert _names(sections, "guidance_drafts") == ["Guidance-draft"]
        # ... only an agreed plan is reviewed ...
        assert _names(sections, "guidance_reviews") == ["Guidance-agreed"]
        # ... and meetings and next steps belong to what still goes on.
        assert _names(sections, "next_steps") == [
            "Coaching-open",
            "Guidance-agreed",
            "Guidance-draft",
        ]
        assert _names(sections, "agreements_ending") == ["Trial-printed", "Trial-signed"]
        assert _names(sections, "documents_unsigned") == ["Document-unsigned", "Trial-printed"]
        assert _names(sections, "no_contact") == ["Contact-silent"]
