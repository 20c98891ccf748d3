"""The form of one arrangement: fields in groups, each with its findings right below it."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import supported as domain
from ...domain.findings import Finding, Severity
from ...formatting import format_number
from ...services import supported as service
from ...services.employers import employer_choices
from ...services.staff import list_staff
from ..fieldset import FieldSet
from ..widgets import CheckedLineEdit
from . import vocab
from .findings import supported_finding_text

WARNING_STYLE = "QLabel#fieldError { color: #8a5300; }"
ERROR_STYLE = "QLabel#fieldError { color: #b00020; }"

# (group, [(field, widget kind)]); the group and field labels are in ``_labels``.
LAYOUTS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "work_trial": [
        (
            "organiser",
            [
                ("organiser_kind", "combo"),
                ("employer_id", "employer"),
                ("workplace", "line"),
                ("workplace_address", "line"),
                ("supervisor_name", "line"),
                ("supervisor_phone", "line"),
                ("supervisor_email", "line"),
            ],
        ),
        (
            "period",
            [
                ("start", "date"),
                ("end", "date"),
                ("hours_per_day", "decimal"),
                ("daily_timing", "line"),
                ("weekdays", "weekdays"),
                ("outside_commuting_area", "check"),
            ],
        ),
        ("content", [("goals", "text"), ("tasks", "text"), ("extra_terms", "text")]),
        (
            "authority",
            [
                ("authority_name", "line"),
                ("authority_contact", "line"),
                ("authority_decision_date", "date"),
                ("plan_date", "date"),
                ("plan_reference", "line"),
                ("benefit_payer", "combo"),
                ("fund_name", "line"),
            ],
        ),
        ("after", [("assessment", "text"), ("language", "combo")]),
    ],
    "wage_subsidy": [
        (
            "employer",
            [
                ("employer_id", "employer"),
                ("place_of_work", "line"),
                ("duties", "text"),
                ("job_coach_id", "staff"),
            ],
        ),
        (
            "duration",
            [
                ("start", "date"),
                ("trial_months", "int"),
                ("fixed_term", "check"),
                ("end", "date"),
                ("long_term_unemployed_contract", "check"),
                ("fixed_term_ground", "text"),
            ],
        ),
        (
            "pay",
            [
                ("pay_basis", "combo"),
                ("pay_basis_other", "line"),
                ("pay_amount", "decimal"),
                ("pay_period", "combo"),
                ("pay_days", "line"),
                ("hours_per_day", "decimal"),
                ("hours_per_week", "decimal"),
            ],
        ),
        (
            "decision",
            [
                ("decision_number", "line"),
                ("decision_date", "date"),
                ("grantor", "line"),
                ("track", "combo"),
                ("subsidy_percent", "decimal"),
                ("monthly_cap", "decimal"),
                ("subsidy_start", "date"),
                ("subsidy_end", "date"),
                ("is_extension", "check"),
                ("unemployment_condition_met", "check"),
                ("non_business_work", "check"),
                ("working_time_percent", "decimal"),
            ],
        ),
        (
            "terms",
            [
                ("annual_leave", "text"),
                ("notice_period", "text"),
                ("collective_agreement", "line"),
                ("insurance", "text"),
                ("other_terms", "text"),
                ("language", "combo"),
            ],
        ),
    ],
    "rehab_work": [
        (
            "county",
            [
                ("county_name", "line"),
                ("county_contact", "line"),
                ("decision_number", "line"),
                ("decision_date", "date"),
            ],
        ),
        (
            "plan",
            [
                ("plan_date", "date"),
                ("plan_reference", "line"),
                ("goal", "text"),
                ("support", "text"),
                ("other_services", "text"),
                ("obligations", "text"),
                ("evaluation_date", "date"),
                ("follow_up_date", "date"),
            ],
        ),
        (
            "placement",
            [
                ("place", "line"),
                ("place_address", "line"),
                ("supervisor_name", "line"),
                ("supervisor_phone", "line"),
            ],
        ),
        (
            "period",
            [
                ("start", "date"),
                ("end", "date"),
                ("hours_per_day", "decimal"),
                ("daily_timing", "line"),
                ("weekdays", "weekdays"),
                ("travel_cost_per_day", "decimal"),
                ("language", "combo"),
            ],
        ),
    ],
}
COMBOS = {
    "organiser_kind": vocab.organiser_kinds,
    "benefit_payer": vocab.benefit_payers,
    "track": vocab.tracks,
    "pay_basis": vocab.pay_bases,
    "pay_period": vocab.pay_periods,
    "language": vocab.document_languages,
}


class Weekdays(QWidget):
    """Seven check boxes, Monday first; the value is the ISO numbers, e.g. ``"135"``."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes = [QCheckBox(self) for _ in range(7)]
        for number, box in enumerate(self.boxes, start=1):
            box.setObjectName(f"weekday{number}")
            box.toggled.connect(lambda _c: self.toggled.emit())
            row.addWidget(box)
        row.addStretch(1)
        self.setFocusProxy(self.boxes[0])
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for box, name in zip(self.boxes, vocab.weekdays_short(), strict=True):
            box.setText(name)

    def value(self) -> str:
        return "".join(str(n) for n, box in enumerate(self.boxes, start=1) if box.isChecked())

    def set_value(self, value: str) -> None:
        chosen = domain.weekday_set(value)
        for number, box in enumerate(self.boxes, start=1):
            box.blockSignals(True)
            box.setChecked(number in chosen)
            box.blockSignals(False)


