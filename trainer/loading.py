"""A command's start (importing numpy, pydantic, the scenario models, Qt; reading the scenario)
without Python's cyclic garbage collector.

Loading makes some 90,000 long-lived objects and next to no garbage, yet the collector keeps
walking them: about 120 collections, one of them a full one, cost 60-100 ms of every start.
Paused while loading, then frozen (gc.freeze: later collections skip what exists now), that work
is not done at all, and the window's full collections stay shorter for the rest of its run.
The garbage loading does leave (about a thousand objects) is kept with the rest.

Only when the trainer is the program (`drone-trainer`, `python -m trainer`): a process that
calls the command line as a library, such as a test session, keeps its collector as it is.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_the_program = False  # set by the command line's entry point: this process is the trainer's


def run_as_program() -> None:
    """This process is the trainer's own: loading may pause and freeze its collector."""
    global _the_program
    _the_program = True


@contextmanager
def loading() -> Iterator[None]:
    """Run the block with the collector paused; what it built is left out of later collections."""
    if not _the_program or not gc.isenabled():  # a library caller's, or paused already
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
