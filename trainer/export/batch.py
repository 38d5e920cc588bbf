"""Export one run, several runs or a class session: file names, no overwriting, progress."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import tzinfo
from enum import StrEnum
from functools import partial
from pathlib import Path

from trainer.export import csv_export
from trainer.export.sheet_data import ExportError, SheetData, gather
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.records import Repository

Progress = Callable[[int, int], None]  # (done, total): files written so far, files in all
Skipped = Callable[[int, str], None]  # (run id, why): a run asked for that has no sheet

PART_BYTES = 80  # each part of a file name at most this long in UTF-8 (names stay < 255 bytes)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')  # separators, Windows' reserved, controls
_SPACES = re.compile(r"\s+")


class ExportFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"


def safe_part(text: str, fallback: str) -> str:
    """A piece of a file name: readable, with no path separators and no control characters.

    Letters of any script stay; spaces become '-'; separators and characters Windows refuses
    become '_'; control and invisible format characters go; no leading '-' or '.', no
    trailing '.' or space (Windows drops them).
    """
    text = _SPACES.sub("-", unicodedata.normalize("NFC", text).strip())
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co"))
    text = _UNSAFE.sub("_", text)
    text = text.lstrip("-.").rstrip(". ")
    encoded = text.encode("utf-8")[:PART_BYTES]
    text = encoded.decode("utf-8", errors="ignore").rstrip(". ")
    return text or fallback


def reserve(out_dir: Path, stem: str, suffix: str) -> Path:
    """A new, empty file named stem.suffix, or 'stem (2).suffix', ... when that one exists.

    The file is created exclusively, so two exports never write into the same file.
    """
    for n in range(1, 10_000):
        path = out_dir / (f"{stem}{suffix}" if n == 1 else f"{stem} ({n}){suffix}")
        try:
            with path.open("xb"):  # empty: the writer fills it
                return path
        except FileExistsError:
            continue
        except OSError as exc:  # a folder the user may not write, a read-only disk, ...
            why = os_reason(exc)
            raise ExportError(
                message("export.cannot_write_in", folder=str(out_dir), why=why)
            ) from exc
    raise ExportError(message("export.no_free_name", folder=str(out_dir), name=f"{stem}{suffix}"))


def sheet_stem(data: SheetData) -> str:
    """'Anna-de-Vries_hobby-drone-approach-23_run12'."""
    trainee = safe_part(data.trainee_label, "no-trainee")
    return f"{trainee}_{safe_part(data.scenario_id, 'scenario')}_run{data.run_id}"


SheetWriter = Callable[[SheetData, Path], object]
SummaryWriter = Callable[[Sequence[SheetData], Path, str], object]


def _csv_summary(runs: Sequence[SheetData], path: Path, title: str) -> None:
    csv_export.write_summary_csv(runs, path)  # a CSV has no room for a title


def _writers(fmt: ExportFormat) -> tuple[SheetWriter, SummaryWriter]:
    """The per-run and the summary writer of a format; PDF and XLSX imported only when used."""
    if fmt is ExportFormat.PDF:
        from trainer.export import pdf_export  # Qt: loaded only for PDF

        return pdf_export.write_sheet_pdf, pdf_export.write_summary_pdf
    if fmt is ExportFormat.XLSX:
        from trainer.export import xlsx_export

        return xlsx_export.write_sheet_xlsx, xlsx_export.write_summary_xlsx
    return csv_export.write_sheet_csv, _csv_summary


def _write(out_dir: Path, stem: str, fmt: ExportFormat, write: Callable[[Path], object]) -> Path:
    path = reserve(out_dir, stem, f".{fmt.value}")
    try:
        write(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        why = os_reason(exc)
        raise ExportError(message("export.cannot_write", path=str(path), why=why)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return path


def _export(
    datas: Sequence[SheetData],
    fmt: ExportFormat | str,
    out_dir: Path,
    progress: Progress | None,
    summary: tuple[str, str] | None,  # (file stem, title) of the summary, or none
) -> list[Path]:
    fmt = ExportFormat(fmt)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = os_reason(exc)
        raise ExportError(message("export.cannot_create", folder=str(out_dir), why=why)) from exc
    write_sheet, write_summary = _writers(fmt)
    total = len(datas) + (1 if summary else 0)
    written: list[Path] = []
    if progress:
        progress(0, total)
    for data in datas:
        written.append(_write(out_dir, sheet_stem(data), fmt, partial(write_sheet, data)))
        if progress:
            progress(len(written), total)
    if summary:
        stem, title = summary
        write = partial(write_summary, datas)
        written.append(_write(out_dir, stem, fmt, lambda path: write(path, title)))
        if progress:
            progress(len(written), total)
    return written


def export_runs(
    repository: Repository,
    run_ids: Sequence[int],
    fmt: ExportFormat | str,
    out_dir: Path,
    progress: Progress | None = None,
    *,
    summary: bool | None = None,
    tz: tzinfo | None = None,
    skipped: Skipped | None = None,
) -> list[Path]:
    """Export the score sheets of these runs into out_dir; returns the files written.

    A summary file ('summary.<ext>') is written too when `summary` is true, and by default
    when there is more than one run. Every run must have a score sheet (ExportError if not);
    all are checked before the first file is written. With `skipped`, runs without a sheet
    are left out and named to it instead (as a session's are); when none is left, the
    ExportError names every run and why.
    """
    fmt = ExportFormat(fmt)
    if not run_ids:
        raise ExportError(message("export.no_runs"))
    unique = list(dict.fromkeys(run_ids))  # `--run 1 --run 1`: one sheet, not 'run1 (2)'
    if skipped is None:
        datas = [gather(repository, run_id, tz=tz) for run_id in unique]
    else:
        datas, refusals = [], []
        for run_id in unique:
            try:
                datas.append(gather(repository, run_id, tz=tz))
            except ExportError as error:
                refusals.append((run_id, str(error)))
        if not datas:
            raise ExportError("\n".join(why for _run, why in refusals))
        for run_id, why in refusals:
            skipped(run_id, why)
    with_summary = len(datas) > 1 if summary is None else summary
    return _export(
        datas,
        fmt,
        out_dir,
        progress,
        ("summary", message("summary.sheet_name")) if with_summary else None,
    )


def export_session(
    repository: Repository,
    session_id: int,
    fmt: ExportFormat | str,
    out_dir: Path,
    progress: Progress | None = None,
    *,
    skipped: Skipped | None = None,
    tz: tzinfo | None = None,
) -> list[Path]:
    """Export every scored run of a class session, and a summary of them; returns the files.

    Runs without a score sheet (aborted, interrupted, still running) are left out and named to
    `skipped`; a session with no scored run at all is an ExportError.
    """
    fmt = ExportFormat(fmt)
    session = repository.session(session_id)
    datas = []
    for run in repository.runs(session_id=session_id):
        try:
            datas.append(gather(repository, run.id, tz=tz))
        except ExportError as error:
            if skipped:
                skipped(run.id, str(error))
    if not datas:
        raise ExportError(
            message("export.session_unscored", session=session_id, title=repr(session.title))
        )
    title = message("summary.session_title", title=session.title, session=session_id)
    stem = f"summary_session{session_id}_{safe_part(session.title, 'session')}"
    return _export(datas, fmt, out_dir, progress, (stem, title))
