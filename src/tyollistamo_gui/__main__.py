"""Command line: start the GUI, or run an administrator's subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import APP_DISPLAY_NAME, __version__

MAX_DEMO_CLIENTS = 1_000_000
PASSPHRASE_ENV = "TYOLLISTAMO_PASSPHRASE"
PASSPHRASE_TRIES = 3


class _Stop(Exception):
    """Stop the command with this message and exit code."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _passphrase_for(path, what: str = "the database", tried: str | None = None) -> str | None:
    """The passphrase of the encrypted file ``path`` (None for a plain file).

    Tried in turn: ``tried`` (e.g. the backup's passphrase for the current
    database), ``TYOLLISTAMO_PASSPHRASE``, then up to three prompts on a
    terminal. Each is checked read-only; raises ``_Stop`` when none opens it.
    """
    from .storage import connection

    if path is None or not connection.is_encrypted_file(path):
        return None

    def opens(candidate: str) -> bool:
        try:
            connection.inspect_schema_version(path, candidate)
        except connection.WrongPassphrase:
            return False
        except connection.StorageError:
            return True  # the passphrase is right; the command reports the other problem
        return True

    candidates = [c for c in (tried, os.environ.get(PASSPHRASE_ENV)) if c]
    for candidate in candidates:
        if opens(candidate):
            return candidate
    if candidates and not _terminal():
        raise _Stop(f"the passphrase in {PASSPHRASE_ENV} does not open {what} {path}")
    if not _terminal():
        raise _Stop(
            f"{what} {path} is encrypted: give its passphrase in {PASSPHRASE_ENV} "
            "or run the command on a terminal"
        )
    import getpass

    for _ in range(PASSPHRASE_TRIES):
        candidate = getpass.getpass(f"Passphrase of {what} {path}: ")
        if candidate and opens(candidate):
            return candidate
        sys.stderr.write("That passphrase does not open it.\n")
    raise _Stop(f"no passphrase given opens {what} {path}")


def _new_passphrase() -> str:
    """A new passphrase: TYOLLISTAMO_PASSPHRASE, or typed twice on a terminal."""
    from .domain.encryption import MIN_PASSPHRASE_LENGTH, check_new_passphrase

    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        repeated = value
    elif _terminal():
        import getpass

        value = getpass.getpass(f"New passphrase (at least {MIN_PASSPHRASE_LENGTH} characters): ")
        repeated = getpass.getpass("The same passphrase again: ")
    else:
        raise _Stop(f"give the new passphrase in {PASSPHRASE_ENV} or run on a terminal")
    texts = {
        "passphrase.too_short": f"the passphrase is shorter than {MIN_PASSPHRASE_LENGTH} "
        "characters",
        "passphrase.too_simple": "the passphrase has too few different characters",
        "passphrase.mismatch": "the two passphrases differ",
    }
    findings = check_new_passphrase(value, repeated)
    if findings:
        raise _Stop("; ".join(texts[f.code] for f in findings))
    return value


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one clear line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        sys.exit(2)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= MAX_DEMO_CLIENTS:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_DEMO_CLIENTS}: {value}")
    return value


