"""Backups, restore and the health check, on real files."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage import backup, connection, migrations

from ...conftest import ROOT


@pytest.fixture
def full_db(data_dir):
    path = data_dir / connection.DATABASE_FILENAME
    connection.open_database(path)
    fill_demo(300, seed=5)
    connection.close_database()
    return path


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'client_name_%' ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        conn.close()


def test_backup_then_restore_gives_back_every_row(full_db, tmp_path):
    before = _dump(full_db)
    target = backup.backup_to(full_db, tmp_path / "copy.sqlite3")
    assert _dump(target) == before
    conn = sqlite3.connect(full_db)
    conn.execute("DELETE FROM client_note")
    conn.execute("UPDATE client SET first_name = 'Changed'")
    conn.commit()
    conn.close()
    assert _dump(full_db) != before
    kept = backup.restore(target, full_db, at=dt.datetime(2026, 5, 4, 3, 2, 1))
    assert _dump(full_db) == before
    assert kept.name == "tyollistamo.before-restore-20260504-030201.sqlite3"
    assert _dump(kept)["client"][0][0] == before["client"][0][0]
    assert backup.check_file(full_db)[1] == []


def test_a_truncated_backup_is_refused_and_the_database_kept(full_db, tmp_path):
    before = _dump(full_db)
    target = backup.backup_to(full_db, tmp_path / "copy.sqlite3")
    data = target.read_bytes()
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(backup.RestoreRefused) as refused:
        backup.restore(truncated, full_db)
    assert "incomplete" in refused.value.problems[0]
    assert _dump(full_db) == before
    assert not list(full_db.parent.glob("*before-restore*"))


def test_a_damaged_or_foreign_file_is_refused(full_db, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(backup.RestoreRefused):
        backup.restore(junk, full_db)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(backup.RestoreRefused) as refused:
        backup.restore(foreign, full_db)
    assert "not one of" in refused.value.problems[0]


def test_a_backup_from_a_newer_version_is_refused(full_db, tmp_path):
    target = backup.backup_to(full_db, tmp_path / "copy.sqlite3")
    conn = sqlite3.connect(target)
    conn.execute("UPDATE schema_version SET version = ?", (migrations.LATEST_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(backup.RestoreRefused) as refused:
        backup.restore(target, full_db)
    assert "newer" in refused.value.problems[0]


def test_folder_keeps_the_newest_and_lists_only_complete_backups(full_db, tmp_path):
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 1, 1, 12, 0)
    for day in range(5):
        backup.backup_into_folder(full_db, folder, keep=3, at=start + dt.timedelta(days=day))
    (folder / "tyollistamo-20270101-000000.sqlite3.partial").write_bytes(b"half")
    listed = backup.list_backups(folder)
    assert [b.taken_at.day for b in listed] == [5, 4, 3]
    assert not backup.backup_due(folder, start + dt.timedelta(days=4, hours=23))
    assert backup.backup_due(folder, start + dt.timedelta(days=5))
    assert backup.backup_due(tmp_path / "none", start)


_SLOW_BACKUP = """
import sys, time
from pathlib import Path
from tyollistamo_gui.storage import backup
backup.PAGES_PER_STEP = 1
def slow(done, total):
    print(done, flush=True)
    time.sleep(0.01)
backup.backup_to(Path(sys.argv[1]), Path(sys.argv[2]), slow)
print("finished", flush=True)
"""


def test_killed_in_the_middle_of_a_backup(full_db, tmp_path):
    folder = tmp_path / "backups"
    target = folder / backup.backup_name(dt.datetime(2026, 2, 3, 4, 5, 6))
    before = _dump(full_db)
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_BACKUP, str(full_db), str(target)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
    )
    try:
        for _ in range(20):  # some pages copied
            assert process.stdout.readline().strip() != "finished"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert target.with_name(target.name + ".partial").exists()
    assert not target.exists()
    assert backup.list_backups(folder) == []
    assert backup.check_file(full_db)[1] == []
    assert _dump(full_db) == before


def test_check_finds_damage(full_db):
    assert backup.check_file(full_db) == (migrations.LATEST_VERSION, [])
    conn = sqlite3.connect(full_db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO client_note (client_id, text, created_at, author_name) "
        "VALUES (999999, 'x', '', '')"
    )
    conn.commit()
    conn.close()
    version, problems = backup.check_file(full_db)
    assert version == migrations.LATEST_VERSION
    assert any("foreign key" in p for p in problems)
