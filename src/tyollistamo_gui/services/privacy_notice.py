"""The privacy notice: the unit's settings and the retention periods in force, as a PDF.

Registered with the renderer registry as ``privacy-notice``; its ID is the
unit's settings row, which is always 1 (``render privacy-notice 1``).
"""

from __future__ import annotations

import datetime as dt

from .. import clock
from ..documents.privacy_notice import PrivacyNoticeContent, RetentionPeriod, title
from ..documents.privacy_notice import render_privacy_notice as _render
from ..documents.texts import DocumentTexts
from . import retention, unit
from .documents import DocumentNotFound
from .rendering import RenderedDocument, register

KIND = "privacy-notice"
UNIT_ID = 1


def notice_content(
    today: dt.date | None = None, unit_info: unit.UnitInfo | None = None
) -> PrivacyNoticeContent:
    """What the notice prints on ``today``: public information, any signed-in user may read it.

    ``unit_info`` previews settings not saved yet; by default the saved ones.
    """
    today = today or clock.today()
    periods = [
        RetentionPeriod(rule.kind, rule.years, rule.source, rule.source_as_typed)
        for rule in retention.rules_in_force(today)
    ]
    return PrivacyNoticeContent(
        unit=unit_info or unit.get_unit_info(), periods=periods, printed_on=today
    )


@register(KIND)
def render_privacy_notice(
    unit_id: int = UNIT_ID,
    language: str | None = None,
    today: dt.date | None = None,
    unit_info: unit.UnitInfo | None = None,
) -> RenderedDocument:
    """The notice in Finnish (default) or Swedish; it belongs to no client."""
    if unit_id != UNIT_ID:
        raise DocumentNotFound(unit_id)
    language = language or "fi"
    content = notice_content(today, unit_info)
    pdf = _render(content, language)
    name = title(DocumentTexts(language))
    return RenderedDocument(
        pdf=pdf,
        kind=KIND,
        title=name,
        language=language,
        client_id=None,
        object_id=UNIT_ID,
        file_stem=f"{name} {content.printed_on.isoformat()}",
    )
