"""Subject-access export (tarkastusoikeus, GDPR art. 15): everything stored about one client.

The export is one zip: a readable PDF in Finnish or Swedish, the same data as
JSON, every archived document's PDF as it was printed, and a README listing the
files with their SHA-256 checksums.

What goes in is decided by the registry of exporters below, one per kind of
record, each naming the storage models whose rows it writes. A test walks
``storage.registry.all_models()`` and fails when a model that holds client
data (a foreign key to the client, directly or through another client record,
or a ``client_id`` column) has no exporter, so a new kind of record cannot be
left out silently. Rows are written column by column from the model itself:
a new column appears in the JSON without anyone touching this module (and the
PDF test asks for its label).
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import BlobField, ForeignKeyField, Model

from .. import clock
from ..domain import access
from ..storage import registry
from ..storage.audit import AuditEntry
from ..storage.coaching import (
    Attendance,
    CoachingGoal,
    CoachingGroup,
    CoachingProfessional,
    CoachingSession,
    CoachingSkill,
    GoalProgress,
    GroupMember,
    GroupSession,
    IndividualCoaching,
    JobCoachingCase,
    JobCoachingEntry,
    SkillAssessment,
    SkillRating,
)
from ..storage.connection import translate_errors
from ..storage.documents import ArchivedDocument
from ..storage.guidance import (
    GuidanceFollowUp,
    GuidanceGoal,
    GuidanceMeasure,
    GuidanceOption,
    GuidanceProcess,
    GuidanceReferral,
)
from ..storage.models import (
    Client,
    ClientEvent,
    ClientNote,
    ClientService,
    Employer,
    StaffUser,
    database,
    now,
)
from ..storage.name_search import ClientNameToken
from ..storage.supported import (
    ClientEmployment,
    RehabAttendance,
    RehabWorkRecord,
    WageSubsidyRecord,
    WorkTrialAbsence,
    WorkTrialRecord,
)
from . import session
from .progress import Cancelled, Progress, ensure

FORMAT = "tyollistamo.subject-access"
FORMAT_VERSION = 1
LANGUAGES = ("fi", "sv")


# Cancelling (``progress.step`` raises it) leaves no file behind.
ExportCancelled = Cancelled


# -- records -------------------------------------------------------------------------------------


@dataclass
class Record:
    """One stored row: its columns (foreign keys as ids), what the ids name, its own rows."""

    table: str
    fields: dict[str, object]
    references: dict[str, str] = field(default_factory=dict)
    children: dict[str, list[Record]] = field(default_factory=dict)
    link: str = ""  # the column naming the parent record (its rows are nested under it)

    def to_json(self) -> dict:
        return {
            "table": self.table,
            "parent_column": self.link,
            "fields": {name: _json_value(value) for name, value in self.fields.items()},
            "references": dict(self.references),
            "children": {
                table: [child.to_json() for child in rows] for table, rows in self.children.items()
            },
        }


@dataclass(frozen=True)
class ArchivedFile:
    """An archived document's PDF as it goes into the zip."""

    document_id: int
    path: str  # inside the zip
    sha256: str
    size: int
    pdf: bytes = field(repr=False)
    intact: bool = True  # the stored bytes still match the checksum taken when archived


@dataclass
class SubjectAccessData:
    client_id: int
    client_name: str
    generated_at: dt.datetime
    generated_by: str
    sections: dict[str, list[Record]]
    files: list[ArchivedFile]
    counts: dict[str, int]

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "client_id": self.client_id,
            "generated_at": _json_value(self.generated_at),
            "generated_by": self.generated_by,
            "counts": dict(sorted(self.counts.items())),
            "sections": {
                key: [record.to_json() for record in records]
                for key, records in self.sections.items()
            },
            "files": [
                {"document_id": f.document_id, "path": f.path, "sha256": f.sha256, "size": f.size}
                for f in self.files
            ],
        }


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: tuple[str, ...]  # names inside the zip
    counts: dict[str, int]
    damaged_documents: tuple[int, ...]  # archived PDFs that no longer match their checksum


def _json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


# -- describing a model's rows ---------------------------------------------------------------------

# What a reference to a row of these models shows besides its id.
_REFERENCE_TEXT: dict[type[Model], Callable[[Model], str]] = {
    StaffUser: lambda row: row.display_name,
    Employer: lambda row: f"{row.name} ({row.business_id})",
    ClientService: lambda row: f"{row.kind} {row.started_on.isoformat()}",
    CoachingGroup: lambda row: row.name,
    GroupSession: lambda row: f"{row.on_date.isoformat()} {row.theme}".strip(),
    CoachingSkill: lambda row: row.key or row.name,
}


