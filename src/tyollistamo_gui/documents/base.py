"""The page template and story builder every printed document shares.

A document module builds its content with :class:`DocumentBuilder` and gets
PDF bytes back: make a :class:`DocumentTexts` for the document's language and
write its strings as ``texts.translate`` calls with a context and the English
source (so lupdate finds them), describe the document with
:class:`DocumentInfo` (title, number, version, the unit's :class:`Letterhead`),
then call ``title``, ``heading``, ``fields`` (label/value rows), ``paragraph``
(user text, escaped: "<" and "&" print literally), ``table`` and finally
``signatures`` with ``keep_with=doc.take_last(n)`` to keep the last clause on
the signature page, and ``render()``.

Every page carries the unit's letterhead (logo, name, address), the document's
title, number and version, and a footer with the unit's contact details and
"page x / y". Headings never end a page: they keep with what follows. User text
is escaped and long texts flow over pages; tables split between rows and repeat
their header row.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import clock
from .flowables import FieldRows, KeepWithNext, PlainText, SignatureGrid, break_lines
from .fonts import register_fonts
from .texts import DocumentTexts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 38 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LOGO_MAX_HEIGHT = 16 * mm
LOGO_MAX_WIDTH = 45 * mm
RULE_COLOUR = colors.HexColor("#7a8793")
SHADE_COLOUR = colors.HexColor("#eef1f4")
FIELD_RULE_COLOUR = colors.HexColor("#d5dbe0")
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# A grid row that does not fit the rest of a page is split inside (each part at least
# this high, in points) rather than moved whole: a row taller than a page (a long note)
# could not be printed at all otherwise.
SPLIT_IN_ROW = 24

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: object) -> str:
    """``text`` without control characters, its line breaks as ``\\n``."""
    if text is None:
        return ""
    return _CONTROL_CHARACTERS.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")


def escape(text: object) -> str:
    """User text as Paragraph markup that prints literally, line breaks kept."""
    return _xml_escape(_clean(text)).replace("\n", "<br/>")


def text_flowable(text: object, style: ParagraphStyle, width: float = 0) -> Flowable:
    """Plain (user or translated) text in ``style``: drawn directly when its words fit the
    line (most text), else a Paragraph that breaks long words; prints literally either way."""
    cleaned = _clean(text)
    width = width or TEXT_WIDTH
    lines = break_lines(cleaned, style, width)
    if lines is not None:
        return PlainText(cleaned, style, lines, width)
    return Paragraph(escape(cleaned), style)


@dataclass(frozen=True)
class Letterhead:
    """The unit's details printed at the top and bottom of every page."""

    name: str = ""
    street_address: str = ""
    postal_code: str = ""
    post_office: str = ""
    business_id: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None

    @classmethod
    def of(cls, unit: object) -> Letterhead:
        """From anything with the unit's attributes (e.g. ``services.unit.UnitInfo``)."""
        return cls(**{name: getattr(unit, name, None) or cls.__dataclass_fields__[name].default
                      for name in cls.__dataclass_fields__})  # fmt: skip

    @property
    def address(self) -> str:
        town = " ".join(p for p in (self.postal_code, self.post_office) if p)
        return ", ".join(p for p in (self.street_address, town) if p)


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    letterhead: Letterhead
    number: str = ""
    version: int = 1
    printed_on: dt.date = field(default_factory=clock.today)
    subject: str = ""


@dataclass(frozen=True)
class Signatory:
    """One signing party: the role printed above the line and the name below it."""

    role: str
    name: str = ""


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    signature_role: ParagraphStyle


@functools.cache
def make_styles() -> Styles:
    """The shared paragraph styles (made once: documents only read them)."""
    family = register_fonts()
    bold = f"{family}-Bold"
    body = ParagraphStyle("body", fontName=family, fontSize=9.5, leading=12.5, spaceAfter=4)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=11.5,
            leading=14.5,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=bold,
            fontSize=10,
            leading=13,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=colors.HexColor("#39434c"),
        ),  # fmt: skip
        value=ParagraphStyle("value", parent=body, spaceAfter=0),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        header_cell=ParagraphStyle(
            "header_cell", parent=body, fontName=bold, fontSize=8.5, leading=11, spaceAfter=0
        ),
        signature_role=ParagraphStyle(
            "signature_role", parent=body, fontName=bold, fontSize=9.5, spaceAfter=0
        ),
    )


