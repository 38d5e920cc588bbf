"""Starting a station: one station program per state folder, so two on one PC do not join as
the same station and push each other out of the class."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from trainer.ui import station_app
from trainer.ui.station_app import EXIT_FAILED, claim_state_folder, run_station_app


def test_a_second_station_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "station"
    first = claim_state_folder(folder)
    assert first is not None and first.isLocked()
    assert claim_state_folder(folder) is None
    first.unlock()  # the first station closed
    again = claim_state_folder(folder)
    assert again is not None and again.isLocked()
    again.unlock()
    other = claim_state_folder(tmp_path / "other")  # --state-dir: a folder of its own
    assert other is not None and other.isLocked()
    other.unlock()


def test_a_folder_that_cannot_be_made_is_no_refusal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert claim_state_folder(blocker / "station") is not None


def test_the_station_says_why_it_does_not_start(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(station_app, "ConnectDialog", None)  # never reached
    folder = tmp_path / "station"
    held = claim_state_folder(folder)
    assert held is not None
    try:
        assert run_station_app(None, "K7MXRD", "Fleur", folder) == EXIT_FAILED
    finally:
        held.unlock()
    assert len(said) == 1 and str(folder) in said[0] and "--state-dir" in said[0]
