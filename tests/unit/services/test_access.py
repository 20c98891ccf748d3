"""The role matrix, through the services: what each role may and may not do."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tyollistamo_gui.services import accounts, client_search, clients, session, unit
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.models import StaffUser


@pytest.fixture
def register(db, sign_in_as):
    """Two counsellors in team North, one in South, each with one client."""
    ids = {}
    for name, team in (("anna", "North"), ("bertil", "North"), ("cecilia", "South")):
        staff = StaffUser.create(
            username=name, display_name=name.title(), role="counsellor", team=team
        )
        ids[name] = staff.id
    with session.system_session():
        for name in ("anna", "bertil", "cecilia"):
            record = clients.create_client(
                ClientData(
                    first_name="Client", last_name=f"Of {name}", responsible_staff_id=ids[name]
                )
            )
            ids[f"client_{name}"] = record.id
    return ids


def _as(name: str, register) -> session.User:
    row = StaffUser.get_by_id(register[name])
    return session.start(
        session.User(row.id, row.username, row.display_name, frozenset({row.role}), row.team)
    ).user


def test_counsellor_sees_and_edits_own_and_team_clients(register):
    _as("anna", register)
    for owner in ("anna", "bertil"):
        record = clients.get_client(register[f"client_{owner}"])
        edited = dataclasses.replace(record.data, first_name="Edited")
        clients.update_client(record.id, record.version, edited)
        clients.add_note(record.id, "Met today")


def test_counsellor_needs_a_reason_for_another_teams_client(register):
    _as("anna", register)
    other = register["client_cecilia"]
    with pytest.raises(session.ReasonRequired):
        clients.get_client(other)
    with pytest.raises(session.ReasonRequired):
        clients.add_note(other, "no")
    with pytest.raises(session.ReasonRequired):
        clients.list_notes(other)
    record = clients.get_client(other, reason="Covering for Cecilia on holiday")
    assert record.id == other
    # The reason holds for the rest of the session, and is in the log.
    clients.add_note(other, "Called the client")
    rows = list(AuditEntry.select().where(AuditEntry.client_id == other).order_by(AuditEntry.id))
    assert [(r.action, r.reason) for r in rows][-2:] == [
        ("view", "Covering for Cecilia on holiday"),
        ("create", "Covering for Cecilia on holiday"),
    ]
    assert rows[-1].username == "anna"


def test_a_blank_reason_is_no_reason(register):
    _as("anna", register)
    with pytest.raises(session.ReasonRequired):
        clients.get_client(register["client_cecilia"], reason="   ")


def test_manager_reads_every_client_but_writes_none(register, sign_in_as):
    sign_in_as("manager")
    for owner in ("anna", "cecilia"):
        record = clients.get_client(register[f"client_{owner}"])
        assert clients.list_notes(record.id) == []
        with pytest.raises(session.AccessDenied):
            clients.update_client(record.id, record.version, record.data)
        with pytest.raises(session.AccessDenied):
            clients.add_note(record.id, "no")
        with pytest.raises(session.AccessDenied):
            clients.start_service(record.id, "guidance", dt.date.today())
    with pytest.raises(session.AccessDenied):
        clients.create_client(ClientData(first_name="New", last_name="Client"))
    assert client_search.count(client_search.SearchFilter(status="all")) == 3


def test_administrator_sees_no_client_content(register, sign_in_as):
    sign_in_as("administrator")
    with pytest.raises(session.AccessDenied):
        clients.get_client(register["client_anna"])
    with pytest.raises(session.AccessDenied):
        client_search.search(client_search.SearchFilter(status="all"))
    with pytest.raises(session.AccessDenied):
        clients.create_client(ClientData(first_name="New", last_name="Client"))
    # ...but manages the unit and the users.
    info = unit.get_unit_info()
    unit.save_unit_info(unit.UnitInfo(name="Paja", version=info.version))
    assert {a.username for a in accounts.list_accounts()} >= {"anna", "administrator"}


def test_administrator_who_is_also_counsellor_sees_own_clients(register, sign_in_as):
    user = sign_in_as("administrator", "counsellor", team="North")
    assert clients.get_client(register["client_anna"]).id == register["client_anna"]
    assert user.permissions >= {"users.manage", "clients.list"}


def test_counsellor_may_not_manage_users_or_the_unit(register):
    _as("anna", register)
    with pytest.raises(session.AccessDenied):
        accounts.list_accounts()
    with pytest.raises(session.AccessDenied):
        accounts.create_account("x", "X", frozenset({"manager"}), "", "long enough pw")
    with pytest.raises(session.AccessDenied):
        unit.save_unit_info(unit.UnitInfo(name="Mine"))


def test_nobody_signed_in_is_refused(register):
    session.end()
    with pytest.raises(session.NotSignedIn):
        clients.get_client(register["client_anna"])
    with pytest.raises(session.NotSignedIn):
        client_search.search(client_search.SearchFilter())


def test_refusal_writes_nothing(register, sign_in_as):
    before = AuditEntry.select().count()
    sign_in_as("manager")
    record = clients.get_client(register["client_anna"])
    with pytest.raises(session.AccessDenied):
        clients.update_client(record.id, record.version, ClientData(first_name="X", last_name="Y"))
    assert clients.get_client(record.id).data.first_name == "Client"
    assert AuditEntry.select().count() == before + 2  # the two views


def test_other_services_check_access_too(register, sign_in_as):
    from tyollistamo_gui.services import coaching, documents, guidance

    _as("anna", register)
    other = register["client_cecilia"]
    for call in (
        lambda: guidance.list_processes(other),
        lambda: guidance.start_process(other),
        lambda: coaching.client_coaching(other),
        lambda: documents.list_documents(other),
    ):
        with pytest.raises(session.ReasonRequired):
            call()
    assert guidance.list_processes(register["client_anna"]) == []
    sign_in_as("manager")
    assert coaching.client_coaching(other) == []
    with pytest.raises(session.AccessDenied):
        guidance.start_process(other)
    sign_in_as("counsellor", team="South", username="dora")
    process = guidance.start_process(other)
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (row.action, row.object_type, row.client_id, row.username) == (
        "create",
        "guidance_process",
        other,
        "dora",
    )
    assert process.id
