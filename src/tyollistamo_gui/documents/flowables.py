"""Light flowables for what documents print most: plain text, label/value rows, signatures.

A ReportLab ``Paragraph`` parses its text as markup with an HTML parser and lays it
out in fragments, and a ``Table`` keeps a style object per cell and draws each cell
on its own; for plain text and two-column label/value rows that is most of a
document's rendering time. These flowables measure and draw such content directly
with the canvas, in the same fonts, positions and spacing, and split between pages
the way the Paragraph and Table they replace would. Anything they cannot draw
plainly (markup, a word wider than the line) stays a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

# A cell is plain text (its lines already fit) or a Paragraph that wraps.
Cell = str | Paragraph


def break_lines(text: str, style: ParagraphStyle, width: float) -> list[Line] | None:
    """``text`` broken at spaces into lines of ``width`` points, as a Paragraph breaks plain
    text: runs of spaces collapse, ``\\n`` starts a line, and a line may be up to
    ``style.spaceShrinkage`` of its spaces too long, its spaces then drawn that much
    narrower. None when a word alone is wider than the line and would have to be broken
    inside (a Paragraph does that)."""
    font, size = style.fontName, style.fontSize
    space = stringWidth(" ", font, size)
    shrink = (style.spaceShrinkage or 0) * space
    lines: list[Line] = []

    def close(words: list[str], used: float) -> None:
        over = used - width
        lines.append(Line(" ".join(words), -over / (len(words) - 1) if over > 0 else 0.0))

    for source in text.split("\n"):
        words: list[str] = []
        used = -space
        for word in source.split():
            advance = stringWidth(word, font, size)
            if advance > width:
                return None
            if words and used + space + advance > width + shrink * len(words):
                close(words, used)
                words, used = [], -space
            words.append(word)
            used += space + advance
        if words:
            close(words, used)
    return lines


class Line(NamedTuple):
    """One line of plain text and the word spacing (zero or negative) it is drawn with."""

    text: str
    word_space: float = 0.0


class PlainText(Flowable):
    """Plain text in one style, broken at spaces into lines as a Paragraph would break it.

    The first line's baseline is ``fontSize`` below the top and lines are ``leading``
    apart, as in a Paragraph; ``style`` gives the space before and after and
    keep-with-next. The text splits between lines, never leaving a single first line
    at the foot of a page (a Paragraph's default: no orphans).
    """

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line], width: float):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines  # broken for ``width``
        self._width = width

    def wrap(self, availWidth, availHeight):
        if availWidth != self._width:
            style = self.style
            lines = simpleSplit(self.text, style.fontName, style.fontSize, availWidth)
            self._lines = [Line(line) for line in lines]
            self._width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fitting = int((availHeight + 1e-6) // self.style.leading)
        if fitting >= len(self._lines):
            return [self]
        if fitting < 2:
            return []
        first = PlainText(self.text, self.style, self._lines[:fitting], availWidth)
        rest = PlainText(self.text, self.style, self._lines[fitting:], availWidth)
        first.style = _no_space_after(self.style)
        rest.style = _no_space_before(self.style)
        return [first, rest]

    def draw(self):
        style = self.style
        text = self.canv.beginText(0, self.height - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setFillColor(style.textColor)
        for line, word_space in self._lines:
            if word_space:
                text.setWordSpace(word_space)
                text.textLine(line)
                text.setWordSpace(0)
            else:
                text.textLine(line)
        self.canv.drawText(text)


def _no_space_after(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)


def _no_space_before(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rest", parent=style, spaceBefore=0)


class FieldRows(Flowable):
    """Label/value rows with a thin rule under each row: a two-column table, drawn directly.

    Cells are top-aligned with ``padding_x``/``padding_y`` around them, as in the
    ReportLab Table they replace. The rows split between pages; a single row taller
    than ``max_row_height`` (a whole page) splits inside its wrapping value instead.
    """

    def __init__(
        self,
        rows: Sequence[tuple[Cell, Cell]],
        widths: Sequence[float],
        styles: tuple[ParagraphStyle, ParagraphStyle],
        *,
        padding_x: float,
        padding_y: float,
        rule_colour,
        rule_width: float,
        max_row_height: float,
        space_after: float = 0,
    ):
        super().__init__()
        self.spaceAfter = space_after
        self._rows = list(rows)
        self._widths = tuple(widths)
        self._styles = styles
        self._padding_x = padding_x
        self._padding_y = padding_y
        self._rule_colour = rule_colour
        self._rule_width = rule_width
        self._max_row_height = max_row_height
        self._heights: list[float] | None = None
        self.width = sum(self._widths)

    def _copy(self, rows: list[tuple[Cell, Cell]]) -> FieldRows:
        return FieldRows(
            rows,
            self._widths,
            self._styles,
            padding_x=self._padding_x,
            padding_y=self._padding_y,
            rule_colour=self._rule_colour,
            rule_width=self._rule_width,
            max_row_height=self._max_row_height,
            space_after=self.spaceAfter,
        )

    def _cell_height(self, cell: Cell, style: ParagraphStyle, width: float) -> float:
        if isinstance(cell, str):
            return (cell.count("\n") + 1) * style.leading
        return cell.wrap(width - 2 * self._padding_x, 1e9)[1]

    def _row_heights(self) -> list[float]:
        if self._heights is None:
            (label_style, value_style), (label_width, value_width) = self._styles, self._widths
            self._heights = [
                max(
                    self._cell_height(label, label_style, label_width),
                    self._cell_height(value, value_style, value_width),
                )
                + 2 * self._padding_y
                for label, value in self._rows
            ]
        return self._heights

    def wrap(self, availWidth, availHeight):
        self.height = sum(self._row_heights())
        return self.width, self.height

    def split(self, availWidth, availHeight):
        heights = self._row_heights()
        used, count = 0.0, 0
        for height in heights:
            if used + height > availHeight + 1e-6:
                break
            used += height
            count += 1
        if count == len(self._rows):
            return [self]
        if count:
            return [self._copy(self._rows[:count]), self._copy(self._rows[count:])]
        return self._split_first_row(availHeight)

    def _split_first_row(self, availHeight: float) -> list[Flowable]:
        """A row taller than a page continues on the next: its wrapping value splits."""
        label, value = self._rows[0]
        if self._row_heights()[0] <= self._max_row_height:
            return []
        if isinstance(value, str):  # many short lines: as a Paragraph, which splits
            value = Paragraph(_xml_escape(value).replace("\n", "<br/>"), self._styles[1])
        inner = self._widths[1] - 2 * self._padding_x
        parts = value.split(inner, availHeight - 2 * self._padding_y)
        if len(parts) != 2:
            return []
        return [
            self._copy([(label, parts[0])]),
            self._copy([("", parts[1]), *self._rows[1:]]),
        ]

    def draw(self):
        # One text object for the plain cells, in reading order (label, value, next row),
        # so that text extraction and screen readers get the rows in order.
        canvas = self.canv
        pad_x, pad_y = self._padding_x, self._padding_y
        text, current = canvas.beginText(), None
        rules = []
        top = self.height
        for (label, value), height in zip(self._rows, self._row_heights(), strict=True):
            for cell, style, x in (
                (label, self._styles[0], 0),
                (value, self._styles[1], self._widths[0]),
            ):
                if isinstance(cell, str):
                    if not cell:
                        continue
                    if style is not current:
                        text.setFont(style.fontName, style.fontSize, style.leading)
                        text.setFillColor(style.textColor)
                        current = style
                    text.setTextOrigin(x + pad_x, top - pad_y - style.fontSize)
                    for line in cell.split("\n"):
                        text.textLine(line)
                else:
                    canvas.drawText(text)
                    cell.drawOn(canvas, x + pad_x, top - pad_y - cell.height)
                    text, current = canvas.beginText(), None
            top -= height
            rules.append((0, top, self.width, top))
        canvas.drawText(text)
        canvas.saveState()
        canvas.setStrokeColor(self._rule_colour)
        canvas.setLineWidth(self._rule_width)
        canvas.lines(rules)
        canvas.restoreState()


class SignatureGrid(Flowable):
    """Signature blocks two to a row: role, then lines for place and date, signature and name.

    Each block is ``block_width`` wide in a column of ``column_width``; under each
    line a small caption says what goes on it, and the signer's name (when known) is
    printed above the last line. A long role or name wraps.
    """

    def __init__(
        self,
        blocks: Sequence[tuple[Cell, Cell]],
        captions: Sequence[Cell],
        *,
        styles: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle],
        column_width: float,
        block_width: float,
        gaps: Sequence[float],
        top_padding: float,
        row_gap: float,
    ):
        super().__init__()
        self._blocks = list(blocks)
        self._captions = list(captions)
        self._role_style, self._caption_style, self._name_style = styles
        self._column_width = column_width
        self._block_width = block_width
        self._gaps = tuple(gaps)
        self._top_padding = top_padding
        self._row_gap = row_gap
        self._rows: list[float] = []

    def _cell_height(self, cell: Cell, style: ParagraphStyle) -> float:
        if isinstance(cell, str):
            return (cell.count("\n") + 1) * style.leading
        return cell.wrap(self._block_width, 1e9)[1]

    def _block_height(self, role: Cell, name: Cell) -> float:
        # Each row of the block has one point of space under it, as before.
        captions = sum(self._cell_height(c, self._caption_style) + 1 for c in self._captions)
        return (
            self._cell_height(role, self._role_style)
            + 1
            + sum(gap + 1 for gap in self._gaps)
            + self._cell_height(name, self._name_style)
            + 1
            + captions
        )

    def wrap(self, availWidth, availHeight):
        heights = [self._block_height(role, name) for role, name in self._blocks]
        self._rows = [
            self._top_padding + max(heights[i : i + 2]) + self._row_gap
            for i in range(0, len(heights), 2)
        ]
        self.width = 2 * self._column_width
        self.height = sum(self._rows)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        lines = []
        top = self.height
        for row, row_height in enumerate(self._rows):
            for column, (role, name) in enumerate(self._blocks[2 * row : 2 * row + 2]):
                x = column * self._column_width
                self._draw_block(canvas, x, top - self._top_padding, role, name, lines)
            top -= row_height
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.lines(lines)
        canvas.restoreState()

    def _draw_block(self, canvas, x, top, role: Cell, name: Cell, lines: list) -> None:
        y = self._draw_cell(canvas, x, top, role, self._role_style) - 1
        captions = iter(self._captions)
        # place and date (when asked for), signature: a gap, then a line with its caption
        for gap in self._gaps[:-1]:
            y -= gap + 1
            y = self._caption(canvas, x, y, next(captions), lines)
        y -= self._gaps[-1] + 1
        y = self._draw_cell(canvas, x, y, name, self._name_style) - 1
        self._caption(canvas, x, y, next(captions), lines)

    def _caption(self, canvas, x, y, caption: Cell, lines: list) -> float:
        lines.append((x, y, x + self._block_width, y))
        return self._draw_cell(canvas, x, y, caption, self._caption_style) - 1

    def _draw_cell(self, canvas, x, top, cell: Cell, style: ParagraphStyle) -> float:
        """Draw ``cell`` with its top at ``top``; returns the y of its bottom."""
        if cell == "":
            return top - style.leading
        if isinstance(cell, str):
            text = canvas.beginText(x, top - style.fontSize)
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.setFillColor(style.textColor)
            lines = cell.split("\n")
            for line in lines:
                text.textLine(line)
            canvas.drawText(text)
            return top - len(lines) * style.leading
        height = cell.wrap(self._block_width, 1e9)[1]
        cell.drawOn(canvas, x, top - height)
        return top - height


# What a heading keeps with: flowables that only measure themselves and add nothing
# to the frame while being measured (a CondPageBreak does add; a KeepTogether may hold one).
_SELF_CONTAINED = (PlainText, Paragraph, FieldRows, SignatureGrid, Spacer, Table)


class KeepWithNext(KeepTogether):
    """What the document template uses to keep a heading with the flowable after it.

    ReportLab's KeepTogether measures its content on a deep copy of the current
    frame, so that content generated while measuring (a page break) goes nowhere;
    for a heading and a table or paragraph nothing is generated and the copy is a
    tenth of a document's layout time. Other content is measured as before.
    """

    def wrap(self, aW, aH):
        template = getattr(self.canv, "_doctemplate", None)
        if template is None or not all(isinstance(f, _SELF_CONTAINED) for f in self._content):
            return super().wrap(aW, aH)
        frame, template.frame = template.frame, None
        try:
            return super().wrap(aW, aH)
        finally:
            template.frame = frame


__all__ = ["FieldRows", "KeepWithNext", "PlainText", "SignatureGrid", "break_lines"]
