"""The TrueType fonts documents are set in, registered with ReportLab and embedded.

ReportLab's built-in Helvetica lacks glyphs beyond Western European and is not
embedded in the PDF; DejaVu Sans (shipped in resources/fonts) has them all and
is embedded, so a printed agreement looks the same on every machine.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

FAMILY = "DejaVuSans"
_FILES = {
    (0, 0): ("DejaVuSans", "DejaVuSans.ttf"),
    (1, 0): ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    (0, 1): ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
    (1, 1): ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
}


def register_fonts() -> str:
    """Register the family once; returns its name for paragraph styles."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for (bold, italic), (name, filename) in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(FAMILY, bold, italic, name)
    return FAMILY
