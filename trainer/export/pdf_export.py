"""Score sheets as A4 PDF with Qt's own PDF writer (QtGui only; works headless, offscreen).

The sheet's HTML is pdf_sheet's, the batch summary's pdf_summary's, their look pdf_style's; Qt
lays them out on pages in pdf_pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize

from trainer.export.pdf_pages import MARGINS_MM, gui_application, paint_pages, render_pdf
from trainer.export.pdf_sheet import sheet_footer, sheet_html, sheet_parts
from trainer.export.pdf_summary import summary_html
from trainer.export.sheet_data import SheetData, printable
from trainer.i18n import message

__all__ = [  # gui_application and sheet_html are imported from here too
    "gui_application",
    "print_sheet",
    "sheet_html",
    "write_sheet_pdf",
    "write_summary_pdf",
]


def write_sheet_pdf(data: SheetData, path: Path) -> int:
    """One run's score sheet; returns the number of pages."""
    footer = sheet_footer(data)
    title = printable(
        message("sheet.document_title", trainee=data.trainee_label, title=data.scenario_title)
    )
    return render_pdf(
        lambda breaks: sheet_html(data, breaks),
        path,
        title,
        footer,
        keep_together=sheet_parts(data),
    )


def print_sheet(data: SheetData, device: QPagedPaintDevice) -> int:
    """One run's score sheet on a printer (margins set here, as on the PDF); returns pages."""
    _app = gui_application()
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return paint_pages(
        device,
        lambda breaks: sheet_html(data, breaks),
        sheet_footer(data),
        message("export.print_refused"),
        keep_together=sheet_parts(data),
    )


def write_summary_pdf(runs: Sequence[SheetData], path: Path, title: str = "Summary") -> int:
    """A batch summary; returns the number of pages. Names the instructor when all agree."""
    instructors = {data.instructor for data in runs}
    instructor = instructors.pop() if len(instructors) == 1 else None
    footer = printable(message("summary.footer", title=title))
    html_text = summary_html(runs, title, instructor)
    return render_pdf(html_text, path, title, footer, landscape=True)
