"""Check the built Windows installer under wine64, end to end.

    installer/check [dist/Tyollistamo-<version>-x64-setup.exe]

In a throwaway wine prefix: install silently (per user), check the installed
files (the app, its .qm catalogues, every file of resources/, Qt's qtbase_fi/sv,
the embeddable Python, the uninstaller), run the installed Python on a non-GUI
path of the app (`demo` into the user's data folder, read back with sqlite3;
`render` of a demo work-trial agreement in Swedish, read back with pypdf;
`encrypt` of a copy of the demo database with SQLCipher, then `check` and
`backup` of it with TYOLLISTAMO_PASSPHRASE, and a wrong passphrase refused),
check that the uninstaller refuses while the app runs, uninstall silently, and
check that the data folder survived. PySide6 cannot start under wine (no system
ICU), so the GUI itself is not started here. Exits non-zero on any failure.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINE = shutil.which("wine64") or "/usr/lib/wine/wine64"
USER_DIR = "drive_c/users/{user}/AppData"
MUTEX = "Local\\TyollistamoRunning"


class CheckFailed(Exception):
    pass


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)
    print(f"ok   {message}", flush=True)


def wine(
    prefix: Path, *args: str, timeout: int = 900, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEARCH="win64")
    env.update(extra_env or {})
    env.pop("DISPLAY", None)
    # Wine gives a Windows console program valid standard handles only for pipes.
    return subprocess.run([WINE, *args], env=env, input=b"", capture_output=True, timeout=timeout)


def windows_path(prefix: Path, path: Path) -> str:
    relative = path.relative_to(prefix / "drive_c")
    return "C:\\" + "\\".join(relative.parts)


def main() -> int:
    installer = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else max((ROOT / "dist").glob("Tyollistamo-*-x64-setup.exe"), default=None)
    )
    if installer is None or not installer.exists():
        print("no installer: run installer/build first", file=sys.stderr)
        return 2
    if not Path(WINE).exists():
        print("wine64 not found (Debian: apt-get install wine64)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    data = installer.read_bytes()
    pe_offset = int.from_bytes(data[0x3C:0x40], "little")
    machine = int.from_bytes(data[pe_offset + 4 : pe_offset + 6], "little")
    if machine != 0x8664:
        print(f"FAIL the installer is not a 64-bit program (machine {machine:#x})", file=sys.stderr)
        return 1
    version = installer.name.split("-")[1]
    if (
        "ProductVersion\0".encode("utf-16-le") not in data
        or version.encode("utf-16-le") not in data
    ):
        print("FAIL the installer has no version resource", file=sys.stderr)
        return 1
    print(f"ok   64-bit installer with a version resource ({version})")
    prefix = Path(tempfile.mkdtemp(prefix="tyollistamo-wine-"))
    try:
        wine(prefix, "wineboot", "-i")
        user = next((prefix / "drive_c" / "users").glob("*")).name
        if user == "Public":
            user = next(
                p.name for p in (prefix / "drive_c" / "users").iterdir() if p.name != "Public"
            )
        appdata = prefix / USER_DIR.format(user=user)
        install_dir = appdata / "Local" / "Programs" / "Tyollistamo"
        data_dir = appdata / "Roaming" / "Tyollistamo"

        result = wine(prefix, str(installer), "/S")
        expect(result.returncode == 0, f"silent per-user install exits 0 ({result.returncode})")
        expect((install_dir / "uninstall.exe").exists(), "uninstaller installed")

        package = install_dir / "pkgs" / "tyollistamo_gui"
        required = [
            install_dir / "Python" / "python.exe",
            install_dir / "Python" / "python311.dll",
            install_dir / "app.ico",
            install_dir / "bin" / "tyollistamo.exe",
            package / "__main__.py",
            install_dir / "pkgs" / "PySide6" / "translations" / "qtbase_fi.qm",
            install_dir / "pkgs" / "PySide6" / "translations" / "qtbase_sv.qm",
            install_dir / "pkgs" / "PySide6" / "Qt6Widgets.dll",
            install_dir / "pkgs" / "PySide6" / "plugins" / "platforms" / "qwindows.dll",
            install_dir / "pkgs" / "peewee.py",
            install_dir / "pkgs" / "reportlab" / "__init__.py",
            install_dir / "pkgs" / "babel" / "__init__.py",
        ]
        required += [
            package / "translations" / ts.with_suffix(".qm").name
            for ts in (ROOT / "translations").glob("*.ts")
        ]
        required += [
            package / "resources" / p.relative_to(ROOT / "resources")
            for p in (ROOT / "resources").rglob("*")
            if p.is_file()
        ]
        missing = [str(p.relative_to(install_dir)) for p in required if not p.exists()]
        expect(not missing, f"all {len(required)} expected files installed {missing or ''}")
        left_out = [
            p
            for p in (
                "pkgs/PySide6/qml",
                "pkgs/PySide6/opengl32sw.dll",
                "pkgs/PySide6/Qt6Quick.dll",
                "pkgs/PySide6/designer.exe",
            )
            if (install_dir / p).exists()
        ]
        expect(not left_out, f"unused Qt parts left out {left_out or ''}")
        shortcut = appdata / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        expect(any(shortcut.glob("Ty*.lnk")), "Start-menu shortcut created")

        python = windows_path(prefix, install_dir / "Python" / "python.exe")
        result = wine(prefix, python, "-m", "tyollistamo_gui", "--version")
        expect(
            result.stdout.decode().strip().startswith("tyollistamo "),
            f"installed app answers --version ({result.stdout.decode().strip()})",
        )
        result = wine(
            prefix,
            python,
            "-m",
            "tyollistamo_gui",
            "--data-dir",
            windows_path(prefix, appdata / "Roaming") + "\\Tyollistamo",
            "demo",
            "--clients",
            "50",
        )
        expect(result.returncode == 0, f"installed app fills demo data ({result.stderr[-300:]!r})")
        database = data_dir / "tyollistamo.sqlite3"
        with sqlite3.connect(database) as conn:
            count = conn.execute("SELECT COUNT(*) FROM client").fetchone()[0]
        expect(count == 50, f"demo database has 50 clients ({count})")

        # The shared-database pieces are bundled: psycopg with its compiled libpq
        # wheel, keyring with its Windows Credential Manager backend; and ReportLab
        # uses its compiled accelerators (it falls back to Python silently).
        probe = (
            "import psycopg, keyring, tzdata, win32ctypes.pywin32.win32cred; "
            "from keyring.backends.Windows import WinVaultKeyring; "
            "from reportlab.lib.rl_accel import fp_str; "
            "print(psycopg.pq.__impl__, type(fp_str).__name__)"
        )
        result = wine(prefix, python, "-c", probe)
        expect(
            result.returncode == 0
            and b"binary" in result.stdout
            and b"builtin_function_or_method" in result.stdout,
            f"installed app has psycopg (binary), keyring for Windows and rl_accel "
            f"({result.stdout[-100:]!r} {result.stderr[-300:]!r})",
        )

        # The installed app renders a stored agreement in Swedish with its own fonts and
        # catalogue (documents need no Qt), and the PDF reads back.
        with sqlite3.connect(database) as conn:
            trial = conn.execute("SELECT MIN(id) FROM work_trial").fetchone()[0]
        expect(trial is not None, "demo data has a work trial")
        pdf = data_dir / "render-check.pdf"
        result = wine(
            prefix,
            python,
            "-m",
            "tyollistamo_gui",
            "--data-dir",
            windows_path(prefix, appdata / "Roaming") + "\\Tyollistamo",
            "render",
            "work-trial",
            str(trial),
            "--lang",
            "sv",
            "-o",
            windows_path(prefix, pdf),
        )
        expect(
            result.returncode == 0 and pdf.exists(),
            f"installed app renders a work-trial agreement ({result.stderr[-300:]!r})",
        )
        if pdf.exists():
            from pypdf import PdfReader

            reader = PdfReader(pdf)
            text = reader.pages[0].extract_text()
            expect(
                "Avtal om arbetsprövning" in text and f"Sida 1 / {len(reader.pages)}" in text,
                f"the agreement reads back in Swedish ({text[:200]!r})",
            )
            fonts = reader.pages[0]["/Resources"]["/Font"]
            names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
            expect(all("DejaVuSans" in n for n in names), f"embedded DejaVu Sans ({names})")
            pdf.unlink()

        # Encryption at rest: the bundled sqlcipher3 wheel encrypts a copy of the demo
        # register, and the command-line tools open it with TYOLLISTAMO_PASSPHRASE.
        encrypted_dir = appdata / "Roaming" / "TyollistamoEncrypted"
        encrypted_dir.mkdir()
        shutil.copyfile(database, encrypted_dir / "tyollistamo.sqlite3")
        folder = windows_path(prefix, encrypted_dir)
        key = {"TYOLLISTAMO_PASSPHRASE": "Wine-testin salalause 42"}
        cli = [python, "-m", "tyollistamo_gui", "--data-dir", folder]
        result = wine(prefix, *cli, "encrypt", "--wipe-plain-copies", extra_env=key)
        header = (encrypted_dir / "tyollistamo.sqlite3").read_bytes()[:16]
        expect(
            result.returncode == 0 and not header.startswith(b"SQLite format 3"),
            f"installed app encrypts the database with SQLCipher "
            f"({result.stdout[-200:]!r} {result.stderr[-300:]!r})",
        )
        result = wine(prefix, *cli, "check", extra_env=key)
        expect(
            result.returncode == 0 and b"ok     audit log chain" in result.stdout,
            f"installed app checks the encrypted database ({result.stdout[-300:]!r})",
        )
        result = wine(prefix, *cli, "backup", extra_env=key)
        backups = list((encrypted_dir / "backups").glob("tyollistamo-*.sqlite3"))
        expect(
            result.returncode == 0
            and len(backups) == 2
            and not any(b.read_bytes().startswith(b"SQLite format 3") for b in backups),
            f"backups of the encrypted database are encrypted ({result.stderr[-300:]!r})",
        )
        before = (encrypted_dir / "tyollistamo.sqlite3").read_bytes()
        result = wine(
            prefix, *cli, "check", extra_env={"TYOLLISTAMO_PASSPHRASE": "not the passphrase"}
        )
        expect(
            result.returncode == 2
            and b"does not open" in result.stderr
            and (encrypted_dir / "tyollistamo.sqlite3").read_bytes() == before,
            f"a wrong passphrase is refused and writes nothing ({result.stderr[-200:]!r})",
        )

        # The uninstaller refuses while the app runs (the app holds a named mutex).
        holder_code = (
            "import ctypes, sys, time; "
            f"h = ctypes.windll.kernel32.CreateMutexW(None, False, {MUTEX!r}); "
            "print('held', flush=True); time.sleep(60)"
        )
        env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all")
        holder = subprocess.Popen(
            [WINE, python, "-c", holder_code],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            line = holder.stdout.readline().decode().strip()
            expect(line == "held", "a running app holds its mutex")
            uninstaller = windows_path(prefix, install_dir / "uninstall.exe")
            result = wine(prefix, uninstaller, "/S", f"_?={windows_path(prefix, install_dir)}")
            expect(
                result.returncode != 0 and (package / "__main__.py").exists(),
                f"uninstaller refuses while the app runs (exit {result.returncode})",
            )
        finally:
            holder.kill()
            holder.wait()

        # An upgrade (installing again over the installed version) keeps the data.
        result = wine(prefix, str(installer), "/S")
        expect(
            result.returncode == 0 and (package / "__main__.py").exists(),
            "installing again over the installed app works",
        )
        expect(database.exists(), "the user's data folder survived the upgrade")

        result = wine(prefix, uninstaller, "/S", f"_?={windows_path(prefix, install_dir)}")
        expect(result.returncode == 0, f"silent uninstall exits 0 ({result.returncode})")
        expect(
            not (install_dir / "pkgs").exists() and not (install_dir / "Python").exists(),
            "program files removed",
        )
        expect(database.exists(), "the user's data folder survived uninstalling")

        # IT departments: a per-machine install with /AllUsers.
        program_files = prefix / "drive_c" / "Program Files" / "Tyollistamo"
        result = wine(prefix, str(installer), "/S", "/AllUsers")
        expect(
            result.returncode == 0 and (program_files / "uninstall.exe").exists(),
            "silent per-machine install (/AllUsers) goes to Program Files",
        )
        result = wine(
            prefix,
            windows_path(prefix, program_files / "uninstall.exe"),
            "/S",
            f"_?={windows_path(prefix, program_files)}",
        )
        expect(
            result.returncode == 0 and not (program_files / "pkgs").exists(),
            "per-machine uninstall removes the program files",
        )
        print(f"installer check passed in {time.perf_counter() - started:.0f} s")
        return 0
    except CheckFailed as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    finally:
        env = dict(os.environ, WINEPREFIX=str(prefix))
        subprocess.run(["/usr/lib/wine/wineserver", "-k"], env=env, capture_output=True)
        shutil.rmtree(prefix, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
