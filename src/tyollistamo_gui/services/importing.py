"""Moving a register in: clients and employers from CSV or XLSX files.

Three steps, each a function the import dialog and the command line share:

1. ``load(path)`` reads the file and finds its header row;
   ``guess_mapping(kind, headers)`` maps columns to fields by their headers
   (Finnish, Swedish or English).
2. ``check(kind, table, mapping)`` turns every row into the form's data and
   checks it with the form's own rules (``clients.check_client``,
   ``employers.check``), and finds identity codes and Business IDs that are
   already in the register or twice in the file. Nothing is written.
3. ``run(plan, valid_only)`` writes all rows or nothing (``valid_only=False``;
   refused while any row has a problem), or only the rows without problems,
   through the same services the forms use, and logs the import.

Both long steps take an optional ``progress`` (``services.progress.Progress``)
that is told how far they are and may stop them (its ``step`` raises Cancelled).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import clock
from ..documents import vocabulary
from ..documents.texts import DocumentTexts
from ..domain import access
from ..domain.findings import Finding
from ..domain.identifiers import normalize_business_id, normalize_identity_code
from ..formatting import parse_date
from ..storage.models import database
from . import clients, employers, session, spreadsheets
from .progress import Cancelled, Progress
from .spreadsheets import Table, UnreadableFile

__all__ = [
    "KINDS",
    "Cancelled",
    "ImportPlan",
    "ImportResult",
    "MappingIncomplete",
    "RowProblem",
    "Table",
    "UnreadableFile",
    "check",
    "choice_labels",
    "field_labels",
    "fields",
    "guess_mapping",
    "load",
    "required_fields",
    "run",
]

KINDS = ("clients", "employers")
CHUNK = 500


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str = "text"  # text, date, bool, choice, staff
    required: bool = False


CLIENT_FIELDS = (
    FieldSpec("first_name", required=True),
    FieldSpec("last_name", required=True),
    FieldSpec("identity_code"),
    FieldSpec("service_language", "choice"),
    FieldSpec("other_language"),
    FieldSpec("interpreter_needed", "bool"),
    FieldSpec("phone"),
    FieldSpec("email"),
    FieldSpec("street_address"),
    FieldSpec("postal_code"),
    FieldSpec("post_office"),
    FieldSpec("benefit_status", "choice"),
    FieldSpec("benefit_other"),
    FieldSpec("unemployed_since", "date"),
    FieldSpec("referral_source", "choice"),
    FieldSpec("referrer_name"),
    FieldSpec("referrer_phone"),
    FieldSpec("referrer_email"),
    FieldSpec("responsible_staff", "staff"),
    FieldSpec("consent_date", "date"),
    FieldSpec("consent_what"),
    FieldSpec("status", "choice"),
    FieldSpec("closed_on", "date"),
    FieldSpec("closing_reason"),
    FieldSpec("outcome", "choice"),
)
EMPLOYER_FIELDS = (
    FieldSpec("name", required=True),
    FieldSpec("business_id", required=True),
    FieldSpec("organisation_kind", "choice"),
    FieldSpec("industry"),
    FieldSpec("street_address"),
    FieldSpec("postal_code"),
    FieldSpec("post_office"),
    FieldSpec("notes"),
    FieldSpec("contact_name"),
    FieldSpec("contact_role"),
    FieldSpec("contact_phone"),
    FieldSpec("contact_email"),
)
_SPECS = {"clients": CLIENT_FIELDS, "employers": EMPLOYER_FIELDS}
# Defaults of an empty cell in a choice column: those of a new record in the form.
_CHOICE_DEFAULTS = {
    "service_language": "fi",
    "benefit_status": "none",
    "referral_source": "",
    "status": "active",
    "outcome": "",
    "organisation_kind": "company",
}
# Headers seen in spreadsheets kept by units, beyond the field names themselves.
_ALIASES = {
    "first_name": ("etunimi", "etunimet", "förnamn", "fornamn", "first name", "given name"),
    "last_name": ("sukunimi", "efternamn", "surname", "family name", "last name"),
    "identity_code": (
        "hetu",
        "henkilötunnus",
        "henkilotunnus",
        "sotu",
        "personbeteckning",
        "personnummer",
        "ssn",
        "identity code",
        "personal identity code",
    ),
    "service_language": ("kieli", "asiointikieli", "språk", "servicespråk", "language"),
    "interpreter_needed": ("tulkki", "tulkin tarve", "tolk", "behov av tolk", "interpreter"),
    "phone": ("puhelin", "puh", "puhelinnumero", "matkapuhelin", "telefon", "tel", "mobile"),
    "email": ("sähköposti", "sahkoposti", "e-posti", "e-post", "epost", "email", "e-mail"),
    "street_address": ("osoite", "lähiosoite", "katuosoite", "adress", "gatuadress", "address"),
    "postal_code": ("postinumero", "postinro", "postnummer", "zip", "postcode", "postal code"),
    "post_office": ("postitoimipaikka", "toimipaikka", "postanstalt", "postort", "city", "town"),
    "benefit_status": ("etuus", "förmån", "benefit"),
    "unemployed_since": ("työtön alkaen", "työttömyys alkanut", "arbetslös sedan"),
    "responsible_staff": ("vastuuhenkilö", "vastuuohjaaja", "ohjaaja", "ansvarig", "handledare"),
    "status": ("tila", "status"),
    "name": ("nimi", "yritys", "työnantaja", "namn", "företag", "arbetsgivare", "employer"),
    "business_id": (
        "y-tunnus",
        "ytunnus",
        "y tunnus",
        "fo-nummer",
        "fo nummer",
        "företagsnummer",
        "business id",
    ),
    "organisation_kind": ("yhteisömuoto", "organisaatiomuoto", "organisationsform", "kind"),
    "industry": ("toimiala", "bransch", "industry"),
    "notes": ("huomautukset", "lisätiedot", "anteckningar", "notes"),
    "contact_name": ("yhteyshenkilö", "kontaktperson", "contact person", "contact"),
    "contact_phone": ("yhteyshenkilön puhelin", "kontaktpersonens telefon"),
    "contact_email": ("yhteyshenkilön sähköposti", "kontaktpersonens e-post"),
}
_TRUE = {"1", "x", "yes", "y", "true", "kyllä", "kylla", "k", "ja", "j", "on", "tosi", "sant"}
_FALSE = {"0", "no", "n", "false", "ei", "e", "nej", "off", "epätosi", "falskt", "-"}


class MappingIncomplete(Exception):
    """Required fields have no column; ``missing`` names them."""

    def __init__(self, missing: list[str]):
        super().__init__("no column for " + ", ".join(missing))
        self.missing = missing


@dataclass(frozen=True)
class RowProblem:
    row: int  # the row number the spreadsheet shows
    column: str  # the column's header, or its number when the file has no header row
    field: str  # the field name ("" when it is not one field's)
    finding: Finding


@dataclass
class ImportPlan:
    """What ``run`` would write: the checked rows, and the problems of the others."""

    kind: str
    source: str
    total: int
    rows: list[tuple[int, object]] = field(default_factory=list)  # (row number, data)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def error_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})


@dataclass(frozen=True)
class ImportResult:
    kind: str
    written: int
    skipped: int
    cancelled: bool = False
    ids: tuple[int, ...] = ()


# -- fields and labels ------------------------------------------------------------------------


def fields(kind: str) -> list[str]:
    return [spec.name for spec in _SPECS[kind]]


def required_fields(kind: str) -> list[str]:
    return [spec.name for spec in _SPECS[kind] if spec.required]


def field_labels(kind: str, language: str) -> dict[str, str]:
    """Column headers in ``language`` (fi, sv, en): written by exports, recognised by imports."""
    translate = DocumentTexts(language).translate
    labels = {
        "first_name": translate("ExchangeFields", "First name"),
        "last_name": translate("ExchangeFields", "Last name"),
        "identity_code": translate("ExchangeFields", "Identity code"),
        "service_language": translate("ExchangeFields", "Service language"),
        "other_language": translate("ExchangeFields", "Other language"),
        "interpreter_needed": translate("ExchangeFields", "Interpreter needed"),
        "phone": translate("ExchangeFields", "Phone"),
        "email": translate("ExchangeFields", "E-mail"),
        "street_address": translate("ExchangeFields", "Street address"),
        "postal_code": translate("ExchangeFields", "Postal code"),
        "post_office": translate("ExchangeFields", "Post office"),
        "benefit_status": translate("ExchangeFields", "Benefit"),
        "benefit_other": translate("ExchangeFields", "Which benefit"),
        "unemployed_since": translate("ExchangeFields", "Unemployed since"),
        "referral_source": translate("ExchangeFields", "Referred by"),
        "referrer_name": translate("ExchangeFields", "Referrer's contact person"),
        "referrer_phone": translate("ExchangeFields", "Contact person's phone"),
        "referrer_email": translate("ExchangeFields", "Contact person's e-mail"),
        "responsible_staff": translate("ExchangeFields", "Responsible staff member"),
        "consent_date": translate("ExchangeFields", "Information given on"),
        "consent_what": translate("ExchangeFields", "Information and consent"),
        "status": translate("ExchangeFields", "Status"),
        "closed_on": translate("ExchangeFields", "Closed on"),
        "closing_reason": translate("ExchangeFields", "Reason for closing"),
        "outcome": translate("ExchangeFields", "Outcome"),
        "name": translate("ExchangeFields", "Name"),
        "business_id": translate("ExchangeFields", "Business ID"),
        "organisation_kind": translate("ExchangeFields", "Kind of organisation"),
        "industry": translate("ExchangeFields", "Industry"),
        "notes": translate("ExchangeFields", "Notes"),
        "contact_name": translate("ExchangeFields", "Contact person"),
        "contact_role": translate("ExchangeFields", "Contact person's role"),
        "contact_phone": translate("ExchangeFields", "Contact person's phone number"),
        "contact_email": translate("ExchangeFields", "Contact person's e-mail address"),
    }
    return {name: labels[name] for name in fields(kind)}


def choice_labels(field_name: str, language: str) -> dict[str, str]:
    """The values of a choice field as the forms show them (an empty code: empty)."""
    texts = DocumentTexts(language)
    if field_name == "organisation_kind":
        translate = texts.translate
        return {
            "company": translate("Vocabulary", "Company"),
            "association": translate("Vocabulary", "Association"),
            "foundation": translate("Vocabulary", "Foundation"),
            "religious_community": translate("Vocabulary", "Religious community"),
            "municipality": translate("Vocabulary", "Municipality"),
            "wellbeing_county": translate("Vocabulary", "Wellbeing services county"),
            "state": translate("Vocabulary", "State agency"),
        }
    labels = {
        "service_language": vocabulary.client_service_languages,
        "benefit_status": vocabulary.client_benefit_statuses,
        "referral_source": vocabulary.client_referral_sources,
        "status": vocabulary.client_statuses,
        "outcome": vocabulary.client_outcomes,
    }[field_name](texts)
    # "(not recorded)", "(choose)": what a form shows for nothing, not a value in a file.
    return {code: ("" if code == "" else label) for code, label in labels.items()}


def yes_no(value: bool, language: str) -> str:
    return DocumentTexts(language).yes_no(value)


def _key(text: str) -> str:
    """Headers compared without case, punctuation or surrounding blanks."""
    return re.sub(r"[^\w]+", " ", str(text).casefold()).replace("_", " ").strip()


def _alias_table(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for language in ("en", "fi", "sv"):
        for name, label in field_labels(kind, language).items():
            table.setdefault(_key(label), name)
    for name in fields(kind):
        table.setdefault(_key(name), name)
        for alias in _ALIASES.get(name, ()):
            table.setdefault(_key(alias), name)
    return table


def guess_mapping(kind: str, headers: list[str]) -> dict[int, str]:
    """Column index → field, for the headers that name a field (each field once)."""
    table = _alias_table(kind)
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = table.get(_key(header))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


def find_header_row(kind: str, table: Table) -> int | None:
    """The first row among the first ten that names at least two fields (None: no headers)."""
    for index, row in enumerate(table.rows[:10]):
        headers = ["" if cell is None else str(cell) for cell in row]
        if len(guess_mapping(kind, headers)) >= 2:
            return index
    return None


def load(kind: str, path: Path, progress: Progress | None = None) -> Table:
    """Read the file and find its header row (raises UnreadableFile)."""
    table = spreadsheets.read_table(Path(path), lambda rows: _step(progress, rows, 0))
    table.header_index = find_header_row(kind, table)
    return table


# -- checking ---------------------------------------------------------------------------------


def _text(cell: object, name: str = "") -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, int) and name == "postal_code":
        # Excel drops the leading zeros of a postal code typed as a number.
        return f"{cell:05d}"
    if isinstance(cell, dt.datetime):
        cell = cell.date() if cell.time() == dt.time() else cell
    if isinstance(cell, dt.date) and not isinstance(cell, dt.datetime):
        return f"{cell.day}.{cell.month}.{cell.year}"
    return str(cell).strip()


class _Converter:
    """Turns one row's cells into field values, collecting a finding per bad cell."""

    def __init__(self, kind: str):
        self.kind = kind
        self.choices = {
            spec.name: self._choice_table(spec.name)
            for spec in _SPECS[kind]
            if spec.kind == "choice"
        }
        self.staff: dict[str, int] = {}
        self.default_staff: int | None = None
        if kind == "clients":
            from .staff import list_staff

            for member in list_staff(include_inactive=True):
                self.staff.setdefault(member.display_name.casefold().strip(), member.id)

    @staticmethod
    def _choice_table(name: str) -> dict[str, str]:
        table: dict[str, str] = {}
        for language in ("fi", "sv", "en"):
            for code, label in choice_labels(name, language).items():
                if code:
                    table.setdefault(code.casefold(), code)
                    table.setdefault(label.casefold(), code)
        if name == "service_language":
            for code, words in {
                "fi": ("suomi", "finska", "fin", "finnish"),
                "sv": ("ruotsi", "svenska", "swe", "swedish"),
            }.items():
                for word in words:
                    table.setdefault(word, code)
        return table

    def convert(self, spec: FieldSpec, cell: object, findings: list[Finding]) -> object:
        if spec.kind == "date":
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                return None
            if isinstance(cell, dt.datetime):
                return cell.date()
            if isinstance(cell, dt.date):
                return cell
            try:
                # The date fields of the forms read dates with this same function.
                return parse_date(_text(cell))
            except ValueError:
                findings.append(Finding("date.format", spec.name))
                return None
        text = _text(cell, spec.name)
        if spec.kind == "bool":
            if text.casefold() in _TRUE or text.casefold() == yes_no(True, "fi").casefold():
                return True
            if not text or text.casefold() in _FALSE:
                return False
            for language in ("fi", "sv", "en"):
                if text.casefold() == yes_no(True, language).casefold():
                    return True
                if text.casefold() == yes_no(False, language).casefold():
                    return False
            findings.append(Finding("import.yes_no", spec.name, {"value": text}))
            return False
        if spec.kind == "choice":
            if not text:
                return _CHOICE_DEFAULTS[spec.name]
            code = self.choices[spec.name].get(text.casefold())
            if code is None:
                findings.append(Finding("import.choice", spec.name, {"value": text}))
                return _CHOICE_DEFAULTS[spec.name]
            return code
        if spec.kind == "staff":
            if not text:
                return self.default_staff
            staff_id = self.staff.get(text.casefold())
            if staff_id is None:
                findings.append(Finding("import.staff", spec.name, {"value": text}))
            return staff_id
        return text


