"""The client card: basic data and history of one client, in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import access
from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...formatting import format_datetime
from ...services import clients as service
from ...services import session
from ...services.database import DatabaseUnavailable
from ..coaching import vocab as coaching_vocab
from ..context import AppContext
from ..widgets import RememberingDialog
from . import vocab
from .client_form import ClientForm
from .client_tabs import ClientTab, client_tab_types


class ClientCard(RememberingDialog):
    """Opened from the client list; ``saved`` tells the list to refresh."""

    saved = Signal(int)
    open_client = Signal(int)

    def __init__(
        self,
        context: AppContext,
        client_id: int | None,
        parent: QWidget | None = None,
        reason: str = "",
    ):
        super().__init__(context.settings, "client_card", parent)
        self.setObjectName("ClientCard")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.record: service.ClientRecord | None = None

        self.tabs = QTabWidget(self)
        self.form = ClientForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, "")
        # Tabs of the services (guidance, coaching, supported work, documents), in that order.
        self.service_tabs: list[ClientTab] = [make(context, self) for make in client_tab_types()]
        for tab in self.service_tabs:
            self.tabs.addTab(tab, "")
            tab.changed.connect(self._service_tab_changed)
        self.history = QWidget(self)
        self._build_history()
        self.tabs.addTab(self.history, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("subjectAccessExport")
        self.export_button.clicked.connect(self.export_subject_access)
        self.export_button.setVisible(False)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._update_title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        self.restore_geometry()
        if client_id is not None:
            self.load(client_id, reason)
        else:
            # A new client is the creator's: otherwise nobody's Today page or caseload shows
            # them, and a counsellor would need a reason to open the client they just made.
            self.form.set_data(service.ClientData(responsible_staff_id=context.current_staff_id()))
        self.retranslateUi()

    # -- history tab ------------------------------------------------------------------------

    def _build_history(self) -> None:
        self.notes_label = QLabel(self.history)
        self.notes = QListWidget(self.history)
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes_label.setBuddy(self.notes)
        self.new_note = QPlainTextEdit(self.history)
        self.new_note.setObjectName("new_note")
        self.new_note.setTabChangesFocus(True)
        self.new_note.setMaximumHeight(self.new_note.fontMetrics().lineSpacing() * 4 + 12)
        self.add_note_button = QPushButton(self.history)
        self.add_note_button.clicked.connect(self.add_note)
        self.add_note_button.setEnabled(False)
        # A blank note is not a note: the button waits for some text.
        self.new_note.textChanged.connect(
            lambda: self.add_note_button.setEnabled(bool(self.new_note.toPlainText().strip()))
        )
        self.edit_note_button = QPushButton(self.history)
        self.edit_note_button.clicked.connect(self.edit_note)
        self.earlier_button = QPushButton(self.history)
        self.earlier_button.clicked.connect(self.show_earlier_versions)
        self.notes.currentRowChanged.connect(self._note_selected)
        self.timeline_label = QLabel(self.history)
        self.timeline = QTableWidget(0, 3, self.history)
        self.timeline.setObjectName("timeline")
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.verticalHeader().hide()
        self.timeline.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline_label.setBuddy(self.timeline)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_note_button)
        buttons.addWidget(self.earlier_button)
        layout = QVBoxLayout(self.history)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.new_note)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline_label)
        layout.addWidget(self.timeline, 1)

    def _fill_history(self) -> None:
        self.notes.clear()
        self.timeline.setRowCount(0)
        if self.record is None:
            return
        language = self.context.language
        try:
            notes = service.list_notes(self.record.id)
            events = service.timeline(self.record.id)
        except session.AccessDenied:
            # Signed out or another user meanwhile: this card shows nothing more.
            return
        for note in notes:
            heading = f"{format_datetime(note.created_at, language)} · {note.author_name or '—'}"
            text = f"{heading}\n{note.text}"
            if note.earlier:
                text += "\n" + self.tr(
                    "(edited; %n earlier version(s) kept)", None, len(note.earlier)
                )
            item = QListWidgetItem(text, self.notes)
            item.setData(Qt.ItemDataRole.UserRole, note)
        kinds = vocab.event_kinds()
        outcomes = vocab.outcomes()
        services = vocab.service_kinds()
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            what = kinds.get(event.kind, event.kind)
            coaching_text = coaching_vocab.describe_event(event.kind, event.details)
            if coaching_text is not None:
                what = coaching_text
            elif event.kind == "closed" and event.details.get("outcome"):
                what = f"{what}: {outcomes.get(event.details['outcome'], '')}"
            elif event.kind in ("service_started", "service_ended") and event.details.get(
                "service"
            ):
                what = f"{what}: {services.get(event.details['service'], '')}"
            elif event.kind in ("document_printed", "document_signed"):
                what = self.tr("%1: %2, version %3").replace("%1", what)
                what = what.replace("%2", str(event.details.get("title", "")))
                what = what.replace("%3", str(event.details.get("version", "")))
            for column, value in enumerate(
                (format_datetime(event.at, language), what, event.actor_name or "—")
            ):
                self.timeline.setItem(row, column, QTableWidgetItem(value))
        self._note_selected(self.notes.currentRow())

    def _note_selected(self, row: int) -> None:
        note = self.notes.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        self.edit_note_button.setEnabled(note is not None)
        self.earlier_button.setEnabled(bool(note and note.earlier))

    def add_note(self) -> None:
        if self.record is None or not self.new_note.toPlainText().strip():
            return
        try:
            service.add_note(self.record.id, self.new_note.toPlainText(), self.context.actor_name())
        except DatabaseUnavailable:
            self._tell_unavailable()
            return
        self.new_note.clear()
        self._after_change()

    def edit_note(self) -> None:
        item = self.notes.currentItem()
        if item is None:
            return
        note = item.data(Qt.ItemDataRole.UserRole)
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Edit note"),
            self.tr("The earlier text is kept in the history."),
            note.text,
        )
        if not ok or text.strip() == note.text:
            return
        try:
            service.edit_note(note.id, text, self.context.actor_name())
        except ValidationFailed:
            return
        except DatabaseUnavailable:
            self._tell_unavailable()
            return
        except ConcurrentEdit:
            QMessageBox.information(
                self,
                self.tr("Note changed"),
                self.tr("Someone else edited this note meanwhile. The list has been refreshed."),
            )
        self._after_change()

    def show_earlier_versions(self) -> None:
        item = self.notes.currentItem()
        if item is None:
            return
        note = item.data(Qt.ItemDataRole.UserRole)
        language = self.context.language
        parts = [
            f"{format_datetime(e.created_at, language)} · {e.author_name or '—'}\n{e.text}"
            for e in note.earlier
        ]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Earlier versions of the note"))
        box.setText(self.tr("Current text:") + "\n" + note.text)
        box.setDetailedText("\n\n".join(parts))
        box.exec()

    def _after_change(self) -> None:
        self.record = service.get_client(self.record.id)
        self._fill_history()
        self.saved.emit(self.record.id)

    # -- loading and saving -----------------------------------------------------------------

    def load(self, client_id: int, reason: str = "") -> None:
        self.record = service.get_client(client_id, reason)
        self.form.set_record(self.record)
        self._fill_history()
        for tab in self.service_tabs:
            tab.load(client_id)
        self._update_title()
        # A manager reads; the services refuse their writes, the card does not offer them.
        writable = session.client_access(client_id, access.EDIT) == "allowed"
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(writable)
        self.new_note.setReadOnly(not writable)
        self.new_note.setVisible(writable)
        self.add_note_button.setVisible(writable)
        self.edit_note_button.setVisible(writable)
        self.export_button.setVisible(True)

    def _service_tab_changed(self) -> None:
        if self.record is not None:
            # What one service stored may show on another tab (a printed plan in Documents).
            for tab in self.service_tabs:
                if tab is not self.sender():
                    tab.reload()
            self._after_change()

    def export_subject_access(self) -> None:
        """Everything stored about the client in one zip (tarkastusoikeus, GDPR art. 15)."""
        from .subject_access_dialog import SubjectAccessDialog

        if self.record is None:
            return
        language = "sv" if self.record.data.service_language == "sv" else "fi"
        dialog = SubjectAccessDialog(
            self.context, self.record.id, self.record.display_name, language, self
        )
        self.subject_access_dialog = dialog
        dialog.open()

    def show_tab(self, key: str) -> bool:
        """Bring the tab named ``key`` (``"history"``, ``"documents"``...) to the front."""
        if key == "history" and self.record is not None:
            self.tabs.setCurrentWidget(self.history)
            return True
        for tab in self.service_tabs:
            if tab.key == key and self.tabs.isTabEnabled(self.tabs.indexOf(tab)):
                self.tabs.setCurrentWidget(tab)
                return True
        return False

    def save(self) -> bool:
        """Save the form; True when stored. Problems are shown, nothing half-saved."""
        findings = self.form.show_all_findings()
        if findings:
            self.tabs.setCurrentIndex(0)
            self.form.focus_first_error()
            return False
        data = self.form.data()
        actor = self.context.actor_name()
        try:
            if self.record is None:
                if not self._confirm_no_duplicate(data):
                    return False
                self.record = service.create_client(data, actor)
            else:
                self.record = service.update_client(
                    self.record.id, self.record.version, data, actor
                )
        except ValidationFailed as failed:
            self.form.show_all_findings(failed.findings)
            self.form.focus_first_error()
            return False
        except service.DuplicateIdentityCode as duplicate:
            self._offer_existing(duplicate)
            return False
        except ConcurrentEdit:
            self._offer_reload()
            return False
        except DatabaseUnavailable:
            self._tell_unavailable()
            return False
        self.form.set_record(self.record)
        self._fill_history()
        # A client saved for the first time: the service tabs open now and need the client.
        for tab in self.service_tabs:
            if tab.client_id != self.record.id:
                tab.load(self.record.id)
        self._update_title()
        self.saved.emit(self.record.id)
        return True

    def _confirm_no_duplicate(self, data: service.ClientData) -> bool:
        similar = service.find_possible_duplicates(data)
        if not similar:
            return True
        box = QMessageBox(self)
        box.setObjectName("PossibleDuplicate")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possibly the same person"))
        box.setText(
            self.tr("The register already has a client with the same name and birth date:")
            + "\n\n"
            + "\n".join(f"{row.name} ({row.masked_identity_code})" for row in similar)
        )
        box.setInformativeText(self.tr("Save a new client anyway, or open the existing one?"))
        save = box.addButton(self.tr("&Save as a new client"), QMessageBox.ButtonRole.AcceptRole)
        open_existing = box.addButton(
            self.tr("&Open the existing client"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is open_existing:
            self.open_client.emit(similar[0].id)
        return box.clickedButton() is save

    def _offer_existing(self, duplicate: service.DuplicateIdentityCode) -> None:
        self.form.show_all_findings([Finding("identity_code.duplicate", "identity_code")])
        box = QMessageBox(self)
        box.setObjectName("DuplicateIdentityCode")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Identity code already in the register"))
        box.setText(
            self.tr("%1 already has this identity code. Nothing was saved.").replace(
                "%1", duplicate.existing_name
            )
        )
        open_existing = box.addButton(
            self.tr("&Open the existing client"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is open_existing:
            self.open_client.emit(duplicate.existing_id)

    def _tell_unavailable(self) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "The database could not be written just now (it may be busy or out of "
                "reach). Nothing was saved; what you typed is still here. Try again in a "
                "moment."
            ),
        )

    def _offer_reload(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("ClientChanged")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed on another workstation"))
        box.setText(
            self.tr(
                "Someone else saved this client after you opened it. Your changes have not been "
                "saved, and theirs have not been overwritten."
            )
        )
        box.setInformativeText(
            self.tr(
                "Reload to see their version (your unsaved changes are lost), or keep editing to "
                "copy what you need first."
            )
        )
        reload_button = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is reload_button:
            self.load(self.record.id)

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.form.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The client's data has unsaved changes. Save them before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
        # A closed card is gone; opening the client again reads it afresh.
        self.deleteLater()

    def closeEvent(self, event) -> None:
        # The window's close button goes through the same unsaved-changes guard.
        event.ignore()
        self.reject()

    # -- texts ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.record is None:
            title = self.tr("New client")
        else:
            title = self.tr("Client: %1").replace("%1", self.record.display_name)
        if self.form.is_dirty():
            title += " *"
        self.setWindowTitle(title)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, self.record is not None)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Basic data"))
        self.export_button.setText(self.tr("Subject-access e&xport..."))
        self.export_button.setToolTip(
            self.tr("Everything stored about the client in one file, for a subject-access request")
        )
        for tab in self.service_tabs:
            self.tabs.setTabText(self.tabs.indexOf(tab), tab.title())
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr("&History"))
        self.notes_label.setText(self.tr("&Notes (newest first):"))
        self.new_note.setPlaceholderText(self.tr("Write a new note here"))
        self.new_note.setAccessibleName(self.tr("New note"))
        self.add_note_button.setText(self.tr("&Add note"))
        self.edit_note_button.setText(self.tr("&Edit note..."))
        self.earlier_button.setText(self.tr("Earlier &versions..."))
        self.timeline_label.setText(self.tr("&What has happened:"))
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Who")])
        self._update_title()
        if self.record is not None:
            self._fill_history()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