def parse_decimal(text: str) -> Decimal | None:
    """``7,5`` or ``7.5`` (spaces allowed); None for blank; ValueError otherwise."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("€%")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


class ArrangementForm(QWidget):
    """Edits one arrangement of ``kind`` for a client; findings appear as the user types."""

    changed = Signal()

    def __init__(self, kind: str, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.client_id = client_id
        self.arrangement_id: int | None = None
        self.language = "fi"
        self._loaded: Any = service._KINDS[kind].data()
        self._touched: set[str] = set()
        self._loading = False
        self.fields = FieldSet(self)
        self.kinds: dict[str, str] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.general = QLabel(self)
        self.general.setObjectName("generalFindings")
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()

        grid = QGridLayout()
        layout = LAYOUTS[kind]
        half = (len(layout) + 1) // 2
        self.tab_chain: list[QWidget] = []
        for index, (group, rows) in enumerate(layout):
            box = QGroupBox(self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name, widget_kind in rows:
                holder = self._make(name, widget_kind)
                form.addRow(self.fields.label(name, name), holder)
                self.tab_chain.append(self.fields.inputs[name])
            self.groups[group] = box
            column, row = divmod(index, half)
            grid.addWidget(box, row, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(half, 1)
        for first, second in zip(self.tab_chain, self.tab_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        outer = QVBoxLayout(self)
        outer.addWidget(self.general)
        outer.addLayout(grid)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._fill_choices()
        self.retranslateUi()
        self.set_data(self._loaded)

    # -- building ---------------------------------------------------------------------------

    def _make(self, name: str, widget_kind: str) -> QWidget:
        fields = self.fields
        self.kinds[name] = widget_kind
        if widget_kind in ("line", "decimal"):
            holder = fields.line(name)
            holder.edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            if widget_kind == "decimal":
                holder.edit.setMaximumWidth(holder.edit.fontMetrics().horizontalAdvance("0") * 14)
            return holder
        if widget_kind == "date":
            holder = fields.date(name)
            holder.edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            return holder
        if widget_kind == "text":
            edit = fields.text(name)
            edit.textChanged.connect(lambda n=name: self._edited(n))
            return fields.holders[name]
        if widget_kind in ("combo", "employer", "staff"):
            combo = fields.combo(name)
            combo.activated.connect(lambda _i, n=name: self._edited(n))
            return fields.holders[name]
        if widget_kind == "check":
            box = QCheckBox()
            fields.other(name, box)
            box.toggled.connect(lambda _c, n=name: self._edited(n))
            return fields.holders[name]
        if widget_kind == "int":
            spin = QSpinBox()
            spin.setRange(0, 24)
            fields.other(name, spin)
            spin.valueChanged.connect(lambda _v, n=name: self._edited(n))
            return fields.holders[name]
        if widget_kind == "weekdays":
            days = Weekdays()
            fields.other(name, days)
            days.toggled.connect(lambda n=name: self._edited(n))
            return fields.holders[name]
        raise ValueError(widget_kind)

    def _fill_choices(self) -> None:
        if "employer_id" in self.kinds:
            combo = self.fields.inputs["employer_id"]
            current = combo.currentData()
            combo.clear()
            combo.addItem(QCoreApplication.translate("ArrangementForm", "(choose)"), None)
            for choice in employer_choices():
                combo.addItem(f"{choice.name} ({choice.business_id})", choice.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        if "job_coach_id" in self.kinds:
            combo = self.fields.inputs["job_coach_id"]
            current = combo.currentData()
            combo.clear()
            combo.addItem(QCoreApplication.translate("ArrangementForm", "(nobody)"), None)
            for member in list_staff():
                combo.addItem(member.display_name, member.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    # -- texts ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        groups, labels = _labels()
        for name, box in self.groups.items():
            box.setTitle(groups.get(name, name))
        for name in self.kinds:
            text = labels.get(name, name)
            widget = self.fields.inputs[name]
            if isinstance(widget, QCheckBox):
                widget.setText(text)
                self.fields.label(name, "")
                widget.setAccessibleName(text.replace("&", ""))
            else:
                self.fields.label(name, text)
        for name, items in COMBOS.items():
            if name in self.kinds:
                self.fields.fill_combo(name, items())
        for name, kind in self.kinds.items():
            if kind == "weekdays":
                self.fields.inputs[name].retranslateUi()
        if "employer_id" in self.kinds:
            self.fields.inputs["employer_id"].setItemText(
                0, QCoreApplication.translate("ArrangementForm", "(choose)")
            )
        self._show_findings(show_all=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- values -----------------------------------------------------------------------------

    def set_data(self, data: Any, arrangement_id: int | None = None) -> None:
        self._loading = True
        try:
            for name, kind in self.kinds.items():
                value = getattr(data, name)
                widget = self.fields.inputs[name]
                if kind == "check":
                    widget.setChecked(bool(value))
                elif kind == "int":
                    widget.setValue(int(value or 0))
                elif kind == "weekdays":
                    widget.set_value(value)
                elif kind == "decimal":
                    widget.setText("" if value is None else _plain_number(value))
                elif kind in ("employer", "staff"):
                    widget.setCurrentIndex(max(widget.findData(value), 0))
                else:
                    self.fields.set_value(name, value)
        finally:
            self._loading = False
        self._loaded = data
        self.arrangement_id = arrangement_id
        self._touched.clear()
        self._update_enabled()
        self._show_findings(show_all=False)

    def parse_problems(self) -> list[Finding]:
        problems = self.fields.date_problems()
        for name, kind in self.kinds.items():
            if kind == "decimal":
                try:
                    parse_decimal(self.fields.inputs[name].text())
                except ValueError:
                    problems.append(Finding("number.format", name))
        return problems

    def data(self) -> Any:
        """The form as the arrangement's dataclass; unreadable values count as empty."""
        values = {}
        for name, kind in self.kinds.items():
            widget = self.fields.inputs[name]
            if kind == "check":
                values[name] = widget.isChecked()
            elif kind == "int" or kind == "weekdays":
                values[name] = widget.value()
            elif kind == "decimal":
                try:
                    values[name] = parse_decimal(widget.text())
                except ValueError:
                    values[name] = None
            elif kind == "date":
                values[name] = self.fields.date_value(name)
            elif kind in ("employer", "staff"):
                values[name] = widget.currentData()
            else:
                values[name] = self.fields.value(name) or ""
        return dataclasses.replace(self._loaded, **values)

    def is_dirty(self) -> bool:
        return bool(self.parse_problems()) or _normalised(self.data()) != _normalised(self._loaded)

    # -- findings ---------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._update_enabled()
        self._show_findings(show_all=False)
        self.changed.emit()

    def _update_enabled(self) -> None:
        data = self.data()
        if self.kind == "work_trial":
            self.fields.holders["employer_id"].setEnabled(data.organiser_kind == "employer")
            self.fields.holders["fund_name"].setEnabled(data.benefit_payer == "fund")
        elif self.kind == "wage_subsidy":
            for name in ("end", "long_term_unemployed_contract", "fixed_term_ground"):
                self.fields.holders[name].setEnabled(data.fixed_term)
            self.fields.holders["pay_basis_other"].setEnabled(data.pay_basis == "other")

    def findings(self) -> list[Finding]:
        try:
            checked = service.check_arrangement(
                self.kind, self.client_id, self.data(), self.arrangement_id
            )
        except Exception:  # a check must never break typing; saving checks again
            checked = []
        return self.parse_problems() + checked

    def _show_findings(self, show_all: bool, extra: list[Finding] | None = None) -> list[Finding]:
        findings = self.findings() + (extra or [])
        by_field: dict[str, Finding] = {}
        for finding in findings:
            current = by_field.get(finding.field)
            if current is None or (current.severity is Severity.WARNING and finding.blocks):
                by_field[finding.field] = finding
        for name, error in self.fields.errors.items():
            finding = by_field.get(name)
            show = finding is not None and (show_all or name in self._touched)
            message = supported_finding_text(finding, self.language) if show else ""
            error.setStyleSheet(
                WARNING_STYLE if finding and finding.severity is Severity.WARNING else ERROR_STYLE
            )
            holder = self.fields.holders[name]
            if isinstance(holder, CheckedLineEdit):
                holder.set_error(message)
            else:
                error.show_message(message)
        # Findings about no field of the form (eligibility, the logs) go on top.
        general = [
            supported_finding_text(f, self.language)
            for f in findings
            if f.field not in self.fields.errors and (show_all or f.blocks)
        ]
        self.general.setText("\n".join(dict.fromkeys(general)))
        self.general.setVisible(bool(general))
        return findings

    def show_all_findings(self, extra: list[Finding] | None = None) -> list[Finding]:
        return self._show_findings(show_all=True, extra=extra)

    def focus_first_error(self) -> None:
        for name in self.kinds:
            if self.fields.errors[name].text():
                self.fields.inputs[name].setFocus()
                return


