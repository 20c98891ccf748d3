"""Shared fixtures: a fresh database per test, an app context, a main window factory."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("TYOLLISTAMO_DATA_DIR", None)
os.environ.pop("TYOLLISTAMO_EXIT_AFTER_START", None)

from pathlib import Path

import pytest

from tyollistamo_gui.storage import connection

from . import backends

ROOT = Path(__file__).resolve().parent.parent


# Tests in these folders that use the ``db`` fixture run once on SQLite and
# once on PostgreSQL (test ids ``[sqlite]`` and ``[postgres]``).
BOTH_BACKENDS = (ROOT / "tests" / "unit" / "storage", ROOT / "tests" / "unit" / "services")


def pytest_addoption(parser):
    parser.addoption(
        "--postgres",
        metavar="URL",
        default=os.environ.get(backends.ENV_URL, ""),
        help="PostgreSQL server (superuser login) for the [postgres] variants of the "
        f"storage and services tests (default: ${backends.ENV_URL}; "
        "scripts/pg_test_cluster.sh starts a throwaway one)",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): a storage/services test about the SQLite file itself; "
        "it runs on SQLite only",
    )
    if not config.getoption("--postgres") and os.environ.get("CI"):
        raise pytest.UsageError(
            "CI needs a PostgreSQL server for the [postgres] tests: set "
            f"{backends.ENV_URL} or --postgres (.ci/run starts one)"
        )


def pytest_report_header(config):
    url = config.getoption("--postgres")
    if url:
        return f"database backends: sqlite, postgres ({url})"
    return (
        "database backends: sqlite only; the [postgres] variants need a server: "
        'eval "$(scripts/pg_test_cluster.sh start /tmp/pgtest)" (README, Shared database)'
    )


def pytest_generate_tests(metafunc):
    if "db" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.path))
    if not any(folder in path.parents for folder in BOTH_BACKENDS):
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        if "backend" in str(marker.args[0]):
            return  # the test chooses its backend itself
    names = ["sqlite"]
    if metafunc.config.getoption("--postgres") and not metafunc.definition.get_closest_marker(
        "sqlite_only"
    ):
        names.append("postgres")
    metafunc.parametrize("backend", names, indirect=True)


_POSTGRES_FIXTURES = {"postgres_server", "postgres_session_db", "empty_postgres"}


def pytest_collection_modifyitems(config, items):
    """Without a server, the tests that need one are left out, and the summary says so."""
    if config.getoption("--postgres"):
        return
    needs_server = [
        item
        for item in items
        if _POSTGRES_FIXTURES & set(getattr(item, "fixturenames", ()))
        or getattr(getattr(item, "callspec", None), "params", {}).get("backend") == "postgres"
    ]
    if needs_server:
        config.hook.pytest_deselected(items=needs_server)
        left_out = set(map(id, needs_server))
        items[:] = [item for item in items if id(item) not in left_out]
        config._postgres_left_out = len(needs_server)


def pytest_terminal_summary(terminalreporter, config):
    left_out = getattr(config, "_postgres_left_out", 0)
    if left_out:
        terminalreporter.write_line(
            f"{left_out} PostgreSQL tests not run: no server "
            f"(set {backends.ENV_URL}; see README, Shared database)",
            yellow=True,
        )


@pytest.fixture
def backend(request) -> str:
    """``sqlite`` or ``postgres``: the database the ``db`` fixture opens."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_server(request) -> str:
    """The URL of the PostgreSQL test server (superuser login)."""
    url = request.config.getoption("--postgres")
    if not url:
        raise pytest.UsageError(
            f"this test needs a PostgreSQL server: set {backends.ENV_URL} or --postgres"
        )
    return url


@pytest.fixture(scope="session")
def postgres_session_db(postgres_server):
    database = backends.SessionDatabase(postgres_server)
    database.create()
    yield database
    connection.close_database()
    database.drop()


@pytest.fixture
def empty_postgres(postgres_server):
    """The URL of a new, empty database on the test server, dropped afterwards."""
    url = backends.create_database(postgres_server, "tyollistamo_empty")
    yield url
    connection.close_database()
    backends.drop_database(postgres_server, url)


@pytest.fixture
def postgres_control(postgres_server):
    """Stops and starts the test server (the cluster of ``TYOLLISTAMO_TEST_PGDATA``).

    The server is always running again when the test ends.
    """
    if not os.environ.get(backends.ENV_PGDATA):
        raise pytest.UsageError(
            f"stopping the server needs {backends.ENV_PGDATA} (scripts/pg_test_cluster.sh)"
        )
    control = backends.ServerControl()
    yield control
    if control.stopped:
        control.start()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def db(request, backend: str, data_dir: Path):
    """An open, migrated, empty database: a file in the test's own folder, or on the server."""
    if backend == "postgres":
        session_db = request.getfixturevalue("postgres_session_db")
        opened = connection.open_database(session_db.url)
        yield opened
        connection.close_database()
        session_db.reset()
        return
    opened = connection.open_database(data_dir / connection.DATABASE_FILENAME)
    yield opened
    connection.close_database()


@pytest.fixture(autouse=True)
def keyring_store():
    """Every test gets an empty in-memory credential store."""
    try:
        import keyring
    except ImportError:  # an environment installed before keyring became a dependency
        yield None
        return

    store = backends.memory_keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


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
        # Most tests start on the client list; the Today start page has tests of its own.
        if context.settings.value("window/page") is None:
            context.settings.setValue("window/page", "clients")
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
