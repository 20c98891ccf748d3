"""Record that a printed document was signed on paper: when, and by whom."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.findings import ValidationFailed
from ...formatting import format_datetime
from ...services import documents as archive
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..messages import finding_text
from ..widgets import CheckedLineEdit, DateField


class RecordSigningDialog(QDialog):
    """Checks the date and names next to the fields; stores nothing until both are right."""

    def __init__(
        self,
        context: AppContext,
        document: archive.DocumentRecord,
        parent: QWidget | None = None,
        *,
        signers: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecordSigningDialog")
        self.context = context
        self.document = document
        self.result_record: archive.DocumentRecord | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.signed_on = DateField(self)
        self.signed_on.setObjectName("signedOn")
        self.signed_on.set_date(clock.today())
        self.signed_by = CheckedLineEdit(self)
        self.signed_by.setObjectName("signedBy")
        self.signed_by.setText(signers)
        self.signed_on_label = QLabel(self)
        self.signed_on_label.setBuddy(self.signed_on.edit)
        self.signed_by_label = QLabel(self)
        self.signed_by_label.setBuddy(self.signed_by.edit)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.signed_on_label, self.signed_on)
        form.addRow(self.signed_by_label, self.signed_by)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslateUi()

    def accept(self) -> None:
        self.signed_on.set_error("")
        self.signed_by.set_error("")
        self.general_error.hide()
        try:
            signed_on = self.signed_on.date()
        except ValueError:
            self.signed_on.set_error(finding_text_for("date.format"))
            self.signed_on.setFocus()
            return
        try:
            self.result_record = archive.record_signing(
                self.document.id,
                signed_on,
                self.signed_by.text(),
                actor=self.context.actor_name(),
            )
        except ValidationFailed as failed:
            for finding in failed.findings:
                field = self.signed_by if finding.field == "signed_by" else self.signed_on
                field.set_error(finding_text(finding))
            first = failed.findings[0]
            (self.signed_by if first.field == "signed_by" else self.signed_on).setFocus()
            return
        except DatabaseUnavailable:
            self.general_error.setText(
                self.tr("The database is not available; nothing was recorded. Try again.")
            )
            self.general_error.show()
            return
        super().accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Record signing"))
        self.intro.setText(
            self.tr("%1, version %2, printed %3.")
            .replace("%1", self.document.title)
            .replace("%2", str(self.document.version))
            .replace("%3", format_datetime(self.document.created_at, self.context.language))
        )
        self.signed_on_label.setText(self.tr("Signed &on:"))
        self.signed_by_label.setText(self.tr("Signed &by:"))
        self.signed_by.edit.setPlaceholderText(self.tr("The names of those who signed"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def finding_text_for(code: str) -> str:
    from ...domain.findings import Finding

    return finding_text(Finding(code))
