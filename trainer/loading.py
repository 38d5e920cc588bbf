"""A command's start (importing numpy, pydantic, the scenario models, Qt; reading the scenario)
without Python's cyclic garbage collector.

Loading makes some 90,000 long-lived objects and next to no garbage, yet the collector keeps
walking them: about 120 collections, one of them a full one, cost 60-100 ms of every start.
Paused while loading, then frozen (gc.freeze: later collections skip what exists now), that work
is not done at all, and the window's full collections stay shorter for the rest of its run.
The garbage loading does leave (about a thousand objects) is kept with the rest.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_frozen = False  # freeze once per process: a test session runs commands many times


@contextmanager
def loading() -> Iterator[None]:
    """Run the block with the collector paused; what it built is left out of later collections."""
    if not gc.isenabled():  # an outer block (or the program) has paused it already
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        global _frozen
        if not _frozen:
            _frozen = True
            gc.freeze()
        gc.enable()
