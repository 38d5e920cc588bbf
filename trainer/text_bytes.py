"""Why a file's bytes are not UTF-8 text, said in the terms of the program that saved it.

Authors save scenarios, CSV logs and zone files with Windows tools: Notepad's "Unicode" is
UTF-16, older editors and Excel write Windows-1252 (Latin-1 with a few more letters). A byte
offset tells them nothing; the line, the column and the encoding their tool used do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.i18n import message

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # none of them in a text file


@dataclass(frozen=True)
class NotUtf8:
    """Where UTF-8 decoding failed: 1-based line and column (None for UTF-16, whose lines
    cannot be counted in bytes), and the words for the author."""

    line: int | None
    column: int | None
    words: str


def is_utf16(raw: bytes) -> bool:
    """A byte-order mark, or a NUL in every other byte of the start (UTF-16 without one)."""
    if raw.startswith(_UTF16_MARKS):
        return True
    start = raw[:200]
    if len(start) < 4:
        return False
    halves = (start[0::2], start[1::2])
    return any(half.count(0) >= len(half) * 0.8 for half in halves)


def not_utf8(raw: bytes, error: UnicodeDecodeError) -> NotUtf8:
    """What to tell the author about `raw`, which failed to decode as UTF-8 with `error`."""
    if is_utf16(raw):
        return NotUtf8(None, None, message("encoding.utf16"))
    before = raw[: error.start]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    # The column in characters, as an editor counts them: the line's text before the byte.
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    byte = f"0x{raw[error.start]:02X}"
    try:
        as_windows = raw.decode("cp1252")
    except UnicodeDecodeError:
        as_windows = ""
    if as_windows and not _CONTROL.search(as_windows):
        character = raw[error.start : error.start + 1].decode("cp1252")
        words = message("encoding.windows1252", byte=byte, column=column, character=character)
    else:
        words = message("encoding.other", byte=byte, column=column)
    return NotUtf8(line, column, words)


def where_and_why(raw: bytes, error: UnicodeDecodeError) -> str:
    """`not_utf8` as one phrase with its line: for messages that have no line of their own."""
    found = not_utf8(raw, error)
    if found.line is None:
        return found.words
    return message("encoding.on_line", line=found.line, problem=found.words)
