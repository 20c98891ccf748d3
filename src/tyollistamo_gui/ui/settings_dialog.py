"""Settings: interface language, the unit's information printed on documents, the database."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import access
from ..domain.errors import ConcurrentEdit
from ..domain.findings import ValidationFailed
from ..i18n import LANGUAGE_NAMES, LANGUAGES
from ..services import session
from ..services import unit as unit_service
from ..services.database import DatabaseUnavailable
from ..services.staff import list_staff
from .context import AppContext
from .database_settings import DatabasePage
from .messages import finding_text
from .widgets import CheckedLineEdit, FieldError, RememberingDialog

UNIT_FIELDS = (
    "name",
    "business_id",
    "street_address",
    "postal_code",
    "post_office",
    "phone",
    "email",
)
PRIVACY_FIELDS = unit_service.PRIVACY_FIELDS
_MIME_BY_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class SettingsDialog(RememberingDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context.settings, "settings", parent)
        self.context = context
        self.setObjectName("SettingsDialog")
        self._unit = unit_service.get_unit_info()
        self._logo: bytes | None = self._unit.logo
        self._logo_mime = self._unit.logo_mime
        self._touched: set[str] = set()

        self.tabs = QTabWidget(self)
        # -- General
        self.general = QWidget(self)
        general_form = QFormLayout(self.general)
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = QComboBox(self.general)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(context.language))
        self.language_label = QLabel(self.general)
        self.language_label.setBuddy(self.language)
        self.language_hint = QLabel(self.general)
        self.language_hint.setWordWrap(True)
        general_form.addRow(self.language_label, self.language)
        general_form.addRow("", self.language_hint)
        self.me = QComboBox(self.general)
        self.me.setObjectName("current_staff")
        self.me_label = QLabel(self.general)
        self.me_label.setBuddy(self.me)
        self.me_hint = QLabel(self.general)
        self.me_hint.setWordWrap(True)
        general_form.addRow(self.me_label, self.me)
        general_form.addRow("", self.me_hint)
        from PySide6.QtWidgets import QSpinBox

        from ..services.today import DEFAULT_NO_CONTACT_DAYS

        self.no_contact_days = QSpinBox(self.general)
        self.no_contact_days.setObjectName("no_contact_days")
        self.no_contact_days.setRange(1, 365)
        try:
            days = int(context.settings.value("today/no_contact_days", DEFAULT_NO_CONTACT_DAYS))
        except (TypeError, ValueError):
            days = DEFAULT_NO_CONTACT_DAYS
        self.no_contact_days.setValue(min(max(days, 1), 365))
        self.no_contact_label = QLabel(self.general)
        self.no_contact_label.setBuddy(self.no_contact_days)
        general_form.addRow(self.no_contact_label, self.no_contact_days)
        # -- Unit
        self.unit_page = QWidget(self)
        self.unit_intro = QLabel(self.unit_page)
        self.unit_intro.setWordWrap(True)
        unit_form = QFormLayout()
        unit_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        unit_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, CheckedLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        for name in UNIT_FIELDS:
            field = CheckedLineEdit(self.unit_page)
            field.setObjectName(name)
            field.edit.setObjectName(f"{name}_edit")
            field.setText(getattr(self._unit, name))
            field.edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            label = QLabel(self.unit_page)
            label.setBuddy(field.edit)
            unit_form.addRow(label, field)
            self.fields[name] = field
            self.field_labels[name] = label
        self.fields["postal_code"].edit.setMaxLength(5)
        self.fields["business_id"].edit.setMaxLength(9)
        # Logo
        self.logo_preview = QLabel(self.unit_page)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setMinimumSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_choose = QPushButton(self.unit_page)
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.unit_page)
        self.logo_remove.clicked.connect(self.remove_logo)
        self.logo_error = FieldError(self.unit_page)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_choose)
        logo_buttons.addWidget(self.logo_remove)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_error)
        self.logo_label = QLabel(self.unit_page)
        unit_form.addRow(self.logo_label, logo_box)
        unit_layout = QVBoxLayout(self.unit_page)
        unit_layout.addWidget(self.unit_intro)
        unit_layout.addLayout(unit_form)
        unit_layout.addStretch(1)

        # -- Privacy notice: controller, contact person, data protection officer
        self.privacy_page = QWidget(self)
        self.privacy_page.setObjectName("privacy_page")
        self.privacy_intro = QLabel(self.privacy_page)
        self.privacy_intro.setWordWrap(True)
        privacy_form = QFormLayout()
        privacy_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        privacy_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in PRIVACY_FIELDS:
            field = CheckedLineEdit(self.privacy_page)
            field.setObjectName(name)
            field.edit.setObjectName(f"{name}_edit")
            field.edit.setMaxLength(200)
            field.setText(getattr(self._unit, name))
            field.edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            label = QLabel(self.privacy_page)
            label.setBuddy(field.edit)
            privacy_form.addRow(label, field)
            self.fields[name] = field
            self.field_labels[name] = label
        self.preview_notice = QPushButton(self.privacy_page)
        self.preview_notice.setObjectName("preview_privacy_notice")
        self.preview_notice.clicked.connect(self.show_privacy_notice)
        privacy_layout = QVBoxLayout(self.privacy_page)
        privacy_layout.addWidget(self.privacy_intro)
        privacy_layout.addLayout(privacy_form)
        privacy_layout.addWidget(self.preview_notice, 0, Qt.AlignmentFlag.AlignLeft)
        privacy_layout.addStretch(1)

        # -- Database
        self.database_page = DatabasePage(context, self, editable=session.has(access.UNIT_SETTINGS))

        self.tabs.addTab(self.general, "")
        self.tabs.addTab(self.unit_page, "")
        self.tabs.addTab(self.database_page, "")
        self.tabs.addTab(self.privacy_page, "")
        # Security (backups, idle lock): administrators only.
        self.security_page = None
        if session.has(access.BACKUPS_MANAGE):
            from .admin.security_page import SecurityPage

            self.security_page = SecurityPage(context, self)
            self.tabs.addTab(self.security_page, "")
        self.can_edit_unit = session.has(access.UNIT_SETTINGS)
        if not self.can_edit_unit:
            for field in self.fields.values():
                field.edit.setReadOnly(True)
            self.logo_choose.setEnabled(False)
            self.logo_remove.setEnabled(False)
        # With sign-in, "you" are the signed-in user.
        user = session.current_user()
        for widget in (self.me, self.me_label, self.me_hint):
            widget.setVisible(user is None or user.id is None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._show_logo()
        self.retranslateUi()
        self.setMinimumWidth(560)
        self.restore_geometry()

    # -- texts ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("&General"))
        self.tabs.setTabText(1, self.tr("&Unit"))
        self.no_contact_label.setText(self.tr("Today: clients without &contact after:"))
        self.no_contact_days.setSuffix(self.tr(" days"))
        self.tabs.setTabText(self.tabs.indexOf(self.database_page), self.tr("&Database"))
        self.tabs.setTabText(self.tabs.indexOf(self.privacy_page), self.tr("&Privacy notice"))
        if getattr(self, "security_page", None) is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.security_page), self.tr("&Security"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language_hint.setText(
            self.tr(
                "The interface changes at once. Documents are printed in the client's language."
            )
        )
        self.me_label.setText(self.tr("&You are:"))
        self.me_hint.setText(
            self.tr('Used for "My clients" and as the author of notes on this workstation.')
        )
        current = self.me.currentData() if self.me.count() else self.context.current_staff_id()
        self.me.clear()
        self.me.addItem(self.tr("(not chosen)"), None)
        for member in list_staff():
            self.me.addItem(member.display_name, member.id)
        self.me.setCurrentIndex(max(self.me.findData(current), 0))
        self.unit_intro.setText(
            self.tr("The unit's information is printed on agreements and other documents.")
        )
        labels = {
            "name": self.tr("&Name of the unit:"),
            "business_id": self.tr("&Business ID:"),
            "street_address": self.tr("Street &address:"),
            "postal_code": self.tr("&Postal code:"),
            "post_office": self.tr("Post &office:"),
            "phone": self.tr("P&hone:"),
            "email": self.tr("&E-mail:"),
            "controller_name": self.tr("&Controller, if not the unit:"),
            "privacy_contact_name": self.tr("Contact &person for the register:"),
            "privacy_contact_phone": self.tr("Contact person's p&hone:"),
            "privacy_contact_email": self.tr("Contact person's e-&mail:"),
            "dpo_name": self.tr("Data protection &officer:"),
            "dpo_phone": self.tr("Data protection officer's ph&one:"),
            "dpo_email": self.tr("Data protection officer's e-m&ail:"),
        }
        for name, text in labels.items():
            self.field_labels[name].setText(text)
            self.fields[name].edit.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.fields["business_id"].edit.setPlaceholderText("1234567-8")
        self.fields["postal_code"].edit.setPlaceholderText("00100")
        self.fields["email"].edit.setPlaceholderText(self.tr("office@example.fi"))
        self.fields["controller_name"].edit.setPlaceholderText(
            self.tr("e.g. the wellbeing services county that bought the service")
        )
        self.privacy_intro.setText(
            self.tr(
                "Printed on the privacy notice. Name the controller when the unit produces the "
                "services for someone else (e.g. rehabilitative work activity for a wellbeing "
                "services county); leave it empty when the unit itself is the controller. A "
                "person named here needs a phone number or an e-mail address."
            )
        )
        self.preview_notice.setText(self.tr("Preview the privacy &notice..."))
        self.logo_label.setText(self.tr("Logo:"))
        self.logo_choose.setText(self.tr("&Choose image..."))
        self.logo_remove.setText(self.tr("&Remove"))
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self._show_logo()
        self._validate(show_all=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- logo -------------------------------------------------------------------------------

    def _show_logo(self) -> None:
        self.logo_remove.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(self._logo)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    160,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setText(self.tr("The image cannot be shown."))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the unit's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.logo_error.show_message(
                self.tr("The file cannot be read: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        mime = _MIME_BY_SUFFIX.get(path.suffix.lower(), "")
        if not QPixmap().loadFromData(QByteArray(data)):
            mime = ""
        self._logo, self._logo_mime = data, mime
        self._touched.add("logo")
        self._show_logo()
        self._validate(show_all=False)

    def remove_logo(self) -> None:
        self._logo, self._logo_mime = None, ""
        self._show_logo()
        self._validate(show_all=False)

    def show_privacy_notice(self) -> None:
        """Preview the notice with the unit's details as they are typed (saved with OK)."""
        from .admin.retention_dialog import open_privacy_notice

        self.notice_preview = open_privacy_notice(self.context, self, self.unit_info())

    # -- validation and saving --------------------------------------------------------------

    def unit_info(self) -> unit_service.UnitInfo:
        values = {name: self.fields[name].text() for name in (*UNIT_FIELDS, *PRIVACY_FIELDS)}
        return dataclasses.replace(self._unit, logo=self._logo, logo_mime=self._logo_mime, **values)

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self._validate(show_all=False)

    def _validate(self, show_all: bool) -> bool:
        findings = unit_service.check_unit_info(self.unit_info())
        by_field: dict[str, str] = {}
        for finding in findings:
            by_field.setdefault(finding.field, finding_text(finding))
        for name, field in self.fields.items():
            show = show_all or name in self._touched
            field.set_error(by_field.get(name, "") if show else "")
        self.logo_error.show_message(by_field.get("logo", ""))
        return not findings

    def _focus_first_error(self) -> None:
        for name in (*UNIT_FIELDS, *PRIVACY_FIELDS):
            if self.fields[name].error.isVisible() or self.fields[name].error.text():
                page = self.privacy_page if name in PRIVACY_FIELDS else self.unit_page
                self.tabs.setCurrentWidget(page)
                self.fields[name].edit.setFocus()
                return
        if self.logo_error.text():
            self.tabs.setCurrentWidget(self.unit_page)

    def _database_problem(self) -> None:
        self.tabs.setCurrentWidget(self.database_page)
        widget = self.database_page.first_error()
        if widget is not None:
            widget.setFocus()

    def done(self, result: int) -> None:
        if getattr(self, "security_page", None) is not None:
            self.security_page.wait()
        super().done(result)

    def accept(self) -> None:
        if not self.database_page.validate():
            self._database_problem()
            return
        if self.can_edit_unit and not self._validate(show_all=True):
            self._focus_first_error()
            return
        if self.security_page is not None and not self.security_page.save():
            self.tabs.setCurrentWidget(self.security_page)
            return
        if not self.database_page.save():
            self._database_problem()
            return
        try:
            if self.can_edit_unit and self.unit_info() != unit_service.get_unit_info():
                self._unit = unit_service.save_unit_info(self.unit_info())
        except ValidationFailed:
            self._validate(show_all=True)
            self._focus_first_error()
            return
        except DatabaseUnavailable:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The database could not be written just now (it may be busy or out of "
                    "reach). Nothing was saved; try again in a moment."
                ),
            )
            return
        except ConcurrentEdit as exc:
            QMessageBox.warning(
                self,
                self.tr("Changed on another workstation"),
                self.tr(
                    "Someone else changed the unit's information while you were editing it. "
                    "Your changes have not been saved. Press OK again to save your version over "
                    "theirs, or Cancel to keep theirs."
                ),
            )
            self._unit = dataclasses.replace(self._unit, version=exc.found or self._unit.version)
            return
        if self.me.isVisibleTo(self):
            self.context.set_current_staff_id(self.me.currentData())
        if self.security_page is not None:
            parent = self.parent()
            if hasattr(parent, "set_idle_minutes"):
                parent.set_idle_minutes(self.security_page.idle.value())
        self.context.settings.setValue("today/no_contact_days", self.no_contact_days.value())
        language = self.language.currentData()
        if language != self.context.language:
            self.context.set_language(language)
        super().accept()
