"""The file: URI SQLite opens a database file by (to give it options such as mode=ro).

Path.as_uri() writes a Windows network path \\\\server\\share\\x.sqlite as file://server/share/...,
with the server as the URI's authority, and SQLite refuses any authority but 'localhost'
unless it was built with SQLITE_ALLOW_URI_AUTHORITY (Python's is not): a record or a map archive
on the school's share would not open. SQLite takes file:////server/share/... instead: an empty
authority and a path that Windows reads as the network path.
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import quote


def sqlite_uri(path: PurePath, query: str = "") -> str:
    """The URI of an absolute `path`, with `query` ('mode=ro') when given."""
    if not path.is_absolute():
        raise ValueError(f"{path}: SQLite's file URI needs an absolute path")
    text = path.as_posix()
    if not text.startswith("/"):  # C:/records/x.sqlite
        text = f"/{text}"
    # Quoted: '?', '#' and '%' in a folder's name would otherwise end or change the path.
    return f"file://{quote(text, safe='/:')}" + (f"?{query}" if query else "")
