"""Make the shipped DejaVu Sans fonts without TrueType hinting (run once per font update).

    pip install fonttools   # a developer tool only; the app does not need it
    python scripts/unhint_fonts.py DIR_WITH_ORIGINAL_DEJAVU_TTFS

Every document embeds a subset of the regular and the bold face. Hinting (the
glyph programs and the fpgm/prep/cvt tables) only helps rasterising at small
pixel sizes on screen; PDF viewers and printers do not need it, and it made each
embedded subset half as large again: the PDFs, every archived version of them,
and the time to compress them. The outlines, metrics, character map, kerning and
the name table (copyright and licence notices) are kept unchanged; only the legacy
Macintosh copies of the names are dropped (the Windows records carry the same
text). The result replaces resources/fonts/DejaVuSans*.ttf.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONTS = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def main(argv: list[str]) -> int:
    from fontTools import subset

    if len(argv) != 1:
        print(__doc__)
        return 2
    source = Path(argv[0])
    for name in FONTS:
        original = source / f"{name}.ttf"
        options = subset.Options()
        options.hinting = False
        options.glyph_names = False
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["*"]
        options.drop_tables = [*options.drop_tables, "FFTM"]
        font = subset.load_font(str(original), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(glyphs=font.getGlyphOrder(), unicodes=font.getBestCmap().keys())
        subsetter.subset(font)
        target = TARGET / f"{name}.ttf"
        subset.save_font(font, str(target), options)
        print(f"{name}: {original.stat().st_size} -> {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
