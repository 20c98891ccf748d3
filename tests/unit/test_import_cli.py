"""``tyollistamo import clients|employers FILE``: rows with problems printed, exit codes."""

from __future__ import annotations

import pytest

from tyollistamo_gui.__main__ import main
from tyollistamo_gui.services import accounts, session
from tyollistamo_gui.storage import connection
from tyollistamo_gui.storage.models import Client, Employer

from ..exchange_samples import (
    BAD_CODE_ROW,
    BAD_DATE_ROW,
    DUPLICATE_ROW,
    HEADERS,
    bad_xlsx,
    good_rows,
    write_xlsx,
)


@pytest.fixture
def database(data_dir):
    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    connection.close_database()

    def count(model=Client) -> int:
        connection.open_database(data_dir / connection.DATABASE_FILENAME)
        try:
            return model.select().count()
        finally:
            connection.close_database()

    return count


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), "import", *map(str, args)])


def test_all_or_nothing_prints_every_bad_row_and_writes_nothing(
    qapp, database, data_dir, tmp_path, capsys
):
    path = bad_xlsx(tmp_path / "bad.xlsx")
    assert run(data_dir, "clients", path) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("row ")]
    assert [line.split(",")[0] for line in lines] == [
        f"row {BAD_CODE_ROW}",
        f"row {BAD_DATE_ROW}",
        f"row {DUPLICATE_ROW}",
    ]
    assert "[identity_code.check_character]" in lines[0]
    assert "3 of 6 rows have problems; nothing was imported." in out
    assert database() == 0


def test_valid_only_imports_the_rest(qapp, database, data_dir, tmp_path, capsys):
    path = bad_xlsx(tmp_path / "bad.xlsx")
    assert run(data_dir, "clients", path, "--valid-only") == 0
    assert "Imported 3 clients" in capsys.readouterr().out
    assert database() == 3


def test_a_file_without_problems_is_imported(qapp, database, data_dir, tmp_path):
    path = write_xlsx(tmp_path / "ok.xlsx", HEADERS, good_rows(4))
    assert run(data_dir, "clients", path) == 0
    assert database() == 4


def test_columns_mapped_by_number_without_a_header(qapp, database, data_dir, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Anna;Aho\nBo;Ek\n", encoding="utf-8")
    args = ["clients", path, "--no-header", "--map", "1=first_name", "--map", "2=last_name"]
    assert run(data_dir, *args) == 0
    assert database() == 2


def test_employers(qapp, database, data_dir, tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("Nimi;Y-tunnus\nSininauha ry;2129026-2\nTurku;0204819-8\n", encoding="utf-8")
    assert run(data_dir, "employers", path) == 0
    assert database(Employer) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clients", "missing.xlsx"], "there is no such file"),
        (["clients", "notes.txt.pdf"], "only .csv and .xlsx files"),
        (["clients", "one.csv"], "no column for last_name"),
        (["clients", "one.csv", "--map", "Etunimi=nonsense"], "use COLUMN=FIELD"),
        (["clients", "one.csv", "--map", "Zzz=last_name"], "there is no column 'Zzz'"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    qapp, database, data_dir, tmp_path, capsys, monkeypatch, args, message
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.csv").write_text("Etunimi;Hetu\nAnna;\n", encoding="utf-8")
    (tmp_path / "notes.txt.pdf").write_bytes(b"%PDF")
    assert run(data_dir, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("tyollistamo: error: ") and message in err
    assert err.count("\n") == 1
    assert database() == 0


def test_a_user_who_is_not_an_administrator_is_refused(
    qapp, database, data_dir, tmp_path, capsys, monkeypatch
):
    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    with session.system_session():
        accounts.create_first_administrator("admin", "Admin", "correct horse battery")
        accounts.create_account("olli", "Olli", frozenset({"counsellor"}), "", "another secret 1")
    connection.close_database()
    path = write_xlsx(tmp_path / "ok.xlsx", HEADERS, good_rows(2))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "another secret 1")
    assert run(data_dir, "clients", path, "--user", "olli") == 1
    assert "olli may not import" in capsys.readouterr().err
    assert database() == 0
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "wrong password")
    assert run(data_dir, "clients", path, "--user", "admin") == 1
    assert database() == 0
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "correct horse battery")
    assert run(data_dir, "clients", path, "--user", "admin") == 0
    assert database() == 2
