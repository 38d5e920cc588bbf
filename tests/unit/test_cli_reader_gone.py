"""`drone-trainer ... | more` on Windows, quit early: Windows reports the write into the closed
pipe as EINVAL, not as BrokenPipeError; the command ends quietly there too. An EINVAL about a
file (an invalid name on Windows) is not taken for it."""

from __future__ import annotations

import errno
import sys

import pytest

from trainer import cli


def ended_by(error: OSError, monkeypatch: pytest.MonkeyPatch, platform: str) -> int:
    def failing(argv: object) -> int:
        raise error

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(cli, "_main", failing)
    monkeypatch.setattr(cli, "_drop_stdout", lambda: None)  # the real one needs a real stdout
    return cli.main(["validate"])


def test_a_closed_pipe_on_windows_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    gone = OSError(errno.EINVAL, "Invalid argument")
    assert ended_by(gone, monkeypatch, "win32") == cli.EXIT_BROKEN_PIPE


def test_a_broken_pipe_ends_quietly_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ended_by(BrokenPipeError(), monkeypatch, "linux") == cli.EXIT_BROKEN_PIPE


@pytest.mark.parametrize(
    ("error", "platform"),
    [
        (OSError(errno.EINVAL, "Invalid argument", "scen?rio.yaml"), "win32"),  # a bad name
        (OSError(errno.EINVAL, "Invalid argument"), "linux"),  # not a pipe's word there
    ],
)
def test_other_errors_are_not_taken_for_a_closed_pipe(
    error: OSError, platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(OSError) as caught:
        ended_by(error, monkeypatch, platform)
    assert caught.value is error
