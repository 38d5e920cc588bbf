"""A command's start (importing numpy, pydantic, the scenario models, Qt; reading the scenario)
without Python's cyclic garbage collector.

Loading makes some 90,000 long-lived objects and next to no garbage, yet the collector keeps
walking them: about 120 collections, one of them a full one, cost 60-100 ms of every start.
Paused while loading, then frozen (gc.freeze: later collections skip what exists now), that work
is not done at all, and the window's full collections stay shorter for the rest of its run.
The garbage loading does leave (about a thousand objects) is kept with the rest.

Only when the trainer is the program (`drone-trainer`, `python -m trainer`): a process that
calls the command line as a library, such as a test session, keeps its collector (and numpy's
threads) as they are.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

_the_program = False  # set by the command line's entry point: this process is the trainer's


def run_as_program() -> None:
    """This process is the trainer's own: loading may pause and freeze its collector, numpy's
    BLAS keeps to one thread and pydantic loads no plugins (unless the user's environment says
    otherwise)."""
    global _the_program
    _the_program = True
    # The trainer's arrays are small and it does next to no linear algebra, yet OpenBLAS starts
    # a thread per core as numpy loads, which spins for ~0.08 s of CPU on every start: time
    # taken from the other core, on a 2-core classroom PC the window's or another trainer's.
    # Set before numpy is first imported (the command line itself does not import it).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # Pydantic looks for third-party plugins, which would hook every validation of a scenario,
    # by reading the metadata of every installed package: ~15 ms of every start, for plugins
    # the trainer neither wants (a run must not depend on what else a PC has installed) nor has.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


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
