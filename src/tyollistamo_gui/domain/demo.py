"""Realistic fictional demo data: names, identity codes, Business IDs and dates.

Everything is generated from a seed, so the same seed gives the same data.
Identity codes use only the temporary individual numbers 900–999, which never
belong to a person in the population register.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from .identifiers import business_id_check_digit, make_identity_code

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


@dataclass(frozen=True)
class DemoClient:
    first_name: str
    last_name: str
    identity_code: str
    birth_date: dt.date
    service_language: str
    created_at: dt.datetime


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


class DemoGenerator:
    """Generates demo records; ``today`` fixes the dates so tests are repeatable."""

    def __init__(self, seed: int, today: dt.date | None = None):
        self._rng = random.Random(seed)
        self._today = today or dt.date.today()
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
        return DemoClient(
            first,
            last,
            self.identity_code(birth_date, male),
            birth_date,
            language,
            self._created_at(),
        )

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
