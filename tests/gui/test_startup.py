"""Start-up: a database that cannot be opened, crash handling, and the real process."""

import logging
import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tyollistamo_gui.app import open_database_interactively
from tyollistamo_gui.services.database import (
    DATABASE_FILENAME,
    DatabaseTooNew,
    DatabaseUnreadable,
    close_database,
)
from tyollistamo_gui.ui.context import AppContext
from tyollistamo_gui.ui.crash import CrashHandler
from tyollistamo_gui.ui.startup_dialogs import problem_text


def _click_later(qtbot, button_text, seen):
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r}")

    QTimer.singleShot(0, click)


def _bad_database(data_dir):
    path = data_dir / DATABASE_FILENAME
    path.write_bytes(b"\x00garbage" * 1000)
    return path


def test_not_a_database_then_exit(qtapp_context):
    context, qtbot = qtapp_context
    path = _bad_database(context.data_dir)
    seen = []
    _click_later(qtbot, "Exit", seen)
    assert open_database_interactively(context) is False
    assert "is not a database" in seen[0]
    assert "has not been changed or overwritten" in seen[0]
    assert path.read_bytes() == b"\x00garbage" * 1000


def test_not_a_database_then_new_database_elsewhere(qtapp_context, tmp_path, monkeypatch):
    context, qtbot = qtapp_context
    path = _bad_database(context.data_dir)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(elsewhere)
    )
    _click_later(qtbot, "New database elsewhere...", [])
    assert open_database_interactively(context) is True
    assert context.database_path == elsewhere / DATABASE_FILENAME
    assert (elsewhere / DATABASE_FILENAME).exists()
    assert context.settings.value("database/path") == str(elsewhere / DATABASE_FILENAME)
    assert path.read_bytes() == b"\x00garbage" * 1000
    close_database()
    # The next start opens the new database directly.
    again = AppContext.create(context.data_dir)
    assert again.database_path == elsewhere / DATABASE_FILENAME


def test_messages_name_the_problem(qapp, tmp_path):
    too_new = problem_text(DatabaseTooNew(tmp_path / "x.sqlite3", 9, 1))
    assert "schema version 9" in too_new and "up to 1" in too_new
    truncated = problem_text(DatabaseUnreadable(tmp_path / "x.sqlite3", "truncated"))
    assert "incomplete" in truncated


def test_crash_is_logged_and_shown(qapp, qtbot, data_dir):
    from tyollistamo_gui import logsetup

    log_path = logsetup.configure(data_dir)
    handler = CrashHandler(log_path)
    details = []

    def close_box():
        box = QApplication.activeModalWidget()
        details.append((box.windowTitle(), box.detailedText()))
        box.accept()

    try:
        raise ValueError("boom in a slot")
    except ValueError:
        QTimer.singleShot(0, close_box)
        handler.handle(*sys.exc_info())
        handler.show_dialog()
    for handler_ in logging.getLogger().handlers:
        handler_.flush()
    assert handler.shown_count == 1
    assert details[0][0] == "Unexpected error"
    assert "ValueError: boom in a slot" in details[0][1]
    assert "ValueError: boom in a slot" in log_path.read_text(encoding="utf-8")


def test_app_process_starts_and_exits_after_first_window(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TYOLLISTAMO_EXIT_AFTER_START="1")
    data = tmp_path / "data"
    demo = subprocess.run(
        [
            sys.executable,
            "-m",
            "tyollistamo_gui",
            "--data-dir",
            str(data),
            "demo",
            "--clients",
            "1000",
        ],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stderr
    for language in ("fi", "sv"):
        result = subprocess.run(
            [sys.executable, "-m", "tyollistamo_gui", "--data-dir", str(data), "--lang", language],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    log = (data / "logs" / "tyollistamo.log").read_text(encoding="utf-8")
    assert "started" in log and "ERROR" not in log
    # The demo database has staff but no administrator yet: the first start asks for one.
    assert "asking for the first administrator" in log
