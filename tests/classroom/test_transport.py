"""The classroom's sockets let go cleanly however their owner goes: closed, dropped, or lost in
a reference cycle (the garbage collector's case, which once hung a whole test run)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from trainer.classroom.transport import ConsoleSocket, StationSocket

DROPPED_IN_A_CYCLE = """
import gc
from trainer.classroom.transport import ConsoleSocket, StationSocket
for make in (lambda: ConsoleSocket("tcp://127.0.0.1:0"),
             lambda: StationSocket("tcp://127.0.0.1:9", "station-1")):
    owner = make()
    owner.me = owner  # only the cycle collector can free it
    del owner
    gc.collect()
print("collected")
"""


def test_a_socket_lost_in_a_reference_cycle_does_not_hang_the_collector() -> None:
    # In a child process: the failure this guards against is a hang, not an exception.
    try:
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(DROPPED_IN_A_CYCLE)],
                              capture_output=True, text=True, timeout=60)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("the garbage collector hung on a socket dropped in a reference cycle")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "collected"


def test_closing_twice_is_harmless_and_a_closed_console_frees_its_port() -> None:
    console = ConsoleSocket("tcp://127.0.0.1:0")
    port = console.port
    console.close()
    console.close()
    again = ConsoleSocket(f"tcp://127.0.0.1:{port}")  # the port is free at once
    again.close()
    station = StationSocket(f"tcp://127.0.0.1:{port}", "station-1")
    station.close()
    station.close()
    assert not station.send(b"after the close")
