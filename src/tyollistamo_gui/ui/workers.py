"""Long work off the GUI thread: a report, an export, an import.

``run_in_worker(parent, title, function, *args, **kwargs)`` calls
``function(*args, progress=Progress, **kwargs)`` in a worker thread, shows a
progress dialog (only when the work takes longer than a moment) with a Cancel
button, and returns the :class:`Worker`, whose signals arrive on the GUI thread::

    worker = run_in_worker(self, self.tr("Computing the report"), reports.compute, query)
    worker.succeeded.connect(self.show_report)

The function is a services call: the signed-in session is shared by the
threads, and the worker thread's own database connection is closed when it
ends. Cancel makes the function's next ``progress.step`` raise ``Cancelled``,
so its transaction rolls back; the worker then emits ``cancelled``. An error
the user can act on (the database cannot be reached, access denied) is shown
as a readable message unless the caller connects ``failed`` itself; anything
else goes to the crash handler (log plus dialog), never silently lost.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ..services.database import DatabaseUnavailable, release_thread_connection
from ..services.progress import Cancelled, Progress
from ..services.session import AccessDenied

# Workers still running; kept here so that neither Python nor Qt deletes a
# running thread when the widget that started it goes away.
_running: set[Worker] = set()
_messages: set[QMessageBox] = set()


class _Thread(QThread):
    def __init__(self, worker: Worker):
        super().__init__()
        self.worker = worker

    def run(self) -> None:
        # Nothing may escape a QThread.run override.
        worker = self.worker
        try:
            result = worker.function(*worker.args, progress=worker.progress, **worker.kwargs)
        except Cancelled:
            worker.outcome = ("cancelled", None)
        except BaseException as exc:
            worker.outcome = ("failed", exc)
            worker.exc_info = sys.exc_info()
        else:
            worker.outcome = ("succeeded", result)
        finally:
            try:
                release_thread_connection()
            except Exception:
                pass


class Worker(QObject):
    """One call of a function in its own thread; signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total (0 = unknown), text
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self._cancel = threading.Event()
        self.progress = Progress(self._report, self._cancel.is_set)
        self.outcome: tuple[str, Any] | None = None
        self.exc_info = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread = _Thread(self)
        self.thread.finished.connect(self._on_thread_finished, Qt.ConnectionType.QueuedConnection)

    # -- called from the worker thread ----------------------------------------------------------

    def _report(self, done: int, total: int, text: str) -> None:
        # A signal emitted from another thread is queued to the receivers' thread.
        self.progressed.emit(done, total, text)

    # -- GUI thread ---------------------------------------------------------------------------

    def start(self) -> Worker:
        _running.add(self)
        self.thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelling(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self in _running

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the thread has ended (tests, shutdown); the signals follow later."""
        if milliseconds < 0:
            return self.thread.wait()
        return self.thread.wait(milliseconds)

    def _on_thread_finished(self) -> None:
        kind, value = self.outcome or ("failed", RuntimeError("worker ended without a result"))
        _running.discard(self)
        try:
            if kind == "succeeded":
                self.result = value
                self.succeeded.emit(value)
            elif kind == "cancelled":
                self.cancelled.emit()
            else:
                self.error = value
                self._fail(value)
        finally:
            self.finished.emit()
            self.thread.deleteLater()

    def _fail(self, exc: BaseException) -> None:
        if self.receivers("2failed(PyObject)") > 0:
            self.failed.emit(exc)
            return
        if isinstance(exc, (DatabaseUnavailable, AccessDenied)):
            show_error(QApplication.activeWindow(), exc)
            self.failed.emit(exc)
            return
        self.failed.emit(exc)
        # Not one the user can act on: the crash handler logs it and tells the user.
        if self.exc_info is not None:
            sys.excepthook(*self.exc_info)


def error_text(exc: BaseException) -> str:
    """A translated sentence for an error a user can understand and act on."""
    translate = QCoreApplication.translate
    if isinstance(exc, DatabaseUnavailable):
        return translate(
            "Workers",
            "The database cannot be reached just now. Nothing was changed; try again in a moment.",
        )
    if isinstance(exc, AccessDenied):
        return translate("Workers", "You do not have the right to do this.")
    return translate("Workers", "The work could not be finished because of an unexpected error.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Workers", "Could not finish"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("WorkerErrorMessage")
    # Without a parent nothing else keeps the box alive until it is closed.
    _messages.add(box)
    box.finished.connect(lambda _result: _messages.discard(box))
    box.open()


class ProgressDialog(QProgressDialog):
    """Follows a worker: a bar (or a busy indicator while the total is unknown) and Cancel."""

    def __init__(self, worker: Worker, title: str, parent: QWidget | None, cancellable: bool):
        super().__init__(parent)
        self.setObjectName("WorkerProgress")
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setValue(0)
        self.worker = worker
        if cancellable:
            self.setCancelButtonText(QCoreApplication.translate("Workers", "Cancel"))
        else:
            self.setCancelButton(None)
        self.canceled.connect(self._cancel)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.worker.is_cancelling:
            return
        if total > 0:
            if self.maximum() != total:
                self.setRange(0, total)
            self.setValue(min(done, total))
        elif self.maximum() != 0:
            self.setRange(0, 0)
        if text:
            self.setLabelText(text)

    def _cancel(self) -> None:
        self.worker.cancel()
        self.setLabelText(QCoreApplication.translate("Workers", "Cancelling…"))

    def _finished(self) -> None:
        self.canceled.disconnect(self._cancel)
        self.close()
        self.deleteLater()


def run_in_worker(
    parent: QWidget | None,
    title: str,
    function: Callable[..., Any],
    *args: Any,
    cancellable: bool = True,
    show_progress: bool = True,
    **kwargs: Any,
) -> Worker:
    """Start ``function(*args, progress=..., **kwargs)`` in a worker thread.

    Connect to the returned worker's signals right away (they are queued, so
    nothing is missed). With ``show_progress`` a window-modal progress dialog
    appears when the work lasts longer than 0.4 s.
    """
    worker = Worker(function, *args, **kwargs)
    if show_progress:
        worker.dialog = ProgressDialog(worker, title, parent, cancellable)
    return worker.start()


def running_workers() -> list[Worker]:
    return list(_running)


def stop_all(timeout_ms: int = 5000) -> None:
    """Ask every running worker to cancel and wait for it (the app is quitting)."""
    for worker in list(_running):
        worker.cancel()
    for worker in list(_running):
        worker.wait(timeout_ms)
