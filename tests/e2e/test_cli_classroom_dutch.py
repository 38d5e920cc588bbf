"""The headless class console's results on the command line, in Dutch."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.e2e.test_cli_dutch import dutch  # noqa: F401 (a fixture)

# Imported before the station's thread and the console both import them (at once, two threads
# importing shapely for the first time can break each other's import: run alone, this failed).
from trainer.classroom import console as _console  # noqa: F401
from trainer.classroom import station_bot as _station_bot  # noqa: F401
from trainer.cli import main


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.usefixtures("dutch")
def test_a_headless_class_prints_each_result_with_decimal_commas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario, port = str(SCENARIOS / "hobby-drone-approach-23.yaml"), free_port()
    console = ["console", scenario, "--headless", "--stations", "1", "--speed", "600",
               "--wait-s", "20", "--db", str(tmp_path / "class.sqlite"), "--port", str(port),
               "--code", "K7MXRD"]  # fmt: skip
    station = ["station", "--bot", "late", "--scenario", scenario, "--connect",
               f"127.0.0.1:{port}", "--code", "K7MXRD", "--name", "Sanne",
               "--state-dir", str(tmp_path / "pc"), "--timeout-s", "30"]  # fmt: skip
    bot = threading.Thread(target=main, args=(station,))
    bot.start()
    assert main(console) == 0
    bot.join(timeout=30)
    results = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Sanne:")]
    # The console's and the station's: were 'Sanne: oefening 1, 54.7/100 54.7 %' and
    # 'Sanne: 6 handelingen, 0 wachtend, 54.7/100 = 54.7 %' in Dutch.
    assert len(results) == 2
    for result in results:
        assert "%" in result and "." not in result
