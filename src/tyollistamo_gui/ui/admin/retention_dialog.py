"""Administration › Data protection: retention periods, the due-for-erasure report, erasure,
and the privacy notice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...documents.privacy_notice import kind_names
from ...domain import retention as rules
from ...domain.errors import ConcurrentEdit
from ...domain.findings import Finding, ValidationFailed
from ...domain.legal_references import reference_text
from ...formatting import format_date
from ...services import retention
from ...services.database import DatabaseUnavailable
from ..context import AppContext
from ..messages import finding_text
from ..widgets import CheckedLineEdit, DateField, RememberingDialog, WrappingDelegate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UNVERIFIED_COLOUR = QColor("#8a4b00")


def retention_kind_names() -> dict[str, str]:
    return kind_names(QCoreApplication.translate)


class _SortItem(QTableWidgetItem):
    """A cell that sorts by a key of its own (dates and numbers, not their text)."""

    def __init__(self, text: str, key: object):
        super().__init__(text)
        self.setData(SORT_ROLE, key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None or type(mine) is not type(theirs):
            return super().__lt__(other)
        return mine < theirs


def _table(parent: QWidget, columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


class RetentionPeriodsPage(QWidget):
    """The dated table of periods and a form that adds or changes one (validated as typed)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RetentionPeriodsPage")
        self.context = context
        self.rows: list[retention.RuleRow] = []
        self._touched: set[str] = set()
        self._shown_source = ("", "")  # (as shown, as stored) of the row last selected
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = _table(self, 5, "retention_rules")
        # The kind of record wraps, so the basis (a law named in full in Swedish) and the
        # last column fit without a horizontal scroll bar.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.setItemDelegate(WrappingDelegate(self.table))
        self.table.itemSelectionChanged.connect(self._selected)

        self.form_box = QGroupBox(self)
        self.kind = QComboBox(self.form_box)
        self.kind.setObjectName("rule_kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.years = CheckedLineEdit(self.form_box)
        self.years.setObjectName("rule_years")
        self.years.edit.setMaxLength(3)
        self.valid_from = DateField(self.form_box)
        self.valid_from.setObjectName("rule_valid_from")
        self.source = CheckedLineEdit(self.form_box)
        self.source.setObjectName("rule_source")
        self.source.edit.setMaxLength(200)
        for name, field in (("years", self.years), ("valid_from", self.valid_from)):
            field.edit.textEdited.connect(lambda _text, n=name: self._edited(n))
        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName("save_rule")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self.form_box)
        self.status.setObjectName("rule_status")
        self.status.setWordWrap(True)
        self.form_labels = [QLabel(self.form_box) for _ in range(4)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in zip(
            self.form_labels, (self.kind, self.years, self.valid_from, self.source), strict=True
        ):
            label.setBuddy(field.edit if isinstance(field, CheckedLineEdit) else field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        self.retranslateUi()
        self.valid_from.set_date(clock.today())

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "How long each kind of record is kept after the client relationship ends "
                "(log data: after the log event). A change is a new period from the date it "
                "applies; the period in force on the day a relationship ended counts for that "
                "client. Periods marked unverified have not been checked against the law: "
                "check them before relying on them."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind of record"),
                self.tr("Years"),
                self.tr("Applies from"),
                self.tr("Basis"),
                self.tr("Checked"),
            ]
        )
        self.form_box.setTitle(self.tr("Change a period"))
        texts = (
            self.tr("&Kind of record:"),
            self.tr("&Years kept:"),
            self.tr("Applies &from:"),
            self.tr("&Basis (law, contract):"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.kind.setAccessibleName(texts[0].replace("&", "").rstrip(":"))
        self.years.edit.setAccessibleName(texts[1].replace("&", "").rstrip(":"))
        self.valid_from.edit.setAccessibleName(texts[2].replace("&", "").rstrip(":"))
        self.source.edit.setAccessibleName(texts[3].replace("&", "").rstrip(":"))
        self.source.edit.setPlaceholderText(self.tr("e.g. 380/2023 122 § or purchase contract"))
        current = self.kind.currentData()
        self.kind.clear()
        for key, name in retention_kind_names().items():
            self.kind.addItem(name, key)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.save_button.setText(self.tr("&Save period"))
        self.reload()
        self._validate(show_all=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def origin_text(self, origin: str) -> str:
        return {
            "law": self.tr("checked against the law"),
            "unverified": self.tr("unverified: check"),
            "unit": self.tr("set by the unit"),
        }.get(origin, origin)

    def reload(self) -> None:
        try:
            self.rows = retention.list_rules()
        except DatabaseUnavailable:
            self.rows = []
        names = retention_kind_names()
        language = self.context.language
        self.table.setRowCount(len(self.rows))
        for row, rule in enumerate(self.rows):
            cells = (
                QTableWidgetItem(names.get(rule.kind, rule.kind)),
                QTableWidgetItem(str(rule.years)),
                QTableWidgetItem(format_date(rule.valid_from, language)),
                QTableWidgetItem(self.source_text(rule)),
                QTableWidgetItem(self.origin_text(rule.origin)),
            )
            cells[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if rule.origin == "unverified":
                font = cells[4].font()
                font.setBold(True)
                cells[4].setFont(font)
                cells[4].setForeground(UNVERIFIED_COLOUR)
            if not rule.source_as_typed:
                # The laws by name, for those who do not know them by number.
                cells[3].setToolTip(reference_text(rule.source, language, named=True))
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def source_text(self, rule: retention.RuleRow) -> str:
        """A default period's law reference in the user's language; the unit's text as typed."""
        return reference_text(rule.source, self.context.language, as_typed=rule.source_as_typed)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        rule = self.rows[rows[0].row()]
        self.kind.setCurrentIndex(max(self.kind.findData(rule.kind), 0))
        self.years.setText(str(rule.years))
        self.valid_from.set_date(rule.valid_from)
        # The reference as the user reads it; saved unchanged, it is stored as it was.
        self._shown_source = (self.source_text(rule), rule.source)
        self.source.setText(self._shown_source[0])
        self._touched.clear()
        self._validate(show_all=False)

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.status.setText("")
        self._validate(show_all=False)

    def _findings(self) -> list[Finding]:
        try:
            valid_from = self.valid_from.date()
        except ValueError:
            return [
                *[
                    f
                    for f in rules.check_rule(self.kind.currentData(), self.years.text(), None)
                    if f.field != "valid_from"
                ],
                Finding("date.format", "valid_from"),
            ]
        return rules.check_rule(self.kind.currentData(), self.years.text(), valid_from)

    def _validate(self, show_all: bool, findings: list[Finding] | None = None) -> bool:
        findings = self._findings() if findings is None else findings
        by_field: dict[str, str] = {}
        for finding in findings:
            by_field.setdefault(finding.field, finding_text(finding))
        for name, field in (("years", self.years), ("valid_from", self.valid_from)):
            show = show_all or name in self._touched
            field.set_error(by_field.get(name, "") if show else "")
        return not findings

    def save(self) -> bool:
        if not self._validate(show_all=True):
            for field in (self.years, self.valid_from):
                if field.error.text():
                    field.edit.setFocus()
                    break
            return False
        kind = self.kind.currentData()
        source = self.source.text()
        shown, stored = self._shown_source
        if source.strip() == shown.strip():
            source = stored
        try:
            saved = retention.save_rule(
                kind, int(self.years.text()), self.valid_from.date(), source
            )
        except ValidationFailed as failed:
            self._validate(show_all=True, findings=failed.findings)
            return False
        except (DatabaseUnavailable, ConcurrentEdit):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The period could not be saved just now (the database is busy, out of "
                    "reach, or the period was changed on another workstation). Nothing was "
                    "saved; try again."
                ),
            )
            return False
        self._touched.clear()
        self.reload()
        self.status.setText(
            self.tr("Saved: %1, %n year(s) from %2.", None, saved.years)
            .replace("%1", retention_kind_names().get(kind, kind))
            .replace("%2", format_date(saved.valid_from, self.context.language))
        )
        return True


class ErasurePage(QWidget):
    """Clients whose retention has ended (sortable, with counts), and erasure of one client."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, today=None):
        super().__init__(parent)
        self.setObjectName("ErasurePage")
        self.context = context
        self._today = today or clock.today
        self.rows: list[retention.DueRow] = []
        self.erasure_dialog = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("due_summary")
        self.summary.setWordWrap(True)
        self.table = _table(self, 5, "due_clients")
        # Oldest due first until the user sorts otherwise.
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.erase())
        self.number_label = QLabel(self)
        self.number = CheckedLineEdit(self)
        self.number.setObjectName("erase_client_number")
        self.number.edit.setMaxLength(12)
        self.number.edit.returnPressed.connect(self.erase)
        self.number.edit.textEdited.connect(lambda _text: self.number.set_error(""))
        self.number_label.setBuddy(self.number.edit)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.clicked.connect(self.erase)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.number, 1)
        row.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(
            self.tr(
                "Clients whose client relationship ended longer ago than the retention periods "
                "that apply to them. Erasing anonymises a client irreversibly; a client who is "
                "not yet due can be erased only with a legal reason, which is logged."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Client number"),
                self.tr("Relationship ended"),
                self.tr("Erasure due"),
                self.tr("Days overdue"),
                self.tr("Periods applied"),
            ]
        )
        self.number_label.setText(self.tr("Client &number:"))
        self.number.edit.setAccessibleName(self.tr("Client number"))
        self.erase_button.setText(self.tr("&Erase..."))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def reload(self) -> None:
        today = self._today()
        try:
            self.rows = retention.due_for_erasure(today)
        except DatabaseUnavailable:
            self.rows = []
        names = retention_kind_names()
        language = self.context.language
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for row, due in enumerate(self.rows):
            overdue = (today - due.due_on).days
            cells = (
                _SortItem(str(due.client_id), due.client_id),
                _SortItem(format_date(due.closed_on, language), due.closed_on.toordinal()),
                _SortItem(format_date(due.due_on, language), due.due_on.toordinal()),
                _SortItem(str(overdue), overdue),
                QTableWidgetItem(", ".join(names.get(k, k) for k in due.kinds)),
            )
            for column in (0, 3):
                cells[column].setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.resizeRowsToContents()
        self.summary.setText(self.summary_text(today))

    def summary_text(self, today: dt.date) -> str:
        if not self.rows:
            return self.tr("No client is due for erasure.")
        count = self.tr("%n client(s) due for erasure.", None, len(self.rows))
        over_year = sum(1 for r in self.rows if (today - r.due_on).days > 365)
        detail = self.tr("%n of them more than a year overdue.", None, over_year)
        return f"{count} {detail}" if over_year else count

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = self.table.item(rows[0].row(), 0)
            self.number.setText(item.text())
            self.number.set_error("")

    def erase(self) -> None:
        text = self.number.text().strip()
        if not text.isdigit() or int(text) < 1:
            self.number.set_error(self.tr("Give the client's number (a whole number)."))
            self.number.edit.setFocus()
            return
        try:
            plan = retention.erasure_plan(int(text), self._today())
        except retention.ClientNotFound:
            self.number.set_error(self.tr("There is no client with this number."))
            self.number.edit.setFocus()
            return
        except DatabaseUnavailable:
            self.number.set_error(self.tr("The database is not available just now; try again."))
            return
        if plan.already_erased:
            self.number.set_error(self.tr("This client has already been erased."))
            return
        from .erasure_dialog import ErasureDialog

        dialog = ErasureDialog(self.context, plan, self, today=self._today)
        dialog.finished.connect(self._erasure_finished)
        self.erasure_dialog = dialog
        dialog.open()

    def _erasure_finished(self, result: int) -> None:
        dialog, self.erasure_dialog = self.erasure_dialog, None
        if result:
            self.number.setText("")
            self.reload()
        if dialog is not None:
            dialog.deleteLater()


class DataProtectionDialog(RememberingDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, today=None):
        super().__init__(context.settings, "data_protection", parent)
        self.setObjectName("DataProtectionDialog")
        self.context = context
        self.tabs = QTabWidget(self)
        self.periods = RetentionPeriodsPage(context, self)
        self.erasure = ErasurePage(context, self, today=today)
        self.tabs.addTab(self.periods, "")
        self.tabs.addTab(self.erasure, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.notice_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.notice_button.setObjectName("privacy_notice")
        self.notice_button.clicked.connect(self.show_privacy_notice)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.preview = None
        self.resize(900, 640)
        self.restore_geometry()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Data protection"))
        self.tabs.setTabText(0, self.tr("&Retention periods"))
        self.tabs.setTabText(1, self.tr("&Due for erasure"))
        self.notice_button.setText(self.tr("&Privacy notice..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_privacy_notice(self) -> None:
        self.preview = open_privacy_notice(self.context, self)


def open_privacy_notice(context: AppContext, parent: QWidget | None = None, unit_info=None):
    """Preview the privacy notice (Print…, Save PDF…); returns the open preview dialog.

    ``unit_info`` shows settings still being edited; by default the saved ones."""
    from ...services import privacy_notice
    from ..documents.preview import DocumentPreview

    language = context.language if context.language in ("fi", "sv") else "fi"
    try:
        preview = DocumentPreview(
            context,
            lambda lang: privacy_notice.render_privacy_notice(
                privacy_notice.UNIT_ID, lang, unit_info=unit_info
            ),
            language=language,
            archive_on_output=False,
            parent=parent,
        )
    except DatabaseUnavailable:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DataProtectionDialog", "Not available"),
            QCoreApplication.translate(
                "DataProtectionDialog",
                "The privacy notice could not be made: the database is not available just now.",
            ),
        )
        return None
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
