"""The audit log: an append-only, hash-chained record of who processed which client's data.

Every row carries the SHA-256 of its own fields and of the previous row's hash,
so a row changed, removed or inserted afterwards breaks the chain, and
``verify_chain`` says where. The head row (one row) holds the id and hash of
the last entry, so removing entries from the end is found too. Appending
updates the head first: that takes the write lock on SQLite and a row lock on
PostgreSQL, so two workstations cannot both chain onto the same row.

Client and user are stored as plain numbers and names, not foreign keys: the
log outlives erased clients and removed users.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from peewee import CharField, DateTimeField, IntegerField, TextField

from .models import BaseModel, now

GENESIS = "0" * 64


class AuditEntry(BaseModel):
    at = DateTimeField(index=True)
    user_id = IntegerField(null=True)
    username = CharField(default="")
    role = CharField(default="")
    workstation = CharField(default="")
    client_id = IntegerField(null=True, index=True)
    object_type = CharField(default="")
    object_id = CharField(default="")
    action = CharField(index=True)
    reason = TextField(default="")
    details = TextField(default="")
    previous_hash = CharField()
    hash = CharField()


class AuditHead(BaseModel):
    """One row: the last entry's id and hash."""

    last_id = IntegerField(default=0)
    last_hash = CharField(default=GENESIS)


HASHED_FIELDS = (
    "at",
    "user_id",
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


def _stamp(value: dt.datetime) -> str:
    return value.isoformat(sep=" ", timespec="microseconds")


def entry_hash(previous_hash: str, values: dict) -> str:
    fields = {name: values.get(name) for name in HASHED_FIELDS}
    fields["at"] = _stamp(fields["at"])
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((previous_hash + payload).encode("utf-8")).hexdigest()


def append(
    *,
    action: str,
    username: str,
    role: str = "",
    user_id: int | None = None,
    workstation: str = "",
    client_id: int | None = None,
    object_type: str = "",
    object_id: object = "",
    reason: str = "",
    details: dict | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Add one entry at the end of the chain (call inside the caller's transaction)."""
    database = AuditEntry._meta.database
    values = {
        "at": at or now(),
        "user_id": user_id,
        "username": username,
        "role": role,
        "workstation": workstation,
        "client_id": client_id,
        "object_type": object_type,
        "object_id": "" if object_id in (None, "") else str(object_id),
        "action": action,
        "reason": reason or "",
        "details": json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
        if details
        else "",
    }
    with database.atomic():
        # Write first, read second: the write takes the lock that orders appends.
        AuditHead.update(last_id=AuditHead.last_id).where(AuditHead.id == 1).execute()
        head = AuditHead.get_by_id(1)
        digest = entry_hash(head.last_hash, values)
        entry = AuditEntry.create(previous_hash=head.last_hash, hash=digest, **values)
        AuditHead.update(last_id=entry.id, last_hash=digest).where(AuditHead.id == 1).execute()
    return entry


def append_many(entries: list[dict]) -> int:
    """Add many entries (keyword arguments of ``append``) in one go; returns how many.

    The chain is the same as from ``append`` called for each in turn; a bulk
    import or export logs thousands of clients without a round trip per entry.
    """
    from .bulk import insert_rows_returning_ids

    if not entries:
        return 0
    database = AuditEntry._meta.database
    stamp = now()
    with database.atomic():
        AuditHead.update(last_id=AuditHead.last_id).where(AuditHead.id == 1).execute()
        previous = AuditHead.get_by_id(1).last_hash
        rows = []
        for entry in entries:
            details = entry.get("details")
            object_id = entry.get("object_id", "")
            values = {
                "at": entry.get("at") or stamp,
                "user_id": entry.get("user_id"),
                "username": entry["username"],
                "role": entry.get("role", ""),
                "workstation": entry.get("workstation", ""),
                "client_id": entry.get("client_id"),
                "object_type": entry.get("object_type", ""),
                "object_id": "" if object_id in (None, "") else str(object_id),
                "action": entry["action"],
                "reason": entry.get("reason") or "",
                "details": json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
                if details
                else "",
            }
            digest = entry_hash(previous, values)
            rows.append((*(values[name] for name in HASHED_FIELDS), previous, digest))
            previous = digest
        ids = insert_rows_returning_ids(AuditEntry, (*HASHED_FIELDS, "previous_hash", "hash"), rows)
        AuditHead.update(last_id=ids[-1], last_hash=previous).where(AuditHead.id == 1).execute()
    return len(rows)


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int | None
    problem: str  # "hash", "link", "head"

    def __str__(self) -> str:
        where = f"entry {self.entry_id}" if self.entry_id is not None else "end of the log"
        text = {
            "hash": "its contents were changed after it was written",
            "link": "it does not follow the entry before it (an entry was removed or inserted)",
            "head": "entries are missing from the end of the log",
        }[self.problem]
        return f"audit log {where}: {text}"


def verify_chain(batch: int = 5000) -> list[ChainProblem]:
    """Every place where the chain does not hold; an empty list when it is intact."""
    problems: list[ChainProblem] = []
    previous = GENESIS
    last_id = 0
    after = 0
    while True:
        rows = list(
            AuditEntry.select().where(AuditEntry.id > after).order_by(AuditEntry.id).limit(batch)
        )
        if not rows:
            break
        for row in rows:
            values = {name: getattr(row, name) for name in HASHED_FIELDS}
            if row.previous_hash != previous:
                problems.append(ChainProblem(row.id, "link"))
            if entry_hash(row.previous_hash, values) != row.hash:
                problems.append(ChainProblem(row.id, "hash"))
            previous = row.hash
            last_id = row.id
        after = rows[-1].id
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is None or head.last_id != last_id or head.last_hash != previous:
        problems.append(ChainProblem(None, "head"))
    return problems
