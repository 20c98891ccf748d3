"""Finnish and Swedish must be complete: nothing unfinished, obsolete, missing or stale."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fi", "sv")
NUMERUS_FORMS = {"fi": 2, "sv": 2, "en": 2}
sys.path.insert(0, str(ROOT / "scripts"))


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language):
    ts = TRANSLATIONS / f"tyollistamo_{language}.ts"
    problems = []
    for context, message in messages(ts):
        translation = message.find("translation")
        source = message.find("source").text
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind}: {context}: {source}")
        elif message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            if len(forms) != NUMERUS_FORMS[language] or not all(forms):
                problems.append(f"plural forms: {context}: {source}")
        elif not translation.text:
            problems.append(f"empty: {context}: {source}")
    assert problems == []


def test_english_plural_forms_are_finished():
    """English keeps only plural entries; without them the UI says "1 entries"."""
    problems = []
    for context, message in messages(TRANSLATIONS / "tyollistamo_en.ts"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all(forms):
            problems.append(f"{context}: {message.find('source').text}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_mnemonics_are_kept(language):
    problems = []
    for context, message in messages(TRANSLATIONS / f"tyollistamo_{language}.ts"):
        source = message.find("source").text
        translation = message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        for text in texts:
            if sorted(re.findall(r"%\d|%n", source)) != sorted(re.findall(r"%\d|%n", text)):
                problems.append(f"placeholders: {context}: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"mnemonic: {context}: {source!r} -> {text!r}")
    assert problems == []


def test_no_source_string_is_missing_from_the_catalogues(tmp_path):
    """Run lupdate on copies: any message it has to add was missing."""
    import update_translations

    for language in ("fi", "sv", "en"):
        copy = tmp_path / f"tyollistamo_{language}.ts"
        shutil.copy2(TRANSLATIONS / copy.name, copy)
        update_translations.lupdate(copy, plural_only=language == "en")
        before = {(c, m.find("source").text) for c, m in messages(TRANSLATIONS / copy.name)}
        after = {(c, m.find("source").text) for c, m in messages(copy)}
        assert after - before == set(), f"{language}: not in the catalogue"
        assert before - after == set(), f"{language}: no longer in the source"


@pytest.mark.parametrize("language", ("fi", "sv", "en"))
def test_compiled_catalogue_is_up_to_date(language):
    from tyollistamo_gui.resources import translations_dir

    ts = TRANSLATIONS / f"tyollistamo_{language}.ts"
    folder = translations_dir()
    assert folder is not None, "no compiled .qm found: install the package (it builds them)"
    qm = folder / f"tyollistamo_{language}.qm"
    assert qm.exists(), f"{qm} missing"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm} is older than {ts}: rebuild"
    twin = folder / f"tyollistamo_{language}.json"  # what documents read
    assert twin.exists() and twin.stat().st_mtime >= ts.stat().st_mtime, f"{twin} stale"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_and_qt_catalogue_load(qapp, language):
    from PySide6.QtCore import QCoreApplication

    from tyollistamo_gui.i18n import Translators

    translators = Translators()
    try:
        assert translators.install(language)
        expected = {"fi": ("&Tiedosto", "Peru"), "sv": ("&Arkiv", "Avbryt")}[language]
        assert QCoreApplication.translate("MainWindow", "&File") == expected[0]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == expected[1]
    finally:
        translators.install("en")


def test_lupdate_is_available():
    assert subprocess.run(["pyside6-lupdate", "-version"], capture_output=True).returncode == 0


def _literal_strings_in_translate_calls() -> set[str]:
    """Every string literal passed to tr() or translate() in the package source."""
    import ast

    found = set()
    for path in (ROOT / "src" / "tyollistamo_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(
                node.func, (ast.Attribute, ast.Name)
            ):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "tr" and args and isinstance(args[0], str):
                found.add(args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                found.add(args[1])
    return found


def test_lupdate_found_every_string_the_code_translates():
    """lupdate silently skips calls it cannot parse; such texts would stay English."""
    catalogued = {m.find("source").text for _c, m in messages(TRANSLATIONS / "tyollistamo_fi.ts")}
    missing = sorted(_literal_strings_in_translate_calls() - catalogued)
    assert missing == []
