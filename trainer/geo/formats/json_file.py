"""Reading a JSON file strictly: UTF-8, no doubled keys, no NaN, errors naming file and line."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from trainer.errors import AssetError
from trainer.geo.formats.file_bytes import read_airspace_bytes
from trainer.i18n import message as say
from trainer.text_bytes import where_and_why

LARGEST_FLOAT = int(sys.float_info.max)


def is_number(value: Any) -> bool:
    """A JSON number a float can hold: JSON integers have no limit, floats end near 1.8e308."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return isinstance(value, float) or abs(value) <= LARGEST_FLOAT


def _no_duplicate_keys(path: Path) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                # json would silently keep the last one; a doubled key is almost always a mistake.
                raise AssetError(path, key, say("airspace_file.duplicate_key"))
            result[key] = value
        return result

    return hook


# Python's json says what is wrong in English; these are its decoder's phrases (json/decoder.py;
# the C scanner says the same), in the catalog so Dutch has its own. Others show as json says.
JSON_PROBLEMS = {
    "Expecting value": "json.expecting_value",
    "Expecting property name enclosed in double quotes": "json.expecting_name",
    "Expecting ':' delimiter": "json.expecting_colon",
    "Expecting ',' delimiter": "json.expecting_comma",
    "Unterminated string starting at": "json.unterminated",
    "Invalid control character at": "json.control_character",
    "Invalid \\escape": "json.bad_escape",
    "Invalid \\uXXXX escape": "json.bad_unicode_escape",
    "Extra data": "json.extra_data",
}


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(say("json.constant", name=name))


def _integer(text: str) -> int:
    # Python refuses to read integers of over 4300 digits with advice for programmers; shorter
    # huge ones are read, and the readers name their field (is_number).
    if len(text.lstrip("-")) > 4300:
        raise ValueError(say("json.huge_number", digits=len(text), start=text[:12]))
    return int(text)


def read_json_text(path: Path) -> str:
    """The file's text; AssetError when it cannot be read or is not UTF-8."""
    raw = read_airspace_bytes(path)
    try:
        return raw.decode("utf-8-sig")  # JSON is UTF-8; some tools still write a BOM
    except UnicodeDecodeError as exc:
        raise AssetError(path, "", where_and_why(raw, exc)) from exc


def parse_json(text: str, path: Path) -> Any:
    """The JSON document in `text`; AssetError naming the file and the line otherwise."""
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys(path),
            parse_constant=_reject_constant,
            parse_int=_integer,
        )
    except json.JSONDecodeError as exc:
        where = say("airspace_file.json_where", line=exc.lineno, column=exc.colno)
        what = say(JSON_PROBLEMS[exc.msg]) if exc.msg in JSON_PROBLEMS else exc.msg
        raise AssetError(path, where, say("airspace_file.not_json", what=what)) from exc
    except RecursionError:  # json's decoder recurses once per "[" or "{"
        raise AssetError(path, "", say("airspace_file.too_deep")) from None
    except ValueError as exc:
        raise AssetError(path, "", str(exc)) from exc


def item_lines(text: str, key: str, count: int) -> list[int | None]:
    """The line on which each of the first `count` items of the list under `key` starts.

    json gives no positions, so the list is walked again with raw_decode from the first
    '"key": [' in the text. Lines are only a help for messages: when the walk does not find
    `count` items (the key also appears elsewhere, say), every line is None.
    """
    unknown: list[int | None] = [None] * count
    match = re.search(r'"' + re.escape(key) + r'"\s*:\s*\[', text)
    if match is None:
        return unknown
    decoder = json.JSONDecoder()
    position, lines = match.end(), []
    line, counted = 1, 0  # newlines are counted once, from where the last count ended
    try:
        for _ in range(count):
            position = _skip(text, position, ",")
            line += text.count("\n", counted, position)
            counted = position
            lines.append(line)
            _, position = decoder.raw_decode(text, position)
    except (ValueError, RecursionError):
        return unknown
    return list(lines)


def _skip(text: str, position: int, separators: str) -> int:
    while position < len(text) and (text[position].isspace() or text[position] in separators):
        position += 1
    return position