def _values(
    kind: str, converter: _Converter, cells: list[object], mapping: dict[int, str]
) -> tuple[dict[str, object], list[Finding]]:
    findings: list[Finding] = []
    by_field = {name: index for index, name in mapping.items()}
    values: dict[str, object] = {}
    for spec in _SPECS[kind]:
        index = by_field.get(spec.name)
        cell = cells[index] if index is not None and index < len(cells) else None
        values[spec.name] = converter.convert(spec, cell, findings)
    return values, findings


def _client_data(values: dict[str, object]) -> clients.ClientData:
    values = dict(values)
    values["responsible_staff_id"] = values.pop("responsible_staff")
    return clients.ClientData(**values)


def _employer_data(values: dict[str, object]) -> employers.EmployerData:
    values = dict(values)
    contact = employers.ContactPerson(
        name=values.pop("contact_name"),
        role=values.pop("contact_role"),
        phone=values.pop("contact_phone"),
        email=values.pop("contact_email"),
    )
    has_contact = any((contact.name, contact.role, contact.phone, contact.email))
    return employers.EmployerData(**values, contacts=(contact,) if has_contact else ())


def _field_of(finding: Finding) -> str:
    # Employer contact findings name the contact's row: contact.0.phone → contact_phone.
    if finding.field.startswith("contact."):
        return "contact_" + finding.field.rsplit(".", 1)[-1]
    return finding.field


