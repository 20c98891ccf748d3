"""Preview a document as page images, then print it or save it as PDF.

Used for every printable document: the caller passes a function that renders
the document in a given language. Printing or saving archives that exact PDF
on the client (when the document belongs to one) and says so in the dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...i18n import LANGUAGE_NAMES
from ...services import documents as archive
from ...services.database import DatabaseUnavailable
from ...services.rendering import RenderedDocument
from ..context import AppContext
from ..widgets import RememberingDialog
from .pages import page_images

Render = Callable[[str], RenderedDocument]
SCREEN_DPI = 96
PRINT_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def safe_file_name(text: str) -> str:
    """A file name Windows accepts: no reserved characters, no trailing dots or spaces."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned[:120] or "document"


class DocumentPreview(RememberingDialog):
    """Shows the pages; *Print…* and *Save PDF…* archive what they output.

    ``render(language)`` returns the document in that language; ``languages``
    lists the languages offered (empty: the document is fixed, e.g. an archived
    copy). With ``archive_on_output`` False nothing is archived (reprints of an
    archived copy, documents that belong to no client).
    """

    archived = Signal(object)  # services.documents.DocumentRecord

    def __init__(
        self,
        context: AppContext,
        render: Render,
        *,
        language: str,
        languages: tuple[str, ...] = ("fi", "sv"),
        archive_on_output: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context.settings, "document_preview", parent)
        self.setObjectName("DocumentPreview")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.context = context
        self._render = render
        self._archive_on_output = archive_on_output
        self._default_language = language
        self.document: RenderedDocument | None = None
        self.record: archive.DocumentRecord | None = None
        self._zoom = 1.0
        self._images = []

        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language)
        self.language.setVisible(bool(languages))
        self.language_label.setVisible(bool(languages))
        self.zoom_out = QPushButton(self)
        self.zoom_in = QPushButton(self)
        self.zoom_label = QLabel(self)
        self.zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self._step_zoom(1))
        self.page_label = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.page_label)
        top.addSpacing(12)
        top.addWidget(self.zoom_out)
        top.addWidget(self.zoom_label)
        top.addWidget(self.zoom_in)

        self.pages = QWidget(self)
        self.pages.setObjectName("previewPages")
        self.pages.setStyleSheet("QWidget#previewPages { background: #6b7580; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)

        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printButton")
        self.save_button.setObjectName("savePdfButton")
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

        self.resize(860, 900)
        self.restore_geometry()
        self.retranslateUi()
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def current_language(self) -> str:
        return self.language.currentData() or self._default_language

    def refresh(self) -> None:
        """Render again (language changed) and show the pages."""
        self.document = self._render(self.current_language())
        self.record = None
        self._images = page_images(self.document.pdf, SCREEN_DPI * 2)
        self._show_pages()
        self.status.setText("")
        self.retranslateUi()

    def _show_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().setObjectName("")
                item.widget().hide()
                item.widget().deleteLater()
        ratio = self.devicePixelRatioF() or 1.0
        for number, image in enumerate(self._images, start=1):
            width = round(image.width() / 2 * self._zoom * ratio)
            pixmap = QPixmap.fromImage(
                image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel(self.pages)
            label.setPixmap(pixmap)
            label.setObjectName(f"page{number}")
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            self.pages_layout.addWidget(label)

    def page_count(self) -> int:
        return len(self._images)

    def _step_zoom(self, step: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self._zoom))
        index = max(0, min(len(ZOOMS) - 1, index + step))
        self._zoom = ZOOMS[index]
        self._show_pages()
        self.retranslateUi()

    # -- output -----------------------------------------------------------------------------

    def print_document(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.document.title))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer) -> bool:
        """Paint every page on ``printer``, then archive; False if printing failed."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Printing failed"), self.tr("The printer could not be started.")
            )
            return False
        try:
            dpi = min(PRINT_DPI, max(printer.resolution(), 72))
            count = len(self._images)
            for index in range(count):
                if index:
                    printer.newPage()
                image = page_images(self.document.pdf, dpi, range(index, index + 1))[0]
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                size = QRectF(0, 0, image.width() * scale, image.height() * scale)
                painter.drawImage(size, image)
        finally:
            painter.end()
        self._archive(self.tr("Printed."))
        return True

    def save_pdf(self) -> bool:
        folder = self.context.settings.value("documents/save_folder", "")
        name = safe_file_name(self.document.file_stem or self.document.title) + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            f"{folder}/{name}" if folder else name,
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            with open(path, "wb") as handle:
                handle.write(self.document.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Saving failed"),
                self.tr("The PDF could not be saved to %1:\n%2")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        import os

        self.context.settings.setValue("documents/save_folder", os.path.dirname(path))
        self._archive(self.tr("Saved to %1.").replace("%1", path))
        return True

    def _archive(self, done: str) -> None:
        document = self.document
        if not self._archive_on_output or document.client_id is None:
            self.status.setText(done)
            return
        try:
            self.record = archive.archive_document(
                client_id=document.client_id,
                kind=document.kind,
                object_id=document.object_id,
                title=document.title,
                language=document.language,
                pdf=document.pdf,
                version=document.version,
                source_revision=document.source_revision,
                number=document.number,
                staff_id=self.context.current_staff_id(),
                actor=self.context.actor_name(),
            )
        except DatabaseUnavailable:
            self.status.setText(
                done
                + " "
                + self.tr("The copy could not be archived: the database is not available.")
            )
            return
        self.status.setText(
            done
            + " "
            + self.tr(
                "Archived on the client as version %1; record the signing when it is signed."
            ).replace("%1", str(self.record.version))
        )
        self.archived.emit(self.record)

    # -- texts ------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        title = self.document.title if self.document else ""
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.language_label.setText(self.tr("Document &language:"))
        self.zoom_out.setText(self.tr("Zoom &out"))
        self.zoom_in.setText(self.tr("Zoom &in"))
        self.zoom_label.setText(f"{round(self._zoom * 100)} %")
        self.page_label.setText(self.tr("%n page(s)", None, len(self._images)))
        self.print_button.setText(self.tr("&Print..."))
        self.save_button.setText(self.tr("&Save PDF..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
