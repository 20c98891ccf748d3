"""Printed coaching documents: the attendance sheet of a group session."""

from __future__ import annotations

from ..documents.attendance_sheet import render_attendance_sheet as _render
from ..storage.coaching import GroupSession
from . import groups
from .documents import DocumentNotFound, letterhead
from .rendering import RenderedDocument, register


@register("attendance-sheet")
def render_attendance_sheet(session_id: int, language: str | None = None) -> RenderedDocument:
    """The sheet in Finnish (default) or Swedish; it belongs to no single client."""
    if GroupSession.get_or_none(GroupSession.id == session_id) is None:
        raise DocumentNotFound(session_id)
    language = language or "fi"
    sheet = groups.attendance_sheet(session_id)
    pdf = _render(sheet, letterhead(), language)
    return RenderedDocument(
        pdf=pdf,
        kind="attendance-sheet",
        title=sheet.group_name,
        language=language,
        client_id=None,
        object_id=session_id,
        file_stem=f"{sheet.group_name} {sheet.on_date.isoformat()}",
    )
