"""Subject-access export time: the richest demo client, and one with years of records.

    python benchmarks/subject_access.py [--repeat 3]

On a demo register of 200 clients: the client with records in the most
sections, then the same client after adding 500 notes, 2 000 timeline events
and 3 000 audit-log rows (years of casework). For each: the median time of
``export_client`` (collect, PDF, JSON, zip), the report's page count and the
zip's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import io

    from pypdf import PdfReader

    from tyollistamo_gui.services import session, subject_access
    from tyollistamo_gui.services.demo import fill_demo
    from tyollistamo_gui.storage.connection import open_database
    from tyollistamo_gui.storage.models import Client, ClientEvent, ClientNote, database

    folder = Path(tempfile.mkdtemp())
    open_database(folder / "bench.sqlite3")
    with session.system_session("benchmark"):
        fill_demo(200, seed=4)
        richest = max(
            (c.id for c in Client.select(Client.id)),
            key=lambda cid: sum(
                1 for r in subject_access.collect_unlogged(cid).sections.values() if r
            ),
        )

        def measure(label: str) -> None:
            times = []
            target = folder / "export.zip"
            for _ in range(args.repeat):
                started = time.perf_counter()
                subject_access.export_client(richest, target, "fi")
                times.append(time.perf_counter() - started)
            with zipfile.ZipFile(target) as archive:
                pages = len(PdfReader(io.BytesIO(archive.read("report.pdf"))).pages)
            size = target.stat().st_size
            print(
                f"{label}: median {statistics.median(times) * 1000:.0f} ms, "
                f"{pages} pages, zip {size / 1024:.0f} KiB"
            )

        measure("richest demo client")
        with database.atomic():
            ClientNote.insert_many(
                [
                    {"client": richest, "text": f"Tapaaminen {i}: " + "sisältöä " * 30}
                    for i in range(500)
                ]
            ).execute()
            ClientEvent.insert_many(
                [{"client": richest, "kind": "note_added", "details": "{}"} for _ in range(2000)]
            ).execute()
            for i in range(3000):
                session.log("view", client_id=richest, object_type="client", reason=f"r{i}")
        measure("with 500 notes, 2000 events, 3000 log rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
