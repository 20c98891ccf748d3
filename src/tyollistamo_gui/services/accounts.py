"""Staff accounts: the first administrator, signing in and out, passwords, users and roles.

Passwords are hashed with argon2id (argon2-cffi); the clear text is never
stored or logged. Five wrong passwords in a row lock the account for
``LOCKOUT_MINUTES``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..domain import access
from ..domain.findings import Finding, ValidationFailed
from ..storage.connection import translate_errors
from ..storage.models import StaffUser, database, now, update_versioned
from . import session

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
# Compared against when the user name is unknown, so that an unknown name takes
# as long as a wrong password.


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the user name is unknown (same time as a real check).

    Made on first use, not at import: one argon2id hash takes 0.1–0.2 s, which
    every start-up paid before the sign-in dialog appeared.
    """
    return _hasher.hash("not a password of anyone")


class SignInFailed(Exception):
    """``reason``: ``wrong`` (unknown name or wrong password), ``locked`` (see ``until``),
    or ``not_administrator`` (right password, but the task needs an administrator)."""

    def __init__(self, reason: str, until: dt.datetime | None = None):
        super().__init__(reason)
        self.reason = reason
        self.until = until


@dataclass(frozen=True)
class Account:
    id: int
    version: int
    username: str
    display_name: str
    roles: frozenset[str]
    team: str
    active: bool
    has_password: bool
    locked_until: dt.datetime | None


def _account(row: StaffUser) -> Account:
    return Account(
        row.id,
        row.version,
        row.username,
        row.display_name,
        access.parse_roles(row.role),
        row.team,
        row.active,
        bool(row.password_hash),
        row.locked_until,
    )


def _user(row: StaffUser) -> session.User:
    return session.User(
        row.id,
        row.username,
        row.display_name,
        access.parse_roles(row.role),
        row.team,
        must_change_password=row.must_change_password,
    )


def _check_password(password: str, username: str, field: str = "password") -> None:
    code = access.check_password_strength(password, username)
    if code:
        raise ValidationFailed([Finding(code, field, {"minimum": access.MIN_PASSWORD_LENGTH})])


# -- first start ---------------------------------------------------------------------------------


def needs_first_administrator() -> bool:
    """True until an active administrator with a password exists."""
    for row in StaffUser.select().where(
        (StaffUser.active == True) & (StaffUser.password_hash != "")  # noqa: E712
    ):
        if "administrator" in access.parse_roles(row.role):
            return False
    return True


def _check_account(username: str, display_name: str, roles: frozenset[str]) -> list[Finding]:
    findings = []
    if not username.strip():
        findings.append(Finding("required", "username"))
    elif not username.strip().replace(".", "").replace("-", "").replace("_", "").isalnum():
        findings.append(Finding("username.invalid", "username"))
    if not display_name.strip():
        findings.append(Finding("required", "display_name"))
    if not roles:
        findings.append(Finding("required", "roles"))
    return findings


@translate_errors
def create_first_administrator(username: str, display_name: str, password: str) -> session.User:
    """Create the unit's first administrator and sign them in. Refused once one exists."""
    with database.atomic():
        if not needs_first_administrator():
            raise session.AccessDenied("first administrator exists")
        roles = frozenset({"administrator"})
        findings = _check_account(username, display_name, roles)
        if findings:
            raise ValidationFailed(findings)
        _check_password(password, username)
        row = _create_row(username, display_name, roles, "", password)
        user = _user(row)
        session.start(user)
        session.log("user_created", object_type="staff_user", object_id=row.id, user=user)
        session.log("sign_in", user=user)
    return user


def _create_row(
    username: str, display_name: str, roles: frozenset[str], team: str, password: str
) -> StaffUser:
    username = username.strip()
    if StaffUser.select().where(StaffUser.username == username).exists():
        raise ValidationFailed([Finding("username.taken", "username")])
    stamp = now()
    return StaffUser.create(
        username=username,
        display_name=display_name.strip(),
        role=access.format_roles(roles),
        team=team.strip(),
        created_at=stamp,
        updated_at=stamp,
        password_hash=_hasher.hash(password) if password else "",
        password_changed_at=stamp if password else None,
    )


# -- signing in and out --------------------------------------------------------------------------


