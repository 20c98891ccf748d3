"""Encryption at rest (SQLCipher): opening, backups, restore, check, encrypting, rekeying."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage import backup, cipher, connection, encryption, migrations
from tyollistamo_gui.storage.models import Client

PASSPHRASE = "Kuusi kettua juoksi sillalla"
OTHER = "Seitsemän siiliä suolla 7"


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    from tyollistamo_gui.services import session

    path = tmp_path_factory.mktemp("template") / connection.DATABASE_FILENAME
    connection.open_database(path)
    with session.system_session("test"):
        fill_demo(60, seed=3)
    connection.close_database()
    return path


@pytest.fixture
def plain_db(_template, data_dir):
    path = data_dir / connection.DATABASE_FILENAME
    shutil.copyfile(_template, path)
    return path


@pytest.fixture
def encrypted_db(plain_db):
    encryption.encrypt_file(plain_db, PASSPHRASE)
    return plain_db


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _files(folder: Path) -> dict[str, str | None]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _dump(path: Path, passphrase: str | None) -> dict[str, list[tuple]]:
    conn = connection.connect_file(path, passphrase)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        conn.close()


def test_encrypting_keeps_every_row_and_leaves_no_plain_file(plain_db):
    before = _dump(plain_db, None)
    result = encryption.encrypt_file(plain_db, PASSPHRASE)
    assert result.rows == sum(len(rows) for rows in before.values())
    assert result.wiped_bytes > 0
    assert not plain_db.read_bytes().startswith(cipher.SQLITE_MAGIC)
    assert b"Virtanen" not in plain_db.read_bytes() and b"Korhonen" not in plain_db.read_bytes()
    assert _dump(plain_db, PASSPHRASE) == before
    leftovers = [p.name for p in plain_db.parent.iterdir() if p.name != plain_db.name]
    assert not [name for name in leftovers if "plain" in name or "encrypt" in name]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain_db).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_the_encrypted_database_opens_with_the_passphrase_only(encrypted_db):
    with pytest.raises(connection.PassphraseNeeded):
        connection.open_database(encrypted_db)
    opened = connection.open_database(encrypted_db, passphrase=PASSPHRASE)
    assert opened.schema_version == migrations.LATEST_VERSION
    assert connection.is_encrypted()
    assert Client.select().count() == 60
    connection.close_database()


def test_a_wrong_passphrase_writes_nothing(encrypted_db):
    folder = encrypted_db.parent
    before = _files(folder)
    for attempt in ("wrong passphrase", PASSPHRASE.upper(), "", "x' OR '1'='1"):
        with pytest.raises(connection.WrongPassphrase):
            connection.open_database(encrypted_db, passphrase=attempt)
        assert _files(folder) == before
    assert connection.is_open() is False


def test_the_passphrase_is_taken_in_one_unicode_form(encrypted_db):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", PASSPHRASE + "ä")
    connection.open_database(encrypted_db, passphrase=PASSPHRASE)
    encryption.change_passphrase(PASSPHRASE, decomposed)
    connection.close_database()
    connection.open_database(encrypted_db, passphrase=unicodedata.normalize("NFC", decomposed))
    assert Client.select().count() == 60


def test_an_encrypted_file_is_not_taken_for_a_foreign_one(encrypted_db):
    assert connection.is_encrypted_file(encrypted_db)
    with pytest.raises(connection.PassphraseNeeded):
        connection.inspect_schema_version(encrypted_db)
    assert connection.inspect_schema_version(encrypted_db, PASSPHRASE) == migrations.LATEST_VERSION
    _version, problems = backup.check_file(encrypted_db)
    assert problems == ["the database is encrypted: its passphrase is needed"]


def test_random_bytes_are_refused_as_a_wrong_passphrase_unchanged(tmp_path):
    path = tmp_path / "random.sqlite3"
    path.write_bytes(bytes(range(256)) * 64)
    before = _digest(path)
    with pytest.raises(connection.WrongPassphrase):
        connection.open_database(path, passphrase=PASSPHRASE)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["random.sqlite3"]


def test_check_holds_with_the_key_and_fails_without(encrypted_db):
    version, problems = backup.check_file(encrypted_db, PASSPHRASE)
    assert (version, problems) == (migrations.LATEST_VERSION, [])
    _version, problems = backup.check_file(encrypted_db, OTHER)
    assert problems and "passphrase does not open" in problems[0]


def test_encrypted_backup_stays_encrypted_and_restores_row_by_row(encrypted_db, tmp_path):
    before = _dump(encrypted_db, PASSPHRASE)
    target = backup.backup_to(encrypted_db, tmp_path / "copy.sqlite3", passphrase=PASSPHRASE)
    assert connection.is_encrypted_file(target)
    assert b"SQLite format 3" not in target.read_bytes()[:16]
    with pytest.raises(connection.PassphraseNeeded):
        backup.backup_to(encrypted_db, tmp_path / "other.sqlite3")
    assert _dump(target, PASSPHRASE) == before

    connection.open_database(encrypted_db, passphrase=PASSPHRASE)
    Client.update(first_name="Changed").execute()
    connection.close_database()
    assert _dump(encrypted_db, PASSPHRASE) != before

    with pytest.raises(backup.RestoreRefused):
        backup.restore(target, encrypted_db, passphrase=OTHER)
    kept = backup.restore(
        target, encrypted_db, at=dt.datetime(2026, 5, 4, 3, 2, 1), passphrase=PASSPHRASE
    )
    assert _dump(encrypted_db, PASSPHRASE) == before
    assert connection.is_encrypted_file(kept)
    assert _dump(kept, PASSPHRASE)["client"] != before["client"]
    assert backup.check_file(encrypted_db, PASSPHRASE)[1] == []


def test_an_encrypted_backup_restores_over_a_plain_database(plain_db, tmp_path):
    copy = tmp_path / "enc" / connection.DATABASE_FILENAME
    copy.parent.mkdir()
    backup.backup_to(plain_db, copy)
    encryption.encrypt_file(copy, PASSPHRASE)
    expected = _dump(copy, PASSPHRASE)
    kept = backup.restore(copy, plain_db, passphrase=PASSPHRASE)
    assert not connection.is_encrypted_file(kept)
    assert connection.is_encrypted_file(plain_db)
    assert _dump(plain_db, PASSPHRASE) == expected


def test_a_truncated_encrypted_backup_is_refused_and_the_database_kept(encrypted_db, tmp_path):
    target = backup.backup_to(encrypted_db, tmp_path / "copy.sqlite3", passphrase=PASSPHRASE)
    data = target.read_bytes()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    before = _digest(encrypted_db)
    with pytest.raises(backup.RestoreRefused):
        backup.restore(cut, encrypted_db, passphrase=PASSPHRASE)
    assert _digest(encrypted_db) == before


def test_backup_into_folder_of_an_open_encrypted_database(encrypted_db, tmp_path):
    from tyollistamo_gui.services import backups

    connection.open_database(encrypted_db, passphrase=PASSPHRASE)
    made = backups.run_backup(encrypted_db.parent)
    assert connection.is_encrypted_file(made)
    assert backup.check_file(made, PASSPHRASE)[1] == []


def test_changing_the_passphrase(encrypted_db):
    connection.open_database(encrypted_db, passphrase=PASSPHRASE)
    with pytest.raises(connection.WrongPassphrase):
        encryption.change_passphrase("not the one", OTHER)
    encryption.change_passphrase(PASSPHRASE, OTHER)
    assert Client.select().count() == 60
    connection.close_database()
    with pytest.raises(connection.WrongPassphrase):
        connection.open_database(encrypted_db, passphrase=PASSPHRASE)
    connection.open_database(encrypted_db, passphrase=OTHER)
    assert Client.select().count() == 60


def test_encrypting_twice_is_refused(encrypted_db):
    with pytest.raises(encryption.AlreadyEncrypted):
        encryption.encrypt_file(encrypted_db, PASSPHRASE)


def test_a_crash_after_verifying_is_finished_at_the_next_start(plain_db, monkeypatch):
    """Killed between moving the plain original aside and putting the copy in place."""
    expected = _dump(plain_db, None)
    real_replace = encryption.os.replace
    calls = []

    def crash_on_second(src, dst):
        calls.append((src, dst))
        if len(calls) == 3:
            raise KeyboardInterrupt("power cut")
        return real_replace(src, dst)

    monkeypatch.setattr(encryption.os, "replace", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        encryption.encrypt_file(plain_db, PASSPHRASE)
    monkeypatch.setattr(encryption.os, "replace", real_replace)
    assert not plain_db.exists()
    connection.open_database(plain_db, passphrase=PASSPHRASE)
    connection.close_database()
    assert _dump(plain_db, PASSPHRASE) == expected
    assert sorted(p.name for p in plain_db.parent.glob("*.sqlite3")) == [plain_db.name]


def test_a_copy_that_does_not_verify_leaves_the_original(plain_db, monkeypatch):
    before = _digest(plain_db)
    counts = iter([(), (encryption.TableCount("client", 1, "x"),)])
    monkeypatch.setattr(encryption, "table_counts", lambda _conn: next(counts))
    with pytest.raises(encryption.EncryptionFailed):
        encryption.encrypt_file(plain_db, PASSPHRASE)
    assert _digest(plain_db) == before
    assert sorted(p.name for p in plain_db.parent.glob("*.sqlite3")) == [plain_db.name]


def test_plain_copies_are_found(encrypted_db, tmp_path):
    plain = tmp_path / "backups" / "tyollistamo-20260101-010101.sqlite3"
    plain.parent.mkdir()
    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.commit()
    encrypted_copy = backup.backup_into_folder(encrypted_db, plain.parent, passphrase=PASSPHRASE)
    assert encryption.plain_copies([encrypted_db.parent, plain.parent]) == [plain]
    assert encrypted_copy.exists()
    assert encryption.wipe_file(plain) > 0 and not plain.exists()


_SLOW_ENCRYPTED_BACKUP = """
import sys, time
from pathlib import Path
from tyollistamo_gui.storage import backup
backup.PAGES_PER_STEP = 1
def slow(done, total):
    print(done, flush=True)
    time.sleep(0.01)
backup.backup_to(Path(sys.argv[1]), Path(sys.argv[2]), slow, passphrase=sys.argv[3])
print("finished", flush=True)
"""


def test_killed_in_the_middle_of_an_encrypted_backup(encrypted_db, tmp_path):
    import os
    import signal
    import subprocess
    import sys

    from ...conftest import ROOT

    folder = tmp_path / "backups"
    target = folder / backup.backup_name(dt.datetime(2026, 2, 3, 4, 5, 6))
    before = _dump(encrypted_db, PASSPHRASE)
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_ENCRYPTED_BACKUP, str(encrypted_db), str(target), PASSPHRASE],
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
    assert backup.list_backups(folder) == []
    assert backup.check_file(encrypted_db, PASSPHRASE)[1] == []
    assert _dump(encrypted_db, PASSPHRASE) == before
