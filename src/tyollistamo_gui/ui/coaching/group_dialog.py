"""A coaching group: its data and coaches, members, sessions with attendance, and visits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from ...services import groups as service
from ...services.database import DatabaseUnavailable
from ...services.staff import list_staff
from ..context import AppContext
from ..fieldset import FieldSet
from ..widgets import FieldError, RememberingDialog
from . import vocab
from .common import (
    ClientChooser,
    current_key,
    fill_table,
    read_only_table,
    tell_changed,
    tell_unavailable,
)

ATTENDANCE_KEYS = {
    Qt.Key.Key_1: "present",
    Qt.Key.Key_2: "absent",
    Qt.Key.Key_3: "excused",
    Qt.Key.Key_0: "",
    Qt.Key.Key_Delete: "",
}
CYCLE = ("", "present", "absent", "excused")


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _parse_time(text: str) -> dt.time | None:
    """``9``, ``9.30``, ``9:30`` or ``09.30``; None when blank; ValueError otherwise."""
    value = text.strip().replace(":", ".")
    if not value:
        return None
    hours, _, minutes = value.partition(".")
    if not hours.isdigit() or (minutes and not (minutes.isdigit() and len(minutes) == 2)):
        raise ValueError(text)
    return dt.time(int(hours), int(minutes or 0))


def _format_time(value: dt.time | None) -> str:
    return f"{value.hour}.{value.minute:02d}" if value else ""


class AttendanceTable(QTableWidget):
    """Members down the side; 1 present, 2 absent, 3 excused, 0 clears, Space cycles.

    Each key sets the current member and moves to the next, so a register is taken
    by going down the list.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.setObjectName("attendance")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.statuses: list[str] = []
        self.member_ids: list[int] = []

    def set_rows(self, rows: list[service.AttendanceRow]) -> None:
        self.member_ids = [r.member_id for r in rows]
        self.statuses = [r.status for r in rows]
        self.setRowCount(len(rows))
        for row, item in enumerate(rows):
            self.setItem(row, 0, QTableWidgetItem(item.client_name))
            self.setItem(row, 1, QTableWidgetItem(""))
        self._show_statuses()
        if rows:
            self.setCurrentCell(0, 0)

    def _show_statuses(self) -> None:
        names = vocab.attendance()
        for row, status in enumerate(self.statuses):
            self.item(row, 1).setText(names[status])

    def set_status(self, row: int, status: str) -> None:
        self.statuses[row] = status
        self._show_statuses()
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        key = Qt.Key(event.key())
        if row >= 0 and (key in ATTENDANCE_KEYS or key == Qt.Key.Key_Space):
            if key == Qt.Key.Key_Space:
                status = CYCLE[(CYCLE.index(self.statuses[row]) + 1) % len(CYCLE)]
                self.set_status(row, status)
                return
            self.set_status(row, ATTENDANCE_KEYS[key])
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, 0)
            return
        super().keyPressEvent(event)

    def result(self) -> dict[int, str]:
        return dict(zip(self.member_ids, self.statuses, strict=True))


