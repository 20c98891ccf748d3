"""The document archive: versions, checksums, signing and what is waiting for signatures."""

from __future__ import annotations

import datetime as dt

import pytest

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.documents import ArchivedDocument

from ...documents.sample import sample_pdf


@pytest.fixture
def client(db):
    return client_service.create_client(ClientData(first_name="Åsa", last_name="Öberg"))


def _archive(client_id, pdf, *, object_id=7, revision=1, version=None):
    return archive.archive_document(
        client_id=client_id,
        kind="test-agreement",
        object_id=object_id,
        title="Testisopimus",
        language="fi",
        pdf=pdf,
        version=version or archive.document_version_for("test-agreement", object_id, revision),
        source_revision=revision,
        number="T-1",
        actor="Tester",
    )


def test_archiving_keeps_the_exact_bytes_and_checksum(qapp, client):
    import hashlib

    pdf = sample_pdf()
    record = _archive(client.id, pdf)
    assert record.version == 1
    assert record.sha256 == hashlib.sha256(pdf).hexdigest()
    assert archive.document_pdf(record.id) == pdf
    assert [d.id for d in archive.list_documents(client.id)] == [record.id]
    kinds = [e.kind for e in client_service.timeline(client.id)]
    assert "document_printed" in kinds


def test_the_same_pdf_twice_is_one_version(qapp, client):
    pdf = sample_pdf()
    first = _archive(client.id, pdf)
    again = _archive(client.id, pdf)
    assert again.id == first.id
    assert len(archive.list_documents(client.id)) == 1


def test_a_changed_record_gets_the_next_version_and_the_signed_one_stays(qapp, client):
    first = _archive(client.id, sample_pdf(version=1), revision=1)
    archive.record_signing(first.id, dt.date.today(), "Åsa Öberg, Työpaja")
    assert archive.document_version_for("test-agreement", 7, 1) == 1  # reprint keeps it
    assert archive.document_version_for("test-agreement", 7, 2) == 2
    second = _archive(client.id, sample_pdf(version=2), revision=2)
    assert second.version == 2
    documents = archive.list_documents(client.id)
    assert [d.version for d in documents] == [2, 1]
    assert archive.get_document(first.id).signed
    assert archive.document_pdf(first.id) == sample_pdf(version=1)
    assert archive.latest_document("test-agreement", 7).id == second.id


def test_record_signing_checks_date_and_names(qapp, client):
    record = _archive(client.id, sample_pdf())
    today = dt.date.today()
    with pytest.raises(ValidationFailed) as failed:
        archive.record_signing(record.id, None, "  ")
    assert {(f.code, f.field) for f in failed.value.findings} == {
        ("required", "signed_on"),
        ("required", "signed_by"),
    }
    with pytest.raises(ValidationFailed) as failed:
        archive.record_signing(record.id, today + dt.timedelta(days=1), "Åsa")
    assert failed.value.findings[0].code == "date.future"
    with pytest.raises(ValidationFailed) as failed:
        archive.record_signing(record.id, today - dt.timedelta(days=3), "Åsa")
    assert failed.value.findings[0].code == "document.signed_before_printed"
    assert not archive.get_document(record.id).signed
    signed = archive.record_signing(record.id, today, " Åsa Öberg ")
    assert signed.signed_on == today and signed.signed_by == "Åsa Öberg"
    with pytest.raises(ValidationFailed) as failed:
        archive.record_signing(record.id, today, "Someone else")
    assert failed.value.findings[0].code == "document.already_signed"
    assert archive.get_document(record.id).signed_by == "Åsa Öberg"
    assert "document_signed" in [e.kind for e in client_service.timeline(client.id)]


def test_unsigned_documents_count_only_the_latest_version(qapp, client):
    other = client_service.create_client(ClientData(first_name="Matti", last_name="Virtanen"))
    old = _archive(client.id, sample_pdf(version=1), revision=1)
    new = _archive(client.id, sample_pdf(version=2), revision=2)
    separate = _archive(other.id, sample_pdf("sv"), object_id=8)
    assert [d.id for d in archive.unsigned_documents()] == [new.id, separate.id]
    assert old.id not in [d.id for d in archive.unsigned_documents()]
    assert [d.id for d in archive.unsigned_documents([other.id])] == [separate.id]
    archive.record_signing(separate.id, dt.date.today(), "Matti")
    assert [d.id for d in archive.unsigned_documents()] == [new.id]


def test_an_altered_copy_is_detected(qapp, client):
    record = _archive(client.id, sample_pdf())
    tampered = sample_pdf().replace(b"Testisopimus", b"Testisopimux", 1)
    ArchivedDocument.update(pdf=tampered).where(ArchivedDocument.id == record.id).execute()
    with pytest.raises(archive.DocumentDamaged):
        archive.document_pdf(record.id)


def test_unknown_ids_and_non_pdfs_are_refused(qapp, client):
    with pytest.raises(archive.DocumentNotFound):
        archive.get_document(999)
    with pytest.raises(archive.DocumentNotFound):
        archive.document_pdf(999)
    with pytest.raises(archive.DocumentNotFound):
        _archive(999, sample_pdf())
    with pytest.raises(ValueError):
        _archive(client.id, b"<html>not a pdf</html>")
    assert archive.list_documents(client.id) == []


def test_letterhead_comes_from_unit_settings(db):
    import dataclasses

    from tyollistamo_gui.services import unit

    unit.save_unit_info(
        dataclasses.replace(
            unit.get_unit_info(),
            name="Työpaja Kipinä ry",
            business_id="2129026-2",
            postal_code="00100",
            post_office="Helsinki",
            street_address="Kauppakatu 1",
        )
    )
    head = archive.letterhead()
    assert head.name == "Työpaja Kipinä ry"
    assert head.business_id == "2129026-2"
    assert head.address == "Kauppakatu 1, 00100 Helsinki"
