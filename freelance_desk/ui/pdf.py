"""Documents printed to PDF through Qt's own PDF writer: fonts embedded, text selectable.

The page is A4, or Letter where the locale's country uses it (the United States, Canada and a few
others); the file is written whole or not at all (:mod:`freelance_desk.services.io.written`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from freelance_desk.services.io.written import replaced_whole

# Where Letter is the usual paper (the rest of the world uses A4).
LETTER_COUNTRIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.PuertoRico,
})
MARGIN_MM = 18
RESOLUTION = 300  # dots per inch of the layout (the text itself is vector)
DOCUMENT_DPI = 96  # a QTextDocument's pixels, which print_ scales to the writer's resolution


def page_size_for(locale: QLocale) -> QPageSize:
    """A4, or Letter in a country that uses it."""
    letter = locale.territory() in LETTER_COUNTRIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def paginate(document: QTextDocument, page_size: QPageSize) -> None:
    """Lay ``document`` out on the printable area of ``page_size`` (inside :data:`MARGIN_MM`) itself, so
    that ``print_`` keeps it as is: the full width between the margins, no page numbers. (A document
    left unpaginated is printed with 2 cm more margin on every side and its page number at the foot.)"""
    points = page_size.size(QPageSize.Unit.Point)
    margin = MARGIN_MM / 25.4 * 72
    scale = DOCUMENT_DPI / 72
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF((points.width() - 2 * margin) * scale, (points.height() - 2 * margin) * scale))


def pdf_bytes(document: QTextDocument, title: str, page_size: QPageSize) -> bytes:
    """``document`` laid out on pages of ``page_size`` as PDF, titled ``title`` in its properties."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Freelance Desk")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document.print_(writer)  # laid out again on the printable area, page by page
    del writer  # ends the PDF: the last page and the cross-reference table are written now
    buffer.close()
    return bytes(data.data())


def write_pdf(out: Path, document: QTextDocument, title: str, page_size: QPageSize) -> int:
    """Write ``document`` to ``out`` as PDF (replaced whole once written); the bytes written."""
    data = pdf_bytes(document, title, page_size)
    with replaced_whole(Path(out), mode="wb") as stream:
        stream.write(data)
    return len(data)
