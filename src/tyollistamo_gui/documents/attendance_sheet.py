"""The attendance sheet of a group coaching session: members' names and a signature column."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .base import (
    RULE_COLOUR,
    SHADE_COLOUR,
    TEXT_WIDTH,
    DocumentBuilder,
    DocumentInfo,
    Letterhead,
    Signatory,
    escape,
)
from .texts import DocumentTexts

EMPTY_ROWS = 3  # for people who come without being on the list
ROW_HEIGHT = 11 * mm


def render_attendance_sheet(sheet, letterhead: Letterhead, language: str) -> bytes:
    """PDF bytes of the sheet (``services.groups.AttendanceSheet``) in ``language``."""
    texts = DocumentTexts(language)
    goals = {
        "work": texts.translate("AttendanceSheet", "into work"),
        "education": texts.translate("AttendanceSheet", "into education"),
    }
    title = texts.translate("AttendanceSheet", "Attendance sheet")
    info = DocumentInfo(
        title=title,
        letterhead=letterhead,
        number=f"{sheet.session_id}",
        subject=sheet.group_name,
    )
    doc = DocumentBuilder(info, texts)
    doc.title()
    time = f"{sheet.starts_at.hour}.{sheet.starts_at.minute:02d}" if sheet.starts_at else ""
    doc.fields(
        [
            (texts.translate("AttendanceSheet", "Group"), sheet.group_name),
            (
                texts.translate("AttendanceSheet", "Goal of the group"),
                goals.get(sheet.goal, sheet.goal),
            ),
            (texts.translate("AttendanceSheet", "Date"), texts.date(sheet.on_date)),
            (texts.translate("AttendanceSheet", "Time"), time),
            (texts.translate("AttendanceSheet", "Theme"), sheet.theme),
            (texts.translate("AttendanceSheet", "Coaches"), ", ".join(sheet.coach_names)),
        ]
    )
    styles = doc.styles
    header = [
        texts.translate("AttendanceSheet", "No."),
        texts.translate("AttendanceSheet", "Name"),
        texts.translate("AttendanceSheet", "Present"),
        texts.translate("AttendanceSheet", "Signature"),
    ]
    names = [*sheet.member_names, *([""] * EMPTY_ROWS)]
    data = [[Paragraph(escape(h), styles.header_cell) for h in header]]
    data += [
        [Paragraph(str(number), styles.cell), Paragraph(escape(name), styles.cell), "", ""]
        for number, name in enumerate(names, start=1)
    ]
    table = Table(
        data,
        colWidths=[TEXT_WIDTH * f for f in (0.07, 0.4, 0.13, 0.4)],
        rowHeights=[None] + [ROW_HEIGHT] * len(names),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    doc.story.append(table)
    doc.story.append(Spacer(1, 4 * mm))
    doc.paragraph(
        texts.translate(
            "AttendanceSheet",
            "Members sign in the signature column. The coach marks absences as absent "
            "or excused in the app after the session.",
        ),
        style=styles.small,
    )
    doc.signatures(
        [Signatory(texts.translate("AttendanceSheet", "Coach"), ", ".join(sheet.coach_names))],
        place_and_date=False,
    )
    return doc.render()
