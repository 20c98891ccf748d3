"""Shared fixtures: a fresh database per test, an app context, a main window factory."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("TYOLLISTAMO_DATA_DIR", None)
os.environ.pop("TYOLLISTAMO_EXIT_AFTER_START", None)

from pathlib import Path

import pytest

from tyollistamo_gui.storage import connection

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def db(data_dir: Path):
    """An open, migrated, empty database in the test's own folder."""
    opened = connection.open_database(data_dir / connection.DATABASE_FILENAME)
    yield opened
    connection.close_database()


@pytest.fixture(autouse=True)
def _close_database_after_test():
    yield
    connection.close_database()


@pytest.fixture(autouse=True)
def signed_in():
    """Every test runs signed in as a user who may do everything (tests of access rules
    sign in as someone else with ``sign_in_as``); returns the session."""
    from tyollistamo_gui.services import session

    user = session.User(None, "tester", "Test User", frozenset(), unrestricted=True)
    # Not ended afterwards: Qt may deliver a window's last events after teardown.
    return session.start(user, "test-workstation")


@pytest.fixture
def sign_in_as(db):
    """Returns a callable: create a staff user with the given roles (and team) and sign in."""
    from tyollistamo_gui.domain import access
    from tyollistamo_gui.services import session
    from tyollistamo_gui.storage.models import StaffUser

    def sign_in(*roles: str, team: str = "", username: str | None = None) -> session.User:
        name = username or "_".join(roles) or "nobody"
        row = StaffUser.get_or_none(StaffUser.username == name) or StaffUser.create(
            username=name,
            display_name=name.replace("_", " ").title(),
            role=access.format_roles(frozenset(roles)),
            team=team,
        )
        user = session.User(row.id, row.username, row.display_name, frozenset(roles), row.team)
        session.start(user, "test-workstation")
        return user

    return sign_in


@pytest.fixture
def context(qapp, db, data_dir):
    from tyollistamo_gui.ui.context import AppContext

    ctx = AppContext.create(data_dir)
    ctx.set_language("en", remember=False)
    yield ctx
    ctx.translators.install("en")


@pytest.fixture
def make_window(qtbot, context):
    """Returns a callable, so a test can add data before the window loads it."""
    from tyollistamo_gui.ui.main_window import MainWindow

    def make():
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def qtapp_context(qtbot, data_dir):
    """An app context whose database is not opened yet (start-up tests open it)."""
    from tyollistamo_gui.ui.context import AppContext

    ctx = AppContext.create(data_dir)
    ctx.set_language("en", remember=False)
    return ctx, qtbot


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch):
    """A question box left to a window's teardown would wait for a click forever.

    By default the answer is Discard; tests about the question patch it themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
