"""The three supported-work agreements as printed: parties, fields, dates, amounts; fi and sv."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tyollistamo_gui.domain.supported import RehabWork, WageSubsidy, WorkTrial
from tyollistamo_gui.services import clients as client_service
from tyollistamo_gui.services import rendering
from tyollistamo_gui.services import supported as svc
from tyollistamo_gui.services.clients import ClientData
from tyollistamo_gui.services.unit import UnitInfo, save_unit_info
from tyollistamo_gui.storage.models import Employer

D = dt.date
LONG_TASKS = " ".join(f"Tehtävä {i}: varaston lajittelu ja hyllytys." for i in range(1, 400))


def pages(pdf: bytes) -> list[str]:
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    # Babel's no-break spaces, and line breaks inside wrapped cells, as plain spaces.
    return [re.sub(r"\s+", " ", t.replace("\u00a0", " ").replace("\u202f", " ")) for t in texts]


@pytest.fixture
def setting(db):
    save_unit_info(UnitInfo(name="Työpaja Kipinä ry", business_id="2129026-2"))
    client = client_service.create_client(
        ClientData(
            first_name="Åsa & <Co>",
            last_name="Öberg",
            identity_code="131052-308T",
            street_address="Kauppakatu 1",
            postal_code="20100",
            post_office="Turku",
            phone="040 123 4567",
            benefit_status="labour_market_subsidy",
            unemployed_since=D(2024, 1, 1),
        )
    )
    employer = Employer.create(
        name="Puu & <Sahat> Oy",
        business_id="0204819-8",
        street_address="Sahatie 2",
        postal_code="20200",
        post_office="Turku",
    )
    return client, employer


def _trial(employer_id, **changes):
    return dataclasses.replace(
        WorkTrial(
            employer_id=employer_id,
            workplace="Kierrätyskeskus",
            workplace_address="Satamakatu 3, 20100 Turku",
            goals="Selvittää soveltuvuus varastotyöhön.",
            tasks="Lajittelu ja hyllytys.",
            supervisor_name="Ville Valvoja",
            supervisor_phone="040 555 0123",
            start=D(2025, 5, 5),
            end=D(2025, 7, 31),
            hours_per_day=Decimal("6"),
            daily_timing="8.00-14.00",
            weekdays="1234",
            benefit_payer="fund",
            fund_name="Erityisalojen työttömyyskassa",
            plan_date=D(2025, 4, 1),
            plan_reference="TYS-118",
            authority_name="Turun työllisyysalue",
            authority_contact="Riikka Rekrytoija",
            authority_decision_date=D(2025, 4, 15),
            outside_commuting_area=True,
        ),
        **changes,
    )


SUBSIDY = WageSubsidy(
    start=D(2025, 3, 1),
    trial_months=2,
    fixed_term=True,
    end=D(2025, 12, 31),
    long_term_unemployed_contract=True,
    place_of_work="Verstas, Sahatie 2",
    duties="Puusepän aputyöt.",
    pay_amount=Decimal("2150.50"),
    pay_period="month",
    pay_days="15.",
    hours_per_day=Decimal("7.5"),
    hours_per_week=Decimal("37.5"),
    collective_agreement="Puusepänteollisuuden TES",
    insurance="Elo; LähiTapiola",
    decision_number="PT-2025-77",
    decision_date=D(2025, 2, 20),
    subsidy_percent=Decimal("50"),
    subsidy_start=D(2025, 3, 1),
    subsidy_end=D(2025, 12, 31),
    monthly_cap=Decimal("1260"),
    grantor="Turun työllisyysalue",
    unemployment_condition_met=True,
)

REHAB = RehabWork(
    county_name="Varsinais-Suomen hyvinvointialue",
    county_contact="Sanna Sosiaaliohjaaja",
    decision_number="KTT-5",
    decision_date=D(2025, 1, 15),
    plan_date=D(2025, 1, 10),
    plan_reference="AKT-42",
    goal="Arjen rytmi.",
    place="Työpaja, tekstiilit",
    supervisor_name="Outi Ohjaaja",
    start=D(2025, 2, 3),
    end=D(2025, 8, 2),
    hours_per_day=Decimal("5"),
    weekdays="124",
    support="Ohjauskeskustelu joka toinen viikko.",
    other_services="Päihdepalvelut.",
    evaluation_date=D(2025, 5, 1),
    follow_up_date=D(2025, 7, 15),
    travel_cost_per_day=Decimal("4.20"),
)

TITLES = {
    "work-trial": {"fi": "Työkokeilusopimus", "sv": "Avtal om arbetsprövning"},
    "wage-subsidy": {"fi": "Työsopimus", "sv": "Arbetsavtal"},
    "rehab-work": {
        "fi": "Sopimus kuntouttavasta työtoiminnasta",
        "sv": "Avtal om arbetsverksamhet i rehabiliteringssyfte",
    },
}
SIGNATURES = {
    "fi": ("Allekirjoitukset", "Nimenselvennys"),
    "sv": ("Underskrifter", "Namnförtydligande"),
}


def _check_common(text: list[str], kind: str, language: str, parties: list[str]) -> None:
    whole = " ".join(text)
    assert TITLES[kind][language] in text[0]
    assert "Åsa & <Co> Öberg" in whole
    assert "131052-308T" in whole and "Kauppakatu 1, 20100 Turku" in whole
    last = text[-1]
    for phrase in SIGNATURES[language]:
        assert phrase in last
    for party in parties:
        assert party in last
    assert f"/ {len(text)}" in last


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_work_trial_agreement(setting, language):
    client, employer = setting
    record = svc.save_arrangement("work_trial", client.id, _trial(employer.id))
    document = rendering.render("work-trial", record.id, language)
    assert (document.language, document.client_id, document.object_id) == (
        language,
        client.id,
        record.id,
    )
    text = pages(document.pdf)
    whole = " ".join(text)
    _check_common(
        text,
        "work-trial",
        language,
        ["Åsa & <Co> Öberg", "Puu & <Sahat> Oy", "Turun työllisyysalue"],
    )
    for value in (
        "Puu & <Sahat> Oy",
        "0204819-8",
        "Sahatie 2, 20200 Turku",
        "5.5.2025 – 31.7.2025",
        "Kierrätyskeskus",
        "Satamakatu 3, 20100 Turku",
        "Selvittää soveltuvuus varastotyöhön.",
        "Lajittelu ja hyllytys.",
        "Ville Valvoja",
        "040 555 0123",
        "Erityisalojen työttömyyskassa",
        "18,00 €",
        "1.4.2025, TYS-118",
        "15.4.2025",
        "Riikka Rekrytoija",
        "8.00-14.00",
        "TK-",
    ):
        assert value in whole, value
    expected = {
        "fi": (
            "ma, ti, ke, to",
            "6 tuntia päivässä",
            "24 tuntia viikossa",
            "2 kuukautta 27 päivää",
            "työsuhdetta",
            "arvion",
        ),
        "sv": (
            "mån, tis, ons, tors",
            "6 timmar per dag",
            "24 timmar per vecka",
            "2 månader 27 dagar",
            "arbetsavtals",
            "bedömning",
        ),
    }[language]
    for value in expected:
        assert value in whole, value


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_employment_contract(setting, language):
    client, employer = setting
    data = dataclasses.replace(SUBSIDY, employer_id=employer.id)
    record = svc.save_arrangement("wage_subsidy", client.id, data)
    text = pages(rendering.render("wage-subsidy", record.id, language).pdf)
    whole = " ".join(text)
    _check_common(text, "wage-subsidy", language, ["Puu & <Sahat> Oy", "Åsa & <Co> Öberg"])
    for value in (
        "1.3.2025",
        "1.3.2025 – 31.12.2025",
        "Verstas, Sahatie 2",
        "Puusepän aputyöt.",
        "2 150,50 €",
        "1 260,00 €",
        "Puusepänteollisuuden TES",
        "Elo; LähiTapiola",
        "PT-2025-77, 20.2.2025",
        "Turun työllisyysalue",
        "50 %",
    ):
        assert value in whole, value
    wording = {
        "fi": "Työsopimuslain 1 luvun 3 a §:n mukainen määräaikainen sopimus "
        "pitkäaikaistyöttömän kanssa",
        "sv": "Avtal för viss tid med en långtidsarbetslös enligt 1 kap. 3 a § i arbetsavtalslagen",
    }[language]
    assert wording in whole
    assert {"fi": "2 kuukautta", "sv": "2 månader"}[language] in whole
    assert {"fi": "7,5 tuntia päivässä", "sv": "7,5 timmar per dag"}[language] in whole


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_rehabilitative_work_agreement(setting, language):
    client, _employer = setting
    record = svc.save_arrangement("rehab_work", client.id, REHAB)
    text = pages(rendering.render("rehab-work", record.id, language).pdf)
    whole = " ".join(text)
    _check_common(
        text,
        "rehab-work",
        language,
        ["Åsa & <Co> Öberg", "Työpaja Kipinä ry", "Varsinais-Suomen hyvinvointialue"],
    )
    for value in (
        "KTT-5, 15.1.2025",
        "10.1.2025",
        "AKT-42",
        "Arjen rytmi.",
        "Työpaja, tekstiilit",
        "Outi Ohjaaja",
        "3.2.2025 – 2.8.2025",
        "Ohjauskeskustelu joka toinen viikko.",
        "Päihdepalvelut.",
        "1.5.2025",
        "15.7.2025",
        "9,00 €",
        "4,20 €",
        "178",
        "2129026-2",
    ):
        assert value in whole, value
    assert {"fi": "6 kuukautta", "sv": "6 månader"}[language] in whole


def test_long_tasks_flow_over_pages_and_signatures_stay_together(setting):
    client, employer = setting
    record = svc.save_arrangement("work_trial", client.id, _trial(employer.id, tasks=LONG_TASKS))
    text = pages(rendering.render("work-trial", record.id, "fi").pdf)
    assert len(text) >= 4
    assert "Tehtävä 399" in " ".join(text)
    last = text[-1]
    assert "Allekirjoitukset" in last and "kolme samansisältöistä kappaletta" in last
    assert "Allekirjoitukset" not in " ".join(text[:-1])


def test_default_language_is_the_clients(setting):
    client, employer = setting
    client_service.update_client(
        client.id, client.version, dataclasses.replace(client.data, service_language="sv")
    )
    record = svc.save_arrangement("work_trial", client.id, _trial(employer.id))
    assert rendering.render("work-trial", record.id).language == "sv"
    chosen = svc.save_arrangement(
        "work_trial", client.id, _trial(employer.id, language="fi"), record.id, record.version
    )
    assert rendering.render("work-trial", chosen.id).language == "fi"


def test_unknown_id_is_not_found(db):
    with pytest.raises(rendering.DocumentNotFound):
        rendering.render("rehab-work", 404)
