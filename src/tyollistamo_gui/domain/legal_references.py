"""Law references ("380/2023 57 § 1 mom 3 p", "TSL 55/2001 1:4") in Finnish, Swedish and English.

The built-in rules (``domain.rules``, ``domain.retention``) and the findings of
``domain.supported`` cite the law in one compact notation. It is the stored,
language-neutral form: :func:`parse` reads it into a :class:`Reference` (a list
of :class:`Citation` — law, chapter, section, subsection, paragraph or annex)
and :func:`reference_text` writes that in the reader's language, in the forms
of the official Swedish statute texts (Finlex, riksdagen.fi):

- ``380/2023 57 § 1 mom 3 p``: 380/2023 57 § 1 mom. 3 kohta | 380/2023 57 § 1 mom.
  3 punkten | Act 380/2023, section 57(1)(3)
- ``TSL 55/2001 1:4``: työsopimuslaki (55/2001) 1 luku 4 § | arbetsavtalslagen
  (55/2001) 1 kap. 4 § | Employment Contracts Act (55/2001), chapter 1, section 4
- ``703/2023 20 § ja liite``: 703/2023 20 § ja liite | 703/2023 20 § och bilaga |
  Act 703/2023, section 20 and annex
- ``189/2001 13 b §; työaikalaki 872/2019``: ... työaikalaki (872/2019) | ...
  arbetstidslagen (872/2019) | ... Working Hours Act (872/2019)

The parser is strict: a text with anything it does not know (an amendment
"as amended by 123/2026", a purchase contract, a typo) is not a reference it
can translate, and :func:`reference_text` returns it unchanged. A text the
unit typed for its own rule is always shown as typed (``as_typed=True``).

No Qt here: the UI passes the app language, documents the document's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Law:
    number: str  # "55/2001"
    names: dict[str, str]  # language -> name as cited ("työsopimuslaki", "arbetsavtalslagen")
    # Cited by its name even in the short form (a law everyone knows by name);
    # the others are cited by number unless the full form is asked for.
    by_name: bool = False
    # Finnish names and abbreviations the notation may use for it.
    aliases: tuple[str, ...] = ()


# The Swedish names are the titles of the Swedish statute texts (Finlex, riksdagen.fi,
# kansallisarkisto.fi/sv); the English ones are descriptive, not official titles.
LAWS: dict[str, Law] = {
    law.number: law
    for law in (
        Law(
            "380/2023",
            {
                "fi": "laki työvoimapalvelujen järjestämisestä",
                "sv": "lagen om ordnande av arbetskraftsservice",
                "en": "Act on the Organisation of Employment Services",
            },
        ),
        Law(
            "189/2001",
            {
                "fi": "laki kuntouttavasta työtoiminnasta",
                "sv": "lagen om arbetsverksamhet i rehabiliteringssyfte",
                "en": "Act on Rehabilitative Work Activity",
            },
        ),
        Law(
            "703/2023",
            {
                "fi": "laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä",
                "sv": "lagen om behandling av kunduppgifter inom social- och hälsovården",
                "en": "Act on the Processing of Client Data in Healthcare and Social Welfare",
            },
            aliases=("asiakastietolaki",),
        ),
        Law(
            "55/2001",
            {
                "fi": "työsopimuslaki",
                "sv": "arbetsavtalslagen",
                "en": "Employment Contracts Act",
            },
            by_name=True,
            aliases=("TSL", "työsopimuslaki"),
        ),
        Law(
            "872/2019",
            {"fi": "työaikalaki", "sv": "arbetstidslagen", "en": "Working Hours Act"},
            by_name=True,
            aliases=("työaikalaki",),
        ),
    )
}
_ALIASES = {alias.casefold(): law.number for law in LAWS.values() for alias in law.aliases}


@dataclass(frozen=True)
class Citation:
    """One place in one law: a section (with chapter, subsection, paragraph), the annex,
    or the law as a whole (all parts empty)."""

    law: str  # the statute number, "380/2023"
    chapter: int | None = None
    section: str = ""  # "57", "13 b"
    subsection: int | None = None  # momentti / moment
    paragraph: int | None = None  # kohta / punkt
    annex: bool = False  # liite / bilaga

    @property
    def whole_law(self) -> bool:
        return not self.section and not self.annex


# How two citations are joined: "and" (ja / och), "," (a list) or ";" (another law).
JOINERS = ("and", ",", ";")


@dataclass(frozen=True)
class Reference:
    citations: tuple[Citation, ...]
    joiners: tuple[str, ...] = ()  # one fewer than citations

    def text(self, language: str, *, named: bool = False) -> str:
        return format_reference(self, language, named=named)


# -- reading the notation ------------------------------------------------------------------

_NUMBER = re.compile(r"\d{1,5}/\d{4}")
_CHAPTER_SECTION = re.compile(r"(\d{1,3}):(\d{1,3})(?: ([a-z]))?")  # 1:3 a
_CHAPTER = re.compile(r"(\d{1,3}) (?:luku|luvun|kap\.?)")
_SECTION = re.compile(r"(\d{1,3})(?: ([a-z]))? §")  # 13 b §
_SUBSECTION = re.compile(r"(\d{1,2}) mom(?:entti|\.)?")
_PARAGRAPH = re.compile(r"(\d{1,2}) (?:kohta|punkten|punkt|p|k)\.?")
_ANNEX = re.compile(r"liite|bilaga")


def _take(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str] | None, str]:
    match = pattern.match(text)
    if match is None:
        return None, text
    return match, text[match.end() :].lstrip()


def _parse_part(text: str, law: str | None) -> Citation | None:
    """One citation; ``law`` is the law of the previous citation (None at the start)."""
    rest = text.strip()
    named = None
    for alias in sorted(_ALIASES, key=len, reverse=True):
        if rest.casefold().startswith(alias) and (
            len(rest) == len(alias) or rest[len(alias)] == " "
        ):
            named = _ALIASES[alias]
            rest = rest[len(alias) :].lstrip()
            break
    number, rest = _take(_NUMBER, rest)
    if named and number and number.group(0) != named:
        return None  # "TSL 380/2023": a name and a number that disagree
    if number:
        law = number.group(0)
    elif named:
        law = named
    elif law is None:
        return None
    citation = _parse_place(rest, law)
    if citation is None:
        return None
    if citation.whole_law and not (number or named):
        return None  # nothing at all
    return citation


def _parse_place(text: str, law: str) -> Citation | None:
    if not text:
        return Citation(law)
    if _ANNEX.fullmatch(text):
        return Citation(law, annex=True)
    chapter = None
    match, rest = _take(_CHAPTER_SECTION, text)
    if match:
        chapter = int(match.group(1))
        section = match.group(2) + (f" {match.group(3)}" if match.group(3) else "")
    else:
        match, rest = _take(_CHAPTER, text)
        if match:
            chapter = int(match.group(1))
        match, rest = _take(_SECTION, rest)
        if match is None:
            return None
        section = match.group(1) + (f" {match.group(2)}" if match.group(2) else "")
    subsection = paragraph = None
    match, rest = _take(_SUBSECTION, rest)
    if match:
        subsection = int(match.group(1))
        match, rest = _take(_PARAGRAPH, rest)
        if match:
            paragraph = int(match.group(1))
    if rest:
        return None
    return Citation(law, chapter, section, subsection, paragraph)


_SPLIT = re.compile(r"\s*(;|,|\bja\b|\boch\b)\s*")


def parse(text: str) -> Reference | None:
    """The reference in ``text``, or None when any part of it is not a law reference."""
    if not text or not text.strip():
        return None
    pieces = _SPLIT.split(text.strip())
    parts, separators = pieces[0::2], pieces[1::2]
    citations: list[Citation] = []
    joiners: list[str] = []
    law = None
    for index, part in enumerate(parts):
        if index:
            joiner = separators[index - 1]
            joiners.append("and" if joiner in ("ja", "och") else joiner)
            if joiner == ";":
                law = None  # after ";" the next citation names its law
        citation = _parse_part(part, law)
        if citation is None:
            return None
        citations.append(citation)
        law = citation.law
    return Reference(tuple(citations), tuple(joiners))


# -- writing it in a language --------------------------------------------------------------

_WORDS = {
    "fi": {"and": " ja ", "annex": "liite", "act": "{number}"},
    "sv": {"and": " och ", "annex": "bilaga", "act": "{number}"},
    "en": {"and": " and ", "annex": "annex", "act": "Act {number}"},
}


def _place(citation: Citation, language: str) -> str:
    """Where in the law: "57 § 1 mom. 3 kohta", "1 kap. 4 §", "section 57(1)(3)"."""
    if citation.annex:
        return _WORDS[language]["annex"]
    if citation.whole_law:
        return ""
    if language == "en":
        text = f"section {citation.section}"
        if citation.subsection is not None:
            text += f"({citation.subsection})"
            if citation.paragraph is not None:
                text += f"({citation.paragraph})"
        if citation.chapter is not None:
            text = f"chapter {citation.chapter}, {text}"
        return text
    parts = []
    if citation.chapter is not None:
        parts.append(f"{citation.chapter} {'luku' if language == 'fi' else 'kap.'}")
    parts.append(f"{citation.section} §")
    if citation.subsection is not None:
        parts.append(f"{citation.subsection} mom.")
        if citation.paragraph is not None:
            parts.append(f"{citation.paragraph} {'kohta' if language == 'fi' else 'punkten'}")
    return " ".join(parts)


def _law(number: str, language: str, named: bool) -> str:
    """The law as cited: its name and number, or the number alone."""
    law = LAWS.get(number)
    if law is not None and (named or law.by_name):
        return f"{law.names[language]} ({number})"
    return _WORDS[language]["act"].format(number=number)


def format_reference(reference: Reference, language: str, *, named: bool = False) -> str:
    """``reference`` in ``language`` (fi, sv or en; another falls back to Finnish).

    The law is written before its first citation and again only where it changes;
    ``named`` also names the laws usually cited by number.
    """
    if language not in LANGUAGES:
        language = "fi"
    out = []
    previous = None
    for index, citation in enumerate(reference.citations):
        if index:
            joiner = reference.joiners[index - 1]
            out.append(_WORDS[language]["and"] if joiner == "and" else f"{joiner} ")
        place = _place(citation, language)
        if citation.law != previous:
            law = _law(citation.law, language, named)
            separator = ", " if language == "en" else " "
            out.append(f"{law}{separator}{place}" if place else law)
        else:
            out.append(place)
        previous = citation.law
    return "".join(out)


# A number and the word it counts ("57 §", "1 kap.", "3 punkten", "section 4") stay on
# one line in print.
_KEEP_TOGETHER = re.compile(
    r"(?<=\d) (?=§|mom\.|luku|kap\.|kohta|punkten)|(?<=chapter|section) (?=\d)"
)


def reference_text(
    source: str,
    language: str,
    *,
    as_typed: bool = False,
    named: bool = False,
    no_break: bool = False,
) -> str:
    """A law reference in ``language``: the built-in notation translated, anything else
    (or anything ``as_typed``: the unit's own text) as it was written.

    ``named`` names every law (not only those cited by name); ``no_break`` joins each
    number to its word with a no-break space, for print.
    """
    source = (source or "").strip()
    if as_typed:
        return source
    reference = parse(source)
    if reference is None:
        return source
    text = format_reference(reference, language, named=named)
    return _KEEP_TOGETHER.sub("\u00a0", text) if no_break else text
