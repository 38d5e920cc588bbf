"""Every text file the trainer opens is opened as UTF-8.

Without encoding= Python uses the locale's code page, which on the classroom's Windows PCs is
cp1252: a Dutch or accented name written on one PC reads back garbled (or fails with
UnicodeDecodeError) on another, and writing a character cp1252 lacks raises. Checked in the
source, so it holds on Linux too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "trainer"
# Where encoding may be given by position instead of by keyword (its index among the arguments).
ENCODING_POSITION = {"read_text": 0, "write_text": 1, "open": 3, "fdopen": 3}


def _constant(node: ast.expr | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _mode(call: ast.Call, position: int) -> object:
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return _constant(keyword.value)
    return _constant(call.args[position]) if len(call.args) > position else "r"


def text_opens_without_encoding(source: str, *, in_ui: bool = False) -> list[int]:
    """Lines that open a file as text without saying encoding=."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in ENCODING_POSITION:
            continue
        if any(k.arg == "encoding" for k in node.keywords):
            continue
        if len(node.args) > ENCODING_POSITION[name] and name != "open":
            continue
        if name == "open" and isinstance(func, ast.Attribute):
            # Path.open(mode, buffering, encoding); a Qt dialog's open() takes no arguments;
            # os.open() gives a file descriptor (bytes); any other open(x) is not a Path's.
            if in_ui and not node.args and not node.keywords:
                continue
            if getattr(func.value, "id", None) == "os" or len(node.args) > 2:
                continue
            if node.args and not isinstance(_constant(node.args[0]), str):
                continue
            mode = _mode(node, 0)
        elif name in ("open", "fdopen"):
            if len(node.args) > 3:
                continue
            mode = _mode(node, 1)
        else:
            mode = "r"
        if not (isinstance(mode, str) and "b" in mode):
            lines.append(node.lineno)
    return lines


def test_the_check_finds_what_it_should() -> None:
    found = text_opens_without_encoding(
        "p.read_text()\n"
        "p.write_text(t)\n"
        "open(p)\n"
        "open(p, 'w')\n"
        "p.open('a')\n"
        "p.open()\n"
        "os.fdopen(h, 'w')\n"
        "p.read_text(encoding='utf-8')\n"
        "p.write_text(t, 'utf-8')\n"
        "open(p, 'rb')\n"
        "p.open('xb')\n"
        "p.open(mode='w', encoding='utf-8')\n"
        "os.fdopen(h, 'wb')\n"
        "p.read_bytes()\n"
        "os.open(p, os.O_WRONLY)\n"
        "Document.open(p)\n"
    )
    assert found == [1, 2, 3, 4, 5, 6, 7]
    assert text_opens_without_encoding("dialog.open()\n", in_ui=True) == []


def test_every_text_open_in_the_trainer_says_utf8() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        in_ui = (PACKAGE / "ui") in path.parents
        for line in text_opens_without_encoding(path.read_text(encoding="utf-8"), in_ui=in_ui):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert offenders == []
