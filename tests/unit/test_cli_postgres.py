"""The command line with a PostgreSQL server: --database, migrate-to."""

from __future__ import annotations

import sqlite3

import pytest

from tyollistamo_gui.services import client_search
from tyollistamo_gui.services.client_search import SearchFilter
from tyollistamo_gui.storage import connection, server, transfer

from .test_cli import run


def _sqlite_counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' AND name NOT LIKE 'client_name_%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_migrate_to_copies_verifies_and_refuses_a_second_time(tmp_path, empty_postgres):
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "demo", "--clients", "300").returncode == 0
    result = run("--data-dir", str(data), "migrate-to", empty_postgres)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "client: 300/300 rows" in out  # progress
    assert "Verified on the server" in out
    counts = _sqlite_counts(data / "tyollistamo.sqlite3")
    reported = {}
    for line in out.split("Verified on the server", 1)[1].splitlines()[2:]:
        parts = line.split()
        if len(parts) == 3 and len(parts[2]) == 64:
            reported[parts[0]] = int(parts[1])
    counts.pop("schema_version")
    assert reported == counts
    assert counts["client"] == 300 and counts["client_event"] >= 300
    # The server answers like the file did.
    connection.open_database(data / "tyollistamo.sqlite3")
    on_file = [r.name for r in client_search.search(SearchFilter(query="ma", status="all"), 0, 500)]
    connection.open_database(empty_postgres)
    on_server = [
        r.name for r in client_search.search(SearchFilter(query="ma", status="all"), 0, 500)
    ]
    assert on_server == on_file and on_file
    connection.close_database()
    # A database with data is refused, and left as it was.
    again = run("--data-dir", str(data), "migrate-to", empty_postgres)
    assert again.returncode == 1
    assert "is not empty" in again.stderr and len(again.stderr.strip().splitlines()) == 1


def test_demo_and_render_take_database(tmp_path, empty_postgres):
    result = run(
        "--data-dir", str(tmp_path), "--database", empty_postgres, "demo", "--clients", "7"
    )
    assert result.returncode == 0, result.stderr
    assert "7 clients" in result.stdout and "postgresql://" in result.stdout
    assert not (tmp_path / "tyollistamo.sqlite3").exists()
    db = server.connect(empty_postgres)
    assert db.execute_sql("SELECT COUNT(*) FROM client").fetchone()[0] == 7
    db.close()


def test_migrate_to_without_a_register_or_a_server(tmp_path):
    result = run("--data-dir", str(tmp_path), "migrate-to", "postgresql://u@127.0.0.1:1/x")
    assert result.returncode == 1 and "no database" in result.stderr
    assert run("--data-dir", str(tmp_path), "demo", "--clients", "3").returncode == 0
    result = run("--data-dir", str(tmp_path), "migrate-to", "postgresql://u@127.0.0.1:1/x")
    assert result.returncode == 1 and "127.0.0.1:1" in result.stderr


@pytest.mark.parametrize(
    "url",
    ["mysql://u@h/db", "postgresql://h/db", "postgresql://u@h/db?sslmode=sometimes"],
)
def test_bad_server_urls_are_refused(tmp_path, url):
    result = run("--data-dir", str(tmp_path), "--database", url)
    assert result.returncode == 2 and "--database" in result.stderr
    result = run("--data-dir", str(tmp_path), "migrate-to", url)
    assert result.returncode == 2
    assert not list(tmp_path.iterdir())


def test_a_copy_that_does_not_verify_leaves_the_server_empty(tmp_path, empty_postgres, monkeypatch):
    from tyollistamo_gui.services import database, demo

    source = tmp_path / "register.sqlite3"
    connection.open_database(source)
    demo.fill_demo(50, 1)
    connection.close_database()

    def corrupt(target, report):
        raise transfer.VerificationFailed(f"{report.table}: simulated mismatch")

    monkeypatch.setattr(transfer, "_verify", corrupt)
    with pytest.raises(transfer.VerificationFailed):
        database.migrate_to_server(source, empty_postgres)
    db = server.connect(empty_postgres)
    transfer.check_target_empty(db)  # nothing was kept: a second attempt may go ahead
    db.close()
    monkeypatch.undo()
    copied = database.migrate_to_server(source, empty_postgres)
    assert {c.table: c.rows for c in copied}["client"] == 50


def test_upgrade_updates_an_older_server_schema_once(tmp_path, empty_postgres):
    from tyollistamo_gui.storage import migrations

    db = server.connect(empty_postgres)
    migrations.migrate(db, migrations.MIGRATIONS[:2])
    db.close()
    result = run("--data-dir", str(tmp_path), "--database", empty_postgres, "upgrade")
    assert result.returncode == 0, result.stderr
    latest = migrations.LATEST_VERSION
    assert f"from schema version 2 to {latest}" in result.stdout
    again = run("--data-dir", str(tmp_path), "--database", empty_postgres, "upgrade")
    assert again.returncode == 0 and f"up to date (schema version {latest})" in again.stdout
    assert not (tmp_path / "tyollistamo.sqlite3").exists()


def test_a_copy_cut_off_midway_is_reported_and_leaves_nothing(
    tmp_path, empty_postgres, monkeypatch
):
    from peewee import OperationalError

    from tyollistamo_gui.services import database, demo

    source = tmp_path / "register.sqlite3"
    connection.open_database(source)
    demo.fill_demo(20, 1)
    connection.close_database()
    copy_table = transfer._copy_table

    def lost_after_clients(source_, target, table, progress):
        if table == "client_event":
            raise OperationalError("server closed the connection unexpectedly")
        return copy_table(source_, target, table, progress)

    monkeypatch.setattr(transfer, "_copy_table", lost_after_clients)
    with pytest.raises(database.DatabaseUnavailable):
        database.migrate_to_server(source, empty_postgres)
    db = server.connect(empty_postgres)
    assert db.execute_sql("SELECT COUNT(*) FROM client").fetchone()[0] == 0
    db.close()


def test_upgrade_refuses_a_newer_server_schema_and_leaves_it(tmp_path, empty_postgres):
    from tyollistamo_gui.storage import migrations

    db = server.connect(empty_postgres)
    migrations.migrate(db)
    db.execute_sql("UPDATE schema_version SET version = %s", (migrations.LATEST_VERSION + 3,))
    db.close()
    result = run("--data-dir", str(tmp_path), "--database", empty_postgres, "upgrade")
    assert result.returncode == 1
    newer, latest = migrations.LATEST_VERSION + 3, migrations.LATEST_VERSION
    assert f"schema version {newer}, this app knows up to {latest}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    db = server.connect(empty_postgres)
    assert migrations.schema_version(db) == newer
    db.close()
