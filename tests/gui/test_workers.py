"""ui/workers.py: long work in a worker thread, its progress, cancel and errors."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services.database import DatabaseUnavailable
from tyollistamo_gui.storage.models import Client, database
from tyollistamo_gui.ui import workers
from tyollistamo_gui.ui.workers import Worker, run_in_worker


@pytest.fixture(autouse=True)
def no_worker_left_running():
    yield
    workers.stop_all(5000)


def wait_done(qtbot, worker: Worker) -> None:
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=10_000)


def test_result_arrives_on_the_gui_thread(qtbot):
    gui_thread = threading.get_ident()
    ran_in = []
    got = []

    def work(a, b, *, progress):
        ran_in.append(threading.get_ident())
        return a + b

    worker = run_in_worker(None, "Adding", work, 2, 3, show_progress=False)
    worker.succeeded.connect(lambda result: got.append((result, threading.get_ident())))
    wait_done(qtbot, worker)
    assert got == [(5, gui_thread)]
    assert ran_in and ran_in[0] != gui_thread
    assert worker.result == 5


def test_the_window_stays_responsive_and_progress_is_shown(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def work(*, progress):
        progress.stage("Counting rows", total=4)
        progress.step(2, 4)
        release.wait(10)
        progress.step(4, 4)
        return "done"

    seen = []
    worker = run_in_worker(parent, "Long work", work)
    worker.progressed.connect(lambda d, t, s: seen.append((d, t, s)))
    # While the worker waits, the GUI thread keeps handling events.
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    dialog = parent.findChild(QProgressDialog, "WorkerProgress")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.labelText() == "Counting rows", timeout=5000)
    assert worker.is_running()
    release.set()
    wait_done(qtbot, worker)
    timer.stop()
    assert worker.result == "done"
    assert seen[0] == (0, 4, "Counting rows") and seen[-1] == (4, 4, "Counting rows")


def test_cancel_stops_at_the_next_step_and_rolls_back(qtbot, db):
    """A service call cancelled half-way leaves nothing behind in the database."""
    started = threading.Event()
    go_on = threading.Event()

    def create_some(*, progress):
        with database.atomic():
            for number in range(10):
                client_service.create_client(
                    client_service.ClientData(first_name="Anna", last_name=f"Worker{number}")
                )
                if number == 2:
                    started.set()
                    go_on.wait(10)
                progress.step(number + 1, 10)
        return 10

    worker = run_in_worker(None, "Creating", create_some, show_progress=False)
    cancelled = []
    worker.cancelled.connect(lambda: cancelled.append(True))
    succeeded = []
    worker.succeeded.connect(succeeded.append)
    assert started.wait(10), worker.error
    worker.cancel()
    go_on.set()
    wait_done(qtbot, worker)
    assert cancelled == [True] and succeeded == []
    assert Client.select().count() == 0


def test_the_progress_dialogs_cancel_button_cancels(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    steps = threading.Event()

    def endless(*, progress):
        while True:
            progress.step(1, 0, "Working")
            steps.set()
            threading.Event().wait(0.01)

    worker = run_in_worker(parent, "Endless", endless)
    cancelled = []
    worker.cancelled.connect(lambda: cancelled.append(True))
    assert steps.wait(10)
    dialog = parent.findChild(QProgressDialog, "WorkerProgress")
    button = dialog.findChild(QPushButton)
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, worker)
    assert cancelled == [True]


def test_a_failure_the_caller_handles_goes_to_its_slot(qtbot):
    def broken(*, progress):
        raise DatabaseUnavailable("server closed the connection")

    worker = run_in_worker(None, "Broken", broken, show_progress=False)
    errors = []
    worker.failed.connect(errors.append)
    wait_done(qtbot, worker)
    assert len(errors) == 1 and isinstance(errors[0], DatabaseUnavailable)
    assert QApplication.activeModalWidget() is None


def test_an_unhandled_database_failure_is_told_in_plain_words(qtbot):
    def broken(*, progress):
        raise DatabaseUnavailable("server closed the connection")

    worker = run_in_worker(None, "Broken", broken, show_progress=False)
    wait_done(qtbot, worker)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "WorkerErrorMessage"]
    assert len(boxes) == 1
    assert isinstance(boxes[0], QMessageBox)
    assert "cannot be reached" in boxes[0].text()
    assert "server closed" not in boxes[0].text()  # no driver detail for the user
    boxes[0].close()


def test_an_unexpected_error_goes_to_the_crash_handler(qtbot, monkeypatch):
    handled = []
    monkeypatch.setattr(workers.sys, "excepthook", lambda *info: handled.append(info[1]))

    def broken(*, progress):
        raise ZeroDivisionError("boom")

    worker = run_in_worker(None, "Broken", broken, show_progress=False)
    wait_done(qtbot, worker)
    assert len(handled) == 1 and isinstance(handled[0], ZeroDivisionError)
    assert isinstance(worker.error, ZeroDivisionError)


def test_stop_all_cancels_running_workers(qtbot):
    def endless(*, progress):
        while True:
            progress.step(0)
            threading.Event().wait(0.01)

    worker = run_in_worker(None, "Endless", endless, show_progress=False)
    workers.stop_all(5000)
    assert not worker.thread.isRunning()
    wait_done(qtbot, worker)
