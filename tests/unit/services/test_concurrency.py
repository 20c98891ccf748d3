"""Two workstations on one PostgreSQL server: conflicts are refused, no edit is lost."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

from tyollistamo_gui.domain.errors import ConcurrentEdit
from tyollistamo_gui.services import clients as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import ClientEvent, ClientNote

from ...conftest import ROOT

pytestmark = pytest.mark.parametrize("backend", ["postgres"], indirect=True)


def _worker(url: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.concurrent_worker", url, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_second_save_of_the_same_client_is_refused(db):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    other = _worker(db.path, str(record.id), "1", "B", "--once")
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0 and out.strip() == "saved", err
    with pytest.raises(ConcurrentEdit) as refused:
        svc.update_client(
            record.id, record.version, dataclasses.replace(record.data, phone="040 111 2222")
        )
    assert refused.value.expected == record.version
    assert refused.value.found == record.version + 1
    assert svc.get_client(record.id).data.phone == "09 555 5555"  # theirs, not overwritten


@pytest.mark.slow
def test_two_processes_making_a_thousand_edits_each_lose_none(db):
    record = svc.create_client(ClientData(first_name="Anna", last_name="Aho"))
    edits = 1000
    workers = [_worker(db.path, str(record.id), str(edits), tag) for tag in ("A", "B")]
    results = [w.communicate(timeout=600) for w in workers]
    for worker, (_out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
    final = svc.get_client(record.id)
    # Every save went in exactly once: the version counts them, so does the timeline.
    assert final.version == 1 + 2 * edits
    edited = ClientEvent.select().where(
        (ClientEvent.client == record.id) & (ClientEvent.kind == "edited")
    )
    assert edited.count() == 2 * edits
    notes = {n.text for n in ClientNote.select(ClientNote.text)}
    assert notes == {f"{tag} {i}" for tag in ("A", "B") for i in range(edits)}
    conflicts = [int(out.split("conflicts=")[1]) for out, _ in results]
    print(f"conflicts retried: {conflicts}")
