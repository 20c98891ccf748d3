"""Pieces the three supported-work agreements share: persons, addresses, working hours."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..domain.supported import months_and_days, weekday_set
from .texts import DocumentTexts


def person_name(client: Any) -> str:
    """First name first, as a person signs: ``Anna Virtanen``."""
    return f"{client.data.first_name} {client.data.last_name}".strip()


def address(data: Any) -> str:
    town = " ".join(p for p in (data.postal_code, data.post_office) if p)
    return ", ".join(p for p in (data.street_address, town) if p)


def client_rows(texts: DocumentTexts, client: Any) -> list[tuple[str, object]]:
    return [
        (texts.translate("AgreementDocument", "Name"), person_name(client)),
        (texts.translate("AgreementDocument", "Personal identity code"), client.data.identity_code),
        (texts.translate("AgreementDocument", "Address"), address(client.data)),
        (texts.translate("AgreementDocument", "Phone"), client.data.phone),
    ]


def weekday_names(texts: DocumentTexts, weekdays: str) -> str:
    """``ma, ti, to`` / ``mån, tis, tor``: the chosen days in the document's language."""
    from babel.dates import get_day_names

    from ..formatting import BABEL_LOCALES

    names = get_day_names("abbreviated", locale=BABEL_LOCALES.get(texts.language, "fi_FI"))
    return ", ".join(str(names[number - 1]) for number in sorted(weekday_set(weekdays)))


def hours(texts: DocumentTexts, value: Decimal | None, template: str) -> str:
    """``6 hours a day``-style text from a translated ``template`` with %1 for the number."""
    if value is None:
        return ""
    return template.replace("%1", texts.number(value))


def period_text(texts: DocumentTexts, start, end) -> str:
    if start is None:
        return ""
    if end is None:
        return texts.translate("AgreementDocument", "from %1").replace("%1", texts.date(start))
    return f"{texts.date(start)} – {texts.date(end)}"


def months_text(texts: DocumentTexts, count: int) -> str:
    if count == 1:
        return texts.translate("AgreementDocument", "1 month")
    return texts.translate("AgreementDocument", "%1 months").replace("%1", str(count))


def days_text(texts: DocumentTexts, count: int) -> str:
    if count == 1:
        return texts.translate("AgreementDocument", "1 day")
    return texts.translate("AgreementDocument", "%1 days").replace("%1", str(count))


def length_text(texts: DocumentTexts, start, end) -> str:
    """``3 months 5 days`` in the document's language."""
    if start is None or end is None or end < start:
        return ""
    months, days = months_and_days(start, end)
    parts = []
    if months:
        parts.append(months_text(texts, months))
    if days or not months:
        parts.append(days_text(texts, days))
    return " ".join(parts)


def daily_hours(texts: DocumentTexts, work: Any) -> str:
    text = hours(texts, work.hours_per_day, texts.translate("AgreementDocument", "%1 hours a day"))
    if work.daily_timing:
        text = f"{text}, {work.daily_timing}" if text else work.daily_timing
    return text


def weekly_hours(texts: DocumentTexts, work: Any) -> str:
    count = work.days_per_week
    if count == 1:
        days = texts.translate("AgreementDocument", "1 day a week")
    else:
        days = texts.translate("AgreementDocument", "%1 days a week").replace("%1", str(count))
    parts = [days, weekday_names(texts, work.weekdays)]
    per_week = work.hours_per_week
    if per_week is not None:
        parts.append(
            hours(texts, per_week, texts.translate("AgreementDocument", "%1 hours a week"))
        )
    return ", ".join(p for p in parts if p)