def _record_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a record number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"record numbers start from 1: {value}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tyollistamo",
        description=f"{APP_DISPLAY_NAME}: client register, guidance, coaching and "
        "supported-work agreements for employment units. Without a command, starts the GUI.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, settings and logs (default: "
        "TYOLLISTAMO_DATA_DIR, else the per-user application data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="interface language for this run (default: the one chosen in "
        "Settings, else the system language)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        type=_server_url,
        help="use this PostgreSQL server for this run instead of the database chosen in "
        "Settings, e.g. postgresql://user@host:5432/tyollistamo (the password comes from "
        "the OS credential store)",
    )
    parser.add_argument("--version", action="version", version=f"tyollistamo {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = commands.add_parser("demo", help="fill an empty database with fictional demo data")
    demo.add_argument(
        "--clients", type=_count, default=200, metavar="N", help="number of clients (default 200)"
    )
    demo.add_argument(
        "--seed",
        type=_seed,
        default=1,
        metavar="S",
        help="random seed; the same seed gives the same data (default 1)",
    )
    migrate_to = commands.add_parser(
        "migrate-to",
        help="copy the SQLite register of the data folder into an empty PostgreSQL database",
    )
    migrate_to.add_argument("url", type=_server_url, metavar="URL", help="postgresql://...")
    commands.add_parser(
        "upgrade",
        help="update the database's schema to this version (for a shared server: once, "
        "by its administrator, before the workstations start the new version)",
    )
    render = commands.add_parser(
        "render",
        help="render a stored document to a PDF file without the GUI",
        description="Render a stored agreement or plan as PDF (not archived on the client).",
    )
    render.add_argument(
        "kind",
        metavar="KIND",
        help="work-trial, wage-subsidy, rehab-work, rehab-attendance or employment-plan",
    )
    render.add_argument("id", type=_record_id, metavar="ID", help="the record's number")
    render.add_argument(
        "--lang",
        dest="document_lang",
        choices=("fi", "sv"),
        help="document language (default: the client's language)",
    )
    render.add_argument(
        "--month",
        type=_month,
        metavar="YYYY-MM",
        help="rehab-attendance: the month of the summary (default: the latest in the register)",
    )
    render.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="file to write")
    backup = commands.add_parser(
        "backup",
        help="back up the database of the data folder (SQLite online backup)",
        description="Back up the database into the backups folder chosen in Settings "
        "(default DIR/backups, the newest 14 kept), or into FILE.",
    )
    backup.add_argument("--to", metavar="FILE", help="write the backup to this file instead")
    restore = commands.add_parser(
        "restore",
        help="replace the database of the data folder with a backup",
        description="Check the backup (integrity, schema version), keep the current database "
        "as a copy beside it, then restore. Close the app first.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file")
    commands.add_parser(
        "check",
        help="check the database: integrity, foreign keys, schema version, audit log chain",
        description="Exit code 0 only when every check holds; each failure is printed.",
    )
    importing = commands.add_parser(
        "import",
        help="import clients or employers from a CSV or XLSX file (administrators)",
        description="Check every row with the rules of the forms, print the rows with "
        "problems, then import all rows or nothing (default), or only the rows without "
        "problems (--valid-only). Columns are mapped by their headers (Finnish, Swedish or "
        "English); --map adds or overrides.",
    )
    importing.add_argument("kind", choices=("clients", "employers"), help="what the file holds")
    importing.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    importing.add_argument(
        "--valid-only",
        action="store_true",
        help="import the rows without problems and skip the others (default: all or nothing)",
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read FIELD from COLUMN (its header, or its number counting from 1); repeatable",
    )
    importing.add_argument(
        "--no-header",
        action="store_true",
        help="the file has no header row: map every column by number with --map",
    )
    importing.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as this user (the password is asked); default: act as the owner of "
        "the data folder, like backup and check",
    )
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the plain database of the data folder with a passphrase (SQLCipher)",
        description="Encrypt the database with a new passphrase (from TYOLLISTAMO_PASSPHRASE, "
        "or typed twice). The plain original is kept until the encrypted copy verifies "
        "(integrity check, every table's rows), then overwritten and deleted. Whoever loses "
        "the passphrase loses the data. Close the app first.",
    )
    encrypt.add_argument(
        "--wipe-plain-copies",
        action="store_true",
        help="after an encrypted backup, also overwrite and delete the unencrypted backups "
        "and copies of the database",
    )
    return parser