@translate_errors
def sign_in(username: str, password: str, at: dt.datetime | None = None) -> session.User:
    """Check the password and start the session; raises SignInFailed.

    A failure is committed (counted and logged) before it is raised.
    """
    at = at or now()
    failure = None
    with database.atomic():
        row = StaffUser.get_or_none(StaffUser.username == username.strip())
        if row is None or not row.active or not row.password_hash:
            _verify(_dummy_hash(), password)
            session.log(
                "sign_in_failed", details={"username": username.strip()[:64]}, user=_anonymous()
            )
            failure = SignInFailed("wrong")
        elif row.locked_until is not None and row.locked_until > at:
            session.log("sign_in_refused", user=_user(row), details={"locked": True})
            failure = SignInFailed("locked", row.locked_until)
        elif not _verify(row.password_hash, password):
            failure = _count_failure(row, at)
        else:
            values = {"failed_attempts": 0, "locked_until": None}
            if _hasher.check_needs_rehash(row.password_hash):
                values["password_hash"] = _hasher.hash(password)
            StaffUser.update(**values).where(StaffUser.id == row.id).execute()
            user = _user(row)
            session.start(user)
            session.log("sign_in")
    if failure is not None:
        raise failure
    return user


def _anonymous() -> session.User:
    return session.User(None, "", "", frozenset())


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _count_failure(row: StaffUser, at: dt.datetime, action: str = "sign_in_failed") -> SignInFailed:
    row.failed_attempts += 1
    locked = row.failed_attempts >= access.MAX_FAILED_SIGN_INS
    if locked:
        row.locked_until = at + dt.timedelta(minutes=access.LOCKOUT_MINUTES)
    StaffUser.update(failed_attempts=row.failed_attempts, locked_until=row.locked_until).where(
        StaffUser.id == row.id
    ).execute()
    session.log(action, user=_user(row), details={"locked": locked})
    return SignInFailed("locked", row.locked_until) if locked else SignInFailed("wrong")


@translate_errors
def sign_out() -> None:
    if session.current_user() is None:
        return
    with database.atomic():
        session.log("sign_out")
    session.end()


@translate_errors
def lock() -> None:
    """The workstation was locked (idle, or by the user); the session goes on."""
    with database.atomic():
        session.log("lock")


@translate_errors
def unlock(password: str, at: dt.datetime | None = None) -> None:
    """Check the signed-in user's password again; raises SignInFailed."""
    at = at or now()
    user = session.current().user
    failure = None
    with database.atomic():
        row = StaffUser.get_or_none(StaffUser.id == user.id)
        if row is None or not row.active:
            failure = SignInFailed("wrong")
        elif row.locked_until is not None and row.locked_until > at:
            failure = SignInFailed("locked", row.locked_until)
        elif not _verify(row.password_hash, password):
            failure = _count_failure(row, at, "unlock_failed")
        else:
            StaffUser.update(failed_attempts=0, locked_until=None).where(
                StaffUser.id == row.id
            ).execute()
            session.log("unlock")
    if failure is not None:
        raise failure


# -- updating an older server register -----------------------------------------------------------


@translate_errors
def check_upgrade_administrator(
    url: str, username: str, password: str, at: dt.datetime | None = None
) -> session.User:
    """Check that ``username`` is an administrator of the older register at ``url``.

    Reads the accounts with the columns of ``migrations.SIGN_IN_VERSION``, so
    it works on any older register that has sign-in. Returns the user (no
    session is started);
    raises SignInFailed. Wrong passwords count towards the lock-out as in
    ``sign_in``; they go to the app's log, not the audit log, whose table may
    not yet have this version's shape. The session starts only after the
    update (``sign_in`` then), and the update itself is audit-logged.
    """
    from ..storage import server

    at = at or now()
    db = server.connect(url)
    try:
        login = server.staff_login(db, username.strip())
        if login is None or not login.active or not login.password_hash:
            _verify(_dummy_hash(), password)
            log.warning("update sign-in failed: unknown user %r", username.strip()[:64])
            raise SignInFailed("wrong")
        if login.locked_until is not None and login.locked_until > at:
            raise SignInFailed("locked", login.locked_until)
        if not _verify(login.password_hash, password):
            attempts = login.failed_attempts + 1
            locked = attempts >= access.MAX_FAILED_SIGN_INS
            until = at + dt.timedelta(minutes=access.LOCKOUT_MINUTES) if locked else None
            server.record_login_attempt(db, login.id, attempts, until)
            log.warning("update sign-in failed: wrong password of %s", login.username)
            raise SignInFailed("locked", until) if locked else SignInFailed("wrong")
        if "administrator" not in access.parse_roles(login.role):
            raise SignInFailed("not_administrator")
        if login.failed_attempts:
            server.record_login_attempt(db, login.id, 0, None)
        return session.User(
            login.id, login.username, login.display_name, access.parse_roles(login.role)
        )
    finally:
        db.close()


