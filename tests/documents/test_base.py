"""The shared page template: letterhead, page numbers, escaping, flow and signatures."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tyollistamo_gui.documents.base import DocumentBuilder, DocumentInfo, Letterhead, escape
from tyollistamo_gui.documents.texts import DocumentTexts

from .sample import sample_pdf


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_escape_keeps_markup_characters_literal():
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert escape("line\nnext") == "line<br/>next"
    assert escape("bell\x07") == "bell"
    assert escape(None) == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ("Sivu 1 / 1", "Allekirjoitukset", "Paikka ja aika", "Nimenselvennys", "Y-tunnus")),
        ("sv", ("Sida 1 / 1", "Underskrifter", "Ort och datum", "Namnförtydligande", "FO-nummer")),
    ],
)
def test_template_texts_follow_the_document_language(qapp, language, expected):
    text = pages_text(sample_pdf(language))[0]
    for phrase in expected:
        assert phrase in text
    assert "T-2026-0001" in text
    assert "Työpaja Kipinä ry" in text


def test_user_text_with_markup_prints_literally(qapp):
    text = "\n".join(pages_text(sample_pdf(name="<b>Matti</b> & Co", body="x < y && z > 0")))
    assert "<b>Matti</b> & Co" in text
    assert "x < y && z > 0" in text


def test_long_text_flows_and_signatures_stay_with_the_last_clause(qapp):
    body = " ".join(f"sana{i}" for i in range(5000))
    texts = pages_text(sample_pdf(body=body))
    assert len(texts) >= 4
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Sivu {number} / {total}" in text
    assert "sana4999" in "".join(texts)
    last = texts[-1]
    assert "Allekirjoitukset" in last and "Viimeinen ehto" in last
    assert all("Allekirjoitukset" not in t for t in texts[:-1])


def test_logo_is_drawn_and_a_broken_logo_does_not_stop_printing(qapp):
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QColor, QImage

    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#3060a0"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with_logo = sample_pdf(letterhead=Letterhead(name="Yksikkö", logo=bytes(buffer.data())))
    reader = PdfReader(io.BytesIO(with_logo))
    assert list(reader.pages[0].images), "the logo should be an image on the page"
    broken = sample_pdf(letterhead=Letterhead(name="Yksikkö", logo=b"not an image"))
    assert "Yksikkö" in pages_text(broken)[0]


def test_fonts_are_embedded(qapp):
    reader = PdfReader(io.BytesIO(sample_pdf("sv")))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert names and all("DejaVuSans" in name for name in names), names
    for key in fonts:
        font = fonts[key].get_object()
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), "not embedded"


def test_same_content_renders_to_identical_bytes(qapp):
    assert sample_pdf("fi") == sample_pdf("fi")
    assert sample_pdf("fi") != sample_pdf("fi", version=2)


def test_tables_repeat_their_header_on_every_page(qapp):
    texts = DocumentTexts("fi")
    doc = DocumentBuilder(DocumentInfo(title="Läsnäolo", letterhead=Letterhead(name="U")), texts)
    doc.table(["Päivä", "Tila"], [[f"{d}.1.2026", "läsnä"] for d in range(1, 31)] * 4)
    pdf = doc.render()
    texts_ = pages_text(pdf)
    assert len(texts_) >= 2
    assert all("Päivä" in t for t in texts_)


def test_documents_refuse_a_language_without_a_catalogue():
    with pytest.raises(ValueError):
        DocumentTexts("de")
