"""The command-line tools on an encrypted database, with TYOLLISTAMO_PASSPHRASE."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from tyollistamo_gui.__main__ import PASSPHRASE_ENV, main
from tyollistamo_gui.services import supported
from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage import backup, connection

PASSPHRASE = "Tikkurilan tietoturva 2026"


def _cli(*args, passphrase: str | None = PASSPHRASE):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop(PASSPHRASE_ENV, None)
    environment.pop("TYOLLISTAMO_DATA_DIR", None)
    if passphrase is not None:
        environment[PASSPHRASE_ENV] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "tyollistamo_gui", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
        stdin=subprocess.DEVNULL,
    )


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_encrypt_then_every_tool_works_with_the_passphrase(tmp_path):
    data = tmp_path / "data"
    db = data / connection.DATABASE_FILENAME
    assert _cli("--data-dir", str(data), "demo", "--clients", "30").returncode == 0
    plain_backup = _cli("--data-dir", str(data), "backup", passphrase=None)
    assert plain_backup.returncode == 0, plain_backup.stderr

    short = _cli("--data-dir", str(data), "encrypt", passphrase="short")
    assert short.returncode == 2 and "shorter than 12" in short.stderr
    assert db.read_bytes().startswith(b"SQLite format 3")

    encrypted = _cli("--data-dir", str(data), "encrypt", "--wipe-plain-copies")
    assert encrypted.returncode == 0, encrypted.stderr
    assert "rows in" in encrypted.stdout and "Overwritten and deleted" in encrypted.stdout
    assert connection.is_encrypted_file(db)
    backups = sorted((data / "backups").glob("tyollistamo-*.sqlite3"))
    assert len(backups) == 1 and connection.is_encrypted_file(backups[0])

    checked = _cli("--data-dir", str(data), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok     audit log chain" in checked.stdout and "encrypted" in checked.stdout

    before = _digest(db)
    no_key = _cli("--data-dir", str(data), "check", passphrase=None)
    assert no_key.returncode == 2 and PASSPHRASE_ENV in no_key.stderr
    wrong = _cli("--data-dir", str(data), "backup", passphrase="not the passphrase at all")
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1
    assert _digest(db) == before

    made = _cli("--data-dir", str(data), "backup", "--to", str(tmp_path / "copy.sqlite3"))
    assert made.returncode == 0, made.stderr
    assert connection.is_encrypted_file(tmp_path / "copy.sqlite3")
    restored = _cli("--data-dir", str(data), "restore", str(tmp_path / "copy.sqlite3"))
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout
    assert backup.check_file(db, PASSPHRASE)[1] == []

    upgraded = _cli("--data-dir", str(data), "upgrade")
    assert upgraded.returncode == 0 and "up to date" in upgraded.stdout
    not_empty = _cli("--data-dir", str(data), "demo", "--clients", "3")
    assert not_empty.returncode == 1 and "not empty" in not_empty.stderr
    again = _cli("--data-dir", str(data), "encrypt")
    assert again.returncode == 1 and "encrypted already" in again.stderr


def test_render_reads_the_passphrase_from_the_environment(
    qapp, data_dir, tmp_path, capsys, monkeypatch
):
    from tyollistamo_gui.storage import encryption

    path = data_dir / connection.DATABASE_FILENAME
    connection.open_database(path)
    fill_demo(40, seed=2)
    trial = supported.list_arrangements(kind="work_trial")[0]
    connection.close_database()
    encryption.encrypt_file(path, PASSPHRASE)
    out = tmp_path / "trial.pdf"
    args = ["--data-dir", str(data_dir), "render", "work-trial", str(trial.id), "-o", str(out)]
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(args) == 2
    assert "is encrypted" in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main([*args, "--lang", "fi"]) == 0
    assert "Työkokeilusopimus" in PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()


@pytest.mark.parametrize("answers", [["wrong one", PASSPHRASE], [PASSPHRASE]])
def test_check_asks_on_a_terminal(data_dir, capsys, monkeypatch, answers):
    from tyollistamo_gui import __main__ as cli
    from tyollistamo_gui.storage import encryption

    path = data_dir / connection.DATABASE_FILENAME
    connection.open_database(path)
    connection.close_database()
    encryption.encrypt_file(path, PASSPHRASE)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(cli, "_terminal", lambda: True)
    asked = iter(answers)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(asked))
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    out = capsys.readouterr()
    assert "ok     integrity and foreign keys" in out.out
    assert ("does not open" in out.err) == (len(answers) == 2)
