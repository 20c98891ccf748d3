"""Server passwords in the OS credential store (Windows Credential Manager, Secret Service).

A password is never written to settings.ini or a log. It is stored under the
service name below with ``user@host:port`` as the account, so each server
login has its own entry.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "Tyollistamo PostgreSQL"


class CredentialStoreError(Exception):
    """The OS credential store is missing or refused the request."""


def account(user: str, host: str, port: int | str) -> str:
    return f"{user}@{host}:{port}"


def get_password(user: str, host: str, port: int | str) -> str | None:
    """The stored password, or None when there is none or no credential store."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account(user, host, port))
        except KeyringError as exc:
            log.debug("credential store not available: %s", exc)
            return None
    except Exception as exc:  # a broken backend must not stop the app opening
        log.warning("credential store failed: %s", exc)
        return None


def set_password(user: str, host: str, port: int | str, password: str) -> None:
    """Store (or with an empty password, remove) the password; raises CredentialStoreError."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        name = account(user, host, port)
        if password:
            keyring.set_password(SERVICE, name, password)
        else:
            try:
                keyring.delete_password(SERVICE, name)
            except PasswordDeleteError:
                pass
    except Exception as exc:
        raise CredentialStoreError(str(exc)) from exc
