"""The client card's Documents tab: every printed version, its signing, and copies."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_date, format_datetime
from ...i18n import LANGUAGE_NAMES
from ...services import documents as archive
from ...services.database import DatabaseUnavailable
from ...services.rendering import RenderedDocument
from ..clients.client_tabs import ClientTab
from ..context import AppContext
from .preview import DocumentPreview
from .signing import RecordSigningDialog


class DocumentsTab(ClientTab):
    key = "documents"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.records: list[archive.DocumentRecord] = []
        self.label = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("documentsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.label.setBuddy(self.table)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.sign_button = QPushButton(self)
        self.open_button.setObjectName("openDocument")
        self.sign_button.setObjectName("recordSigning")
        self.open_button.clicked.connect(self.open_selected)
        self.sign_button.clicked.connect(self.record_signing)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("&Documents")

    def reload(self) -> None:
        if self.client_id is None:
            return
        self.records = archive.list_documents(self.client_id)
        self._fill()

    def _fill(self) -> None:
        language = self.context.language
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            if record.signed:
                signed = self.tr("%1 (%2)").replace("%1", format_date(record.signed_on, language))
                signed = signed.replace("%2", record.signed_by)
            else:
                signed = self.tr("Not signed")
            values = (
                record.title + (f" · {record.number}" if record.number else ""),
                str(record.version),
                LANGUAGE_NAMES.get(record.language, record.language),
                format_datetime(record.created_at, language),
                signed,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, record.id)
                    item.setToolTip(f"SHA-256 {record.sha256}")
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.records)
        self._update_buttons()

    def selected(self) -> archive.DocumentRecord | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.records) or not self.table.selectedItems():
            return None
        return self.records[row]

    def _update_buttons(self) -> None:
        record = self.selected()
        self.open_button.setEnabled(record is not None)
        self.sign_button.setEnabled(record is not None and not record.signed)

    def open_selected(self) -> None:
        """Show the archived copy exactly as printed (print or save a copy from there)."""
        record = self.selected()
        if record is None:
            return
        try:
            pdf = archive.document_pdf(record.id)
        except archive.DocumentDamaged:
            QMessageBox.critical(
                self,
                self.tr("Document damaged"),
                self.tr(
                    "The archived copy no longer matches the checksum taken when it was printed. "
                    "It is not shown; ask the administrator to restore it from a backup."
                ),
            )
            return
        except DatabaseUnavailable:
            self._unavailable()
            return
        copy = RenderedDocument(
            pdf=pdf,
            kind=record.kind,
            title=record.title,
            language=record.language,
            client_id=record.client_id,
            object_id=record.object_id,
            version=record.version,
            number=record.number,
            file_stem=f"{record.title} v{record.version}",
        )
        preview = DocumentPreview(
            self.context,
            lambda _language: copy,
            language=record.language,
            languages=(),
            archive_on_output=False,
            parent=self,
        )
        preview.exec()
        preview.deleteLater()

    def record_signing(self) -> None:
        record = self.selected()
        if record is None or record.signed:
            return
        dialog = RecordSigningDialog(self.context, record, self)
        if dialog.exec():
            self.reload()
            self.changed.emit()
        dialog.deleteLater()

    def _unavailable(self) -> None:
        QMessageBox.warning(
            self,
            self.tr("Database not available"),
            self.tr("The database cannot be reached just now. Try again in a moment."),
        )

    def retranslateUi(self) -> None:
        self.label.setText(self.tr("Printed &documents (newest first):"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Version"),
                self.tr("Language"),
                self.tr("Printed"),
                self.tr("Signed"),
            ]
        )
        self.empty.setText(
            self.tr(
                "Nothing has been printed for this client yet. Agreements and plans printed or "
                "saved as PDF are archived here, each version with its checksum."
            )
        )
        self.open_button.setText(self.tr("&Open..."))
        self.sign_button.setText(self.tr("Record &signing..."))
        if self.records:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
