"""PDF pages as images, for the preview and for printing (PDFium through pypdfium2).

PySide6-Essentials has no QtPdf; pypdfium2 renders the very bytes that are
archived, so what the user sees is what is printed and stored.
"""

from __future__ import annotations

from PySide6.QtGui import QImage


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: float, pages: range | None = None) -> list[QImage]:
    """Each page (or those in ``pages``) rendered at ``dpi`` dots per inch."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            # BGRx in memory is what QImage calls RGB32 on little-endian machines.
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            ).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images
