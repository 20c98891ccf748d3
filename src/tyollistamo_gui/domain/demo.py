"""Realistic fictional demo data: names, identity codes, Business IDs and dates.

Everything is generated from a seed, so the same seed gives the same data.
Identity codes use only the temporary individual numbers 900–999, which never
belong to a person in the population register.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .. import clock
from .identifiers import business_id_check_digit, make_identity_code
from .supported_demo import (
    ARRANGEMENT_OF_SERVICE,
    DemoEmployerRef,
    DemoServices,
    rehab_allowed,
    supported_work,
)

FINNISH_MALE = (
    "Juha",
    "Timo",
    "Matti",
    "Kari",
    "Mikko",
    "Jari",
    "Antti",
    "Jukka",
    "Mika",
    "Markku",
    "Pekka",
    "Hannu",
    "Heikki",
    "Janne",
    "Sami",
    "Ville",
    "Petri",
    "Tuomas",
    "Jussi",
    "Lauri",
    "Eero",
    "Joonas",
    "Aleksi",
    "Niko",
    "Teemu",
    "Juho",
    "Olli",
    "Ari",
    "Veli",
    "Esa",
    "Väinö",
    "Onni",
    "Eino",
    "Toivo",
    "Jyrki",
    "Seppo",
    "Pasi",
    "Tapio",
    "Kalle",
    "Henri",
)
FINNISH_FEMALE = (
    "Anne",
    "Tuula",
    "Päivi",
    "Anna",
    "Leena",
    "Katja",
    "Sari",
    "Marja",
    "Tiina",
    "Riitta",
    "Minna",
    "Johanna",
    "Laura",
    "Elina",
    "Hanna",
    "Satu",
    "Heidi",
    "Jenni",
    "Maria",
    "Emilia",
    "Aino",
    "Sanna",
    "Krista",
    "Noora",
    "Eveliina",
    "Pirjo",
    "Sirpa",
    "Outi",
    "Mervi",
    "Henna",
    "Sofia",
    "Iida",
    "Venla",
    "Kaisa",
    "Anu",
    "Jaana",
    "Marjo",
    "Helmi",
    "Siiri",
    "Ritva",
)
FINNISH_SURNAMES = (
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Kärkkäinen",
    "Hyvönen",
    "Räsänen",
    "Väisänen",
    "Pöllänen",
    "Söderholm",
    "Ylönen",
    "Kettunen",
    "Leinonen",
    "Pitkänen",
    "Ojala",
    "Seppälä",
    "Hiltunen",
    "Huttunen",
    "Anttila",
)
SWEDISH_MALE = (
    "Johan",
    "Mikael",
    "Anders",
    "Henrik",
    "Fredrik",
    "Mats",
    "Erik",
    "Stefan",
    "Patrik",
    "Kristian",
    "Jonas",
    "Niklas",
    "Jan-Erik",
    "Björn",
    "Gunnar",
    "Håkan",
    "Göran",
    "Rasmus",
    "Oskar",
    "Viktor",
)
SWEDISH_FEMALE = (
    "Anna",
    "Maria",
    "Karin",
    "Camilla",
    "Johanna",
    "Sofia",
    "Linnéa",
    "Ulrika",
    "Åsa",
    "Birgitta",
    "Kristina",
    "Malin",
    "Ida",
    "Matilda",
    "Ebba",
    "Ellen",
    "Astrid",
    "Maj-Britt",
    "Jenny",
    "Sara",
)
SWEDISH_SURNAMES = (
    "Lindholm",
    "Johansson",
    "Nyman",
    "Lindqvist",
    "Holmström",
    "Lindroos",
    "Sjöberg",
    "Grönroos",
    "Åkerman",
    "Backman",
    "Forsström",
    "Wikström",
    "Björklund",
    "Strandberg",
    "Eklund",
    "Sundqvist",
    "Öhman",
    "Granström",
    "Lindberg",
    "Westerlund",
)
EMPLOYER_STEMS = (
    "Puu",
    "Metalli",
    "Kiinteistö",
    "Siivous",
    "Ravintola",
    "Kuljetus",
    "Rakennus",
    "Puutarha",
    "Kierrätys",
    "Hoiva",
    "Paino",
    "Logistiikka",
    "Auto",
    "Konepaja",
    "Leipomo",
    "Sähkö",
)
EMPLOYER_SUFFIXES = ("Oy", "Oy", "Oy", "Ky", "ry", "Oy Ab", "osuuskunta")
SWEDISH_EMPLOYER_STEMS = ("Trädgård", "Bygg", "Fastighets", "Verkstads", "Transport", "Bageri")
PLACES = (
    ("00100", "Helsinki", "Helsingfors"),
    ("00510", "Helsinki", "Helsingfors"),
    ("02100", "Espoo", "Esbo"),
    ("01300", "Vantaa", "Vanda"),
    ("20100", "Turku", "Åbo"),
    ("33100", "Tampere", "Tammerfors"),
    ("40100", "Jyväskylä", "Jyväskylä"),
    ("65100", "Vaasa", "Vasa"),
    ("68600", "Pietarsaari", "Jakobstad"),
    ("06100", "Porvoo", "Borgå"),
    ("10600", "Tammisaari", "Ekenäs"),
    ("90100", "Oulu", "Uleåborg"),
    ("70100", "Kuopio", "Kuopio"),
    ("80100", "Joensuu", "Joensuu"),
    ("15110", "Lahti", "Lahtis"),
    ("28100", "Pori", "Björneborg"),
)
STREETS = (
    "Kauppakatu",
    "Rantatie",
    "Koulukatu",
    "Asemantie",
    "Teollisuustie",
    "Puistokatu",
    "Mäkitie",
    "Kirkkokatu",
    "Sahatie",
    "Myllytie",
    "Strandvägen",
    "Skolgatan",
)
STAFF_ROLES = ("counsellor", "counsellor", "coach", "coach", "manager", "administrator")
OTHER_LANGUAGES = ("arabia", "somali", "venäjä", "englanti", "ukraina", "persia", "viro")
# Roughly how a unit's clients are spread; long-term unemployed clients on
# labour market subsidy are the largest group.
BENEFITS = (
    ("labour_market_subsidy", 45),
    ("earnings_related", 12),
    ("basic_allowance", 8),
    ("social_assistance", 20),
    ("none", 10),
    ("other", 5),
)
REFERRALS = (
    ("employment_authority", 60),
    ("wellbeing_county", 20),
    ("kela", 5),
    ("self", 10),
    ("other", 5),
)
OUTCOMES = (
    ("open_labour_market", 25),
    ("wage_subsidised", 20),
    ("education", 15),
    ("rehabilitation", 10),
    ("other_service", 15),
    ("moved_away", 5),
    ("not_reached", 10),
)
REFERRER_TITLES = ("työvoimaviranomainen", "sosiaaliohjaaja", "Kela")
SERVICE_WEIGHTS = (
    ("guidance", 35),
    ("job_coaching", 15),
    ("individual_coaching", 15),
    ("group_coaching", 10),
    ("work_trial", 12),
    ("wage_subsidy", 6),
    ("rehabilitative_work", 7),
)


@dataclass(frozen=True)
class DemoClient:
    first_name: str
    last_name: str
    identity_code: str | None
    birth_date: dt.date | None
    service_language: str
    created_at: dt.datetime
    other_language: str = ""
    interpreter_needed: bool = False
    phone: str = ""
    email: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    benefit_status: str = "none"
    unemployed_since: dt.date | None = None
    referral_source: str = ""
    referrer_name: str = ""
    referrer_phone: str = ""
    referrer_email: str = ""
    consent_date: dt.date | None = None
    consent_what: str = ""
    status: str = "active"
    closed_on: dt.date | None = None
    closing_reason: str = ""
    outcome: str = ""
    last_event_at: dt.datetime | None = None


@dataclass(frozen=True)
class DemoEmployer:
    name: str
    business_id: str
    street_address: str
    postal_code: str
    post_office: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DemoStaff:
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class DemoUnit:
    name: str
    business_id: str
    street_address: str
    postal_code: str
    post_office: str
    phone: str
    email: str
    privacy_contact_name: str = ""
    privacy_contact_email: str = ""
    dpo_name: str = ""
    dpo_email: str = ""


class DemoGenerator:
    """Generates demo records; ``today`` (else the app clock's) fixes the dates."""

    def __init__(self, seed: int, today: dt.date | None = None):
        self._rng = random.Random(seed)
        self._today = today or clock.today()
        self._used_codes: set[str] = set()
        self._used_business_ids: set[str] = set()

    def _created_at(self) -> dt.datetime:
        # Clients came in over the last three years, during office hours.
        day = self._today - dt.timedelta(days=self._rng.randrange(0, 3 * 365))
        return dt.datetime.combine(
            day, dt.time(self._rng.randrange(8, 16), self._rng.randrange(60))
        )

    def business_id(self) -> str:
        while True:
            body = f"{self._rng.randrange(1_000_000, 3_400_000):07d}"
            check = business_id_check_digit(body)
            if check is None:
                continue
            value = f"{body}-{check}"
            if value not in self._used_business_ids:
                self._used_business_ids.add(value)
                return value

    def identity_code(self, birth_date: dt.date, male: bool) -> str:
        century = birth_date.year // 100 * 100
        signs = {1900: "-YXWVU", 2000: "ABCDEF"}[century]
        for attempt in range(1000):
            individual = self._rng.randrange(900, 1000)
            if (individual % 2 == 1) != male:
                individual = individual + 1 if individual < 999 else 998
            # Mostly the classic sign; the 2023 signs take over when one is used up.
            sign = signs[0] if attempt < 50 else signs[self._rng.randrange(len(signs))]
            code = make_identity_code(birth_date, individual, sign)
            if code not in self._used_codes:
                self._used_codes.add(code)
                return code
        raise RuntimeError("no free temporary identity code for that birth date")

    def client(self) -> DemoClient:
        rng = self._rng
        swedish = rng.random() < 0.08
        male = rng.random() < 0.55
        if swedish:
            first = rng.choice(SWEDISH_MALE if male else SWEDISH_FEMALE)
            last = rng.choice(SWEDISH_SURNAMES)
            language = "sv"
        else:
            first = rng.choice(FINNISH_MALE if male else FINNISH_FEMALE)
            last = rng.choice(FINNISH_SURNAMES)
            language = "other" if rng.random() < 0.04 else "fi"
        # Working-age clients: 17 to 64 years old.
        age_days = rng.randrange(17 * 365 + 5, 64 * 365)
        birth_date = self._today - dt.timedelta(days=age_days)
        created = self._created_at()
        # One in twenty came in without an identity code yet (first contact).
        code = self.identity_code(birth_date, male) if rng.random() > 0.05 else None
        postal_code, city_fi, city_sv = rng.choice(PLACES)
        unemployed_months = rng.choice((3, 8, 12, 14, 18, 24, 30, 40, 60, 90))
        referral = self._weighted(REFERRALS)
        closed = rng.random() < 0.22
        closed_on = None
        if closed:
            closed_on = min(self._today, created.date() + dt.timedelta(days=rng.randrange(60, 700)))
        last_event = created + dt.timedelta(days=rng.randrange(0, 200), hours=rng.randrange(0, 5))
        last_event = min(last_event, dt.datetime.combine(self._today, dt.time(16)))
        if closed_on is not None:
            last_event = max(last_event, dt.datetime.combine(closed_on, dt.time(12)))
        other = rng.choice(OTHER_LANGUAGES) if language == "other" else ""
        return DemoClient(
            first,
            last,
            code,
            birth_date if code else None,
            language,
            created,
            other_language=other,
            interpreter_needed=bool(other) and rng.random() < 0.6,
            phone=f"04{rng.randrange(10)} {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}",
            email=(
                f"{_ascii(first.lower())}.{_ascii(last.lower())}{rng.randrange(1, 100)}@example.fi"
                if rng.random() < 0.7
                else ""
            ),
            street_address=f"{rng.choice(STREETS)} {rng.randrange(1, 80)} {rng.choice('ABCDE')} "
            f"{rng.randrange(1, 40)}",
            postal_code=postal_code,
            post_office=city_sv if language == "sv" else city_fi,
            benefit_status=self._weighted(BENEFITS),
            unemployed_since=created.date() - dt.timedelta(days=unemployed_months * 30),
            referral_source=referral,
            referrer_name=(
                f"{rng.choice(FINNISH_FEMALE + FINNISH_MALE)} {rng.choice(FINNISH_SURNAMES)}"
                if referral in ("employment_authority", "wellbeing_county", "kela")
                else ""
            ),
            referrer_phone=f"029 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"
            if referral in ("employment_authority", "wellbeing_county", "kela")
            else "",
            consent_date=created.date(),
            consent_what="Tietosuojaseloste annettu ja käyty läpi; suostumus tietojen "
            "vaihtoon työvoimaviranomaisen kanssa.",
            status="closed" if closed else "active",
            closed_on=closed_on,
            outcome=self._weighted(OUTCOMES) if closed else "",
            last_event_at=last_event,
        )

    def services(self, client: DemoClient) -> list[tuple[str, dt.date, dt.date | None]]:
        """Service periods for a client: (kind, started on, ended on or None).

        At most one period of each kind of supported work, and rehabilitative work
        only for a client whose benefit status allows it (a draw that breaks this
        is drawn again from the other kinds).
        """
        rng = self._rng
        start = client.created_at.date()
        count = rng.choices((0, 1, 2, 3), (15, 50, 28, 7))[0]
        periods: list[tuple[str, dt.date, dt.date | None]] = []
        for _ in range(count):
            kind = self._weighted(SERVICE_WEIGHTS)
            if kind in ARRANGEMENT_OF_SERVICE:
                taken = {k for k, _, _ in periods if k in ARRANGEMENT_OF_SERVICE}
                if not rehab_allowed(client.benefit_status):
                    taken.add("rehabilitative_work")
                if kind in taken:
                    kind = self._weighted(tuple(w for w in SERVICE_WEIGHTS if w[0] not in taken))
            started = start + dt.timedelta(days=rng.randrange(0, 120))
            started = min(started, self._today)
            ended: dt.date | None = None
            if client.status == "closed":
                ended = client.closed_on
                started = min(started, ended)
            elif rng.random() < 0.35:
                ended = min(self._today, started + dt.timedelta(days=rng.randrange(30, 240)))
            periods.append((kind, started, ended))
        return periods

    def client_services(
        self,
        client: DemoClient,
        employers: Sequence[DemoEmployerRef],
        coaches: Sequence[int] = (),
    ) -> DemoServices:
        """The client's service periods with the supported-work arrangements behind them.

        ``employers`` are the register's demo employers, ``coaches`` the ids of
        staff who may be a wage-subsidised employee's job coach.
        """
        return supported_work(
            self._rng, client, self.services(client), self._today, employers, coaches
        )

    def _weighted(self, choices: tuple[tuple[str, int], ...]) -> str:
        values, weights = zip(*choices, strict=True)
        return self._rng.choices(values, weights)[0]

    def clients(self, count: int) -> Iterator[DemoClient]:
        for _ in range(count):
            yield self.client()

    def employer(self) -> DemoEmployer:
        rng = self._rng
        postal_code, city_fi, city_sv = rng.choice(PLACES)
        if rng.random() < 0.15:
            name = f"{rng.choice(SWEDISH_SURNAMES)}s {rng.choice(SWEDISH_EMPLOYER_STEMS)} Ab"
            city = city_sv
        else:
            owner = _genitive(rng.choice(FINNISH_SURNAMES))
            name = f"{owner} {rng.choice(EMPLOYER_STEMS).lower()} {rng.choice(EMPLOYER_SUFFIXES)}"
            name = name[0].upper() + name[1:]
            city = city_fi
        street = f"{rng.choice(STREETS)} {rng.randrange(1, 60)}"
        return DemoEmployer(name, self.business_id(), street, postal_code, city, self._created_at())

    def employers(self, count: int) -> Iterator[DemoEmployer]:
        for _ in range(count):
            yield self.employer()

    def staff(self, count: int) -> list[DemoStaff]:
        result = []
        names = set()
        while len(result) < count:
            male = self._rng.random() < 0.4
            first = self._rng.choice(FINNISH_MALE if male else FINNISH_FEMALE)
            last = self._rng.choice(FINNISH_SURNAMES)
            if (first, last) in names:
                continue
            names.add((first, last))
            username = _ascii(f"{first}.{last}".lower())
            result.append(
                DemoStaff(username, f"{first} {last}", STAFF_ROLES[len(result) % len(STAFF_ROLES)])
            )
        return result

    def unit(self) -> DemoUnit:
        return DemoUnit(
            "Työpaja Kipinä ry",
            self.business_id(),
            "Sahatie 4",
            "40100",
            "Jyväskylä",
            "+358 40 123 4567",
            "toimisto@tyopaja-kipina.example",
            privacy_contact_name="Leena Mäkelä",
            privacy_contact_email="leena.makela@tyopaja-kipina.example",
            dpo_name="Tietosuojapalvelu Oy",
            dpo_email="tietosuoja@tyopaja-kipina.example",
        )


def _genitive(surname: str) -> str:
    """Finnish genitive of the surnames above: Virtanen → Virtasen, Niemi → Niemen."""
    if surname.endswith("nen"):
        return surname[:-3] + "sen"
    if surname.endswith("i"):
        return surname[:-1] + "en"
    if surname.endswith("e"):
        return surname + "en"
    return surname + "n"


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("äöåéü", "aoaeu"))
