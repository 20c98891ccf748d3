"""What the windows of one running app share: folders, settings and translators."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from ..i18n import LANGUAGES, Translators, system_language

SETTINGS_FILENAME = "settings.ini"


class LanguageSignals(QObject):
    changed = Signal(str)


@dataclass
class AppContext:
    data_dir: Path
    database_path: Path
    settings: QSettings
    translators: Translators
    signals: LanguageSignals

    @classmethod
    def create(cls, data_dir: Path, database_path: Path | None = None) -> AppContext:
        from ..services.database import DATABASE_FILENAME

        settings = QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)
        chosen = settings.value("database/path", "")
        path = database_path or (Path(chosen) if chosen else data_dir / DATABASE_FILENAME)
        return cls(data_dir, path, settings, Translators(), LanguageSignals())

    def saved_language(self) -> str:
        value = self.settings.value("ui/language", "")
        return value if value in LANGUAGES else system_language()

    def set_language(self, language: str, *, remember: bool = True) -> bool:
        """Install ``language`` now (every open window retranslates itself)."""
        ok = self.translators.install(language)
        if remember:
            self.settings.setValue("ui/language", language)
        self.signals.changed.emit(language)
        return ok

    @property
    def language(self) -> str:
        return self.translators.language

    def current_staff_id(self) -> int | None:
        """The signed-in staff member; without sign-in, the one chosen in Settings."""
        from ..services import session

        user = session.current_user()
        if user is not None and user.id is not None:
            return user.id
        value = self.settings.value("user/staff_id", "")
        try:
            return int(value) if value not in ("", None) else None
        except (TypeError, ValueError):
            return None

    def set_current_staff_id(self, staff_id: int | None) -> None:
        self.settings.setValue("user/staff_id", "" if staff_id is None else staff_id)

    def actor_name(self) -> str:
        """The name written into notes and the timeline."""
        from ..services import session
        from ..services.staff import get_staff

        user = session.current_user()
        if user is not None and user.id is not None:
            return user.display_name

        staff_id = self.current_staff_id()
        member = get_staff(staff_id) if staff_id is not None else None
        return member.display_name if member else ""
