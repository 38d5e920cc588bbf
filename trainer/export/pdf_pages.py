"""HTML laid out on A4 pages by Qt (QtGui only; headless): the PDF writer, the printer, footers."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from trainer import __version__
from trainer.export.pdf_style import BODY_PT, FONTS, MUTED, PRODUCT, RULE, SHEET_CSS
from trainer.export.sheet_data import ExportError
from trainer.i18n import message
from trainer.text import single_line

DPI = 300
MARGINS_MM = QMarginsF(16.0, 14.0, 16.0, 12.0)
FOOTER_PT = 22.0  # room under the text for the footer line


def _dev(pt: float, dpi: float = DPI) -> float:
    """Points on paper as device pixels of the writer (or printer), for the painter."""
    return pt * dpi / 72


def gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    Fonts and the PDF writer need one. Qt allows one per process; PySide keeps the one made
    here until the process ends, so a batch of exports starts Qt once. In a process that has
    loaded Qt's widgets the one made here is a QApplication, so widgets made later still work.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise ExportError("cannot write PDF: a Qt application without a GUI is already running")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    chosen = os.environ.get("QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and no_display and not chosen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    arguments = [sys.argv[0] if sys.argv else "drone-trainer"]
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:  # no widget can be made under a QGuiApplication later
        return widgets.QApplication(arguments)
    return QGuiApplication(arguments)


def render_pdf(
    page_html: str | Callable[[frozenset[int]], str],
    path: Path,
    title: str,
    footer: str,
    *,
    landscape: bool = False,
    keep_together: Sequence[tuple[str, str]] = (),
) -> int:
    """Lay the HTML out on A4 pages with a footer on each; returns the number of pages."""
    _app = gui_application()  # held until the file is written
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    if landscape:
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setTitle(single_line(title))  # a viewer's title bar has one line
    writer.setCreator(f"{PRODUCT} {__version__}")
    refused = message("export.pdf_refused", path=str(path))
    return paint_pages(writer, page_html, footer, refused, keep_together)


def paint_pages(
    device: QPagedPaintDevice,
    page_html: str | Callable[[frozenset[int]], str],
    footer: str,
    refused: str,
    keep_together: Sequence[tuple[str, str]] = (),
) -> int:
    """The HTML on the pages of `device` (a PDF writer or a printer, margins set), a footer on
    each; returns the number of pages. `refused` is the error when painting cannot begin.
    `keep_together`: parts not to be split over two pages, each as the text of its first and
    of its last paragraph (see _keep_on_one_page). `page_html` may be the HTML with the item
    rows that start a new page (a sheet): rows a page would cut are moved to the next one."""
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    width, height = float(page.width()), float(page.height())
    body_height = height - _dev(FOOTER_PT, dpi)

    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(BODY_PT)
    for tag in ("liga", "clig"):  # no "fi" ligatures: text copied or searched in the PDF stays "fi"
        font.setFeature(QFont.Tag(tag), 0)

    def laid_out(html: str) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(SHEET_CSS)
        document.setHtml(html)
        document.setPageSize(QSizeF(width, body_height))
        return document

    if isinstance(page_html, str):
        document = laid_out(page_html)
    else:  # one row at a time: moving one moves the rows after it
        breaks: frozenset[int] = frozenset()
        document = laid_out(page_html(breaks))
        while (cut := _row_cut_by_page(document, body_height)) is not None and cut not in breaks:
            breaks |= {cut}
            document = laid_out(page_html(breaks))
    for first, last in keep_together:
        _keep_on_one_page(document, body_height, first, last)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(refused)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
            numbered = message("sheet.page", page=index + 1, pages=pages)
            _footer(painter, font, width, height, footer, numbered, dpi)
    finally:
        painter.end()
    return pages


def _row_cut_by_page(document: QTextDocument, page_height: float) -> int | None:
    """The first body row (counted over the tables with a heading row, the sheet's items) that
    a page boundary cuts in two, when it would fit on one page. Qt's tables split a row whose
    first lines still fit: a reason on one page, its due line and kind on the next."""
    layout = document.documentLayout()
    row_number = 0
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount() < 1:
            continue
        for row in range(frame.format().headerRowCount(), frame.rows()):
            cells = [frame.cellAt(row, column) for column in range(frame.columns())]
            top = min(
                layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells
            )
            bottom = max(
                layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
            )
            if bottom - top < page_height and int(top // page_height) != int(bottom // page_height):
                return row_number
            row_number += 1
    return None


def _keep_on_one_page(document: QTextDocument, page_height: float, first: str, last: str) -> None:
    """Start the part from the paragraph `first` to the paragraph `last` (the first of that
    text after it) on a new page when a page would end inside it. Qt's rich text has no
    'page-break-inside: avoid' (a one-cell table is split too); a part longer than a page, or
    one not found, is left as it is."""
    start = _paragraph(document.begin(), first)
    end = _paragraph(start, last) if start is not None else None
    if start is None or end is None:
        return
    layout = document.documentLayout()
    # Down to the part's lowest line, not its last paragraph's: in the signatures' table the
    # trainee's cell (the name under its label) runs lower than the last cell, 'DATE'.
    top, bottom = layout.blockBoundingRect(start).top(), layout.blockBoundingRect(end).bottom()
    block = start
    while block.isValid() and block != end:
        bottom = max(bottom, layout.blockBoundingRect(block).bottom())
        block = block.next()
    if bottom - top < page_height and int(top // page_height) != int(bottom // page_height):
        new_page = QTextBlockFormat()
        new_page.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(start).mergeBlockFormat(new_page)


def _paragraph(block: QTextBlock, text: str) -> QTextBlock | None:
    """The first paragraph from `block` on whose text is `text`."""
    while block.isValid():
        if block.text().strip() == text:
            return block
        block = block.next()
    return None


def _footer(
    painter: QPainter, font: QFont, width: float, height: float, left: str, right: str, dpi: float
) -> None:
    small = QFont(font)
    small.setPointSizeF(7.0)
    painter.setFont(small)
    painter.setPen(QPen(QColor(RULE), _dev(0.5, dpi)))
    top = height - _dev(FOOTER_PT, dpi) + _dev(8, dpi)
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setPen(QColor(MUTED))
    box = QRectF(0, top + _dev(3, dpi), width, _dev(12, dpi))
    # One line, whatever the record holds: the box is one line high, and a name with a line
    # break had its second line cut off at the page's edge.
    left = QFontMetricsF(small, painter.device()).elidedText(
        single_line(left), Qt.TextElideMode.ElideRight, width * 0.8
    )
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)
