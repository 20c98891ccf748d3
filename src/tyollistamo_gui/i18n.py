"""Interface languages: choosing one and installing its Qt translators."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
# Each language is offered under its own name, whatever the interface language.
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}
LOCALE_NAMES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def system_language() -> str:
    """The system locale's language if the app has it, Finnish otherwise."""
    language = QLocale.system().language()
    return {
        QLocale.Language.Finnish: "fi",
        QLocale.Language.Swedish: "sv",
        QLocale.Language.English: "en",
    }.get(language, "fi")


class Translators:
    """The app's own catalogue and Qt's ``qtbase`` one for the current language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False when its catalogue was not found."""
        if language not in LANGUAGES:
            raise ValueError(language)
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
        self.language = language
        ok = True
        folder = translations_dir()
        own = QTranslator(app)
        if folder is None or not own.load(f"tyollistamo_{language}", str(folder)):
            log.error("translation catalogue for %s not found (looked in %s)", language, folder)
            ok = False
        else:
            self._installed.append(own)
        if language == "en":
            # Source strings are English; the English catalogue has only plural forms.
            for translator in self._installed:
                app.installTranslator(translator)
            return ok
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt)
        else:
            log.warning("Qt's qtbase_%s not found in %s", language, qt_dir)
        for translator in self._installed:
            app.installTranslator(translator)
        return ok
