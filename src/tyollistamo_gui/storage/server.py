"""A PostgreSQL server as the shared database of several workstations.

The driver is psycopg 3 (``psycopg[binary]``), which Peewee 4 supports as a
first-class adapter. Connections are opened lazily; a connection that the
server or the network broke is dropped before the next statement outside a
transaction, so work goes on after the server comes back without restarting
the app. A statement that fails inside a transaction is never retried: the
transaction is rolled back, the caller gets ``DatabaseUnavailable`` and the
user's edit stays in the form.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, Table

from . import credentials, migrations
from .connection import (
    CONNECT_TIMEOUT_S,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUnreadable,
    NeedsMigration,
    OpenedDatabase,
    ServerUnreachable,
    close_database,
)
from .models import database

log = logging.getLogger(__name__)

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432
# pg_advisory_lock key held while one workstation migrates the schema.
_MIGRATION_LOCK = 0x7479_6F6C  # "tyol"


@dataclass(frozen=True)
class ServerSettings:
    """Where the server is; the password is not part of it (see ``credentials``)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    password: str | None = None  # only when given in a URL on the command line

    def url(self, *, with_password: bool = False) -> str:
        login = quote(self.user, safe="")
        if with_password and self.password:
            login += ":" + quote(self.password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?sslmode={self.sslmode}" if self.sslmode != "prefer" else ""
        return f"postgresql://{login}@{host}:{self.port}/{quote(self.database, safe='')}{query}"

    @property
    def display_url(self) -> str:
        return self.url(with_password=False)


def parse_url(url: str) -> ServerSettings:
    """``postgresql://user[:password]@host[:port]/dbname[?sslmode=...]``; ValueError if bad."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError("the URL must start with postgresql://")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise ValueError("the port must be a number between 1 and 65535") from None
    if not parts.hostname:
        raise ValueError("the URL names no server")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname:
        raise ValueError("the URL names no database")
    if not parts.username:
        raise ValueError("the URL names no user")
    options = dict(pair.split("=", 1) for pair in parts.query.split("&") if "=" in pair)
    unknown = set(options) - {"sslmode"}
    if unknown:
        raise ValueError(f"unknown URL option: {', '.join(sorted(unknown))}")
    sslmode = options.get("sslmode", "prefer")
    if sslmode not in SSL_MODES:
        raise ValueError(f"sslmode must be one of {', '.join(SSL_MODES)}")
    return ServerSettings(
        host=parts.hostname,
        port=port,
        database=dbname,
        user=unquote(parts.username),
        sslmode=sslmode,
        password=unquote(parts.password) if parts.password else None,
    )


def load_driver() -> None:
    """Give Peewee psycopg 3, which it was imported without (see ``tyollistamo_gui``).

    Sets what Peewee's module would have set had psycopg been importable
    then; raises ImportError when psycopg is not installed.
    """
    import peewee

    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    peewee.psycopg = psycopg


class ServerDatabase(PostgresqlDatabase):
    """PostgreSQL that reconnects, between transactions, after losing its connection."""

    def __init__(self, settings: ServerSettings, **kwargs):
        load_driver()
        self.display_url = settings.display_url
        password = settings.password or credentials.get_password(
            settings.user, settings.host, settings.port
        )
        params = {
            "host": settings.host,
            "port": settings.port,
            "user": settings.user,
            "sslmode": settings.sslmode,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "Tyollistamo",
        }
        if password:
            params["password"] = password
        super().__init__(settings.database, prefer_psycopg3=True, **params, **kwargs)

    def cursor(self, named_cursor=None):
        if not self.is_closed() and not self.in_transaction() and self._lost():
            log.warning("connection to %s was lost; connecting again", self.display_url)
            self.dispose()
        return super().cursor(named_cursor)

    def _lost(self) -> bool:
        conn = self._state.conn
        return conn is None or conn.closed or getattr(conn, "broken", False)

    def execute_sql(self, sql, params=None):
        with self._unavailable_when_lost():
            return super().execute_sql(sql, params)

    def begin(self, isolation_level=None):
        with self._unavailable_when_lost():
            return super().begin(isolation_level)

    @contextmanager
    def _unavailable_when_lost(self):
        """A lost server is DatabaseUnavailable for every caller, reads included.

        Errors of the statement itself (a constraint, a syntax error) pass unchanged.
        """
        try:
            yield
        except (OperationalError, InterfaceError) as exc:
            if self.is_closed() or self._lost():
                raise DatabaseUnavailable(str(exc).strip()) from exc
            raise


def _unreachable(settings: ServerSettings, exc: Exception) -> ServerUnreachable:
    text = str(exc)
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        reason = "login"
    elif "does not exist" in lowered and "database" in lowered:
        reason = "no_database"
    elif "ssl" in lowered or "certificate" in lowered:
        reason = "tls"
    elif "role" in lowered and "does not exist" in lowered or "pg_hba.conf" in lowered:
        reason = "login"
    else:
        reason = "unreachable"
    return ServerUnreachable(settings.display_url, reason, text.strip().splitlines()[0])


def connect(url: str | ServerSettings) -> ServerDatabase:
    """A connected ServerDatabase (not made current); raises ServerUnreachable."""
    from peewee import DatabaseError, ImproperlyConfigured, InterfaceError

    if isinstance(url, ServerSettings):
        settings = url
    else:
        try:
            settings = parse_url(url)
        except ValueError as exc:
            raise ServerUnreachable(_redact(url), "bad_url", str(exc)) from exc
    try:
        db = ServerDatabase(settings)
    except ImportError as exc:
        raise ServerUnreachable(settings.display_url, "no_driver", str(exc)) from exc
    try:
        db.connect()
    except ImproperlyConfigured as exc:
        raise ServerUnreachable(settings.display_url, "no_driver", str(exc)) from exc
    except (DatabaseError, InterfaceError) as exc:
        raise _unreachable(settings, exc) from exc
    return db


def check_connection(settings: ServerSettings) -> tuple[str, int]:
    """Connect once: (server version text, schema version); raises ServerUnreachable."""
    db = connect(settings)
    try:
        version = db.execute_sql("SHOW server_version").fetchone()[0]
        return str(version), migrations.schema_version(db)
    finally:
        db.close()


def _redact(url: str) -> str:
    try:
        return replace(parse_url(url), password=None).display_url
    except ValueError:
        return url.split("@")[-1] if "@" in url else url


# Called while a server's schema is updated: ``progress(stage, done, total)``,
# stage "waiting" (another workstation is updating it) or "migrating"
# (``done`` of ``total`` migrations applied).
UpgradeProgress = Callable[[str, int, int], None]


def open_server(
    url: str,
    *,
    migrate: bool = True,
    may_migrate: bool = True,
    progress: UpgradeProgress | None = None,
) -> OpenedDatabase:
    """Open the server database at ``url``, creating or migrating its schema.

    An empty database gets the whole schema; an older one is migrated (only
    when ``may_migrate``, else ``NeedsMigration``); a newer one is refused with
    ``DatabaseTooNew`` and a database with other tables with ``DatabaseUnreadable``.
    Two workstations migrating one database at once migrate it once: the
    first holds an advisory lock until it is done, the second waits for it
    (``progress("waiting", 0, 0)``) and then finds the schema up to date.
    """
    close_database()
    db = connect(url)
    location = db.display_url
    try:
        found = _checked_version(db, location)
        if found and found < migrations.LATEST_VERSION and migrate and not may_migrate:
            raise NeedsMigration(location, found, migrations.LATEST_VERSION)
        database.initialize(db)
        if migrate and found < migrations.LATEST_VERSION:
            found = _migrate_locked(db, location, progress)
        version = migrations.schema_version(db)
    except Exception:
        if database.obj is db:
            database.initialize(None)
        db.dispose()
        raise
    return OpenedDatabase(
        path=location,
        schema_version=version,
        created=found == 0,
        migrated_from=found if found and found != version else None,
        backup_path=None,
    )


def _checked_version(db: ServerDatabase, location: str) -> int:
    """The schema version; refuses a database of something else or of a newer app."""
    tables = set(db.get_tables())
    if tables and "schema_version" not in tables:
        raise DatabaseUnreadable(location, "foreign")
    found = migrations.schema_version(db)
    if found > migrations.LATEST_VERSION:
        raise DatabaseTooNew(location, found, migrations.LATEST_VERSION)
    return found


def _migrate_locked(db: ServerDatabase, location: str, progress: UpgradeProgress | None) -> int:
    """Migrate under the advisory lock; the version found once the lock was held."""
    locked = db.execute_sql("SELECT pg_try_advisory_lock(%s)", (_MIGRATION_LOCK,)).fetchone()[0]
    if not locked:
        log.info("another workstation is updating %s; waiting", location)
        if progress is not None:
            progress("waiting", 0, 0)
        db.execute_sql("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
    try:
        # Read again under the lock: the other workstation may have done it all.
        found = _checked_version(db, location)
        pending = [m for m in migrations.MIGRATIONS if m.version > found]
        done = 0

        def step(migration) -> None:
            nonlocal done
            log.info("migrating %s to version %s", location, migration.version)
            if progress is not None:
                progress("migrating", done, len(pending))
            done += 1

        migrations.migrate(db, progress=step)
        if progress is not None and pending:
            progress("migrating", done, len(pending))
        return found
    finally:
        if not db.is_closed() and not db.in_transaction():
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))


# -- signing in to an older register ------------------------------------------------------------


@dataclass(frozen=True)
class StaffLogin:
    """A staff account as far as signing in needs it, read from a register of any
    version from ``migrations.SIGN_IN_VERSION`` on (the live model may have more columns)."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    password_hash: str
    failed_attempts: int
    locked_until: dt.datetime | None


_STAFF_LOGIN = Table(
    "staff_user",
    (
        "id",
        "username",
        "display_name",
        "role",
        "active",
        "password_hash",
        "failed_attempts",
        "locked_until",
    ),
)


def staff_login(db: Database, username: str) -> StaffLogin | None:
    """The account named ``username`` in ``db`` (any schema from SIGN_IN_VERSION on)."""
    table = _STAFF_LOGIN.bind(db)
    row = (
        table.select()  # the columns named above, whatever else the table has
        .where(table.username == username)
        .dicts()
        .first()
    )
    if row is None:
        return None
    return StaffLogin(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        role=row["role"] or "",
        active=bool(row["active"]),
        password_hash=row["password_hash"] or "",
        failed_attempts=int(row["failed_attempts"] or 0),
        locked_until=row["locked_until"],
    )


def record_login_attempt(
    db: Database, staff_id: int, failed_attempts: int, locked_until: dt.datetime | None
) -> None:
    table = _STAFF_LOGIN.bind(db)
    table.update({table.failed_attempts: failed_attempts, table.locked_until: locked_until}).where(
        table.id == staff_id
    ).execute()
