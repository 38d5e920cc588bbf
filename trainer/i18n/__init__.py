"""Which language the program speaks, and its sentences as templates with named fields.

The catalogs are plain Python dicts (trainer/i18n/en.py, nl.py; the command line's part in
en_cli.py, nl_cli.py, a scenario's problems in en_scenario.py, nl_scenario.py, and likewise
en_roster, en_records, en_basemap and their Dutch, merged into them): no build step, nothing
to find on disk in a wheel or a frozen build, checked by ruff, and a test compares their keys
and fields. The Qt windows use Qt's own translations
(trainer/i18n/nl.ts); this module is Qt-free.

The language is chosen once, at the start of the program (`use_language`), like a locale: every
sentence of that process speaks it. Without a choice the program speaks English.
"""

from __future__ import annotations

import json
import locale
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Union

Language = Literal["en", "nl"]
LANGUAGES: tuple[Language, ...] = ("en", "nl")
ENV_VAR = "DRONE_TRAINER_LANG"  # overrides the system's language and the settings' choice
DEFAULT: Language = "en"

_current: list[Language] = [DEFAULT]  # one cell, set by use_language() at start


def current() -> Language:
    return _current[0]


def spoken(english: str, dutch: object) -> str:
    """An author's text in the language spoken: its Dutch version where there is one (a scenario's
    title_nl, a zone's name_nl), else the text as written."""
    if current() == "nl" and isinstance(dutch, str) and dutch.strip():
        return dutch.strip()
    return english


def use_language(language: Language) -> None:
    """Speak `language` from now on (the command line and the window call this at start)."""
    _current[0] = language


def parse_language(text: str | None) -> Language | None:
    """'nl', 'nl_NL.UTF-8', 'Dutch_Netherlands', 'en-GB' -> a language we speak, or None."""
    if not text:
        return None
    word = text.strip().lower().replace("-", "_")
    if word.startswith(("nl", "dutch", "nederlands")):
        return "nl"
    if word.startswith(("en", "english")) or word in ("c", "posix"):
        return "en"
    return None


def system_language() -> Language:
    """The user's language as the system says it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then
    the locale, which is how Windows tells it); English when it is neither Dutch nor known."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(name, "").split(":"):
            found = parse_language(part)
            if found:
                return found
    try:
        code = locale.getlocale()[0]
    except ValueError:
        code = None
    return parse_language(code) or DEFAULT


def choose_language(flag: str | None = None, setting: str | None = None) -> Language:
    """The language to speak: --lang, then DRONE_TRAINER_LANG, then the settings' switch
    ('system' or empty follows the system), then the system's language."""
    for given in (flag, os.environ.get(ENV_VAR), setting):
        found = parse_language(given)
        if found:
            return found
    return system_language()


# -- messages ------------------------------------------------------------------------------

Field = Union[str, int, float, "Message"]


