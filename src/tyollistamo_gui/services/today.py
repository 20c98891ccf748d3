"""What needs the user today: one list gathered from every service.

Each service contributes a *section* through a provider registered here::

    @provider("agreements_ending", order=10)
    def agreements_ending(query: TodayQuery) -> list[TodayItem]: ...

A provider returns the items of its section for ``query.staff_id`` (None:
the whole unit) as of ``query.today``. Modules holding providers are listed
in ``_PROVIDER_MODULES`` and imported on first use. Built in here: printed
agreements nobody has recorded as signed, and clients without contact.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..storage.connection import translate_errors
from ..storage.models import Client, database
from . import documents

# Service modules that register providers (imported lazily).
_PROVIDER_MODULES: tuple[str, ...] = ("tyollistamo_gui.services.guidance",)
DEFAULT_NO_CONTACT_DAYS = 30
ENDING_WITHIN_DAYS = 14
SECTION_LIMIT = 200


@dataclass(frozen=True)
class TodayQuery:
    staff_id: int | None
    today: dt.date
    no_contact_days: int = DEFAULT_NO_CONTACT_DAYS
    limit: int = SECTION_LIMIT  # items shown per section; ``total`` counts them all

    @property
    def week_end(self) -> dt.date:
        """Sunday of this week (weeks start on Monday in Finland)."""
        return self.today + dt.timedelta(days=6 - self.today.weekday())


@dataclass(frozen=True)
class TodayItem:
    """One thing to do; ``tab`` names the client card tab to open (``documents``...)."""

    client_id: int | None
    client_name: str
    what: str  # a code the UI translates, e.g. "document_unsigned"
    due: dt.date | None = None
    detail: str = ""  # user text shown as is (a title, a next step)
    tab: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class TodaySection:
    key: str
    items: tuple[TodayItem, ...]
    total: int  # may be more than len(items): a section shows at most TodayQuery.limit


@dataclass(frozen=True)
class Partial:
    """What a provider returns when it fetched only the first ``query.limit`` items."""

    items: list[TodayItem]
    total: int


Provider = Callable[[TodayQuery], "list[TodayItem] | Partial"]
_PROVIDERS: dict[str, tuple[int, Provider]] = {}


def provider(key: str, order: int) -> Callable[[Provider], Provider]:
    def decorator(function: Provider) -> Provider:
        _PROVIDERS[key] = (order, function)
        return function

    return decorator


def _client_scope(query: TodayQuery):
    """Active clients of the staff member (or of the whole unit when nobody is chosen)."""
    condition = Client.status == "active"
    if query.staff_id is not None:
        condition &= Client.responsible_staff == query.staff_id
    return condition


def client_ids_in_scope(query: TodayQuery):
    """A subquery of the ids of the clients in scope (for ``Model.client.in_(...)``)."""
    return Client.select(Client.id).where(_client_scope(query))


def _name(client: Client) -> str:
    return f"{client.last_name}, {client.first_name}"


@provider("agreements_ending", order=10)
def agreements_ending(query: TodayQuery) -> list[TodayItem]:
    """Work trials, wage-subsidised jobs and rehabilitative work ending within 14 days."""
    from . import supported

    rows = supported.ending_soon(query.today, ENDING_WITHIN_DAYS)
    # Active clients only (of the staff member when one is chosen), as in every section.
    ids = {r.client_id for r in rows}
    mine = {c.id for c in Client.select(Client.id).where(Client.id.in_(ids) & _client_scope(query))}
    rows = [r for r in rows if r.client_id in mine]
    return [
        TodayItem(
            client_id=r.client_id,
            client_name=r.client_name,
            what=f"ending.{r.kind}",
            due=r.end,
            detail=r.counterpart,
            tab="supported",
        )
        for r in rows
    ]


@provider("next_steps", order=20)
def next_steps(query: TodayQuery) -> list[TodayItem]:
    """Coaching next steps and guidance follow-up meetings agreed for this week."""
    from ..storage.guidance import GuidanceFollowUp, GuidanceProcess
    from . import coaching

    week_start = query.today - dt.timedelta(days=query.today.weekday())
    items = [
        TodayItem(
            client_id=step.client_id,
            client_name=step.client_name,
            what=f"next_step.{step.kind}",
            due=step.due,
            detail=step.text,
            tab="coaching",
        )
        for step in coaching.next_steps_due(query.staff_id, week_start, query.week_end)
    ]
    meetings = (
        GuidanceFollowUp.select(GuidanceFollowUp, GuidanceProcess, Client)
        .join(GuidanceProcess)
        .join(Client)
        .where(
            GuidanceFollowUp.next_meeting.between(week_start, query.week_end)
            & GuidanceProcess.status.in_(("draft", "in_progress"))
        )
    )
    if query.staff_id is not None:
        meetings = meetings.where(GuidanceProcess.counsellor == query.staff_id)
    items += [
        TodayItem(
            client_id=m.process.client.id,
            client_name=_name(m.process.client),
            what="next_step.guidance",
            due=m.next_meeting,
            detail=m.next_step,
            tab="guidance",
        )
        for m in meetings
    ]
    return items


@provider("guidance_drafts", order=30)
def guidance_drafts(query: TodayQuery) -> Partial:
    """Guidance processes whose plan is not agreed yet (an agreed plan is in progress)."""
    from . import guidance

    drafts = guidance.DRAFT_STATUSES
    items = [
        TodayItem(
            client_id=d.client_id,
            client_name=d.client_name,
            what="guidance_draft",
            due=d.updated_at.date(),
            tab="guidance",
            params={"phase": d.current_phase, "status": d.status},
        )
        for d in guidance.unfinished_drafts(query.staff_id, 0, query.limit, drafts)
    ]
    if len(items) < query.limit:
        return Partial(items, len(items))
    return Partial(items, guidance.count_unfinished_drafts(query.staff_id, drafts))


@provider("documents_unsigned", order=40)
def unsigned_documents(query: TodayQuery) -> list[TodayItem]:
    records = documents.unsigned_documents(client_ids_in_scope(query))
    names = {
        c.id: _name(c)
        for c in Client.select(Client.id, Client.first_name, Client.last_name).where(
            Client.id.in_({r.client_id for r in records})
        )
    }
    return [
        TodayItem(
            client_id=r.client_id,
            client_name=names.get(r.client_id, ""),
            what="document_unsigned",
            due=r.created_at.date(),
            detail=r.title,
            tab="documents",
            params={"version": r.version, "document_id": r.id},
        )
        for r in records
    ]


@provider("no_contact", order=50)
def clients_without_contact(query: TodayQuery) -> Partial:
    limit = dt.datetime.combine(query.today - dt.timedelta(days=query.no_contact_days), dt.time.min)
    condition = _client_scope(query) & (Client.last_event_at < limit)
    rows = (
        Client.select(Client.id, Client.first_name, Client.last_name, Client.last_event_at)
        .where(condition)
        .order_by(Client.last_event_at, Client.id)
        .limit(query.limit)
    )
    items = [
        TodayItem(
            client_id=c.id,
            client_name=_name(c),
            what="no_contact",
            due=c.last_event_at.date(),
            tab="history",
            params={"days": (query.today - c.last_event_at.date()).days},
        )
        for c in rows
    ]
    total = len(items) if len(items) < query.limit else Client.select().where(condition).count()
    return Partial(items, total)


def section_keys() -> list[str]:
    _load()
    return [key for key, _ in sorted(_PROVIDERS.items(), key=lambda kv: kv[1][0])]


def _load() -> None:
    for module in _PROVIDER_MODULES:
        importlib.import_module(module)


@translate_errors
def today_sections(query: TodayQuery) -> list[TodaySection]:
    """Every section in its order, each with its items (possibly none)."""
    _load()
    sections = []
    with database.atomic():
        for key in section_keys():
            _order, function = _PROVIDERS[key]
            found = function(query)
            items, total = (
                (found.items, found.total)
                if isinstance(found, Partial)
                else (
                    found,
                    len(found),
                )
            )
            items = sorted(items, key=lambda i: (i.due or dt.date.max, i.client_name, i.detail))
            sections.append(TodaySection(key, tuple(items[: query.limit]), total))
    return sections
