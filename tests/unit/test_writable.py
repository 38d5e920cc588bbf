"""Whether a folder or file can be written is found out by trying: on Windows os.access says
True for any folder (it looks only at the read-only attribute), as it does here for /proc,
where no file can be made even by root."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from trainer.doctor import check_record
from trainer.writable import file_writable, folder_writable

LYING_FOLDER = Path("/proc")  # os.access says writable; creating a file there fails
needs_proc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not LYING_FOLDER.is_dir(), reason="needs Linux /proc"
)


def test_an_ordinary_folder_and_file_are_writable(tmp_path: Path) -> None:
    record = tmp_path / "records.sqlite"
    record.write_bytes(b"kept")
    assert folder_writable(tmp_path) and file_writable(record)
    assert record.read_bytes() == b"kept"  # the check writes nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.sqlite"]  # and leaves nothing


def test_what_is_not_there_is_not_writable(tmp_path: Path) -> None:
    assert not folder_writable(tmp_path / "missing")
    assert not file_writable(tmp_path / "missing.sqlite")
    (tmp_path / "a-file").write_bytes(b"")
    assert not folder_writable(tmp_path / "a-file")


@needs_proc
def test_a_folder_os_access_calls_writable_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not folder_writable(LYING_FOLDER)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: True)  # as on Windows
    finding = check_record(LYING_FOLDER / "records.sqlite")
    assert not finding.ok
    assert str(LYING_FOLDER) in finding.detail
