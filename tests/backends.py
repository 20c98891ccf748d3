"""The PostgreSQL test server: one migrated database per test session, reset after each test.

The server comes from ``--postgres URL`` or ``TYOLLISTAMO_TEST_POSTGRES`` (a
superuser login, e.g. the throwaway cluster of ``scripts/pg_test_cluster.sh``).
The session creates its own database on it, migrates it and remembers the
rows the migrations wrote; after each test every table is emptied and those
rows put back (faster than a new database per test: 30 ms instead of 500).
A test that changes the schema gets a freshly migrated database.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

ENV_URL = "TYOLLISTAMO_TEST_POSTGRES"
ENV_PGDATA = "TYOLLISTAMO_TEST_PGDATA"


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def admin_connection(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=10)


def create_database(url: str, prefix: str = "tyollistamo_test") -> str:
    """A new empty database on the server of ``url``; returns its URL."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin_connection(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def drop_database(url: str, target_url: str) -> None:
    name = urlsplit(target_url).path.lstrip("/")
    with admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _schema_signature(conn) -> tuple:
    rows = conn.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'public' ORDER BY 1, 2"
    ).fetchall()
    version = 0
    if any(row[0] == "schema_version" for row in rows):
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    return tuple(rows), version


@dataclass
class SessionDatabase:
    """The session's migrated database and the rows its migrations wrote."""

    server_url: str
    url: str = ""
    seed: dict[str, tuple[list[str], list[tuple]]] = field(default_factory=dict)
    signature: tuple = ()
    tables: list[str] = field(default_factory=list)

    def create(self) -> None:
        from tyollistamo_gui.storage import connection

        self.url = create_database(self.server_url)
        connection.open_database(self.url)
        connection.close_database()
        with admin_connection(self.url) as conn:
            self.tables = [
                row[0]
                for row in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
                )
            ]
            self.seed = {}
            for table in self.tables:
                cursor = conn.execute(f'SELECT * FROM "{table}"')
                columns = [d.name for d in cursor.description]
                self.seed[table] = (columns, cursor.fetchall())
            self.signature = _schema_signature(conn)

    def reset(self) -> None:
        """Back to the freshly migrated state (a new database if the schema changed)."""
        with admin_connection(self.url) as conn:
            if _schema_signature(conn) != self.signature:
                changed = True
            else:
                changed = False
                with conn.transaction():
                    conn.execute("SET LOCAL session_replication_role = replica")
                    names = ", ".join(f'"{t}"' for t in self.tables)
                    conn.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
                    for table, (columns, rows) in self.seed.items():
                        if rows:
                            cols = ", ".join(f'"{c}"' for c in columns)
                            marks = ", ".join(["%s"] * len(columns))
                            with conn.cursor() as cursor:
                                cursor.executemany(
                                    f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows
                                )
                    for sequence_table, column in conn.execute(
                        "SELECT c.relname, a.attname FROM pg_class c "
                        "JOIN pg_attribute a ON a.attrelid = c.oid "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'public' AND c.relkind = 'r' "
                        "AND pg_get_serial_sequence(c.relname, a.attname) IS NOT NULL"
                    ).fetchall():
                        if self.seed.get(sequence_table, ([], []))[1]:
                            conn.execute(
                                f"SELECT setval(pg_get_serial_sequence('{sequence_table}', "
                                f"'{column}'), (SELECT MAX(\"{column}\") FROM "
                                f'"{sequence_table}"))'
                            )
        if changed:
            self.drop()
            self.create()

    def drop(self) -> None:
        if self.url:
            drop_database(self.server_url, self.url)
            self.url = ""


def pg_ctl(action: str) -> None:
    """Stop or start the test cluster (``TYOLLISTAMO_TEST_PGDATA``), waiting until done."""
    import glob

    data = os.environ[ENV_PGDATA]
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    pg_ctl_path = os.environ.get("PG_BIN", "")
    pg_ctl_path = os.path.join(pg_ctl_path, "pg_ctl") if pg_ctl_path else binaries[-1]
    command = [pg_ctl_path, "-D", data, "-w", "-t", "60"]
    command += ["-m", "fast", "stop"] if action == "stop" else ["start"]
    if action == "start":
        command[1:1] = ["-l", os.path.join(os.path.dirname(data), "log", "server.log")]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    time.sleep(0.1)


def execute_elsewhere(opened, sql: str, params: tuple = ()) -> None:
    """Run one statement through a connection of its own: another workstation saving.

    ``sql`` uses ``?`` placeholders; ``opened`` is what the ``db`` fixture gave.
    """
    if opened.is_server:
        from tyollistamo_gui.storage.models import database

        params_ = database.obj.connect_params
        import psycopg

        with psycopg.connect(
            dbname=database.obj.database,
            **{k: v for k, v in params_.items() if k != "application_name"},
            autocommit=True,
        ) as conn:
            conn.execute(sql.replace("?", "%s"), params)
        return
    import sqlite3

    conn = sqlite3.connect(opened.path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def memory_keyring():
    """A credential store in memory, so tests never touch the real one."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.passwords: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.passwords.get((service, username))

        def set_password(self, service, username, password):
            self.passwords[(service, username)] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if self.passwords.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    return MemoryKeyring()


class ServerControl:
    """Stop the test server in the middle of a test, and start it again."""

    stopped = False

    def stop(self) -> None:
        pg_ctl("stop")
        self.stopped = True

    def start(self) -> None:
        pg_ctl("start")
        self.stopped = False


def older_register(url: str, version: int, staff: tuple[tuple[str, str, str], ...] = ()) -> None:
    """Make the empty database at ``url`` a register at schema ``version`` (a workstation
    of an older release), with staff accounts ``(username, role, password)`` when it has
    sign-in (``migrations.SIGN_IN_VERSION`` on). Written with the columns of that version."""
    import datetime as dt

    from argon2 import PasswordHasher
    from peewee import Table

    from tyollistamo_gui.storage import migrations, server

    db = server.connect(url)
    try:
        migrations.migrate(db, migrations.MIGRATIONS[:version])
        if staff:
            assert version >= migrations.SIGN_IN_VERSION
            stamp = dt.datetime(2026, 1, 5, 9, 0)
            table = Table(
                "staff_user",
                (
                    "id",
                    "version",
                    "updated_at",
                    "username",
                    "display_name",
                    "role",
                    "active",
                    "created_at",
                    "password_hash",
                    "password_changed_at",
                    "must_change_password",
                    "failed_attempts",
                    "locked_until",
                    "team",
                ),
            ).bind(db)
            hasher = PasswordHasher()
            for username, role, password in staff:
                table.insert(
                    version=1,
                    updated_at=stamp,
                    username=username,
                    display_name=username.title(),
                    role=role,
                    active=True,
                    created_at=stamp,
                    password_hash=hasher.hash(password),
                    password_changed_at=stamp,
                    must_change_password=False,
                    failed_attempts=0,
                    locked_until=None,
                    team="",
                ).execute()
    finally:
        db.close()


def register_version(url: str) -> int:
    with admin_connection(url) as conn:
        return conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
