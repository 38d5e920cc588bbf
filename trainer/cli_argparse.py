"""argparse in the language the program speaks: its own words ("usage:", "options", the -h help,
its error sentences) from our catalogs instead of gettext.

argparse asks gettext for those words, and gettext would want a compiled .mo file and the
system's locale, not --lang. Instead the parser and its formatter pass our words in where argparse
takes them (the usage prefix, the -h action, the section headings), and `error()` renders
argparse's finished English sentence in the chosen language by matching it against argparse's own
templates. A sentence no pattern knows (a newer Python's) is shown as argparse wrote it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from trainer.i18n import current, message, msg

# argparse's section headings (Python 3.10+), by the English it gives them.
_HEADINGS = {"positional arguments": "argparse.positionals", "options": "argparse.options"}

# argparse's error sentences (Lib/argparse.py, Python 3.11-3.13), most specific first; named
# groups become the message's fields. "argument X: ..." wraps another sentence, matched again.
# Compiled (by re, which keeps them) only when a sentence is translated, not at every start.
_ERRORS: tuple[tuple[str, str], ...] = (
    (r"argument (?P<argument>[^ ]+): (?P<inner>.+)", "argparse.argument"),
    (r"the following arguments are required: (?P<names>.+)", "argparse.required"),
    (r"one of the arguments (?P<names>.+) is required", "argparse.one_required"),
    (r"unrecognized arguments: (?P<words>.+)", "argparse.unrecognized"),
    (r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)", "argparse.choice"),
    (r"invalid (?P<type>[^ ]+) value: (?P<value>.+)", "argparse.invalid_value"),
    (r"expected one argument", "argparse.expected_one"),
    (r"expected at most one argument", "argparse.expected_at_most_one"),
    (r"expected at least one argument", "argparse.expected_at_least_one"),
    (r"expected (?P<count>\d+) arguments?", "argparse.expected_count"),
    (r"not allowed with argument (?P<other>.+)", "argparse.not_allowed_with"),
    (r"ambiguous option: (?P<option>[^ ]+) could match (?P<matches>.+)", "argparse.ambiguous"),
    (r"ignored explicit argument (?P<value>.+)", "argparse.ignored_value"),
)


def translated_error(text: str) -> str:
    """One of argparse's error sentences in the language in use."""
    if current() == "en":
        return text
    for pattern, key in _ERRORS:
        found = re.fullmatch(pattern, text, re.DOTALL)
        if found:
            fields = found.groupdict()
            if "inner" in fields:
                fields["inner"] = translated_error(fields["inner"])
            return msg(key, **fields).text()
    return text


class Formatter(argparse.HelpFormatter):
    """The help's usage prefix and section headings in the language in use."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = message("argparse.usage") + " "
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        key = _HEADINGS.get(heading or "")
        super().start_section(message(key) if key else heading)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the language in use; its subcommands' parsers are too."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:  # argparse's own -h, with its help in our words
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=message("argparse.help"),
            )

    def error(self, message_text: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = message("argparse.error", prog=self.prog, message=translated_error(message_text))
        self.exit(2, text + "\n")


def add_command(commands: Any, name: str, key: str) -> argparse.ArgumentParser:
    """A subcommand whose one-line help (catalog `key`) is also the description its own --help
    starts with."""
    text = message(key)
    parser: argparse.ArgumentParser = commands.add_parser(name, help=text, description=text)
    return parser