class GroupDialog(RememberingDialog):
    saved = Signal(int)
    print_sheet = Signal(int)  # a session id

    def __init__(self, context: AppContext, group_id: int | None, parent: QWidget | None = None):
        super().__init__(context.settings, "coaching_group", parent)
        self.setObjectName("GroupDialog")
        self.context = context
        self.record: service.GroupRecord | None = None
        self.tabs = QTabWidget(self)
        self._build_group()
        self._build_members()
        self._build_sessions()
        self._build_visits()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(1000, 700)
        self.restore_geometry()
        self.retranslateUi()
        if group_id is not None:
            self.load(group_id)
        else:
            self._fill_coaches(())
            self._update_title()

    # -- the group --------------------------------------------------------------------------

    def _build_group(self) -> None:
        page = QWidget(self)
        self.group_fields = f = FieldSet(page)
        f.line("name")
        f.combo("goal")
        f.date("starts_on")
        f.date("ends_on")
        f.line("schedule")
        f.text("notes", lines=3)
        self.coaches = QListWidget()
        self.coaches.setMaximumHeight(self.coaches.fontMetrics().height() * 6 + 12)
        f.other("coach_ids", self.coaches)
        self.group_box = QGroupBox(page)
        form = _form(self.group_box)
        for name in ("name", "goal", "starts_on", "ends_on", "schedule", "coach_ids", "notes"):
            form.addRow(f.label(name, ""), f.holders[name])
        self.save_group_button = QPushButton(page)
        self.save_group_button.setObjectName("save_group")
        self.save_group_button.clicked.connect(self.save_group)
        column = QVBoxLayout(page)
        column.addWidget(self.group_box)
        column.addLayout(_button_row(self.save_group_button))
        column.addStretch(1)
        self.tabs.addTab(page, "")

    def _fill_coaches(self, selected: tuple[int, ...]) -> None:
        self.coaches.clear()
        for member in list_staff():
            item = QListWidgetItem(member.display_name, self.coaches)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.id in selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def group_data(self) -> service.GroupData:
        f = self.group_fields
        coaches = tuple(
            self.coaches.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.coaches.count())
            if self.coaches.item(i).checkState() == Qt.CheckState.Checked
        )
        return service.GroupData(
            f.value("name"),
            f.value("goal"),
            f.date_value("starts_on"),
            f.date_value("ends_on"),
            f.value("schedule"),
            f.value("notes"),
            coaches,
        )

    def save_group(self) -> bool:
        data = self.group_data()
        findings = self.group_fields.date_problems() + service.check_group(data)
        if findings:
            self.group_fields.focus_first_error(findings)
            return False
        try:
            if self.record is None:
                record = service.create_group(data)
            else:
                record = service.update_group(self.record.id, self.record.version, data)
        except ValidationFailed as failed:
            self.group_fields.focus_first_error(failed.findings)
            return False
        except ConcurrentEdit:
            tell_changed(self)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self.record = record
        self.group_fields.show([])
        self._refresh()
        self.saved.emit(record.id)
        return True

    def load(self, group_id: int) -> None:
        self.record = service.get_group(group_id)
        self._refresh()

    def _refresh(self) -> None:
        data = self.record.data
        f = self.group_fields
        for name in ("name", "goal", "starts_on", "ends_on", "schedule", "notes"):
            f.set_value(name, getattr(data, name))
        self._fill_coaches(data.coach_ids)
        self._fill_members()
        self._fill_sessions()
        self._fill_visits()
        self._update_title()

    # -- members ----------------------------------------------------------------------------

    def _build_members(self) -> None:
        page = QWidget(self)
        self.join_box = QGroupBox(page)
        self.join_fields = f = FieldSet(self.join_box)
        self.chooser = ClientChooser()
        f.other("client_id", self.chooser)
        f.date("joined_on")
        self.add_member_button = QPushButton(self.join_box)
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(self.add_member)
        form = _form()
        for name in ("client_id", "joined_on"):
            form.addRow(f.label(name, ""), f.holders[name])
        column = QVBoxLayout(self.join_box)
        column.addLayout(form)
        column.addLayout(_button_row(self.add_member_button))

        self.member_box = QGroupBox(page)
        self.member_fields = m = FieldSet(self.member_box)
        m.date("left_on")
        self.leave_button = QPushButton(self.member_box)
        self.leave_button.clicked.connect(self.leave)
        m.combo("outcome")
        m.line("outcome_note")
        self.outcome_button = QPushButton(self.member_box)
        self.outcome_button.clicked.connect(self.record_outcome)
        form = _form()
        form.addRow(m.label("left_on", ""), m.holders["left_on"])
        form.addRow("", self.leave_button)
        form.addRow(m.label("outcome", ""), m.holders["outcome"])
        form.addRow(m.label("outcome_note", ""), m.holders["outcome_note"])
        form.addRow("", self.outcome_button)
        QVBoxLayout(self.member_box).addLayout(form)

        self.members = read_only_table(page, 4, "members")
        self.members.itemSelectionChanged.connect(self._member_selected)
        grid = QGridLayout(page)
        grid.addWidget(self.join_box, 0, 0)
        grid.addWidget(self.members, 1, 0)
        grid.addWidget(self.member_box, 0, 1, 2, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.tabs.addTab(page, "")

    def add_member(self) -> bool:
        if self.record is None:
            return False
        f = self.join_fields
        problems = f.date_problems()
        if problems:
            f.focus_first_error(problems)
            return False
        try:
            service.add_member(
                self.record.id,
                self.chooser.client_id,
                f.date_value("joined_on"),
                self.context.actor_name(),
            )
        except ValidationFailed as failed:
            f.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f.show([])
        self.chooser.clear()
        self.chooser.client_id = None
        self._fill_members()
        self._fill_sessions()
        self.saved.emit(self.record.id)
        self.chooser.setFocus()
        return True

    def _selected_member(self) -> service.Member | None:
        member_id = current_key(self.members)
        return next((m for m in self._members if m.id == member_id), None)

    def _member_selected(self) -> None:
        member = self._selected_member()
        self.member_box.setEnabled(member is not None)
        m = self.member_fields
        m.show([])
        if member is not None:
            m.set_value("left_on", member.left_on)
            m.set_value("outcome", member.outcome)
            m.set_value("outcome_note", member.outcome_note)

    def leave(self) -> bool:
        member = self._selected_member()
        m = self.member_fields
        if member is None:
            return False
        problems = m.date_problems()
        if problems:
            m.focus_first_error(problems)
            return False
        try:
            service.leave_group(member.id, m.date_value("left_on"), self.context.actor_name())
        except ValidationFailed as failed:
            m.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self._fill_members(member.id)
        self.saved.emit(self.record.id)
        return True

    def record_outcome(self) -> bool:
        member = self._selected_member()
        m = self.member_fields
        if member is None:
            return False
        if not m.value("outcome"):
            m.focus_first_error([Finding("required", "outcome")])
            return False
        try:
            service.set_outcome(
                member.id, m.value("outcome"), m.value("outcome_note"), self.context.actor_name()
            )
        except ValidationFailed as failed:
            m.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self._fill_members(member.id)
        self.saved.emit(self.record.id)
        return True

    def _fill_members(self, select: int | None = None) -> None:
        self._members = service.list_members(self.record.id) if self.record else []
        language = self.context.language
        outcomes = vocab.member_outcomes()
        fill_table(
            self.members,
            [
                (
                    m.client_name,
                    format_date(m.joined_on, language),
                    format_date(m.left_on, language),
                    outcomes.get(m.outcome, m.outcome),
                )
                for m in self._members
            ],
            [m.id for m in self._members],
        )
        ids = [m.id for m in self._members]
        if select in ids:
            self.members.selectRow(ids.index(select))
        self._member_selected()

    # -- sessions and attendance ------------------------------------------------------------

    def _build_sessions(self) -> None:
        page = QWidget(self)
        self.session_box = QGroupBox(page)
        self.session_fields = f = FieldSet(self.session_box)
        f.date("on_date")
        f.line("starts_at")
        f.line("theme")
        self.add_session_button = QPushButton(self.session_box)
        self.add_session_button.setObjectName("add_group_session")
        self.add_session_button.clicked.connect(self.add_session)
        form = _form()
        for name in ("on_date", "starts_at", "theme"):
            form.addRow(f.label(name, ""), f.holders[name])
        column = QVBoxLayout(self.session_box)
        column.addLayout(form)
        column.addLayout(_button_row(self.add_session_button))
        self.sessions = read_only_table(page, 6, "group_sessions")
        self.sessions.itemSelectionChanged.connect(self._session_selected)

        self.attendance_box = QGroupBox(page)
        self.attendance_hint = QLabel(self.attendance_box)
        self.attendance_hint.setWordWrap(True)
        self.attendance = AttendanceTable(self.attendance_box)
        self.attendance_hint.setBuddy(self.attendance)
        self.attendance_error = FieldError(self.attendance_box)
        self.save_attendance_button = QPushButton(self.attendance_box)
        self.save_attendance_button.setObjectName("save_attendance")
        self.save_attendance_button.clicked.connect(self.save_attendance)
        self.print_button = QPushButton(self.attendance_box)
        self.print_button.setObjectName("print_attendance")
        self.print_button.clicked.connect(self._print)
        column = QVBoxLayout(self.attendance_box)
        column.addWidget(self.attendance_hint)
        column.addWidget(self.attendance, 1)
        column.addWidget(self.attendance_error)
        column.addLayout(_button_row(self.print_button, self.save_attendance_button))

        left = QVBoxLayout()
        left.addWidget(self.session_box)
        left.addWidget(self.sessions, 1)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addWidget(self.attendance_box, 1)
        self.tabs.addTab(page, "")

    def add_session(self) -> bool:
        if self.record is None:
            return False
        f = self.session_fields
        problems = f.date_problems()
        try:
            starts_at = _parse_time(f.value("starts_at"))
        except ValueError:
            starts_at = None
            problems.append(Finding("time.format", "starts_at"))
        if problems:
            f.focus_first_error(problems)
            return False
        try:
            session = service.add_session(
                self.record.id, f.date_value("on_date"), starts_at, f.value("theme")
            )
        except ValidationFailed as failed:
            f.focus_first_error(failed.findings)
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f.show([])
        f.set_value("theme", "")
        self._fill_sessions(session.id)
        return True

    def _fill_sessions(self, select: int | None = None) -> None:
        sessions = service.list_sessions(self.record.id) if self.record else []
        language = self.context.language
        fill_table(
            self.sessions,
            [
                (
                    format_date(s.on_date, language),
                    _format_time(s.starts_at),
                    s.theme,
                    str(s.present),
                    str(s.absent),
                    str(s.excused),
                )
                for s in sessions
            ],
            [s.id for s in sessions],
        )
        ids = [s.id for s in sessions]
        if select in ids:
            self.sessions.selectRow(ids.index(select))
        self._session_selected()

    def current_session(self) -> int | None:
        return current_key(self.sessions)

    def _session_selected(self) -> None:
        session_id = self.current_session()
        self.attendance_box.setEnabled(session_id is not None)
        self.attendance_error.show_message("")
        self.attendance.set_rows(service.attendance(session_id) if session_id else [])

    def save_attendance(self) -> bool:
        session_id = self.current_session()
        if session_id is None:
            return False
        try:
            service.save_attendance(session_id, self.attendance.result())
        except ValidationFailed:
            self.attendance_error.show_message(
                self.tr("The list of members has changed; it has been read again.")
            )
            self._session_selected()
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self._fill_sessions(session_id)
        return True

    def _print(self) -> None:
        session_id = self.current_session()
        if session_id is not None:
            self.print_sheet.emit(session_id)

    # -- visits -----------------------------------------------------------------------------

    def _build_visits(self) -> None:
        page = QWidget(self)
        self.visit_box = QGroupBox(page)
        self.visit_fields = f = FieldSet(self.visit_box)
        f.date("visit_on")
        f.combo("direction")
        f.combo("party")
        f.line("organisation")
        f.line("contact")
        f.text("learnt", lines=2)
        self.add_visit_button = QPushButton(self.visit_box)
        self.add_visit_button.clicked.connect(self.add_visit)
        left = _form()
        right = _form()
        for name in ("visit_on", "direction", "party"):
            left.addRow(f.label(name, ""), f.holders[name])
        for name in ("organisation", "contact", "learnt"):
            right.addRow(f.label(name, ""), f.holders[name])
        grid = QGridLayout(self.visit_box)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(_button_row(self.add_visit_button), 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.visits = read_only_table(page, 5, "visits")
        self.visits.setWordWrap(True)
        column = QVBoxLayout(page)
        column.addWidget(self.visit_box)
        column.addWidget(self.visits, 1)
        self.tabs.addTab(page, "")

    def add_visit(self) -> bool:
        if self.record is None:
            return False
        f = self.visit_fields
        problems = f.date_problems()
        if problems:
            f.focus_first_error(problems)
            return False
        data = service.VisitData(
            f.date_value("visit_on"),
            f.value("direction"),
            f.value("party"),
            f.value("organisation"),
            f.value("contact"),
            f.value("learnt"),
        )
        try:
            service.add_visit(self.record.id, data)
        except ValidationFailed as failed:
            f.focus_first_error(
                [
                    Finding(x.code, "visit_on", x.params) if x.field == "on_date" else x
                    for x in failed.findings
                ]
            )
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        f.show([])
        for name in ("organisation", "contact", "learnt"):
            f.set_value(name, "")
        self._fill_visits()
        return True

    def _fill_visits(self) -> None:
        visits = service.list_visits(self.record.id) if self.record else []
        language = self.context.language
        directions = vocab.visit_directions()
        parties = vocab.visit_parties()
        fill_table(
            self.visits,
            [
                (
                    format_date(v.data.on_date, language),
                    f"{directions[v.data.direction]} · {parties[v.data.party]}",
                    v.data.organisation,
                    v.data.contact,
                    v.data.learnt,
                )
                for v in visits
            ],
            [v.id for v in visits],
        )

    # -- texts ------------------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New coaching group"))
        else:
            self.setWindowTitle(self.tr("Coaching group: %1").replace("%1", self.record.data.name))
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, self.record is not None)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("&Group"))
        self.tabs.setTabText(1, self.tr("&Members"))
        self.tabs.setTabText(2, self.tr("&Sessions and attendance"))
        self.tabs.setTabText(3, self.tr("&Visits"))
        self.group_box.setTitle(self.tr("Group"))
        for name, text in {
            "name": self.tr("&Name:"),
            "goal": self.tr("G&oal:"),
            "starts_on": self.tr("S&tarts on:"),
            "ends_on": self.tr("&Ends on:"),
            "schedule": self.tr("Sche&dule:"),
            "coach_ids": self.tr("&Coaches:"),
            "notes": self.tr("No&tes:"),
        }.items():
            self.group_fields.label(name, text)
        self.group_fields.fill_combo("goal", vocab.group_goals())
        self.group_fields.inputs["schedule"].setPlaceholderText(
            self.tr("e.g. Tuesdays and Thursdays 9–12")
        )
        self.save_group_button.setText(self.tr("Sa&ve group"))
        self.join_box.setTitle(self.tr("A client joins the group"))
        self.join_fields.label("client_id", self.tr("C&lient:"))
        self.join_fields.label("joined_on", self.tr("&Joined on:"))
        self.add_member_button.setText(self.tr("&Add member"))
        self.members.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Joined"), self.tr("Left"), self.tr("Outcome")]
        )
        self.member_box.setTitle(self.tr("The chosen member"))
        for name, text in {
            "left_on": self.tr("&Left on:"),
            "outcome": self.tr("O&utcome:"),
            "outcome_note": self.tr("What &next:"),
        }.items():
            self.member_fields.label(name, text)
        self.member_fields.fill_combo("outcome", vocab.member_outcomes())
        self.leave_button.setText(self.tr("Record lea&ving"))
        self.outcome_button.setText(self.tr("Record &outcome"))
        self.session_box.setTitle(self.tr("New session"))
        for name, text in {
            "on_date": self.tr("&Date:"),
            "starts_at": self.tr("&Time:"),
            "theme": self.tr("T&heme:"),
        }.items():
            self.session_fields.label(name, text)
        self.session_fields.inputs["starts_at"].setPlaceholderText(self.tr("e.g. 9.30"))
        self.add_session_button.setText(self.tr("&Add session"))
        self.sessions.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Theme"),
                self.tr("Present"),
                self.tr("Absent"),
                self.tr("Excused"),
            ]
        )
        self.attendance_box.setTitle(self.tr("Attendance of the chosen session"))
        self.attendance_hint.setText(
            self.tr(
                "&Keys: 1 present, 2 absent, 3 excused, 0 clear; Space changes. "
                "Each key moves to the next member."
            )
        )
        self.attendance.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Attendance")])
        self.attendance.setAccessibleName(self.tr("Attendance"))
        self.save_attendance_button.setText(self.tr("Save attenda&nce"))
        self.print_button.setText(self.tr("&Print attendance sheet..."))
        self.visit_box.setTitle(self.tr("New visit"))
        for name, text in {
            "visit_on": self.tr("&Date:"),
            "direction": self.tr("&Kind of visit:"),
            "party": self.tr("&Who:"),
            "organisation": self.tr("&Organisation:"),
            "contact": self.tr("&Contact person:"),
            "learnt": self.tr("What was &learnt:"),
        }.items():
            self.visit_fields.label(name, text)
        self.visit_fields.fill_combo("direction", vocab.visit_directions())
        self.visit_fields.fill_combo("party", vocab.visit_parties())
        self.add_visit_button.setText(self.tr("&Add visit"))
        self.visits.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Visit"),
                self.tr("Organisation"),
                self.tr("Contact person"),
                self.tr("What was learnt"),
            ]
        )
        self._update_title()
        if self.record is not None:
            self._fill_members()
            self._fill_visits()
            self.attendance._show_statuses()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
