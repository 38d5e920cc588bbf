"""What pydantic found wrong with a field, in the language in use, by the error's type code.

The English templates (trainer/i18n/en_scenario.py) say what pydantic says, word for word (a test
compares them); other languages get their own words. An error of a type not listed here, and the
scenario model's own ValueErrors, are shown as pydantic wrote them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from trainer.i18n import Message, current, message, msg
from trainer.local_time import START_TIME_LOCAL
from trainer.scenario.fields import (
    AIRCRAFT_TYPE_PATTERN,
    CALLSIGN_PATTERN,
    FILE_NAME_PATTERN,
    ID_PREFIX_PATTERN,
    IDENTIFIER_PATTERN,
    SUBJECT_PATTERN,
)

# pydantic error type -> catalog key; the template's fields are the error's `ctx`.
_BY_TYPE = {
    "missing": "problem.missing",
    "float_type": "problem.float_type",
    "float_parsing": "problem.float_parsing",
    "int_type": "problem.int_type",
    "int_parsing": "problem.int_parsing",
    "int_from_float": "problem.int_from_float",
    "string_type": "problem.string_type",
    "bool_type": "problem.bool_type",
    "bool_parsing": "problem.bool_parsing",
    "list_type": "problem.list_type",
    "dict_type": "problem.dict_type",
    "tuple_type": "problem.tuple_type",
    "model_type": "problem.model_type",
    "greater_than": "problem.greater_than",
    "greater_than_equal": "problem.greater_than_equal",
    "less_than": "problem.less_than",
    "less_than_equal": "problem.less_than_equal",
    "finite_number": "problem.finite_number",
    "literal_error": "problem.one_of",
    "enum": "problem.one_of",
    "string_pattern_mismatch": "problem.pattern",
    "union_tag_not_found": "problem.union_tag_not_found",
}
# Types whose words depend on a count: one, or more.
_COUNTED = {
    "too_short": ("min_length", "problem.too_short"),
    "too_long": ("max_length", "problem.too_long"),
    "string_too_short": ("min_length", "problem.string_too_short"),
    "string_too_long": ("max_length", "problem.string_too_long"),
}
_COLLECTIONS = {"List": "problem.kind.list", "Tuple": "problem.kind.tuple"}
NO_INPUT_SHOWN = ("model_type", "dict_type", "list_type")  # the input is a whole section


def pydantic_message(error: Any) -> str:
    """One of pydantic's errors (an item of ValidationError.errors()) in words, with what was
    written when that helps; `unknown field` and `unknown kind` are the loader's own."""
    kind = error["type"]
    text = _words(kind, error.get("ctx") or {})
    if text is None:
        text = str(error["msg"]).removeprefix("Value error, ")
    # A whole section as written ({'reference': ..., 'zones': [...) is no help: the field path
    # names it, and a check of the section says what is wrong in it.
    section = kind == "value_error" and isinstance(error.get("input"), dict | list)
    if kind != "missing" and "input" in error and kind not in NO_INPUT_SHOWN and not section:
        text = message("problem.got", problem=text, value=short(error["input"]))
    return text


# Every pattern a scenario field has, as its rule in words (tests/unit/test_problem_text_patterns.py
# checks that none is left to show as a regex).
_PATTERN_WORDS = {
    IDENTIFIER_PATTERN: "problem.identifier",
    FILE_NAME_PATTERN: "problem.nul_in_file_name",
    CALLSIGN_PATTERN: "problem.callsign",
    AIRCRAFT_TYPE_PATTERN: "problem.aircraft_type",
    SUBJECT_PATTERN: "problem.subject",
    ID_PREFIX_PATTERN: "problem.id_prefix",
    START_TIME_LOCAL: "problem.time_of_day",
}


def _words(kind: str, ctx: dict[str, Any]) -> str | None:
    fields: dict[str, str | Message] = {name: shown_number(value) for name, value in ctx.items()}
    if kind in ("literal_error", "enum"):
        first, _, last = str(ctx.get("expected", "")).rpartition(" or ")
        if first:
            fields["expected"] = msg("words.or", first=first, last=last)
    if kind == "string_pattern_mismatch":
        rule = _PATTERN_WORDS.get(str(ctx.get("pattern")))
        if rule is not None:  # the rule in words, not as a regex
            return _render(rule, {})
        fields["pattern"] = repr(ctx.get("pattern", ""))
    if kind in _COUNTED:
        limit, counted = _COUNTED[kind]
        if limit not in ctx:
            return None
        if kind in ("too_short", "too_long"):
            collection = _COLLECTIONS.get(str(ctx.get("field_type")))
            if collection is None:
                return None
            fields["field_type"] = msg(collection)
        return _render(counted + ("_one" if ctx[limit] == 1 else ""), fields)
    key = _BY_TYPE.get(kind)
    return None if key is None else _render(key, fields)


def _render(key: str, fields: dict[str, str | Message]) -> str | None:
    try:
        return msg(key, **fields).text()
    except (KeyError, IndexError):  # a newer pydantic without the context we expect
        return None


def shown_number(value: Any) -> str:
    """A number as pydantic writes it (0 for 0.0, 0.0001 not 1e-04), in the language's way."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else format(Decimal(repr(value)), "f")
    else:
        text = str(value)
    return text.replace(".", ",") if current() == "nl" else text


SHORT_LENGTH = 60
# One character of a repr: an escape such as \u202e or \\ as a whole, or a single character.
_REPR_UNIT = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|.", re.DOTALL)


def short(value: Any) -> str:
    """What was written, cut to a length that fits a line; never inside an escape (a cut
    "\\u20" would show a character that is not there)."""
    text = repr(value)
    if len(text) <= SHORT_LENGTH:
        return text
    room = SHORT_LENGTH - len("...")
    end = 0
    for unit in _REPR_UNIT.finditer(text):
        if unit.end() > room:
            break
        end = unit.end()
    return text[:end] + "..."
