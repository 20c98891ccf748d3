"""Roles and what each may do (DOMAIN.md §5.5), as plain data the services enforce."""

from __future__ import annotations

# A counsellor and a coach have the same rights over clients; the names differ
# only in what the unit calls the job.
ROLES = ("counsellor", "coach", "manager", "administrator")
CASEWORK_ROLES = frozenset({"counsellor", "coach"})

# Permissions that do not depend on the client.
CLIENTS_LIST = "clients.list"
CLIENTS_CREATE = "clients.create"
CLIENTS_READ_ALL = "clients.read_all"
REPORTS = "reports.view"
USERS_MANAGE = "users.manage"
UNIT_SETTINGS = "unit.settings"
RETENTION_MANAGE = "retention.manage"
BACKUPS_MANAGE = "backups.manage"
AUDIT_VIEW = "audit.view"
# Moving a register in from spreadsheets (issue 10): an administrator's task.
DATA_IMPORT = "data.import"

PERMISSIONS: dict[str, frozenset[str]] = {
    "counsellor": frozenset({CLIENTS_LIST, CLIENTS_CREATE}),
    "coach": frozenset({CLIENTS_LIST, CLIENTS_CREATE}),
    "manager": frozenset({CLIENTS_LIST, CLIENTS_READ_ALL, REPORTS}),
    "administrator": frozenset(
        {
            USERS_MANAGE,
            UNIT_SETTINGS,
            RETENTION_MANAGE,
            BACKUPS_MANAGE,
            AUDIT_VIEW,
            REPORTS,
            DATA_IMPORT,
        }
    ),
}

# What can be done with one client's data.
VIEW = "view"
EDIT = "edit"

MIN_PASSWORD_LENGTH = 10
MAX_FAILED_SIGN_INS = 5
LOCKOUT_MINUTES = 15
DEFAULT_IDLE_MINUTES = 15


def parse_roles(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip() in ROLES)


def format_roles(roles: frozenset[str] | set[str]) -> str:
    return ",".join(role for role in ROLES if role in roles)


def permissions_of(roles: frozenset[str]) -> frozenset[str]:
    granted: set[str] = set()
    for role in roles:
        granted |= PERMISSIONS.get(role, frozenset())
    return frozenset(granted)


def client_access(roles: frozenset[str], *, assigned: bool, action: str, reason_given: bool) -> str:
    """Whether a user with ``roles`` may do ``action`` with a client.

    Returns ``"allowed"``, ``"reason_required"`` (a counsellor may open a client
    who is not theirs or their team's after giving a reason, which is logged) or
    ``"denied"``. ``assigned``: the client is the user's or their team's.
    """
    if roles & CASEWORK_ROLES:
        if assigned or reason_given:
            return "allowed"
        return "reason_required"
    if "manager" in roles and action == VIEW:
        return "allowed"
    return "denied"


def check_password_strength(password: str, username: str = "") -> str | None:
    """A finding code when ``password`` is too weak to be set, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "password.too_short"
    if username and password.casefold() == username.casefold():
        return "password.is_username"
    if len(set(password)) < 4:
        return "password.too_simple"
    return None
