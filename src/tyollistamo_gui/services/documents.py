"""The archive of printed documents: every printed or saved version, with its checksum.

A document module renders PDF bytes; the UI (or the command line) shows them
and, when the user prints or saves, calls :func:`archive_document`. The same
content printed twice is one archived version; a changed record printed again
is a new version, and a signed version stays readable for good.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from .. import clock
from ..domain import access as access
from ..domain.findings import Finding, ValidationFailed
from ..storage.connection import translate_errors
from ..storage.documents import ArchivedDocument
from ..storage.models import Client, database, now
from . import session as session
from . import unit
from .clients import _event


def _client_of_document(document_id: int) -> int | None:
    from ..storage.documents import ArchivedDocument

    return session.client_of_row(ArchivedDocument, document_id)


class DocumentNotFound(LookupError):
    """No archived document (or no record to render) with that id."""


class DocumentDamaged(Exception):
    """The stored PDF no longer matches its checksum."""


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    client_id: int
    kind: str
    object_id: int | None
    source_revision: int
    version: int
    language: str
    title: str
    number: str
    sha256: str
    size: int
    created_at: dt.datetime
    created_by_id: int | None
    signed_on: dt.date | None
    signed_by: str
    signing_recorded_at: dt.datetime | None

    @property
    def signed(self) -> bool:
        return self.signed_on is not None


_COLUMNS = [c for c in ArchivedDocument._meta.sorted_fields if c.name != "pdf"]


def _record(row: ArchivedDocument) -> DocumentRecord:
    return DocumentRecord(
        id=row.id,
        client_id=row.client_id,
        kind=row.kind,
        object_id=row.object_id,
        source_revision=row.source_revision,
        version=row.version,
        language=row.language,
        title=row.title,
        number=row.number,
        sha256=row.sha256,
        size=row.size,
        created_at=row.created_at,
        created_by_id=row.created_by_id,
        signed_on=row.signed_on,
        signed_by=row.signed_by,
        signing_recorded_at=row.signing_recorded_at,
    )


def letterhead():
    """The unit's letterhead (``documents.base.Letterhead``) from Settings → Unit."""
    from ..documents.base import Letterhead  # ReportLab only when something is printed

    return Letterhead.of(unit.get_unit_info())


def _latest(kind: str, object_id: int | None) -> ArchivedDocument | None:
    return (
        ArchivedDocument.select(*_COLUMNS)
        .where((ArchivedDocument.kind == kind) & (ArchivedDocument.object_id == object_id))
        .order_by(ArchivedDocument.version.desc(), ArchivedDocument.id.desc())
        .first()
    )


@translate_errors
def document_version_for(kind: str, object_id: int, source_revision: int) -> int:
    """The version number to print on a document of this record at this revision.

    A reprint of an unchanged record keeps its number; a changed record gets the next.
    """
    latest = _latest(kind, object_id)
    if latest is None:
        return 1
    if latest.source_revision == source_revision:
        return latest.version
    return latest.version + 1


@translate_errors
def latest_document(kind: str, object_id: int) -> DocumentRecord | None:
    latest = _latest(kind, object_id)
    return None if latest is None else _record(latest)


@session.guard(access.VIEW, lambda **k: k["client_id"], log_as="print", object_type="document")
@translate_errors
def archive_document(
    *,
    client_id: int,
    kind: str,
    object_id: int | None,
    title: str,
    language: str,
    pdf: bytes,
    version: int = 1,
    source_revision: int = 1,
    number: str = "",
    staff_id: int | None = None,
    actor: str = "",
) -> DocumentRecord:
    """Keep ``pdf`` on the client; the same bytes archived before return that record."""
    if not pdf.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    digest = hashlib.sha256(pdf).hexdigest()
    with database.atomic():
        if Client.get_or_none(Client.id == client_id) is None:
            raise DocumentNotFound(f"client {client_id}")
        existing = (
            ArchivedDocument.select(*_COLUMNS)
            .where(
                (ArchivedDocument.client == client_id)
                & (ArchivedDocument.kind == kind)
                & (ArchivedDocument.object_id == object_id)
                & (ArchivedDocument.sha256 == digest)
            )
            .first()
        )
        if existing is not None:
            return _record(existing)
        stamp = now()
        row = ArchivedDocument.create(
            client=client_id,
            kind=kind,
            object_id=object_id,
            source_revision=source_revision,
            version=version,
            language=language,
            title=title,
            number=number,
            sha256=digest,
            size=len(pdf),
            pdf=pdf,
            created_at=stamp,
            created_by=staff_id,
        )
        _event(client_id, "document_printed", actor, stamp, title=title, version=version)
        Client.update(last_event_at=stamp).where(Client.id == client_id).execute()
    return get_document(row.id)


