"""Law references of the built-in rules and retention periods in Finnish, Swedish and English."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from tyollistamo_gui.domain import retention, rules
from tyollistamo_gui.domain.findings import Finding
from tyollistamo_gui.domain.legal_references import (
    LAWS,
    Citation,
    Reference,
    parse,
    reference_text,
)

DOMAIN = Path(rules.__file__).parent

# Finnish words that must not appear in a Swedish reference.
FINNISH_LAW_WORDS = ("laki", "liite", "kohta", "momentti", "luku", "TSL", " ja ", "työ")


def _domain_sections() -> set[str]:
    """Every ``section="..."`` literal of the domain checks (e.g. "380/2023 54 § 2 mom")."""
    found = set()
    for path in DOMAIN.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.keyword)
                and node.arg == "section"
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                found.add(node.value.value)
    return found


BUILT_IN = sorted(
    {rule.source for rule in rules.DEFAULT_RULES}
    | {rule.source for rule in retention.DEFAULT_RULES}
    | _domain_sections()
)


def test_the_domain_sections_are_collected():
    assert {"380/2023 54 § 2 mom", "TSL 55/2001 1:3", "189/2001 2 §"} <= set(BUILT_IN)


@pytest.mark.parametrize("source", BUILT_IN)
def test_every_built_in_source_is_read_and_written_in_each_language(source):
    reference = parse(source)
    assert reference is not None, source
    texts = {language: reference_text(source, language) for language in ("fi", "sv", "en")}
    assert all(texts.values()), texts
    swedish = texts["sv"] + " " + reference_text(source, "sv", named=True)
    for word in FINNISH_LAW_WORDS:
        assert word not in swedish, (source, word, swedish)
    for word in ("mom ", " p", "liite", "kohta"):  # the notation's own abbreviations
        assert word not in texts["en"], (source, word, texts["en"])
    # Every statute number of the notation is still there, in every language.
    for number in re.findall(r"\d+/\d{4}", source):
        assert all(number in text for text in texts.values()), (number, texts)


@pytest.mark.parametrize(
    ("source", "fi", "sv", "en"),
    [
        (
            "380/2023 57 § 1 mom 3 p",
            "380/2023 57 § 1 mom. 3 kohta",
            "380/2023 57 § 1 mom. 3 punkten",
            "Act 380/2023, section 57(1)(3)",
        ),
        (
            "TSL 55/2001 1:4",
            "työsopimuslaki (55/2001) 1 luku 4 §",
            "arbetsavtalslagen (55/2001) 1 kap. 4 §",
            "Employment Contracts Act (55/2001), chapter 1, section 4",
        ),
        (
            "TSL 55/2001 1:3 a",
            "työsopimuslaki (55/2001) 1 luku 3 a §",
            "arbetsavtalslagen (55/2001) 1 kap. 3 a §",
            "Employment Contracts Act (55/2001), chapter 1, section 3 a",
        ),
        (
            "703/2023 20 § ja liite",
            "703/2023 20 § ja liite",
            "703/2023 20 § och bilaga",
            "Act 703/2023, section 20 and annex",
        ),
        (
            "703/2023 liite, 11 §",
            "703/2023 liite, 11 §",
            "703/2023 bilaga, 11 §",
            "Act 703/2023, annex, section 11",
        ),
        (
            "189/2001 13 b §; työaikalaki 872/2019",
            "189/2001 13 b §; työaikalaki (872/2019)",
            "189/2001 13 b §; arbetstidslagen (872/2019)",
            "Act 189/2001, section 13 b; Working Hours Act (872/2019)",
        ),
        (
            "189/2001 13 b § 2 mom",
            "189/2001 13 b § 2 mom.",
            "189/2001 13 b § 2 mom.",
            "Act 189/2001, section 13 b(2)",
        ),
        (
            "380/2023 83 § 3 mom 5 p",
            "380/2023 83 § 3 mom. 5 kohta",
            "380/2023 83 § 3 mom. 5 punkten",
            "Act 380/2023, section 83(3)(5)",
        ),
    ],
)
def test_the_forms_in_each_language(source, fi, sv, en):
    assert (
        reference_text(source, "fi"),
        reference_text(source, "sv"),
        reference_text(source, "en"),
    ) == (fi, sv, en)


def test_named_forms_use_the_titles_of_the_statutes():
    assert reference_text("380/2023 57 § 1 mom 3 p", "sv", named=True) == (
        "lagen om ordnande av arbetskraftsservice (380/2023) 57 § 1 mom. 3 punkten"
    )
    assert reference_text("189/2001 14 §", "fi", named=True) == (
        "laki kuntouttavasta työtoiminnasta (189/2001) 14 §"
    )
    assert reference_text("703/2023 20 § ja liite", "sv", named=True) == (
        "lagen om behandling av kunduppgifter inom social- och hälsovården (703/2023) "
        "20 § och bilaga"
    )
    assert reference_text("TSL 55/2001 6:7", "en", named=True) == (
        "Employment Contracts Act (55/2001), chapter 6, section 7"
    )
    assert all(set(law.names) == {"fi", "sv", "en"} for law in LAWS.values())


def test_no_break_joins_each_number_to_its_word():
    assert reference_text("380/2023 57 § 1 mom 3 p", "sv", no_break=True) == (
        "380/2023 57\u00a0§ 1\u00a0mom. 3\u00a0punkten"
    )
    assert reference_text("TSL 55/2001 1:4", "en", no_break=True) == (
        "Employment Contracts Act (55/2001), chapter\u00a01, section\u00a04"
    )


def test_the_structure_is_language_neutral():
    assert parse("380/2023 57 § 1 mom 3 p") == Reference(
        (Citation("380/2023", section="57", subsection=1, paragraph=3),)
    )
    assert parse("TSL 1:3 a") == Reference((Citation("55/2001", chapter=1, section="3 a"),))
    assert parse("703/2023 20 § ja liite") == Reference(
        (Citation("703/2023", section="20"), Citation("703/2023", annex=True)), ("and",)
    )
    assert parse("työaikalaki") == Reference((Citation("872/2019"),))


@pytest.mark.parametrize(
    "typed",
    [
        "380/2023 104 § as amended by 123/2026",
        "ostopalvelusopimus 2026",
        "purchase contract § 4",
        "TSL 380/2023 1:4",  # a name and a number that disagree
        "57 §",  # no law
        "380/2023 57 § 1 mom 3 p; 4 §",  # after ";" the law must be named again
        "",
        "   ",
    ],
)
def test_anything_else_is_shown_as_typed(typed):
    assert parse(typed) is None
    for language in ("fi", "sv", "en"):
        assert reference_text(typed, language) == typed.strip()


def test_the_units_own_text_is_shown_as_typed_even_when_it_reads_as_a_reference():
    assert reference_text("TSL 55/2001 1:4", "sv", as_typed=True) == "TSL 55/2001 1:4"


def test_an_unknown_language_falls_back_to_finnish():
    assert reference_text("TSL 55/2001 1:4", "de") == reference_text("TSL 55/2001 1:4", "fi")


def test_a_finding_of_the_units_own_rule_carries_its_text_as_typed():
    default = rules.RuleBook().rule("work_trial.max_days_per_week", None)
    own = rules.Rule(default.key, 4, default.valid_from, "oma päätös 2026", own=True)
    assert rules.breach("x", "days", default, 6).section_as_typed is False
    found = rules.breach("x", "days", own, 6)
    assert (found.section, found.section_as_typed) == ("oma päätös 2026", True)
    assert Finding("x").section_as_typed is False


def test_a_retention_source_is_a_reference_only_while_it_is_a_defaults():
    default = retention.DEFAULT_RULES[1]
    assert retention.source_as_typed(default) is False
    changed = retention.Rule(default.kind, 12, default.valid_from, default.source, False)
    assert retention.source_as_typed(changed) is False  # other years, the same law
    typed = retention.Rule(default.kind, 10, default.valid_from, "ostopalvelusopimus", False)
    assert retention.source_as_typed(typed) is True


TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"


@pytest.mark.parametrize(
    ("language", "foreign"),
    [
        ("sv", ("laki", "liite", "kohta", "momentti", "luku", "TSL", " ja ")),
        ("fi", ("kap.", "punkten", "bilaga", " och ", "lagen")),
    ],
)
def test_no_catalogue_sentence_cites_the_law_in_the_other_language(language, foreign):
    """Fixed sentences that cite a section (document clauses, findings, hints) do it in
    their own language, as the built-in references do."""
    catalogue = json.loads((TRANSLATIONS / f"tyollistamo_{language}.json").read_text("utf-8"))
    texts = [
        t for value in catalogue.values() for t in ([value] if isinstance(value, str) else value)
    ]
    citing = [t for t in texts if "§" in t or re.search(r"\d+/\d{4}", t)]
    assert len(citing) >= 10
    wrong = [(word, t) for t in citing for word in foreign if word in t]
    assert wrong == []
