"""The Coaching and Groups pages of the main window, and opening coaching windows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import coaching as rules
from ...formatting import format_date
from ...services import coaching as service
from ...services import groups as group_service
from ..context import AppContext
from ..widgets import heading
from . import vocab
from .common import current_key, fill_employers, fill_table, read_only_table


def _show(dialog: QWidget) -> QWidget:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_job_case(context, case_id, client_id=None, parent=None, on_saved=None):
    from .job_case_dialog import JobCaseDialog

    dialog = JobCaseDialog(context, case_id, client_id, parent)
    if on_saved is not None:
        dialog.saved.connect(lambda _id: on_saved())
    return _show(dialog)


def open_individual(context, period_id, client_id=None, parent=None, on_saved=None):
    from .individual_dialog import IndividualDialog

    dialog = IndividualDialog(context, period_id, client_id, parent)
    if on_saved is not None:
        dialog.saved.connect(lambda _id: on_saved())
    return _show(dialog)


def open_group(context, group_id, parent=None, on_saved=None):
    from .group_dialog import GroupDialog

    dialog = GroupDialog(context, group_id, parent)
    if on_saved is not None:
        dialog.saved.connect(lambda _id: on_saved())
    dialog.print_sheet.connect(
        lambda session_id: print_attendance_sheet(context, session_id, dialog)
    )
    return _show(dialog)


def print_attendance_sheet(context: AppContext, session_id: int, parent: QWidget):
    """Preview the session's attendance sheet (Finnish or Swedish), then print or save it."""
    from ...services.coaching_documents import render_attendance_sheet
    from ..documents.preview import DocumentPreview

    language = context.language if context.language in ("fi", "sv") else "fi"
    preview = DocumentPreview(
        context,
        lambda lang: render_attendance_sheet(session_id, lang),
        language=language,
        archive_on_output=False,
        parent=parent,
    )
    return _show(preview)


class _TablePage(QWidget):
    """A tab of the Coaching page: a table with New and Open buttons."""

    def __init__(self, columns: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = read_only_table(self, columns, name)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.show_ended = QCheckBox(self)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.new_button)
        self.bar.addWidget(self.open_button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.show_ended)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)


