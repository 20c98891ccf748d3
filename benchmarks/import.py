"""Import of a 10 000-row XLSX of clients into a database, against a floor.

    python benchmarks/import.py [--rows 10000] [--repeat 3] [--into FILE.sqlite3]

Without ``--into`` the rows go into an empty database; with it, into a copy of
the given one (e.g. the 100 000-client demo database made with
``tyollistamo --data-dir D demo --clients 100000``), updated to this version's
schema first. The demo's temporary identity codes may coincide with generated
ones: those rows are reported as duplicates and the valid rows are imported.

Generates an XLSX file of valid clients (temporary identity codes 900-999,
Finnish and Swedish names, dates, postal codes), then, on an empty SQLite
database, times in one run:
- parse + validate: ``importing.load`` + ``importing.check`` (every row through
  the client form's rules, duplicates against the register and the file);
- write: ``importing.run`` all-or-nothing (clients, timeline events, audit
  entries, one transaction);
and the floor for each: a plain openpyxl read-only read of the same file into
lists, and a plain sqlite3 ``executemany`` INSERT of the same values into the
client table (no events, no audit log). Prints the best of --repeat runs and
the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from openpyxl import Workbook, load_workbook

from tyollistamo_gui.domain.identifiers import make_identity_code

HEADERS = [
    "Etunimi",
    "Sukunimi",
    "Henkilötunnus",
    "Asiointikieli",
    "Puhelin",
    "Sähköposti",
    "Lähiosoite",
    "Postinumero",
    "Postitoimipaikka",
    "Etuus",
    "Työttömänä alkaen",
]
FIRST = ["Anna", "Matti", "Åsa", "Jukka", "Liisa", "Björn", "Aino", "Eero", "Sanna", "Mikael"]
LAST = ["Virtanen", "Korhonen", "Öberg", "Mäkinen", "Nieminen", "Lindqvist", "Häkkinen", "Ek"]


def rows(count: int, seed: int = 7) -> list[list[object]]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=n // 100)
        out.append(
            [
                rng.choice(FIRST),
                rng.choice(LAST),
                make_identity_code(born, 900 + n % 100),
                rng.choice(["suomi", "ruotsi", "fi", "sv"]),
                f"040 {rng.randrange(1000000, 9999999)}",
                f"user{n}@example.fi",
                f"Kauppakatu {rng.randrange(1, 99)}",
                f"{rng.randrange(100, 99999):05d}",
                rng.choice(["Helsinki", "Turku", "Vaasa"]),
                rng.choice(["Työmarkkinatuki", "Ei etuutta", "Toimeentulotuki"]),
                dt.datetime(2023, 1, 1) + dt.timedelta(days=rng.randrange(700)),
            ]
        )
    return out


def write_xlsx(path: Path, data: list[list[object]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Asiakkaat")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(row)
    workbook.save(path)


def floor_read(path: Path) -> list[tuple]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def _born(code: str) -> str:
    return f"19{code[4:6]}-{code[2:4]}-{code[0:2]}"


def floor_insert(db_path: Path, data: list[tuple]) -> None:
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.executemany(
                "INSERT OR IGNORE INTO client (first_name, last_name, identity_code, birth_date, "
                "service_language, phone, email, street_address, postal_code, post_office, "
                "benefit_status, unemployed_since, version, created_at, updated_at, "
                "last_event_at, sort_name, other_language, interpreter_needed, benefit_other, "
                "referral_source, referrer_name, referrer_phone, referrer_email, consent_what, "
                "status, closing_reason, outcome) "
                "VALUES (?, ?, ?, ?, 'fi', ?, ?, ?, ?, ?, 'none', ?, 1, ?, ?, ?, ?, "
                "'', 0, '', '', '', '', '', '', 'active', '', '')",
                [
                    (r[0], r[1], r[2], _born(r[2]), r[4], r[5], r[6], r[7], r[8])
                    + (r[10].date().isoformat(),)
                    + (dt.datetime.now().isoformat(),) * 3
                    + (f"{r[1]} {r[0]}",)
                    for r in data[1:]
                ],
            )
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--into", type=Path, help="import into a copy of this SQLite database, not an empty one"
    )
    args = parser.parse_args()

    from tyollistamo_gui.services import importing, session
    from tyollistamo_gui.storage import connection
    from tyollistamo_gui.storage.models import Client

    folder = Path(tempfile.mkdtemp(prefix="tyollistamo-import-bench-"))
    try:
        path = folder / "clients.xlsx"
        write_xlsx(path, rows(args.rows))
        empty = folder / "empty.sqlite3"
        if args.into:
            shutil.copy(args.into, empty)
        connection.open_database(empty)  # brings a copied database to this schema version
        before = Client.select().count()
        connection.close_database()
        for leftover in folder.glob("empty.before-*"):
            leftover.unlink()
        print(
            f"{args.rows} rows, {path.stat().st_size / 1e6:.1f} MB XLSX, into a database of "
            f"{before} clients; best of {args.repeat}"
        )

        timings: dict[str, list[float]] = {k: [] for k in ("read", "check", "write", "fr", "fw")}
        for attempt in range(args.repeat):
            target = folder / f"run{attempt}.sqlite3"
            shutil.copy(empty, target)
            connection.open_database(target)
            with session.system_session("benchmark"):
                started = time.perf_counter()
                table = importing.load("clients", path)
                timings["read"].append(time.perf_counter() - started)
                started = time.perf_counter()
                mapping = importing.guess_mapping("clients", table.headers)
                plan = importing.check("clients", table, mapping, source=path.name)
                timings["check"].append(time.perf_counter() - started)
                if not args.into:
                    assert not plan.problems, plan.problems[:3]
                started = time.perf_counter()
                result = importing.run(plan, valid_only=bool(plan.problems))
                timings["write"].append(time.perf_counter() - started)
                assert Client.select().count() == before + result.written
                if attempt == 0 and plan.problems:
                    print(f"  {len(plan.problems)} rows refused (identity code already stored)")
            connection.close_database()

            started = time.perf_counter()
            data = floor_read(path)
            timings["fr"].append(time.perf_counter() - started)
            floor_db = folder / f"floor{attempt}.sqlite3"
            shutil.copy(empty, floor_db)
            started = time.perf_counter()
            floor_insert(floor_db, data)
            timings["fw"].append(time.perf_counter() - started)

        best = {key: min(values) for key, values in timings.items()}
        parse = best["read"] + best["check"]
        print(
            f"parse + validate  {parse:7.2f} s  (read {best['read']:.2f} s, "
            f"check {best['check']:.2f} s)"
        )
        ratio = parse / best["fr"]
        print(f"  floor: openpyxl read-only read  {best['fr']:7.2f} s   ratio {ratio:.1f}x")
        print(f"write             {best['write']:7.2f} s  (clients, events, audit entries)")
        ratio = best["write"] / best["fw"]
        print(f"  floor: sqlite3 executemany      {best['fw']:7.2f} s   ratio {ratio:.1f}x")
        total = parse + best["write"]
        print(f"total             {total:7.2f} s  ({args.rows / total:,.0f} rows/s)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
