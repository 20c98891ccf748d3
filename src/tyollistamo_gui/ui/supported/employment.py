"""The client's jobs outside supported work, so a work trial is never organised by the employer.

A work trial may not be organised by the participant's current employer
(380/2023 54 § 2 mom). Part-time work is common among clients; the jobs
recorded here, with the client's wage-subsidised employments, are what the
work-trial check compares the organiser with.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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

from ... import clock
from ...domain.findings import ValidationFailed
from ...domain.legal_references import reference_text
from ...domain.supported import Employment
from ...formatting import format_date, format_number
from ...services import supported as service
from ...services.database import DatabaseUnavailable
from ...services.employers import employer_choices
from ..context import AppContext
from ..widgets import CheckedLineEdit, DateField, FieldError
from .findings import supported_finding_text
from .form import parse_decimal

# Who may not organise a work trial (the notation of domain.legal_references).
CURRENT_EMPLOYER_SECTION = "380/2023 54 § 2 mom"


class EmploymentDialog(QDialog):
    """Record or correct one job: employer (from the register or written), dates, hours."""

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        record: service.EmploymentRecord | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("EmploymentDialog")
        self.context = context
        self.client_id = client_id
        self.record = record
        self.saved: service.EmploymentRecord | None = None
        self.employer = QComboBox(self)
        self.employer.setObjectName("employmentEmployer")
        self.employer_error = FieldError(self)
        self.name = CheckedLineEdit(self)
        self.name.setObjectName("employmentName")
        self.business_id = CheckedLineEdit(self)
        self.business_id.setObjectName("employmentBusinessId")
        self.start = DateField(self)
        self.start.setObjectName("employmentStart")
        self.end = DateField(self)
        self.end.setObjectName("employmentEnd")
        self.part_time = QCheckBox(self)
        self.part_time.setObjectName("employmentPartTime")
        self.hours = CheckedLineEdit(self)
        self.hours.setObjectName("employmentHours")
        self.note = QLineEdit(self)
        self.note.setObjectName("employmentNote")
        self.labels = {key: QLabel(self) for key in ("employer", "name", "id", "start", "end")}
        self.labels.update({key: QLabel(self) for key in ("hours", "note")})
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        employer_box = QVBoxLayout()
        employer_box.setSpacing(2)
        employer_box.addWidget(self.employer)
        employer_box.addWidget(self.employer_error)
        for key, widget, buddy in (
            ("employer", employer_box, self.employer),
            ("name", self.name, self.name.edit),
            ("id", self.business_id, self.business_id.edit),
            ("start", self.start, self.start.edit),
            ("end", self.end, self.end.edit),
            ("hours", self.hours, self.hours.edit),
            ("note", self.note, self.note),
        ):
            self.labels[key].setBuddy(buddy)
            form.addRow(self.labels[key], widget)
            if key == "end":
                form.addRow("", self.part_time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.employer.currentIndexChanged.connect(self._employer_chosen)
        self.retranslateUi()
        if record is not None:
            job = record.data
            self.employer.setCurrentIndex(max(self.employer.findData(job.employer_id), 0))
            self.name.setText(job.employer_name)
            self.business_id.setText(job.business_id)
            self.start.set_date(job.start)
            self.end.set_date(job.end)
            self.part_time.setChecked(job.part_time)
            if job.hours_per_week is not None:
                self.hours.setText(format_number(job.hours_per_week, context.language))
            self.note.setText(job.note)
        self._employer_chosen()
        self.setMinimumWidth(520)

    def _employer_chosen(self) -> None:
        in_register = self.employer.currentData() is not None
        for widget in (self.name, self.business_id, self.labels["name"], self.labels["id"]):
            widget.setEnabled(not in_register)

    def data(self) -> Employment | None:
        """The job as typed; None (with the errors shown) when a date or number is unreadable."""
        problems = False
        values = {}
        for key, field in (("start", self.start), ("end", self.end)):
            try:
                values[key] = field.date()
                field.set_error("")
            except ValueError:
                field.set_error(self.tr("Write the date as day.month.year, e.g. 3.12.2026."))
                problems = True
        try:
            hours = parse_decimal(self.hours.text())
            self.hours.set_error("")
        except ValueError:
            self.hours.set_error(self.tr("Write the hours as a number, e.g. 15 or 7,5."))
            problems = True
            hours = None
        if problems:
            return None
        employer_id = self.employer.currentData()
        return Employment(
            employer_id=employer_id,
            employer_name="" if employer_id is not None else self.name.text(),
            business_id="" if employer_id is not None else self.business_id.text(),
            start=values["start"],
            end=values["end"],
            part_time=self.part_time.isChecked(),
            hours_per_week=hours,
            note=self.note.text(),
        )

    def accept(self) -> None:
        job = self.data()
        if job is None:
            return
        try:
            self.saved = service.save_employment(
                self.client_id, job, self.record.id if self.record else None
            )
        except ValidationFailed as failed:
            self._show(failed.findings)
            return
        except DatabaseUnavailable:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The database is not available just now. Nothing was saved."),
            )
            return
        super().accept()

    def _show(self, findings) -> None:
        language = self.context.language
        messages: dict[str, str] = {}
        for finding in findings:
            messages.setdefault(finding.field, supported_finding_text(finding, language))
        self.employer_error.show_message(messages.get("employer_name", ""))
        self.name.set_error(messages.get("employer_name", ""))
        self.business_id.set_error(messages.get("business_id", ""))
        self.start.set_error(messages.get("start", ""))
        self.end.set_error(messages.get("end", ""))
        self.hours.set_error(messages.get("hours_per_week", ""))
        if self.employer.currentData() is not None:
            self.name.set_error("")
        else:
            self.employer_error.show_message("")

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Employment"))
        self.intro.setText(
            self.tr(
                "A job the client has or had, also part-time. The employer of a job that goes on "
                "during a work trial cannot organise the trial (%1)."
            ).replace("%1", reference_text(CURRENT_EMPLOYER_SECTION, self.context.language))
        )
        current = self.employer.currentData()
        self.employer.blockSignals(True)
        self.employer.clear()
        self.employer.addItem(self.tr("(not in the register: write the name)"), None)
        for choice in employer_choices():
            self.employer.addItem(f"{choice.name} ({choice.business_id})", choice.id)
        self.employer.setCurrentIndex(max(self.employer.findData(current), 0))
        self.employer.blockSignals(False)
        self.labels["employer"].setText(self.tr("&Employer:"))
        self.labels["name"].setText(self.tr("&Name of the employer:"))
        self.labels["id"].setText(self.tr("&Business ID:"))
        self.labels["start"].setText(self.tr("&From:"))
        self.labels["end"].setText(self.tr("&Until:"))
        self.end.edit.setPlaceholderText(self.tr("empty: goes on"))
        self.part_time.setText(self.tr("&Part-time"))
        self.labels["hours"].setText(self.tr("&Hours a week:"))
        self.labels["note"].setText(self.tr("N&ote:"))
        self.business_id.edit.setPlaceholderText("1234567-8")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class EmploymentBox(QGroupBox):
    """The client's jobs in the Supported work tab: list, add, edit, remove."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EmploymentBox")
        self.context = context
        self.client_id: int | None = None
        self.rows: list[service.EmploymentRecord] = []
        self.dialog: EmploymentDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("employments")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addEmployment")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslateUi()

    def load(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        self.rows = service.list_employments(self.client_id) if self.client_id else []
        language = self.context.language
        today = clock.today()
        self.table.setRowCount(len(self.rows))
        for index, job in enumerate(self.rows):
            data = job.data
            if data.part_time and data.hours_per_week is not None:
                hours = self.tr("part-time, %1 h a week").replace(
                    "%1", format_number(data.hours_per_week, language)
                )
            elif data.part_time:
                hours = self.tr("part-time")
            elif data.hours_per_week is not None:
                hours = self.tr("%1 h a week").replace(
                    "%1", format_number(data.hours_per_week, language)
                )
            else:
                hours = ""
            until = format_date(data.end, language) if data.end else self.tr("goes on")
            if job.is_current(today):
                until = self.tr("%1 (current)").replace("%1", until)
            for column, value in enumerate(
                (job.employer_display, format_date(data.start, language), until, hours)
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                self.table.setItem(index, column, item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + max(len(self.rows), 1) * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.edit_button.setEnabled(bool(self.rows))
        self.remove_button.setEnabled(bool(self.rows))

    def _selected(self) -> service.EmploymentRecord | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> EmploymentDialog | None:
        return self._open(None)

    def edit_selected(self) -> EmploymentDialog | None:
        job = self._selected()
        return self._open(job) if job is not None else None

    def _open(self, job) -> EmploymentDialog | None:
        if self.client_id is None:
            return None
        dialog = EmploymentDialog(self.context, self.client_id, job, self)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
        self.dialog = None
        return dialog

    def remove_selected(self) -> None:
        job = self._selected()
        if job is None:
            return
        try:
            service.remove_employment(job.id)
        except DatabaseUnavailable:
            return
        self.reload()
        self.changed.emit()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Employment outside supported work"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Employer"), self.tr("From"), self.tr("Until"), self.tr("Working time")]
        )
        self.add_button.setText(self.tr("Add emplo&yment..."))
        self.edit_button.setText(self.tr("Ed&it..."))
        self.remove_button.setText(self.tr("Remo&ve"))
        if self.client_id is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
