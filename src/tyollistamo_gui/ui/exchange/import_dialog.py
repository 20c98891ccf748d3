"""The import wizard: choose a file, map its columns, see every row's problems, then import.

Nothing is written before the last step. Reading, checking and writing run in
a worker thread with a progress dialog and Cancel (``ui/workers.py``); the
column mapping is remembered per kind (clients, employers) in the settings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...services import importing
from ...services.database import DatabaseUnavailable
from ...services.session import AccessDenied
from ..context import AppContext
from ..widgets import FieldError
from ..workers import run_in_worker, show_error
from .messages import problem_text

FILE_PAGE, COLUMNS_PAGE, CHECK_PAGE, RESULT_PAGE = range(4)
SAMPLE_ROWS = 3
MAX_PROBLEMS_SHOWN = 1000


def _cell(value: object) -> str:
    return importing._text(value)


class _Page(QWizardPage):
    def wizard(self) -> ImportWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        raise NotImplementedError


class ImportFilePage(_Page):
    """Which file: a line to type or paste the path in, and Browse…"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_file")
        self.path.textChanged.connect(lambda _t: self._changed())
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path)
        self.browse = QPushButton(self)
        self.browse.setObjectName("import_browse")
        self.browse.clicked.connect(self.choose_file)
        self.error = FieldError(self)
        self.error.setObjectName("import_file_error")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._loaded_path: str | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        wizard = self.wizard()
        employers = wizard is not None and wizard.kind == "employers"
        self.setTitle(self.tr("Choose the file"))
        if employers:
            text = self.tr(
                "Choose a CSV or Excel (XLSX) file with one employer per row. The first row "
                "should name the columns, for example Nimi, Y-tunnus, Postinumero. Nothing is "
                "written before the last step."
            )
        else:
            text = self.tr(
                "Choose a CSV or Excel (XLSX) file with one client per row. The first row "
                "should name the columns, for example Etunimi, Sukunimi, Henkilötunnus. "
                "Nothing is written before the last step."
            )
        self.intro.setText(text)
        self.path_label.setText(self.tr("&File:"))
        self.path.setAccessibleName(self.tr("File"))
        self.browse.setText(self.tr("&Browse..."))

    def choose_file(self) -> None:
        start = self.path.text() or str(Path.home())
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _changed(self) -> None:
        self.error.show_message("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        path = self.path.text().strip()
        if wizard.table is not None and self._loaded_path == path:
            return True
        if wizard.busy:
            return False
        self.error.show_message("")
        worker = wizard.start(self.tr("Reading the file"), importing.load, wizard.kind, Path(path))
        if worker is None:
            return False

        def loaded(table: importing.Table) -> None:
            wizard.table = table
            self._loaded_path = path
            wizard.next()

        worker.succeeded.connect(loaded)
        worker.failed.connect(self._failed)
        return False

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, importing.UnreadableFile):
            texts = {
                "missing": self.tr("There is no such file."),
                "format": self.tr("Only CSV (.csv) and Excel (.xlsx) files can be imported."),
                "empty": self.tr("The file has no rows."),
                "damaged": self.tr("The file cannot be read as an Excel workbook."),
            }
            self.error.show_message(texts.get(exc.reason, texts["damaged"]))
            self.path.setFocus()
        elif isinstance(exc, OSError):
            self.error.show_message(self.tr("The file cannot be read: %1").replace("%1", str(exc)))
        else:
            self.wizard().unexpected(exc)