def _require_import() -> None:
    session.require(access.DATA_IMPORT)


def check(
    kind: str,
    table: Table,
    mapping: dict[int, str],
    progress: Progress | None = None,
    source: str = "",
) -> ImportPlan:
    """Check every data row of ``table`` read through ``mapping``; nothing is written.

    Raises MappingIncomplete when a required field has no column, and
    Cancelled when ``progress`` asks to stop.
    """
    _require_import()
    missing = [name for name in required_fields(kind) if name not in mapping.values()]
    if missing:
        raise MappingIncomplete(missing)
    headers = table.headers
    column_of = {name: index for index, name in mapping.items()}

    def column(name: str) -> str:
        index = column_of.get(name)
        if index is None:
            return ""
        header = headers[index] if index < len(headers) else ""
        return header or str(index + 1)

    rows = table.data_rows()
    plan = ImportPlan(kind, source, total=len(rows))
    converter = _Converter(kind)
    today = clock.today()
    checked: list[tuple[int, object, str]] = []  # row, data, unique key
    for done, (number, cells) in enumerate(rows, start=1):
        values, findings = _values(kind, converter, cells, mapping)
        if kind == "clients":
            data = _client_data(values)
            findings += clients.check_client(data, today)
            key = normalize_identity_code(data.identity_code)
        else:
            data = _employer_data(values)
            findings += employers.check(data)
            key = normalize_business_id(data.business_id) if data.business_id.strip() else ""
        # The date a cell could not be read leaves the field empty; say it once.
        seen: set[tuple[str, str]] = set()
        for finding in findings:
            if not finding.blocks:
                continue
            name = _field_of(finding)
            if (name, finding.code) in seen or (
                finding.code == "required" and (name, "date.format") in seen
            ):
                continue
            seen.add((name, finding.code))
            plan.problems.append(RowProblem(number, column(name), name, finding))
        checked.append((number, data, key))
        if done % 200 == 0:
            _step(progress, done, len(rows))
    _find_duplicates(kind, checked, plan, column)
    bad = set(plan.error_rows)
    plan.rows = [(number, data) for number, data, _key in checked if number not in bad]
    plan.problems.sort(key=lambda p: p.row)
    _step(progress, len(rows), len(rows))
    return plan


