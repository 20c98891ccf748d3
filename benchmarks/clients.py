"""Client register: search latency against plain sqlite3, first screen, memory.

    python benchmarks/clients.py [--clients 100000] [--repeat 5] [--database URL]

Prints, in one run:
- p50/p95 latency of services.clients.search for 30 typical queries (surnames,
  first names, identity-code prefixes), and the same for the best plain
  sqlite3 query over the same data (the floor), and their ratio;
- the time until the client list model holds its first screen of rows;
- peak memory of a process that opens the register, fills the list and
  searches, for 1 000 and for --clients clients, and the difference.

With ``--database postgresql://user@host/db`` (an empty database: the
benchmark fills it with the same demo data), the same search and first-screen
measurements run on PostgreSQL too, with a plain psycopg query over the same
name-word index as the server's floor, and both backends are printed side by
side.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = 50
FLOOR_NAME_SQL = (
    "SELECT c.id, c.last_name, c.first_name, c.identity_code, s.display_name, c.last_event_at, "
    "c.status FROM client c LEFT JOIN staff_user s ON s.id = c.responsible_staff_id "
    "WHERE c.id IN (SELECT rowid FROM client_name_fold WHERE client_name_fold MATCH ?) "
    "ORDER BY c.sort_name, c.id LIMIT ?"
)
FLOOR_CODE_SQL = (
    "SELECT c.id, c.last_name, c.first_name, c.identity_code, s.display_name, c.last_event_at, "
    "c.status FROM client c LEFT JOIN staff_user s ON s.id = c.responsible_staff_id "
    "WHERE c.identity_code >= ? AND c.identity_code < ? ORDER BY c.sort_name, c.id LIMIT ?"
)


def queries(db_path: Path, seed: int = 3) -> list[str]:
    """30 queries a counsellor would type: 10 surnames, 10 first names, 10 code prefixes."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    last = sorted({r[0] for r in conn.execute("SELECT last_name FROM client")})
    first = sorted({r[0] for r in conn.execute("SELECT first_name FROM client")})
    codes = [
        r[0]
        for r in conn.execute(
            "SELECT identity_code FROM client WHERE identity_code IS NOT NULL LIMIT 5000"
        )
    ]
    conn.close()
    result = []
    for name in rng.sample(last, 10):
        # Users type the start of a name, often without the accents.
        result.append(name[: rng.choice((3, 4, len(name)))].lower())
    result += [name[: rng.choice((3, len(name)))] for name in rng.sample(first, 10)]
    result += [code[: rng.choice((4, 6, 8))] for code in rng.sample(codes, 10)]
    return result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_search(db_path: Path, texts: list[str], repeat: int) -> tuple[list[float], list[float]]:
    from tyollistamo_gui.services import client_search as clients
    from tyollistamo_gui.storage import connection

    connection.open_database(db_path)
    ours: list[float] = []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            rows = clients.search(clients.SearchFilter(query=text, status="all"), 0, PAGE)
            ours.append(time.perf_counter() - started)
            assert rows is not None
    connection.close_database()

    conn = sqlite3.connect(db_path)
    floor: list[float] = []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            if text[0].isdigit():
                prefix = text.upper()
                rows = conn.execute(FLOOR_CODE_SQL, (prefix, prefix + "\x7f", PAGE)).fetchall()
            else:
                rows = conn.execute(FLOOR_NAME_SQL, (f'"{text}"*', PAGE)).fetchall()
            floor.append(time.perf_counter() - started)
    conn.close()
    return ours, floor


FLOOR_SERVER_NAME_SQL = (
    "SELECT c.id, c.last_name, c.first_name, c.identity_code, s.display_name, c.last_event_at, "
    "c.status FROM client c LEFT JOIN staff_user s ON s.id = c.responsible_staff_id "
    "WHERE c.id = ANY (ARRAY (SELECT client_id FROM client_name_token "
    "WHERE folded >= %s AND folded < %s)) "
    "ORDER BY COALESCE(c.sort_name, c.sort_name), c.id LIMIT %s"
)


def measure_server_search(url: str, texts: list[str], repeat: int):
    """services.client_search on the server, and a plain psycopg query as its floor."""
    import psycopg

    from tyollistamo_gui.domain.collation import fold
    from tyollistamo_gui.services import client_search as clients
    from tyollistamo_gui.storage import connection

    connection.open_database(url)
    ours: list[float] = []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            clients.search(clients.SearchFilter(query=text, status="all"), 0, PAGE)
            ours.append(time.perf_counter() - started)
    connection.close_database()
    floor: list[float] = []
    with psycopg.connect(url) as conn:
        for _ in range(repeat):
            for text in texts:
                started = time.perf_counter()
                if text[0].isdigit():
                    prefix = text.upper()
                    sql = FLOOR_CODE_SQL.replace("?", "%s")
                    conn.execute(sql, (prefix, prefix + "\x7f", PAGE)).fetchall()
                else:
                    key = fold(text)
                    conn.execute(FLOOR_SERVER_NAME_SQL, (key, key + "\U0010ffff", PAGE)).fetchall()
                floor.append(time.perf_counter() - started)
    return ours, floor


