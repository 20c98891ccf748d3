"""The printed employment plan: text in Finnish and Swedish, escaping, long notes, archive, CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tyollistamo_gui.domain.findings import ValidationFailed
from tyollistamo_gui.domain.guidance import Goal, Measure, Referral
from tyollistamo_gui.services import clients as client_svc
from tyollistamo_gui.services import documents as archive
from tyollistamo_gui.services import guidance as svc
from tyollistamo_gui.services import rendering, unit
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.storage.models import StaffUser


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _plan(
    language="fi",
    first="Anna",
    last="Virtanen",
    summary="Motivated.",
    code="010190-998V",
    **changes,
):
    staff = StaffUser.create(username=f"u{last[:3]}", display_name="Liisa Ohjaaja", role="c")
    client = client_svc.create_client(
        ClientData(
            first_name=first,
            last_name=last,
            identity_code=code,
            service_language=language,
            street_address="Hämeenkatu 1",
            postal_code="33100",
            post_office="Tampere",
        )
    )
    process = svc.start_process(client.id, staff.id, dt.date(2026, 3, 2))
    data = dataclasses.replace(
        process.data,
        situation_summary=summary,
        goals=(Goal("short", "Work trial in a shop"), Goal("long", "Part-time retail job")),
        plan_date=dt.date(2026, 3, 9),
        measures=(
            Measure(
                "work_trial",
                "K-Market Hervanta",
                "Liisa Ohjaaja",
                dt.date(2026, 4, 1),
                dt.date(2026, 6, 30),
            ),
            Measure("group_coaching", "Job-search group", "Valmennus Oy", dt.date(2026, 3, 16)),
        ),
        job_search_obligation=True,
        job_search_count=4,
        next_review_on=dt.date(2026, 5, 4),
        referrals=(Referral("debt_counselling", dt.date(2026, 3, 5), "Debts", "made"),),
    )
    data = dataclasses.replace(data, **changes)
    return svc.save_draft(process.id, process.version, data, 2)


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        (
            "fi",
            (
                "Työllistymissuunnitelma",
                "Tavoitteet",
                "Sovitut toimenpiteet ja palvelut",
                "Työnhakuvelvollisuus",
                "Haettavia työmahdollisuuksia kuukaudessa: 4.",
                "Seuraava tarkistus",
                "viimeistään 4.5.2026",
                "Työkokeilu",
                "Ryhmävalmennus",
                "1.4.2026 – 30.6.2026",
                "16.3.2026 alkaen",
                "Velkaneuvonta",
                "Vastuuohjaaja",
                "Allekirjoitukset",
                "Henkilötunnus",
            ),
        ),
        (
            "sv",
            (
                "Sysselsättningsplan",
                "Mål",
                "Avtalade åtgärder och tjänster",
                "Skyldighet att söka arbete",
                "Arbetstillfällen att söka per månad: 4.",
                "Nästa uppföljning",
                "senast 4.5.2026",
                "Arbetsprövning",
                "Gruppträning",
                "1.4.2026 – 30.6.2026",
                "från 16.3.2026",
                "Skuldrådgivning",
                "Ansvarig handledare",
                "Underskrifter",
                "Personbeteckning",
            ),
        ),
    ],
)
def test_plan_in_the_clients_language(db, qapp, language, phrases):
    unit.save_unit_info(dataclasses.replace(unit.get_unit_info(), name="Työpaja Kipinä ry"))
    process = _plan(language)
    document = svc.plan_document(process.id)
    assert document.language == language
    # Lines wrap where they will: compare with the white space collapsed.
    text = " ".join(" ".join(pages_text(document.pdf)).split())
    for phrase in phrases:
        assert phrase in text, phrase
    assert "Anna Virtanen" in text
    assert "010190-998V" in text
    assert "9.3.2026" in text
    assert "K-Market Hervanta" in text and "Liisa Ohjaaja" in text
    assert document.number in text
    assert "Työpaja Kipinä ry" in text


def test_language_can_be_chosen_regardless_of_the_client(db, qapp):
    process = _plan("fi")
    text = "\n".join(pages_text(svc.plan_document(process.id, "sv").pdf))
    assert "Sysselsättningsplan" in text and "Työllistymissuunnitelma" not in text


def test_markup_characters_print_literally(db, qapp):
    process = _plan(
        "fi",
        first="<Anna>",
        last="Virtanen & Co",
        summary="Wants <b>bold</b> & <i>more</i> > less; a&amp;b <br/> </para>",
        measures=(Measure("other_service", "Course <A&B>", "Oy <X>"),),
    )
    text = "\n".join(pages_text(svc.plan_document(process.id).pdf))
    assert "<Anna> Virtanen & Co" in text
    assert "Wants <b>bold</b> & <i>more</i> > less; a&amp;b <br/> </para>" in text
    assert "Course <A&B>" in text and "Oy <X>" in text


def test_a_five_thousand_word_note_flows_over_pages(db, qapp):
    words = " ".join(f"sana{i}" for i in range(5000))
    process = _plan("fi", summary=words)
    texts = pages_text(svc.plan_document(process.id).pdf)
    assert len(texts) >= 4
    flat = " ".join(" ".join(texts).split())
    assert "sana0 " in flat and "sana2500 " in flat and "sana4999" in flat
    for number, text in enumerate(texts, start=1):
        assert f"Sivu {number} / {len(texts)}" in text
    # The signatures come last, together with the closing clause, on one page.
    assert "Allekirjoitukset" in texts[-1] and "saanut siitä kopion" in texts[-1]
    # A heading is never the last thing on a page.
    headings = ("Tavoitteet", "Sovitut toimenpiteet ja palvelut", "Työnhakuvelvollisuus")
    for text in texts[:-1]:
        last_line = text.strip().splitlines()[-1]
        assert last_line not in headings


def test_incomplete_plan_is_not_printed(db, qapp):
    process = _plan("fi", measures=(), next_review_on=None)
    with pytest.raises(ValidationFailed) as caught:
        svc.plan_document(process.id)
    assert {f.field for f in caught.value.findings} == {"measures", "next_review_on"}
    assert {f.params["phase"] for f in caught.value.findings} == {2}


def test_registered_kind_and_archived_versions(db, qapp):
    assert "employment-plan" in rendering.kinds()
    process = _plan("sv")
    document = rendering.render("employment-plan", process.id)
    assert document.kind == "employment-plan" and document.title == "Sysselsättningsplan"
    stored = archive.archive_document(
        client_id=document.client_id,
        kind=document.kind,
        object_id=document.object_id,
        title=document.title,
        language=document.language,
        pdf=document.pdf,
        version=document.version,
        source_revision=document.source_revision,
        number=document.number,
    )
    assert stored.version == 1 and len(stored.sha256) == 64
    assert [d.title for d in archive.list_documents(document.client_id)] == ["Sysselsättningsplan"]
    # A changed plan prints as the next version.
    changed = svc.save_draft(
        process.id,
        process.version,
        dataclasses.replace(process.data, next_review_on=dt.date(2026, 6, 1)),
        2,
    )
    again = svc.plan_document(changed.id)
    assert again.version == 2
    assert "Version 2" in pages_text(again.pdf)[0]
    with pytest.raises(rendering.DocumentNotFound):
        rendering.render("employment-plan", 999)


def test_render_command_writes_the_plan(tmp_path, qapp):
    from tyollistamo_gui.__main__ import main
    from tyollistamo_gui.storage import connection

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    process = _plan("fi")
    incomplete = _plan("sv", last="Berg", code="020190-997F", measures=())
    connection.close_database()
    output = tmp_path / "plan.pdf"
    args = ["--data-dir", str(data_dir), "render", "employment-plan", str(process.id)]
    assert main([*args, "-o", str(output)]) == 0
    assert "Työllistymissuunnitelma" in pages_text(output.read_bytes())[0]
    assert main([*args, "--lang", "sv", "-o", str(output)]) == 0
    assert "Sysselsättningsplan" in pages_text(output.read_bytes())[0]
    refused = tmp_path / "refused.pdf"
    other = ["--data-dir", str(data_dir), "render", "employment-plan", str(incomplete.id)]
    assert main([*other, "-o", str(refused)]) == 1
    assert not refused.exists()
