"""The PostgreSQL server goes away in the middle of work, and comes back."""

from __future__ import annotations

import dataclasses

import pytest

from tyollistamo_gui.services import client_search
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.client_search import SearchFilter
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.database import DatabaseUnavailable

pytestmark = pytest.mark.parametrize("backend", ["postgres"], indirect=True)


def test_saving_fails_cleanly_while_the_server_is_down_and_works_after(db, postgres_control):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    changed = dataclasses.replace(record.data, phone="040 123 4567")
    postgres_control.stop()
    with pytest.raises(DatabaseUnavailable):
        svc.update_client(record.id, record.version, changed)
    with pytest.raises(DatabaseUnavailable):  # still down: told again, no traceback
        svc.add_note(record.id, "Soitettu")
    postgres_control.start()
    saved = svc.update_client(record.id, record.version, changed)
    assert saved.data.phone == "040 123 4567" and saved.version == record.version + 1
    svc.add_note(record.id, "Soitettu")
    assert [n.text for n in svc.list_notes(record.id)] == ["Soitettu"]
    assert [r.id for r in client_search.search(SearchFilter(query="aho"))] == [record.id]


def test_a_transaction_cut_by_the_server_leaves_nothing_half_done(db, postgres_control):

    from tyollistamo_gui.storage.models import Client, ClientEvent, database

    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    with pytest.raises(Exception), database.atomic():  # noqa: B017
        Client.update(phone="1").where(Client.id == record.id).execute()
        postgres_control.stop()
        ClientEvent.create(client=record.id, kind="x")
    postgres_control.start()
    assert svc.get_client(record.id).data.phone == ""
    assert [e.kind for e in svc.timeline(record.id)] == ["created"]
