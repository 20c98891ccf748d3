"""Rules for the unit passphrase that encrypts the database (README, Encryption)."""

from __future__ import annotations

import unicodedata

from .findings import Finding

# Long enough to resist guessing even though whoever has the file can try
# passphrases offline (each try costs SQLCipher's 256 000 PBKDF2 rounds).
MIN_PASSPHRASE_LENGTH = 12


def normalized(passphrase: str) -> str:
    """The same characters typed on different keyboards give the same key (NFC)."""
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str, repeated: str) -> list[Finding]:
    """The problems of a new passphrase (fields ``passphrase``, ``repeated``); empty: it will do."""
    problems = []
    text = normalized(passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        problems.append(
            Finding("passphrase.too_short", "passphrase", {"minimum": MIN_PASSPHRASE_LENGTH})
        )
    elif len(set(text)) < 5:
        problems.append(Finding("passphrase.too_simple", "passphrase"))
    if normalized(repeated) != text:
        problems.append(Finding("passphrase.mismatch", "repeated"))
    return problems