@dataclass(frozen=True)
class Spec:
    """How to export one model's rows under their parent: ``link`` names the parent."""

    model: type[Model]
    link: str
    order_by: tuple[str, ...] = ("id",)
    children: tuple[Spec, ...] = ()

    def models(self) -> Iterable[type[Model]]:
        yield self.model
        for child in self.children:
            yield from child.models()


def _reference_text(field_: ForeignKeyField, row_id: object, cache: dict) -> str | None:
    describe = _REFERENCE_TEXT.get(field_.rel_model)
    if describe is None or row_id is None:
        return None
    key = (field_.rel_model, row_id)
    if key not in cache:
        target = field_.rel_model.get_or_none(field_.rel_model.id == row_id)
        cache[key] = None if target is None else describe(target)
    return cache[key]


def _rows(spec: Spec, parent_ids: list[int], counts: dict[str, int], cache: dict) -> dict:
    """The rows of ``spec`` under each parent id: {parent_id: [Record, ...]}."""
    model = spec.model
    link = model._meta.fields[spec.link]
    found: dict[int, list[Record]] = {pid: [] for pid in parent_ids}
    if not parent_ids:
        return found
    columns = [f for f in model._meta.sorted_fields if not isinstance(f, BlobField)]
    order = [getattr(model, name) for name in spec.order_by]
    rows = list(model.select(*columns).where(link.in_(parent_ids)).order_by(*order))
    table = model._meta.table_name
    counts[table] = counts.get(table, 0) + len(rows)
    records = []
    for row in rows:
        values: dict[str, object] = {}
        references: dict[str, str] = {}
        for column in columns:
            if isinstance(column, ForeignKeyField):
                value = getattr(row, column.column_name)
                if column.name != spec.link:
                    text = _reference_text(column, value, cache)
                    if text is not None:
                        references[column.name] = text
            else:
                value = getattr(row, column.name)
            values[column.name] = value
        record = Record(table, values, references, link=spec.link)
        found[getattr(row, link.column_name)].append(record)
        records.append(record)
    ids = [r.fields["id"] for r in records]
    for child in spec.children:
        below = _rows(child, ids, counts, cache)
        for record in records:
            record.children[child.model._meta.table_name] = below[record.fields["id"]]
    return found


# -- the registry ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exporter:
    """One section of the export: its key (the JSON's and the PDF's) and the models it covers."""

    key: str
    models: tuple[type[Model], ...]
    collect: Callable[[int, dict[str, int], dict], list[Record]]


EXPORTERS: list[Exporter] = []


def register(key: str, models: Iterable[type[Model]]):
    """Add an exporter of ``models`` (decorate ``collect(client_id, counts, cache)``)."""

    def decorate(collect):
        EXPORTERS.append(Exporter(key, tuple(models), collect))
        return collect

    return decorate


def register_spec(key: str, *specs: Spec) -> None:
    """Add an exporter of the rows described by ``specs`` (each linked to the client)."""

    def collect(client_id: int, counts: dict[str, int], cache: dict) -> list[Record]:
        records: list[Record] = []
        for spec in specs:
            records += _rows(spec, [client_id], counts, cache)[client_id]
        return records

    EXPORTERS.append(
        Exporter(key, tuple(model for spec in specs for model in spec.models()), collect)
    )


# Models that hold only copies of exported data, kept for searching: not exported again.
DERIVED: dict[type[Model], str] = {
    ClientNameToken: "words of the client's names for the name search (PostgreSQL only)",
}


def exporter_for(model: type[Model]) -> Exporter | None:
    return next((e for e in EXPORTERS if model in e.models), None)


def client_data_models() -> list[type[Model]]:
    """Every model of the schema whose rows are some client's data.

    A model is client data if it is the client, has a ``client_id`` column, or
    has a foreign key to a model that is client data (a work trial's absences,
    a group member's attendance).
    """
    models = registry.all_models()
    found: set[type[Model]] = {Client}
    changed = True
    while changed:
        changed = False
        for model in models:
            if model in found:
                continue
            fields = model._meta.sorted_fields
            if any(f.column_name == "client_id" for f in fields) or any(
                isinstance(f, ForeignKeyField) and f.rel_model in found and f.rel_model is not model
                for f in fields
            ):
                found.add(model)
                changed = True
    return sorted(found, key=lambda m: m._meta.table_name)


