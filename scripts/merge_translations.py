"""Resolve translation conflicts after a git merge, and fill entries from a JSON file.

Two uses:

* After ``git merge`` stops with conflicts in ``translations/*.ts``::

      python scripts/merge_translations.py --refs HEAD MERGE_HEAD

  takes every translation either side had (by context and source text),
  regenerates the catalogues from the merged sources (pyside6-lupdate) and
  fills them, then compiles the .qm files. ``git add translations`` afterwards.

* To put in new translations without editing XML by hand::

      python scripts/merge_translations.py --fill new.json

  where ``new.json`` is ``{"fi": {"Context": {"Source": "Käännös"}}, "sv": {...}}``;
  a plural entry takes a list of forms. An ``"en"`` part gives the English
  plural forms (``["%n day", "%n days"]``), the only English entries.
  Entries not in the catalogue (after lupdate) are reported, not added.

Whatever remains unfinished is listed at the end, per language.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fi", "sv")

Key = tuple[str, str]


def _entries(root: ET.Element) -> dict[Key, str | list[str]]:
    found: dict[Key, str | list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            source = message.findtext("source")
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if all(forms):
                    found[(name, source)] = forms
            elif translation.text:
                found[(name, source)] = translation.text
    return found


def _from_ref(ref: str, language: str) -> dict[Key, str | list[str]]:
    path = f"translations/tyollistamo_{language}.ts"
    shown = subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, check=False
    )
    if shown.returncode != 0:
        print(f"{ref}: no {path}", file=sys.stderr)
        return {}
    return _entries(ET.fromstring(shown.stdout))


def _known(language: str, refs: list[str], fill: dict) -> dict[Key, str | list[str]]:
    known: dict[Key, str | list[str]] = {}
    for ref in refs:
        known.update(_from_ref(ref, language))
    for context, sources in fill.get(language, {}).items():
        for source, translation in sources.items():
            known[(context, source)] = translation
    return known


def _apply(ts: Path, known: dict[Key, str | list[str]]) -> tuple[int, list[Key], set[Key]]:
    tree = ET.parse(ts)
    filled = 0
    missing: list[Key] = []
    present: set[Key] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            key = (name, source)
            present.add(key)
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", None):
                continue
            if translation.get("type") is None and (
                translation.text or translation.findall("numerusform")
            ):
                continue
            value = known.get(key)
            if value is None:
                missing.append(key)
                continue
            if message.get("numerus") == "yes":
                for old in translation.findall("numerusform"):
                    translation.remove(old)
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled, missing, present


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refs", nargs="*", default=[], help="git refs to take translations from")
    parser.add_argument("--fill", type=Path, help="JSON file of new translations")
    args = parser.parse_args(argv)
    fill = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    known = {language: _known(language, args.refs, fill) for language in LANGUAGES}

    sys.path.insert(0, str(ROOT / "scripts"))
    import update_translations

    for language in LANGUAGES:
        ts = TRANSLATIONS / f"tyollistamo_{language}.ts"
        if args.refs:
            # Start from a conflict-free file; lupdate adds what the merged code needs.
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{update_translations.LANGUAGES[language]}" '
                'sourcelanguage="en_GB">\n</TS>\n',
                encoding="utf-8",
            )
        update_translations.lupdate(ts)
        filled, missing, present = _apply(ts, known[language])
        unknown = [
            key
            for context, sources in fill.get(language, {}).items()
            for key in ((context, s) for s in sources)
            if key not in present
        ]
        print(f"{language}: filled {filled}, still unfinished {len(missing)}")
        for context, source in missing:
            print(f"  unfinished  {context}: {source!r}")
        for context, source in unknown:
            print(f"  not in the catalogue  {context}: {source!r}")
    if fill.get("en") and not args.refs:
        # English needs only its plural forms ("1 day", "2 days").
        en = TRANSLATIONS / "tyollistamo_en.ts"
        update_translations.lupdate(en, plural_only=True)
        filled, missing, _present = _apply(en, _known("en", [], fill))
        print(f"en: filled {filled}, still unfinished {len(missing)}")
        for context, source in missing:
            print(f"  unfinished  {context}: {source!r}")
    if args.refs:
        en = TRANSLATIONS / "tyollistamo_en.ts"
        en_known = {}
        for ref in args.refs:
            en_known.update(_from_ref(ref, "en"))
        en.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="en_GB" sourcelanguage="en_GB">\n</TS>\n',
            encoding="utf-8",
        )
        update_translations.lupdate(en, plural_only=True)
        _apply(en, en_known)
    # Second pass normalises the layout lupdate writes, then compile.
    return update_translations.main()


if __name__ == "__main__":
    sys.exit(main())
