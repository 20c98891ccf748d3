"""The Today list: sections in order, scoped to the staff member, limited and counted."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services import today
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import Client, StaffUser

from ...documents.sample import sample_pdf

TODAY = dt.date(2026, 11, 30)  # a Monday


def _staff(name: str) -> int:
    now = dt.datetime.now()
    return StaffUser.create(
        username=name.lower(), display_name=name, role="counsellor", created_at=now, updated_at=now
    ).id


def _client(first: str, staff_id: int | None, last_event: dt.date) -> int:
    client = client_service.create_client(
        ClientData(first_name=first, last_name="Testinen", responsible_staff_id=staff_id)
    )
    Client.update(last_event_at=dt.datetime.combine(last_event, dt.time(9))).where(
        Client.id == client.id
    ).execute()
    return client.id


def _section(sections, key):
    return next(s for s in sections if s.key == key)


def test_week_ends_on_sunday():
    assert today.TodayQuery(None, TODAY).week_end == dt.date(2026, 12, 6)
    assert today.TodayQuery(None, dt.date(2026, 12, 6)).week_end == dt.date(2026, 12, 6)


def test_no_contact_counts_from_the_last_event_and_respects_the_days(db):
    liisa = _staff("Liisa")
    old = _client("Aino", liisa, TODAY - dt.timedelta(days=31))
    _client("Eero", liisa, TODAY - dt.timedelta(days=29))
    boundary = _client("Ilona", liisa, TODAY - dt.timedelta(days=30))
    other = _client("Olli", None, TODAY - dt.timedelta(days=90))
    sections = today.today_sections(today.TodayQuery(liisa, TODAY))
    items = _section(sections, "no_contact").items
    assert [i.client_id for i in items] == [old]
    assert items[0].params["days"] == 31 and items[0].tab == "history"
    unit = _section(today.today_sections(today.TodayQuery(None, TODAY)), "no_contact")
    assert [i.client_id for i in unit.items] == [other, old]
    seven = today.today_sections(today.TodayQuery(liisa, TODAY, no_contact_days=7))
    assert {i.client_id for i in _section(seven, "no_contact").items} >= {old, boundary}


def test_closed_clients_are_not_listed(db):
    client_id = _client("Aino", None, TODAY - dt.timedelta(days=100))
    record = client_service.get_client(client_id)
    client_service.close_client(client_id, record.version, dt.date.today(), "education")
    sections = today.today_sections(today.TodayQuery(None, TODAY))
    assert _section(sections, "no_contact").items == ()


def test_sections_are_limited_but_counted(db):
    for number in range(7):
        _client(f"Asiakas{number}", None, TODAY - dt.timedelta(days=60 + number))
    section = _section(today.today_sections(today.TodayQuery(None, TODAY, limit=5)), "no_contact")
    assert len(section.items) == 5 and section.total == 7
    assert section.items[0].client_name == "Testinen, Asiakas6"  # longest without contact first


def test_unsigned_documents_of_my_clients(qapp, db):
    liisa = _staff("Liisa")
    mine = _client("Aino", liisa, TODAY)
    theirs = _client("Eero", None, TODAY)
    for client_id, object_id in ((mine, 1), (theirs, 2)):
        archive.archive_document(
            client_id=client_id,
            kind="test-agreement",
            object_id=object_id,
            title="Testisopimus",
            language="fi",
            pdf=sample_pdf(version=object_id),
            version=3,
        )
    section = _section(today.today_sections(today.TodayQuery(liisa, TODAY)), "documents_unsigned")
    assert [(i.client_id, i.detail, i.tab, i.params["version"]) for i in section.items] == [
        (mine, "Testisopimus", "documents", 3)
    ]
    document_id = section.items[0].params["document_id"]
    archive.record_signing(document_id, dt.date.today(), "Aino Testinen")
    again = _section(today.today_sections(today.TodayQuery(liisa, TODAY)), "documents_unsigned")
    assert again.items == ()


def test_sections_come_in_their_order_and_a_new_provider_joins(db, monkeypatch):
    monkeypatch.setattr(today, "_PROVIDERS", dict(today._PROVIDERS))

    @today.provider("first_thing", order=1)
    def first(query):
        return [today.TodayItem(None, "", "x", due=query.week_end)]

    keys = [s.key for s in today.today_sections(today.TodayQuery(None, TODAY))]
    assert keys[0] == "first_thing"
    assert keys.index("documents_unsigned") < keys.index("no_contact")


@pytest.mark.parametrize("days", [1, 30, 365])
def test_the_limit_date_is_whole_days(db, days):
    client_id = _client("Aino", None, TODAY - dt.timedelta(days=days + 1))
    query = today.TodayQuery(None, TODAY, no_contact_days=days)
    assert [i.client_id for i in _section(today.today_sections(query), "no_contact").items] == [
        client_id
    ]


def test_next_steps_of_this_week_from_coaching_and_guidance(db):
    from tyollistamo_gui.domain.guidance import FollowUp
    from tyollistamo_gui.services import coaching, employers, guidance

    liisa = _staff("Liisa")
    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    query = today.TodayQuery(liisa, monday + dt.timedelta(days=2))  # a Wednesday
    aino = _client("Aino", liisa, query.today)
    employer = employers.create_employer(
        employers.EmployerData(name="Kone Oy", business_id="2129026-2")
    )
    case = coaching.create_case(
        coaching.JobCaseData(
            client_id=aino,
            employer_id=employer.id,
            coach_id=liisa,
            job_title="Varastotyöntekijä",
            starts_on=monday - dt.timedelta(days=20),
        )
    )
    for step_on, text in (
        (monday, "Soita työnantajalle"),
        (monday + dt.timedelta(days=9), "Later"),
    ):
        coaching.add_entry(
            case.id,
            coaching.EntryData(
                on_date=monday - dt.timedelta(days=10),
                minutes=30,
                kind="tailoring_tasks",
                next_step=text,
                next_step_on=step_on,
            ),
        )
    process = guidance.start_process(aino, liisa, started_on=monday - dt.timedelta(days=30))
    data = dataclasses.replace(
        process.data,
        follow_ups=(
            FollowUp(
                held_on=monday - dt.timedelta(days=7),
                notes="Kokeilu alkoi",
                next_step="Käynti työpaikalla",
                next_meeting=monday + dt.timedelta(days=4),
            ),
        ),
    )
    guidance.save_draft(process.id, process.version, data, 3)
    sections = today.today_sections(query)
    steps = _section(sections, "next_steps").items
    assert [(i.what, i.detail, i.due, i.tab) for i in steps] == [
        ("next_step.job_coaching", "Soita työnantajalle", monday, "coaching"),
        ("next_step.guidance", "Käynti työpaikalla", monday + dt.timedelta(days=4), "guidance"),
    ]
    drafts = _section(sections, "guidance_drafts").items
    assert [(i.client_id, i.params["phase"], i.tab) for i in drafts] == [(aino, 3, "guidance")]
    someone_else = _staff("Pekka")
    other = today.today_sections(today.TodayQuery(someone_else, query.today))
    assert _section(other, "next_steps").items == ()
    assert _section(other, "guidance_drafts").items == ()


def test_printed_agreements_ending_within_two_weeks(qapp, db):
    from decimal import Decimal

    from tyollistamo_gui.domain.supported import WorkTrial
    from tyollistamo_gui.services import rendering, supported
    from tyollistamo_gui.storage.models import Employer

    liisa = _staff("Liisa")
    client_id = client_service.create_client(
        ClientData(
            first_name="Anna",
            last_name="Virtanen",
            identity_code="131052-308T",
            benefit_status="labour_market_subsidy",
            unemployed_since=dt.date(2023, 1, 1),
            responsible_staff_id=liisa,
        )
    ).id
    employer = Employer.create(name="Puuseppä Oy", business_id="2129026-2", post_office="Turku")
    trial = WorkTrial(
        employer_id=employer.id,
        workplace="Verstas",
        goals="Soveltuvuus",
        tasks="Puutyöt",
        supervisor_name="Ville Valvoja",
        start=dt.date(2025, 5, 5),
        end=dt.date(2025, 7, 31),
        hours_per_day=Decimal("6"),
        daily_timing="8-14",
        plan_date=dt.date(2025, 4, 1),
        authority_name="Turun työllisyysalue",
    )
    record = supported.save_arrangement("work_trial", client_id, trial)
    query = today.TodayQuery(liisa, dt.date(2025, 7, 20))
    assert _section(today.today_sections(query), "agreements_ending").items == ()  # a draft
    document = rendering.render("work-trial", record.id)
    archive.archive_document(
        client_id=client_id,
        kind=document.kind,
        object_id=document.object_id,
        title=document.title,
        language=document.language,
        pdf=document.pdf,
        version=document.version,
        source_revision=document.source_revision,
    )
    items = _section(today.today_sections(query), "agreements_ending").items
    assert [(i.client_id, i.what, i.due, i.detail, i.tab) for i in items] == [
        (client_id, "ending.work_trial", dt.date(2025, 7, 31), "Puuseppä Oy", "supported")
    ]
    too_early = today.TodayQuery(liisa, dt.date(2025, 7, 16))
    assert _section(today.today_sections(too_early), "agreements_ending").items == ()
    other = today.TodayQuery(_staff("Pekka"), dt.date(2025, 7, 20))
    assert _section(today.today_sections(other), "agreements_ending").items == ()