def _find_duplicates(kind, checked, plan: ImportPlan, column: Callable[[str], str]) -> None:
    key_field = "identity_code" if kind == "clients" else "business_id"
    keyed = [(number, key) for number, _data, key in checked if key]
    if kind == "clients":
        owners = clients.identity_code_owners(key for _n, key in keyed)
    else:
        owners = employers.business_id_owners(key for _n, key in keyed)
    first_row: dict[str, int] = {}
    for number, key in keyed:
        if key in owners:
            # An employer's name is no secret; a client's is not shown to the importer.
            params = {"name": owners[key][1]} if kind == "employers" else {}
            finding = Finding(f"{key_field}.duplicate", key_field, params)
            plan.problems.append(RowProblem(number, column(key_field), key_field, finding))
        elif key in first_row:
            plan.problems.append(
                RowProblem(
                    number,
                    column(key_field),
                    key_field,
                    Finding("import.duplicate_row", key_field, {"row": first_row[key]}),
                )
            )
        else:
            first_row[key] = number


# -- writing ----------------------------------------------------------------------------------


def run(plan: ImportPlan, valid_only: bool, progress: Progress | None = None) -> ImportResult:
    """Write the plan's rows: all or nothing, or only the rows without problems.

    All or nothing with problems in the plan writes nothing and raises
    ValueError (the dialog and the command line do not offer it). A cancel
    during all-or-nothing leaves nothing written; during valid-rows-only the
    chunks written so far stay; either way the result says how many were
    written (``cancelled`` set) rather than raising Cancelled.
    """
    _require_import()
    if not valid_only and plan.problems:
        raise ValueError("the file has rows with problems; nothing was written")
    write = _write_clients if plan.kind == "clients" else _write_employers
    ids: list[int] = []
    cancelled = False
    try:
        if valid_only:
            write(plan, progress, ids)
        else:
            with database.atomic():
                write(plan, progress, ids)
    except Cancelled:
        cancelled = True
        if not valid_only:
            ids = []
    written = len(ids)
    with database.atomic():
        session.log(
            "import",
            object_type=plan.kind,
            object_id=plan.source,
            details={
                "file": plan.source,
                "rows": plan.total,
                "written": written,
                "mode": "valid_only" if valid_only else "all_or_nothing",
                "cancelled": cancelled,
            },
        )
    return ImportResult(plan.kind, written, plan.total - written, cancelled, tuple(ids))


def _write_clients(plan: ImportPlan, progress: Progress | None, ids: list[int]) -> None:
    actor = session.actor_name()
    total = len(plan.rows)
    for start in range(0, total, CHUNK):
        _step(progress, start, total)  # raises Cancelled when the user asked to stop
        chunk = [data for _number, data in plan.rows[start : start + CHUNK]]
        ids += clients.create_clients(chunk, actor, source=plan.source)
    _step(progress, total, total)


def _write_employers(plan: ImportPlan, progress: Progress | None, ids: list[int]) -> None:
    total = len(plan.rows)
    for done, (_number, data) in enumerate(plan.rows):
        if done % 50 == 0:
            _step(progress, done, total)
        ids.append(employers.create_employer(data).id)
    _step(progress, total, total)


# -- progress ---------------------------------------------------------------------------------


def _step(progress: Progress | None, done: int, total: int) -> None:
    # No text: the dialog keeps the title the UI gave it, in the user's language.
    if progress is not None:
        progress.step(done, total)
