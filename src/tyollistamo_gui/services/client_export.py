"""The client list, with its current filter and search, exported to an XLSX or CSV file.

The file has every field of the client form under the headers the import
recognises, so an exported list can be imported into another register as it
is. Only the clients the user may see without giving a reason are exported:
a manager's are all, a counsellor's or coach's their own and their team's.
The filter, the user and the time are written in the file, and the export is
logged (one entry for the list, one per client for the client's own extract).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN

from .. import APP_DISPLAY_NAME
from ..documents import vocabulary
from ..documents.texts import DocumentTexts
from ..domain import access
from ..storage.models import Client, StaffUser, database, now
from . import session
from .client_search import SearchFilter, _filtered
from .importing import choice_labels, field_labels, fields, yes_no
from .progress import Cancelled, Progress
from .spreadsheets import write_table

__all__ = ["Cancelled", "ExportResult", "export_clients"]

_BATCH = 500


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    limited: bool  # only the user's own and their team's clients


def _limited_to_own(user: session.User) -> bool:
    return not user.unrestricted and access.CLIENTS_READ_ALL not in user.permissions


def _filter_info(
    search: SearchFilter, user: session.User, limited: bool, count: int, language: str
) -> list[tuple[str, str]]:
    translate = DocumentTexts(language).translate
    stamp = now()
    statuses = {
        "active": translate("ClientExport", "Active clients"),
        "closed": translate("ClientExport", "Closed clients"),
        "all": translate("ClientExport", "All clients"),
    }
    services = vocabulary.client_service_kinds(DocumentTexts(language))
    staff = ""
    if search.staff_id is not None:
        member = StaffUser.get_or_none(StaffUser.id == search.staff_id)
        staff = member.display_name if member else str(search.staff_id)
    info = [
        (translate("ClientExport", "Client list"), APP_DISPLAY_NAME),
        (
            translate("ClientExport", "Exported on"),
            f"{stamp.day}.{stamp.month}.{stamp.year} {stamp.hour}.{stamp.minute:02d}",
        ),
        (translate("ClientExport", "Exported by"), user.display_name),
        (
            translate("ClientExport", "Search"),
            search.query.strip() or translate("ClientExport", "(none)"),
        ),
        (translate("ClientExport", "Show"), statuses.get(search.status, search.status)),
        (
            translate("ClientExport", "Service in progress"),
            services.get(search.service_kind or "", translate("ClientExport", "Any or none")),
        ),
        (
            translate("ClientExport", "Responsible staff member"),
            staff or translate("ClientExport", "Anyone"),
        ),
        (translate("ClientExport", "Clients"), str(count)),
    ]
    if limited:
        info.append(
            (
                translate("ClientExport", "Limited to"),
                translate("ClientExport", "Your own clients and your team's"),
            )
        )
    return info


def _query(search: SearchFilter, user: session.User, limited: bool):
    query = Client.select(Client, StaffUser.display_name.alias("responsible_name")).join(
        StaffUser, JOIN.LEFT_OUTER, on=(Client.responsible_staff == StaffUser.id)
    )
    query = _filtered(query, search)
    if limited:
        mine = Client.responsible_staff == user.id
        if user.team:
            team = StaffUser.select(StaffUser.id).where(StaffUser.team == user.team)
            mine = mine | Client.responsible_staff.in_(team)
        query = query.where(mine)
    if search.order == "last_event":
        return query.order_by(Client.last_event_at.desc(), Client.id.desc())
    return query.order_by(Client.sort_name, Client.id)


def export_clients(
    search: SearchFilter, path: Path, language: str = "fi", progress: Progress | None = None
) -> ExportResult:
    """Write the clients matching ``search`` that the user may see to ``path`` (.xlsx/.csv).

    Raises AccessDenied for a user who may not list clients, Cancelled when
    ``progress`` asks to stop (then no file is left), OSError when the file
    cannot be written.
    """
    user = session.require(access.CLIENTS_LIST)
    limited = _limited_to_own(user)
    path = Path(path)
    names = fields("clients")
    labels = field_labels("clients", language)
    choices = {
        name: choice_labels(name, language)
        for name in ("service_language", "benefit_status", "referral_source", "status", "outcome")
    }
    query = _query(search, user, limited)
    total = query.count()
    ids: list[int] = []

    def value(client: Client, name: str) -> object:
        if name == "responsible_staff":
            return client.responsible_name or ""
        raw = getattr(client, name)
        if name == "identity_code":
            return raw or ""
        if name in choices:
            return choices[name].get(raw, raw)
        if isinstance(raw, bool):
            return yes_no(raw, language)
        return raw

    def rows():
        for done, client in enumerate(query.objects().iterator(), start=1):
            ids.append(client.id)
            yield [client.id, *(value(client, name) for name in names)]
            if done % _BATCH == 0 and progress is not None:
                progress.step(done, total)  # raises Cancelled: no file, nothing logged

    translate = DocumentTexts(language).translate
    headers = [translate("ExchangeFields", "Client number"), *(labels[name] for name in names)]
    info = _filter_info(search, user, limited, total, language)
    with database.atomic():
        write_table(
            path,
            headers,
            rows(),
            info,
            sheet_title=translate("ClientExport", "Clients"),
            info_title=translate("ClientExport", "Filter"),
        )
        session.log(
            "export",
            object_type="client_list",
            object_id=path.name,
            details={
                "file": path.name,
                "format": path.suffix.lower().lstrip("."),
                "count": len(ids),
                "query": search.query,
                "status": search.status,
                "service": search.service_kind or "",
                "staff_id": search.staff_id,
                "limited": limited,
            },
        )
        session.log_many("export", ids, details={"file": path.name})
    if progress is not None:
        progress.step(total, total)
    return ExportResult(path, len(ids), limited)
