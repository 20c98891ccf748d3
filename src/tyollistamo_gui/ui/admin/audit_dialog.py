"""The administrator's audit log viewer: filters, the chain check, export to CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formatting import format_datetime
from ...services import audit_log
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..widgets import DateField, RememberingDialog

PAGE = 500


def action_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "view": translate("AuditActions", "viewed"),
        "create": translate("AuditActions", "created"),
        "update": translate("AuditActions", "changed"),
        "delete": translate("AuditActions", "deleted"),
        "print": translate("AuditActions", "printed"),
        "export": translate("AuditActions", "exported"),
        "import": translate("AuditActions", "imported"),
        "erase": translate("AuditActions", "erased"),
        "sign_in": translate("AuditActions", "signed in"),
        "sign_in_failed": translate("AuditActions", "wrong password"),
        "sign_in_refused": translate("AuditActions", "sign-in refused (locked)"),
        "sign_out": translate("AuditActions", "signed out"),
        "lock": translate("AuditActions", "locked"),
        "unlock": translate("AuditActions", "unlocked"),
        "unlock_failed": translate("AuditActions", "wrong password to unlock"),
        "password_changed": translate("AuditActions", "changed password"),
        "password_reset": translate("AuditActions", "reset a password"),
        "user_created": translate("AuditActions", "added a user"),
        "user_updated": translate("AuditActions", "changed a user"),
        "backup": translate("AuditActions", "backed up"),
        "restore": translate("AuditActions", "restored"),
        "retention_changed": translate("AuditActions", "changed retention periods"),
        "schema_upgraded": translate("AuditActions", "updated the register to a new version"),
    }


class AuditLogDialog(RememberingDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "audit_log", parent)
        self.setObjectName("AuditLogDialog")
        self.context = context
        self.client = QLineEdit(self)
        self.client.setObjectName("client_filter")
        self.user = QComboBox(self)
        self.user.setObjectName("user_filter")
        self.action = QComboBox(self)
        self.action.setObjectName("action_filter")
        self.since = DateField(self)
        self.since.setObjectName("since_filter")
        self.until = DateField(self)
        self.until.setObjectName("until_filter")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("apply_filter")
        self.apply_button.clicked.connect(self.reload)
        self.apply_button.setDefault(True)
        self.client.returnPressed.connect(self.reload)
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.filter_labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(
            self.filter_labels,
            (self.client, self.user, self.action, self.since, self.until),
            strict=True,
        ):
            label.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
            filters.addRow(label, widget)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("entries")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("check_chain")
        self.check_button.clicked.connect(self.check_chain)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_csv")
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(self.apply_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self.restore_geometry()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        texts = (
            self.tr("&Client number:"),
            self.tr("&User:"),
            self.tr("&Action:"),
            self.tr("&From:"),
            self.tr("&To:"),
        )
        for label, text in zip(self.filter_labels, texts, strict=True):
            label.setText(text)
        self.client.setAccessibleName(texts[0].replace("&", "").rstrip(":"))
        self.user.setAccessibleName(texts[1].replace("&", "").rstrip(":"))
        self.action.setAccessibleName(texts[2].replace("&", "").rstrip(":"))
        current_user = self.user.currentData()
        self.user.clear()
        self.user.addItem(self.tr("(all)"), "")
        for name in audit_log.usernames():
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(self.user.findData(current_user), 0))
        current_action = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("(all)"), "")
        for key, name in action_names().items():
            self.action.addItem(name, key)
        self.action.setCurrentIndex(max(self.action.findData(current_action), 0))
        self.apply_button.setText(self.tr("&Show"))
        self.check_button.setText(self.tr("C&heck the chain"))
        self.export_button.setText(self.tr("&Export to CSV..."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Role"),
                self.tr("Workstation"),
                self.tr("Client"),
                self.tr("Action"),
                self.tr("Object and reason"),
            ]
        )
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def filters(self) -> audit_log.AuditFilter | None:
        text = self.client.text().strip()
        if text and not text.isdigit():
            return None
        return audit_log.AuditFilter(
            client_id=int(text) if text else None,
            username=self.user.currentData() or "",
            action=self.action.currentData() or "",
            since=self.since.date(),
            until=self.until.date(),
        )

    def reload(self) -> None:
        filters = self.filters()
        if filters is None:
            self.summary.setText(self.tr("The client number is a whole number."))
            self.table.setRowCount(0)
            return
        rows = audit_log.search(filters, 0, PAGE)
        total = audit_log.count(filters)
        names = action_names()
        language = self.context.language
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            what = " ".join(part for part in (entry.object_type, entry.object_id) if part)
            if entry.reason:
                what = f"{what} — {entry.reason}" if what else entry.reason
            values = (
                format_datetime(entry.at, language),
                entry.username,
                entry.role,
                entry.workstation,
                "" if entry.client_id is None else str(entry.client_id),
                names.get(entry.action, entry.action),
                what,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if total > len(rows):
            self.summary.setText(
                self.tr("%1 entries; the newest %2 are shown. Export shows them all.")
                .replace("%1", str(total))
                .replace("%2", str(len(rows)))
            )
        else:
            self.summary.setText(self.tr("%n entries", None, total))

    def check_chain(self) -> None:
        problems = audit_log.verify()
        if not problems:
            QMessageBox.information(
                self,
                self.tr("Audit log"),
                self.tr("The audit log is intact: no entry has been changed or removed."),
            )
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Audit log"))
        box.setText(
            self.tr(
                "The audit log has been tampered with: %n entries do not match.",
                None,
                len(problems),
            )
        )
        box.setDetailedText("\n".join(problems))
        box.exec()

    def export(self, path: str | None = None) -> None:
        filters = self.filters()
        if filters is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV (*.csv)")
            )
        if not path:
            return
        try:
            written = audit_log.export_csv(filters, Path(path))
        except (OSError, DatabaseUnavailable) as exc:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                self.tr("The file could not be written: %1").replace("%1", str(exc)),
            )
            return
        self.summary.setText(
            self.tr("%n entries exported to %1.", None, written).replace("%1", str(path))
        )
        self.reload()
