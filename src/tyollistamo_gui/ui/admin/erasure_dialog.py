"""Confirm the erasure of one client: exactly what goes, what stays, and the legal reason
when the retention period has not ended."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...formatting import format_date
from ...services import retention
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..widgets import FieldError, heading


def _bullets(items: list[str]) -> str:
    from html import escape

    return (
        "<ul style='margin-left: -20px'>"
        + "".join(f"<li>{escape(item)}</li>" for item in items)
        + "</ul>"
    )


class ErasureDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        plan: retention.ErasurePlan,
        parent: QWidget | None = None,
        today=None,
    ):
        super().__init__(parent)
        self.setObjectName("ErasureDialog")
        self.context = context
        self.plan = plan
        self._today = today or clock.today
        self.title = heading(self, 1.25)
        self.title.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("erasure_state")
        self.state.setWordWrap(True)
        self.goes_label = QLabel(self)
        self.goes = QLabel(self)
        self.goes.setObjectName("erasure_goes")
        self.goes.setWordWrap(True)
        self.stays_label = QLabel(self)
        self.stays = QLabel(self)
        self.stays.setObjectName("erasure_stays")
        self.stays.setWordWrap(True)
        for label in (self.goes_label, self.stays_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("legal_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 16)
        self.reason.textChanged.connect(lambda: self.reason_error.show_message(""))
        self.reason_label.setBuddy(self.reason)
        self.reason_error = FieldError(self)
        self.reason_error.setObjectName("legal_reason_error")
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirm_erasure")
        self.confirm.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setObjectName("erase_confirmed")
        # Enter must not erase: Cancel is the default button.
        self.erase_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.goes_label)
        layout.addWidget(self.goes)
        layout.addWidget(self.stays_label)
        layout.addWidget(self.stays)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()
        self._update_button()

    @property
    def needs_reason(self) -> bool:
        return not self.plan.due

    def retranslateUi(self) -> None:
        plan = self.plan
        language = self.context.language
        self.setWindowTitle(self.tr("Erase client"))
        self.title.setText(
            self.tr("Erase client %1: %2")
            .replace("%1", str(plan.client_id))
            .replace("%2", plan.display_name)
        )
        if plan.due:
            state = self.tr("The retention period ended on %1.").replace(
                "%1", format_date(plan.due_on, language)
            )
        elif plan.due_on is not None:
            state = self.tr(
                "The retention period runs until %1. Erasing before that needs a legal reason, "
                "which is logged."
            ).replace("%1", format_date(plan.due_on, language))
        else:
            state = self.tr(
                "The client relationship has not ended, so the retention period has not begun. "
                "Erasing now needs a legal reason, which is logged."
            )
        self.state.setText(state)
        self.goes_label.setText(self.tr("Erased irreversibly:"))
        goes = [
            self.tr(
                "Identity: names, personal identity code, day and month of birth, address, "
                "phone, e-mail, other language, the referrer's details, the consent and "
                "closing texts"
            ),
            self.tr("%n note(s)", None, plan.notes),
            self.tr(
                "The PDF files of %n archived document(s) and their signers' names",
                None,
                plan.documents,
            ),
            self.tr(
                "The free text of %n other record(s): guidance, coaching and supported work "
                "(plans, notes, assessments, reasons)",
                None,
                sum(plan.related_records.values()),
            ),
        ]
        self.goes.setText(_bullets(goes))
        self.stays_label.setText(self.tr("Kept, without identity, so that statistics add up:"))
        stays = [
            self.tr("Client number, status, outcome and the date the relationship ended"),
            self.tr("Services and their dates, benefit status, service language and year of birth"),
            self.tr("The dates and codes of agreements, coaching and guidance"),
            self.tr("The audit log, including this erasure and its reason"),
        ]
        self.stays.setText(_bullets(stays))
        if self.needs_reason:
            self.reason_label.setText(self.tr("&Legal reason for erasing now (required, logged):"))
        else:
            self.reason_label.setText(self.tr("&Note for the log (optional):"))
        self.reason.setAccessibleName(self.reason_label.text().replace("&", "").rstrip(":"))
        self.reason.setPlaceholderText(
            self.tr("e.g. the client's request under GDPR article 17, decision no. ...")
        )
        self.confirm.setText(self.tr("I understand that the erasure cannot be undone."))
        self.erase_button.setText(self.tr("&Erase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.confirm.isChecked())

    def erase(self) -> None:
        if not self.confirm.isChecked():
            return
        reason = self.reason.toPlainText().strip()
        if self.needs_reason and not reason:
            self.reason_error.show_message(
                self.tr(
                    "The retention period has not ended: write the legal reason for erasing now."
                )
            )
            self.reason.setFocus()
            return
        try:
            retention.erase_client(self.plan.client_id, reason, self._today())
        except retention.ErasureRefused:
            self.reason_error.show_message(
                self.tr(
                    "The retention period has not ended: write the legal reason for erasing now."
                )
            )
            return
        except DatabaseUnavailable:
            QMessageBox.warning(
                self,
                self.tr("Not erased"),
                self.tr(
                    "The database could not be written just now. Nothing was erased; try again "
                    "in a moment."
                ),
            )
            return
        self.accept()
