"""Render the three supported-work agreements from the register (GUI preview and CLI)."""

from __future__ import annotations

from decimal import Decimal

from ..documents import employment_contract, rehab_work, work_trial
from ..documents.base import DocumentInfo
from ..documents.texts import DOCUMENT_LANGUAGES, DocumentTexts
from . import documents as archive
from . import supported
from .clients import get_client
from .rendering import RenderedDocument, register

# Document numbers: the arrangement's own number with a prefix per kind.
NUMBER_PREFIX = {"work_trial": "TK", "wage_subsidy": "PT", "rehab_work": "KTT"}


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
