"""The audit log: one entry per action, and a chain that shows tampering."""

from __future__ import annotations

import datetime as dt

from tyollistamo_gui.services import clients, session
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage import audit
from tyollistamo_gui.storage.audit import AuditEntry, AuditHead
from tyollistamo_gui.storage.models import database


def _count() -> int:
    return AuditEntry.select().count()


def test_every_client_action_leaves_exactly_one_entry(db):
    steps = []

    def step(action, object_type, call):
        before = _count()
        result = call()
        rows = list(AuditEntry.select().order_by(AuditEntry.id).offset(before))
        assert [(r.action, r.object_type) for r in rows] == [(action, object_type)], action
        steps.append(rows[0])
        return result

    record = step("create", "client", lambda: clients.create_client(ClientData("Aino", "Aalto")))
    step("view", "client", lambda: clients.get_client(record.id))
    record = step(
        "update",
        "client",
        lambda: clients.update_client(record.id, record.version, ClientData("Aino", "Berg")),
    )
    note = step("create", "note", lambda: clients.add_note(record.id, "First meeting"))
    step("update", "note", lambda: clients.edit_note(note.id, "First meeting, 1 h"))
    period = step(
        "create", "service", lambda: clients.start_service(record.id, "guidance", dt.date.today())
    )
    step("update", "service", lambda: clients.end_service(period.id, dt.date.today()))
    record = clients._get(record.id)
    step(
        "update",
        "client",
        lambda: clients.close_client(
            record.id, record.version, dt.date.today(), "open_labour_market"
        ),
    )
    for row in steps:
        assert row.client_id == record.id
        assert row.username == "tester"
        assert row.workstation == "test-workstation"
    assert audit.verify_chain() == []


def test_entries_record_who_where_and_why(db):
    session.current().user  # noqa: B018 (signed in by the fixture)
    with database.atomic():
        session.log("print", client_id=7, object_type="document", object_id=3, reason="request")
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (row.action, row.client_id, row.object_type, row.object_id, row.reason) == (
        "print",
        7,
        "document",
        "3",
        "request",
    )
    assert row.role == "system" and row.at is not None


def _filled(n: int = 5) -> list[int]:
    with database.atomic():
        for i in range(n):
            session.log("view", client_id=i + 1, object_type="client")
    return [e.id for e in AuditEntry.select().order_by(AuditEntry.id)]


def test_intact_chain_verifies(db):
    _filled()
    assert audit.verify_chain() == []


def test_a_modified_row_breaks_the_chain(db):
    ids = _filled()
    AuditEntry.update(username="someone else").where(AuditEntry.id == ids[2]).execute()
    problems = audit.verify_chain()
    assert [(p.entry_id, p.problem) for p in problems] == [(ids[2], "hash")]
    assert "changed" in str(problems[0])


def test_a_removed_row_breaks_the_chain(db):
    ids = _filled()
    AuditEntry.delete().where(AuditEntry.id == ids[1]).execute()
    assert [(p.entry_id, p.problem) for p in audit.verify_chain()] == [(ids[2], "link")]


def test_removing_the_last_rows_is_noticed(db):
    ids = _filled()
    AuditEntry.delete().where(AuditEntry.id >= ids[-2]).execute()
    assert [p.problem for p in audit.verify_chain()] == ["head"]


def test_a_rehashed_row_still_breaks_the_link_to_the_next(db):
    ids = _filled()
    row = AuditEntry.get_by_id(ids[1])
    values = {name: getattr(row, name) for name in audit.HASHED_FIELDS}
    values["reason"] = "forged"
    AuditEntry.update(reason="forged", hash=audit.entry_hash(row.previous_hash, values)).where(
        AuditEntry.id == ids[1]
    ).execute()
    assert [(p.entry_id, p.problem) for p in audit.verify_chain()] == [(ids[2], "link")]


def test_head_starts_at_genesis(db):
    head = AuditHead.get_by_id(1)
    assert (head.last_id, head.last_hash) == (0, audit.GENESIS)
    assert audit.verify_chain() == []


def test_entries_appended_in_bulk_chain_like_single_ones(db):
    audit.append(action="view", username="a", client_id=1)
    with database.atomic():
        written = audit.append_many(
            [
                {"action": "create", "username": "b", "client_id": n, "object_id": n}
                for n in range(2, 6)
            ]
        )
    audit.append(action="view", username="c", client_id=9)
    assert written == 4
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [(r.action, r.client_id) for r in rows] == [
        ("view", 1),
        ("create", 2),
        ("create", 3),
        ("create", 4),
        ("create", 5),
        ("view", 9),
    ]
    assert all(b.previous_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    assert audit.verify_chain() == []
    head = AuditHead.get_by_id(1)
    assert (head.last_id, head.last_hash) == (rows[-1].id, rows[-1].hash)
