"""Subject-access export: every stored record of a client in one zip, checked and logged."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import zipfile

import pytest
from peewee import BlobField

from tyollistamo_gui.services import clients, session, subject_access
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.progress import Cancelled, Progress
from tyollistamo_gui.storage import registry
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.models import Client, ClientNote, StaffUser

from .subject_access_data import PDF, USER_TEXT, fill_every_table


def _zip(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _walk(records):
    for record in records:
        yield record
        for children in record["children"].values():
            yield from _walk(children)


def test_every_model_with_client_data_has_an_exporter():
    missing = [
        model.__name__
        for model in subject_access.client_data_models()
        if subject_access.exporter_for(model) is None and model not in subject_access.DERIVED
    ]
    assert missing == [], (
        "these models hold client data but no exporter in services/subject_access.py "
        f"writes them to the subject-access export: {missing}"
    )


def test_client_data_models_follow_foreign_keys_to_the_client():
    found = {m._meta.table_name for m in subject_access.client_data_models()}
    # Directly, through another client record, and by a plain client_id column.
    assert {"client_note", "work_trial_absence", "attendance", "skill_rating"} <= found
    assert "audit_entry" in found
    # Group-level tables (a session, the group itself) are not one client's data.
    assert not {"coaching_group", "group_session", "employer", "staff_user"} & found
    assert set(subject_access.client_data_models()) <= set(registry.all_models())


def test_every_table_and_column_is_in_the_export(db, tmp_path):
    client_id = fill_every_table()
    result = subject_access.export_client(client_id, tmp_path / "export.zip", "fi")
    data = json.loads(_zip(result.path)["data.json"])
    by_table: dict[str, list[dict]] = {}
    for key, records in data["sections"].items():
        assert records, f"section {key} is empty"
        for record in _walk(records):
            by_table.setdefault(record["table"], []).append(record)
    for model in subject_access.client_data_models():
        if model in subject_access.DERIVED:
            continue
        table = model._meta.table_name
        assert by_table.get(table), f"no rows of {table} in the export"
        assert data["counts"][table] == len(by_table[table])
        if model is AuditEntry:
            continue  # the extract's own columns: no hashes, no client number
        columns = {f.name for f in model._meta.sorted_fields if not isinstance(f, BlobField)}
        assert set(by_table[table][0]["fields"]) == columns, table


def test_json_round_trips_the_stored_values(db, tmp_path):
    client_id = fill_every_table()
    result = subject_access.export_client(client_id, tmp_path / "export.zip", "sv")
    data = json.loads(_zip(result.path)["data.json"].decode("utf-8"))
    assert data["format"] == "tyollistamo.subject-access" and data["client_id"] == client_id
    stored = Client.get_by_id(client_id)
    (client,) = data["sections"]["client"]
    fields = client["fields"]
    assert fields["identity_code"] == "010190-999K"
    assert dt.date.fromisoformat(fields["birth_date"]) == stored.birth_date
    assert dt.datetime.fromisoformat(fields["created_at"]) == stored.created_at
    assert fields["interpreter_needed"] is True
    staff = StaffUser.get_by_id(stored.responsible_staff_id)
    assert client["references"]["responsible_staff"] == staff.display_name
    (note,) = data["sections"]["notes"]
    assert note["fields"]["text"] == ClientNote.get(ClientNote.client == client_id).text
    assert USER_TEXT in note["fields"]["text"]
    (trial,) = data["sections"]["work_trials"]
    assert decimal.Decimal(trial["fields"]["hours_per_day"]) == decimal.Decimal("7.50")
    assert trial["children"]["work_trial_absence"][0]["fields"]["authorised"] is True
    (log,) = [r for r in data["sections"]["audit_log"] if r["fields"]["reason"] == USER_TEXT]
    assert log["fields"]["action"] == "view"


def test_zip_holds_report_json_documents_and_a_manifest_with_checksums(db, tmp_path):
    client_id = fill_every_table()
    result = subject_access.export_client(client_id, tmp_path / "export.zip", "fi")
    files = _zip(result.path)
    (document,) = [name for name in files if name.startswith("documents/")]
    assert files[document] == PDF
    assert files["report.pdf"].startswith(b"%PDF-")
    assert set(files) == {"README.txt", "report.pdf", "data.json", document}
    assert set(result.files) == set(files)
    readme = files["README.txt"].decode("utf-8")
    for name, content in files.items():
        if name != "README.txt":
            assert f"{hashlib.sha256(content).hexdigest()}  " in readme
            assert name in readme
    assert result.damaged_documents == ()
    data = json.loads(files["data.json"])
    assert data["files"][0]["path"] == document
    assert data["files"][0]["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert not (tmp_path / "export.zip.part").exists()


def test_an_altered_archived_document_is_exported_and_named(db, tmp_path):
    from tyollistamo_gui.storage.documents import ArchivedDocument

    client_id = fill_every_table()
    ArchivedDocument.update(pdf=PDF + b"changed").execute()
    result = subject_access.export_client(client_id, tmp_path / "export.zip", "fi")
    assert len(result.damaged_documents) == 1
    readme = _zip(result.path)["README.txt"].decode("utf-8")
    assert "documents/" in readme.split("\r\n\r\n")[-1]


def test_the_export_is_logged_once_with_the_client(db, tmp_path):
    client_id = fill_every_table()
    before = AuditEntry.select().where(AuditEntry.action == "export").count()
    subject_access.export_client(client_id, tmp_path / "export.zip", "fi")
    rows = list(AuditEntry.select().where(AuditEntry.action == "export"))
    assert len(rows) == before + 1
    row = rows[-1]
    assert (row.client_id, row.object_type) == (client_id, "subject_access")
    details = json.loads(row.details)
    assert details["file"] == "export.zip" and details["language"] == "fi"
    assert details["sha256"] == hashlib.sha256((tmp_path / "export.zip").read_bytes()).hexdigest()


def test_refused_without_access_to_the_client_and_nothing_written(db, tmp_path, sign_in_as):
    record = clients.create_client(ClientData(first_name="Aino", last_name="Asiakas"))
    target = tmp_path / "export.zip"
    sign_in_as("administrator")  # no client content
    with pytest.raises(session.AccessDenied):
        subject_access.export_client(record.id, target, "fi")
    sign_in_as("counsellor", username="other")  # not theirs: a reason first
    with pytest.raises(session.ReasonRequired):
        subject_access.export_client(record.id, target, "fi")
    session.end()
    with pytest.raises(session.NotSignedIn):
        subject_access.export_client(record.id, target, "fi")
    assert not target.exists()
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 0


def test_own_counsellor_and_manager_may_export(db, tmp_path, sign_in_as):
    counsellor = sign_in_as("counsellor")
    record = clients.create_client(ClientData(first_name="Aino", last_name="Asiakas"))
    Client.update(responsible_staff=counsellor.id).where(Client.id == record.id).execute()
    subject_access.export_client(record.id, tmp_path / "a.zip", "fi")
    sign_in_as("manager")
    subject_access.export_client(record.id, tmp_path / "b.zip", "sv")
    users = [
        r.username
        for r in AuditEntry.select().where(AuditEntry.action == "export").order_by(AuditEntry.id)
    ]
    assert users == ["counsellor", "manager"]


def test_progress_is_reported_and_cancel_leaves_no_file(db, tmp_path):
    client_id = fill_every_table()
    steps = []
    progress = Progress(
        lambda done, total, text: steps.append((done, total, text)),
        cancelled=lambda: len(steps) >= 3,
        interval=0,
    )
    target = tmp_path / "export.zip"
    with pytest.raises(Cancelled):
        subject_access.export_client(client_id, target, "fi", progress=progress)
    assert not target.exists() and not (tmp_path / "export.zip.part").exists()
    assert len(steps) == 3
    assert AuditEntry.select().where(AuditEntry.action == "export").count() == 0

    steps.clear()
    subject_access.export_client(
        client_id, target, "fi", progress=Progress(lambda *step: steps.append(step), interval=0)
    )
    assert [text for _, _, text in steps[:2]] == ["client", "notes"]
    assert steps[-1][0] == steps[-1][1]
    assert [done for done, _, _ in steps] == sorted(done for done, _, _ in steps)


def test_a_client_without_records_still_exports(db, tmp_path):
    record = clients.create_client(ClientData(first_name="Åsa", last_name="Öberg"))
    result = subject_access.export_client(record.id, tmp_path / "e.zip", "sv")
    data = json.loads(_zip(result.path)["data.json"])
    assert data["sections"]["client"][0]["fields"]["first_name"] == "Åsa"
    assert data["sections"]["work_trials"] == []


def test_suggested_file_name_has_no_personal_name():
    name = subject_access.suggested_file_name(12, "fi", dt.date(2026, 1, 2))
    assert name == "tarkastusoikeus-12-2026-01-02.zip"
    assert subject_access.suggested_file_name(12, "sv", dt.date(2026, 1, 2)).startswith(
        "registerutdrag-"
    )


def test_references_name_what_the_ids_point_to(db, tmp_path):
    client_id = fill_every_table()
    data = subject_access.collect_unlogged(client_id)
    (trial,) = data.sections["work_trials"]
    assert "employer" in trial.references and "(" in trial.references["employer"]
    (member,) = data.sections["groups"]
    assert member.references["group"]
    assert member.children["attendance"][0].references["session"].startswith("2025-03-04")
