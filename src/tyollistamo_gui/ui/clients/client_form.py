"""The client's basic data form, with a message next to each field that is wrong."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.clients import is_long_term_unemployed
from ...domain.findings import Finding
from ...domain.identifiers import birth_date_from_identity_code, validate_hetu
from ...formatting import format_date
from ...services.clients import ClientData, ClientRecord, check_client
from ...services.staff import list_staff
from ..messages import finding_text
from ..widgets import CheckedLineEdit, DateField, FieldError
from . import vocab

TEXT_FIELDS = [
    "first_name",
    "last_name",
    "identity_code",
    "other_language",
    "phone",
    "email",
    "street_address",
    "postal_code",
    "post_office",
    "benefit_other",
    "referrer_name",
    "referrer_phone",
    "referrer_email",
]
DATE_FIELDS = ("unemployed_since", "consent_date", "closed_on")
COMBO_FIELDS = ("service_language", "benefit_status", "referral_source", "status", "outcome")
VOCABULARIES = {
    "service_language": vocab.service_languages,
    "benefit_status": vocab.benefit_statuses,
    "referral_source": vocab.referral_sources,
    "status": vocab.statuses,
    "outcome": vocab.outcomes,
}


class ClientForm(QWidget):
    """Edits a ``ClientData``; validation messages appear as the user types."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loaded = ClientData()
        self._touched: set[str] = set()
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}

        for name in TEXT_FIELDS:
            widget = CheckedLineEdit(self)
            widget.edit.setObjectName(name)
            widget.edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            self.fields[name] = widget
            self.errors[name] = widget.error
        self.fields["identity_code"].edit.setMaxLength(11)
        self.fields["postal_code"].edit.setMaxLength(5)
        for name in DATE_FIELDS:
            widget = DateField(self)
            widget.edit.setObjectName(name)
            widget.edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            self.fields[name] = widget
            self.errors[name] = widget.error
        for name in COMBO_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _i, n=name: self._edited(n))
            self.fields[name] = combo
            self.errors[name] = FieldError(self)
        self.staff = QComboBox(self)
        self.staff.setObjectName("responsible_staff")
        self.staff.activated.connect(lambda _i: self._edited("responsible_staff_id"))
        self.fields["responsible_staff_id"] = self.staff
        self.interpreter = QCheckBox(self)
        self.interpreter.setObjectName("interpreter_needed")
        self.interpreter.toggled.connect(lambda _c: self._edited("interpreter_needed"))
        self.fields["interpreter_needed"] = self.interpreter
        for name in ("consent_what", "closing_reason"):
            text = QPlainTextEdit(self)
            text.setObjectName(name)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(lambda n=name: self._edited(n))
            self.fields[name] = text
        self.birth_date = QLabel(self)
        self.birth_date.setObjectName("birth_date")
        self.long_term = QLabel(self)
        self.long_term.setObjectName("long_term")

        self.groups: dict[str, QGroupBox] = {}
        layout = {
            "person": ["first_name", "last_name", "identity_code", "birth_date"],
            "language": ["service_language", "other_language", "interpreter_needed"],
            "contact": ["phone", "email", "street_address", "postal_code", "post_office"],
            "benefit": ["benefit_status", "benefit_other", "unemployed_since", "long_term"],
            "referral": ["referral_source", "referrer_name", "referrer_phone", "referrer_email"],
            "responsibility": ["responsible_staff_id", "consent_date", "consent_what"],
            "status": ["status", "closed_on", "outcome", "closing_reason"],
        }
        extra = {"birth_date": self.birth_date, "long_term": self.long_term}
        grid = QGridLayout()
        placement = {
            "person": (0, 0),
            "contact": (1, 0),
            "status": (2, 0),
            "benefit": (0, 1),
            "language": (1, 1),
            "referral": (2, 1),
            "responsibility": (3, 1),
        }
        for group_name, names in layout.items():
            box = QGroupBox(self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in names:
                widget = extra.get(name) or self.fields[name]
                label = QLabel(box)
                label.setBuddy(getattr(widget, "edit", widget))
                self.labels[name] = label
                if name in COMBO_FIELDS:
                    holder = QWidget(box)
                    column = QVBoxLayout(holder)
                    column.setContentsMargins(0, 0, 0, 0)
                    column.setSpacing(2)
                    column.addWidget(widget)
                    column.addWidget(self.errors[name])
                    form.addRow(label, holder)
                else:
                    form.addRow(label, widget)
            self.groups[group_name] = box
            row, column = placement[group_name]
            grid.addWidget(box, row, column)
        grid.setRowStretch(4, 1)
        # Tab goes down the left column, then down the right one, as the eye reads.
        order = sorted(placement, key=lambda name: (placement[name][1], placement[name][0]))
        chain = [
            getattr(self.fields[name], "edit", self.fields[name])
            for group in order
            for name in layout[group]
            if name in self.fields
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.tab_chain = chain
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslateUi()
        self.set_data(ClientData())

    # -- texts ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        titles = {
            "person": self.tr("Person"),
            "language": self.tr("Language"),
            "contact": self.tr("Contact information"),
            "benefit": self.tr("Benefit and unemployment"),
            "referral": self.tr("Referral"),
            "responsibility": self.tr("Responsibility and consent"),
            "status": self.tr("Status"),
        }
        for name, title in titles.items():
            self.groups[name].setTitle(title)
        texts = {
            "first_name": self.tr("&First name:"),
            "last_name": self.tr("&Last name:"),
            "identity_code": self.tr("&Identity code:"),
            "birth_date": self.tr("Birth date:"),
            "service_language": self.tr("Service lan&guage:"),
            "other_language": self.tr("Which language:"),
            "interpreter_needed": self.tr("Interpreter:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
            "street_address": self.tr("Street &address:"),
            "postal_code": self.tr("Postal &code:"),
            "post_office": self.tr("Post &office:"),
            "benefit_status": self.tr("&Benefit:"),
            "benefit_other": self.tr("Which benefit:"),
            "unemployed_since": self.tr("&Unemployed since:"),
            "long_term": self.tr("Long-term unemployed:"),
            "referral_source": self.tr("&Referred by:"),
            "referrer_name": self.tr("Contact &person:"),
            "referrer_phone": self.tr("Contact person's phone:"),
            "referrer_email": self.tr("Contact person's e-mail:"),
            "responsible_staff_id": self.tr("Res&ponsible staff member:"),
            "consent_date": self.tr("Information given on:"),
            "consent_what": self.tr("Information and consent:"),
            "status": self.tr("S&tatus:"),
            "closed_on": self.tr("Closed on:"),
            "outcome": self.tr("Outcome:"),
            "closing_reason": self.tr("Reason for closing:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            widget = self.fields.get(name)
            if widget is not None:
                getattr(widget, "edit", widget).setAccessibleName(text.replace("&", "").rstrip(":"))
        self.interpreter.setText(self.tr("Interpreter needed"))
        self.fields["identity_code"].edit.setPlaceholderText(self.tr("e.g. 131052-308T"))
        self.fields["phone"].edit.setPlaceholderText("040 123 4567")
        for name, vocabulary in VOCABULARIES.items():
            combo = self.fields[name]
            current = combo.currentData()
            combo.clear()
            for code, text in vocabulary().items():
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._fill_staff(self.staff.currentData())
        self._update_derived()
        self._show_findings(show_all=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_staff(self, selected: int | None) -> None:
        self.staff.clear()
        self.staff.addItem(self.tr("(nobody yet)"), None)
        for member in list_staff():
            self.staff.addItem(member.display_name, member.id)
        index = self.staff.findData(selected)
        self.staff.setCurrentIndex(max(index, 0))

    # -- data -------------------------------------------------------------------------------

    def set_data(self, data: ClientData) -> None:
        self._loading = True
        try:
            for name in TEXT_FIELDS:
                self.fields[name].setText(getattr(data, name))
            for name in DATE_FIELDS:
                self.fields[name].set_date(getattr(data, name))
            for name in COMBO_FIELDS:
                combo = self.fields[name]
                combo.setCurrentIndex(max(combo.findData(getattr(data, name)), 0))
            self._fill_staff(data.responsible_staff_id)
            self.interpreter.setChecked(data.interpreter_needed)
            self.fields["consent_what"].setPlainText(data.consent_what)
            self.fields["closing_reason"].setPlainText(data.closing_reason)
        finally:
            self._loading = False
        self._loaded = data
        self._touched.clear()
        self._update_derived()
        self._show_findings(show_all=False)

    def set_record(self, record: ClientRecord | None) -> None:
        self.set_data(record.data if record else ClientData())

    def date_problems(self) -> list[Finding]:
        problems = []
        for name in DATE_FIELDS:
            try:
                self.fields[name].date()
            except ValueError:
                problems.append(Finding("date.format", name))
        return problems

    def data(self) -> ClientData:
        """The form as ClientData; a date that cannot be read counts as empty."""
        values = {name: self.fields[name].text() for name in TEXT_FIELDS}
        for name in DATE_FIELDS:
            try:
                values[name] = self.fields[name].date()
            except ValueError:
                values[name] = None
        for name in COMBO_FIELDS:
            values[name] = self.fields[name].currentData()
        values["responsible_staff_id"] = self.staff.currentData()
        values["interpreter_needed"] = self.interpreter.isChecked()
        values["consent_what"] = self.fields["consent_what"].toPlainText()
        values["closing_reason"] = self.fields["closing_reason"].toPlainText()
        return ClientData(**values)

    def is_dirty(self) -> bool:
        return bool(self.date_problems()) or _normalised(self.data()) != _normalised(self._loaded)

    # -- validation -------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._update_derived()
        self._show_findings(show_all=False)
        self.changed.emit()

    def _update_derived(self) -> None:
        data = self.data()
        code = data.identity_code.strip()
        if code and validate_hetu(code) is None:
            self.birth_date.setText(format_date(birth_date_from_identity_code(code), "fi"))
        else:
            self.birth_date.setText(self.tr("(from the identity code)"))
        if data.unemployed_since is None:
            self.long_term.setText(self.tr("(from the date of unemployment)"))
        elif is_long_term_unemployed(data.unemployed_since, clock.today()):
            self.long_term.setText(self.tr("Yes, 12 months or more"))
        else:
            self.long_term.setText(self.tr("No, less than 12 months"))
        closed = data.status == "closed"
        for name in ("closed_on", "outcome", "closing_reason"):
            self.fields[name].setEnabled(closed)
        self.fields["other_language"].setEnabled(data.service_language == "other")
        self.fields["benefit_other"].setEnabled(data.benefit_status == "other")

    def findings(self) -> list[Finding]:
        return self.date_problems() + check_client(self.data())

    def _show_findings(self, show_all: bool, extra: list[Finding] | None = None) -> list[Finding]:
        self._update_derived()
        findings = self.findings() + (extra or [])
        by_field: dict[str, str] = {}
        for finding in findings:
            by_field.setdefault(finding.field, finding_text(finding))
        for name, error in self.errors.items():
            show = show_all or name in self._touched
            message = by_field.get(name, "") if show else ""
            widget = self.fields[name]
            if isinstance(widget, CheckedLineEdit):
                widget.set_error(message)
            else:
                error.show_message(message)
        return findings

    def show_all_findings(self, extra: list[Finding] | None = None) -> list[Finding]:
        """Show every message (on Save); returns the findings."""
        return self._show_findings(show_all=True, extra=extra)

    def focus_first_error(self) -> None:
        order = [*TEXT_FIELDS, *DATE_FIELDS, *COMBO_FIELDS]
        for name in order:
            if self.errors[name].text():
                widget = self.fields[name]
                getattr(widget, "edit", widget).setFocus()
                return


def _normalised(data: ClientData) -> ClientData:
    return dataclasses.replace(
        data,
        **{
            f.name: getattr(data, f.name).strip()
            for f in dataclasses.fields(data)
            if isinstance(getattr(data, f.name), str)
        },
    )
