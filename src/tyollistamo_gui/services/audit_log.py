"""Reading the audit log: the administrator's viewer, CSV export, the chain check, a
client's own extract (who processed my data) for a subject-access request."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..domain import access
from ..storage import audit
from ..storage.audit import AuditEntry
from ..storage.connection import translate_errors
from ..storage.models import database
from . import session

ACTIONS = (
    "view",
    "create",
    "update",
    "delete",
    "print",
    "export",
    "import",
    "erase",
    "sign_in",
    "sign_in_failed",
    "sign_in_refused",
    "sign_out",
    "lock",
    "unlock",
    "unlock_failed",
    "password_changed",
    "password_reset",
    "user_created",
    "user_updated",
    "backup",
    "restore",
    "retention_changed",
    "schema_upgraded",
)


@dataclass(frozen=True)
class AuditFilter:
    client_id: int | None = None
    username: str = ""
    action: str = ""
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    role: str
    workstation: str
    client_id: int | None
    object_type: str
    object_id: str
    action: str
    reason: str
    details: dict


CSV_COLUMNS = (
    "id",
    "at",
    "username",
    "role",
    "workstation",
    "client_id",
    "object_type",
    "object_id",
    "action",
    "reason",
    "details",
)


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        entry.id,
        entry.at,
        entry.username,
        entry.role,
        entry.workstation,
        entry.client_id,
        entry.object_type,
        entry.object_id,
        entry.action,
        entry.reason,
        json.loads(entry.details) if entry.details else {},
    )


def _query(filters: AuditFilter):
    query = AuditEntry.select()
    if filters.client_id is not None:
        query = query.where(AuditEntry.client_id == filters.client_id)
    if filters.username.strip():
        query = query.where(AuditEntry.username == filters.username.strip())
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(filters.since, dt.time()))
    if filters.until is not None:
        end = dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEntry.at < end)
    return query


def search(filters: AuditFilter, offset: int = 0, limit: int = 500) -> list[AuditRow]:
    """Entries matching ``filters``, newest first (administrators only)."""
    session.require(access.AUDIT_VIEW)
    query = _query(filters).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    return [_row(entry) for entry in query]


def count(filters: AuditFilter) -> int:
    session.require(access.AUDIT_VIEW)
    return _query(filters).count()


def usernames() -> list[str]:
    session.require(access.AUDIT_VIEW)
    query = AuditEntry.select(AuditEntry.username).where(AuditEntry.username != "").distinct()
    return sorted(row.username for row in query)


@translate_errors
def export_csv(filters: AuditFilter, path: Path) -> int:
    """Write the matching entries, oldest first, to ``path``; the export itself is logged."""
    session.require(access.AUDIT_VIEW)
    written = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for entry in _query(filters).order_by(AuditEntry.id).iterator():
            writer.writerow(
                [
                    entry.id,
                    entry.at.isoformat(sep=" ", timespec="seconds"),
                    entry.username,
                    entry.role,
                    entry.workstation,
                    "" if entry.client_id is None else entry.client_id,
                    entry.object_type,
                    entry.object_id,
                    entry.action,
                    entry.reason,
                    entry.details,
                ]
            )
            written += 1
    with database.atomic():
        session.log(
            "export",
            client_id=filters.client_id,
            object_type="audit_log",
            details={"rows": written, "file": Path(path).name},
        )
    return written


def verify() -> list[str]:
    """What is wrong with the chain, as sentences; empty when it holds."""
    return [str(problem) for problem in audit.verify_chain()]


def client_extract(client_id: int) -> list[AuditRow]:
    """Who processed this client's data and why, oldest first (part of a subject-access export).

    Sign-ins and other entries without the client are not included.
    """
    if not session.has(access.AUDIT_VIEW):
        session.require_client_access(client_id, access.VIEW)
    query = AuditEntry.select().where(AuditEntry.client_id == client_id).order_by(AuditEntry.id)
    return [_row(entry) for entry in query]