def child(db_path: str) -> None:
    """Open the register, fill the list's first screen, search; print timings and memory."""
    from PySide6.QtWidgets import QApplication, QTableView

    from tyollistamo_gui.services import client_search as clients
    from tyollistamo_gui.storage import connection
    from tyollistamo_gui.ui.clients.clients_page import ClientListModel
    from tyollistamo_gui.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    server = connection.is_server_url(db_path)
    connection.open_database(db_path if server else Path(db_path))
    context = AppContext.create(folder, None if server else Path(db_path))
    if server:
        context.database_url = db_path
    started = time.perf_counter()
    model = ClientListModel(context)
    model.reload()
    first_screen = time.perf_counter() - started
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    for text in queries(Path(db_path)) if not server else []:
        clients.search(clients.SearchFilter(query=text, status="all"), 0, PAGE)
    view.scrollToBottom()
    app.processEvents()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"first_screen": first_screen, "rows": model.rowCount(), "peak_kb": peak_kb}))


def run_child(db_path: Path | str) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", str(db_path)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ),
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def make_database(path: Path | str, count: int) -> float:
    from tyollistamo_gui.services.demo import fill_demo
    from tyollistamo_gui.storage import connection

    connection.open_database(path)
    started = time.perf_counter()
    fill_demo(count, seed=1)
    elapsed = time.perf_counter() - started
    connection.close_database()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--database",
        metavar="URL",
        help="an empty PostgreSQL database: run the search and list benchmark there too",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from tyollistamo_gui.services import session

    # The services check access; a benchmark acts as an unrestricted user.
    with session.system_session("benchmark"):
        return run(args)


def run(args) -> int:
    if args.child:
        child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        small, big = Path(folder) / "small.sqlite3", Path(folder) / "big.sqlite3"
        make_database(small, 1000)
        fill_seconds = make_database(big, args.clients)
        texts = queries(big)
        ours, floor = measure_search(big, texts, args.repeat)
        small_run, big_run = run_child(small), run_child(big)
    if args.database:
        server_fill = make_database(args.database, args.clients)
        server_ours, server_floor = measure_server_search(args.database, texts, args.repeat)
        server_run = run_child(args.database)
    ms = 1000
    print(f"clients: {args.clients} (demo data filled in {fill_seconds:.1f} s)")
    print(f"queries: {len(texts)} x {args.repeat}: {', '.join(texts)}")
    print(
        f"search via services.client_search: p50 {statistics.median(ours) * ms:.2f} ms, "
        f"p95 {percentile(ours, 0.95) * ms:.2f} ms"
    )
    print(
        f"floor, plain sqlite3 query:         p50 {statistics.median(floor) * ms:.2f} ms, "
        f"p95 {percentile(floor, 0.95) * ms:.2f} ms"
    )
    print(
        f"ratio p95 ours/floor: {percentile(ours, 0.95) / percentile(floor, 0.95):.2f} "
        f"(target <= 2.00, and p95 < 50 ms)"
    )
    print(
        f"first screen of the client list ({big_run['rows']} rows): "
        f"{big_run['first_screen'] * ms:.1f} ms (target < 100 ms); "
        f"with 1000 clients {small_run['first_screen'] * ms:.1f} ms"
    )
    grow = (big_run["peak_kb"] - small_run["peak_kb"]) / 1024
    print(
        f"peak memory: 1000 clients {small_run['peak_kb'] / 1024:.0f} MB, "
        f"{args.clients} clients {big_run['peak_kb'] / 1024:.0f} MB, "
        f"growth {grow:.1f} MB (target < 50 MB)"
    )
    if args.database:
        rows = [
            ("demo data filled (s)", fill_seconds, server_fill, 1),
            ("search p50 (ms)", statistics.median(ours), statistics.median(server_ours), ms),
            ("search p95 (ms)", percentile(ours, 0.95), percentile(server_ours, 0.95), ms),
            ("floor p95, plain query (ms)", percentile(floor, 0.95),
             percentile(server_floor, 0.95), ms),
            ("first screen of the list (ms)", big_run["first_screen"],
             server_run["first_screen"], ms),
        ]  # fmt: skip
        print()
        print(f"{args.clients} clients, same data and queries   {'SQLite':>10}  {'PostgreSQL':>10}")
        for label, lite, pg, scale in rows:
            print(f"{label:<42}  {lite * scale:>10.2f}  {pg * scale:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