@dataclass(frozen=True)
class Message:
    """A sentence not yet in words: a catalog key and its named fields (numbers, names, or
    other messages). Rendered in any language, stored as JSON beside its English text."""

    key: str
    fields: tuple[tuple[str, Field], ...] = ()

    def text(self, language: Language | None = None) -> str:
        lang = language or current()
        template = _catalog(lang).get(self.key)
        if template is None:  # a key only English has still says something
            template = _catalog("en")[self.key]
        return _Formatter(lang).vformat(template, (), dict(self.fields))

    def __str__(self) -> str:
        return self.text()

    def to_json(self) -> str:
        return json.dumps(_plain(self), ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def from_json(text: str) -> Message:
        """The message stored by to_json; ValueError when it is not one of ours (unknown key,
        a field missing or of the wrong kind): it must render in every language."""
        message = _parse(json.loads(text))
        for language in LANGUAGES:
            try:
                message.text(language)
            except (KeyError, IndexError, ValueError, TypeError, RecursionError) as exc:
                raise ValueError(f"not a stored message: {exc!r}") from None
        return message


def msg(key: str, **fields: Field) -> Message:
    if key not in _catalog("en"):
        raise KeyError(f"no message {key!r} in the English catalog")
    return Message(key, tuple(fields.items()))


def message(key: str, language: Language | None = None, **fields: Field) -> str:
    """The sentence `key` in words, in `language` (default: the one in use)."""
    return msg(key, **fields).text(language)


def _plain(value: Field) -> object:
    if isinstance(value, Message):
        return {"k": value.key, "f": {name: _plain(v) for name, v in value.fields}}
    return value


def _parse(value: object) -> Message:
    if not isinstance(value, dict) or not isinstance(value.get("k"), str):
        raise ValueError("not a stored message")
    if value["k"] not in _catalog("en"):  # from a newer version, or not ours
        raise ValueError(f"no message {value['k']!r} in the English catalog")
    fields = value.get("f", {})
    if not isinstance(fields, dict):
        raise ValueError("not a stored message")
    parsed: list[tuple[str, Field]] = []
    for name, field in fields.items():
        if isinstance(field, dict):
            parsed.append((str(name), _parse(field)))
        elif isinstance(field, str | int | float) and not isinstance(field, bool):
            parsed.append((str(name), field))
        else:
            raise ValueError(f"not a stored message: field {name!r}")
    return Message(value["k"], tuple(parsed))


# -- numbers in words ------------------------------------------------------------------------


def _decimal(text: str, language: Language) -> str:
    """English 1,234.5 -> Dutch 1.234,5."""
    if language == "nl":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def decimals(text: str, language: Language | None = None) -> str:
    """Numbers already written with a point ('248.64', '0.0-635.5') in the language's way."""
    return _decimal(text, language or current())


def number(value: float, language: Language | None = None) -> str:
    """16.7, 20, 0.5: as short as it is exact to one decimal, with the language's comma."""
    return _decimal(f"{round(value, 1):g}", language or current())


def signed_points(value: float, language: Language | None = None) -> str:
    """+20, +13.3, -30, 0: the sign always shown, at most one decimal."""
    text = f"{abs(value):.1f}".removesuffix(".0")
    if text == "0":
        return "0"
    return ("+" if value > 0 else "-") + _decimal(text, language or current())


def clock_time(value: float) -> str:
    """Sim time as m:ss, e.g. 3:47 (tenths dropped: reasons are read, not computed with)."""
    minutes, secs = divmod(int(value + 1e-6), 60)
    return f"{minutes}:{secs:02d}"


def money(value: float, language: Language | None = None) -> str:
    lang = language or current()
    amount = _decimal(f"{value:,.0f}", lang)
    return f"€ {amount}" if lang == "nl" else f"EUR {amount}"


def _spec(value: object, spec: str, language: Language) -> str | None:
    if not isinstance(value, int | float):
        return None
    amount = float(value)
    if spec == "points":
        return signed_points(amount, language)
    if spec == "n":
        return number(amount, language)
    if spec == "s":
        return f"{number(amount, language)} s"
    if spec == "clock":
        return clock_time(amount)
    if spec == "eur":
        return money(amount, language)
    if spec == "min":  # seconds shown as minutes, one decimal
        return _decimal(f"{amount / 60:.1f}", language) + " min"
    if spec in ("1", "3"):  # decimals
        return _decimal(f"{amount:.{spec}f}", language)
    return None


class _Formatter(string.Formatter):
    """str.format with our units (':points', ':s', ':clock', ':eur', ':min', ':n', ':1', ':3') in
    the language's way of writing numbers; fields that are messages render in it too."""

    def __init__(self, language: Language) -> None:
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Message):
            return value.text(self.language)
        shown = _spec(value, format_spec, self.language)
        return shown if shown is not None else super().format_field(value, format_spec)


def _catalog(language: Language) -> Mapping[str, str]:
    if language == "nl":
        from trainer.i18n import nl

        return nl.MESSAGES
    from trainer.i18n import en

    return en.MESSAGES
