"""The command line in Dutch: every help text, argparse's own words and errors; and a reader
that closes early (`| head`) ends it quietly."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import REPO, SCENARIOS
from trainer import i18n
from trainer.cli import EXIT_BROKEN_PIPE, build_parser, main
from trainer.cli_argparse import translated_error


@pytest.fixture
def dutch(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(i18n.ENV_VAR, "nl")  # main() reads it; --lang also sets it for children
    i18n.use_language("nl")
    try:
        yield
    finally:
        i18n.use_language("en")


def parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """The parser and every subcommand's, sub-subcommands too (basemap fetch), by their path."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub, (*path, name))


def sentences(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    """Every sentence a parser's --help shows: its description, each argument's help, each
    subcommand's one-line help."""
    found: dict[str, str | None] = {"description": parser.description}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[f"command {choice.dest}"] = choice.help
        else:
            found["/".join(action.option_strings) or action.dest] = action.help
    return found


def walked(language: i18n.Language) -> dict[str, str | None]:
    i18n.use_language(language)
    try:
        parser = build_parser()
    finally:
        i18n.use_language("en")
    return {
        f"{' '.join(('drone-trainer', *path))}: {what}": text
        for path, sub in parsers(parser)
        for what, text in sentences(sub).items()
    }


def test_every_help_and_description_of_every_command_has_its_dutch() -> None:
    english, dutch = walked("en"), walked("nl")
    assert english.keys() == dutch.keys()
    assert len(english) > 100  # every command and sub-subcommand was walked
    assert {"drone-trainer basemap fetch: --min-level", "drone-trainer: command doctor"} <= set(
        english
    )
    no_help = [where for where, text in english.items() if not text]
    assert no_help == [], "arguments and commands without help"
    untranslated = [where for where, text in english.items() if dutch[where] == text]
    assert untranslated == [], "help that is the same in Dutch: not from trainer/i18n catalogs"


def test_argparse_speaks_dutch_in_every_help(dutch: None) -> None:
    for path, parser in parsers(build_parser()):
        shown = parser.format_help()
        assert shown.startswith("gebruik: drone-trainer"), path
        for english in ("usage:", "options:", "positional arguments", "show this help"):
            assert english not in shown, (path, english)
        assert "deze hulp tonen en stoppen" in shown


def test_a_usage_error_is_dutch(dutch: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "nl", "export", "--run", "1"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "drone-trainer export: fout: deze argumenten ontbreken: --format, -o/--output" in error
    assert "gebruik: drone-trainer export" in error and "error" not in error
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "simulate", "x.yaml", "--until", "soon"])
    assert "fout: argument --until: 'soon' is geen aantal seconden" in capsys.readouterr().err


class _Caught(Exception):
    pass


class _Capturing(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Caught(message)


def _stdlib_errors() -> list[str]:
    """argparse's own error sentences, as this Python writes them."""
    parser = _Capturing(prog="p")
    parser.add_argument("--count", type=int)
    parser.add_argument("--colour", choices=("red", "blue"))
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--some", nargs="+")
    parser.add_argument("--one")
    parser.add_argument("--one-more")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--a", action="store_true")
    which.add_argument("--b", action="store_true")
    needed = _Capturing(prog="q")
    needed.add_argument("file")
    cases = [
        (parser, ["--a", "--count", "x"]),  # invalid int value
        (parser, ["--a", "--colour", "green"]),  # invalid choice
        (parser, ["--a", "--pair", "1"]),  # expected 2 arguments
        (parser, ["--a", "--some"]),  # expected at least one
        (parser, ["--a", "--one"]),  # expected one
        (parser, ["--a", "--b"]),  # not allowed with
        (parser, ["--a", "--on", "x"]),  # ambiguous
        (parser, ["--count", "1"]),  # one of the arguments is required
        (parser, ["--a", "extra"]),  # unrecognized
        (needed, []),  # the following arguments are required
    ]
    found = []
    for which_parser, argv in cases:
        with pytest.raises(_Caught) as caught:
            which_parser.parse_args(argv)
        found.append(str(caught.value))
    return found


@pytest.mark.parametrize("sentence", _stdlib_errors())
def test_argparse_errors_of_this_python_are_translated(dutch: None, sentence: str) -> None:
    translated = translated_error(sentence)
    assert translated != sentence
    english = ("invalid", "choose", "expected", "required", "unrecognized", "allowed", "could")
    assert not any(word in translated for word in english), translated


def test_an_unknown_argparse_sentence_is_shown_as_it_is(dutch: None) -> None:
    assert translated_error("something new in Python 3.99") == "something new in Python 3.99"


@pytest.mark.skipif(sys.platform == "win32", reason="a closed pipe is EPIPE on POSIX")
def test_a_reader_that_closes_early_ends_the_command_quietly() -> None:
    """`drone-trainer validate scenarios/*.yaml | head -1`: no BrokenPipeError traceback."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}  # a write per line, as on a terminal
    scenarios = sorted(SCENARIOS.glob("*.yaml"))
    assert len(scenarios) > 3  # lines still to come after the reader has gone
    with subprocess.Popen(
        [sys.executable, "-m", "trainer", "validate", *map(str, scenarios)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # as `head -1` does once it has its line
        code = process.wait(timeout=120)
        errors = process.stderr.read().decode()
    assert first.endswith(b": ok\n")
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors
    assert code == EXIT_BROKEN_PIPE


def test_the_airspace_list_gives_dutch_names_and_decimal_commas(
    dutch: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # It listed 'EHTW runway core, no drones ... 9.10 km2' in Dutch.
    assert main(["airspace", str(REPO / "assets" / "twente" / "airspace.geojson")]) == 0
    core = next(line for line in capsys.readouterr().out.splitlines() if "uas-ehtw-core" in line)
    assert core.endswith(" km2  Kernzone baan EHTW, geen drones"), core
    assert "0,0-635,5 m boven EHTW" in core and " 9,10 km2" in core
    assert main(["airspace", "--json", str(REPO / "assets" / "twente" / "airspace.geojson")]) == 0
    assert '"name": "EHTW runway core, no drones"' in capsys.readouterr().out  # data as it is
