"""Updating an older register on a shared server: who may, once only, audit-logged."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time

import pytest

from tests import backends
from tyollistamo_gui.domain import access
from tyollistamo_gui.services import accounts, database, session
from tyollistamo_gui.storage import connection, migrations
from tyollistamo_gui.storage.audit import AuditEntry, verify_chain

STAFF = (("anna", "administrator", "Salasana-1234"), ("ville", "counsellor", "Salasana-5678"))


def _upgrade_entries() -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == "schema_upgraded"))


def test_an_administrator_of_the_older_register_is_recognised(empty_postgres):
    backends.older_register(empty_postgres, migrations.SIGN_IN_VERSION, STAFF)
    user = accounts.check_upgrade_administrator(empty_postgres, " anna ", "Salasana-1234")
    assert user.username == "anna" and "administrator" in user.roles
    with pytest.raises(accounts.SignInFailed) as refused:
        accounts.check_upgrade_administrator(empty_postgres, "ville", "Salasana-5678")
    assert refused.value.reason == "not_administrator"
    for name in ("anna", "nobody"):
        with pytest.raises(accounts.SignInFailed) as wrong:
            accounts.check_upgrade_administrator(empty_postgres, name, "wrong password")
        assert wrong.value.reason == "wrong"
    # Nothing was changed but the count of wrong passwords.
    assert backends.register_version(empty_postgres) == migrations.SIGN_IN_VERSION
    with backends.admin_connection(empty_postgres) as conn:
        assert conn.execute(
            "SELECT failed_attempts FROM staff_user WHERE username = 'anna'"
        ).fetchone() == (1,)


def test_wrong_passwords_lock_the_account_as_in_signing_in(empty_postgres):
    backends.older_register(empty_postgres, migrations.SIGN_IN_VERSION, STAFF)
    at = dt.datetime(2026, 3, 2, 10, 0)
    for _ in range(access.MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(accounts.SignInFailed):
            accounts.check_upgrade_administrator(empty_postgres, "anna", "guess", at)
    with pytest.raises(accounts.SignInFailed) as locked:
        accounts.check_upgrade_administrator(empty_postgres, "anna", "guess", at)
    assert locked.value.reason == "locked"
    with pytest.raises(accounts.SignInFailed) as still:
        accounts.check_upgrade_administrator(empty_postgres, "anna", "Salasana-1234", at)
    assert still.value.reason == "locked"
    later = at + dt.timedelta(minutes=access.LOCKOUT_MINUTES + 1)
    assert accounts.check_upgrade_administrator(empty_postgres, "anna", "Salasana-1234", later)


def test_the_update_is_audit_logged_under_the_administrator(empty_postgres):
    backends.older_register(empty_postgres, migrations.SIGN_IN_VERSION, STAFF)
    admin = accounts.check_upgrade_administrator(empty_postgres, "anna", "Salasana-1234")
    steps = []
    opened = database.upgrade_server(empty_postgres, lambda *step: steps.append(step))
    assert opened.migrated_from == migrations.SIGN_IN_VERSION
    assert opened.schema_version == migrations.LATEST_VERSION
    pending = migrations.LATEST_VERSION - migrations.SIGN_IN_VERSION
    assert steps[0] == ("migrating", 0, pending) and steps[-1] == ("migrating", pending, pending)
    database.record_schema_upgrade(opened, admin)
    (entry,) = _upgrade_entries()
    assert entry.username == "anna" and entry.role == "administrator"
    assert json.loads(entry.details) == {
        "from": migrations.SIGN_IN_VERSION,
        "to": migrations.LATEST_VERSION,
        "app_version": json.loads(entry.details)["app_version"],
        "database": "postgresql",
    }
    assert verify_chain() == []
    # The administrator signs in with the same password on the updated register.
    assert accounts.sign_in("anna", "Salasana-1234").username == "anna"
    # A second run finds nothing to do and logs nothing.
    again = database.upgrade_server(empty_postgres)
    assert again.migrated_from is None
    database.record_schema_upgrade(again, admin)
    assert len(_upgrade_entries()) == 1


def test_a_second_workstation_waits_for_the_first(empty_postgres):
    """While the lock is held elsewhere the update waits (and says so), then finds it done."""
    from tyollistamo_gui.storage.server import _MIGRATION_LOCK

    backends.older_register(empty_postgres, 2)
    steps = []
    with backends.admin_connection(empty_postgres) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))

        def release():
            while not steps:
                time.sleep(0.02)
            # The other workstation finishes its update, then lets go of the lock.
            other.execute("UPDATE schema_version SET version = %s", (migrations.LATEST_VERSION,))
            other.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))

        releaser = threading.Thread(target=release, daemon=True)
        releaser.start()
        with session.system_session("test"):
            opened = database.upgrade_server(empty_postgres, lambda *step: steps.append(step))
        releaser.join()
    assert steps == [("waiting", 0, 0)]
    assert opened.migrated_from is None and opened.schema_version == migrations.LATEST_VERSION


def _waiting_for_lock(url: str) -> int:
    with backends.admin_connection(url) as conn:
        return conn.execute(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ).fetchone()[0]


def test_two_workstations_updating_at_once_update_once(tmp_path, empty_postgres):
    """Two processes start ``upgrade`` together; one applies the migrations, one waits."""
    from tyollistamo_gui.storage.server import _MIGRATION_LOCK

    backends.older_register(empty_postgres, migrations.SIGN_IN_VERSION - 1)
    command = [sys.executable, "-m", "tyollistamo_gui", "--data-dir"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with backends.admin_connection(empty_postgres) as gate:
        # Hold the lock until both processes wait for it: they then really race.
        gate.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
        workers = [
            subprocess.Popen(
                [*command, str(tmp_path / name), "--database", empty_postgres, "upgrade"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for name in ("first", "second")
        ]
        deadline = time.monotonic() + 60
        while _waiting_for_lock(empty_postgres) < 2:
            assert time.monotonic() < deadline, "the workstations never waited for the lock"
            assert all(w.poll() is None for w in workers), [w.communicate() for w in workers]
            time.sleep(0.1)
        gate.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
    results = [w.communicate(timeout=120) + (w.returncode,) for w in workers]
    assert [code for _, _, code in results] == [0, 0], results
    outputs = [out for out, _, _ in results]
    assert all("waiting for it to finish" in out for out in outputs)
    updated = [out for out in outputs if "Updated" in out]
    assert len(updated) == 1, outputs
    assert f"from schema version {migrations.SIGN_IN_VERSION - 1} to" in updated[0]
    assert sum("is up to date" in out for out in outputs) == 1
    connection.open_database(empty_postgres)
    assert migrations.schema_version(connection.database.obj) == migrations.LATEST_VERSION
    (entry,) = _upgrade_entries()
    assert entry.username == "command-line"
    assert json.loads(entry.details)["from"] == migrations.SIGN_IN_VERSION - 1
    assert verify_chain() == []
