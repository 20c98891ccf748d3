"""The form of one arrangement: fields in groups, each with its findings right below it."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import supported as domain
from ...domain.findings import Finding, Severity
from ...formatting import format_date, format_number
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
                ("plan_date", "date"),
                ("plan_reference", "line"),
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
        # Where the values came from: the employment plan (a note in each group it filled),
        # and how the plan a saved agreement refers to has changed since.
        self.plan_source: Any = None  # services.supported_plan.Prefill of a new form
        self.plan_status: Any = None  # services.supported_plan.PlanStatus of a saved one
        self.plan_draft = False  # a new one whose client's plan is not agreed yet
        self.plan_notes: dict[str, QLabel] = {}
        self.plan_changed = QLabel(self)
        self.plan_changed.setObjectName("planChanged")
        self.plan_changed.setWordWrap(True)
        self.plan_changed.setStyleSheet("color: #8a5300;")
        self.take_plan = QPushButton(self)
        self.take_plan.setObjectName("takePlanValues")
        self.take_plan.clicked.connect(self.take_plan_values)
        self.plan_changed_row = QWidget(self)
        changed_row = QHBoxLayout(self.plan_changed_row)
        changed_row.setContentsMargins(0, 0, 0, 0)
        changed_row.addWidget(self.plan_changed, 1)
        changed_row.addWidget(self.take_plan)
        self.plan_changed_row.hide()

        # Two columns of groups, each stacked on its own: a group is as tall as its
        # fields, so no empty band opens inside a shorter group beside a taller one.
        columns = (QVBoxLayout(), QVBoxLayout())
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
            note = QLabel(box)
            note.setObjectName(f"planNote_{group}")
            note.setWordWrap(True)
            note.setStyleSheet("color: #505050; font-style: italic;")
            note.hide()
            form.addRow(note)
            self.plan_notes[group] = note
            self.groups[group] = box
            columns[index // half].addWidget(box)
        grid = QHBoxLayout()
        for column in columns:
            column.addStretch(1)
            grid.addLayout(column, 1)
        for first, second in zip(self.tab_chain, self.tab_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        outer = QVBoxLayout(self)
        outer.addWidget(self.general)
        outer.addWidget(self.plan_changed_row)
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
        self._show_plan_texts()
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

    # -- the employment plan ----------------------------------------------------------------

    def set_plan_source(self, prefill: Any) -> None:
        """A new arrangement filled from the plan: its values, and a note in each group."""
        self.plan_source = prefill if prefill is not None and prefill.filled else None
        self.plan_status = None
        self.plan_draft = prefill is not None and prefill.draft_process_id is not None
        if prefill is not None:
            self.set_data(prefill.data)
        self._show_plan_texts()

    def set_plan_status(self, status: Any) -> None:
        """A saved arrangement linked to a plan: say so, and what has changed in the plan since."""
        self.plan_source = None
        self.plan_status = status
        self.plan_draft = False
        self._show_plan_texts()

    def _groups_of(self, names) -> list[str]:
        wanted = set(names)
        return [group for group, rows in LAYOUTS[self.kind] if wanted & {n for n, _k in rows}]

    def _show_plan_texts(self) -> None:
        translate = QCoreApplication.translate
        for note in self.plan_notes.values():
            note.hide()
        self.plan_changed_row.hide()
        language = self.language
        source, status = self.plan_source, self.plan_status
        if source is not None:
            text = (
                translate(
                    "ArrangementForm",
                    "Filled from the employment plan of %1 (%2); you can change the values.",
                )
                .replace("%1", format_date(source.plan_date, language))
                .replace("%2", source.plan_reference)
            )
            for group in self._groups_of(source.filled):
                self.plan_notes[group].setText(text)
                self.plan_notes[group].show()
        elif status is not None and status.plan_date is not None:
            text = (
                translate("ArrangementForm", "Refers to the employment plan of %1 (%2).")
                .replace("%1", format_date(status.plan_date, language))
                .replace("%2", status.plan_reference)
            )
            # Rehabilitative work's plan fields are its activation plan: the employment
            # plan gave only the period.
            anchor = "start" if self.kind == "rehab_work" else "plan_date"
            for group in self._groups_of([anchor]):
                self.plan_notes[group].setText(text)
                self.plan_notes[group].show()
        if self.plan_draft and source is None and self.kind != "rehab_work":
            self.plan_changed.setText(
                translate(
                    "ArrangementForm",
                    "The client's employment plan is still a draft in the guidance process, "
                    "so nothing was filled from it. Agree on the plan first, or type the "
                    "plan's details here.",
                )
            )
            self.take_plan.hide()
            self.plan_changed_row.show()
        if status is None:
            return
        if status.plan_date is None or not status.agreed:
            self.plan_changed.setText(
                translate(
                    "ArrangementForm",
                    "The employment plan this agreement refers to is not agreed at the moment "
                    "(it is being rewritten in the guidance process). The agreement keeps its "
                    "values.",
                )
            )
            self.take_plan.hide()
            self.plan_changed_row.show()
        elif status.differences:
            self.plan_changed.setText(
                translate(
                    "ArrangementForm",
                    "The employment plan has changed since this agreement was written: it is "
                    "now dated %1 (%2). The agreement keeps its own values until you take the "
                    "new ones and save.",
                )
                .replace("%1", format_date(status.plan_date, language))
                .replace("%2", status.plan_reference)
            )
            self.take_plan.setText(translate("ArrangementForm", "&Use the plan's date and number"))
            self.take_plan.show()
            self.plan_changed_row.show()

    def take_plan_values(self) -> None:
        """Put the plan's current date and number into the form (saved only with Save)."""
        status = self.plan_status
        if status is None or status.plan_date is None:
            return
        self.fields.set_value("plan_date", status.plan_date)
        self.fields.set_value("plan_reference", status.plan_reference)
        self.plan_changed_row.hide()
        for name in ("plan_date", "plan_reference"):
            self._edited(name)

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

    groups = {
        "organiser": translate("ArrangementForm", "Organiser and workplace"),
        "period": translate("ArrangementForm", "Period and working hours"),
        "content": translate("ArrangementForm", "Goals and tasks"),
        "authority": translate("ArrangementForm", "Employment authority and benefit"),
        "after": translate("ArrangementForm", "After the trial"),
        "employer": translate("ArrangementForm", "Employer and work"),
        "duration": translate("ArrangementForm", "Validity of the contract"),
        "pay": translate("ArrangementForm", "Pay and working time"),
        "decision": translate("ArrangementForm", "Wage subsidy decision"),
        "terms": translate("ArrangementForm", "Other terms"),
        "county": translate("ArrangementForm", "Wellbeing services county"),
        "plan": translate("ArrangementForm", "Activation plan"),
        "placement": translate("ArrangementForm", "Placement"),
    }
    labels = {
        "organiser_kind": translate("ArrangementForm", "Organiser:"),
        "employer_id": translate("ArrangementForm", "&Employer:"),
        "workplace": translate("ArrangementForm", "&Workplace:"),
        "workplace_address": translate("ArrangementForm", "Workplace address:"),
        "supervisor_name": translate("ArrangementForm", "&Supervisor:"),
        "supervisor_phone": translate("ArrangementForm", "Supervisor's phone:"),
        "supervisor_email": translate("ArrangementForm", "Supervisor's e-mail:"),
        "start": translate("ArrangementForm", "S&tart:"),
        "end": translate("ArrangementForm", "E&nd:"),
        "hours_per_day": translate("ArrangementForm", "&Hours a day:"),
        "daily_timing": translate("ArrangementForm", "Daily timing:"),
        "weekdays": translate("ArrangementForm", "Weekdays:"),
        "outside_commuting_area": translate(
            "ArrangementForm", "Outside the commuting area (higher expense allowance)"
        ),
        "goals": translate("ArrangementForm", "&Goals:"),
        "tasks": translate("ArrangementForm", "Tas&ks:"),
        "extra_terms": translate("ArrangementForm", "Other conditions:"),
        "authority_name": translate("ArrangementForm", "Employment &authority:"),
        "authority_contact": translate("ArrangementForm", "Authority's contact person:"),
        "authority_decision_date": translate("ArrangementForm", "Authority's decision:"),
        "plan_date": translate("ArrangementForm", "&Plan date:"),
        "plan_reference": translate("ArrangementForm", "Plan reference:"),
        "benefit_payer": translate("ArrangementForm", "Benefit paid by:"),
        "fund_name": translate("ArrangementForm", "Which fund:"),
        "assessment": translate("ArrangementForm", "Organiser's assessment:"),
        "language": translate("ArrangementForm", "Document language:"),
        "place_of_work": translate("ArrangementForm", "Place of &work:"),
        "duties": translate("ArrangementForm", "&Duties:"),
        "job_coach_id": translate("ArrangementForm", "Job coach:"),
        "trial_months": translate("ArrangementForm", "Trial period (months):"),
        "fixed_term": translate("ArrangementForm", "&Fixed-term contract"),
        "long_term_unemployed_contract": translate(
            "ArrangementForm",
            "Fixed term for a long-term unemployed person (Employment Contracts Act 1:3 a)",
        ),
        "fixed_term_ground": translate("ArrangementForm", "Ground for the fixed term:"),
        "pay_basis": translate("ArrangementForm", "Pay basis:"),
        "pay_basis_other": translate("ArrangementForm", "Other pay basis:"),
        "pay_amount": translate("ArrangementForm", "Pay at the start (€):"),
        "pay_period": translate("ArrangementForm", "Pay period:"),
        "pay_days": translate("ArrangementForm", "Pay days:"),
        "hours_per_week": translate("ArrangementForm", "Hours a week:"),
        "decision_number": translate("ArrangementForm", "Decision &number:"),
        "decision_date": translate("ArrangementForm", "Decision &date:"),
        "grantor": translate("ArrangementForm", "Granted by:"),
        "track": translate("ArrangementForm", "T&rack:"),
        "subsidy_percent": translate("ArrangementForm", "Subsidy (%):"),
        "monthly_cap": translate("ArrangementForm", "Monthly cap (€):"),
        "subsidy_start": translate("ArrangementForm", "Subsidy from:"),
        "subsidy_end": translate("ArrangementForm", "Subsidy until:"),
        "is_extension": translate("ArrangementForm", "Extension of an earlier subsidy"),
        "unemployment_condition_met": translate(
            "ArrangementForm", "Unemployment condition of the track met"
        ),
        "non_business_work": translate("ArrangementForm", "Work that is not business activity"),
        "working_time_percent": translate("ArrangementForm", "Working time (% of full time):"),
        "annual_leave": translate("ArrangementForm", "Annual leave:"),
        "notice_period": translate("ArrangementForm", "Notice period:"),
        "collective_agreement": translate("ArrangementForm", "Collective agreement:"),
        "insurance": translate("ArrangementForm", "Pension and accident insurance:"),
        "other_terms": translate("ArrangementForm", "Other terms:"),
        "county_name": translate("ArrangementForm", "&County:"),
        "county_contact": translate("ArrangementForm", "County's contact person:"),
        "goal": translate("ArrangementForm", "&Goal, description:"),
        "support": translate("ArrangementForm", "Support and &guidance:"),
        "other_services": translate("ArrangementForm", "Other services:"),
        "obligations": translate("ArrangementForm", "Other obligations:"),
        "evaluation_date": translate("ArrangementForm", "Evaluate by:"),
        "follow_up_date": translate("ArrangementForm", "Follow-up:"),
        "place": translate("ArrangementForm", "&Place:"),
        "place_address": translate("ArrangementForm", "Address of the place:"),
        "travel_cost_per_day": translate("ArrangementForm", "Travel costs a day (€):"),
    }
    return groups, labels
