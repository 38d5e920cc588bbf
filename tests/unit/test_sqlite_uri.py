"""SQLite's file URIs: a Windows network path keeps an empty authority (SQLite refuses a server
there), and odd characters in folder names reach the file unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from trainer.sqlite_uri import sqlite_uri


def test_windows_paths() -> None:
    assert sqlite_uri(PureWindowsPath(r"C:\Users\Anna\records.sqlite"), "mode=ro") == (
        "file:///C:/Users/Anna/records.sqlite?mode=ro"
    )
    share = PureWindowsPath(r"\\school\drones\Records 2026\records.sqlite")
    assert sqlite_uri(share, "immutable=1") == (
        "file:////school/drones/Records%202026/records.sqlite?immutable=1"
    )
    assert share.as_uri().startswith("file://school/")  # what SQLite would refuse


def test_posix_paths_and_no_query() -> None:
    assert sqlite_uri(PurePosixPath("/home/anna/kaart #2/nl.mbtiles")) == (
        "file:///home/anna/kaart%20%232/nl.mbtiles"
    )


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(ValueError, match="absolute"):
        sqlite_uri(PurePosixPath("records.sqlite"))


def test_sqlite_opens_the_file_the_uri_names(tmp_path: Path) -> None:
    folder = tmp_path / "Klas 3 #a ?b %20 é"
    folder.mkdir()
    path = folder / "records.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    reader = sqlite3.connect(sqlite_uri(path.resolve(), "mode=ro"), uri=True)
    try:
        assert reader.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("CREATE TABLE u (y)")
    finally:
        reader.close()
    assert sorted(p.name for p in folder.iterdir()) == ["records.sqlite"]