CELL_PADDING = 3


def _one_line_each(text: object, style: ParagraphStyle, width: float) -> str | None:
    """``text`` as a plain table cell when each of its lines fits ``width``, else None.

    A plain string cell is drawn exactly where a one-line Paragraph of the same
    style would be (same baseline, font and leading) but costs no markup parsing
    or line breaking; only text that must wrap needs a Paragraph.
    """
    cleaned = _CONTROL_CHARACTERS.sub("", _text(text)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in cleaned.strip().split("\n")]
    font, size = style.fontName, style.fontSize
    for line in lines:
        # Short Latin text fits without measuring: no glyph there is wider than the bound.
        if max(line, default=" ") < _LATIN_END and len(line) * _widest(font) * size <= width:
            continue
        if stringWidth(line, font, size) > width:
            return None
    return "\n".join(lines)


_LATIN_END = "\u0250"  # every Latin letter, digit and punctuation mark is below this


@functools.cache
def _widest(font: str) -> float:
    """The widest advance (in ems) of the font's Latin letters, digits and punctuation."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font).face
    return max(face.charWidths.get(code, face.defaultWidth) for code in range(0x20, 0x250)) / 1000


def _cell_style(
    column: tuple[int, int], row: tuple[int, int], style: ParagraphStyle
) -> list[tuple]:
    """Table commands that set plain cells in ``style`` (font, size, leading, colour)."""
    return [
        ("FONT", column, row, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", column, row, style.textColor),
    ]


class _NumberedCanvas(Canvas):
    """Draws "page x / y" after the last page is known (two-pass page count)."""

    def __init__(self, *args, decorate=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._decorate = decorate

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._decorate is not None:
                self._decorate(self, self._pageNumber, total)
            super().showPage()
        super().save()


class DocumentBuilder:
    """Collects the story of one document and renders it on the shared template."""

    def __init__(self, info: DocumentInfo, texts: DocumentTexts) -> None:
        self.info = info
        self.texts = texts
        self.styles = make_styles()
        self.story: list[Flowable] = []
        self._logo = _logo_reader(info.letterhead.logo)
        self._letterhead_form = False

    # -- content ------------------------------------------------------------------------------

    def title(self, text: str | None = None) -> None:
        self.story.append(text_flowable(text or self.info.title, self.styles.title))

    def heading(self, text: str) -> None:
        # A heading needs room for itself and a few lines below it on the same page.
        self.story.append(CondPageBreak(32 * mm))
        self.story.append(text_flowable(text, self.styles.heading))

    def subheading(self, text: str) -> None:
        self.story.append(CondPageBreak(24 * mm))
        self.story.append(text_flowable(text, self.styles.subheading))

    def paragraph(self, text: str, *, style: ParagraphStyle | None = None) -> None:
        """A paragraph of plain (user or translated) text; blank lines start new paragraphs."""
        for part in re.split(r"\n\s*\n", str(text or "").strip()):
            if part.strip():
                self.story.append(text_flowable(part, style or self.styles.body))

    def markup(self, markup: str, *, style: ParagraphStyle | None = None) -> None:
        """A paragraph of trusted markup built by the document module (escape user parts)."""
        self.story.append(Paragraph(markup, style or self.styles.body))

    def spacer(self, height_mm: float = 4) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def fields(self, rows: Sequence[tuple[str, object]], *, label_width: float = 0.34) -> None:
        """Label / value rows; long values wrap, and the table splits between rows."""
        rows = [(label, value) for label, value in rows]
        if not rows:
            return
        widths = [TEXT_WIDTH * label_width, TEXT_WIDTH * (1 - label_width)]
        label_style, value_style = self.styles.label, self.styles.value
        data = [
            [
                self._cell(label, label_style, widths[0]),
                self._cell(_text(value) or "–", value_style, widths[1]),
            ]
            for label, value in rows
        ]
        self.story.append(
            FieldRows(
                [(label, value) for label, value in data],
                widths,
                (label_style, value_style),
                padding_x=CELL_PADDING,
                padding_y=2.5,
                rule_colour=FIELD_RULE_COLOUR,
                rule_width=0.3,
                max_row_height=FRAME_HEIGHT,
                space_after=2 * mm,
            )
        )

    def _cell(self, text: object, style: ParagraphStyle, width: float) -> str | Paragraph:
        """A plain cell when the text fits on its lines, else a Paragraph that wraps."""
        plain = _one_line_each(text, style, width - 2 * CELL_PADDING)
        return plain if plain is not None else Paragraph(escape(text), style)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        widths: Sequence[float] | None = None,
        empty: str = "",
    ) -> None:
        """A grid with a shaded header row repeated on every page; ``widths`` are fractions."""
        if not rows:
            if empty:
                self.paragraph(empty)
            return
        fractions = widths or [1 / len(header)] * len(header)
        columns = [TEXT_WIDTH * f for f in fractions]
        head_style, cell_style = self.styles.header_cell, self.styles.cell
        data = [[self._cell(h, head_style, w) for h, w in zip(header, columns, strict=True)]]
        data += [
            [self._cell(v, cell_style, w) for v, w in zip(row, columns, strict=True)]
            for row in rows
        ]
        table = Table(
            data,
            colWidths=columns,
            repeatRows=1,
            hAlign="LEFT",
            splitByRow=1,
            splitInRow=SPLIT_IN_ROW,
        )
        table.setStyle(
            TableStyle(
                [
                    *_cell_style((0, 1), (-1, -1), cell_style),
                    *_cell_style((0, 0), (-1, 0), head_style),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR),
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        self.story.append(table)
        self.story.append(Spacer(1, 3 * mm))

    def take_last(self, count: int) -> list[Flowable]:
        """Remove and return the last ``count`` flowables (to keep them with the signatures)."""
        if count <= 0:
            return []
        taken = self.story[-count:]
        del self.story[-count:]
        return [f for f in taken if not isinstance(f, CondPageBreak)]

    def signatures(
        self,
        parties: Sequence[Signatory],
        *,
        keep_with: Sequence[Flowable] = (),
        place_and_date: bool = True,
    ) -> None:
        """Signature blocks, two per row, kept on one page with ``keep_with`` (the last clause).

        Each block: the party's role, then a line for place and date (unless
        ``place_and_date`` is false), one for the signature and one for the name in
        block letters, with the signer's name printed above it when known.
        """
        width = TEXT_WIDTH / 2 - 8 * mm
        role_style, caption_style, name_style = (
            self.styles.signature_role,
            self.styles.small,
            self.styles.value,
        )
        captions = [
            self.texts.translate("DocumentBase", "Signature"),
            self.texts.translate("DocumentBase", "Name in block letters"),
        ]
        gaps = [11 * mm, 5 * mm]
        if place_and_date:
            captions.insert(0, self.texts.translate("DocumentBase", "Place and date"))
            gaps.insert(0, 8 * mm)
        grid = SignatureGrid(
            [
                (self._cell(p.role, role_style, width), self._cell(p.name, name_style, width))
                for p in parties
            ],
            [self._cell(caption, caption_style, width) for caption in captions],
            styles=(role_style, caption_style, name_style),
            column_width=TEXT_WIDTH / 2,
            block_width=width,
            gaps=gaps,
            top_padding=3,
            row_gap=7 * mm,
        )
        heading = text_flowable(
            self.texts.translate("DocumentBase", "Signatures"), self.styles.heading
        )
        self.story.append(KeepTogether([*keep_with, heading, grid]))

    # -- output -------------------------------------------------------------------------------

    def render(self) -> bytes:
        buffer = io.BytesIO()
        info = self.info
        document = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.letterhead.name,
            subject=info.subject,
            creator="Työllistämö",
            lang=self.texts.language,
            invariant=True,
            keepTogetherClass=KeepWithNext,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        document.addPageTemplates([PageTemplate(id="page", frames=[frame])])

        def canvasmaker(*args, **kwargs):
            # The canvas's own initial font would pull in (unembedded) Helvetica.
            kwargs["initialFontName"] = self.styles.body.fontName
            return _NumberedCanvas(*args, decorate=self._decorate, **kwargs)

        document.build(list(self.story), canvasmaker=canvasmaker)
        return buffer.getvalue()

    def _decorate(self, canvas: Canvas, page: int, total: int) -> None:
        # What is the same on every page is drawn once as a form and placed on each.
        if not self._letterhead_form:
            canvas.beginForm("letterhead")
            self._draw_letterhead(canvas)
            canvas.endForm()
            self._letterhead_form = True
        canvas.doForm("letterhead")
        family = self.styles.body.fontName
        canvas.saveState()
        canvas.setFont(family, 7.5)
        pages = (
            self.texts.translate("DocumentBase", "Page %1 / %2")
            .replace("%1", str(page))
            .replace("%2", str(total))
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 10 * mm, pages)
        canvas.restoreState()

    def _draw_letterhead(self, canvas: Canvas) -> None:
        info = self.info
        head = info.letterhead
        family = self.styles.body.fontName
        bold = f"{family}-Bold"
        canvas.saveState()
        top = PAGE_HEIGHT - 14 * mm
        x = MARGIN_LEFT
        if self._logo is not None:
            reader, width, height = self._logo
            canvas.drawImage(reader, x, top - height + 4 * mm, width, height, mask="auto")
            x += width + 4 * mm
        canvas.setFont(bold, 10.5)
        canvas.drawString(x, top, _clip(head.name, bold, 10.5, 95 * mm))
        canvas.setFont(family, 8)
        y = top - 11
        business_id = ""
        if head.business_id:
            label = self.texts.translate("DocumentBase", "Business ID")
            business_id = f"{label} {head.business_id}"
        for line in (head.address, business_id):
            if line:
                canvas.drawString(x, y, _clip(line, family, 8, 95 * mm))
                y -= 10
        right = PAGE_WIDTH - MARGIN_RIGHT
        canvas.setFont(bold, 10)
        canvas.drawRightString(right, top, _clip(info.title, bold, 10, 70 * mm))
        canvas.setFont(family, 8)
        y = top - 11
        if info.number:
            number = self.texts.translate("DocumentBase", "No. %1").replace("%1", info.number)
            canvas.drawRightString(right, y, _clip(number, family, 8, 70 * mm))
            y -= 10
        version = self.texts.translate("DocumentBase", "Version %1").replace(
            "%1", str(info.version)
        )
        canvas.drawRightString(right, y, version)
        y -= 10
        printed = self.texts.translate("DocumentBase", "Printed %1").replace(
            "%1", self.texts.date(info.printed_on)
        )
        canvas.drawRightString(right, y, printed)
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.6)
        line_y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        canvas.line(MARGIN_LEFT, line_y, right, line_y)
        # The footer's rule and the unit's contact details; the page number is per page.
        footer_y = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, footer_y + 10, right, footer_y + 10)
        contact = " · ".join(p for p in (head.name, head.phone, head.email) if p)
        canvas.setFont(family, 7.5)
        canvas.drawString(MARGIN_LEFT, footer_y, _clip(contact, family, 7.5, 130 * mm))
        canvas.restoreState()


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value)


def _clip(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so that it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = _CONTROL_CHARACTERS.sub("", text or "").replace("\n", " ")
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _logo_reader(data: bytes | None):
    """(ImageReader, width, height) with the logo scaled into the header box; None if unusable."""
    if not data:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a broken logo must not stop a document from printing
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
    return reader, width * scale, height * scale


__all__ = [
    "DocumentBuilder",
    "DocumentInfo",
    "DocumentTexts",
    "Letterhead",
    "Signatory",
    "TEXT_WIDTH",
    "escape",
]
