"""The search box at the top of the main window (Ctrl+F): type, pick, open the client."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ..services import client_search as service

MAX_SUGGESTIONS = 15


class GlobalSearch(QLineEdit):
    open_client = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 40)
        self._ids: list[int] = []
        self._model = QStringListModel(self)
        self._completer: QCompleter | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._return_pressed)
        self.retranslateUi()

    @property
    def completer_(self) -> QCompleter:
        """The suggestion list, made on first use (it is a whole view: not needed at start)."""
        if self._completer is None:
            completer = QCompleter(self._model, self)
            # The service has already matched; the completer only shows the list.
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setWidget(self)
            completer.popup().clicked.connect(self._chosen_index)
            completer.popup().activated.connect(self._chosen_index)
            self._completer = completer
        return self._completer

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def refresh(self) -> None:
        text = self.text().strip()
        if not text:
            self._ids = []
            self._model.setStringList([])
            self.completer_.popup().hide()
            return
        rows = service.search(service.SearchFilter(query=text, status="all"), 0, MAX_SUGGESTIONS)
        self._ids = [row.id for row in rows]
        labels = [f"{row.name}  {row.masked_identity_code}".rstrip() for row in rows] or [
            self.tr("No client matches")
        ]
        self._model.setStringList(labels)
        self.completer_.complete()

    def _chosen_index(self, index) -> None:
        row = index.row()
        if 0 <= row < len(self._ids):
            client_id = self._ids[row]
            self.completer_.popup().hide()
            self.clear()
            self._ids = []
            self.open_client.emit(client_id)

    def _return_pressed(self) -> None:
        self._timer.stop()
        self.refresh()
        if len(self._ids) == 1:
            self._chosen_index(self._model.index(0))

    def retranslateUi(self) -> None:
        self.setPlaceholderText(self.tr("Find a client by name or identity code (Ctrl+F)"))
        self.setAccessibleName(self.tr("Find a client"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
