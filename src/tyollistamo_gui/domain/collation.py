"""Sort keys that put names in Finnish and Swedish alphabetical order.

Both alphabets end ... X Y Z Å Ä Ö. A key is plain text whose binary order is
that order, so the database sorts with an ordinary index and no custom
collation (which would run Python code for every comparison).
"""

from __future__ import annotations

import unicodedata

# Letters with their own place after z; characters above "z" keep binary order right.
_OWN_LETTERS = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}
# Letters sorted as another letter in Finnish and Swedish dictionaries.
_AS_LETTER = {"ü": "y", "ß": "ss"}


def sort_key(text: str) -> str:
    result = []
    for char in text.casefold():
        if char in _OWN_LETTERS:
            result.append(_OWN_LETTERS[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        result.append(_AS_LETTER.get(char, base))
    return "".join(result)


def name_sort_key(last_name: str, first_name: str) -> str:
    # "\x01" sorts before every letter, so "Aho" + first name comes before "Ahonen".
    return f"{sort_key(last_name)}\x01{sort_key(first_name)}"


def fold(text: str) -> str:
    """Case and accents removed: what a search that ignores accents compares."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
