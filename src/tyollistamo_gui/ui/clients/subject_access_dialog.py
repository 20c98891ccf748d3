"""Subject-access export of one client (tarkastusoikeus): language, file, progress, result."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import session, subject_access
from ...services.database import DatabaseUnavailable
from ...services.progress import Progress
from ..context import AppContext
from ..widgets import CheckedLineEdit, RememberingDialog, heading
from ..workers import run_in_worker, show_error

_FOLDER_SETTING = "subject_access/folder"


class _NamedSteps:
    """Passes the export's steps on with the user's words for them (the service has keys)."""

    def __init__(self, progress: Progress, texts: dict[str, str]):
        self.progress = progress
        self.texts = texts

    def step(self, done: int, total: int = 0, text: str | None = None) -> None:
        if text in ("report", "done"):
            label = self.texts["report"]
        else:
            label = self.texts["collecting"].replace("%1", str(done + 1)).replace("%2", str(total))
        self.progress.step(done, total, label)

    def check(self) -> None:
        self.progress.check()


def _export(client_id: int, path: Path, language: str, texts: dict[str, str], progress: Progress):
    """Runs in the worker thread."""
    return subject_access.export_client(
        client_id, path, language, progress=_NamedSteps(progress, texts)
    )


class SubjectAccessDialog(RememberingDialog):
    """Asks the report's language and the zip file, builds it with progress, says where it is."""

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        client_name: str,
        language: str = "fi",
        parent: QWidget | None = None,
    ):
        super().__init__(context.settings, "subject_access", parent)
        self.setObjectName("SubjectAccessDialog")
        self.context = context
        self.client_id = client_id
        self.client_name = client_name
        self.result_path: Path | None = None
        self.worker = None

        self.title = heading(self, 1.2)
        self.title.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("", "fi")
        self.language.addItem("", "sv")
        self.language.setCurrentIndex(1 if language == "sv" else 0)
        self.language_label.setBuddy(self.language)
        self.file_label = QLabel(self)
        self.file = CheckedLineEdit(self)
        self.file.edit.setObjectName("file")
        self.file_label.setBuddy(self.file.edit)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        self.file.setText(str(self._default_folder() / self._file_name()))
        self.language.currentIndexChanged.connect(self._language_changed)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language)
        form.addRow(self.file_label, file_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)
        self.restore_geometry()
        self.retranslateUi()

    # -- file name ----------------------------------------------------------------------------

    def _default_folder(self) -> Path:
        saved = str(self.context.settings.value(_FOLDER_SETTING, "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _file_name(self) -> str:
        return subject_access.suggested_file_name(self.client_id, self.chosen_language())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_changed(self) -> None:
        # Follow the language in the suggested name unless the user typed a name of their own.
        current = Path(self.file.text().strip())
        suggested = {
            subject_access.suggested_file_name(self.client_id, lang) for lang in ("fi", "sv")
        }
        if current.name in suggested:
            self.file.setText(str(current.with_name(self._file_name())))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the subject-access export"),
            self.file.text(),
            self.tr("Zip (*.zip)"),
        )
        if path:
            self.file.setText(path)
            self.file.set_error("")

    def target(self) -> Path | None:
        """The file to write, or None after showing what is wrong with the name."""
        text = self.file.text().strip()
        if not text:
            self.file.set_error(self.tr("Give the name of the file to save."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        if not path.parent.is_dir():
            self.file.set_error(
                self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
            )
            return None
        if path.is_dir():
            self.file.set_error(self.tr("This is a folder; give a file name."))
            return None
        self.file.set_error("")
        return path

    # -- export -------------------------------------------------------------------------------

    def export(self) -> None:
        path = self.target()
        if path is None:
            self.file.setFocus()
            return
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("%1 already exists. Replace it?").replace("%1", path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._target = path
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        texts = self._progress_texts()
        worker = run_in_worker(
            self,
            self.tr("Subject-access export"),
            _export,
            self.client_id,
            path,
            self.chosen_language(),
            texts,
        )
        worker.succeeded.connect(self._exported)
        worker.failed.connect(self._failed)
        worker.finished.connect(
            lambda: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        )
        self.worker = worker

    def _progress_texts(self) -> dict[str, str]:
        collecting = self.tr("Collecting the client's data (%1 / %2)...")
        return {
            "collecting": collecting,
            "report": self.tr("Writing the report and the zip file..."),
        }

    def _exported(self, result: subject_access.ExportResult) -> None:
        self.context.settings.setValue(_FOLDER_SETTING, str(result.path.parent))
        self.result_path = result.path
        self._tell_saved(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.file.set_error(
                self.tr("The file could not be written: %1").replace("%1", str(exc))
            )
            self.file.setFocus()
            return
        if isinstance(exc, session.AccessDenied):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("You may not export this client's data.")
            )
            return
        show_error(self, exc)
        if not isinstance(exc, DatabaseUnavailable):
            # Not something the user can act on: the crash handler logs it.
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _tell_saved(self, result: subject_access.ExportResult) -> None:
        box = self._saved_box(result)
        self.saved_box = box
        box.exec()

    def _saved_box(self, result: subject_access.ExportResult) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("SubjectAccessSaved")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("The subject-access export was saved to %1").replace("%1", str(result.path))
        )
        info = self.tr(
            "The zip file holds the report (PDF), the same data as JSON, the archived "
            "documents and a README with checksums. Give it to the client securely, "
            "e.g. on an encrypted memory stick or in person."
        )
        if result.damaged_documents:
            info += "\n\n" + self.tr(
                "%n archived documents no longer match their checksum; the README names them.",
                None,
                len(result.damaged_documents),
            )
        box.setInformativeText(info)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    # -- language -----------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Subject-access export"))
        self.title.setText(self.tr("Subject-access export: %1").replace("%1", self.client_name))
        self.explanation.setText(
            self.tr(
                "Everything stored about the client (right of access, GDPR article 15) "
                "is saved as one zip file: a report in PDF, the same data as JSON for "
                "machines, the archived documents and a list of checksums. The export is "
                "recorded in the audit log."
            )
        )
        self.language_label.setText(self.tr("&Language of the report:"))
        self.language.setItemText(0, self.tr("Finnish"))
        self.language.setItemText(1, self.tr("Swedish"))
        self.file_label.setText(self.tr("&File:"))
        self.file.edit.setAccessibleName(self.tr("File"))
        self.browse_button.setText(self.tr("&Browse..."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
