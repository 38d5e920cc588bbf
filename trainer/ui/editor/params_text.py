"""An expected action's params (`classification: bird, manned; level: high`) as one line of
text in the words of the language in use, and that line read back into the file's values."""

from __future__ import annotations

from typing import Any

from trainer.scoring.protocol import Classification, Identity, ThreatLevel
from trainer.ui.editor.choice_words import (
    PARAM_NAMES,
    identifier_of,
    param_name_word,
    param_value_word,
)

JUDGED_VALUES = (*Classification, *Identity, *ThreatLevel)  # what params may name


def parse_mapping(text: str) -> dict[str, str | list[str]]:
    """`classification: bird, manned; level: high` -> {classification: [bird, manned], ...};
    in Dutch `classificatie: vogel` too (the words mapping_text shows)."""
    names = {name: param_name_word(name) for name in PARAM_NAMES}
    values = {value.value: param_value_word(value.value) for value in JUDGED_VALUES}
    result: dict[str, str | list[str]] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, _, typed = part.partition(":")
        items = [identifier_of(v, values) for v in typed.split(",") if v.strip()]
        result[identifier_of(key, names)] = items[0] if len(items) == 1 else items
    return result


def mapping_text(value: Any) -> str:
    """The params in words of the language: `classificatie: vogel, bemand luchtvaartuig`."""
    if not isinstance(value, dict):
        return ""
    parts = []
    for key, item in value.items():
        items = item if isinstance(item, list) else [item]
        shown = ", ".join(param_value_word(str(one)) for one in items)
        parts.append(f"{param_name_word(str(key))}: {shown}")
    return "; ".join(parts)
