"""Client name search on both backends: FTS5 on SQLite, a word table on PostgreSQL.

The rule (README, *Search and accents*): every word typed must be the start
of a word of the first or last name; letters typed without accents match
with or without them, accents typed must match; case never matters.

SQLite keeps two FTS5 indexes maintained by triggers (migration 2). On
PostgreSQL, ``client_name_token`` holds each name word twice, folded and
case-folded with accents, in columns with binary collation and B-tree
indexes: a word prefix is an index range scan. Chosen over ``pg_trgm`` +
``unaccent`` because (1) the words are split and folded by the same Python
code as the query, so results are identical to SQLite's and do not depend on
the server's locale or on ``unaccent``'s rules, (2) trigram indexes do not
help for the one- and two-letter prefixes typed first, and (3) it needs no
extension, so an ordinary database owner can create the schema. The price:
every write of a client's name must call ``index_client_names`` (the client
services, demo data and ``migrate-to`` do).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from peewee import SQL, CharField, ForeignKeyField, NodeList, SqliteDatabase, fn

from ..domain.collation import fold
from .models import BaseModel, Client, database

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# Above every character in binary (code point) order: the end of a prefix range.
_MAX_CHAR = "\U0010ffff"


class ClientNameToken(BaseModel):
    """PostgreSQL only (migration 2): one word of a client's name."""

    client = ForeignKeyField(Client, on_delete="CASCADE", index=True)
    folded = CharField(index=True)
    exact = CharField(index=True)

    class Meta:
        only_on = "postgresql"  # SQLite searches with FTS5 tables instead (see all_models)


def words(text: str) -> list[str]:
    return TOKEN.findall(unicodedata.normalize("NFC", text))


def token_rows(client_id: int, first_name: str, last_name: str) -> list[tuple[int, str, str]]:
    seen = set()
    rows = []
    for word in words(first_name) + words(last_name):
        row = (client_id, fold(word), word.casefold())
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


def uses_token_table() -> bool:
    return not isinstance(database.obj, SqliteDatabase)


def index_client_names(client_ids: Iterable[int] | None = None) -> None:
    """Rewrite the name words of these clients (all when None); nothing to do on SQLite."""
    if not uses_token_table():
        return
    query = Client.select(Client.id, Client.first_name, Client.last_name)
    delete = ClientNameToken.delete()
    if client_ids is not None:
        ids = list(client_ids)
        if not ids:
            return
        query = query.where(Client.id.in_(ids))
        delete = delete.where(ClientNameToken.client.in_(ids))
    with database.atomic():
        delete.execute()
        rows = []
        for client_id, first, last in query.tuples().iterator():
            rows.extend(token_rows(client_id, first, last))
            if len(rows) >= 5000:
                _insert(rows)
                rows = []
        _insert(rows)


def _insert(rows: list[tuple[int, str, str]]) -> None:
    if rows:
        ClientNameToken.insert_many(rows, fields=["client", "folded", "exact"]).execute()


def _prefix(column, prefix: str):
    return (column >= prefix) & (column < prefix + _MAX_CHAR)


def _fts_rowids(table: str, tokens: list[str]):
    match = " AND ".join(f'"{token}"*' for token in tokens)
    return SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)", (match,))


def matching_names(query, tokens: list[str]):
    """``query`` over Client narrowed to names matching every word in ``tokens``."""
    if not tokens:
        return query
    # Accents the user typed must match: "Åke" does not find "Ake", "ake" finds both.
    accented = [t for t in tokens if fold(t) != t.casefold()]
    if not uses_token_table():
        query = query.where(Client.id.in_(_fts_rowids("client_name_fold", tokens)))
        if accented:
            query = query.where(Client.id.in_(_fts_rowids("client_name_exact", accented)))
        return query
    conditions = [_prefix(ClientNameToken.folded, fold(token)) for token in tokens]
    conditions += [_prefix(ClientNameToken.exact, token.casefold()) for token in accented]
    return query.where(_clients_with(conditions))


def _clients_with(conditions: list):
    """``client.id = ANY (ARRAY (ids with word 1 INTERSECT ids with word 2 ...))``.

    PostgreSQL then collects the matching ids through the word index first
    and fetches just those clients by primary key, rather than hash-joining
    the whole client table (IN (subquery)) or comparing two id arrays with
    each other (one ANY per word): 10-30x faster for common names among
    100 000 clients.
    """
    words_ = None
    for condition in conditions:
        ids = ClientNameToken.select(ClientNameToken.client).where(condition)
        words_ = ids if words_ is None else words_ & ids
    return Client.id == fn.ANY(NodeList((SQL("ARRAY"), words_)))


def sorted_matches(column, narrowed: bool):
    """The sort key for a list narrowed by name words (``narrowed``) or not.

    PostgreSQL, given ORDER BY sort_name LIMIT 50, walks the sort_name index
    and checks each client against the name words, expecting matches spread
    evenly; but matches cluster (every *Virtanen* sorts together), and the
    walk can pass 90 000 clients before the first one. With name words, the
    key is made an expression the index does not cover, so the server finds
    the matches through the word index first and sorts only those (as SQLite
    does with FTS5). Without name words the index order is the fast way.
    """
    if narrowed and uses_token_table():
        return fn.COALESCE(column, column)
    return column


def analyze() -> None:
    """PostgreSQL: refresh the planner's statistics after a bulk load (demo, migrate-to)."""
    if uses_token_table():
        database.execute_sql("ANALYZE")
