"""The Today page: what needs the signed-in user now, one click (or Enter) from each item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from ..formatting import format_date
from ..services import today as service
from ..services.database import DatabaseUnavailable
from .clients import vocab
from .context import AppContext
from .guidance import vocab as guidance_vocab
from .widgets import heading

ITEM_ROLE = Qt.ItemDataRole.UserRole


class TodayPage(QWidget):
    """Sections from every service; ``open_item`` asks the window to open a client's tab."""

    open_item = Signal(int, str)  # client id, tab key
    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TodayPage")
        self.context = context
        self.loaded = False
        self.sections: list[service.TodaySection] = []
        self.title = heading(self)
        self.scope = QLabel(self)
        self.scope.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todayTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(1, 240)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scope)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        self.retranslateUi()

    # -- data -------------------------------------------------------------------------------

    def query(self) -> service.TodayQuery:
        default = service.DEFAULT_NO_CONTACT_DAYS
        days = self.context.settings.value("today/no_contact_days", default)
        try:
            days = max(1, int(days))
        except (TypeError, ValueError):
            days = default
        return service.TodayQuery(
            staff_id=self.context.current_staff_id(), today=clock.today(), no_contact_days=days
        )

    def reload(self) -> None:
        self.loaded = True
        try:
            self.sections = service.today_sections(self.query())
        except DatabaseUnavailable:
            self.error.setText(
                self.tr("The database cannot be reached just now; the list could not be updated.")
            )
            self.error.show()
            return
        self.error.hide()
        self._fill()
        self.count_changed.emit(self.total())

    def total(self) -> int:
        return sum(s.total for s in self.sections)

    def _fill(self) -> None:
        # The user's choice of open and closed sections is kept; a section that was closed
        # only because it had nothing opens when something arrives.
        expanded = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            children = (top.child(j).data(0, ITEM_ROLE) for j in range(top.childCount()))
            if any(isinstance(child, service.TodayItem) for child in children):
                expanded[top.data(0, ITEM_ROLE)] = top.isExpanded()
        self.tree.clear()
        language = self.context.language
        bold = QFont(self.font())
        bold.setBold(True)
        for section in self.sections:
            top = QTreeWidgetItem(self.tree)
            top.setData(0, ITEM_ROLE, section.key)
            top.setText(0, f"{self.section_title(section.key)} ({section.total})")
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            for item in section.items:
                child = QTreeWidgetItem(top)
                child.setData(0, ITEM_ROLE, item)
                child.setText(0, format_date(item.due, language))
                child.setText(1, item.client_name)
                child.setText(2, self.item_text(item))
                child.setToolTip(2, child.text(2))
            if section.total > len(section.items):
                more = QTreeWidgetItem(top)
                more.setText(
                    1, self.tr("... and %n more", None, section.total - len(section.items))
                )
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if not section.items:
                empty = QTreeWidgetItem(top)
                empty.setText(1, self.tr("Nothing here."))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setExpanded(expanded.get(section.key, bool(section.items)))
        self.tree.setFirstColumnSpanned(0, self.tree.rootIndex(), True)

    def _activate(self, tree_item: QTreeWidgetItem, _column: int = 0) -> None:
        item = tree_item.data(0, ITEM_ROLE)
        if isinstance(item, service.TodayItem) and item.client_id is not None:
            self.open_item.emit(item.client_id, item.tab)

    # -- texts ------------------------------------------------------------------------------

    def section_title(self, key: str) -> str:
        titles = {
            "agreements_ending": self.tr("Agreements ending within 14 days"),
            "next_steps": self.tr("Follow-ups and next steps due this week"),
            "guidance_drafts": self.tr("Unfinished guidance drafts"),
            "guidance_reviews": self.tr("Employment plans to review this week"),
            "documents_unsigned": self.tr("Printed but not signed"),
            "no_contact": self.tr("No contact for %n day(s)", None, self.query().no_contact_days),
        }
        return titles.get(key, key)

    def item_text(self, item: service.TodayItem) -> str:
        params = item.params
        if item.what.startswith("next_step."):
            kind = item.what.split(".", 1)[1]
            service_name = {
                "job_coaching": vocab.service_kinds()["job_coaching"],
                "individual_coaching": vocab.service_kinds()["individual_coaching"],
                "guidance": self.tr("Guidance follow-up meeting"),
            }.get(kind, kind)
            if not item.detail:
                return service_name
            return self.tr("%1: %2").replace("%1", service_name).replace("%2", item.detail)
        if item.what.startswith("ending."):
            kind = item.what.split(".", 1)[1]
            name = {
                "work_trial": vocab.service_kinds()["work_trial"],
                "wage_subsidy": vocab.service_kinds()["wage_subsidy"],
                "rehab_work": vocab.service_kinds()["rehabilitative_work"],
            }.get(kind, kind)
            ends = self.tr("%1 ends").replace("%1", name)
            return f"{ends}: {item.detail}" if item.detail else ends
        if item.what == "guidance_draft":
            phases = guidance_vocab.phases()
            phase = int(params.get("phase", 0))
            name = phases[phase] if 0 <= phase < len(phases) else ""
            return self.tr("Guidance process unfinished at: %1").replace("%1", name)
        texts = {
            "document_unsigned": self.tr("%1, version %2: record the signing")
            .replace("%1", item.detail)
            .replace("%2", str(params.get("version", ""))),
            "no_contact": self.tr("Last event %n day(s) ago", None, int(params.get("days", 0))),
            "guidance_review": self.tr("Review the employment plan"),
        }
        return texts.get(item.what, item.detail)

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Today"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Client"), self.tr("What to do")])
        if self.context.current_staff_id() is None:
            self.scope.setText(
                self.tr(
                    "Showing the whole unit. Choose who you are in Settings to see only your "
                    "own clients."
                )
            )
        else:
            self.scope.setText(self.tr("Your clients and your tasks."))
        if self.sections:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
