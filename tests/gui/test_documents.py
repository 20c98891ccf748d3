"""Preview, print, save, archive and record signing, driven through the widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from tyollistamo_gui.formatting import format_date
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.ui.clients.client_card import ClientCard
from tyollistamo_gui.ui.documents.documents_tab import DocumentsTab
from tyollistamo_gui.ui.documents.preview import DocumentPreview, safe_file_name
from tyollistamo_gui.ui.documents.signing import RecordSigningDialog

from ..documents.sample import rendered


@pytest.fixture
def client(context):
    return client_service.create_client(
        ClientData(first_name="Åsa", last_name="Öberg", service_language="sv")
    )


def _preview(qtbot, context, client, **kwargs):
    calls = []

    def render(language):
        calls.append(language)
        return rendered(client.id, language)

    preview = DocumentPreview(context, render, language="sv", **kwargs)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    return preview, calls


def test_preview_shows_the_pages_in_the_chosen_language(qtbot, context, client):
    preview, calls = _preview(qtbot, context, client)
    assert calls == ["sv"]
    assert preview.page_count() == 1
    page = preview.pages.findChild(QLabel, "page1")
    assert page is not None and page.pixmap().width() > 300
    assert preview.windowTitle() == "Preview: Testavtal"
    preview.language.setFocus()
    qtbot.keyClick(preview.language, Qt.Key.Key_Up)  # svenska -> suomi
    assert calls == ["sv", "fi"]
    assert preview.document.title == "Testisopimus"
    width = page.pixmap().width()
    qtbot.mouseClick(preview.zoom_in, Qt.MouseButton.LeftButton)
    assert preview.pages.findChild(QLabel, "page1").pixmap().width() > width


def test_save_pdf_writes_the_file_and_archives_it_once(
    qtbot, context, client, tmp_path, monkeypatch
):
    preview, _calls = _preview(qtbot, context, client)
    target = tmp_path / "ut"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    seen = []
    preview.archived.connect(seen.append)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "ut.pdf"
    assert saved.read_bytes() == preview.document.pdf
    [record] = archive.list_documents(client.id)
    assert seen == [record]
    assert (record.version, record.language, record.title) == (1, "sv", "Testavtal")
    assert archive.document_pdf(record.id) == saved.read_bytes()
    assert "version 1" in preview.status.text()
    # Saving the same document again does not make a second archived copy.
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert len(archive.list_documents(client.id)) == 1


def test_saving_to_an_unwritable_place_says_so_and_archives_nothing(
    qtbot, context, client, tmp_path, monkeypatch
):
    preview, _calls = _preview(qtbot, context, client)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "missing" / "x.pdf"), ""),
    )
    messages = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: messages.append(text))
    assert preview.save_pdf() is False
    assert messages and "could not be saved" in messages[0]
    assert archive.list_documents(client.id) == []


def test_printing_paints_every_page_and_archives(qtbot, context, client, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    preview, _calls = _preview(qtbot, context, client)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.page_count()
    [record] = archive.list_documents(client.id)
    assert record.sha256 == __import__("hashlib").sha256(preview.document.pdf).hexdigest()


def test_an_archived_copy_is_shown_without_archiving_again(qtbot, context, client, tmp_path):
    preview, _calls = _preview(qtbot, context, client, languages=(), archive_on_output=False)
    assert not preview.language.isVisible()
    preview._archive("Printed.")
    assert archive.list_documents(client.id) == []


def _documents_tab(card) -> DocumentsTab:
    return next(tab for tab in card.service_tabs if isinstance(tab, DocumentsTab))


def test_documents_tab_lists_versions_and_records_signing(qtbot, context, client):
    document = rendered(client.id, "sv")
    record = archive.archive_document(
        client_id=client.id,
        kind=document.kind,
        object_id=document.object_id,
        title=document.title,
        language="sv",
        pdf=document.pdf,
        number=document.number,
    )
    card = ClientCard(context, client.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    assert card.show_tab("documents")
    tab = _documents_tab(card)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "Testavtal · T-2026-0001"
    assert tab.table.item(0, 4).text() == "Not signed"
    assert not tab.sign_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.sign_button.isEnabled()

    tomorrow = format_date(dt.date.today() + dt.timedelta(days=1), "fi")
    today = format_date(dt.date.today(), "fi")
    errors = []

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordSigningDialog), dialog
        dialog.signed_on.edit.selectAll()
        qtbot.keyClicks(dialog.signed_on.edit, tomorrow)
        dialog.signed_by.edit.setText("Åsa Öberg; Työpaja Kipinä")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        errors.append(dialog.signed_on.error.text())
        assert dialog.isVisible(), "a date in the future must not be accepted"
        dialog.signed_on.edit.selectAll()
        qtbot.keyClicks(dialog.signed_on.edit, "31.2.2026")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        errors.append(dialog.signed_on.error.text())
        dialog.signed_on.edit.selectAll()
        qtbot.keyClicks(dialog.signed_on.edit, today)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert errors == [
        "The date cannot be in the future.",
        "Write the date as day.month.year, e.g. 3.12.2026.",
    ]
    assert archive.get_document(record.id).signed_by == "Åsa Öberg; Työpaja Kipinä"
    assert tab.table.item(0, 4).text() == f"{today} (Åsa Öberg; Työpaja Kipinä)"
    tab.table.selectRow(0)
    assert not tab.sign_button.isEnabled()
    history = [card.timeline.item(r, 1).text() for r in range(card.timeline.rowCount())]
    assert "Signing recorded: Testavtal, version 1" in history


def test_documents_tab_opens_the_archived_copy(qtbot, context, client, monkeypatch):
    document = rendered(client.id, "fi")
    archive.archive_document(
        client_id=client.id,
        kind=document.kind,
        object_id=document.object_id,
        title=document.title,
        language="fi",
        pdf=document.pdf,
    )
    card = ClientCard(context, client.id)
    qtbot.addWidget(card)
    tab = _documents_tab(card)
    tab.table.selectRow(0)
    shown = []
    monkeypatch.setattr(DocumentPreview, "exec", lambda self: shown.append(self.document) or 0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert [d.pdf for d in shown] == [document.pdf]
    assert len(archive.list_documents(client.id)) == 1


def test_new_client_card_has_the_documents_tab_disabled(qtbot, context):
    card = ClientCard(context, None)
    qtbot.addWidget(card)
    tab = _documents_tab(card)
    assert not card.tabs.isTabEnabled(card.tabs.indexOf(tab))
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "&Documents"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('Työkokeilusopimus: "Åsa" <Öberg>', "Työkokeilusopimus Åsa Öberg"),
        ("a/b\\c|d?e*f. ", "a b c d e f"),
        ("", "document"),
    ],
)
def test_safe_file_names(title, expected):
    assert safe_file_name(title) == expected
