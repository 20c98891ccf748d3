"""Build hook: compile translations/*.ts to .qm and ship them with resources/.

The .ts files under translations/ are the source of truth; the .qm files are
built here (with the lrelease that comes with PySide6) so that a source
checkout, an installed wheel and a frozen bundle all find the same catalogues.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _lrelease() -> list[str]:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    exe = base / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def _catalogue_json(ts: Path, target: Path) -> None:
    """The finished translations of ``ts`` as JSON: {"context\u0004source": text or [forms]}.

    Documents read this copy of the catalogue, without Qt, so that a PDF can be
    rendered where QtCore cannot load (a server, the installer check under wine).
    """
    import json
    import xml.etree.ElementTree as ET

    entries: dict[str, object] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            key = f"{name}\u0004{message.findtext('source')}"
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if forms and all(forms):
                entries[key] = forms
            elif translation.text:
                entries[key] = translation.text
    target.write_text(json.dumps(entries, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def compile_translations() -> list[Path]:
    """Compile every stale translations/*.ts in place (.qm, and .json for documents)."""
    built = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
        catalogue = ts.with_suffix(".json")
        if not catalogue.exists() or catalogue.stat().st_mtime < ts.stat().st_mtime:
            _catalogue_json(ts, catalogue)
        built.append(catalogue)
    return built


class BuildWithTranslations(build_py):
    def run(self) -> None:
        qms = compile_translations()
        super().run()
        if getattr(self, "editable_mode", False):
            # An editable install runs from the checkout, which finds
            # translations/ and resources/ next to src/.
            return
        package = Path(self.build_lib) / "tyollistamo_gui"
        target = package / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for built in qms:
            shutil.copy2(built, target / built.name)
        resources = package / "resources"
        if resources.exists():
            shutil.rmtree(resources)
        shutil.copytree(ROOT / "resources", resources)


if __name__ == "__main__":
    os.chdir(ROOT)
    setup(cmdclass={"build_py": BuildWithTranslations})
