import io

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from tyollistamo_gui.documents.fonts import FAMILY, register_fonts

TEXT = "Työllistämö – Åbo, Jyväskylä; Ærø, Œuvre, Ženja, Łódź"


def _pdf() -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=FAMILY, fontSize=11)
    document = SimpleDocTemplate(buffer)
    document.build([Paragraph(TEXT, style), Paragraph(f"<b>{TEXT}</b>", style)])
    return buffer.getvalue()


def test_text_beyond_western_european_survives_in_the_pdf():
    reader = PdfReader(io.BytesIO(_pdf()))
    text = reader.pages[0].extract_text()
    assert text.count(TEXT) == 2


def test_fonts_are_embedded():
    reader = PdfReader(io.BytesIO(_pdf()))
    fonts = [ref.get_object() for ref in reader.pages[0]["/Resources"]["/Font"].values()]
    dejavu = [f for f in fonts if "DejaVuSans" in str(f["/BaseFont"])]
    assert {str(f["/BaseFont"]).split("+")[-1] for f in dejavu} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in dejavu)


def test_registering_twice_is_harmless():
    assert register_fonts() == register_fonts() == FAMILY


def test_shipped_fonts_carry_no_hinting_but_keep_their_notices():
    """scripts/unhint_fonts.py: hinting only bloats every embedded subset; the notices stay."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from tyollistamo_gui.resources import resource_path

    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        font = TTFontFile(str(resource_path("fonts", f"{name}.ttf")))
        assert not {"fpgm", "prep", "cvt "} & set(font.table), name
        names = font.get_table("name").decode("utf-16-be", errors="ignore")
        assert "Bitstream" in names and "DejaVu" in names, name  # copyright and licence
        for character in "åäöÅÄÖšžŠŽ€–":
            assert ord(character) in font.charToGlyph, (name, character)
