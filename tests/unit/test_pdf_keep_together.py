"""A part a page break must not split is kept whole down to its lowest line, not only down to
its last paragraph: the signatures' last paragraph is the one-line 'DATE' cell, while the
trainee's cell beside it has the name on a second line; a printed sheet had the signature
lines on page 1 and the trainee's name alone on page 2."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextFormat

from trainer.export.pdf_pages import _keep_on_one_page

HTML = (
    "<p>an item</p>"
    * 20  # the score items above, so the part starts well down the page
    + "<p>Run 4 · seed 7</p>"
    "<table width='100%'><tr>"
    "<td>SIGNATURE TRAINEE<br>Instr Test</td><td>SIGNATURE INSTRUCTOR</td><td>DATE</td>"
    "</tr></table>"
)


def block_with(document: QTextDocument, start: str):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid() and not block.text().startswith(start):
        block = block.next()
    assert block.isValid(), start
    return block


def test_a_break_under_the_last_paragraph_but_inside_a_taller_cell_moves_the_part(
    qapp: object,
) -> None:
    document = QTextDocument()
    document.setHtml(HTML)
    layout = document.documentLayout()
    trainee = layout.blockBoundingRect(block_with(document, "SIGNATURE TRAINEE"))
    date = layout.blockBoundingRect(block_with(document, "DATE"))
    assert trainee.bottom() > date.bottom()  # the name's line is the part's lowest
    # A page ending between the DATE cell's bottom and the trainee's name: the part is cut.
    page_height = (date.bottom() + trainee.bottom()) / 2
    record_top = layout.blockBoundingRect(block_with(document, "Run 4")).top()
    assert trainee.bottom() - record_top < page_height  # the part fits on a page of its own
    _keep_on_one_page(document, page_height, "Run 4 · seed 7", "DATE")
    record = block_with(document, "Run 4")
    assert (
        record.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    )


def test_a_part_that_fits_is_left_alone(qapp: object) -> None:
    document = QTextDocument()
    document.setHtml(HTML)
    _keep_on_one_page(document, 10_000.0, "Run 4 · seed 7", "DATE")
    record = block_with(document, "Run 4")
    assert (
        record.blockFormat().pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    )
