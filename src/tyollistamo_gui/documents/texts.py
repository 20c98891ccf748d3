"""Document strings in the document's own language, whatever the interface language.

A Swedish agreement can be printed from a Finnish interface: documents read the
app's own catalogues (the JSON twin of each .qm, built from the same .ts) instead
of the installed Qt translator, and need no Qt at all — ``render`` and the demo
data work where QtCore cannot load.
Write document strings as ``texts.translate("Context", "English source")`` so
that lupdate finds them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from decimal import Decimal

from .. import formatting

DOCUMENT_LANGUAGES = ("fi", "sv")


@functools.cache
def _catalogue(language: str) -> dict[str, object]:
    """The compiled catalogue's JSON twin (built with the .qm files; no Qt needed)."""
    from ..resources import translations_dir

    folder = translations_dir()
    path = None if folder is None else folder / f"tyollistamo_{language}.json"
    if path is None or not path.exists():
        raise LookupError(f"no translation catalogue for {language!r}")
    return json.loads(path.read_text(encoding="utf-8"))


class DocumentTexts:
    """Translation and formatting for one document language (fi, sv; en for tests)."""

    def __init__(self, language: str) -> None:
        if language not in (*DOCUMENT_LANGUAGES, "en"):
            raise ValueError(f"documents are printed in Finnish or Swedish, not {language!r}")
        self.language = language
        self._catalogue = {} if language == "en" else _catalogue(language)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._catalogue.get(f"{context}\u0004{source}")
        # Plural forms in Finnish and Swedish: the first for one, the second for any other number.
        plural = isinstance(found, list)
        text = (found[0] if n == 1 else found[-1]) if plural else (found or source)
        if n >= 0:
            text = text.replace("%n", str(n))
        return text

    def date(self, value: dt.date | None) -> str:
        return formatting.format_date(value, self.language)

    def long_date(self, value: dt.date) -> str:
        return formatting.format_long_date(value, self.language)

    def money(self, value: Decimal | float | None) -> str:
        return "" if value is None else formatting.format_euros(value, self.language)

    def number(self, value: Decimal | float | int | None) -> str:
        return "" if value is None else formatting.format_number(value, self.language)

    def yes_no(self, value: bool) -> str:
        if value:
            return self.translate("DocumentTexts", "yes")
        return self.translate("DocumentTexts", "no")
