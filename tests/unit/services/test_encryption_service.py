"""The administrator's encryption use cases, through services (no Qt)."""

from __future__ import annotations

import json

import pytest

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import backups, encryption, session
from tyollistamo_gui.storage import connection
from tyollistamo_gui.storage.audit import AuditEntry, verify_chain

PASSPHRASE = "Viisi varista virralla 5"


def test_encrypting_logs_backs_up_and_wipes_plain_copies(db, backend, data_dir):
    if backend == "postgres":
        assert encryption.status().kind == "server"
        with pytest.raises(encryption.EncryptionFailed):
            encryption.encrypt_database(data_dir, PASSPHRASE, PASSPHRASE)
        return
    assert encryption.status().kind == "plain"
    assert encryption.status().cipher_version.startswith("4.")
    plain = backups.run_backup(data_dir)
    with pytest.raises(ValidationFailed) as failed:
        encryption.encrypt_database(data_dir, "short", "other")
    assert [f.code for f in failed.value.findings] == [
        "passphrase.too_short",
        "passphrase.mismatch",
    ]
    outcome = encryption.encrypt_database(data_dir, PASSPHRASE, PASSPHRASE, wipe_plain_copies=True)
    assert encryption.status().kind == "encrypted"
    assert outcome.wiped == (plain,) and not plain.exists()
    assert outcome.plain_copies == ()
    assert connection.is_encrypted_file(outcome.backup)
    entry = (
        AuditEntry.select()
        .where((AuditEntry.object_type == "database") & (AuditEntry.action == "update"))
        .get()
    )
    assert json.loads(entry.details)["encrypted"] is True
    assert AuditEntry.select().where(AuditEntry.object_type == "plain_copies").count() == 1
    assert verify_chain() == []
    with pytest.raises(encryption.AlreadyEncrypted):
        encryption.encrypt_database(data_dir, PASSPHRASE, PASSPHRASE)


def test_without_wiping_the_plain_copies_are_reported(db, backend, data_dir):
    if backend == "postgres":
        with pytest.raises(encryption.EncryptionFailed):
            encryption.change_passphrase(PASSPHRASE, PASSPHRASE, PASSPHRASE)
        return
    plain = backups.run_backup(data_dir)
    outcome = encryption.encrypt_database(data_dir, PASSPHRASE, PASSPHRASE)
    assert outcome.plain_copies == (plain,) and plain.exists()
    encryption.change_passphrase(PASSPHRASE, PASSPHRASE + "!", PASSPHRASE + "!")
    updates = AuditEntry.select().where(
        (AuditEntry.object_type == "database") & (AuditEntry.action == "update")
    )
    assert [json.loads(e.details) for e in updates][1] == {"passphrase_changed": True}


@pytest.mark.parametrize("role", ["counsellor", "manager"])
def test_only_an_administrator_may_encrypt(db, data_dir, sign_in_as, role):
    sign_in_as(role)
    with pytest.raises(session.AccessDenied):
        encryption.encrypt_database(data_dir, PASSPHRASE, PASSPHRASE)
    with pytest.raises(session.AccessDenied):
        encryption.change_passphrase(PASSPHRASE, PASSPHRASE, PASSPHRASE)
    assert connection.is_encrypted() is False
