"""Accounts: the first administrator, sign-in, lockout, passwords, users."""

from __future__ import annotations

import datetime as dt

import pytest

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.services import accounts, session
from tyollistamo_gui.storage.audit import AuditEntry
from tyollistamo_gui.storage.models import StaffUser

PASSWORD = "correct horse 42"


@pytest.fixture
def admin(db):
    session.end()
    return accounts.create_first_administrator("admin", "Ada Admin", PASSWORD)


def test_first_start_asks_for_an_administrator(db):
    # Staff without passwords (e.g. demo data) do not count.
    StaffUser.create(username="old", display_name="Old", role="administrator")
    assert accounts.needs_first_administrator()
    user = accounts.create_first_administrator("admin", "Ada Admin", PASSWORD)
    assert "administrator" in user.roles
    assert session.current_user() == user
    assert not accounts.needs_first_administrator()
    with pytest.raises(session.AccessDenied):
        accounts.create_first_administrator("second", "Second", PASSWORD)


def test_password_is_stored_only_as_an_argon2id_hash(admin):
    row = StaffUser.get(StaffUser.username == "admin")
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash
    logged = " ".join(f"{e.details} {e.reason} {e.object_id}" for e in AuditEntry.select())
    assert PASSWORD not in logged


@pytest.mark.parametrize(
    ("password", "code"),
    [("short", "password.too_short"), ("aaaaaaaaaaaa", "password.too_simple")],
)
def test_weak_password_refused(db, password, code):
    session.end()
    with pytest.raises(ValidationFailed) as failed:
        accounts.create_first_administrator("admin", "Ada", password)
    assert failed.value.findings[0].code == code
    assert StaffUser.select().count() == 0


def test_sign_in_and_out_are_logged(admin):
    accounts.sign_out()
    assert session.current_user() is None
    user = accounts.sign_in("admin", PASSWORD)
    assert user.username == "admin"
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-2:] == ["sign_out", "sign_in"]


def test_five_wrong_passwords_lock_the_account_for_a_while(admin):
    accounts.sign_out()
    start = dt.datetime(2026, 3, 2, 9, 0)
    for _attempt in range(4):
        with pytest.raises(accounts.SignInFailed) as failed:
            accounts.sign_in("admin", "wrong password", at=start)
        assert failed.value.reason == "wrong"
    with pytest.raises(accounts.SignInFailed) as failed:
        accounts.sign_in("admin", "wrong password", at=start)
    assert failed.value.reason == "locked"
    # Even the right password is refused while locked...
    with pytest.raises(accounts.SignInFailed) as failed:
        accounts.sign_in("admin", PASSWORD, at=start + dt.timedelta(minutes=5))
    assert failed.value.reason == "locked"
    # ...and accepted after the lockout.
    assert accounts.sign_in("admin", PASSWORD, at=start + dt.timedelta(minutes=16)).id == admin.id
    assert StaffUser.get_by_id(admin.id).failed_attempts == 0
    failures = AuditEntry.select().where(AuditEntry.action == "sign_in_failed").count()
    assert failures == 5


def test_unknown_user_fails_like_a_wrong_password(admin):
    with pytest.raises(accounts.SignInFailed) as failed:
        accounts.sign_in("nobody", PASSWORD)
    assert failed.value.reason == "wrong"


def test_change_password(admin):
    with pytest.raises(ValidationFailed):
        accounts.change_password("not the old one", "another good one 7")
    accounts.change_password(PASSWORD, "another good one 7")
    accounts.sign_out()
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in("admin", PASSWORD)
    accounts.sign_in("admin", "another good one 7")


def test_administrator_creates_users_and_resets_passwords(admin):
    account = accounts.create_account(
        "cecilia", "Cecilia C", frozenset({"counsellor"}), "North", "first password 1"
    )
    assert account.roles == {"counsellor"} and account.team == "North"
    accounts.reset_password(account.id, "reset password 2")
    accounts.sign_out()
    user = accounts.sign_in("cecilia", "reset password 2")
    assert user.must_change_password
    assert accounts.list_teams() == ["North"]


def test_last_administrator_cannot_be_removed(admin):
    account = next(a for a in accounts.list_accounts() if a.username == "admin")
    with pytest.raises(ValidationFailed) as failed:
        accounts.update_account(
            account.id, account.version, "Ada", frozenset({"counsellor"}), "", True
        )
    assert failed.value.findings[0].code == "users.last_administrator"


def test_unlock_checks_the_password_again(admin):
    accounts.lock()
    with pytest.raises(accounts.SignInFailed):
        accounts.unlock("wrong password")
    accounts.unlock(PASSWORD)
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-3:] == ["lock", "unlock_failed", "unlock"]
