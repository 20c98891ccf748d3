"""Agreement rendering time against a minimal platypus document of the same size (the floor).

    python benchmarks/documents.py [--repeat 20]

For each supported-work agreement (work trial, employment contract,
rehabilitative work activity; Finnish) on a demo register: the median render
time of the document module alone (data already read), and of a minimal
ReportLab platypus document with the same amount of text, one table and the
same embedded font, on the same page size; the median ratio of the two timed
one after the other (so that a change in the machine's load hits both), and
the page count.
Target: at most 1.5 × the floor, and a 2-page agreement under 100 ms.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed_pairs(render, floor, repeat: int) -> tuple[float, float, float]:
    """Median ms of ``render`` and ``floor``, called in turn so that both see the same load,
    and the median of their ratio within each pair (steady when the machine's load drifts)."""
    render(), floor()  # warm caches (fonts, translators) once
    pairs = []
    for _ in range(repeat):
        started = time.perf_counter()
        render()
        middle = time.perf_counter()
        floor()
        pairs.append(((middle - started) * 1000, (time.perf_counter() - middle) * 1000))
    return (
        statistics.median(r for r, _ in pairs),
        statistics.median(f for _, f in pairs),
        statistics.median(r / f for r, f in pairs),
    )


def _floor_pdf(text: str, rows: int) -> bytes:
    """The same words in plain paragraphs and one table: what any platypus PDF costs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from tyollistamo_gui.documents.fonts import register_fonts

    family = register_fonts()
    style = ParagraphStyle("body", fontName=family, fontSize=9.5, leading=12.5)
    words = text.split()
    story = [Paragraph(" ".join(words[i : i + 60]), style) for i in range(0, len(words), 60)]
    story.append(Table([[Paragraph("x", style), Paragraph("y", style)]] * rows))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication

    from tyollistamo_gui.documents import employment_contract, rehab_work, work_trial
    from tyollistamo_gui.documents.base import DocumentInfo
    from tyollistamo_gui.documents.texts import DocumentTexts
    from tyollistamo_gui.services import documents as archive
    from tyollistamo_gui.services import session, supported
    from tyollistamo_gui.services.clients import get_client
    from tyollistamo_gui.services.demo import fill_demo
    from tyollistamo_gui.storage import connection

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    connection.open_database(folder / connection.DATABASE_FILENAME)
    with session.system_session("benchmark"):
        fill_demo(200, seed=7)
        texts = DocumentTexts("fi")
        letterhead = archive.letterhead()
        print(f"{'document':<28}{'pages':>6}{'render ms':>11}{'floor ms':>10}{'ratio':>7}")
        for kind, module in (
            ("work_trial", work_trial),
            ("wage_subsidy", employment_contract),
            ("rehab_work", rehab_work),
        ):
            row = supported.list_arrangements(kind=kind)[0]
            record = supported.get_arrangement(kind, row.id)
            client = get_client(record.client_id)
            info = DocumentInfo(title=module.title(texts), letterhead=letterhead, number="X-1")
            if kind == "wage_subsidy":

                def render(m=module, r=record, c=client, i=info):
                    return m.render_employment_contract(r, c, i, texts)
            else:
                function = getattr(module, f"render_{kind}")
                allowance = supported.allowance_per_day(record)  # read before, not timed

                def render(f=function, r=record, c=client, i=info, a=allowance):
                    return f(r, c, i, texts, a)

            pdf = render()
            reader = PdfReader(io.BytesIO(pdf))
            text = " ".join(page.extract_text() for page in reader.pages)
            measured, floor, ratio = _timed_pairs(
                render, lambda t=text: _floor_pdf(t, 12), args.repeat
            )
            print(
                f"{module.title(texts):<28}{len(reader.pages):>6}{measured:>11.1f}"
                f"{floor:>10.1f}{ratio:>7.2f}"
            )
    connection.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
