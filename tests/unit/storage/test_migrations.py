"""Migrations: from an empty database, and from the previous version full of data."""

import sqlite3

import pytest
from peewee import CharField, SqliteDatabase
from playhouse.migrate import SchemaMigrator, migrate

from tyollistamo_gui.storage import connection, migrations
from tyollistamo_gui.storage.models import Client, StaffUser, UnitSettings, database
from tyollistamo_gui.storage.registry import all_models


def test_versions_are_consecutive_from_one():
    assert [m.version for m in migrations.MIGRATIONS] == list(
        range(1, len(migrations.MIGRATIONS) + 1)
    )


def test_migrating_from_empty_matches_the_models(tmp_path):
    connection.open_database(tmp_path / "db.sqlite3")
    for model in all_models("sqlite"):
        table = model._meta.table_name
        if table == "client_name_token":
            continue  # PostgreSQL only (storage/name_search.py); SQLite has FTS5 instead
        columns = {c.name for c in database.get_columns(table)}
        assert columns == set(model._meta.columns), table


def test_every_migration_from_empty(tmp_path):
    for upto in range(1, len(migrations.MIGRATIONS) + 1):
        db = SqliteDatabase(str(tmp_path / f"v{upto}.sqlite3"))
        applied = migrations.migrate(db, migrations.MIGRATIONS[:upto])
        assert applied == list(range(1, upto + 1))
        assert migrations.schema_version(db) == upto
        db.close()


def test_migrate_is_idempotent(tmp_path):
    db = SqliteDatabase(str(tmp_path / "db.sqlite3"))
    migrations.migrate(db)
    assert migrations.migrate(db) == []


def _future_migration(db):
    migrate(
        SchemaMigrator.from_database(db).add_column("client", "nickname", CharField(default=""))
    )


def test_next_migration_on_a_full_database_keeps_data_and_a_copy(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    connection.open_database(path)
    from tyollistamo_gui.services.demo import fill_demo

    fill_demo(3000, seed=3)
    names = [(c.first_name, c.last_name, c.identity_code) for c in Client.select()]
    connection.close_database()

    future = (
        *migrations.MIGRATIONS,
        migrations.Migration(migrations.LATEST_VERSION + 1, "nickname", _future_migration),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", future)
    monkeypatch.setattr(migrations, "LATEST_VERSION", future[-1].version)
    opened = connection.open_database(path)
    assert opened.migrated_from == future[-2].version
    assert opened.schema_version == future[-1].version
    assert opened.backup_path is not None and opened.backup_path.exists()
    rows = database.execute_sql(
        "SELECT first_name, last_name, identity_code, nickname FROM client ORDER BY id"
    ).fetchall()
    assert [r[:3] for r in rows] == names
    assert {r[3] for r in rows} == {""}
    assert StaffUser.select().count() > 0 and UnitSettings.get_by_id(1).name
    backup = sqlite3.connect(opened.backup_path)
    assert backup.execute("SELECT COUNT(*) FROM client").fetchone()[0] == 3000
    assert backup.execute("SELECT version FROM schema_version").fetchone()[0] == future[-2].version
    backup.close()


def test_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    connection.open_database(path)
    connection.close_database()

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("disk said no")

    future = (
        *migrations.MIGRATIONS,
        migrations.Migration(migrations.LATEST_VERSION + 1, "broken", broken),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", future)
    monkeypatch.setattr(migrations, "LATEST_VERSION", future[-1].version)
    with pytest.raises(RuntimeError):
        connection.open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == future[-2].version
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    conn.close()


def test_migration_3_on_a_version_2_database_full_of_clients(tmp_path):
    from tyollistamo_gui.services import client_search
    from tyollistamo_gui.services.clients import start_service

    path = tmp_path / "v2.sqlite3"
    old = SqliteDatabase(str(path))
    migrations.migrate(old, migrations.MIGRATIONS[:2])
    # The client table is the same at versions 2 and 3, so today's model can fill it.
    with old.bind_ctx([Client]):
        Client.insert_many(
            [
                {
                    "first_name": f"Etu{i}",
                    "last_name": f"Suku{i:03d}",
                    "sort_name": f"suku{i:03d}\x01etu{i}",
                }
                for i in range(500)
            ]
        ).execute()
    old.close()
    opened = connection.open_database(path)
    assert (opened.migrated_from, opened.schema_version) == (2, migrations.LATEST_VERSION)
    assert Client.select().count() == 500
    rows = client_search.search(client_search.SearchFilter(query="suku00"), 0, 50)
    assert [r.name for r in rows][:2] == ["Suku000, Etu0", "Suku001, Etu1"]
    assert all(r.services == () for r in rows)
    start_service(rows[0].id, "guidance", rows[0].last_event_at.date())
    assert client_search.count(client_search.SearchFilter(service_kind="guidance")) == 1


def test_employers_migration_on_a_database_full_of_employers(tmp_path):
    from tyollistamo_gui.services import employers

    path = tmp_path / "v3.sqlite3"
    old = SqliteDatabase(str(path))
    migrations.migrate(old, migrations.MIGRATIONS[:3])
    old.execute_sql(
        "INSERT INTO employer (name, business_id, street_address, postal_code, post_office, "
        "created_at, notes, version, updated_at) VALUES "
        "('Sininauha ry', '2129026-2', '', '20100', 'Turku', '2024-01-01', 'n', 1, '2024-01-01')"
    )
    old.close()
    connection.open_database(path)
    record = employers.get_employer(1)
    assert (record.data.name, record.data.organisation_kind, record.data.industry) == (
        "Sininauha ry",
        "company",
        "",
    )
    assert record.data.contacts == ()
