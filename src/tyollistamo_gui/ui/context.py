"""What the windows of one running app share: folders, settings and translators."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from ..i18n import LANGUAGES, Translators, system_language
from ..services.database import SSL_MODES, ServerSettings

SETTINGS_FILENAME = "settings.ini"
DEFAULT_PORT = 5432


class LanguageSignals(QObject):
    changed = Signal(str)


@dataclass
class AppContext:
    data_dir: Path
    database_path: Path
    settings: QSettings
    translators: Translators
    signals: LanguageSignals
    # A PostgreSQL URL given with --database: used for this run, not remembered.
    database_url: str | None = None

    @classmethod
    def create(cls, data_dir: Path, database_path: Path | None = None) -> AppContext:
        from ..services.database import DATABASE_FILENAME

        settings = QSettings(str(data_dir / SETTINGS_FILENAME), QSettings.Format.IniFormat)
        chosen = settings.value("database/path", "")
        path = database_path or (Path(chosen) if chosen else data_dir / DATABASE_FILENAME)
        return cls(data_dir, path, settings, Translators(), LanguageSignals())

    # -- which database --------------------------------------------------------------------

    def database_target(self) -> Path | str:
        """The SQLite file or the PostgreSQL URL (without password) to open."""
        if self.database_url:
            return self.database_url
        server = self.server_settings()
        if server is not None and self.settings.value("database/kind", "sqlite") == "postgresql":
            return server.url()
        return self.database_path

    def server_settings(self) -> ServerSettings | None:
        """The PostgreSQL server chosen in Settings (or None); never holds the password."""
        host = str(self.settings.value("database/host", "") or "")
        if not host:
            return None
        try:
            port = int(self.settings.value("database/port", DEFAULT_PORT))
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        sslmode = str(self.settings.value("database/sslmode", "prefer"))
        return ServerSettings(
            host=host,
            port=port,
            database=str(self.settings.value("database/name", "") or ""),
            user=str(self.settings.value("database/user", "") or ""),
            sslmode=sslmode if sslmode in SSL_MODES else "prefer",
        )

    def use_server(self, server: ServerSettings | None) -> None:
        """Remember the server (without password), or None for the embedded database."""
        if server is not None:
            self.settings.setValue("database/host", server.host)
            self.settings.setValue("database/port", server.port)
            self.settings.setValue("database/name", server.database)
            self.settings.setValue("database/user", server.user)
            self.settings.setValue("database/sslmode", server.sslmode)
        self.settings.setValue("database/kind", "postgresql" if server else "sqlite")
        self.database_url = None
        self.settings.sync()

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