register_spec("client", Spec(Client, "id"))
register_spec("notes", Spec(ClientNote, "client", ("created_at", "id")))
register_spec("events", Spec(ClientEvent, "client", ("at", "id")))
register_spec("services", Spec(ClientService, "client", ("started_on", "id")))
register_spec(
    "guidance",
    Spec(
        GuidanceProcess,
        "client",
        ("created_at", "id"),
        (
            Spec(GuidanceGoal, "process", ("position", "id")),
            Spec(GuidanceOption, "process", ("position", "id")),
            Spec(GuidanceMeasure, "process", ("position", "id")),
            Spec(GuidanceFollowUp, "process", ("position", "id")),
            Spec(GuidanceReferral, "process", ("position", "id")),
        ),
    ),
)
register_spec(
    "job_coaching",
    Spec(
        JobCoachingCase,
        "client",
        ("starts_on", "id"),
        (
            Spec(JobCoachingEntry, "case", ("on_date", "id")),
            Spec(
                SkillAssessment,
                "case",
                ("on_date", "id"),
                (Spec(SkillRating, "assessment"),),
            ),
        ),
    ),
)
register_spec(
    "individual_coaching",
    Spec(
        IndividualCoaching,
        "client",
        ("starts_on", "id"),
        (
            Spec(
                CoachingGoal,
                "period",
                ("position", "id"),
                (Spec(GoalProgress, "goal", ("on_date", "id")),),
            ),
            Spec(CoachingSession, "period", ("on_date", "id")),
            Spec(CoachingProfessional, "period"),
        ),
    ),
)
register_spec(
    "groups",
    Spec(GroupMember, "client", ("joined_on", "id"), (Spec(Attendance, "member"),)),
)
register_spec(
    "work_trials",
    Spec(WorkTrialRecord, "client", ("start", "id"), (Spec(WorkTrialAbsence, "trial", ("day",)),)),
)
register_spec("wage_subsidies", Spec(WageSubsidyRecord, "client", ("start", "id")))
register_spec(
    "rehabilitative_work",
    Spec(RehabWorkRecord, "client", ("start", "id"), (Spec(RehabAttendance, "work", ("day",)),)),
)
register_spec("employments", Spec(ClientEmployment, "client", ("start", "id")))
register_spec("documents", Spec(ArchivedDocument, "client", ("created_at", "id")))

_AUDIT_COLUMNS = (
    "id",
    "at",
    "username",
    "role",
    "workstation",
    "object_type",
    "object_id",
    "action",
    "reason",
    "details",
)


@register("audit_log", (AuditEntry,))
def _audit_log(client_id: int, counts: dict[str, int], cache: dict) -> list[Record]:
    """Who processed the client's data (the client's extract of the audit log)."""
    from . import audit_log

    rows = audit_log.client_extract(client_id)
    counts[AuditEntry._meta.table_name] = len(rows)
    return [
        Record(AuditEntry._meta.table_name, {name: getattr(row, name) for name in _AUDIT_COLUMNS})
        for row in rows
    ]


# -- building the export -----------------------------------------------------------------------


def _safe_name(text: str) -> str:
    cleaned = re.sub(r"[^0-9A-Za-z_.-]+", "-", text).strip("-")
    return cleaned[:60] or "document"


def _archived_files(records: list[Record]) -> list[ArchivedFile]:
    files = []
    for record in records:
        document_id = record.fields["id"]
        row = (
            ArchivedDocument.select(ArchivedDocument.pdf)
            .where(ArchivedDocument.id == document_id)
            .first()
        )
        pdf = bytes(row.pdf) if row is not None and row.pdf is not None else b""
        sha = hashlib.sha256(pdf).hexdigest()
        name = f"documents/{document_id:05d}-{_safe_name(str(record.fields['kind']))}"
        name += f"-v{record.fields['version']}.pdf"
        record.references["file"] = name
        files.append(
            ArchivedFile(document_id, name, sha, len(pdf), pdf, sha == record.fields["sha256"])
        )
    return files


def collect_unlogged(client_id: int, progress: Progress | None = None) -> SubjectAccessData:
    """Everything stored about the client, section by section, with the access checks.

    Not logged: ``export_client`` logs the export; tests and the benchmark look
    at the data without writing a file.
    """
    user = session.current().user
    session.require_client_access(client_id, access.VIEW)
    progress = ensure(progress)
    counts: dict[str, int] = {}
    cache: dict = {}
    sections: dict[str, list[Record]] = {}
    total = len(EXPORTERS) + 1
    with database.atomic():
        client = Client.get_or_none(Client.id == client_id)
        if client is None:
            raise LookupError(f"client {client_id}")
        for index, exporter in enumerate(EXPORTERS):
            # The text is the section's key: the caller names it in the user's language.
            progress.step(index, total, exporter.key)
            sections[exporter.key] = exporter.collect(client_id, counts, cache)
        files = _archived_files(sections.get("documents", []))
    return SubjectAccessData(
        client_id=client_id,
        client_name=f"{client.first_name} {client.last_name}".strip(),
        generated_at=now().replace(microsecond=0),
        generated_by=user.display_name,
        sections=sections,
        files=files,
        counts=counts,
    )


