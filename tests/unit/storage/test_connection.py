import hashlib
import sqlite3
from pathlib import Path

import pytest

from tyollistamo_gui.storage import connection, migrations
from tyollistamo_gui.storage.models import Client, database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_db_with_clients(path: Path, count: int = 500) -> None:
    connection.open_database(path)
    with database.atomic():
        Client.insert_many(
            [
                {
                    "first_name": f"Etu{i}",
                    "last_name": f"Suku{i}",
                    "created_at": "2026-01-01",
                    "updated_at": "2026-01-01",
                }
                for i in range(count)
            ]
        ).execute()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close_database()


def test_new_database_is_migrated_to_latest(tmp_path):
    opened = connection.open_database(tmp_path / "sub" / "db.sqlite3")
    assert opened.created
    assert opened.schema_version == migrations.LATEST_VERSION
    assert {"schema_version", "unit_settings", "staff_user", "client", "employer"} <= set(
        database.get_tables()
    )


@pytest.mark.sqlite_only("SQLite pragmas")
def test_pragmas_are_set(db):
    def pragma(name):
        return database.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2
    assert pragma("busy_timeout") == 10_000


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "db.sqlite3"
    _make_db_with_clients(path, 10)
    opened = connection.open_database(path)
    assert not opened.created and opened.migrated_from is None and opened.backup_path is None
    assert Client.select().count() == 10


def test_empty_file_is_a_new_database(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"")
    assert connection.open_database(path).schema_version == migrations.LATEST_VERSION


def test_newer_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    _make_db_with_clients(path, 3)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = ?", (migrations.LATEST_VERSION + 5,))
    conn.commit()
    conn.close()
    before = _digest(path)
    wal = Path(f"{path}-wal")
    wal_before = _digest(wal) if wal.exists() else None
    with pytest.raises(connection.DatabaseTooNew) as raised:
        connection.open_database(path)
    assert raised.value.found == migrations.LATEST_VERSION + 5
    assert raised.value.supported == migrations.LATEST_VERSION
    assert _digest(path) == before
    assert (_digest(wal) if wal.exists() else None) == wal_before


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"Asiakaslista\n" * 400)
    before = _digest(path)
    with pytest.raises(connection.DatabaseUnreadable) as raised:
        connection.open_database(path)
    assert raised.value.reason == "not_sqlite"
    assert _digest(path) == before


def test_truncated_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    _make_db_with_clients(path, 2000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    before = _digest(path)
    with pytest.raises(connection.DatabaseUnreadable) as raised:
        connection.open_database(path)
    assert raised.value.reason == "truncated"
    assert _digest(path) == before


def test_database_cut_mid_page_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    _make_db_with_clients(path, 100)
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(connection.DatabaseUnreadable) as raised:
        connection.open_database(path)
    assert raised.value.reason == "truncated"


def test_someone_elses_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(connection.DatabaseUnreadable) as raised:
        connection.open_database(path)
    assert raised.value.reason == "foreign"
    assert _digest(path) == before


def test_folder_in_place_of_the_file_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.mkdir()
    with pytest.raises(connection.DatabaseUnreadable) as raised:
        connection.open_database(path)
    assert raised.value.reason == "is_directory"
