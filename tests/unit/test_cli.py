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