def _readme(data: SubjectAccessData, entries: list[tuple[str, str, int]], language: str) -> str:
    """The manifest: what the zip holds and each file's checksum (in the export's language)."""
    from ..documents.texts import DocumentTexts

    texts = DocumentTexts(language)
    translate = texts.translate
    lines = [
        translate("SubjectAccessExport", "Subject-access export"),
        "",
        translate("SubjectAccessExport", "Client: %1").replace("%1", data.client_name),
        translate("SubjectAccessExport", "Created: %1 by %2")
        .replace("%1", data.generated_at.isoformat(sep=" "))
        .replace("%2", data.generated_by),
        "",
        translate(
            "SubjectAccessExport",
            "report.pdf is the readable report. data.json holds the same data in a "
            "machine-readable form (UTF-8 JSON). The folder documents holds the archived "
            "documents exactly as they were printed.",
        ),
        translate(
            "SubjectAccessExport",
            "Check a file with its SHA-256 checksum, e.g. certutil -hashfile FILE SHA256 "
            "(Windows) or sha256sum FILE.",
        ),
        "",
        translate("SubjectAccessExport", "Files (SHA-256, size in bytes, name):"),
    ]
    lines += [f"{sha}  {size:>10}  {name}" for name, sha, size in entries]
    damaged = [f for f in data.files if not f.intact]
    if damaged:
        lines += [
            "",
            translate(
                "SubjectAccessExport",
                "These archived documents no longer match the checksum taken when they "
                "were archived:",
            ),
            *(f.path for f in damaged),
        ]
    return "\r\n".join(lines) + "\r\n"


@translate_errors
def export_client(
    client_id: int,
    path: Path | str,
    language: str = "fi",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the client's subject-access zip to ``path``; the export is logged.

    Anyone who may view the client may export their data (a counsellor for their
    own or their team's clients, or with a reason given; a manager); others are
    refused before anything is read. The zip is written to a temporary file
    next to ``path`` and renamed when complete, so a failed or cancelled export
    leaves no partial file.
    """
    if language not in LANGUAGES:
        raise ValueError(f"the export is in Finnish or Swedish, not {language!r}")
    session.current()
    reason = session.require_client_access(client_id, access.VIEW)
    path = Path(path)
    progress = ensure(progress)
    data = collect_unlogged(client_id, progress)
    steps = len(EXPORTERS) + 1
    progress.step(steps - 1, steps, "report")
    from ..documents.subject_access import render_subject_access
    from .documents import letterhead

    pdf = render_subject_access(data, letterhead(), language)
    payload = json.dumps(data.to_json(), ensure_ascii=False, indent=2, sort_keys=False)
    contents: list[tuple[str, bytes]] = [
        ("report.pdf", pdf),
        ("data.json", payload.encode("utf-8")),
        *((f.path, f.pdf) for f in data.files),
    ]
    entries = [(name, hashlib.sha256(blob).hexdigest(), len(blob)) for name, blob in contents]
    readme = _readme(data, entries, language).encode("utf-8")
    temporary = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            stamp = data.generated_at.timetuple()[:6]
            for name, blob in [("README.txt", readme), *contents]:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, blob)
        progress.check()  # the last moment to cancel: nothing is replaced after it
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    progress.step(steps, steps, "done")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with database.atomic():
        session.log(
            "export",
            client_id=client_id,
            object_type="subject_access",
            reason=reason,
            details={
                "file": path.name,
                "language": language,
                "sha256": digest,
                "documents": len(data.files),
            },
        )
    names = ("README.txt", *(name for name, _ in contents))
    return ExportResult(
        path,
        names,
        dict(data.counts),
        tuple(f.document_id for f in data.files if not f.intact),
    )


_FILE_STEMS = {"fi": "tarkastusoikeus", "sv": "registerutdrag"}


def suggested_file_name(client_id: int, language: str, today: dt.date | None = None) -> str:
    """A file name for the zip: no personal name in it (file lists are seen by others)."""
    day = (today or clock.today()).isoformat()
    return f"{_FILE_STEMS.get(language, 'subject-access')}-{client_id}-{day}.zip"
