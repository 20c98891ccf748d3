"""Retention and erasure with a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import clients, retention, session
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.documents import archive_document
from tyollistamo_gui.storage.audit import AuditEntry, verify_chain
from tyollistamo_gui.storage.documents import ArchivedDocument
from tyollistamo_gui.storage.models import Client, ClientEvent, ClientNote, ClientService

CLOSED = dt.date(2020, 3, 31)


@pytest.fixture
def closed_client(db):
    record = clients.create_client(
        ClientData(
            first_name="Aino",
            last_name="Aalto",
            identity_code="131052-308T",
            phone="040 123 4567",
            status="closed",
            closed_on=CLOSED,
            outcome="open_labour_market",
            closing_reason="Moved away",
        )
    )
    clients.add_note(record.id, "Health details that must go")
    ClientService.create(
        client=record.id, kind="guidance", started_on=dt.date(2019, 1, 1), ended_on=CLOSED
    )
    return record


def test_due_for_erasure_after_four_years(closed_client):
    assert retention.due_for_erasure(dt.date(2024, 3, 30)) == []
    due = retention.due_for_erasure(dt.date(2024, 3, 31))
    assert [(r.client_id, r.due_on, r.kinds) for r in due] == [
        (closed_client.id, dt.date(2024, 3, 31), ("client_record",))
    ]


def test_rehabilitative_work_keeps_ten_years(closed_client):
    ClientService.create(
        client=closed_client.id,
        kind="rehabilitative_work",
        started_on=dt.date(2019, 1, 1),
        ended_on=CLOSED,
    )
    assert retention.due_for_erasure(dt.date(2029, 1, 1)) == []
    plan = retention.erasure_plan(closed_client.id, dt.date(2030, 3, 31))
    assert plan.due and plan.due_on == dt.date(2030, 3, 31)


def test_erasure_is_refused_before_the_period_without_a_legal_reason(closed_client):
    with pytest.raises(retention.ErasureRefused) as refused:
        retention.erase_client(closed_client.id, today=dt.date(2023, 1, 1))
    assert refused.value.due == dt.date(2024, 3, 31)
    assert Client.get_by_id(closed_client.id).first_name == "Aino"
    retention.erase_client(
        closed_client.id,
        legal_reason="Data protection authority order 1/2023",
        today=dt.date(2023, 1, 1),
    )
    row = AuditEntry.select().where(AuditEntry.action == "erase").get()
    assert row.reason == "Data protection authority order 1/2023"


def test_erasure_removes_identity_and_free_text_and_keeps_statistics(closed_client):
    retention.erase_client(closed_client.id, today=dt.date(2024, 4, 1))
    client = Client.get_by_id(closed_client.id)
    assert (client.first_name, client.last_name, client.identity_code) == ("***", "***", None)
    assert client.phone == "" and client.closing_reason == ""
    assert client.birth_date == dt.date(1952, 1, 1)
    assert (client.status, client.closed_on, client.outcome) == (
        "closed",
        CLOSED,
        "open_labour_market",
    )
    assert client.erased_at is not None
    assert ClientNote.select().where(ClientNote.client == client.id).count() == 0
    assert ClientService.select().where(ClientService.client == client.id).count() == 1
    events = list(ClientEvent.select().where(ClientEvent.client == client.id))
    assert events and all(e.details == "" for e in events)
    views_before = AuditEntry.select().where(AuditEntry.client_id == client.id).count()
    assert views_before >= 3  # the audit log stays, with the erasure
    assert retention.due_for_erasure(dt.date(2030, 1, 1)) == []


def test_only_administrators_manage_retention(closed_client, sign_in_as):
    sign_in_as("counsellor")
    with pytest.raises(session.AccessDenied):
        retention.due_for_erasure()
    with pytest.raises(session.AccessDenied):
        retention.erase_client(closed_client.id)
    sign_in_as("administrator")
    assert retention.due_for_erasure(dt.date(2025, 1, 1))


def test_a_changed_period_is_a_new_dated_rule(db):
    retention.save_rule("client_record", 6, dt.date(2026, 1, 1), "purchase contract 2026")
    rules = [r for r in retention.list_rules() if r.kind == "client_record"]
    assert [(r.years, r.valid_from) for r in rules] == [
        (4, dt.date(2025, 1, 1)),
        (6, dt.date(2026, 1, 1)),
    ]
    assert AuditEntry.select().where(AuditEntry.action == "retention_changed").count() == 1


def test_a_bad_period_is_refused_and_nothing_is_saved(db):
    before = retention.list_rules()
    for years in (0, 101, "many"):
        with pytest.raises(ValidationFailed) as failed:
            retention.save_rule("client_record", years, dt.date(2026, 1, 1))
        assert [(f.code, f.field) for f in failed.value.findings] == [("retention.years", "years")]
    with pytest.raises(ValidationFailed) as failed:
        retention.save_rule("client_record", 5, dt.date(1980, 1, 1))
    assert [f.code for f in failed.value.findings] == ["retention.valid_from"]
    assert retention.list_rules() == before
    assert AuditEntry.select().where(AuditEntry.action == "retention_changed").count() == 0


def test_periods_say_whether_they_are_checked_against_the_law(db):
    origins = {r.kind: r.origin for r in retention.list_rules()}
    assert origins == {
        "client_record": "law",
        "social_welfare": "law",
        "payments": "law",
        "employment_relationship": "unverified",
        "audit_log": "law",
    }
    # Changing a default's years makes it the unit's own period.
    retention.save_rule("client_record", 5, dt.date(2025, 1, 1), "purchase contract")
    row = next(r for r in retention.list_rules() if r.kind == "client_record")
    assert (row.years, row.origin, row.verified) == (5, "unit", False)


def test_any_signed_in_user_reads_the_periods_in_force_but_only_an_administrator_changes_them(
    db, sign_in_as
):
    retention.save_rule("client_record", 6, dt.date(2027, 1, 1))
    sign_in_as("counsellor")
    in_force = {r.kind: r.years for r in retention.rules_in_force(dt.date(2026, 6, 1))}
    assert in_force["client_record"] == 4
    assert {r.kind: r.years for r in retention.rules_in_force(dt.date(2027, 1, 1))}[
        "client_record"
    ] == 6
    with pytest.raises(session.AccessDenied):
        retention.save_rule("client_record", 5, dt.date(2026, 1, 1))
    with pytest.raises(session.AccessDenied):
        retention.list_rules()
    sign_in_as("manager")
    with pytest.raises(session.AccessDenied):
        retention.erasure_plan(1)


def test_the_plan_lists_what_goes_and_names_the_client(closed_client):
    clients.add_note(closed_client.id, "Second note")
    archive_document(
        client_id=closed_client.id,
        kind="work_trial_agreement",
        object_id=1,
        title="Work trial agreement",
        language="fi",
        pdf=b"%PDF-1.4 test",
    )
    plan = retention.erasure_plan(closed_client.id, dt.date(2024, 3, 31))
    assert (plan.display_name, plan.notes, plan.documents) == ("Aalto Aino", 2, 1)
    assert plan.related_records["client_event"] >= 1
    assert plan.due and not plan.already_erased
    with pytest.raises(retention.ClientNotFound):
        retention.erasure_plan(closed_client.id + 100)


def test_erasure_empties_documents_and_keeps_the_audit_chain_intact(closed_client):
    record = archive_document(
        client_id=closed_client.id,
        kind="work_trial_agreement",
        object_id=1,
        title="Work trial agreement",
        language="fi",
        pdf=b"%PDF-1.4 test",
    )
    ArchivedDocument.update(signed_by="Aino Aalto").where(
        ArchivedDocument.id == record.id
    ).execute()
    entries_before = AuditEntry.select().count()
    retention.erase_client(closed_client.id, today=dt.date(2024, 4, 1))
    document = ArchivedDocument.get_by_id(record.id)
    assert not bytes(document.pdf or b"") and document.signed_by == ""
    assert AuditEntry.select().count() == entries_before + 1
    assert verify_chain() == []
    erased = AuditEntry.select().where(AuditEntry.action == "erase").get()
    assert erased.client_id == closed_client.id and '"early": false' in erased.details
    # Erasing again changes nothing and logs nothing.
    retention.erase_client(closed_client.id, today=dt.date(2024, 4, 1))
    assert AuditEntry.select().count() == entries_before + 1


def test_an_active_client_is_erased_only_with_a_legal_reason(db):
    record = clients.create_client(ClientData(first_name="Bo", last_name="Berg"))
    plan = retention.erasure_plan(record.id, dt.date(2026, 1, 1))
    assert (plan.due, plan.due_on) == (False, None)
    with pytest.raises(retention.ErasureRefused):
        retention.erase_client(record.id, "   ", today=dt.date(2026, 1, 1))
    assert Client.get_by_id(record.id).erased_at is None
    retention.erase_client(record.id, "Court order 12/2026", today=dt.date(2026, 1, 1))
    assert Client.get_by_id(record.id).first_name == "***"


def test_a_clients_retention_is_readable_by_whoever_may_view_the_client(closed_client, sign_in_as):
    ClientService.create(
        client=closed_client.id, kind="wage_subsidy", started_on=CLOSED, ended_on=CLOSED
    )
    sign_in_as("manager")
    state = retention.client_retention(closed_client.id)
    assert (state.closed_on, state.due_on, state.erased_at) == (CLOSED, dt.date(2030, 3, 31), None)
    assert dict(state.periods) == {
        "client_record": dt.date(2024, 3, 31),
        "payments": dt.date(2030, 3, 31),
        "employment_relationship": dt.date(2030, 3, 31),
    }
    sign_in_as("coach", username="other_coach")
    with pytest.raises(session.AccessDenied):
        retention.client_retention(closed_client.id)
