"""Texts of Qt's own dialogs that Qt's qtbase_fi / qtbase_sv leave untranslated.

Listed here so that lupdate puts them in our catalogues; Qt asks every
installed translator, so our translation is used where Qt's own has none.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_SUPPLEMENT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
)
