"""Document strings in the document's own language, whatever the interface language.

A Swedish agreement can be printed from a Finnish interface: documents use the
app's catalogues through a translator of their own instead of the installed one.
Write document strings as ``texts.translate("Context", "English source")`` so
that lupdate finds them.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from .. import formatting

DOCUMENT_LANGUAGES = ("fi", "sv")


@functools.cache
def _translator(language: str):
    from PySide6.QtCore import QTranslator

    from ..resources import translations_dir

    translator = QTranslator()
    folder = translations_dir()
    if folder is None or not translator.load(f"tyollistamo_{language}", str(folder)):
        raise LookupError(f"no translation catalogue for {language!r}")
    return translator


class DocumentTexts:
    """Translation and formatting for one document language (fi, sv; en for tests)."""

    def __init__(self, language: str) -> None:
        if language not in (*DOCUMENT_LANGUAGES, "en"):
            raise ValueError(f"documents are printed in Finnish or Swedish, not {language!r}")
        self.language = language
        self._translator = None if language == "en" else _translator(language)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = ""
        if self._translator is not None:
            text = self._translator.translate(context, source, disambiguation, n)
        text = text or source
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
