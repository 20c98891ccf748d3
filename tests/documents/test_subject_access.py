"""The subject-access report: every section, in Finnish and Swedish, user text printed literally."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from tyollistamo_gui.documents.base import Letterhead
from tyollistamo_gui.documents.subject_access import labels_missing, render_subject_access
from tyollistamo_gui.services import subject_access
from tyollistamo_gui.storage.documents import ArchivedDocument

from ..unit.services.subject_access_data import PDF, fill_every_table

LETTERHEAD = Letterhead(name="Työpaja Kipinä ry", business_id="2129026-2")

HEADINGS = {
    "fi": [
        "Rekisteriote",
        "Perustiedot",
        "Henkilöllisyys ja kieli",
        "Yhteystiedot",
        "Etuus ja ohjautuminen",
        "Muistiinpanot (kaikki versiot)",
        "Tapahtumat",
        "Palvelujaksot",
        "Ohjausprosessi ja työllistymissuunnitelma",
        "Suunnitelman toimenpiteet",
        "Työhönvalmennus",
        "Tehtäväloki",
        "Työelämätaitojen arviointi",
        "Yksilövalmennus",
        "Ryhmävalmennus: jäsenyydet ja läsnäolot",
        "Työkokeilut",
        "Poissaolot",
        "Palkkatuettu työ",
        "Kuntouttava työtoiminta",
        "Läsnäolokirjanpito",
        "Arkistoidut asiakirjat",
        "Ketkä ovat käsitelleet tietoja (lokiote)",
    ],
    "sv": [
        "Registerutdrag",
        "Basuppgifter",
        "Identitet och språk",
        "Kontaktuppgifter",
        "Förmån och hänvisning",
        "Anteckningar (alla versioner)",
        "Händelser",
        "Serviceperioder",
        "Handledningsprocess och sysselsättningsplan",
        "Planens åtgärder",
        "Arbetsträning",
        "Uppgiftslogg",
        "Bedömning av arbetslivsfärdigheter",
        "Individuell träning",
        "Gruppträning: medlemskap och närvaro",
        "Arbetsprövningar",
        "Frånvaro",
        "Lönesubventionerat arbete",
        "Arbetsverksamhet i rehabiliteringssyfte",
        "Närvaroregister",
        "Arkiverade dokument",
        "Vem som har behandlat uppgifterna (loggutdrag)",
    ],
}


def _text(pdf: bytes) -> str:
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


@pytest.fixture
def data(db):
    return subject_access.collect_unlogged(fill_every_table())


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_section_is_printed_in_the_language(data, language):
    text = _text(render_subject_access(data, LETTERHEAD, language))
    for heading in HEADINGS[language]:
        assert heading in text, heading
    assert "010190-999K" in text and "Aino" in text
    # No section fell back to its English heading.
    assert "Basic data" not in text and "Who has processed" not in text


def test_user_text_is_printed_literally(data):
    # A short value in a table cell is drawn as a plain string, a long one wraps: both literal.
    (trial,) = data.sections["work_trials"]
    trial.children["work_trial_absence"][0].fields["note"] = "<i>&x"
    text = _text(render_subject_access(data, LETTERHEAD, "fi"))
    assert "Teksti <b>&amp; 'lainaus' — åäö client_note.text" in text
    assert "<i>&x" in text


def test_codes_are_printed_by_their_names(data):
    # The filler stores codes that are no vocabulary's; the known ones are named.
    data.sections["client"][0].fields["benefit_status"] = "labour_market_subsidy"
    data.sections["audit_log"][0].fields["action"] = "view"
    fi = _text(render_subject_access(data, LETTERHEAD, "fi"))
    sv = _text(render_subject_access(data, LETTERHEAD, "sv"))
    assert "Työmarkkinatuki" in fi and "Arbetsmarknadsstöd" in sv
    assert "labour_market_subsidy" not in fi


def test_every_exported_column_has_a_label(data):
    assert labels_missing(data, "fi") == []
    assert labels_missing(data, "sv") == []


def test_an_altered_document_is_named_in_the_report(db):
    client_id = fill_every_table()
    ArchivedDocument.update(pdf=PDF + b"x").execute()
    data = subject_access.collect_unlogged(client_id)
    text = _text(render_subject_access(data, LETTERHEAD, "fi"))
    assert "Asiakirjat, jotka eivät vastaa tarkistussummaansa" in text


@pytest.mark.parametrize(
    "long_text",
    [
        " ".join(f"sana{n}" for n in range(6000)),  # one paragraph of about nine pages
        "\n".join(f"rivi{n}" for n in range(300)),  # more short lines than a page holds
    ],
    ids=["long-paragraph", "many-lines"],
)
def test_a_note_longer_than_a_page_continues_on_the_next(data, long_text):
    note = data.sections["notes"][0]
    note.fields["text"] = long_text
    pdf = render_subject_access(data, LETTERHEAD, "fi")
    text = _text(pdf)
    words = long_text.split()
    assert words[0] in text and words[-1] in text
    assert all(word in text for word in words[:: len(words) // 50])
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 5