def _plain_number(value: Decimal) -> str:
    text = format_number(value, "fi")
    return text.replace("\u00a0", " ")


def _normalised(data: Any) -> Any:
    return dataclasses.replace(
        data,
        **{
            f.name: getattr(data, f.name).strip()
            for f in dataclasses.fields(data)
            if isinstance(getattr(data, f.name), str)
        },
    )


def _labels() -> tuple[dict[str, str], dict[str, str]]:
    translate = QCoreApplication.translate

    def t(text: str) -> str:
        return translate("ArrangementForm", text)

    groups = {
        "organiser": t("Organiser and workplace"),
        "period": t("Period and working hours"),
        "content": t("Goals and tasks"),
        "authority": t("Employment authority and benefit"),
        "after": t("After the trial"),
        "employer": t("Employer and work"),
        "duration": t("Validity of the contract"),
        "pay": t("Pay and working time"),
        "decision": t("Wage subsidy decision"),
        "terms": t("Other terms"),
        "county": t("Wellbeing services county"),
        "plan": t("Activation plan"),
        "placement": t("Placement"),
    }
    labels = {
        "organiser_kind": t("Organiser:"),
        "employer_id": t("&Employer:"),
        "workplace": t("&Workplace:"),
        "workplace_address": t("Workplace address:"),
        "supervisor_name": t("&Supervisor:"),
        "supervisor_phone": t("Supervisor's phone:"),
        "supervisor_email": t("Supervisor's e-mail:"),
        "start": t("S&tart:"),
        "end": t("E&nd:"),
        "hours_per_day": t("&Hours a day:"),
        "daily_timing": t("Daily timing:"),
        "weekdays": t("Weekdays:"),
        "outside_commuting_area": t("Outside the commuting area (higher expense allowance)"),
        "goals": t("&Goals:"),
        "tasks": t("Tas&ks:"),
        "extra_terms": t("Other conditions:"),
        "authority_name": t("Employment &authority:"),
        "authority_contact": t("Authority's contact person:"),
        "authority_decision_date": t("Authority's decision:"),
        "plan_date": t("&Plan date:"),
        "plan_reference": t("Plan reference:"),
        "benefit_payer": t("Benefit paid by:"),
        "fund_name": t("Which fund:"),
        "assessment": t("Organiser's assessment:"),
        "language": t("Document language:"),
        "place_of_work": t("Place of &work:"),
        "duties": t("&Duties:"),
        "job_coach_id": t("Job coach:"),
        "trial_months": t("Trial period (months):"),
        "fixed_term": t("&Fixed-term contract"),
        "long_term_unemployed_contract": t("Fixed term under TSL 1:3 a (long-term unemployed)"),
        "fixed_term_ground": t("Ground for the fixed term:"),
        "pay_basis": t("Pay basis:"),
        "pay_basis_other": t("Other pay basis:"),
        "pay_amount": t("Pay at the start (€):"),
        "pay_period": t("Pay period:"),
        "pay_days": t("Pay days:"),
        "hours_per_week": t("Hours a week:"),
        "decision_number": t("Decision &number:"),
        "decision_date": t("Decision &date:"),
        "grantor": t("Granted by:"),
        "track": t("T&rack:"),
        "subsidy_percent": t("Subsidy (%):"),
        "monthly_cap": t("Monthly cap (€):"),
        "subsidy_start": t("Subsidy from:"),
        "subsidy_end": t("Subsidy until:"),
        "is_extension": t("Extension of an earlier subsidy"),
        "unemployment_condition_met": t("Unemployment condition of the track met"),
        "non_business_work": t("Work that is not business activity"),
        "working_time_percent": t("Working time (% of full time):"),
        "annual_leave": t("Annual leave:"),
        "notice_period": t("Notice period:"),
        "collective_agreement": t("Collective agreement:"),
        "insurance": t("Pension and accident insurance:"),
        "other_terms": t("Other terms:"),
        "county_name": t("&County:"),
        "county_contact": t("County's contact person:"),
        "goal": t("&Goal, description:"),
        "support": t("Support and &guidance:"),
        "other_services": t("Other services:"),
        "obligations": t("Other obligations:"),
        "evaluation_date": t("Evaluate by:"),
        "follow_up_date": t("Follow-up:"),
        "place": t("&Place:"),
        "place_address": t("Address of the place:"),
        "travel_cost_per_day": t("Travel costs a day (€):"),
    }
    return groups, labels
