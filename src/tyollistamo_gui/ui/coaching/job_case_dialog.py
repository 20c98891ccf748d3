"""A job-coaching case: the job, the task log with time per kind, and the skills assessments."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import coaching as rules
from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...formatting import format_date
from ...services import coaching as service
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..fieldset import FieldSet
from ..widgets import FieldError, RememberingDialog
from . import vocab
from .common import (
    ClientChooser,
    combo_choice,
    fill_employers,
    fill_staff,
    fill_table,
    read_only_table,
    tell_changed,
    tell_unavailable,
)

CASE_LINES = ("job_title", "working_hours", "wage_subsidy_reference")
CASE_DATES = ("starts_on", "employment_started_on", "ends_on")


def _form(box: QWidget) -> QFormLayout:
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class JobCaseDialog(RememberingDialog):
    """Opened from the Coaching page or the client card; ``saved`` tells them to refresh."""

    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        case_id: int | None = None,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(context.settings, "job_case", parent)
        self.setObjectName("JobCaseDialog")
        self.context = context
        self.record: service.JobCaseRecord | None = None
        self.client_id = client_id
        self.tabs = QTabWidget(self)
        self._build_case()
        self._build_log()
        self._build_skills()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(1000, 720)
        self.restore_geometry()
        self.retranslateUi()
        if case_id is not None:
            self.load(case_id)
        else:
            self._set_case(service.JobCaseData(coach_id=context.current_staff_id()))
            self._update_title()

    # -- the case ---------------------------------------------------------------------------

    def _build_case(self) -> None:
        page = QWidget(self)
        self.case_fields = f = FieldSet(page)
        self.chooser = ClientChooser()
        f.other("client_id", self.chooser)
        f.combo("employer_id")
        f.combo("coach_id")
        for name in CASE_LINES:
            f.line(name)
        for name in CASE_DATES:
            f.date(name)
        f.text("tasks")
        f.text("notes")
        self.employment_begun = QCheckBox()
        f.other("employment_begun", self.employment_begun)
        self.employment_begun.toggled.connect(self._update_enabled)
        self.job_box = QGroupBox(page)
        form = _form(self.job_box)
        self.case_order = (
            "client_id",
            "employer_id",
            "job_title",
            "tasks",
            "starts_on",
            "working_hours",
            "coach_id",
        )
        for name in self.case_order:
            form.addRow(f.label(name, ""), f.holders[name])
        self.employment_box = QGroupBox(page)
        form = _form(self.employment_box)
        for name in (
            "employment_begun",
            "employment_started_on",
            "wage_subsidy_reference",
            "ends_on",
            "notes",
        ):
            form.addRow(f.label(name, ""), f.holders[name])
        self.contracts_label = QLabel(self.employment_box)
        self.contracts_label.setObjectName("wage_subsidy_contracts")
        self.contracts_label.setWordWrap(True)
        form.addRow("", self.contracts_label)
        self.save_case_button = QPushButton(page)
        self.save_case_button.setObjectName("save_case")
        self.save_case_button.clicked.connect(self.save_case)
        grid = QGridLayout(page)
        grid.addWidget(self.job_box, 0, 0)
        grid.addWidget(self.employment_box, 0, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_case_button)
        grid.addLayout(row, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.tabs.addTab(page, "")

    def _update_enabled(self) -> None:
        begun = self.employment_begun.isChecked()
        self.case_fields.holders["employment_started_on"].setEnabled(begun)

    def case_data(self) -> service.JobCaseData:
        f = self.case_fields
        client_id = self.record.data.client_id if self.record else self.client_id
        if client_id is None:
            client_id = self.chooser.client_id
        return service.JobCaseData(
            client_id=client_id,
            employer_id=combo_choice(f.inputs["employer_id"]),
            coach_id=f.value("coach_id"),
            job_title=f.value("job_title"),
            tasks=f.value("tasks"),
            starts_on=f.date_value("starts_on"),
            working_hours=f.value("working_hours"),
            employment_begun=self.employment_begun.isChecked(),
            employment_started_on=f.date_value("employment_started_on"),
            wage_subsidy_reference=f.value("wage_subsidy_reference"),
            ends_on=f.date_value("ends_on"),
            notes=f.value("notes"),
        )

    def _set_case(self, data: service.JobCaseData) -> None:
        f = self.case_fields
        fill_employers(f.inputs["employer_id"], data.employer_id)
        fill_staff(f.inputs["coach_id"], data.coach_id)
        for name in (*CASE_LINES, *CASE_DATES, "tasks", "notes"):
            f.set_value(name, getattr(data, name))
        self.employment_begun.setChecked(data.employment_begun)
        self._update_enabled()

    def save_case(self) -> bool:
        data = self.case_data()
        findings = self.case_fields.date_problems() + service.check_case(data)
        if findings:
            self.case_fields.focus_first_error(findings)
            return False
        try:
            if self.record is None:
                record = service.create_case(data, self.context.actor_name())
            else:
                record = service.update_case(
                    self.record.id, self.record.version, data, self.context.actor_name()
                )
        except ValidationFailed as failed:
            self.case_fields.focus_first_error(failed.findings)
            return False
        except ConcurrentEdit:
            tell_changed(self)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self.case_fields.show([])
        self.record = record
        self._refresh()
        self.saved.emit(record.id)
        return True

    def load(self, case_id: int) -> None:
        self.record = service.get_case(case_id)
        self._refresh()

    def _refresh(self) -> None:
        record = self.record
        self._set_case(record.data)
        self.chooser.setText(record.client_name)
        self.chooser.setEnabled(False)
        self._fill_contracts()
        self._fill_log()
        self._fill_skills()
        self._update_title()

    def _fill_contracts(self) -> None:
        if self.record is None:
            self.contracts_label.setText("")
            return
        language = self.context.language
        contracts = service.wage_subsidised_contracts(self.record.id)
        if not contracts:
            self.contracts_label.setText(
                self.tr("No wage-subsidised contract with this employer in Supported work.")
            )
            return
        lines = [
            self.tr("Wage-subsidised contract in Supported work: %1, %2 – %3")
            .replace("%1", c.title or "—")
            .replace("%2", format_date(c.started_on, language))
            .replace("%3", format_date(c.ended_on, language))
            for c in contracts
        ]
        self.contracts_label.setText("\n".join(lines))

    # -- the task log -----------------------------------------------------------------------

    def _build_log(self) -> None:
        page = QWidget(self)
        self.entry_fields = f = FieldSet(page)
        f.date("on_date")
        f.line("minutes")
        f.combo("kind")
        f.line("participants")
        f.text("entry_notes", lines=2)
        f.text("next_step", lines=2)
        f.date("next_step_on")
        self.entry_box = QGroupBox(page)
        grid = QGridLayout(self.entry_box)
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("on_date", "minutes", "kind", "participants"):
            left.addRow(f.label(name, ""), f.holders[name])
        for name in ("entry_notes", "next_step", "next_step_on"):
            right.addRow(f.label(name, ""), f.holders[name])
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        self.add_entry_button = QPushButton(self.entry_box)
        self.add_entry_button.setObjectName("add_entry")
        self.add_entry_button.clicked.connect(self.add_entry)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_entry_button)
        grid.addLayout(row, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.entries = read_only_table(page, 6, "entries")
        self.sums_box = QGroupBox(page)
        self.sums = read_only_table(self.sums_box, 2, "sums")
        self.sums.setWordWrap(True)
        sums_header = self.sums.horizontalHeader()
        sums_header.setStretchLastSection(False)
        sums_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        sums_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sums.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.next_step_label = QLabel(self.sums_box)
        self.next_step_label.setObjectName("next_step_label")
        self.next_step_label.setWordWrap(True)
        column = QVBoxLayout(self.sums_box)
        column.addWidget(self.sums)
        column.addWidget(self.next_step_label)
        lower = QHBoxLayout()
        lower.addWidget(self.entries, 3)
        lower.addWidget(self.sums_box, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.entry_box)
        layout.addLayout(lower, 1)
        self.tabs.addTab(page, "")

    def entry_data(self) -> tuple[service.EntryData, list[Finding]]:
        f = self.entry_fields
        problems = f.date_problems()
        try:
            minutes = rules.parse_duration(f.value("minutes"))
        except ValueError:
            minutes = None
            problems.append(Finding("duration.format", "minutes"))
        data = service.EntryData(
            on_date=f.date_value("on_date"),
            minutes=minutes,
            kind=f.value("kind"),
            participants=f.value("participants"),
            notes=f.value("entry_notes"),
            next_step=f.value("next_step"),
            next_step_on=f.date_value("next_step_on"),
        )
        return data, problems

    def add_entry(self) -> bool:
        if self.record is None:
            return False
        data, problems = self.entry_data()
        findings = problems or service.check_entry(data, self.record.data.starts_on)
        if findings:
            self.entry_fields.focus_first_error(_entry_fields(findings))
            return False
        try:
            service.add_entry(self.record.id, data, self.context.actor_name())
        except ValidationFailed as failed:
            self.entry_fields.focus_first_error(_entry_fields(failed.findings))
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f = self.entry_fields
        f.show([])
        for name in ("minutes", "participants", "entry_notes", "next_step", "next_step_on"):
            f.set_value(name, None)
        self._fill_log()
        self.saved.emit(self.record.id)
        f.inputs["on_date"].setFocus()
        return True

    def _fill_log(self) -> None:
        if self.record is None:
            return
        language = self.context.language
        kinds = vocab.task_kinds()
        entries = service.list_entries(self.record.id)
        fill_table(
            self.entries,
            [
                (
                    format_date(e.data.on_date, language),
                    rules.format_duration(e.data.minutes),
                    kinds.get(e.data.kind, e.data.kind),
                    e.data.participants,
                    e.data.notes,
                    _step(e.data.next_step, e.data.next_step_on, language),
                )
                for e in entries
            ],
            [e.id for e in entries],
        )
        totals = service.time_per_kind(self.record.id)
        rows = [(kinds[k], rules.format_duration(m)) for k, m in totals.items()]
        rows.append((self.tr("Total"), rules.format_duration(sum(totals.values()))))
        fill_table(self.sums, rows, [*totals, ""])
        for row in range(self.sums.rowCount()):
            self.sums.item(row, 1).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        step = service.next_step(self.record.id)
        if step is None:
            self.next_step_label.setText(self.tr("Next step: none agreed yet."))
        else:
            self.next_step_label.setText(
                self.tr("Next step: %1").replace("%1", _step(step[0], step[1], language))
            )

    # -- skills -----------------------------------------------------------------------------

    def _build_skills(self) -> None:
        page = QWidget(self)
        self.assessment_box = QGroupBox(page)
        self.skill_fields = f = FieldSet(self.assessment_box)
        f.date("assessment_on")
        self.with_employer = QCheckBox()
        f.other("with_employer", self.with_employer)
        f.line("assessment_comment")
        self.ratings = read_only_table(self.assessment_box, 3, "ratings")
        self.ratings.setEditTriggers(
            self.ratings.EditTrigger.DoubleClicked
            | self.ratings.EditTrigger.EditKeyPressed
            | self.ratings.EditTrigger.AnyKeyPressed
        )
        self.ratings.setTabKeyNavigation(True)
        ratings_header = self.ratings.horizontalHeader()
        ratings_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ratings_header.setMinimumSectionSize(120)
        self.ratings_error = FieldError(self.assessment_box)
        self.save_assessment_button = QPushButton(self.assessment_box)
        self.save_assessment_button.setObjectName("save_assessment")
        self.save_assessment_button.clicked.connect(self.save_assessment)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("assessment_on", "with_employer", "assessment_comment"):
            form.addRow(f.label(name, ""), f.holders[name])
        column = QVBoxLayout(self.assessment_box)
        column.addLayout(form)
        column.addWidget(self.ratings, 1)
        column.addWidget(self.ratings_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_assessment_button)
        column.addLayout(row)
        self.history_box = QGroupBox(page)
        self.history = read_only_table(self.history_box, 1, "skill_history")
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setStretchLastSection(False)
        column = QVBoxLayout(self.history_box)
        column.addWidget(self.history)
        layout = QHBoxLayout(page)
        layout.addWidget(self.assessment_box, 1)
        layout.addWidget(self.history_box, 1)
        self.tabs.addTab(page, "")

    def _fill_skills(self) -> None:
        if self.record is None:
            return
        skills = service.list_skills()
        scale = vocab.scale()
        self.ratings.setRowCount(len(skills))
        for row, skill in enumerate(skills):
            item = QTableWidgetItem(vocab.skill_name(skill.key, skill.name))
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.ratings.setItem(row, 0, item)
            combo = QComboBox(self.ratings)
            combo.addItem(self.tr("(not assessed)"), None)
            for score, text in scale.items():
                combo.addItem(text, score)
            self.ratings.setCellWidget(row, 1, combo)
            self.ratings.setItem(row, 2, QTableWidgetItem(""))
        # The change over time: skills down, assessments across, first → latest at the end.
        done = service.assessments(self.record.id)
        all_skills = {s.id: vocab.skill_name(s.key, s.name) for s in service.list_skills(True)}
        used = [s for s in all_skills if any(r.skill_id == s for a in done for r in a.ratings)]
        language = self.context.language
        headers = [self.tr("Skill")]
        for a in done:
            label = format_date(a.on_date, language)
            if a.with_employer:
                label += "\n" + self.tr("with employer")
            headers.append(label)
        headers.append(self.tr("Change"))
        self.history.setColumnCount(len(headers))
        self.history.setHorizontalHeaderLabels(headers)
        change = service.skill_change(self.record.id)
        rows = []
        for skill_id in used:
            scores = {a.id: str(r.score) for a in done for r in a.ratings if r.skill_id == skill_id}
            first, last = change[skill_id]
            rows.append(
                [
                    all_skills[skill_id],
                    *(scores.get(a.id, "") for a in done),
                    f"{last - first:+d}" if last != first else "±0",
                ]
            )
        fill_table(self.history, rows, used)

    def rating_rows(self) -> list[service.Rating]:
        ratings = []
        for row in range(self.ratings.rowCount()):
            score = self.ratings.cellWidget(row, 1).currentData()
            if score is None:
                continue
            skill_id = self.ratings.item(row, 0).data(Qt.ItemDataRole.UserRole)
            comment = self.ratings.item(row, 2).text() if self.ratings.item(row, 2) else ""
            ratings.append(service.Rating(skill_id, score, comment))
        return ratings

    def save_assessment(self) -> bool:
        if self.record is None:
            return False
        f = self.skill_fields
        problems = f.date_problems()
        if problems:
            f.focus_first_error(problems)
            return False
        try:
            service.record_assessment(
                self.record.id,
                f.date_value("assessment_on"),
                self.rating_rows(),
                self.with_employer.isChecked(),
                f.value("assessment_comment"),
                self.context.actor_name(),
            )
        except ValidationFailed as failed:
            renamed = [
                dataclasses.replace(x, field="assessment_on") if x.field == "on_date" else x
                for x in failed.findings
            ]
            f.focus_first_error(renamed)
            from ..messages import finding_text

            self.ratings_error.show_message(
                "\n".join(finding_text(x) for x in renamed if x.field not in f.inputs)
            )
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f.show([])
        self.ratings_error.show_message("")
        f.set_value("assessment_comment", "")
        self._fill_skills()
        self.saved.emit(self.record.id)
        return True

    # -- texts ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New job-coaching case"))
        else:
            self.setWindowTitle(
                self.tr("Job coaching: %1, %2")
                .replace("%1", self.record.client_name)
                .replace("%2", self.record.employer_name)
            )
        for index in (1, 2):
            self.tabs.setTabEnabled(index, self.record is not None)
        self.chooser.setEnabled(self.record is None and self.client_id is None)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Case"))
        self.tabs.setTabText(1, self.tr("&Task log"))
        self.tabs.setTabText(2, self.tr("&Work-coping skills"))
        self.job_box.setTitle(self.tr("The job"))
        self.employment_box.setTitle(self.tr("Employment"))
        labels = {
            "client_id": self.tr("C&lient:"),
            "employer_id": self.tr("&Employer:"),
            "job_title": self.tr("&Job title:"),
            "tasks": self.tr("Tas&ks:"),
            "starts_on": self.tr("&Starts on:"),
            "working_hours": self.tr("Working ho&urs:"),
            "coach_id": self.tr("Coac&h:"),
            "employment_begun": self.tr("Employment relationship:"),
            "employment_started_on": self.tr("Employment began on:"),
            "wage_subsidy_reference": self.tr("Wage-subsidised contract:"),
            "ends_on": self.tr("Case e&nds on:"),
            "notes": self.tr("N&otes:"),
        }
        for name, text in labels.items():
            self.case_fields.label(name, text)
        self.employment_begun.setText(self.tr("The employment relationship has begun"))
        self.case_fields.inputs["wage_subsidy_reference"].setPlaceholderText(
            self.tr("e.g. the contract's document number")
        )
        self.case_fields.inputs["working_hours"].setPlaceholderText(
            self.tr("e.g. 6 h a day, Mon–Fri 8–14")
        )
        self.save_case_button.setText(self.tr("Sa&ve case"))
        self.entry_box.setTitle(self.tr("New entry in the task log"))
        labels = {
            "on_date": self.tr("&Date:"),
            "minutes": self.tr("D&uration (h):"),
            "kind": self.tr("Tas&k:"),
            "participants": self.tr("Who took &part:"),
            "entry_notes": self.tr("N&otes:"),
            "next_step": self.tr("Agreed ne&xt step:"),
            "next_step_on": self.tr("Next step &by:"),
        }
        for name, text in labels.items():
            self.entry_fields.label(name, text)
        self.entry_fields.inputs["minutes"].setPlaceholderText(self.tr("e.g. 1,5 or 1:30"))
        self.entry_fields.fill_combo("kind", vocab.task_kinds())
        self.add_entry_button.setText(self.tr("&Add entry"))
        self.entries.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Task"),
                self.tr("Who took part"),
                self.tr("Notes"),
                self.tr("Next step"),
            ]
        )
        self.sums_box.setTitle(self.tr("Time per task"))
        self.sums.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Time (h:min)")])
        self.assessment_box.setTitle(self.tr("New assessment, together with the client"))
        labels = {
            "assessment_on": self.tr("Assessed &on:"),
            "with_employer": self.tr("Employer:"),
            "assessment_comment": self.tr("Co&mment:"),
        }
        for name, text in labels.items():
            self.skill_fields.label(name, text)
        self.with_employer.setText(self.tr("The employer took part"))
        self.ratings.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("Score"), self.tr("Comment")]
        )
        self.save_assessment_button.setText(self.tr("Save a&ssessment"))
        self.history_box.setTitle(self.tr("Change over time"))
        self._update_title()
        if self.record is not None:
            self._fill_log()
            self._fill_skills()
            self._fill_contracts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def _entry_fields(findings: list[Finding]) -> list[Finding]:
    """The entry form names its notes field apart from the case's."""
    return [
        dataclasses.replace(f, field="entry_notes") if f.field == "notes" else f for f in findings
    ]


def _step(text: str, due, language: str) -> str:
    if not text:
        return ""
    return f"{text} ({format_date(due, language)})" if due else text