class CoachingPage(QWidget):
    """Job coaching cases, individual coaching periods and the employer-support view."""

    open_client = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self.title = heading(self)
        self.tabs = QTabWidget(self)
        self.jobs = _TablePage(7, "job_cases", self)
        self.individual = _TablePage(6, "individual_periods", self)
        self.support = QWidget(self)
        self.employer_label = QLabel(self.support)
        self.employer = QComboBox(self.support)
        self.employer.setObjectName("support_employer")
        self.employer_label.setBuddy(self.employer)
        self.support_summary = QLabel(self.support)
        self.support_summary.setWordWrap(True)
        self.support_table = read_only_table(self.support, 7, "employer_support")
        self.support_table.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.employer_label)
        row.addWidget(self.employer, 1)
        column = QVBoxLayout(self.support)
        column.addLayout(row)
        column.addWidget(self.support_summary)
        column.addWidget(self.support_table, 1)
        self.tabs.addTab(self.jobs, "")
        self.tabs.addTab(self.individual, "")
        self.tabs.addTab(self.support, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self.jobs.new_button.clicked.connect(lambda: self.open_case(None))
        self.jobs.open_button.clicked.connect(lambda: self.open_case(current_key(self.jobs.table)))
        self.jobs.table.itemActivated.connect(
            lambda _item: self.open_case(current_key(self.jobs.table))
        )
        self.jobs.show_ended.toggled.connect(lambda _c: self._fill_jobs())
        self.skills_button = QPushButton(self.jobs)
        self.skills_button.setObjectName("skills_list")
        self.jobs.bar.insertWidget(2, self.skills_button)
        self.skills_button.clicked.connect(self.open_skills)
        self.individual.new_button.clicked.connect(lambda: self.open_period(None))
        self.individual.open_button.clicked.connect(
            lambda: self.open_period(current_key(self.individual.table))
        )
        self.individual.table.itemActivated.connect(
            lambda _item: self.open_period(current_key(self.individual.table))
        )
        self.individual.show_ended.toggled.connect(lambda _c: self._fill_individual())
        self.employer.activated.connect(lambda _i: self._fill_support())
        self.retranslateUi()

    def open_case(self, case_id: int | None):
        return open_job_case(self.context, case_id, parent=self, on_saved=self.reload)

    def open_skills(self):
        from .skills_dialog import SkillsDialog

        return _show(SkillsDialog(self.context, self))

    def open_period(self, period_id: int | None):
        return open_individual(self.context, period_id, parent=self, on_saved=self.reload)

    def reload(self) -> None:
        self.loaded = True
        fill_employers(self.employer, self.employer.currentData())
        self.employer.setItemText(0, self.tr("(all employers)"))
        self._fill_jobs()
        self._fill_individual()
        self._fill_support()

    def _fill_jobs(self) -> None:
        language = self.context.language
        states = vocab.states()
        rows = service.list_cases(open_only=not self.jobs.show_ended.isChecked())
        fill_table(
            self.jobs.table,
            [
                (
                    r.client_name,
                    r.employer_name,
                    r.job_title,
                    r.coach_name,
                    format_date(r.starts_on, language),
                    states[r.state],
                    f"{r.next_step} ({format_date(r.next_step_on, language)})"
                    if r.next_step_on
                    else r.next_step,
                )
                for r in rows
            ],
            [r.id for r in rows],
        )

    def _fill_individual(self) -> None:
        language = self.context.language
        states = vocab.states()
        rows = service.list_periods(open_only=not self.individual.show_ended.isChecked())
        fill_table(
            self.individual.table,
            [
                (
                    r.client_name,
                    r.coach_name,
                    format_date(r.starts_on, language),
                    format_date(r.ends_on, language),
                    states[r.state],
                    self.tr("%1 goals, %2 sessions")
                    .replace("%1", str(r.goals))
                    .replace("%2", str(r.sessions)),
                )
                for r in rows
            ],
            [r.id for r in rows],
        )

    def _fill_support(self) -> None:
        from .common import combo_choice

        employer_id = combo_choice(self.employer)
        rows = service.employer_support(employer_id)
        language = self.context.language
        kinds = vocab.task_kinds()
        fill_table(
            self.support_table,
            [
                (
                    r.employer_name,
                    format_date(r.entry.data.on_date, language),
                    rules.format_duration(r.entry.data.minutes),
                    kinds[r.entry.data.kind],
                    r.client_name,
                    r.entry.data.participants,
                    r.entry.data.notes,
                )
                for r in rows
            ],
            [r.case_id for r in rows],
        )
        employers = len({r.employer_id for r in rows})
        minutes = sum(r.entry.data.minutes for r in rows)
        self.support_summary.setText(
            self.tr("Entries: %1 · employers: %2 · time in all: %3 h:min")
            .replace("%1", str(len(rows)))
            .replace("%2", str(employers))
            .replace("%3", rules.format_duration(minutes))
        )

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Coaching"))
        self.tabs.setTabText(0, self.tr("&Job coaching"))
        self.tabs.setTabText(1, self.tr("&Individual coaching"))
        self.tabs.setTabText(2, self.tr("Employer &support"))
        self.jobs.new_button.setText(self.tr("&New job-coaching case..."))
        self.jobs.open_button.setText(self.tr("&Open"))
        self.jobs.show_ended.setText(self.tr("Show &ended cases"))
        self.skills_button.setText(self.tr("Work-coping &skills list..."))
        self.jobs.table.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Employer"),
                self.tr("Job"),
                self.tr("Coach"),
                self.tr("Start"),
                self.tr("State"),
                self.tr("Next step"),
            ]
        )
        self.individual.new_button.setText(self.tr("&New individual coaching..."))
        self.individual.open_button.setText(self.tr("&Open"))
        self.individual.show_ended.setText(self.tr("Show &ended periods"))
        self.individual.table.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Coach"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("State"),
                self.tr("Content"),
            ]
        )
        self.employer_label.setText(self.tr("E&mployer:"))
        self.support_table.setHorizontalHeaderLabels(
            [
                self.tr("Employer"),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Task"),
                self.tr("Client"),
                self.tr("Who took part"),
                self.tr("Notes"),
            ]
        )
        if self.loaded:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class GroupsPage(QWidget):
    """The coaching groups; Enter or Open shows the group's window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self.title = heading(self)
        self.summary = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_group")
        self.open_button = QPushButton(self)
        self.show_ended = QCheckBox(self)
        self.table: QTableWidget = read_only_table(self, 6, "groups")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_ended)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(lambda: self.open_group(None))
        self.open_button.clicked.connect(lambda: self.open_group(current_key(self.table)))
        self.table.itemActivated.connect(lambda _i: self.open_group(current_key(self.table)))
        self.show_ended.toggled.connect(lambda _c: self.reload())
        self.retranslateUi()

    def open_group(self, group_id: int | None):
        return open_group(self.context, group_id, parent=self, on_saved=self.reload)

    def reload(self) -> None:
        self.loaded = True
        language = self.context.language
        goals = vocab.group_goals()
        rows = group_service.list_groups(open_only=not self.show_ended.isChecked())
        fill_table(
            self.table,
            [
                (
                    r.name,
                    goals[r.goal],
                    f"{format_date(r.starts_on, language)} – {format_date(r.ends_on, language)}",
                    ", ".join(r.coach_names),
                    str(r.members),
                    str(r.sessions),
                )
                for r in rows
            ],
            [r.id for r in rows],
        )
        self.summary.setText(self.tr("%n group(s).", None, len(rows)))

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Coaching groups"))
        self.new_button.setText(self.tr("&New group..."))
        self.open_button.setText(self.tr("&Open"))
        self.show_ended.setText(self.tr("Show &ended groups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Goal"),
                self.tr("Period"),
                self.tr("Coaches"),
                self.tr("Members"),
                self.tr("Sessions"),
            ]
        )
        if self.loaded:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
