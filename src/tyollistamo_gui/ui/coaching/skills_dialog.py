"""The unit's list of work-coping skills: add skills, take them off the list or back on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.findings import ValidationFailed
from ...services import coaching as service
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..messages import finding_text
from ..widgets import CheckedLineEdit, RememberingDialog
from . import vocab
from .common import tell_unavailable


class SkillsDialog(RememberingDialog):
    """A ticked skill is assessed in new assessments; earlier ratings are always kept."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "coaching_skills", parent)
        self.setObjectName("SkillsDialog")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.skills = QListWidget(self)
        self.skills.setObjectName("skills")
        self.explanation.setBuddy(self.skills)
        self.skills.itemChanged.connect(self._toggled)
        self.new_skill = CheckedLineEdit(self)
        self.new_skill.edit.setObjectName("new_skill")
        self.new_skill_label = QLabel(self)
        self.new_skill_label.setBuddy(self.new_skill.edit)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_skill)
        self.new_skill.edit.returnPressed.connect(self.add_skill)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.new_skill_label)
        row.addWidget(self.new_skill, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.skills, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(520, 460)
        self.restore_geometry()
        self.retranslateUi()

    def _fill(self) -> None:
        self.skills.blockSignals(True)
        self.skills.clear()
        for skill in service.list_skills(include_inactive=True):
            item = QListWidgetItem(vocab.skill_name(skill.key, skill.name), self.skills)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if skill.active else Qt.CheckState.Unchecked)
        self.skills.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        try:
            service.set_skill_active(item.data(Qt.ItemDataRole.UserRole), active)
        except DatabaseUnavailable:
            tell_unavailable(self)
            self._fill()

    def add_skill(self) -> bool:
        try:
            service.add_skill(self.new_skill.text())
        except ValidationFailed as failed:
            self.new_skill.set_error(finding_text(failed.findings[0]))
            return False
        except DatabaseUnavailable:
            tell_unavailable(self)
            return False
        self.new_skill.set_error("")
        self.new_skill.setText("")
        self._fill()
        return True

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Work-coping skills"))
        self.explanation.setText(
            self.tr(
                "The &skills assessed in job coaching. A ticked skill appears in new "
                "assessments; unticking keeps its earlier scores."
            )
        )
        self.new_skill_label.setText(self.tr("&New skill:"))
        self.add_button.setText(self.tr("&Add"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
