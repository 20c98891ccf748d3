"""The employer card: the employer's data, its contact persons and its clients' arrangements."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...formatting import format_date
from ...services import employers as service
from ...services.database import DatabaseUnavailable
from ..clients import vocab as client_vocab
from ..context import AppContext
from ..fieldset import FieldSet
from ..messages import finding_text
from ..widgets import FieldError, RememberingDialog
from . import vocab

TEXT_FIELDS = ("name", "business_id", "industry", "street_address", "postal_code", "post_office")
CONTACT_COLUMNS = ("name", "role", "phone", "email")


class EmployerDialog(RememberingDialog):
    """Opened from the Employers page; ``saved`` tells the page to refresh."""

    saved = Signal(int)
    open_client = Signal(int)

    def __init__(self, context: AppContext, employer_id: int | None, parent: QWidget | None = None):
        super().__init__(context.settings, "employer_card", parent)
        self.setObjectName("EmployerDialog")
        self.context = context
        self.record: service.EmployerRecord | None = None
        self.fields = FieldSet(self)
        for name in TEXT_FIELDS:
            self.fields.line(name)
        self.fields.inputs["business_id"].setMaxLength(9)
        self.fields.inputs["postal_code"].setMaxLength(5)
        self.fields.combo("organisation_kind")
        self.fields.text("notes", lines=4)

        self.tabs = QTabWidget(self)
        page = QWidget(self)
        self.basic_box = QGroupBox(page)
        form = QFormLayout(self.basic_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.order = ("name", "business_id", "organisation_kind", "industry")
        for name in self.order:
            form.addRow(self.fields.label(name, ""), self.fields.holders[name])
        self.address_box = QGroupBox(page)
        address = QFormLayout(self.address_box)
        address.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        address.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("street_address", "postal_code", "post_office", "notes"):
            address.addRow(self.fields.label(name, ""), self.fields.holders[name])

        self.contacts_box = QGroupBox(page)
        self.contacts = QTableWidget(0, len(CONTACT_COLUMNS), self.contacts_box)
        self.contacts.setObjectName("contacts")
        self.contacts.verticalHeader().hide()
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setTabKeyNavigation(False)
        self.contacts_error = FieldError(self.contacts_box)
        self.add_contact_button = QPushButton(self.contacts_box)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.contacts_box)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact_button)
        buttons.addWidget(self.remove_contact_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self.contacts_box)
        column.addWidget(self.contacts)
        column.addWidget(self.contacts_error)
        column.addLayout(buttons)

        grid = QGridLayout(page)
        grid.addWidget(self.basic_box, 0, 0)
        grid.addWidget(self.address_box, 0, 1)
        grid.addWidget(self.contacts_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        self.tabs.addTab(page, "")

        arrangements_page = QWidget(self)
        self.arrangements_label = QLabel(arrangements_page)
        self.arrangements_label.setWordWrap(True)
        self.arrangements = QTableWidget(0, 6, arrangements_page)
        self.arrangements.setObjectName("arrangements")
        self.arrangements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.arrangements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.arrangements.verticalHeader().hide()
        self.arrangements.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.arrangements.horizontalHeader().setStretchLastSection(True)
        self.arrangements.itemActivated.connect(self._arrangement_activated)
        self.arrangements_label.setBuddy(self.arrangements)
        column = QVBoxLayout(arrangements_page)
        column.addWidget(self.arrangements_label)
        column.addWidget(self.arrangements, 1)
        self.tabs.addTab(arrangements_page, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.restore_geometry()
        self.retranslateUi()
        if employer_id is not None:
            self.load(employer_id)
        else:
            self._update_title()

    # -- data -------------------------------------------------------------------------------

    def load(self, employer_id: int) -> None:
        self.record = service.get_employer(employer_id)
        self.set_data(self.record.data)
        self._fill_arrangements()
        self._update_title()

    def set_data(self, data: service.EmployerData) -> None:
        for name in (*TEXT_FIELDS, "organisation_kind", "notes"):
            self.fields.set_value(name, getattr(data, name))
        self.contacts.setRowCount(0)
        for contact in data.contacts:
            self._append_contact(contact)
        self.fields.show([])
        self.contacts_error.show_message("")

    def data(self) -> service.EmployerData:
        values = {name: self.fields.value(name) for name in TEXT_FIELDS}
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = []
            for column in range(len(CONTACT_COLUMNS)):
                item = self.contacts.item(row, column)
                cells.append(item.text() if item else "")
            if any(cell.strip() for cell in cells):
                contacts.append(service.ContactPerson(*cells))
        return service.EmployerData(
            organisation_kind=self.fields.value("organisation_kind"),
            notes=self.fields.value("notes"),
            contacts=tuple(contacts),
            **values,
        )

    def _append_contact(self, contact: service.ContactPerson) -> int:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(CONTACT_COLUMNS):
            self.contacts.setItem(row, column, QTableWidgetItem(getattr(contact, name)))
        return row

    def add_contact(self) -> None:
        row = self._append_contact(service.ContactPerson(""))
        self.contacts.setCurrentCell(row, 0)
        self.contacts.setFocus()
        self.contacts.editItem(self.contacts.item(row, 0))

    def remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def _fill_arrangements(self) -> None:
        rows = service.employer_arrangements(self.record.id) if self.record else []
        kinds = client_vocab.service_kinds()
        states = vocab.arrangement_states()
        language = self.context.language
        self.arrangements.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = (
                kinds.get(item.kind, item.kind),
                item.client_name,
                item.title,
                format_date(item.started_on, language),
                format_date(item.ended_on, language),
                states.get(item.state, item.state),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.client_id)
                self.arrangements.setItem(row, column, cell)
        self.arrangements_label.setText(
            self.tr(
                "%n arrangement(s) with clients at this employer. Enter opens the client.",
                None,
                len(rows),
            )
        )

    def _arrangement_activated(self, item: QTableWidgetItem) -> None:
        self.open_client.emit(item.data(Qt.ItemDataRole.UserRole))

    # -- saving -----------------------------------------------------------------------------

    def _show(self, findings: list[Finding]) -> None:
        self.fields.focus_first_error(findings)
        contact_messages = []
        for finding in findings:
            if finding.field.startswith("contact."):
                _, row, name = finding.field.split(".")
                column = CONTACT_COLUMNS.index(name)
                contact_messages.append(
                    self.tr("Contact person %1, %2: %3")
                    .replace("%1", str(int(row) + 1))
                    .replace("%2", self.contacts.horizontalHeaderItem(column).text().lower())
                    .replace("%3", finding_text(finding))
                )
        self.contacts_error.show_message("\n".join(contact_messages))
        if contact_messages and not any(e.text() for e in self.fields.errors.values()):
            self.contacts.setFocus()

    def save(self) -> bool:
        """Save the employer; True when stored. Problems are shown, nothing half-saved."""
        data = self.data()
        self.tabs.setCurrentIndex(0)
        findings = service.check(data)
        if findings:
            self._show(findings)
            return False
        try:
            if self.record is None:
                self.record = service.create_employer(data)
            else:
                self.record = service.update_employer(self.record.id, self.record.version, data)
        except ValidationFailed as failed:
            self._show(failed.findings)
            return False
        except service.DuplicateBusinessId as duplicate:
            self._show([Finding("business_id.duplicate", "business_id")])
            self.fields.errors["business_id"].show_message(
                self.tr("%1 already has this Business ID. Nothing was saved.").replace(
                    "%1", duplicate.existing_name
                )
            )
            return False
        except ConcurrentEdit:
            QMessageBox.warning(
                self,
                self.tr("Changed on another workstation"),
                self.tr(
                    "Someone else saved this employer after you opened it. Nothing was saved; "
                    "close and open the employer again to see their version."
                ),
            )
            return False
        except DatabaseUnavailable:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The database could not be written just now. Nothing was saved; what you "
                    "typed is still here. Try again in a moment."
                ),
            )
            return False
        self.set_data(self.record.data)
        self._fill_arrangements()
        self._update_title()
        self.saved.emit(self.record.id)
        return True

    # -- texts ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New employer"))
        else:
            self.setWindowTitle(self.tr("Employer: %1").replace("%1", self.record.data.name))
        self.tabs.setTabEnabled(1, self.record is not None)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Employer"))
        self.tabs.setTabText(1, self.tr("&Clients at the employer"))
        self.basic_box.setTitle(self.tr("Organisation"))
        self.address_box.setTitle(self.tr("Address and notes"))
        self.contacts_box.setTitle(self.tr("Contact persons"))
        labels = {
            "name": self.tr("&Name:"),
            "business_id": self.tr("&Business ID:"),
            "organisation_kind": self.tr("&Kind of organisation:"),
            "industry": self.tr("&Industry:"),
            "street_address": self.tr("Street &address:"),
            "postal_code": self.tr("Postal co&de:"),
            "post_office": self.tr("Post &office:"),
            "notes": self.tr("No&tes:"),
        }
        for name, text in labels.items():
            self.fields.label(name, text)
        self.fields.inputs["business_id"].setPlaceholderText(self.tr("e.g. 2129026-2"))
        self.fields.fill_combo("organisation_kind", vocab.organisation_kinds())
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail")]
        )
        self.contacts.setAccessibleName(self.tr("Contact persons"))
        self.add_contact_button.setText(self.tr("Add contact &person"))
        self.remove_contact_button.setText(self.tr("&Remove contact person"))
        self.arrangements.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Client"),
                self.tr("Job or task"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("State"),
            ]
        )
        self._update_title()
        if self.record is not None:
            self._fill_arrangements()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
