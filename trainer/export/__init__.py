"""Score sheets out of the training record: PDF for people, CSV and XLSX for spreadsheets."""

from trainer.export.batch import ExportFormat, export_runs, export_session
from trainer.export.sheet_data import ExportError, SheetData, gather

__all__ = [
    "ExportError",
    "ExportFormat",
    "SheetData",
    "export_runs",
    "export_session",
    "gather",
]
