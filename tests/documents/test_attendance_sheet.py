"""The attendance sheet of a group session, read back from the PDF in Finnish and Swedish."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tyollistamo_gui.services import clients, groups, rendering
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.documents import DocumentNotFound
from tyollistamo_gui.storage.models import StaffUser

D = dt.date


@pytest.fixture
def session(db):
    coach = StaffUser.create(username="k", display_name="Kalle Ryhmä", role="coach")
    group = groups.create_group(
        groups.GroupData(
            "Kohti työtä <&>", "work", D(2026, 2, 2), D(2026, 5, 29), coach_ids=(coach.id,)
        )
    )
    for first, last in (("Åsa", "Öberg"), ("Aino", "Aalto"), ("Bo", "Berg")):
        client = clients.create_client(ClientData(first_name=first, last_name=last))
        groups.add_member(group.id, client.id, D(2026, 2, 2))
    return groups.add_session(group.id, D(2026, 3, 3), dt.time(9, 30), "Ansioluettelo")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fi",
            ("Läsnäololista", "Ryhmä", "Ryhmän tavoite", "työelämään", "Päivämäärä", "Kellonaika",
             "Aihe", "Valmentajat", "Nimi", "Läsnä", "Allekirjoitus", "Valmentaja", "Sivu 1 / 1"),
        ),
        (
            "sv",
            ("Närvarolista", "Grupp", "Gruppens mål", "till arbetslivet", "Datum", "Klockslag",
             "Tema", "Tränare", "Namn", "Närvarande", "Underskrift", "Sida 1 / 1"),
        ),
    ],
)  # fmt: skip
def test_sheet_in_finnish_and_swedish(session, language, words):
    document = rendering.render("attendance-sheet", session.id, language)
    assert document.language == language and document.client_id is None
    text = _text(document.pdf)
    for word in words:
        assert word in text, word
    assert "Kohti työtä <&>" in text
    assert "3.3.2026" in text and "9.30" in text and "Ansioluettelo" in text
    assert "Kalle Ryhmä" in text
    # Members in name order, numbered, with a signature row each.
    names = ["Aalto, Aino", "Berg, Bo", "Öberg, Åsa"]
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)
    english = ("Attendance sheet", "Signature", "Goal of the group")
    assert not any(word in text for word in english)


def test_unknown_session_is_not_found(db):
    with pytest.raises(DocumentNotFound):
        rendering.render("attendance-sheet", 999, "fi")
