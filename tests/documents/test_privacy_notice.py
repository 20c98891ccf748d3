"""The privacy notice read back from the PDF in Finnish and Swedish, filled from the settings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tyollistamo_gui.__main__ import main
from tyollistamo_gui.services import privacy_notice, rendering, retention, unit
from tyollistamo_gui.services.documents import DocumentNotFound
from tyollistamo_gui.storage import connection

UNIT = unit.UnitInfo(
    name="Työpaja Verso ry",
    business_id="2129026-2",
    street_address="Kauppakatu 1",
    postal_code="20100",
    post_office="Turku",
    phone="+358 2 123 456",
    email="toimisto@verso.example.fi",
    privacy_contact_name="Leena Mäkelä",
    privacy_contact_email="leena@verso.example.fi",
    dpo_name="Tietosuojapalvelu Oy",
    dpo_phone="+358 40 765 4321",
)


def _text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fi",
            ("Tietosuojaseloste", "Rekisterin nimi", "Rekisterinpitäjä", "Y-tunnus",
             "Rekisteriasioista vastaava yhteyshenkilö", "Tietosuojavastaava",
             "käsittelyn tarkoitus ja oikeusperuste", "Rekisterin tietosisältö",
             "Säännönmukaiset tietojen luovutukset", "Tietojen säilytysaika",
             "Työllisyyspalvelujen asiakastiedot", "4 vuotta", "12 vuotta",
             "Rekisteröidyn oikeudet", "tietosuojavaltuutetulle"),
        ),
        (
            "sv",
            ("Dataskyddsbeskrivning", "Registrets namn", "Personuppgiftsansvarig", "FO-nummer",
             "Kontaktperson i ärenden som gäller registret", "Dataskyddsombud",
             "den rättsliga grunden", "Registrets datainnehåll",
             "Regelbundna utlämnanden av uppgifter", "Lagringstid för uppgifterna",
             "Klientuppgifter inom sysselsättningstjänsterna", "4 år", "12 år",
             "Den registrerades rättigheter", "dataombudsmannen"),
        ),
    ],
)  # fmt: skip
def test_notice_in_finnish_and_swedish(db, language, words):
    unit.save_unit_info(UNIT)
    document = rendering.render("privacy-notice", 1, language)
    assert (document.kind, document.language, document.client_id) == (
        "privacy-notice",
        language,
        None,
    )
    text = _text(document.pdf)
    for word in words:
        assert word in text, word
    for value in ("Työpaja Verso ry", "2129026-2", "Kauppakatu 1, 20100 Turku", "Leena Mäkelä",
                  "leena@verso.example.fi", "Tietosuojapalvelu Oy",
                  "+358 40 765 4321"):  # fmt: skip
        assert value in text, value
    english = ("Privacy notice", "Controller", "Rights of the data subject", "years")
    assert not any(word in text for word in english)
    # The basis of each period names the law in the notice's language.
    citations = {
        "fi": ("Laki työvoimapalvelujen järjestämisestä (380/2023) 122 §",
               "Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023) "
               "20 § ja liite",
               "Työsopimuslaki (55/2001) 6 luku 7 §"),
        "sv": ("Lagen om ordnande av arbetskraftsservice (380/2023) 122 §",
               "Lagen om behandling av kunduppgifter inom social- och hälsovården (703/2023) "
               "20 § och bilaga",
               "Arbetsavtalslagen (55/2001) 6 kap. 7 §"),
    }[language]  # fmt: skip
    for citation in citations:
        assert citation in text, citation


def test_the_swedish_retention_table_cites_no_finnish_law_words(db):
    unit.save_unit_info(UNIT)
    text = _text(rendering.render("privacy-notice", 1, "sv").pdf)
    table = text.split("Lagringstid för uppgifterna", 1)[1].split("Lagringstiderna räknas", 1)[0]
    assert "bilaga, 11 §" in table
    for finnish in ("laki", "liite", "kohta", "momentti", "luku", "TSL", " ja "):
        assert finnish not in table, finnish


def test_a_controller_other_than_the_unit_and_changed_periods_are_printed(db):
    unit.save_unit_info(dataclasses.replace(UNIT, controller_name="Pirkanmaan hyvinvointialue"))
    retention.save_rule("client_record", 6, dt.date(2026, 1, 1), "ostopalvelusopimus 2026")
    text = _text(privacy_notice.render_privacy_notice(1, "fi", today=dt.date(2026, 6, 1)).pdf)
    assert "Pirkanmaan hyvinvointialue" in text and "Palveluntuottaja" in text
    assert "6 vuotta" in text and "ostopalvelusopimus 2026" in text
    assert "Työllisyyspalvelujen asiakastiedot 4 vuotta" not in text


def test_without_a_dpo_the_notice_says_whom_to_ask(db):
    unit.save_unit_info(dataclasses.replace(UNIT, dpo_name="", dpo_phone=""))
    text = _text(rendering.render("privacy-notice", 1, "sv").pdf)
    assert "Kontaktuppgifterna till den personuppgiftsansvariges dataskyddsombud" in text


def test_only_the_unit_row_is_a_notice(db):
    with pytest.raises(DocumentNotFound):
        rendering.render("privacy-notice", 2, "fi")


def test_render_command_writes_the_notice(qapp, data_dir, tmp_path, capsys):
    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    unit.save_unit_info(UNIT)
    connection.close_database()
    out = tmp_path / "notice.pdf"
    args = ["--data-dir", str(data_dir), "render", "privacy-notice", "1", "--lang", "sv"]
    assert main([*args, "-o", str(out)]) == 0
    assert "Dataskyddsbeskrivning" in _text(out.read_bytes())
    assert main(["--data-dir", str(data_dir), "render", "privacy-notice", "2", "-o", str(out)]) == 2
    assert "no privacy-notice with id 2" in capsys.readouterr().err