@translate_errors
def get_document(document_id: int) -> DocumentRecord:
    row = ArchivedDocument.select(*_COLUMNS).where(ArchivedDocument.id == document_id).first()
    if row is None:
        raise DocumentNotFound(f"document {document_id}")
    return _record(row)


@session.guard(
    access.VIEW,
    lambda document_id: _client_of_document(document_id),
    log_as="view",
    object_type="document",
)
@translate_errors
def document_pdf(document_id: int) -> bytes:
    """The archived PDF exactly as printed; raises DocumentDamaged if it was altered."""
    row = (
        ArchivedDocument.select(ArchivedDocument.pdf, ArchivedDocument.sha256)
        .where(ArchivedDocument.id == document_id)
        .first()
    )
    if row is None:
        raise DocumentNotFound(f"document {document_id}")
    pdf = bytes(row.pdf)
    if hashlib.sha256(pdf).hexdigest() != row.sha256:
        raise DocumentDamaged(f"document {document_id} does not match its checksum")
    return pdf


@session.guard(access.VIEW, lambda client_id: client_id)
@translate_errors
def list_documents(client_id: int) -> list[DocumentRecord]:
    """The client's archived documents, newest first."""
    rows = (
        ArchivedDocument.select(*_COLUMNS)
        .where(ArchivedDocument.client == client_id)
        .order_by(ArchivedDocument.created_at.desc(), ArchivedDocument.id.desc())
    )
    return [_record(row) for row in rows]


def check_signing(
    document: DocumentRecord, signed_on: dt.date | None, signed_by: str, today: dt.date
) -> list[Finding]:
    findings = []
    if document.signed:
        findings.append(Finding("document.already_signed", "signed_on"))
    if signed_on is None:
        findings.append(Finding("required", "signed_on"))
    elif signed_on > today:
        findings.append(Finding("date.future", "signed_on"))
    elif signed_on < document.created_at.date():
        findings.append(
            Finding(
                "document.signed_before_printed",
                "signed_on",
                {"printed": document.created_at.date()},
            )
        )
    if not signed_by.strip():
        findings.append(Finding("required", "signed_by"))
    return findings


@session.guard(
    access.EDIT,
    lambda document_id, *a, **k: _client_of_document(document_id),
    log_as="update",
    object_type="document",
)
@translate_errors
def record_signing(
    document_id: int,
    signed_on: dt.date | None,
    signed_by: str,
    actor: str = "",
    today: dt.date | None = None,
) -> DocumentRecord:
    """Record that the printed version was signed (on paper), by whom and when."""
    with database.atomic():
        document = get_document(document_id)
        findings = check_signing(document, signed_on, signed_by, today or clock.today())
        if findings:
            raise ValidationFailed(findings)
        stamp = now()
        ArchivedDocument.update(
            signed_on=signed_on, signed_by=signed_by.strip(), signing_recorded_at=stamp
        ).where(ArchivedDocument.id == document_id).execute()
        _event(
            document.client_id,
            "document_signed",
            actor,
            stamp,
            title=document.title,
            version=document.version,
        )
    return get_document(document_id)


@translate_errors
def unsigned_documents(client_ids: list[int] | None = None) -> list[DocumentRecord]:
    """Printed documents nobody has recorded as signed, oldest first.

    Only the latest version of each record counts: an older unsigned version
    replaced by a newer print is no longer waiting for signatures.
    """
    query = ArchivedDocument.select(*_COLUMNS).where(ArchivedDocument.signed_on.is_null())
    if client_ids is not None:
        query = query.where(ArchivedDocument.client.in_(client_ids))
    latest: dict[tuple, ArchivedDocument] = {}
    for row in query.order_by(ArchivedDocument.version, ArchivedDocument.id):
        key = (row.kind, row.object_id) if row.object_id is not None else ("id", row.id)
        latest[key] = row
    newer_signed = set()
    for key, row in latest.items():
        if key[0] == "id":
            continue
        newest = _latest(row.kind, row.object_id)
        if newest is not None and newest.id != row.id:
            newer_signed.add(key)
    return sorted(
        (_record(r) for k, r in latest.items() if k not in newer_signed),
        key=lambda d: (d.created_at, d.id),
    )
