"""Render the three supported-work agreements from the register (GUI preview and CLI)."""

from __future__ import annotations

from decimal import Decimal

from .. import clock
from ..documents import employment_contract, rehab_attendance, rehab_work, work_trial
from ..documents.base import DocumentInfo
from ..documents.texts import DOCUMENT_LANGUAGES, DocumentTexts
from . import documents as archive
from . import supported
from .clients import get_client
from .rendering import RenderedDocument, register

# Document numbers: the arrangement's own number with a prefix per kind.
NUMBER_PREFIX = {"work_trial": "TK", "wage_subsidy": "PT", "rehab_work": "KTT"}
ATTENDANCE_KIND = "rehab-attendance"


def document_number(kind: str, arrangement_id: int) -> str:
    return f"{NUMBER_PREFIX[kind]}-{arrangement_id:05d}"


def _render(kind: str, arrangement_id: int, language: str | None) -> RenderedDocument:
    try:
        record = supported.get_arrangement(kind, arrangement_id)
    except supported.ArrangementNotFound:
        raise archive.DocumentNotFound(f"{kind} {arrangement_id}") from None
    language = language or record.document_language
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(f"documents are printed in Finnish or Swedish, not {language!r}")
    texts = DocumentTexts(language)
    client = get_client(record.client_id)
    document_kind = supported.DOCUMENT_KIND[kind]
    version = archive.document_version_for(document_kind, record.id, record.version)
    number = document_number(kind, record.id)
    module = {
        "work_trial": work_trial,
        "wage_subsidy": employment_contract,
        "rehab_work": rehab_work,
    }[kind]
    title = module.title(texts)
    info = DocumentInfo(
        title=title,
        letterhead=archive.letterhead(),
        number=number,
        version=version,
        subject=client.display_name,
    )
    if kind == "work_trial":
        allowance = supported.rule_book().value(
            "work_trial.expense_allowance_outside"
            if record.data.outside_commuting_area
            else "work_trial.expense_allowance",
            record.start,
        )
        pdf = work_trial.render_work_trial(record, client, info, texts, Decimal(allowance))
    elif kind == "wage_subsidy":
        pdf = employment_contract.render_employment_contract(record, client, info, texts)
    else:
        pdf = rehab_work.render_rehab_work(
            record, client, info, texts, supported.allowance_per_day(record)
        )
    return RenderedDocument(
        pdf=pdf,
        kind=document_kind,
        title=title,
        language=language,
        client_id=record.client_id,
        object_id=record.id,
        source_revision=record.version,
        version=version,
        number=number,
        file_stem=f"{title} {client.data.last_name} {client.data.first_name} {number}",
    )


@register("work-trial")
def render_work_trial(arrangement_id: int, language: str | None = None) -> RenderedDocument:
    return _render("work_trial", arrangement_id, language)


@register("wage-subsidy")
def render_wage_subsidy(arrangement_id: int, language: str | None = None) -> RenderedDocument:
    return _render("wage_subsidy", arrangement_id, language)


@register("rehab-work")
def render_rehab_work(arrangement_id: int, language: str | None = None) -> RenderedDocument:
    return _render("rehab_work", arrangement_id, language)


def summary_month(work_id: int, month: tuple[int, int] | None = None) -> tuple[int, int]:
    """The month asked for, else the latest month in the register, else this month."""
    if month is not None:
        return month
    record = supported.get_arrangement("rehab_work", work_id)
    if record.attendance:
        last = max(entry.day for entry in record.attendance)
        return last.year, last.month
    today = clock.today()
    return today.year, today.month


@register(ATTENDANCE_KIND)
def render_rehab_attendance(
    work_id: int, language: str | None = None, month: tuple[int, int] | None = None
) -> RenderedDocument:
    """The monthly attendance summary of one rehabilitative work activity."""
    try:
        record = supported.get_arrangement("rehab_work", work_id)
    except supported.ArrangementNotFound:
        raise archive.DocumentNotFound(f"rehab_work {work_id}") from None
    year, number = summary_month(work_id, month)
    if not 1 <= number <= 12:
        raise ValueError(f"no month {number}")
    language = language or record.document_language
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(f"documents are printed in Finnish or Swedish, not {language!r}")
    texts = DocumentTexts(language)
    client = get_client(record.client_id)
    month_end = rehab_attendance.last_day_of_month(year, number)
    summary = supported.attendance_month(work_id, year, number)
    day_limit = supported.rule_book().rule("rehab.max_days_per_12_months", month_end)
    figures = rehab_attendance.AttendanceMonth(
        year=year,
        month=number,
        summary=summary,
        counted_days=supported.days_in_last_12_months(record.client_id, month_end),
        max_days=int(day_limit.value),
        allowance_kind="activity_allowance"
        if client.data.benefit_status == "social_assistance"
        else "expense_allowance",
        max_days_source=day_limit.source,
        max_days_source_as_typed=day_limit.own,
    )
    title = rehab_attendance.title(texts)
    # One object per month: the period YYYYMM is the archive's revision of the summary,
    # so a reprint of the same month keeps its version and another month starts at 1.
    revision = year * 100 + number
    printed = [
        d
        for d in archive.list_documents(record.client_id)
        if d.kind == ATTENDANCE_KIND and d.object_id == record.id and d.source_revision == revision
    ]
    version = len(printed) + 1
    number_text = f"{document_number('rehab_work', record.id)}-{year}-{number:02d}"
    info = DocumentInfo(
        title=title,
        letterhead=archive.letterhead(),
        number=number_text,
        version=version,
        subject=client.display_name,
    )
    pdf = rehab_attendance.render_rehab_attendance(record, client, info, texts, figures)
    return RenderedDocument(
        pdf=pdf,
        kind=ATTENDANCE_KIND,
        title=title,
        language=language,
        client_id=record.client_id,
        object_id=record.id,
        source_revision=revision,
        version=version,
        number=number_text,
        file_stem=f"{title} {client.data.last_name} {client.data.first_name} {number_text}",
    )
