"""A small document of the shared template, for tests of the template, archive and preview."""

from __future__ import annotations

from tyollistamo_gui.documents.base import (
    DocumentBuilder,
    DocumentInfo,
    Letterhead,
    Signatory,
)
from tyollistamo_gui.documents.texts import DocumentTexts
from tyollistamo_gui.services.rendering import RenderedDocument


def sample_pdf(
    language: str = "fi",
    *,
    body: str = "Ensimmäinen kappale.",
    name: str = "Åsa Öberg",
    letterhead: Letterhead | None = None,
    version: int = 1,
) -> bytes:
    texts = DocumentTexts(language)
    info = DocumentInfo(
        title={"fi": "Testisopimus", "sv": "Testavtal"}.get(language, "Test agreement"),
        number="T-2026-0001",
        version=version,
        letterhead=letterhead or Letterhead(name="Työpaja Kipinä ry", business_id="2129026-2"),
    )
    doc = DocumentBuilder(info, texts)
    doc.title()
    doc.heading("Osapuolet")
    doc.fields([("Asiakas", name), ("Kieli", language)])
    doc.heading("Sisältö")
    doc.paragraph(body)
    doc.paragraph("Viimeinen ehto: sopimus tulee voimaan allekirjoituksin.")
    doc.signatures(
        [Signatory("Asiakas", name), Signatory("Järjestäjä", "Työpaja Kipinä ry")],
        keep_with=doc.take_last(1),
    )
    return doc.render()


def rendered(client_id: int, language: str, *, object_id: int = 7, revision: int = 1):
    return RenderedDocument(
        pdf=sample_pdf(language, version=revision),
        kind="test-agreement",
        title={"fi": "Testisopimus", "sv": "Testavtal"}[language],
        language=language,
        client_id=client_id,
        object_id=object_id,
        source_revision=revision,
        version=revision,
        number="T-2026-0001",
    )