# -- passwords -----------------------------------------------------------------------------------


@translate_errors
def change_password(old_password: str, new_password: str) -> None:
    """The signed-in user changes their own password."""
    user = session.current().user
    with database.atomic():
        row = StaffUser.get_or_none(StaffUser.id == user.id)
        if row is None or not _verify(row.password_hash, old_password):
            raise ValidationFailed([Finding("password.wrong", "old_password")])
        _check_password(new_password, row.username, "new_password")
        StaffUser.update(
            password_hash=_hasher.hash(new_password),
            password_changed_at=now(),
            must_change_password=False,
        ).where(StaffUser.id == row.id).execute()
        session.log("password_changed", object_type="staff_user", object_id=row.id)
    session.start(_user(StaffUser.get_by_id(row.id)), session.current().workstation)


@translate_errors
def reset_password(user_id: int, new_password: str) -> None:
    """An administrator sets a new password; the user must change it at next sign-in."""
    session.require(access.USERS_MANAGE)
    with database.atomic():
        row = StaffUser.get_by_id(user_id)
        _check_password(new_password, row.username)
        StaffUser.update(
            password_hash=_hasher.hash(new_password),
            password_changed_at=now(),
            must_change_password=True,
            failed_attempts=0,
            locked_until=None,
        ).where(StaffUser.id == user_id).execute()
        session.log("password_reset", object_type="staff_user", object_id=user_id)


# -- users ---------------------------------------------------------------------------------------


def list_accounts(include_inactive: bool = True) -> list[Account]:
    session.require(access.USERS_MANAGE)
    query = StaffUser.select().order_by(StaffUser.display_name)
    if not include_inactive:
        query = query.where(StaffUser.active == True)  # noqa: E712
    return [_account(row) for row in query]


@translate_errors
def create_account(
    username: str, display_name: str, roles: frozenset[str], team: str, password: str
) -> Account:
    session.require(access.USERS_MANAGE)
    findings = _check_account(username, display_name, roles)
    if findings:
        raise ValidationFailed(findings)
    _check_password(password, username)
    with database.atomic():
        row = _create_row(username, display_name, roles, team, password)
        StaffUser.update(must_change_password=True).where(StaffUser.id == row.id).execute()
        session.log(
            "user_created",
            object_type="staff_user",
            object_id=row.id,
            details={"roles": access.format_roles(roles)},
        )
    return _account(StaffUser.get_by_id(row.id))


@translate_errors
def update_account(
    user_id: int,
    version: int,
    display_name: str,
    roles: frozenset[str],
    team: str,
    active: bool,
) -> Account:
    session.require(access.USERS_MANAGE)
    with database.atomic():
        row = StaffUser.get_by_id(user_id)
        findings = _check_account(row.username, display_name, roles)
        if findings:
            raise ValidationFailed(findings)
        still_admin = active and "administrator" in roles
        if not still_admin and "administrator" in access.parse_roles(row.role):
            others = [
                r
                for r in StaffUser.select().where(
                    (StaffUser.id != user_id) & (StaffUser.active == True)  # noqa: E712
                )
                if "administrator" in access.parse_roles(r.role) and r.password_hash
            ]
            if not others:
                raise ValidationFailed([Finding("users.last_administrator", "roles")])
        update_versioned(
            StaffUser,
            user_id,
            version,
            display_name=display_name.strip(),
            role=access.format_roles(roles),
            team=team.strip(),
            active=active,
        )
        session.log(
            "user_updated",
            object_type="staff_user",
            object_id=user_id,
            details={"roles": access.format_roles(roles), "team": team.strip(), "active": active},
        )
    return _account(StaffUser.get_by_id(user_id))


def list_teams() -> list[str]:
    query = StaffUser.select(StaffUser.team).where(StaffUser.team != "").distinct()
    return sorted(row.team for row in query)
