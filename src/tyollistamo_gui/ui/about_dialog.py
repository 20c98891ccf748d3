"""About: version, licence, and where this installation keeps its data."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import APP_DISPLAY_NAME
from ..services.about import installation_info
from .context import AppContext
from .widgets import RememberingDialog, heading


class AboutDialog(RememberingDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "about", parent)
        self.context = context
        self.setObjectName("AboutDialog")
        self.info = installation_info()

        self.heading = heading(self, 1.5)
        self.description = QLabel(self)
        self.description.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        values = {
            "version": self.info.app_version,
            "licence": "GPL-3.0-or-later",
            "data_dir": str(context.data_dir),
            "database": str(self.info.database_path or ""),
            "schema": str(self.info.schema_version),
            "qt": f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        }
        self.values: dict[str, QLabel] = {}
        for key, value in values.items():
            label = QLabel(self)
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            field.setObjectName(f"about_{key}")
            self.form.addRow(label, field)
            self.labels[key] = label
            self.values[key] = field

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.setMinimumWidth(520)
        self.restore_geometry()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("About Työllistämö"))
        self.heading.setText(APP_DISPLAY_NAME)
        self.description.setText(
            self.tr(
                "Client register, guidance process, coaching and supported-work agreements "
                "for employment units."
            )
        )
        self.labels["version"].setText(self.tr("Version:"))
        self.labels["licence"].setText(self.tr("Licence:"))
        self.labels["data_dir"].setText(self.tr("Data folder:"))
        self.labels["database"].setText(self.tr("Database:"))
        self.labels["schema"].setText(self.tr("Schema version:"))
        self.labels["qt"].setText(self.tr("Built with:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
