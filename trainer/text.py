"""The one cleaning of text that leaves the program: names, titles, reasons on file or record."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (tab, line feed and carriage return stay; Word's Shift+Enter pastes \x0b), the
# bidi overrides, which could make a name read differently on paper than it is stored, and the
# noncharacters U+FFFE/U+FFFF and lone surrogates: none of them may stand in an XLSX file's XML.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)


def printable(text: str) -> str:
    """Text without control characters (a name pasted with a NUL or an escape in it).

    The one cleaning every text written to a file goes through: cells, PDF text, titles and
    document properties, and the names a roster file brings in.
    """
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def single_line(text: str) -> str:
    """A title or a name on its line of a summary: printable, without line breaks, and without
    a bidi override, which would run on over the lines under it and turn them around."""
    return " ".join(printable(text).split())
