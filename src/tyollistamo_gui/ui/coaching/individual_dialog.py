"""An individual coaching period: goals and their progress, sessions, professionals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
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
from ..messages import finding_text
from ..widgets import FieldError, RememberingDialog
from . import vocab
from .common import (
    ClientChooser,
    fill_staff,
    fill_table,
    read_only_table,
    tell_changed,
    tell_unavailable,
)


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class IndividualDialog(RememberingDialog):
    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        period_id: int | None = None,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(context.settings, "individual_coaching", parent)
        self.setObjectName("IndividualDialog")
        self.context = context
        self.record: service.PeriodRecord | None = None
        self.client_id = client_id
        self.tabs = QTabWidget(self)
        self._build_period()
        self._build_goals()
        self._build_sessions()
        self._build_professionals()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(960, 680)
        self.restore_geometry()
        self.retranslateUi()
        if period_id is not None:
            self.load(period_id)
        else:
            fill_staff(self.period_fields.inputs["coach_id"], self.context.current_staff_id())
            self._update_title()

    # -- period -----------------------------------------------------------------------------

    def _build_period(self) -> None:
        page = QWidget(self)
        self.period_fields = f = FieldSet(page)
        self.chooser = ClientChooser()
        f.other("client_id", self.chooser)
        f.combo("coach_id")
        f.date("starts_on")
        f.date("ends_on")
        f.text("notes", lines=4)
        self.period_box = QGroupBox(page)
        form = _form(self.period_box)
        for name in ("client_id", "coach_id", "starts_on", "ends_on", "notes"):
            form.addRow(f.label(name, ""), f.holders[name])
        self.save_period_button = QPushButton(page)
        self.save_period_button.setObjectName("save_period")
        self.save_period_button.clicked.connect(self.save_period)
        column = QVBoxLayout(page)
        column.addWidget(self.period_box)
        column.addLayout(_button_row(self.save_period_button))
        column.addStretch(1)
        self.tabs.addTab(page, "")

    def period_data(self) -> service.PeriodData:
        f = self.period_fields
        client_id = self.record.data.client_id if self.record else self.client_id
        return service.PeriodData(
            client_id if client_id is not None else self.chooser.client_id,
            f.value("coach_id"),
            f.date_value("starts_on"),
            f.date_value("ends_on"),
            f.value("notes"),
        )

    def save_period(self) -> bool:
        data = self.period_data()
        findings = self.period_fields.date_problems() + service.check_period(data)
        if findings:
            self.period_fields.focus_first_error(findings)
            return False
        actor = self.context.actor_name()
        try:
            if self.record is None:
                record = service.create_period(data, actor)
            else:
                record = service.update_period(self.record.id, self.record.version, data, actor)
        except ValidationFailed as failed:
            self.period_fields.focus_first_error(failed.findings)
            return False
        except ConcurrentEdit:
            tell_changed(self)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self.record = record
        self.period_fields.show([])
        self._refresh()
        self.saved.emit(record.id)
        return True

    def load(self, period_id: int) -> None:
        self.record = service.get_period(period_id)
        self._refresh()

    def _refresh(self) -> None:
        data = self.record.data
        f = self.period_fields
        fill_staff(f.inputs["coach_id"], data.coach_id)
        f.set_value("starts_on", data.starts_on)
        f.set_value("ends_on", data.ends_on)
        f.set_value("notes", data.notes)
        self.chooser.setText(self.record.client_name)
        self._fill_goals()
        self._fill_sessions()
        self._fill_professionals()
        self._update_title()

    # -- goals and progress -----------------------------------------------------------------

    def _build_goals(self) -> None:
        page = QWidget(self)
        self.goal_box = QGroupBox(page)
        self.goal_fields = f = FieldSet(self.goal_box)
        f.combo("area")
        f.line("goal_text")
        self.add_goal_button = QPushButton(self.goal_box)
        self.add_goal_button.clicked.connect(self.add_goal)
        form = _form()
        for name in ("area", "goal_text"):
            form.addRow(f.label(name, ""), f.holders[name])
        column = QVBoxLayout(self.goal_box)
        column.addLayout(form)
        column.addLayout(_button_row(self.add_goal_button))

        self.progress_box = QGroupBox(page)
        self.progress_fields = p = FieldSet(self.progress_box)
        p.combo("goal")
        p.date("progress_on")
        p.combo("score")
        p.line("progress_comment")
        self.record_progress_button = QPushButton(self.progress_box)
        self.record_progress_button.clicked.connect(self.record_progress)
        form = _form()
        for name in ("goal", "progress_on", "score", "progress_comment"):
            form.addRow(p.label(name, ""), p.holders[name])
        column = QVBoxLayout(self.progress_box)
        column.addLayout(form)
        column.addLayout(_button_row(self.record_progress_button))

        self.progress_table = read_only_table(page, 2, "progress")
        grid = QGridLayout(page)
        grid.addWidget(self.goal_box, 0, 0)
        grid.addWidget(self.progress_box, 0, 1)
        grid.addWidget(self.progress_table, 1, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.tabs.addTab(page, "")

    def add_goal(self) -> bool:
        if self.record is None:
            return False
        f = self.goal_fields
        try:
            service.add_goal(self.record.id, f.value("area"), f.value("goal_text"))
        except ValidationFailed as failed:
            f.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f.show([])
        f.set_value("goal_text", "")
        self._fill_goals()
        return True

    def record_progress(self) -> bool:
        if self.record is None:
            return False
        p = self.progress_fields
        problems = p.date_problems()
        goal_id = p.value("goal")
        if goal_id is None:
            problems.append(Finding("required", "goal"))
        if problems:
            p.focus_first_error(problems)
            return False
        try:
            service.record_progress(
                goal_id,
                p.date_value("progress_on"),
                p.value("score"),
                p.value("progress_comment"),
                self.context.actor_name(),
            )
        except ValidationFailed as failed:
            p.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        p.show([])
        p.set_value("progress_comment", "")
        self._fill_goals()
        self.saved.emit(self.record.id)
        return True

    def _fill_goals(self) -> None:
        if self.record is None:
            return
        goals = service.list_goals(self.record.id)
        areas = vocab.goal_areas()
        self.progress_fields.fill_combo(
            "goal", {g.id: f"{areas.get(g.area, g.area)}: {g.text}" for g in goals}
        )
        done = service.progress(self.record.id)
        days = sorted({p.on_date for p in done})
        language = self.context.language
        headers = [self.tr("Area"), self.tr("Goal")]
        headers += [format_date(d, language) for d in days]
        self.progress_table.setColumnCount(len(headers))
        self.progress_table.setHorizontalHeaderLabels(headers)
        rows = []
        for goal in goals:
            scores = {p.on_date: p for p in done if p.goal_id == goal.id}
            rows.append(
                [
                    areas.get(goal.area, goal.area),
                    goal.text,
                    *(str(scores[d].score) if d in scores else "" for d in days),
                ]
            )
        fill_table(self.progress_table, rows, [g.id for g in goals])
        for row, goal in enumerate(goals):
            for column, day in enumerate(days, start=2):
                match = [p for p in done if p.goal_id == goal.id and p.on_date == day]
                if match and match[0].comment:
                    self.progress_table.item(row, column).setToolTip(match[0].comment)

    # -- sessions ---------------------------------------------------------------------------

    def _build_sessions(self) -> None:
        page = QWidget(self)
        self.session_box = QGroupBox(page)
        self.session_fields = f = FieldSet(self.session_box)
        f.date("on_date")
        f.line("minutes")
        f.line("themes")
        f.text("session_notes", lines=2)
        f.text("next_step", lines=2)
        f.date("next_step_on")
        left = _form()
        right = _form()
        for name in ("on_date", "minutes", "themes"):
            left.addRow(f.label(name, ""), f.holders[name])
        for name in ("session_notes", "next_step", "next_step_on"):
            right.addRow(f.label(name, ""), f.holders[name])
        self.add_session_button = QPushButton(self.session_box)
        self.add_session_button.setObjectName("add_session")
        self.add_session_button.clicked.connect(self.add_session)
        grid = QGridLayout(self.session_box)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(_button_row(self.add_session_button), 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.sessions = read_only_table(page, 5, "sessions")
        column = QVBoxLayout(page)
        column.addWidget(self.session_box)
        column.addWidget(self.sessions, 1)
        self.tabs.addTab(page, "")

    def add_session(self) -> bool:
        if self.record is None:
            return False
        f = self.session_fields
        problems = f.date_problems()
        try:
            minutes = rules.parse_duration(f.value("minutes"))
        except ValueError:
            minutes = None
            problems.append(Finding("duration.format", "minutes"))
        if problems:
            f.focus_first_error(problems)
            return False
        data = service.SessionData(
            f.date_value("on_date"),
            minutes,
            f.value("themes"),
            f.value("session_notes"),
            f.value("next_step"),
            f.date_value("next_step_on"),
        )
        try:
            service.add_session(self.record.id, data, self.context.actor_name())
        except ValidationFailed as failed:
            f.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f.show([])
        for name in ("minutes", "themes", "session_notes", "next_step", "next_step_on"):
            f.set_value(name, None)
        self._fill_sessions()
        self.saved.emit(self.record.id)
        return True

    def _fill_sessions(self) -> None:
        if self.record is None:
            return
        language = self.context.language
        sessions = service.list_sessions(self.record.id)
        fill_table(
            self.sessions,
            [
                (
                    format_date(s.data.on_date, language),
                    rules.format_duration(s.data.minutes),
                    s.data.themes,
                    s.data.notes,
                    (
                        f"{s.data.next_step} ({format_date(s.data.next_step_on, language)})"
                        if s.data.next_step_on
                        else s.data.next_step
                    ),
                )
                for s in sessions
            ],
            [s.id for s in sessions],
        )

    # -- professionals ----------------------------------------------------------------------

    def _build_professionals(self) -> None:
        page = QWidget(self)
        self.professionals = QTableWidget(0, 4, page)
        self.professionals.setObjectName("professionals")
        self.professionals.verticalHeader().hide()
        self.professionals.horizontalHeader().setStretchLastSection(True)
        self.professionals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.professionals_error = FieldError(page)
        self.add_professional_button = QPushButton(page)
        self.add_professional_button.clicked.connect(lambda: self._append_professional(None))
        self.remove_professional_button = QPushButton(page)
        self.remove_professional_button.clicked.connect(
            lambda: self.professionals.removeRow(self.professionals.currentRow())
        )
        self.save_professionals_button = QPushButton(page)
        self.save_professionals_button.clicked.connect(self.save_professionals)
        row = QHBoxLayout()
        row.addWidget(self.add_professional_button)
        row.addWidget(self.remove_professional_button)
        row.addStretch(1)
        row.addWidget(self.save_professionals_button)
        column = QVBoxLayout(page)
        column.addWidget(self.professionals, 1)
        column.addWidget(self.professionals_error)
        column.addLayout(row)
        self.tabs.addTab(page, "")

    def _append_professional(self, person: service.Professional | None) -> None:
        row = self.professionals.rowCount()
        self.professionals.insertRow(row)
        combo = QComboBox(self.professionals)
        for code, text in vocab.professional_sectors().items():
            combo.addItem(text, code)
        if person is not None:
            combo.setCurrentIndex(max(combo.findData(person.sector), 0))
        self.professionals.setCellWidget(row, 0, combo)
        values = (person.name, person.organisation, person.contact) if person else ("", "", "")
        for column, value in enumerate(values, start=1):
            self.professionals.setItem(row, column, QTableWidgetItem(value))
        if person is None:
            self.professionals.setCurrentCell(row, 1)
            self.professionals.setFocus()

    def save_professionals(self) -> bool:
        if self.record is None:
            return False
        people = []
        for row in range(self.professionals.rowCount()):
            cells = [
                self.professionals.item(row, c).text() if self.professionals.item(row, c) else ""
                for c in (1, 2, 3)
            ]
            sector = self.professionals.cellWidget(row, 0).currentData()
            people.append(service.Professional(sector, *cells))
        try:
            service.save_professionals(self.record.id, people)
        except ValidationFailed as failed:
            self.professionals_error.show_message(
                "\n".join(
                    self.tr("Row %1: %2")
                    .replace("%1", str(int(x.field.split(".")[1]) + 1))
                    .replace("%2", finding_text(x))
                    for x in failed.findings
                )
            )
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self.professionals_error.show_message("")
        self._fill_professionals()
        return True

    def _fill_professionals(self) -> None:
        self.professionals.setRowCount(0)
        if self.record is None:
            return
        for person in service.list_professionals(self.record.id):
            self._append_professional(person)

    # -- texts ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New individual coaching"))
        else:
            self.setWindowTitle(
                self.tr("Individual coaching: %1").replace("%1", self.record.client_name)
            )
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, self.record is not None)
        self.chooser.setEnabled(self.record is None and self.client_id is None)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Period"))
        self.tabs.setTabText(1, self.tr("&Goals and progress"))
        self.tabs.setTabText(2, self.tr("&Sessions"))
        self.tabs.setTabText(3, self.tr("P&rofessionals"))
        self.period_box.setTitle(self.tr("Coaching period"))
        for name, text in {
            "client_id": self.tr("C&lient:"),
            "coach_id": self.tr("Coac&h:"),
            "starts_on": self.tr("&Starts on:"),
            "ends_on": self.tr("E&nds on:"),
            "notes": self.tr("N&otes:"),
        }.items():
            self.period_fields.label(name, text)
        self.save_period_button.setText(self.tr("Sa&ve period"))
        self.goal_box.setTitle(self.tr("New goal"))
        self.goal_fields.label("area", self.tr("&Area:"))
        self.goal_fields.label("goal_text", self.tr("&Goal:"))
        self.goal_fields.fill_combo("area", vocab.goal_areas())
        self.add_goal_button.setText(self.tr("Add g&oal"))
        self.progress_box.setTitle(self.tr("Progress on a goal"))
        for name, text in {
            "goal": self.tr("Go&al:"),
            "progress_on": self.tr("&Date:"),
            "score": self.tr("S&core:"),
            "progress_comment": self.tr("Co&mment:"),
        }.items():
            self.progress_fields.label(name, text)
        self.progress_fields.fill_combo("score", vocab.scale())
        self.record_progress_button.setText(self.tr("&Record progress"))
        self.session_box.setTitle(self.tr("New session"))
        for name, text in {
            "on_date": self.tr("&Date:"),
            "minutes": self.tr("D&uration (h):"),
            "themes": self.tr("&Themes:"),
            "session_notes": self.tr("N&otes:"),
            "next_step": self.tr("Agreed ne&xt step:"),
            "next_step_on": self.tr("Next step &by:"),
        }.items():
            self.session_fields.label(name, text)
        self.session_fields.inputs["minutes"].setPlaceholderText(self.tr("e.g. 1,5 or 1:30"))
        self.add_session_button.setText(self.tr("&Add session"))
        self.sessions.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Themes"),
                self.tr("Notes"),
                self.tr("Next step"),
            ]
        )
        self.professionals.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Name"), self.tr("Organisation"), self.tr("Contact")]
        )
        self.professionals.setAccessibleName(self.tr("Professionals"))
        self.add_professional_button.setText(self.tr("Add &professional"))
        self.remove_professional_button.setText(self.tr("Re&move"))
        self.save_professionals_button.setText(self.tr("Sa&ve list"))
        self._update_title()
        if self.record is not None:
            self._fill_goals()
            self._fill_sessions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
