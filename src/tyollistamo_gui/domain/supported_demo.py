"""Fictional work trials, wage subsidies and rehabilitative work for the demo data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from .supported import RehabWork, WageSubsidy, WorkTrial, add_months

# Every kind in every state; the state is reached by printing, signing and ending.
DEMO_STATES = ("draft", "printed", "signed", "ended")

_TEXTS = {
    "fi": {
        "workplace": "Kierrätyskeskus, lajittelu",
        "goals": "Selvittää soveltuvuus varasto- ja logistiikka-alalle sekä työkyky "
        "kokoaikaiseen työhön.",
        "tasks": "Tavaran vastaanotto ja lajittelu, hyllytys, asiakaspalvelu myymälässä.",
        "authority": "Turun seudun työllisyysalue",
        "contact": "Riikka Rekrytoija, 040 555 0101",
        "place": "Verstas, puutyöt",
        "duties": "Puusepän aputyöt: kalusteiden kunnostus, pintakäsittely ja "
        "materiaalien käsittely.",
        "ground": "Palkkatuettu työ, määräaikainen hanke",
        "agreement": "Kiinteistöpalvelualan työehtosopimus",
        "insurance": "Työeläke: Elo; tapaturmavakuutus: LähiTapiola",
        "county": "Varsinais-Suomen hyvinvointialue",
        "goal": "Arjen rytmin vahvistaminen ja työelämävalmiuksien kartoittaminen.",
        "support": "Työvalmentajan tuki päivittäin, ohjauskeskustelu kahden viikon välein.",
        "other": "Päihdepalveluiden avokäynnit.",
        "rehab_place": "Työpaja, tekstiilityöt",
        "supervisor": "Outi Ohjaaja",
    },
    "sv": {
        "workplace": "Återvinningscentral, sortering",
        "goals": "Utreda lämpligheten för lager- och logistikbranschen och arbetsförmågan "
        "för heltidsarbete.",
        "tasks": "Mottagning och sortering av varor, hyllplacering, kundbetjäning i butiken.",
        "authority": "Sysselsättningsområdet i Åboregionen",
        "contact": "Rebecka Rekryterare, 040 555 0102",
        "place": "Verkstaden, träarbeten",
        "duties": "Hjälparbeten i snickeri: renovering av möbler, ytbehandling och "
        "materialhantering.",
        "ground": "Lönesubventionerat arbete, tidsbundet projekt",
        "agreement": "Kollektivavtalet för fastighetsservicebranschen",
        "insurance": "Arbetspension: Elo; olycksfallsförsäkring: LokalTapiola",
        "county": "Egentliga Finlands välfärdsområde",
        "goal": "Stärka vardagsrytmen och kartlägga färdigheterna för arbetslivet.",
        "support": "Arbetscoachens stöd dagligen, handledningssamtal varannan vecka.",
        "other": "Öppenvårdsbesök inom missbrukarvården.",
        "rehab_place": "Verkstaden, textilarbeten",
        "supervisor": "Olga Handledare",
    },
}


def _dates(state: str, today: dt.date, months: int) -> tuple[dt.date, dt.date]:
    if state == "draft":
        start = today + dt.timedelta(days=21)
    elif state == "printed":
        start = today + dt.timedelta(days=7)
    elif state == "signed":
        # Ends within two weeks: shows on the lists of agreements ending soon.
        end = today + dt.timedelta(days=10)
        return add_months(end + dt.timedelta(days=1), -months), end
    else:
        start = add_months(today, -months - 2)
    return start, add_months(start, months) - dt.timedelta(days=1)


def demo_work_trial(language: str, state: str, employer_id: int, today: dt.date) -> WorkTrial:
    t = _TEXTS[language]
    start, end = _dates(state, today, 3)
    return WorkTrial(
        organiser_kind="employer",
        employer_id=employer_id,
        workplace=t["workplace"],
        workplace_address="Satamakatu 3, 20100 Turku",
        goals=t["goals"],
        tasks=t["tasks"],
        supervisor_name="Ville Valvoja",
        supervisor_phone="040 555 0123",
        start=start,
        end=end,
        hours_per_day=Decimal("6"),
        daily_timing="8.00–14.30",
        weekdays="12345",
        benefit_payer="kela" if state != "signed" else "fund",
        fund_name="" if state != "signed" else "Erityisalojen työttömyyskassa",
        plan_date=start - dt.timedelta(days=14),
        plan_reference="TYS-2026-118",
        authority_name=t["authority"],
        authority_contact=t["contact"],
        authority_decision_date=start - dt.timedelta(days=10),
        language=language,
    )


def demo_wage_subsidy(
    language: str, state: str, employer_id: int, coach_id: int | None, today: dt.date
) -> WageSubsidy:
    t = _TEXTS[language]
    start, end = _dates(state, today, 10)
    return WageSubsidy(
        employer_id=employer_id,
        start=start,
        trial_months=3,
        fixed_term=True,
        end=end,
        fixed_term_ground=t["ground"],
        place_of_work=t["place"],
        duties=t["duties"],
        pay_basis="time",
        pay_amount=Decimal("2150.00"),
        pay_period="month",
        pay_days="15.",
        hours_per_day=Decimal("7.5"),
        hours_per_week=Decimal("37.5"),
        collective_agreement=t["agreement"],
        insurance=t["insurance"],
        decision_number=f"PT-{start.year}-{employer_id:04d}",
        decision_date=start - dt.timedelta(days=10),
        track="skills",
        subsidy_percent=Decimal("50"),
        subsidy_start=start,
        subsidy_end=add_months(start, 10) - dt.timedelta(days=1),
        monthly_cap=Decimal("1260"),
        grantor=t["authority"],
        unemployment_condition_met=True,
        job_coach_id=coach_id,
        language=language,
    )


def demo_rehab_work(language: str, state: str, today: dt.date) -> RehabWork:
    t = _TEXTS[language]
    start, end = _dates(state, today, 6)
    return RehabWork(
        county_name=t["county"],
        county_contact="Sanna Sosiaaliohjaaja, 040 555 0199",
        decision_number=f"KTT-{start.year}-{start.toordinal() % 1000:03d}",
        decision_date=start - dt.timedelta(days=7),
        plan_date=start - dt.timedelta(days=14),
        plan_reference="AKT-2026-42",
        goal=t["goal"],
        place=t["rehab_place"],
        place_address="Verstaankatu 5, 20100 Turku",
        supervisor_name=t["supervisor"],
        supervisor_phone="040 555 0133",
        start=start,
        end=end,
        hours_per_day=Decimal("5"),
        daily_timing="9.00–14.00",
        weekdays="1234",
        support=t["support"],
        other_services=t["other"],
        evaluation_date=add_months(start, 3),
        follow_up_date=end - dt.timedelta(days=7),
        travel_cost_per_day=Decimal("4.20"),
        language=language,
    )


def with_language(data, language: str):
    return dataclasses.replace(data, language=language)
