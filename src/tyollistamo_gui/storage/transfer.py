"""Moving a SQLite register to an empty PostgreSQL database, verified table by table.

The copy is generic: every table the target's schema has (after migrating it
to the latest version) is copied from the source with the columns both have,
parents before children (foreign keys), in one transaction. Values are
converted by the target column's type (SQLite keeps dates as text and booleans
as integers). Before committing, each table's row count and a SHA-256 over
its rows in id order, computed from the source and read back from the
target, must match; otherwise everything is rolled back. The server's own
search index (``client_name_token``) is rebuilt rather than copied, and the
id sequences are moved past the copied ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from . import migrations
from .models import database

# Not copied: the schema's own bookkeeping, and the server's derived search index.
SKIPPED = {"schema_version", "client_name_token"}
# Tables a freshly migrated database already has rows in (no user data).
SEEDED = {"unit_settings"}
BATCH = 2000

Progress = Callable[[str, int, int], None]


class TargetNotEmpty(Exception):
    """The server database already holds a register; nothing was copied."""

    def __init__(self, table: str, rows: int):
        super().__init__(f"table {table} has {rows} rows")
        self.table = table
        self.rows = rows


class VerificationFailed(Exception):
    """Counts or checksums differ after copying; everything was rolled back."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str  # SHA-256 of the rows, the same on both sides
    columns: tuple[str, ...] = ()


def _target_columns(target, table: str) -> list[tuple[str, str]]:
    rows = target.execute_sql(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    return [(name, kind) for name, kind in rows]


def _dependency_order(target, tables: list[str]) -> list[str]:
    """Parents before children, by the target's foreign keys (self-references ignored)."""
    rows = target.execute_sql(
        "SELECT child.relname, parent.relname FROM pg_constraint c "
        "JOIN pg_class child ON child.oid = c.conrelid "
        "JOIN pg_class parent ON parent.oid = c.confrelid "
        "JOIN pg_namespace n ON n.oid = child.relnamespace "
        "WHERE c.contype = 'f' AND n.nspname = current_schema()"
    ).fetchall()
    parents: dict[str, set[str]] = {t: set() for t in tables}
    for child, parent in rows:
        if child in parents and parent in parents and child != parent:
            parents[child].add(parent)
    ordered: list[str] = []
    while parents:
        ready = sorted(t for t, p in parents.items() if not p - set(ordered))
        if not ready:  # a cycle: copy the rest in name order and let the database judge
            ready = sorted(parents)
        for table in ready:
            ordered.append(table)
            del parents[table]
    return ordered


def _convert(kind: str, value):
    """A SQLite value as the target column's type expects it."""
    if value is None:
        return None
    if kind == "boolean":
        return bool(int(value)) if not isinstance(value, str) else value.lower() in ("1", "true")
    if kind == "date":
        return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if kind.startswith("timestamp"):
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if kind == "bytea":
        return bytes(value) if not isinstance(value, str) else value.encode("utf-8")
    if kind in ("integer", "bigint", "smallint"):
        return int(value)
    if kind in ("numeric",):
        return Decimal(str(value))
    if kind in ("real", "double precision"):
        return float(value)
    if kind in ("character varying", "text", "character") and not isinstance(value, str):
        return str(value)
    return value


def _canonical(value) -> bytes:
    if value is None:
        return b"\x00N"
    if isinstance(value, bool):
        return b"T" if value else b"F"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ").encode()
    if isinstance(value, dt.date):
        return value.isoformat().encode()
    if isinstance(value, bytes | bytearray | memoryview):
        return b"X" + bytes(value).hex().encode()
    if isinstance(value, float):
        return repr(value).encode()
    if isinstance(value, Decimal):
        return str(value.normalize()).encode()
    return str(value).encode("utf-8")


class _Checksum:
    def __init__(self):
        self.hash = hashlib.sha256()
        self.rows = 0

    def add(self, row: Iterable) -> None:
        self.hash.update(b"\x1e".join(_canonical(v) for v in row) + b"\x1d")
        self.rows += 1


def _source_rows(source: sqlite3.Connection, table: str, columns: list[str], order: str):
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = source.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}')
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def _order(columns: list[str]) -> str:
    return '"id"' if "id" in columns else ", ".join(f'"{c}"' for c in columns)


def _fresh_counts() -> dict[str, int]:
    """Rows per table that the migrations themselves write (vocabularies, the unit row)."""
    from peewee import SqliteDatabase

    fresh = SqliteDatabase(":memory:")
    migrations.migrate(fresh)
    counts = {
        table: fresh.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        for table in fresh.get_tables()
    }
    fresh.close()
    return counts


