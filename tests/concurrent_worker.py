"""A second workstation, as a process of its own, for the concurrency tests.

    python -m tests.concurrent_worker URL CLIENT_ID EDITS TAG [--once]

Makes EDITS edits of the client: each reads the client, saves a new referrer
name and adds a note "TAG i". A save refused because the other process
saved first (ConcurrentEdit) is retried on the fresh record, as a user
would after reloading. Prints "edits=N conflicts=M" at the end. With
``--once`` it saves one edit without retrying and prints "saved".
"""

from __future__ import annotations

import dataclasses
import sys

from tyollistamo_gui.domain.errors import ConcurrentEdit
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services import session
from tyollistamo_gui.storage import connection


def main(argv: list[str]) -> int:
    url, client_id, edits, tag = argv[0], int(argv[1]), int(argv[2]), argv[3]
    connection.open_database(url)
    # A worker is a signed-in user who may do everything.
    session.start(session.User(None, f"worker-{tag}", tag, frozenset(), unrestricted=True))
    if "--once" in argv:
        record = svc.get_client(client_id)
        svc.update_client(
            client_id, record.version, dataclasses.replace(record.data, phone="09 555 5555")
        )
        print("saved", flush=True)
        return 0
    conflicts = 0
    for i in range(edits):
        while True:
            record = svc.get_client(client_id)
            data = dataclasses.replace(record.data, referrer_name=f"{tag} {i}")
            try:
                svc.update_client(client_id, record.version, data, actor=tag)
                break
            except ConcurrentEdit:
                conflicts += 1
        svc.add_note(client_id, f"{tag} {i}", actor=tag)
    connection.close_database()
    print(f"edits={edits} conflicts={conflicts}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
