"""The window of one arrangement: the form, its log, and the flow to a signed agreement.

Form → *Save* (errors block; a warning needs a reason, which is kept) →
*Preview…* (page images, *Print…*, *Save PDF…*; what is printed is archived on
the client) → *Record signing…* → *End…*.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...formatting import format_date, format_euros
from ...services import documents as archive
from ...services import rendering, supported_plan
from ...services import supported as service
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..widgets import DateField, FieldError, RememberingDialog, heading
from . import vocab
from .findings import supported_finding_text
from .form import ArrangementForm, parse_decimal


class OverrideDialog(QDialog):
    """Lists the warnings; each needs a reason before the arrangement is saved."""

    def __init__(self, findings: list[Finding], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OverrideDialog")
        self.setWindowTitle(self.tr("Warnings: give your reasons"))
        intro = QLabel(
            self.tr(
                "The law or the unit's rules advise against this. You may save it anyway by "
                "giving a reason for each warning; the reasons are kept with the agreement "
                "and in the client's history."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reasons: dict[str, QLineEdit] = {}
        for finding in findings:
            label = QLabel(supported_finding_text(finding, language), self)
            label.setWordWrap(True)
            edit = QLineEdit(self)
            edit.setObjectName("overrideReason")
            edit.setAccessibleName(self.tr("Reason"))
            edit.setPlaceholderText(self.tr("Reason"))
            edit.textChanged.connect(self._update)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.reasons[service.override_key(finding)] = edit
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save anyway"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()

    def _update(self) -> None:
        ready = all(edit.text().strip() for edit in self.reasons.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.reasons.items()}


class EndDialog(QDialog):
    """The day the arrangement ended and why."""

    def __init__(self, start: dt.date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EndDialog")
        self.setWindowTitle(self.tr("End the arrangement"))
        self.start = start
        self.day = DateField(self)
        self.day.setObjectName("endedOn")
        self.day.set_date(clock.today())
        self.reason = QLineEdit(self)
        self.reason.setObjectName("endReason")
        form = QFormLayout()
        day_label = QLabel(self.tr("&Ended on:"), self)
        day_label.setBuddy(self.day.edit)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(day_label, self.day)
        form.addRow(reason_label, self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            day = self.day.date()
        except ValueError:
            day = None
        if day is None:
            self.day.set_error(self.tr("Write the date as day.month.year, e.g. 3.12.2026."))
            return
        if self.start and day < self.start:
            self.day.set_error(self.tr("The end cannot be before the start."))
            return
        super().accept()


class LogTab(QWidget):
    """The work trial's absence log or the rehabilitative work's attendance register."""

    changed = Signal()

    def __init__(self, dialog: ArrangementDialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.kind = dialog.kind
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("logTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day = DateField(self)
        self.day.setObjectName("logDay")
        self.day.set_date(clock.today())
        self.authorised = QCheckBox(self)
        self.authorised.setObjectName("logAuthorised")
        self.status = QComboBox(self)
        self.status.setObjectName("logStatus")
        self.travel = QLineEdit(self)
        self.travel.setObjectName("logTravel")
        self.travel.setMaximumWidth(self.travel.fontMetrics().horizontalAdvance("0") * 10)
        self.note = QLineEdit(self)
        self.note.setObjectName("logNote")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("logAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        self.error = FieldError(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("logSummary")
        self.summary.setWordWrap(True)
        self.month = QComboBox(self)
        self.month.setObjectName("summaryMonth")
        self.month.currentIndexChanged.connect(self._show_month)
        self.month_label = QLabel(self)
        self.month_label.setBuddy(self.month)
        self.month_summary = QLabel(self)
        self.month_summary.setObjectName("monthSummary")
        self.month_summary.setWordWrap(True)
        self.print_month = QPushButton(self)
        self.print_month.setObjectName("printMonthSummary")
        self.print_month.clicked.connect(self.preview_month)
        self.month_preview = None

        row = QHBoxLayout()
        row.addWidget(self.day)
        if self.kind == "work_trial":
            row.addWidget(self.authorised)
            self.status.hide()
            self.travel.hide()
        else:
            row.addWidget(self.status)
            row.addWidget(self.travel)
            self.authorised.hide()
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.remove_button)
        layout.addLayout(below)
        if self.kind == "rehab_work":
            months = QHBoxLayout()
            months.addWidget(self.month_label)
            months.addWidget(self.month)
            months.addWidget(self.month_summary, 1)
            months.addWidget(self.print_month)
            layout.addLayout(months)
        else:
            self.month.hide()
            self.month_label.hide()
            self.month_summary.hide()
            self.print_month.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        if self.kind == "work_trial":
            self.intro.setText(
                self.tr(
                    "Absences are reported to the payer of the unemployment benefit. Five "
                    "unauthorised absences in a row: the employment authority interrupts the trial."
                )
            )
            self.table.setHorizontalHeaderLabels(
                [self.tr("Day"), self.tr("Authorised"), self.tr("Note"), ""]
            )
            self.add_button.setText(self.tr("&Add absence"))
        else:
            self.intro.setText(
                self.tr(
                    "The daily register: days present give the activity allowance or expense "
                    "allowance and travel costs, and count toward the 178 days in 12 months."
                )
            )
            self.table.setHorizontalHeaderLabels(
                [self.tr("Day"), self.tr("Attendance"), self.tr("Travel costs"), self.tr("Note")]
            )
            self.add_button.setText(self.tr("&Add day"))
            current = self.status.currentData()
            self.status.clear()
            for code, text in vocab.attendance().items():
                self.status.addItem(text, code)
            self.status.setCurrentIndex(max(self.status.findData(current), 0))
            self.travel.setPlaceholderText(self.tr("Travel €"))
            self.travel.setAccessibleName(self.tr("Travel costs"))
            self.month_label.setText(self.tr("&Monthly summary:"))
            self.print_month.setText(self.tr("&Print the month..."))
            self.print_month.setToolTip(
                self.tr(
                    "The month's attendance summary for payment: days present and absent, "
                    "the days counted toward the 178-day limit and the allowance basis."
                )
            )
        self.authorised.setText(self.tr("Authorised"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setAccessibleName(self.tr("Note"))
        self.day.edit.setAccessibleName(self.tr("Day"))
        self.remove_button.setText(self.tr("&Remove the selected day"))

    def reload(self, record: service.ArrangementRecord | None) -> None:
        self.setEnabled(record is not None)
        self.table.setRowCount(0)
        self.summary.clear()
        if record is None:
            return
        language = self.dialog.context.language
        if self.kind == "work_trial":
            rows = record.absences
            self.table.setRowCount(len(rows))
            yes, no = self.tr("yes"), self.tr("no")
            for index, absence in enumerate(rows):
                values = (
                    format_date(absence.day, language),
                    yes if absence.authorised else no,
                    absence.note,
                    "",
                )
                self._set_row(index, values, absence.day)
            unauthorised = sum(1 for a in rows if not a.authorised)
            self.summary.setText(self.tr("%n unauthorised absence(s) in all.", None, unauthorised))
        else:
            names = vocab.attendance()
            rows = record.attendance
            self.table.setRowCount(len(rows))
            for index, entry in enumerate(rows):
                values = (
                    format_date(entry.day, language),
                    names.get(entry.status, entry.status),
                    format_euros(entry.travel_cost, language) if entry.travel_cost else "",
                    entry.note,
                )
                self._set_row(index, values, entry.day)
            count = service.days_in_last_12_months(record.client_id)
            self.summary.setText(
                self.tr("Days present in the last 12 months: %1 (at most %2).")
                .replace("%1", str(count))
                .replace("%2", str(service.rule_book().value("rehab.max_days_per_12_months", None)))
            )
            months = sorted({(e.day.year, e.day.month) for e in rows}, reverse=True)
            current = self.month.currentData()
            self.month.blockSignals(True)
            self.month.clear()
            for year, month in months:
                self.month.addItem(f"{month}/{year}", (year, month))
            self.month.setCurrentIndex(max(self.month.findData(current), 0))
            self.month.blockSignals(False)
            self._show_month()

    def _set_row(self, index: int, values, day: dt.date) -> None:
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.table.setItem(index, column, item)

    def preview_month(self) -> None:
        """Preview, print or save the chosen month's summary; what is output is archived."""
        chosen = self.month.currentData()
        record = self.dialog.record
        if not chosen or record is None:
            return
        from ...services.supported_documents import ATTENDANCE_KIND
        from ..documents.preview import DocumentPreview

        work_id, month = record.id, tuple(chosen)
        dialog = DocumentPreview(
            self.dialog.context,
            lambda language: rendering.render(ATTENDANCE_KIND, work_id, language, month=month),
            language=record.document_language,
            parent=self,
        )
        self.month_preview = dialog
        dialog.exec()
        self.month_preview = None

    def _show_month(self) -> None:
        chosen = self.month.currentData()
        record = self.dialog.record
        self.print_month.setEnabled(bool(chosen) and record is not None)
        if not chosen or record is None:
            self.month_summary.clear()
            return
        summary = service.attendance_month(record.id, *chosen)
        language = self.dialog.context.language
        self.month_summary.setText(
            self.tr("present %1, excused %2, absent %3; allowance %4, travel costs %5")
            .replace("%1", str(summary.present))
            .replace("%2", str(summary.absent_excused))
            .replace("%3", str(summary.absent))
            .replace("%4", format_euros(summary.allowance, language))
            .replace("%5", format_euros(summary.travel, language))
        )

    def add(self) -> None:
        record = self.dialog.record
        self.error.show_message("")
        if record is None:
            return
        try:
            day = self.day.date()
        except ValueError:
            day = None
        if day is None:
            self.error.show_message(self.tr("Write the date as day.month.year, e.g. 3.12.2026."))
            return
        language = self.dialog.context.language
        try:
            if self.kind == "work_trial":
                warnings = service.record_absence(
                    record.id, day, self.authorised.isChecked(), self.note.text()
                )
                if warnings:
                    self.error.setStyleSheet("QLabel#fieldError { color: #8a5300; }")
                    self.error.show_message(supported_finding_text(warnings[0], language))
            else:
                try:
                    travel = parse_decimal(self.travel.text())
                except ValueError:
                    self.error.show_message(
                        self.tr("Write the travel costs as a number, e.g. 4,20.")
                    )
                    return
                service.record_attendance(
                    record.id, day, self.status.currentData(), travel or 0, self.note.text()
                )
        except ValidationFailed as failed:
            self.error.setStyleSheet("QLabel#fieldError { color: #b00020; }")
            self.error.show_message(supported_finding_text(failed.findings[0], language))
            return
        except DatabaseUnavailable:
            self.dialog.tell_unavailable()
            return
        self.note.clear()
        self.travel.clear()
        self.day.set_date(day + dt.timedelta(days=1))
        self.changed.emit()

    def remove(self) -> None:
        record = self.dialog.record
        item = self.table.currentItem()
        if record is None or item is None:
            return
        day = item.data(Qt.ItemDataRole.UserRole)
        try:
            if self.kind == "work_trial":
                service.remove_absence(record.id, day)
            else:
                service.remove_attendance(record.id, day)
        except DatabaseUnavailable:
            self.dialog.tell_unavailable()
            return
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class ArrangementDialog(RememberingDialog):
    """One arrangement of a client; ``saved`` tells the lists to refresh."""

    saved = Signal()

    def __init__(
        self,
        context: AppContext,
        kind: str,
        client_id: int,
        arrangement_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(context.settings, f"arrangement_{kind}", parent)
        self.setObjectName("ArrangementDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.kind = kind
        self.client_id = client_id
        self.record: service.ArrangementRecord | None = None
        self.overrides: dict[str, str] = {}
        from ...services.clients import get_client

        # Read once: texts are redone on a language change, when no query should run.
        self.client_name = get_client(client_id).display_name

        self.title = heading(self, 1.2)
        self.title.setObjectName("arrangementTitle")
        self.state = QLabel(self)
        self.state.setObjectName("arrangementState")
        self.form = ArrangementForm(kind, client_id, self)
        self.form.language = context.language
        self.form.changed.connect(self._update_title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, "")
        self.log: LogTab | None = None
        if kind in ("work_trial", "rehab_work"):
            self.log = LogTab(self)
            self.log.changed.connect(self._log_changed)
            self.tabs.addTab(self.log, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveArrangement")
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("previewArrangement")
        self.signing_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.signing_button.setObjectName("recordSigning")
        self.end_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.end_button.setObjectName("endArrangement")
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.signing_button.clicked.connect(self.record_signing)
        self.end_button.clicked.connect(self.end)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 800)
        self.restore_geometry()
        if arrangement_id is not None:
            self.load(arrangement_id)
        else:
            # A new arrangement starts from what the client's employment plan says.
            self.form.set_plan_source(supported_plan.prefill(kind, client_id))
            self._update_title()
        self.retranslateUi()

    # -- loading and saving -----------------------------------------------------------------

    def load(self, arrangement_id: int) -> None:
        self.record = service.get_arrangement(self.kind, arrangement_id)
        self.overrides = dict(self.record.overrides)
        self.form.set_data(self.record.data, self.record.id)
        self._show_plan_status()
        if self.log is not None:
            self.log.reload(self.record)
        self._update_title()

    def _show_plan_status(self) -> None:
        """The plan a saved agreement refers to, and how it has changed (never applied silently)."""
        record = self.record
        if record is not None:
            self.form.set_plan_status(
                supported_plan.plan_status(self.kind, self.client_id, record.data)
            )

    def _log_changed(self) -> None:
        if self.record is not None:
            self.record = service.get_arrangement(self.kind, self.record.id)
            if self.log is not None:
                self.log.reload(self.record)
            self.form.show_all_findings()
            self.saved.emit()

    def save(self) -> bool:
        """Save the form; True when stored. Problems are shown, nothing half-saved."""
        findings = self.form.show_all_findings()
        if any(f.blocks for f in findings):
            self.tabs.setCurrentIndex(0)
            self.form.focus_first_error()
            return False
        data = self.form.data()
        overrides = dict(self.overrides)
        while True:
            try:
                record = service.save_arrangement(
                    self.kind,
                    self.client_id,
                    data,
                    self.record.id if self.record else None,
                    self.record.version if self.record else None,
                    overrides=overrides,
                    actor=self.context.actor_name(),
                )
            except service.OverrideNeeded as needed:
                dialog = OverrideDialog(needed.findings, self.context.language, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                overrides.update(dialog.values())
                continue
            except ValidationFailed as failed:
                self.form.show_all_findings(failed.findings)
                self.form.focus_first_error()
                return False
            except ConcurrentEdit:
                QMessageBox.warning(
                    self,
                    self.tr("Changed on another workstation"),
                    self.tr(
                        "Someone else saved this agreement after you opened it. Nothing was "
                        "saved; close and open it again to see their version."
                    ),
                )
                return False
            except DatabaseUnavailable:
                self.tell_unavailable()
                return False
            break
        self.record = record
        self.overrides = dict(record.overrides)
        self.form.set_data(record.data, record.id)
        self._show_plan_status()
        if self.log is not None:
            self.log.reload(record)
        self._update_title()
        self.saved.emit()
        return True

    def tell_unavailable(self) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "The database could not be written just now (it may be busy or out of "
                "reach). Nothing was saved; what you typed is still here. Try again in a "
                "moment."
            ),
        )

    # -- the document -----------------------------------------------------------------------

    def document_kind(self) -> str:
        return service.DOCUMENT_KIND[self.kind]

    def preview(self) -> None:
        """Save if needed, then show the agreement to print or save as PDF."""
        if (self.record is None or self.form.is_dirty()) and not self.save():
            return
        from ..documents.preview import DocumentPreview

        record_id = self.record.id
        kind = self.document_kind()
        dialog = DocumentPreview(
            self.context,
            lambda language: rendering.render(kind, record_id, language),
            language=self.record.document_language,
            parent=self,
        )
        dialog.archived.connect(lambda _doc: self._refresh_state())
        self.preview_dialog = dialog
        dialog.exec()
        self.preview_dialog = None
        self._refresh_state()

    def record_signing(self) -> None:
        if self.record is None:
            return
        latest = archive.latest_document(self.document_kind(), self.record.id)
        if latest is None or latest.source_revision != self.record.version:
            QMessageBox.information(
                self,
                self.tr("Print first"),
                self.tr(
                    "This version of the agreement has not been printed yet. Preview and print "
                    "it (or save it as PDF), then record the signing."
                ),
            )
            return
        from ..documents.signing import RecordSigningDialog

        dialog = RecordSigningDialog(self.context, latest, self, signers=self._signers())
        self.signing_dialog = dialog
        dialog.exec()
        self.signing_dialog = None
        self._refresh_state()

    def _signers(self) -> str:
        record = self.record
        if record is None:
            return ""
        client = record.client_name.split(", ")
        name = " ".join(reversed(client))
        if self.kind == "rehab_work":
            return name
        parties = [name, record.employer_name]
        if self.kind == "work_trial":
            # The work-trial agreement is between three: the employment authority signs too.
            parties.append(record.data.authority_name)
        return ", ".join(p for p in parties if p)

    def end(self) -> None:
        if self.record is None:
            return
        dialog = EndDialog(self.record.start, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.record = service.end_arrangement(
                self.kind,
                self.record.id,
                dialog.day.date(),
                dialog.reason.text(),
                self.context.actor_name(),
            )
        except ValidationFailed:
            return
        except DatabaseUnavailable:
            self.tell_unavailable()
            return
        self._update_title()
        self.saved.emit()

    def _refresh_state(self) -> None:
        if self.record is not None:
            self.record = service.get_arrangement(self.kind, self.record.id)
            self._update_title()
            self.saved.emit()

    # -- texts ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        kind = vocab.kinds()[self.kind]
        self.title.setText(f"{kind}: {self.client_name}")
        title = kind if self.record is None else f"{kind} – {self.client_name}"
        if self.form.is_dirty():
            title += " *"
        self.setWindowTitle(title)
        state = self.record.state if self.record else "draft"
        text = vocab.states()[state]
        if self.record and self.record.ended_on:
            text += " " + format_date(self.record.ended_on, self.context.language)
        self.state.setText(text)
        saved = self.record is not None
        self.signing_button.setEnabled(saved)
        self.end_button.setEnabled(saved and self.record.ended_on is None)
        if self.log is not None:
            self.tabs.setTabEnabled(1, saved)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Agreement"))
        if self.log is not None:
            self.tabs.setTabText(
                1,
                self.tr("A&bsences") if self.kind == "work_trial" else self.tr("Atte&ndance"),
            )
        self.preview_button.setText(self.tr("&Preview and print..."))
        self.signing_button.setText(self.tr("Record si&gning..."))
        self.end_button.setText(self.tr("E&nd..."))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reject(self) -> None:
        if self.form.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The agreement has unsaved changes. Save them before closing?"),
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
        # A closed window is gone; opening the arrangement again reads it afresh.
        self.deleteLater()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()


def open_arrangement(
    context: AppContext,
    kind: str,
    client_id: int,
    arrangement_id: int | None,
    parent: QWidget,
    on_saved: Any = None,
) -> ArrangementDialog | None:
    """Open the arrangement's window; a new rehabilitative work needs an eligible client."""
    if arrangement_id is None and kind == "rehab_work":
        from ...services.clients import get_client

        client = get_client(client_id)
        if client.data.benefit_status not in service.domain.REHAB_BENEFITS:
            finding = Finding(
                "rehab.eligibility",
                "client",
                {"benefit_status": client.data.benefit_status},
                section="189/2001 1 §",
            )
            box = QMessageBox(parent)
            box.setObjectName("RehabNotEligible")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(vocab.kinds()["rehab_work"])
            box.setText(supported_finding_text(finding, context.language))
            box.exec()
            return None
    dialog = ArrangementDialog(context, kind, client_id, arrangement_id, parent)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.show()
    return dialog
