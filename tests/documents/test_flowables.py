"""The light flowables: the same lines as a Paragraph, rows that split, reading order."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from tyollistamo_gui.documents.base import (
    TEXT_WIDTH,
    DocumentBuilder,
    DocumentInfo,
    Letterhead,
    escape,
    make_styles,
    text_flowable,
)
from tyollistamo_gui.documents.flowables import FieldRows, PlainText, break_lines
from tyollistamo_gui.documents.texts import DocumentTexts


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def builder() -> DocumentBuilder:
    info = DocumentInfo(title="Koe", letterhead=Letterhead(name="Yksikkö"), number="K-1")
    return DocumentBuilder(info, DocumentTexts("fi"))


def paragraph_lines(text: str, width: float) -> list[str]:
    style = make_styles().body
    paragraph = Paragraph(escape(text), style)
    paragraph.wrap(width, 1e9)
    if paragraph.blPara.kind == 0:  # one fragment: (extra space, words) per line
        return [" ".join(words) for _, words in paragraph.blPara.lines]
    # line breaks make fragments: the words of each line are in its fragments' text
    return [
        " ".join("".join(f.text for f in line.words).split()) for line in paragraph.blPara.lines
    ]


WORD = st.text(alphabet="aäbcdeåöfgjklmnoprstuvyzÅÄÖ.,-0123456789", min_size=1, max_size=14)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(WORD, min_size=1, max_size=30), min_size=1, max_size=4),
    st.sampled_from([60.0, 120.0, 200.0, TEXT_WIDTH]),
)
def test_plain_text_breaks_into_the_lines_a_paragraph_would(lines_of_words, width):
    text = "\n".join(" ".join(words) for words in lines_of_words)
    lines = break_lines(text, make_styles().body, width)
    if lines is None:
        # Only a word wider than the line is refused; a Paragraph would break inside it.
        style = make_styles().body
        from reportlab.pdfbase.pdfmetrics import stringWidth

        assert any(
            stringWidth(word, style.fontName, style.fontSize) > width
            for words in lines_of_words
            for word in words
        )
    else:
        assert [line.text for line in lines] == paragraph_lines(text, width)


def test_runs_of_spaces_collapse_and_a_word_too_long_for_the_line_wraps_inside_it():
    style = make_styles().body
    (line,) = break_lines("  yksi   kaksi \t kolme  ", style, TEXT_WIDTH)
    assert line.text == "yksi kaksi kolme" and line.word_space == 0
    long_word = "Työllistämismahdollisuuksien" * 8
    assert break_lines(long_word, style, TEXT_WIDTH) is None
    assert isinstance(text_flowable(long_word, style), Paragraph)
    assert isinstance(text_flowable("tavallinen teksti", style), PlainText)


def test_plain_text_splits_between_lines_and_leaves_no_single_first_line():
    style = make_styles().body
    text = "\n".join(f"rivi {n}" for n in range(5))
    flowable = text_flowable(text, style)
    flowable.wrap(TEXT_WIDTH, 1000)
    assert flowable.height == 5 * style.leading
    assert flowable.split(TEXT_WIDTH, style.leading * 1.5) == []  # one line would be an orphan
    first, rest = flowable.split(TEXT_WIDTH, style.leading * 3.2)
    assert first.wrap(TEXT_WIDTH, 1000)[1] == 3 * style.leading
    assert rest.wrap(TEXT_WIDTH, 1000)[1] == 2 * style.leading
    assert flowable.split(TEXT_WIDTH, style.leading * 5) == [flowable]


def test_fields_read_label_then_value_in_order(qapp):
    doc = builder()
    doc.fields([("Nimi", "Åsa Öberg"), ("Osoite", "Kauppakatu 1\n65100 Vaasa"), ("Puhelin", "")])
    text = " ".join(pages_text(doc.render())[0].split())
    assert "Nimi Åsa Öberg Osoite Kauppakatu 1 65100 Vaasa Puhelin –" in text  # "–": no value


def test_many_rows_split_between_pages_and_each_prints_once(qapp):
    doc = builder()
    doc.fields([(f"Kenttä {n}", f"arvo {n}") for n in range(150)])
    texts = pages_text(doc.render())
    assert len(texts) >= 3
    whole = " ".join(" ".join(texts).split())
    for n in range(150):
        assert len(re.findall(rf"\bKenttä {n} arvo {n}\b", whole)) == 1, n


def test_a_value_longer_than_a_page_continues_on_the_next_page(qapp):
    doc = builder()
    value = " ".join(f"tehtävä{n}" for n in range(2500))
    doc.fields([("Tehtävät", value), ("Seuraava", "kenttä")])
    texts = pages_text(doc.render())
    assert len(texts) >= 3
    whole = " ".join(texts)
    assert "tehtävä0" in texts[0] and "tehtävä2499" in whole
    assert "Seuraava kenttä" in " ".join(texts[-1].split())


def test_a_value_of_more_short_lines_than_a_page_holds_continues_too(qapp):
    doc = builder()
    doc.fields([("Tehtävät", "\n".join(f"rivi {n} & <muu>" for n in range(200)))])
    texts = pages_text(doc.render())
    assert len(texts) >= 3
    whole = " ".join(texts)
    assert all(f"rivi {n} & <muu>" in whole for n in range(200))


def test_a_heading_stays_on_the_page_of_what_follows_it(qapp):
    doc = builder()
    for section in range(40):
        doc.heading(f"Osio {section}")
        doc.fields([(f"Kenttä {section}.{row}", "arvo") for row in range(1 + section % 4)])
        doc.paragraph(" ".join(["sanaa"] * (section * 7 % 60)))
    texts = pages_text(doc.render())
    assert len(texts) >= 4
    for section in range(40):
        (page,) = [t for t in texts if re.search(rf"\bOsio {section}\b", t)]
        assert f"Kenttä {section}.0" in page, section


def test_signature_lines_and_captions_for_every_party(qapp):
    from tyollistamo_gui.documents.base import Signatory

    doc = builder()
    doc.paragraph("Viimeinen ehto.")
    doc.signatures(
        [Signatory("Osallistuja", "Åsa Öberg"), Signatory("Järjestäjä"), Signatory("Viranomainen")],
        keep_with=doc.take_last(1),
    )
    text = pages_text(doc.render())[-1]
    assert text.count("Paikka ja aika") == 3
    assert len(re.findall(r"\bAllekirjoitus\b", text)) == 3
    assert text.count("Nimenselvennys") == 3
    assert "Åsa Öberg" in text and "Osallistuja" in text and "Viranomainen" in text


def test_field_rows_never_split_a_row_that_fits_on_a_page():
    styles = make_styles()
    rows = FieldRows(
        [("a", "b\nc\nd"), ("e", "f")],
        (100, 300),
        (styles.label, styles.value),
        padding_x=3,
        padding_y=2.5,
        rule_colour=None,
        rule_width=0.3,
        max_row_height=600,
    )
    first_height = 3 * styles.value.leading + 5
    assert rows.split(400, first_height - 1) == []
    head, tail = rows.split(400, first_height + 1)
    assert head.wrap(400, 1000)[1] == first_height
    assert tail.wrap(400, 1000)[1] == styles.value.leading + 5


def test_a_grid_cell_longer_than_a_page_continues_on_the_next(qapp):
    doc = builder()
    long_text = " ".join(f"kohta{n}" for n in range(3000))
    doc.table(["Päivä", "Muistiinpano"], [["1.1.2026", "lyhyt"], ["2.1.2026", long_text]])
    texts = pages_text(doc.render())
    assert len(texts) >= 3
    whole = " ".join(" ".join(texts).split())
    assert "kohta0" in whole and "kohta2999" in whole and "1.1.2026 lyhyt" in whole
    assert all("Päivä" in page for page in texts)  # the header row repeats