def check_target_empty(target) -> None:
    """Raise TargetNotEmpty when the server database holds any register data.

    A database the app has only created its tables in (rows written by the
    migrations, an unfilled unit row) counts as empty.
    """
    tables = set(target.get_tables())
    if not tables:
        return
    if "schema_version" not in tables:
        table = sorted(tables)[0]
        count = target.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        raise TargetNotEmpty(table, count)
    fresh = _fresh_counts()
    for table in sorted(tables - SKIPPED):
        count = target.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if count > fresh.get(table, 0):
            raise TargetNotEmpty(table, count)
        if table in SEEDED and count:
            filled = target.execute_sql(
                f"SELECT COUNT(*) FROM \"{table}\" WHERE name <> ''"
            ).fetchone()[0]
            if filled:
                raise TargetNotEmpty(table, count)


def copy_to_server(
    source_path: Path,
    target,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> list[TableCopy]:
    """Copy the (migrated, latest-version) SQLite file into the migrated, empty ``target``.

    ``target`` is a connected ``ServerDatabase``; it becomes the current
    database while copying. Returns what was copied, per table. An encrypted
    source is read with its ``passphrase``.
    """
    from .connection import connect_file
    from .name_search import index_client_names

    check_target_empty(target)
    migrations.migrate(target)
    source = connect_file(Path(source_path), passphrase)
    source_tables = {
        row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    tables = [t for t in target.get_tables() if t not in SKIPPED and t in source_tables]
    reports: list[TableCopy] = []
    database.initialize(target)
    try:
        with target.atomic():
            order = _dependency_order(target, tables)
            # The rows the migrations wrote come again from the source, as the user left them.
            for table in reversed(order):
                target.execute_sql(f'DELETE FROM "{table}"')
            for table in order:
                reports.append(_copy_table(source, target, table, progress))
            migrations.reset_sequences(
                target, [t for t in tables if "id" in dict(_target_columns(target, t))]
            )
            index_client_names()
            for report in reports:
                _verify(target, report)
        target.execute_sql("ANALYZE")
    finally:
        source.close()
    return reports


def _copy_table(source, target, table: str, progress: Progress | None) -> TableCopy:
    target_columns = _target_columns(target, table)
    source_columns = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    columns = [(name, kind) for name, kind in target_columns if name in source_columns]
    names = [name for name, _ in columns]
    total = source.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    checksum = _Checksum()
    insert = (
        f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
        f"VALUES ({', '.join(['%s'] * len(names))})"
    )
    batch: list[tuple] = []
    done = 0
    if progress:
        progress(table, 0, total)
    for raw in _source_rows(source, table, names, _order(names)):
        row = tuple(_convert(kind, value) for (_, kind), value in zip(columns, raw, strict=True))
        checksum.add(row)
        batch.append(row)
        if len(batch) >= BATCH:
            done += _insert(target, insert, batch)
            batch = []
            if progress:
                progress(table, done, total)
    done += _insert(target, insert, batch)
    if progress and total:
        progress(table, done, total)
    return TableCopy(table, checksum.rows, checksum.hash.hexdigest(), tuple(names))


def _insert(target, sql: str, rows: list[tuple]) -> int:
    from peewee import __exception_wrapper__ as driver_errors

    if rows:
        with driver_errors:  # the driver's errors as Peewee's, like every other statement
            target.cursor().executemany(sql, rows)
    return len(rows)


def _target_rows(target, table: str, names: list[str]) -> Iterator[tuple]:
    cols = ", ".join(f'"{c}"' for c in names)
    cursor = target.execute_sql(f'SELECT {cols} FROM "{table}" ORDER BY {_order(names)}')
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def table_checksum(target, table: str, names: tuple[str, ...]) -> TableCopy:
    checksum = _Checksum()
    for row in _target_rows(target, table, list(names)):
        checksum.add(row)
    return TableCopy(table, checksum.rows, checksum.hash.hexdigest(), names)


def _verify(target, report: TableCopy) -> None:
    """Read the copied columns back from the server and compare with the source's."""
    found = table_checksum(target, report.table, report.columns)
    if found != report:
        raise VerificationFailed(
            f"{report.table}: copied {report.rows} rows with checksum {report.checksum[:12]}, "
            f"the server has {found.rows} rows with checksum {found.checksum[:12]}"
        )
