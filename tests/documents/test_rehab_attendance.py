"""The monthly attendance summary of rehabilitative work activity, as printed in fi and sv."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from tyollistamo_gui.__main__ import main
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services import rendering
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.storage import connection

from .test_agreements import REHAB, pages, setting  # noqa: F401  (fixture)

D = dt.date


@pytest.fixture
def register(setting):  # noqa: F811
    client, _employer = setting
    record = svc.save_arrangement("rehab_work", client.id, REHAB)
    # February 2025 (Mon, Tue, Thu are the activity days): 3 days present in the 12
    # months before March; March: 4 present (one with a note), 1 excused, 1 absent.
    for day in (D(2025, 2, 3), D(2025, 2, 4), D(2025, 2, 6)):
        svc.record_attendance(record.id, day, "present", Decimal("4.20"))
    for day, status, travel, note in (
        (D(2025, 3, 3), "present", Decimal("4.20"), ""),
        (D(2025, 3, 4), "present", Decimal("4.20"), "Myöhässä & <10 min>"),
        (D(2025, 3, 6), "absent_excused", Decimal("0"), "Lääkäri"),
        (D(2025, 3, 10), "present", Decimal("0"), ""),
        (D(2025, 3, 11), "absent", Decimal("0"), ""),
        (D(2025, 3, 13), "present", Decimal("6.00"), ""),
    ):
        svc.record_attendance(record.id, day, status, travel, note)
    return client, record


WORDS = {
    "fi": {
        "title": "Kuntouttavan työtoiminnan läsnäolon kuukausiyhteenveto",
        "month": "maaliskuu 2025",
        "present": "Läsnäolopäivät 4",
        "excused": "Poissaolopäivät, luvallinen syy 1",
        "absent": "Poissaolopäivät 1",
        "counted": "7 läsnäolopäivää 12 kuukauden aikana 31.3.2025 asti (enintään 178 päivää",
        "allowance": "Kulukorvaus (työmarkkinatuen saaja) 4 pv × 9,00 € = 36,00 €",
        "travel": "Matkakulut läsnäolopäiviltä 14,40 €",
        "total": "Yhteensä 50,40 €",
        "row": "4.3.2025 ti läsnä 4,20 € Myöhässä & <10 min>",
        "excused_row": "6.3.2025 to poissa, luvallisesti Lääkäri",
        "signatures": "Allekirjoitukset",
    },
    "sv": {
        "title": "Månadssammandrag av närvaron i arbetsverksamhet i rehabiliteringssyfte",
        "month": "mars 2025",
        "present": "Närvarodagar 4",
        "excused": "Frånvarodagar, giltigt skäl 1",
        "absent": "Frånvarodagar 1",
        "counted": "7 närvarodagar under de 12 månaderna fram till 31.3.2025 (högst 178 dagar",
        "allowance": (
            "Kostnadsersättning (mottagare av arbetsmarknadsstöd) 4 dagar × 9,00 € = 36,00 €"
        ),
        "travel": "Resekostnader för närvarodagarna 14,40 €",
        "total": "Totalt 50,40 €",
        "row": "4.3.2025 tis närvarande 4,20 € Myöhässä & <10 min>",
        "excused_row": "6.3.2025 tors frånvarande, giltigt skäl Lääkäri",
        "signatures": "Underskrifter",
    },
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_month_summary_in_both_languages(register, language):
    client, record = register
    document = rendering.render("rehab-attendance", record.id, language, month=(2025, 3))
    assert (document.kind, document.client_id, document.object_id) == (
        "rehab-attendance",
        client.id,
        record.id,
    )
    assert document.number == f"KTT-{record.id:05d}-2025-03"
    text = pages(document.pdf)
    whole = " ".join(text)
    words = WORDS[language]
    assert words["title"] in text[0]
    for key in ("month", "present", "excused", "absent", "counted", "allowance", "travel"):
        assert words[key] in whole, key
    assert words["total"] in whole
    assert words["row"] in whole and words["excused_row"] in whole
    for value in ("Åsa & <Co> Öberg", "131052-308T", "Työpaja, tekstiilit", "Outi Ohjaaja"):
        assert value in whole, value
    assert "Varsinais-Suomen hyvinvointialue" in whole and "KTT-5, 15.1.2025" in whole
    # February's days are not in March's register.
    assert "3.2.2025 " not in whole.replace("3.2.2025 – ", "")
    last = text[-1]
    assert words["signatures"] in last and "Outi Ohjaaja" in last and "Työpaja Kipinä ry" in last


def test_social_assistance_gives_the_activity_allowance_and_an_empty_month(register):
    from tyollistamo_gui.services import clients as client_service

    client, record = register
    current = client_service.get_client(client.id)
    client_service.update_client(
        client.id,
        current.version,
        dataclasses.replace(current.data, benefit_status="social_assistance"),
    )
    text = " ".join(
        pages(rendering.render("rehab-attendance", record.id, "fi", month=(2025, 4)).pdf)
    )
    assert "Toimintaraha (toimeentulotuen saaja) 0 pv × 9,00 € = 0,00 €" in text
    assert "Kuukaudelta ei ole merkintöjä läsnäolorekisterissä." in text


def test_default_month_is_the_latest_and_printing_archives_it(register):
    client, record = register
    document = rendering.render("rehab-attendance", record.id)
    assert document.number.endswith("-2025-03") and document.language == "fi"
    stored = archive.archive_document(
        client_id=client.id,
        kind=document.kind,
        object_id=document.object_id,
        title=document.title,
        language=document.language,
        pdf=document.pdf,
        version=document.version,
        source_revision=document.source_revision,
        number=document.number,
    )
    assert stored.version == 1 and stored.source_revision == 202503
    # The agreement's own state does not change by printing a summary.
    assert svc.get_arrangement("rehab_work", record.id).state == "draft"
    again = rendering.render("rehab-attendance", record.id, "sv", month=(2025, 3))
    assert again.version == 2
    assert rendering.render("rehab-attendance", record.id, month=(2025, 2)).version == 1
    with pytest.raises(rendering.DocumentNotFound):
        rendering.render("rehab-attendance", 9999)


def test_render_command_with_a_month(register, data_dir, tmp_path, capsys):
    _client, record = register
    connection.close_database()
    out = tmp_path / "month.pdf"
    base = ["--data-dir", str(data_dir), "render", "rehab-attendance", str(record.id)]
    assert main([*base, "--month", "2025-03", "--lang", "sv", "-o", str(out)]) == 0
    assert "Månadssammandrag" in capsys.readouterr().out
    assert "mars 2025" in " ".join(pages(out.read_bytes()))
    bad = tmp_path / "bad.pdf"
    with pytest.raises(SystemExit) as exited:
        main([*base, "--month", "2025-13", "-o", str(bad)])
    assert exited.value.code == 2 and not bad.exists()
    assert "not a month written as YYYY-MM" in capsys.readouterr().err
    code = main(
        ["--data-dir", str(data_dir), "render", "rehab-work", str(record.id)]
        + ["--month", "2025-03", "-o", str(bad)]
    )
    assert code == 2 and not bad.exists()
    assert capsys.readouterr().err.strip().endswith("--month is only for rehab-attendance")


def test_the_day_limit_cites_its_source_and_the_units_own_as_typed(register):
    _client, record = register
    swedish = " ".join(
        pages(rendering.render("rehab-attendance", record.id, "sv", month=(2025, 3)).pdf)
    )
    assert "(högst 178 dagar, 189/2001 14 §)" in swedish
    # A limit the unit set itself prints with the source it typed, in any language.
    svc.add_rule(
        "rehab.max_days_per_12_months", "150", D(2025, 1, 1), "Ostopalvelusopimus 3.2 kohta"
    )
    swedish = " ".join(
        pages(rendering.render("rehab-attendance", record.id, "sv", month=(2025, 3)).pdf)
    )
    assert "(högst 150 dagar, Ostopalvelusopimus 3.2 kohta)" in swedish