class ImportColumnsPage(_Page):
    """One row per column of the file: its header, its first values, and the field it fills."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("import_columns")
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self)
        self.status.setObjectName("import_mapping_status")
        self.status.setWordWrap(True)
        self.has_header = QCheckBox(self)
        self.has_header.setObjectName("import_has_header")
        self.has_header.toggled.connect(self._header_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.has_header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.combos: list[QComboBox] = []
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.intro.setText(
            self.tr(
                "Choose which field each column fills. Columns were matched by their "
                "headings; a column left as \u201cnot imported\u201d is skipped. The choice "
                "is remembered for the next file."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Field")]
        )
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.has_header.setText(self.tr("The &first row names the columns"))

    def _header_toggled(self, checked: bool) -> None:
        table = self.wizard().table
        found = importing.find_header_row(self.wizard().kind, table)
        table.header_index = (found if found is not None else 0) if checked else None
        self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard()
        table = wizard.table
        self.has_header.blockSignals(True)
        self.has_header.setChecked(table.header_index is not None)
        self.has_header.blockSignals(False)
        headers = table.headers
        samples = [cells for _number, cells in table.data_rows()[:SAMPLE_ROWS]]
        mapping = wizard.initial_mapping()
        labels = importing.field_labels(wizard.kind, wizard.context.language)
        required = set(importing.required_fields(wizard.kind))
        self.table.setRowCount(len(headers))
        self.combos = []
        for index, header in enumerate(headers):
            shown = header if table.header_index is not None else ""
            name = shown or self.tr("Column %1").replace("%1", str(index + 1))
            self.table.setItem(index, 0, QTableWidgetItem(name))
            values = [_cell(row[index]) for row in samples if index < len(row)]
            self.table.setItem(index, 1, QTableWidgetItem(", ".join(v for v in values if v)))
            combo = QComboBox(self.table)
            combo.setObjectName(f"import_field_{index}")
            combo.setAccessibleName(self.tr("Field for the column %1").replace("%1", name))
            combo.addItem(self.tr("(not imported)"), "")
            for field, label in labels.items():
                combo.addItem(f"{label} *" if field in required else label, field)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, "")), 0))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(2)
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def _problems(self) -> str:
        wizard = self.wizard()
        labels = importing.field_labels(wizard.kind, wizard.context.language)
        chosen = [combo.currentData() for combo in self.combos if combo.currentData()]
        twice = sorted({labels[f] for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr("Each field can be filled from one column only: %1.").replace(
                "%1", ", ".join(twice)
            )
        missing = [labels[f] for f in importing.required_fields(wizard.kind) if f not in chosen]
        if missing:
            return self.tr("Choose a column for the required fields (*): %1.").replace(
                "%1", ", ".join(missing)
            )
        return ""

    def _changed(self) -> None:
        self.status.setText(self._problems())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problems()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        wizard.mapping = self.mapping()
        wizard.remember_mapping()
        return True


class ImportCheckPage(_Page):
    """Every row checked: the rows with problems and why, and how to import."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("import_problems")
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.all_rows = QRadioButton(self)
        self.all_rows.setObjectName("import_all_or_nothing")
        self.valid_rows = QRadioButton(self)
        self.valid_rows.setObjectName("import_valid_only")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.all_rows)
        self.modes.addButton(self.valid_rows)
        self.all_rows.setChecked(True)
        self.modes.buttonToggled.connect(lambda _b, _c: self._mode_changed())
        self.note = QLabel(self)
        self.note.setObjectName("import_mode_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.all_rows)
        layout.addWidget(self.valid_rows)
        layout.addWidget(self.note)
        self.setCommitPage(True)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Check the rows"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.all_rows.setText(self.tr("Import &all rows, or nothing if any row has a problem"))
        self.valid_rows.setText(
            self.tr("Import &only the rows without problems and skip the others")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self._show_plan()

    def initializePage(self) -> None:
        wizard = self.wizard()
        wizard.plan = None
        self._show_plan()
        worker = wizard.start(
            self.tr("Checking the rows"),
            importing.check,
            wizard.kind,
            wizard.table,
            wizard.mapping,
            source=Path(wizard.file_page.path.text().strip()).name,
        )
        if worker is None:
            return

        def checked(plan: importing.ImportPlan) -> None:
            wizard.plan = plan
            self.valid_rows.setChecked(bool(plan.problems))
            self._show_plan()

        worker.succeeded.connect(checked)
        worker.cancelled.connect(wizard.back)
        worker.failed.connect(wizard.unexpected)

    def _show_plan(self) -> None:
        wizard = self.wizard()
        plan = wizard.plan if wizard is not None else None
        self.problems.setRowCount(0)
        if plan is None:
            self.summary.setText(self.tr("Checking the rows..."))
            self._mode_changed()
            return
        labels = importing.field_labels(wizard.kind, wizard.context.language)
        bad = len(plan.error_rows)
        lines = [
            self.tr("%n row(s) in the file.", None, plan.total),
            self.tr("%n row(s) can be imported.", None, len(plan.rows)),
        ]
        if bad:
            lines.append(self.tr("%n row(s) have problems; they are listed below.", None, bad))
        else:
            lines.append(self.tr("No row has problems."))
        self.summary.setText(" ".join(lines))
        shown = plan.problems[:MAX_PROBLEMS_SHOWN]
        if len(plan.problems) > len(shown):
            # Thousands of rows of the same mistake say no more than the first thousand.
            lines.append(self.tr("The first %1 problems are shown.").replace("%1", str(len(shown))))
            self.summary.setText(" ".join(lines))
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            column = problem.column or labels.get(problem.field, "")
            for col, text in enumerate((str(problem.row), column, problem_text(problem.finding))):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                self.problems.setItem(row, col, item)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(plan.problems))
        self._mode_changed()

    def valid_only(self) -> bool:
        return self.valid_rows.isChecked()

    def _mode_changed(self) -> None:
        wizard = self.wizard()
        plan = wizard.plan if wizard is not None else None
        note = ""
        if plan is not None and plan.problems and not self.valid_only():
            note = self.tr(
                "Nothing can be imported all at once while rows have problems. Correct them "
                "in the file and choose it again, or import only the rows without problems."
            )
        elif plan is not None and not plan.rows:
            note = self.tr("There are no rows to import.")
        self.note.setText(note)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        plan = wizard.plan if wizard is not None else None
        if plan is None or not plan.rows or wizard.busy:
            return False
        return self.valid_only() or not plan.problems

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard.result is not None:
            return True
        if wizard.busy or not self.isComplete():
            return False
        worker = wizard.start(
            self.tr("Importing"), importing.run, wizard.plan, valid_only=self.valid_only()
        )
        if worker is None:
            return False

        def done(result: importing.ImportResult) -> None:
            wizard.result = result
            wizard.next()

        worker.succeeded.connect(done)
        worker.failed.connect(wizard.unexpected)
        self.completeChanged.emit()
        return False


class ImportResultPage(_Page):
    """What was written."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setObjectName("import_result")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Done"))
        self._show()

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        wizard = self.wizard()
        result = wizard.result if wizard is not None else None
        if result is None:
            self.message.setText("")
            return
        employers = result.kind == "employers"
        if result.cancelled and result.written == 0:
            text = self.tr("The import was cancelled. Nothing was written.")
        elif result.cancelled and employers:
            text = self.tr(
                "The import was cancelled after %n employer(s) were written.", None, result.written
            )
        elif result.cancelled:
            text = self.tr(
                "The import was cancelled after %n client(s) were written.", None, result.written
            )
        else:
            text = (
                self.tr("Imported %n employer(s).", None, result.written)
                if employers
                else self.tr("Imported %n client(s).", None, result.written)
            )
            if result.skipped:
                text += " " + self.tr(
                    "%n row(s) with problems were not imported.", None, result.skipped
                )
        self.message.setText(text)


class ImportWizard(QWizard):
    """Import of ``kind`` ("clients" or "employers")."""

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.context = context
        self.kind = kind
        self.table: importing.Table | None = None
        self.mapping: dict[int, str] = {}
        self.plan: importing.ImportPlan | None = None
        self.result: importing.ImportResult | None = None
        self.worker = None
        self.file_page = ImportFilePage()
        self.columns_page = ImportColumnsPage()
        self.check_page = ImportCheckPage()
        self.result_page = ImportResultPage()
        for number, page in enumerate(
            (self.file_page, self.columns_page, self.check_page, self.result_page)
        ):
            self.setPage(number, page)
        self.retranslateUi()
        self.resize(860, 600)

    # -- work off the GUI thread -----------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.is_running()

    def start(self, title: str, function, *args, **kwargs):
        """Run a services call in a worker; None if one is already running."""
        if self.busy:
            return None
        self.worker = run_in_worker(self, title, function, *args, **kwargs)
        self.worker.finished.connect(self._worker_finished)
        self._enable_buttons(False)
        return self.worker

    def _worker_finished(self) -> None:
        self._enable_buttons(True)
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def _enable_buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(enabled)

    def unexpected(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseUnavailable | AccessDenied):
            show_error(self, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def reject(self) -> None:
        if self.busy:
            self.worker.cancel()
            return
        super().reject()

    # -- the remembered mapping ------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"import/{self.kind}_mapping"

    def initial_mapping(self) -> dict[int, str]:
        """The mapping remembered for these headers, else the one guessed from them."""
        headers = self.table.headers
        mapping = (
            importing.guess_mapping(self.kind, headers)
            if self.table.header_index is not None
            else {}
        )
        try:
            remembered = json.loads(str(self.context.settings.value(self._settings_key(), "{}")))
        except (TypeError, ValueError):
            remembered = {}
        known = set(importing.fields(self.kind))
        for index, header in enumerate(headers):
            field = (
                remembered.get(header.strip().casefold()) if isinstance(remembered, dict) else None
            )
            if field == "":
                mapping.pop(index, None)
            elif field in known:
                mapping = {i: f for i, f in mapping.items() if f != field}
                mapping[index] = field
        return mapping

    def remember_mapping(self) -> None:
        if self.table is None or self.table.header_index is None:
            return
        try:
            remembered = json.loads(str(self.context.settings.value(self._settings_key(), "{}")))
        except (TypeError, ValueError):
            remembered = {}
        if not isinstance(remembered, dict):
            remembered = {}
        for index, header in enumerate(self.table.headers):
            if header.strip():
                remembered[header.strip().casefold()] = self.mapping.get(index, "")
        self.context.settings.setValue(self._settings_key(), json.dumps(remembered))

    # -- texts -------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        translate = QCoreApplication.translate
        if self.kind == "employers":
            self.setWindowTitle(translate("ImportWizard", "Import employers"))
        else:
            self.setWindowTitle(translate("ImportWizard", "Import clients"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("ImportWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("ImportWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("ImportWizard", "Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "&Close"))
        for page in (self.file_page, self.columns_page, self.check_page, self.result_page):
            page.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
