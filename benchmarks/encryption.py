"""Encryption at rest: what SQLCipher costs on a demo register.

    python benchmarks/encryption.py [--clients 10000] [--repeat 5]

Prints, for the same demo register plain and encrypted (median of --repeat):
- opening it (pre-flight check + connect + first query), i.e. the start-up cost
  of the passphrase (SQLCipher's PBKDF2-HMAC-SHA512, 256 000 iterations);
- a client search (services.client_search.search) and a full backup;
- the one-off ``encrypt`` (export, verify every row, replace, wipe) and file sizes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tyollistamo_gui.services import client_search as clients
from tyollistamo_gui.services import session
from tyollistamo_gui.services.demo import fill_demo
from tyollistamo_gui.storage import backup, connection, encryption

PASSPHRASE = "Benchmark passphrase 2026"


def _median(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, session.system_session("benchmark"):
        plain = Path(folder) / "plain" / connection.DATABASE_FILENAME
        plain.parent.mkdir()
        connection.open_database(plain)
        fill_demo(args.clients, seed=1)
        connection.close_database()
        encrypted = Path(folder) / "encrypted" / connection.DATABASE_FILENAME
        encrypted.parent.mkdir()
        shutil.copyfile(plain, encrypted)
        started = time.perf_counter()
        result = encryption.encrypt_file(encrypted, PASSPHRASE)
        encrypt_s = time.perf_counter() - started

        rows = {}
        for name, path, key in (("plain", plain, None), ("encrypted", encrypted, PASSPHRASE)):

            def open_and_query(path=path, key=key):
                connection.open_database(path, passphrase=key)
                clients.search(clients.SearchFilter(query="Virtanen", status="all"))
                connection.close_database()

            connection.open_database(path, passphrase=key)
            search = _median(
                lambda: clients.search(clients.SearchFilter(query="Virtanen", status="all")),
                args.repeat,
            )
            connection.close_database()
            copy = Path(folder) / f"{name}-backup.sqlite3"
            rows[name] = (
                _median(open_and_query, args.repeat),
                search,
                _median(
                    lambda p=path, k=key, c=copy: backup.backup_to(p, c, passphrase=k), args.repeat
                ),
                path.stat().st_size,
            )
    print(f"{args.clients} demo clients, median of {args.repeat}")
    print(f"  {'':10} {'open+query':>11} {'search':>9} {'backup':>9} {'size':>12}")
    for name, (opened, search, made, size) in rows.items():
        print(
            f"  {name:10} {opened * 1000:9.0f} ms {search * 1000:6.1f} ms "
            f"{made * 1000:6.0f} ms {size:12,d} B"
        )
    print(f"  encrypt (export, verify {result.rows} rows, replace, wipe): {encrypt_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
