"""The command line, run as a real process the way an administrator runs it."""

import os
import sqlite3
import subprocess
import sys

import pytest

from tyollistamo_gui import __version__


def run(*args, env=None, cwd=None):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("TYOLLISTAMO_DATA_DIR", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tyollistamo_gui", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=120,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tyollistamo {__version__}"


def test_demo_creates_a_database(tmp_path):
    result = run("--data-dir", str(tmp_path / "d"), "demo", "--clients", "1000", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "1000 clients" in result.stdout
    conn = sqlite3.connect(tmp_path / "d" / "tyollistamo.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM client").fetchone()[0] == 1000
    identity_codes = [
        r[0]
        for r in conn.execute("SELECT identity_code FROM client WHERE identity_code IS NOT NULL")
    ]
    assert len(identity_codes) > 900
    assert all(900 <= int(code[7:10]) <= 999 for code in identity_codes)
    conn.close()


def test_demo_refuses_non_empty_database(tmp_path):
    assert run("--data-dir", str(tmp_path), "demo", "--clients", "5").returncode == 0
    before = (tmp_path / "tyollistamo.sqlite3").stat().st_mtime_ns
    result = run("--data-dir", str(tmp_path), "demo", "--clients", "5")
    assert result.returncode == 1
    assert "not empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "tyollistamo.sqlite3").stat().st_mtime_ns == before


def test_environment_variable_sets_the_data_folder(tmp_path):
    result = run("demo", "--clients", "3", env={"TYOLLISTAMO_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "tyollistamo.sqlite3").exists()


def test_demo_on_a_file_that_is_not_a_database(tmp_path):
    (tmp_path / "tyollistamo.sqlite3").write_text("not a database " * 100)
    result = run("--data-dir", str(tmp_path), "demo")
    assert result.returncode == 1
    assert "tyollistamo.sqlite3" in result.stderr
    assert (tmp_path / "tyollistamo.sqlite3").read_text() == "not a database " * 100


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "de"],
        ["--no-such-option"],
        ["demo", "--clients", "many"],
        ["demo", "--clients", "-1"],
        ["demo", "--clients", "2000000"],
        ["demo", "--seed", "x"],
        ["frobnicate"],
        ["demo", "extra"],
    ],
)
def test_bad_arguments_give_one_line_and_exit_2_and_write_nothing(tmp_path, args):
    target = tmp_path / "never"
    result = run("--data-dir", str(target), *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "error" in lines[0]
    assert result.stdout == ""
    assert not target.exists()


def test_data_dir_that_is_a_file(tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = run("--data-dir", str(target), "demo")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert target.read_text() == "x"


# -- backup, restore, check ------------------------------------------------------------------


def _cli(*args, env=None):
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "tyollistamo_gui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, **(env or {})),
    )


def test_backup_restore_and_check_from_the_command_line(tmp_path):
    import sqlite3

    data = tmp_path / "data"
    assert _cli("--data-dir", str(data), "demo", "--clients", "50").returncode == 0
    made = _cli("--data-dir", str(data), "backup")
    assert made.returncode == 0, made.stderr
    backups = list((data / "backups").glob("tyollistamo-*.sqlite3"))
    assert len(backups) == 1
    to = _cli("--data-dir", str(data), "backup", "--to", str(tmp_path / "copy.sqlite3"))
    assert to.returncode == 0 and (tmp_path / "copy.sqlite3").exists()
    checked = _cli("--data-dir", str(data), "check")
    assert checked.returncode == 0, checked.stdout
    assert "ok     audit log chain" in checked.stdout
    # Tamper with the audit log: check fails and says where.
    conn = sqlite3.connect(data / "tyollistamo.sqlite3")
    conn.execute(
        "INSERT INTO audit_entry (at, username, role, workstation, object_type, object_id, "
        "action, reason, details, previous_hash, hash) "
        "VALUES ('2026-01-01 00:00:00.000000', 'x', '', '', '', '', 'view', '', '', 'a', 'b')"
    )
    conn.commit()
    conn.close()
    checked = _cli("--data-dir", str(data), "check")
    assert checked.returncode == 1
    assert "FAILED audit log chain" in checked.stdout
    restored = _cli("--data-dir", str(data), "restore", str(backups[0]))
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout
    assert _cli("--data-dir", str(data), "check").returncode == 0


def test_restore_refuses_a_truncated_file(tmp_path):
    data = tmp_path / "data"
    assert _cli("--data-dir", str(data), "demo", "--clients", "20").returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert _cli("--data-dir", str(data), "backup", "--to", str(copy)).returncode == 0
    copy.write_bytes(copy.read_bytes()[:5000])
    before = (data / "tyollistamo.sqlite3").read_bytes()
    refused = _cli("--data-dir", str(data), "restore", str(copy))
    assert refused.returncode == 1
    assert "incomplete" in refused.stderr and "unchanged" in refused.stderr
    assert (data / "tyollistamo.sqlite3").read_bytes() == before


def test_check_without_a_database(tmp_path):
    result = _cli("--data-dir", str(tmp_path / "empty"), "check")
    assert result.returncode == 1 and "no database" in result.stderr
