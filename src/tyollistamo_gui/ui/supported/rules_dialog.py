"""The dated rules table of supported work: every limit with its values over time.

Everyone may read it; an administrator adds a new dated value (an amendment,
a raised allowance). Earlier values stay, so an arrangement that started
before the new date is still checked against the value of its time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import access
from ...domain.findings import Finding, ValidationFailed
from ...domain.legal_references import reference_text
from ...formatting import format_date, format_number
from ...services import session
from ...services import supported as service
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..widgets import DateField, FieldError, RememberingDialog, WrappingDelegate
from . import vocab
from .findings import supported_finding_text

SOURCE_COLUMN = 3


def rule_name(key: str) -> str:
    """The limit's name for people, e.g. "Work trial: days a week at most"."""
    translate = QCoreApplication.translate
    fixed = {
        "work_trial.max_months_total": translate(
            "SupportedRules", "Work trial: months in total per person at most"
        ),
        "work_trial.reset_unemployed_months": translate(
            "SupportedRules", "Work trial: months of unemployment after which the maximum restarts"
        ),
        "work_trial.reset_unemployed_months_young": translate(
            "SupportedRules",
            "Work trial: months of unemployment after which the maximum restarts, under the "
            "age limit",
        ),
        "work_trial.young_age_limit": translate(
            "SupportedRules", "Work trial: age limit of the shorter restart"
        ),
        "work_trial.min_hours_per_day": translate(
            "SupportedRules", "Work trial: hours a day at least"
        ),
        "work_trial.max_hours_per_day": translate(
            "SupportedRules", "Work trial: hours a day at most"
        ),
        "work_trial.max_days_per_week": translate(
            "SupportedRules", "Work trial: days a week at most"
        ),
        "work_trial.absence_run_days": translate(
            "SupportedRules", "Work trial: unauthorised absences in a row before interruption"
        ),
        "work_trial.expense_allowance": translate(
            "SupportedRules", "Work trial: expense allowance, € a day"
        ),
        "work_trial.expense_allowance_outside": translate(
            "SupportedRules", "Work trial: expense allowance outside the commuting area, € a day"
        ),
        "wage_subsidy.rehire_bar_years": translate(
            "SupportedRules", "Wage subsidy: years before the same employer again"
        ),
        "contract.max_trial_months": translate(
            "SupportedRules", "Employment contract: trial period in months at most"
        ),
        "contract.max_trial_share_percent": translate(
            "SupportedRules", "Employment contract: trial period at most, % of a fixed term"
        ),
        "contract.long_term_unemployed_months": translate(
            "SupportedRules",
            "Fixed term with a long-term unemployed person: months of unemployment before",
        ),
        "contract.long_term_max_months": translate(
            "SupportedRules", "Fixed term with a long-term unemployed person: months at most"
        ),
        "contract.long_term_max_contracts": translate(
            "SupportedRules", "Fixed term with a long-term unemployed person: contracts at most"
        ),
        "rehab.min_months": translate(
            "SupportedRules", "Rehabilitative work: period in months at least"
        ),
        "rehab.max_months": translate(
            "SupportedRules", "Rehabilitative work: period in months at most"
        ),
        "rehab.min_days_per_week": translate(
            "SupportedRules", "Rehabilitative work: days a week at least"
        ),
        "rehab.max_days_per_week": translate(
            "SupportedRules", "Rehabilitative work: days a week at most"
        ),
        "rehab.min_hours_per_day": translate(
            "SupportedRules", "Rehabilitative work: hours a day at least"
        ),
        "rehab.max_hours_per_day": translate(
            "SupportedRules", "Rehabilitative work: hours a day at most"
        ),
        "rehab.max_hours_per_week": translate(
            "SupportedRules", "Rehabilitative work: hours a week at most"
        ),
        "rehab.max_days_per_12_months": translate(
            "SupportedRules", "Rehabilitative work: days in 12 months at most"
        ),
        "rehab.activity_allowance": translate(
            "SupportedRules", "Rehabilitative work: activity allowance, € a day"
        ),
    }
    if key in fixed:
        return fixed[key]
    per_track = {
        "wage_subsidy.rate": translate("SupportedRules", "Wage subsidy (%1): rate, %"),
        "wage_subsidy.months": translate("SupportedRules", "Wage subsidy (%1): months"),
        "wage_subsidy.extension_months": translate(
            "SupportedRules", "Wage subsidy (%1): extension at a time, months"
        ),
        "wage_subsidy.cap": translate("SupportedRules", "Wage subsidy (%1): monthly cap, €"),
        "wage_subsidy.min_age": translate("SupportedRules", "Wage subsidy (%1): age at least"),
    }
    tracks = vocab.tracks()
    if key == "wage_subsidy.months.skills_long":
        return translate(
            "SupportedRules", "Wage subsidy (%1): months after long unemployment"
        ).replace("%1", tracks["skills"])
    if key == "wage_subsidy.max_working_time_percent":
        return translate(
            "SupportedRules", "Wage subsidy (%1): working time at most, % of the sector's maximum"
        ).replace("%1", tracks["association"])
    prefix, _, track = key.rpartition(".")
    if prefix in per_track and track in tracks:
        return per_track[prefix].replace("%1", tracks[track])
    return key


