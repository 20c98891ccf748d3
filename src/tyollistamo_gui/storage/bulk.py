"""Fast bulk inserts for large imports and demo data.

Peewee's insert_many builds its SQL value by value in Python, which dominates
when 100 000 rows go in; one prepared statement run with executemany does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from peewee import SQL, Model, SqliteDatabase, fn

from .models import database


def insert_rows(
    model: type[Model], names: Sequence[str], rows: Iterable[Sequence], *, raw: bool = False
) -> int:
    """Insert ``rows`` (values in the order of field ``names``); return how many.

    Fields not named get their model default, as with an ordinary insert.
    ``raw``: the values are already what the driver takes (str, int, bool,
    Decimal, date, datetime, None; an id for a foreign key), so they skip the
    fields' conversion, which takes a good part of the time for long rows.
    """
    named = [model._meta.fields[name] for name in names]
    defaults = [
        f
        for f in model._meta.sorted_fields
        if f.name not in names and not f.primary_key and f.default is not None
    ]
    extra = tuple(f.db_value(f.default() if callable(f.default) else f.default) for f in defaults)
    db = database.obj

    def quote(name: str) -> str:
        return f"{db.quote[0]}{name}{db.quote[1]}"

    columns = ", ".join(quote(f.column_name) for f in (*named, *defaults))
    placeholders = ", ".join([db.param] * (len(named) + len(defaults)))
    sql = f"INSERT INTO {quote(model._meta.table_name)} ({columns}) VALUES ({placeholders})"
    if raw:
        values = [(*row, *extra) for row in rows]
    else:
        values = [
            (*(f.db_value(v) for f, v in zip(named, row, strict=True)), *extra) for row in rows
        ]
    if values:
        db.cursor().executemany(sql, values)
    return len(values)


def insert_rows_returning_ids(
    model: type[Model], names: Sequence[str], rows: Sequence[Sequence], *, raw: bool = False
) -> list[int]:
    """``insert_rows`` inside the caller's transaction, returning the new ids in row order.

    Other writers are held off the table first (SQLite: a write takes the
    database's write lock; PostgreSQL: a lock that blocks inserts by others), so
    the ids above the largest one before are exactly ours, in insertion order.
    """
    if not rows:
        return []
    table = model._meta.table_name
    db = database.obj
    if isinstance(db, SqliteDatabase):
        model.update({model._meta.primary_key: model._meta.primary_key}).where(SQL("0")).execute()
    else:
        db.execute_sql(f'LOCK TABLE "{table}" IN SHARE ROW EXCLUSIVE MODE')
    key = model._meta.primary_key
    before = model.select(fn.MAX(key)).scalar() or 0
    insert_rows(model, names, rows, raw=raw)
    ids = [row[0] for row in model.select(key).where(key > before).order_by(key).tuples()]
    if len(ids) != len(rows):
        raise RuntimeError(f"{table}: inserted {len(rows)} rows but found {len(ids)} new ids")
    return ids
