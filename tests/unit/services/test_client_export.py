"""The client list exported with its filter; an export imported again keeps every field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from openpyxl import load_workbook

from tyollistamo_gui.domain.identifiers import make_identity_code
from tyollistamo_gui.services import client_export, importing, session
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services.client_search import SearchFilter
from tyollistamo_gui.services.progress import Progress
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.models import Client, StaffUser

ClientData = client_service.ClientData


def full_clients(staff_id: int) -> list[ClientData]:
    """Two clients with every field filled, one of them closed."""
    first = ClientData(
        first_name="Åsa",
        last_name="Öberg",
        identity_code=make_identity_code(dt.date(1985, 3, 4), 931),
        service_language="other",
        other_language="arabia",
        interpreter_needed=True,
        phone="040 123 4567",
        email="asa@example.fi",
        street_address="Kauppakatu 1 A 2",
        postal_code="00100",
        post_office="Helsinki",
        benefit_status="other",
        benefit_other="Sairauspäiväraha",
        unemployed_since=dt.date(2023, 5, 6),
        referral_source="wellbeing_county",
        referrer_name="Sari Sosiaali",
        referrer_phone="+358 40 765 4321",
        referrer_email="sari@example.fi",
        responsible_staff_id=staff_id,
        consent_date=dt.date(2024, 1, 15),
        consent_what="Tietosuojaseloste annettu; suostumus Kelalle",
        status="active",
    )
    second = dataclasses.replace(
        first,
        first_name="Bo",
        last_name="Ek",
        identity_code=make_identity_code(dt.date(2001, 12, 31), 932),
        service_language="sv",
        other_language="",
        interpreter_needed=False,
        benefit_status="labour_market_subsidy",
        benefit_other="",
        referral_source="kela",
        status="closed",
        closed_on=dt.date(2025, 2, 3),
        closing_reason="Sai työpaikan; seuranta 3 kk",
        outcome="open_labour_market",
    )
    return [first, second]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_then_import_keeps_every_field(db, tmp_path, suffix):
    staff = StaffUser.create(username="ohjaaja", display_name="Olli Ohjaaja", role="counsellor")
    originals = full_clients(staff.id)
    for data in originals:
        client_service.create_client(data)
    path = tmp_path / f"clients.{suffix}"
    result = client_export.export_clients(SearchFilter(status="all"), path, "fi")
    assert result.count == 2
    Client.delete().execute()

    table = importing.load("clients", path)
    mapping = importing.guess_mapping("clients", table.headers)
    assert sorted(mapping.values()) == sorted(importing.fields("clients"))
    plan = importing.check("clients", table, mapping, source=path.name)
    assert plan.problems == []
    importing.run(plan, valid_only=False)
    imported = sorted(
        (client_service.get_client(c.id).data for c in Client.select()), key=lambda d: d.last_name
    )
    assert imported == sorted(originals, key=lambda d: d.last_name)


def test_the_file_says_which_filter_and_the_export_is_logged(db, tmp_path):
    for data in full_clients(None):
        client_service.create_client(data)
    path = tmp_path / "list.xlsx"
    search = SearchFilter(query="öberg", status="all")
    assert client_export.export_clients(search, path, "en").count == 1
    workbook = load_workbook(path)
    clients_sheet, filter_sheet = workbook.worksheets
    assert clients_sheet["C2"].value == "Öberg"
    assert clients_sheet["D2"].value == make_identity_code(dt.date(1985, 3, 4), 931)
    info = {row[0]: row[1] for row in filter_sheet.iter_rows(values_only=True)}
    assert info["Search"] == "öberg" and info["Show"] == "All clients"
    assert info["Clients"] == "1"
    summary = AuditEntry.get(AuditEntry.action == "export")
    assert summary.object_type == "client_list" and '"count": 1' in summary.details
    per_client = AuditEntry.select().where(
        (AuditEntry.action == "export") & AuditEntry.client_id.is_null(False)
    )
    assert [e.client_id for e in per_client] == [Client.get(Client.last_name == "Öberg").id]


def test_a_csv_export_has_the_filter_above_the_header(db, tmp_path):
    client_service.create_client(ClientData(first_name="A", last_name="B"))
    path = tmp_path / "list.csv"
    client_export.export_clients(SearchFilter(service_kind="guidance"), path, "en")
    text = path.read_bytes().decode("utf-8-sig")
    assert "Service in progress;Guidance" in text
    assert "Show;Active clients" in text
    assert "Clients;0" in text


def test_export_only_of_clients_the_user_may_see(db, tmp_path, sign_in_as):
    me = sign_in_as("counsellor", team="north", username="me")
    mate = StaffUser.create(username="mate", display_name="Mate", role="counsellor", team="north")
    other = StaffUser.create(username="other", display_name="Other", role="counsellor")
    with session.system_session():
        for staff_id, name in ((me.id, "Mine"), (mate.id, "Teams"), (other.id, "Others")):
            client_service.create_client(
                ClientData(first_name="X", last_name=name, responsible_staff_id=staff_id)
            )
    path = tmp_path / "mine.csv"
    result = client_export.export_clients(SearchFilter(status="all"), path, "en")
    assert (result.count, result.limited) == (2, True)
    text = path.read_bytes().decode("utf-8-sig")
    assert "Mine" in text and "Teams" in text and "Others" not in text
    sign_in_as("manager")
    assert client_export.export_clients(SearchFilter(status="all"), path, "en").count == 3
    sign_in_as("administrator")
    with pytest.raises(session.AccessDenied):
        client_export.export_clients(SearchFilter(status="all"), tmp_path / "no.csv", "en")
    assert not (tmp_path / "no.csv").exists()


def test_a_cancelled_export_leaves_no_file(db, tmp_path, monkeypatch):
    monkeypatch.setattr(client_export, "_BATCH", 1)
    for n in range(3):
        client_service.create_client(ClientData(first_name="A", last_name=f"B{n}"))

    out = tmp_path / "out"
    out.mkdir()
    for name in ("x.xlsx", "x.csv"):
        with pytest.raises(client_export.Cancelled):
            client_export.export_clients(
                SearchFilter(), out / name, "en", progress=Progress(cancelled=lambda: True)
            )
    assert list(out.iterdir()) == []
    assert not AuditEntry.select().where(AuditEntry.action == "export").exists()