def rule_value(value: Decimal | int, language: str) -> str:
    """A whole-number limit as it is; an amount (a Decimal) with its two decimals."""
    if isinstance(value, Decimal):
        return format_number(value.quantize(Decimal("0.01")), language, decimals=2)
    return format_number(value, language)


class RulesDialog(RememberingDialog):
    """The rules table and, for an administrator, a form to add a dated value."""

    added = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "supported_rules", parent)
        self.setObjectName("RulesDialog")
        self.context = context
        self.can_edit = session.has(access.UNIT_SETTINGS)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("rulesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(WrappingDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_a: self._take_selected())
        # Wrapped limit names need their rows re-measured once the columns have their widths.
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())

        self.box = QGroupBox(self)
        self.key = QComboBox(self.box)
        self.key.setObjectName("ruleKey")
        self.key_error = FieldError(self.box)
        self.value = QLineEdit(self.box)
        self.value.setObjectName("ruleValue")
        self.value_error = FieldError(self.box)
        self.valid_from = DateField(self.box)
        self.valid_from.setObjectName("ruleValidFrom")
        self.source = QLineEdit(self.box)
        self.source.setObjectName("ruleSource")
        self.source_error = FieldError(self.box)
        self.verified = QCheckBox(self.box)
        self.verified.setObjectName("ruleVerified")
        self.verified.setChecked(True)
        self.note = QLineEdit(self.box)
        self.note.setObjectName("ruleNote")
        self.add_button = QPushButton(self.box)
        self.add_button.setObjectName("addRule")
        self.add_button.clicked.connect(self.add)
        self.status = QLabel(self.box)
        self.status.setObjectName("ruleStatus")
        self.status.setWordWrap(True)
        self.labels = {
            name: QLabel(self.box) for name in ("key", "value", "from", "source", "note")
        }
        for name, widget in (
            ("key", self.key),
            ("value", self.value),
            ("from", self.valid_from.edit),
            ("source", self.source),
            ("note", self.note),
        ):
            self.labels[name].setBuddy(widget)
        form = QFormLayout(self.box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.labels["key"], self._stacked(self.key, self.key_error))
        form.addRow(self.labels["value"], self._stacked(self.value, self.value_error))
        form.addRow(self.labels["from"], self.valid_from)
        form.addRow(self.labels["source"], self._stacked(self.source, self.source_error))
        form.addRow("", self.verified)
        form.addRow(self.labels["note"], self.note)
        form.addRow("", self.add_button)
        form.addRow(self.status)
        self.box.setEnabled(self.can_edit)
        self.not_allowed = QLabel(self)
        self.not_allowed.setObjectName("rulesReadOnly")
        self.not_allowed.setWordWrap(True)
        self.not_allowed.setVisible(not self.can_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.not_allowed)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.resize(940, 720)
        self.restore_geometry()
        self.retranslateUi()
        self.reload()

    @staticmethod
    def _stacked(field: QWidget, error: FieldError) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return holder

    def reload(self) -> None:
        language = self.context.language
        rows = service.rule_table()
        self.rows = rows
        self.table.setRowCount(len(rows))
        yes, no = self.tr("yes"), self.tr("no (warns only)")
        for index, row in enumerate(rows):
            origin = self.tr("unit's own") if row.own else self.tr("built-in")
            # A built-in row cites the law in the user's language; the unit's own text
            # is shown as typed.
            source = reference_text(row.source, language, as_typed=row.own)
            values = (
                rule_name(row.key),
                rule_value(row.value, language),
                format_date(row.valid_from, language),
                f"{source} ({origin})",
                yes if row.verified else no,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.key)
                if not row.in_force:
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                if column == 0 and row.note:
                    item.setToolTip(row.note)
                if column == SOURCE_COLUMN and not row.own:
                    # The laws by name, for those who do not know them by number.
                    item.setToolTip(reference_text(row.source, language, named=True))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()

    def _take_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None and self.can_edit:
            self.key.setCurrentIndex(max(self.key.findData(item.data(Qt.ItemDataRole.UserRole)), 0))

    def _show(self, findings: list[Finding]) -> None:
        language = self.context.language
        by_field: dict[str, str] = {}
        for finding in findings:
            by_field.setdefault(finding.field, supported_finding_text(finding, language))
        self.key_error.show_message(by_field.get("key", ""))
        self.value_error.show_message(by_field.get("value", ""))
        self.valid_from.set_error(by_field.get("valid_from", ""))
        self.source_error.show_message(by_field.get("source", ""))

    def add(self) -> bool:
        """Add the dated value; problems are shown next to the fields and nothing is stored."""
        self.status.clear()
        try:
            valid_from = self.valid_from.date()
        except ValueError:
            self._show(
                service.check_rule(self.key.currentData(), self.value.text(), dt.date.min, "x")
            )
            self.valid_from.set_error(self.tr("Write the date as day.month.year, e.g. 3.12.2026."))
            return False
        try:
            rule = service.add_rule(
                self.key.currentData(),
                self.value.text(),
                valid_from,
                self.source.text(),
                self.verified.isChecked(),
                self.note.text(),
            )
        except ValidationFailed as failed:
            self._show(failed.findings)
            return False
        except session.AccessDenied:
            self.status.setText(self.tr("Only an administrator can add values to the rules."))
            return False
        except DatabaseUnavailable:
            self.status.setText(self.tr("The database is not available; nothing was saved."))
            return False
        self._show([])
        language = self.context.language
        self.status.setText(
            self.tr("Added: %1 is %2 from %3.")
            .replace("%1", rule_name(rule.key))
            .replace("%2", rule_value(rule.value, language))
            .replace("%3", format_date(rule.valid_from, language))
        )
        self.value.clear()
        self.note.clear()
        self.reload()
        self.added.emit()
        return True

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Rules of supported work"))
        self.intro.setText(
            self.tr(
                "The limits the agreements are checked against, each with the date from which "
                "it applies and its source. Values not in force today are grey. A new value "
                "applies from its date; earlier arrangements keep the value of their time. A "
                "value not verified from the statute gives warnings, never errors."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Limit"),
                self.tr("Value"),
                self.tr("Valid from"),
                self.tr("Source"),
                self.tr("Verified"),
            ]
        )
        self.box.setTitle(self.tr("Add a dated value"))
        current = self.key.currentData()
        self.key.clear()
        for key in sorted(
            {r.key for r in service.list_rules()}, key=lambda k: rule_name(k).casefold()
        ):
            self.key.addItem(rule_name(key), key)
        self.key.setCurrentIndex(max(self.key.findData(current), 0))
        self.labels["key"].setText(self.tr("&Limit:"))
        self.labels["value"].setText(self.tr("&Value:"))
        self.labels["from"].setText(self.tr("Valid &from:"))
        self.labels["source"].setText(self.tr("&Source:"))
        self.labels["note"].setText(self.tr("N&ote:"))
        self.value.setPlaceholderText(self.tr("e.g. 10,50"))
        self.source.setPlaceholderText(self.tr("e.g. 380/2023 104 § as amended by 123/2026"))
        self.verified.setText(self.tr("&Verified from the statute (else it only warns)"))
        self.add_button.setText(self.tr("&Add the value"))
        self.not_allowed.setText(
            self.tr("Only an administrator can add values; you can read the table.")
        )
        if hasattr(self, "rows"):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