def _month(text: str) -> tuple[int, int]:
    year, _, month = text.partition("-")
    if not (len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        raise argparse.ArgumentTypeError(f"{text!r} is not a month written as YYYY-MM")
    return int(year), int(month)


def _server_url(text: str) -> str:
    from .storage.server import parse_url

    try:
        parse_url(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{_redacted(text)}: {exc}") from None
    return text


def _redacted(url: str) -> str:
    from .storage.server import parse_url

    try:
        return parse_url(url).display_url
    except ValueError:
        return url.rsplit("@", 1)[-1]


def _render(
    data_dir,
    kind: str,
    object_id: int,
    language: str | None,
    output: str,
    url: str | None = None,
    month: tuple[int, int] | None = None,
) -> int:
    from pathlib import Path

    from .domain.findings import ValidationFailed
    from .services import rendering, session
    from .storage import connection

    path = url or data_dir / connection.DATABASE_FILENAME
    if not url and not path.exists():
        return _fail(f"no database in {data_dir}", 2)
    options = {}
    if month is not None:
        if kind != "rehab-attendance":
            return _fail("--month is only for rehab-attendance", 2)
        options["month"] = month
    try:
        connection.open_database(path, passphrase=None if url else _passphrase_for(path))
        with session.system_session("render"):
            document = rendering.render(kind, object_id, language, **options)
    except rendering.UnknownDocumentKind:
        known = ", ".join(rendering.kinds()) or "none"
        return _fail(f"unknown document kind {kind!r} (known: {known})", 2)
    except rendering.DocumentNotFound:
        return _fail(f"there is no {kind} with id {object_id}", 2)
    except ValidationFailed as failed:
        fields = ", ".join(sorted({f.field for f in failed.findings}))
        return _fail(f"the {kind} {object_id} cannot be printed yet; missing: {fields}", 1)
    except connection.StorageError as exc:
        return _fail(f"cannot use {exc}" if url else f"cannot use {path}: {exc}", 2)
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    finally:
        connection.close_database()
    target = Path(output)
    try:
        target.write_bytes(document.pdf)
    except OSError as exc:
        return _fail(f"cannot write {target}: {exc.strerror or exc}", 2)
    print(f"Wrote {target} ({document.title}, {len(document.pdf)} bytes).")
    return 0


def _fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"tyollistamo: error: {message}\n")
    return code


def _demo(data_dir, clients: int, seed: int, url: str | None = None) -> int:
    import time

    from .services import demo
    from .storage import connection

    path = url or data_dir / connection.DATABASE_FILENAME
    started = time.perf_counter()
    try:
        passphrase = None if url or not path.exists() else _passphrase_for(path)
        connection.open_database(path, passphrase=passphrase)
        summary = demo.fill_demo(clients, seed)
    except demo.DatabaseNotEmpty:
        return _fail(
            f"the database {path} is not empty; demo data goes only into an empty database"
        )
    except connection.StorageError as exc:
        return _fail(f"cannot use {exc}" if url else f"cannot use {path}: {exc}")
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    finally:
        connection.close_database()
    print(
        f"Created {summary.clients} clients, {summary.employers} employers and "
        f"{summary.staff} staff members in {_redacted(path) if url else path} "
        f"({time.perf_counter() - started:.1f} s)."
    )
    return 0


def _migrate_to(data_dir, url: str) -> int:
    import time

    from .services import database

    source = data_dir / database.DATABASE_FILENAME
    if not source.exists():
        return _fail(f"there is no database {source} to copy")
    started = time.perf_counter()
    print(f"Copying {source} to {_redacted(url)}")

    shown: dict[str, int] = {}

    def progress(table: str, done: int, total: int) -> None:
        # About every tenth of a big table, and each table's start and end.
        if done in (0, total) or done - shown.get(table, 0) >= max(total // 10, 1):
            shown[table] = done
            print(f"  {table}: {done}/{total} rows", flush=True)

    try:
        copied = database.migrate_to_server(source, url, progress, _passphrase_for(source))
    except database.TargetNotEmpty as exc:
        return _fail(
            f"{_redacted(url)} is not empty (table {exc.table} has {exc.rows} rows); "
            "the register is copied only into an empty database"
        )
    except database.VerificationFailed as exc:
        return _fail(f"the copy did not match, nothing was kept on the server: {exc}")
    except database.StorageError as exc:
        return _fail(f"cannot use {exc}")
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    width = max(len(c.table) for c in copied) if copied else 5
    print(f"Verified on the server ({time.perf_counter() - started:.1f} s):")
    print(f"  {'table':<{width}}  {'rows':>9}  SHA-256 of the rows (source = server)")
    for c in copied:
        print(f"  {c.table:<{width}}  {c.rows:>9}  {c.checksum}")
    print(
        f"Done: {sum(c.rows for c in copied)} rows in {len(copied)} tables. Point the "
        "workstations at the server in Settings › Database."
    )
    return 0


def _backup(data_dir, to: str | None) -> int:
    from pathlib import Path

    from .services import backups
    from .storage import backup, connection

    source = data_dir / connection.DATABASE_FILENAME
    if not source.exists():
        return _fail(f"there is no database {source} to back up")
    try:
        # An encrypted database's backup is encrypted with the same passphrase.
        passphrase = _passphrase_for(source)
        if to:
            target = backup.backup_to(source, Path(to), passphrase=passphrase)
        else:
            settings = backups.load_settings(data_dir)
            target = backup.backup_into_folder(
                source, settings.folder, settings.keep, passphrase=passphrase
            )
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    except (OSError, connection.StorageError) as exc:
        return _fail(f"the backup failed: {exc}")
    except Exception as exc:  # sqlite3 errors: the source is unreadable
        return _fail(f"the backup failed: {exc}")
    print(f"Backed up {source} to {target} ({target.stat().st_size} bytes).")
    return 0


def _restore(data_dir, file: str) -> int:
    from pathlib import Path

    from .storage import backup, connection

    target = data_dir / connection.DATABASE_FILENAME
    try:
        passphrase = _passphrase_for(Path(file), "the backup") if Path(file).is_file() else None
        current = _passphrase_for(target, "the current database", tried=passphrase)
        kept = backup.restore(Path(file), target, passphrase=passphrase, current_passphrase=current)
    except _Stop as stop:
        return _fail(f"not restored; {stop}", stop.code)
    except backup.RestoreRefused as exc:
        for problem in exc.problems:
            sys.stderr.write(f"tyollistamo: {file}: {problem}\n")
        return _fail(f"not restored; the current database {target} is unchanged")
    except OSError as exc:
        return _fail(f"not restored: {exc}")
    if kept:
        print(f"The current database was kept as {kept}.")
    print(f"Restored {file} to {target}.")
    if current is not None and passphrase is None:
        print(
            "note: the backup was not encrypted, so the restored database is not either; "
            "encrypt it again with the command encrypt"
        )
    return 0


def _check(data_dir) -> int:
    from peewee import SqliteDatabase

    from .storage import backup, connection, migrations
    from .storage.models import database

    path = data_dir / connection.DATABASE_FILENAME
    if not path.exists():
        return _fail(f"there is no database {path}")
    try:
        passphrase = _passphrase_for(path)
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    if passphrase is not None:
        print("note: the database is encrypted (SQLCipher)")
    version, problems = backup.check_file(path, passphrase)
    results = [("integrity and foreign keys", [p for p in problems if "version" not in p])]
    results.append(("schema version", [p for p in problems if "version" in p]))
    chain: list[str] = []
    if not problems:
        if version < migrations.LATEST_VERSION:
            print(
                f"note: schema version {version}; the app updates it to "
                f"{migrations.LATEST_VERSION} when it next opens the database"
            )
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if passphrase is None:
            db = SqliteDatabase(uri, uri=True)
        else:
            db = connection.encrypted_database(uri, passphrase, uri=True, pragmas={})
        database.initialize(db)
        try:
            if "audit_entry" in db.get_tables():
                chain = backup.audit_problems()
            else:
                print("note: this database has no audit log yet")
        finally:
            db.close()
    results.append(("audit log chain", chain))
    failed = False
    for name, found in results:
        if found:
            failed = True
            print(f"FAILED {name}:")
            for problem in found:
                print(f"  {problem}")
        else:
            print(f"ok     {name}")
    return 1 if failed else 0


def _import(data_dir, args, url: str | None = None) -> int:
    from pathlib import Path

    from .services import session
    from .storage import connection

    path = url or data_dir / connection.DATABASE_FILENAME
    if not url and not path.exists():
        return _fail(f"there is no database in {data_dir}", 2)
    try:
        connection.open_database(path, passphrase=None if url else _passphrase_for(path))
    except connection.StorageError as exc:
        return _fail(f"cannot use {exc}" if url else f"cannot use {path}: {exc}", 2)
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    try:
        # Without --user: whoever can use the data folder, as for backup and check.
        with session.system_session("command-line"):
            if args.user:
                failed = _cli_sign_in(args.user)
                if failed:
                    return failed
            return _run_import(args, Path(args.file))
    except session.AccessDenied:
        return _fail(f"{args.user} may not import; importing is for administrators", 1)
    finally:
        connection.close_database()


def _cli_sign_in(username: str) -> int:
    import getpass

    from .services import accounts

    password = getpass.getpass(f"Password for {username}: ")
    try:
        accounts.sign_in(username, password)
    except accounts.SignInFailed:
        return _fail(f"sign-in as {username} failed (wrong name or password, or locked)", 1)
    return 0


def _cli_mapping(kind: str, table, options: list[str], no_header: bool) -> dict[int, str] | str:
    from .services import importing

    headers = table.headers
    mapping = {} if no_header else importing.guess_mapping(kind, headers)
    known = importing.fields(kind)
    for option in options:
        column, sep, field = option.partition("=")
        column, field = column.strip(), field.strip()
        if not sep or field not in known:
            return f"--map {option!r}: use COLUMN=FIELD with FIELD one of {', '.join(known)}"
        if column.isdigit() and 1 <= int(column) <= max(table.width, 1):
            index = int(column) - 1
        elif not no_header and column.casefold() in [h.casefold() for h in headers]:
            index = [h.casefold() for h in headers].index(column.casefold())
        else:
            return f"--map {option!r}: there is no column {column!r} in the file"
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        mapping[index] = field
    return mapping


def _run_import(args, file) -> int:
    from .services import importing
    from .ui.exchange.messages import problem_text as finding_text

    try:
        table = importing.load(args.kind, file)
    except importing.UnreadableFile as exc:
        reasons = {
            "missing": "there is no such file",
            "format": "only .csv and .xlsx files can be imported",
            "empty": "the file has no rows",
            "damaged": "the file is not a readable XLSX file",
        }
        return _fail(f"{file}: {reasons.get(exc.reason, exc.reason)}", 2)
    if args.no_header:
        table.header_index = None
    mapping = _cli_mapping(args.kind, table, args.map, args.no_header)
    if isinstance(mapping, str):
        return _fail(mapping, 2)
    try:
        plan = importing.check(args.kind, table, mapping, source=file.name)
    except importing.MappingIncomplete as exc:
        return _fail(
            f"{file}: no column for {', '.join(exc.missing)}; name it in the header row or "
            "use --map COLUMN=FIELD",
            2,
        )
    headers = table.headers
    print(f"{file}: {plan.total} rows; columns used:")
    for index, field in sorted(mapping.items()):
        print(f"  {headers[index] if index < len(headers) else index + 1} -> {field}")
    for problem in plan.problems:
        column = f", column {problem.column}" if problem.column else ""
        text = finding_text(problem.finding)
        print(f"row {problem.row}{column}: {text} [{problem.finding.code}]")
    bad = len(plan.error_rows)
    if bad and not args.valid_only:
        print(f"{bad} of {plan.total} rows have problems; nothing was imported.")
        return 1
    result = importing.run(plan, valid_only=args.valid_only)
    skipped = f"; {bad} rows with problems skipped" if bad else ""
    print(f"Imported {result.written} {args.kind} from {file}{skipped}.")
    return 0


def _upgrade(data_dir, url: str | None) -> int:
    from .services import database, session

    target = url or data_dir / database.DATABASE_FILENAME
    if not url and not target.exists():
        return _fail(f"there is no database {target} to upgrade")
    shown = _redacted(url) if url else target

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "waiting":
            print("Another workstation is updating the database; waiting for it to finish...")
        elif done < total:
            print(f"Applying update {done + 1} of {total}...")

    # Whoever holds the server's credentials (or can write the file) may update it;
    # the audit log records the update under the name "command-line".
    with session.system_session("command-line"):
        try:
            opened = database.open_database(
                target,
                passphrase=None if url else _passphrase_for(target),
                progress=progress,
            )
            database.record_schema_upgrade(opened)
        except database.StorageError as exc:
            return _fail(f"cannot use {exc}" if url else f"cannot use {target}: {exc}")
        except _Stop as stop:
            return _fail(str(stop), stop.code)
        finally:
            database.close_database()
    if opened.migrated_from is None:
        print(f"{shown} is up to date (schema version {opened.schema_version}).")
    else:
        kept = f"; copy kept at {opened.backup_path}" if opened.backup_path else ""
        print(
            f"Updated {shown} from schema version {opened.migrated_from} to "
            f"{opened.schema_version}{kept}."
        )
    return 0


def _encrypt(data_dir, wipe_plain_copies: bool) -> int:
    from .domain.findings import ValidationFailed
    from .services import encryption, session
    from .storage import connection

    path = data_dir / connection.DATABASE_FILENAME
    if not path.exists():
        return _fail(f"there is no database {path} to encrypt")
    if connection.is_encrypted_file(path):
        return _fail(f"{path} is encrypted already", 1)
    try:
        passphrase = _new_passphrase()
        connection.open_database(path)
        with session.system_session("command-line"):
            outcome = encryption.encrypt_database(
                data_dir,
                passphrase,
                passphrase,
                wipe_plain_copies=wipe_plain_copies,
                progress=lambda step: print(f"  {step}...", flush=True),
            )
    except _Stop as stop:
        return _fail(str(stop), stop.code)
    except ValidationFailed as failed:
        return _fail(", ".join(f.code for f in failed.findings), 2)
    except (encryption.EncryptionFailed, connection.StorageError) as exc:
        return _fail(f"not encrypted; the plain database {path} is unchanged: {exc}")
    finally:
        connection.close_database()
    print(
        f"Encrypted {path}: {outcome.rows} rows in {outcome.tables} tables verified; "
        "the plain original was overwritten and deleted."
    )
    if outcome.backup:
        print(f"Encrypted backup: {outcome.backup}")
    for wiped in outcome.wiped:
        print(f"Overwritten and deleted: {wiped}")
    if outcome.plain_copies:
        print("These unencrypted copies remain (delete them, or run with --wipe-plain-copies):")
        for copy in outcome.plain_copies:
            print(f"  {copy}")
    print(
        "Keep the passphrase safe: without it the database and its backups cannot be opened. "
        f"The command-line tools read it from {PASSPHRASE_ENV} or ask for it."
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .standarddir import DataDirError, ensure_data_dir, resolve_data_dir

    try:
        data_dir = resolve_data_dir(args.data_dir)
    except DataDirError as exc:
        sys.stderr.write(f"tyollistamo: error: --data-dir: {exc}\n")
        return 2
    if args.command in ("backup", "restore", "check", "encrypt") and args.database:
        return _fail(
            f"{args.command} works on the SQLite database of a data folder; back up a "
            "PostgreSQL server with pg_dump on the server (README, Backups)",
            2,
        )
    if args.command == "backup":
        return _backup(data_dir, args.to)
    if args.command == "restore":
        return _restore(data_dir, args.file)
    if args.command == "check":
        return _check(data_dir)
    if args.command == "encrypt":
        return _encrypt(data_dir, args.wipe_plain_copies)
    if args.command in ("demo", "migrate-to", "render"):
        from .services import session

        # Whoever can read the data folder can read the file: no sign-in, logged as such.
        with session.system_session("command-line"):
            if args.command == "demo":
                try:
                    ensure_data_dir(data_dir)
                except DataDirError as exc:
                    return _fail(str(exc))
                return _demo(data_dir, args.clients, args.seed, args.database)
            if args.command == "migrate-to":
                return _migrate_to(data_dir, args.url)
            return _render(
                data_dir,
                args.kind,
                args.id,
                args.document_lang,
                args.output,
                args.database,
                args.month,
            )
    if args.command == "import":
        return _import(data_dir, args, args.database)
    if args.command == "upgrade":
        return _upgrade(data_dir, args.database)
    from .app import run_gui

    return run_gui(data_dir, args.lang, args.database)


if __name__ == "__main__":
    sys.exit(main())
