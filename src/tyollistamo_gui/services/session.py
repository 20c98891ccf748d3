"""Who is signed in, what they may do, and the audit log entries their work leaves.

Every service that touches client data starts with one of

    require(permission)                          # e.g. access.USERS_MANAGE
    require_client_access(client_id, action)     # access.VIEW or access.EDIT

and records what it did with ``log(...)`` inside its transaction. A refusal
raises ``AccessDenied`` (or ``ReasonRequired``: a counsellor may open a client
who is not theirs only after giving a reason) before anything is read or
written, so the rules hold whatever the UI shows.

The command-line tools and the demo generator act as ``system_session()``: an
unrestricted user whose work is logged under the name ``system``.
"""

from __future__ import annotations

import contextlib
import functools
import platform
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..domain import access
from ..storage import audit
from ..storage.models import Client, StaffUser


class AccessDenied(Exception):
    """The signed-in user may not do this; nothing was read or written."""

    def __init__(self, what: str, client_id: int | None = None):
        super().__init__(f"access denied: {what}" + (f" (client {client_id})" if client_id else ""))
        self.what = what
        self.client_id = client_id


class NotSignedIn(AccessDenied):
    def __init__(self) -> None:
        super().__init__("not signed in")


class ReasonRequired(AccessDenied):
    """The client is not the user's or their team's: give a reason to open it."""

    def __init__(self, client_id: int):
        super().__init__("reason required", client_id)


@dataclass(frozen=True)
class User:
    id: int | None
    username: str
    display_name: str
    roles: frozenset[str]
    team: str = ""
    # Tests and command-line tools: may do everything.
    unrestricted: bool = False
    must_change_password: bool = False

    @property
    def permissions(self) -> frozenset[str]:
        return access.permissions_of(self.roles)

    @property
    def role_text(self) -> str:
        return "system" if self.unrestricted and not self.roles else access.format_roles(self.roles)


@dataclass
class Session:
    user: User
    workstation: str
    # Clients opened with a reason during this session, and the reason given.
    reasons: dict[int, str] = field(default_factory=dict)


_session: Session | None = None


def workstation_name() -> str:
    return platform.node() or "unknown"


def start(user: User, workstation: str | None = None) -> Session:
    global _session
    _session = Session(user, workstation or workstation_name())
    return _session


def end() -> None:
    global _session
    _session = None


def current() -> Session:
    if _session is None:
        raise NotSignedIn()
    return _session


def current_user() -> User | None:
    return _session.user if _session is not None else None


def actor_name() -> str:
    """The name written into notes and timelines."""
    return _session.user.display_name if _session is not None else ""


SYSTEM_USER = User(None, "system", "system", frozenset(), unrestricted=True)


@contextlib.contextmanager
def system_session(name: str = "system") -> Iterator[Session]:
    """Act as an unrestricted user for the duration (command-line tools, demo data)."""
    global _session
    previous = _session
    _session = Session(User(None, name, name, frozenset(), unrestricted=True), workstation_name())
    try:
        yield _session
    finally:
        _session = previous


# -- checks --------------------------------------------------------------------------------------


def has(permission: str) -> bool:
    user = current_user()
    return user is not None and (user.unrestricted or permission in user.permissions)


def require(permission: str) -> User:
    user = current().user
    if not (user.unrestricted or permission in user.permissions):
        raise AccessDenied(permission)
    return user


def is_assigned(user: User, client_id: int) -> bool:
    """The client is the user's, or a member of the user's team is responsible for them."""
    row = (
        Client.select(Client.responsible_staff, StaffUser.team)
        .join(StaffUser, on=(Client.responsible_staff == StaffUser.id))
        .where(Client.id == client_id)
        .tuples()
        .first()
    )
    if row is None:
        return False
    staff_id, team = row
    return staff_id == user.id or bool(user.team and team == user.team)


def client_access(client_id: int, action: str = access.VIEW) -> str:
    """``"allowed"``, ``"reason_required"`` or ``"denied"``, for the UI to decide what to show."""
    session = _session
    if session is None:
        return "denied"
    user = session.user
    if user.unrestricted:
        return "allowed"
    return access.client_access(
        user.roles,
        assigned=is_assigned(user, client_id),
        action=action,
        reason_given=client_id in session.reasons,
    )


def require_client_access(client_id: int, action: str = access.VIEW, reason: str = "") -> str:
    """Refuse unless the user may do ``action`` with the client; return the reason on record.

    A reason given here is remembered for the rest of the session, so the
    client's card does not ask again for each tab.
    """
    session = current()
    reason = (reason or "").strip()
    if reason and not session.user.unrestricted and not is_assigned(session.user, client_id):
        session.reasons[client_id] = reason
    verdict = client_access(client_id, action)
    if verdict == "reason_required":
        raise ReasonRequired(client_id)
    if verdict == "denied":
        raise AccessDenied(f"client.{action}", client_id)
    return reason or session.reasons.get(client_id, "")


# -- the audit log -------------------------------------------------------------------------------


def log(
    action: str,
    *,
    client_id: int | None = None,
    object_type: str = "",
    object_id: object = "",
    reason: str = "",
    details: dict | None = None,
    user: User | None = None,
) -> None:
    """Append one audit entry for the signed-in user (call inside the service's transaction)."""
    session = _session
    user = user or (session.user if session else SYSTEM_USER)
    audit.append(
        action=action,
        user_id=user.id,
        username=user.username,
        role=user.role_text,
        workstation=session.workstation if session else workstation_name(),
        client_id=client_id,
        object_type=object_type,
        object_id=object_id,
        reason=reason,
        details=details,
    )


def log_many(action: str, client_ids: list[int], *, object_type: str = "client", details=None):
    """One audit entry per client for the signed-in user's bulk work (import, export)."""
    session = _session
    user = session.user if session else SYSTEM_USER
    common = {
        "action": action,
        "user_id": user.id,
        "username": user.username,
        "role": user.role_text,
        "workstation": session.workstation if session else workstation_name(),
        "object_type": object_type,
        "details": details,
    }
    audit.append_many(
        [{**common, "client_id": client_id, "object_id": client_id} for client_id in client_ids]
    )


# -- guarding other services ---------------------------------------------------------------------


def client_of_row(model, record_id: int | None) -> int | None:
    """The client of one record of ``model`` (a model with a ``client`` field), or None."""
    if record_id is None:
        return None
    row = model.select(model.client).where(model.id == record_id).tuples().first()
    return row[0] if row else None


def guard(
    action: str,
    client_of: Callable[..., int | None],
    *,
    log_as: str = "",
    object_type: str = "",
):
    """Check (and, with ``log_as``, log) a service function's access to one client's data.

    ``client_of`` gets the function's arguments and returns the client's id (None
    for a record that does not exist yet or at all: then only a signed-in user is
    required and the function itself reports what is missing). The log entry is
    written after the function succeeded.
    """

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            client_id = client_of(*args, **kwargs)
            reason = ""
            if client_id is None:
                current()
            else:
                reason = require_client_access(client_id, action)
            result = function(*args, **kwargs)
            if log_as and client_id is not None:
                from ..storage.models import database

                with database.atomic():
                    log(log_as, client_id=client_id, object_type=object_type, reason=reason)
            return result

        return wrapper

    return decorate
