"""`import-log` under nl: the note it prints is Dutch, and the scenario it writes carries the Dutch
title and summary as title_nl/summary_nl beside the English ones, so it reads well in both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.unit.flightlog_writers import twente_fixes, write_csv
from trainer import i18n
from trainer.cli import main
from trainer.launch import Workspace
from trainer.scenario.model import Scenario


@pytest.fixture(autouse=True)
def english_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)  # --lang sets it for child processes
    yield
    i18n.use_language("en")


def _import(
    capsys: pytest.CaptureFixture[str], language: str, log: Path, out: Path, *more: str
) -> str:
    assert main(["--lang", language, "import-log", str(log), "-o", str(out), *more]) == 0
    return capsys.readouterr().out


def test_in_dutch_the_scenario_has_both_languages_and_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    log = write_csv(tmp_path / "hengelo.csv", twente_fixes())
    out = tmp_path / "hengelo.yaml"
    said = _import(capsys, "nl", log, out)
    assert "gevlogen waar hij is opgenomen, " in said and " km van het vliegveld" in said
    assert "flown where" not in said
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["title"] == "Recorded flight hengelo.csv"
    assert data["title_nl"] == "Opgenomen vlucht hengelo.csv"
    assert data["summary"].startswith("A recorded flight (csv, 50 positions, ")
    assert "flown where it was recorded" in data["summary"]
    assert data["summary_nl"].startswith("Een opgenomen vlucht (csv, 50 posities, ")
    assert "gevlogen waar hij is opgenomen" in data["summary_nl"]
    assert "de cursist moet doen" in data["summary_nl"]
    scenario = workspace.prepare(out).scenario  # loads, with its references checked
    assert isinstance(scenario, Scenario)
    i18n.use_language("nl")
    assert scenario.shown_title() == "Opgenomen vlucht hengelo.csv"
    i18n.use_language("en")
    assert scenario.shown_title() == "Recorded flight hengelo.csv"


def test_in_dutch_a_title_given_stays_the_authors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = write_csv(tmp_path / "flight.csv", twente_fixes())
    out = tmp_path / "flight.yaml"
    said = _import(capsys, "nl", log, out, "--to", "52.30,6.90", "--title", "Vlucht boven Hengelo")
    assert "verplaatst naar 52.30000, 6.90000" in said
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["title"] == "Vlucht boven Hengelo" and "title_nl" not in data
    assert "verplaatst naar 52.30000, 6.90000" in data["summary_nl"]
    assert "moved to 52.30000, 6.90000" in data["summary"]


def test_in_english_the_file_is_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = write_csv(tmp_path / "flight.csv", twente_fixes())
    out = tmp_path / "flight.yaml"
    said = _import(capsys, "en", log, out)
    assert "flown where it was recorded, " in said
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert "title_nl" not in data and "summary_nl" not in data
    assert data["summary"].endswith(
        " km from the aerodrome. Describe what happens and what the trainee should do."
    )


def test_a_place_off_the_map_is_refused_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = write_csv(tmp_path / "flight.csv", twente_fixes())
    code = main(["--lang", "nl", "import-log", str(log), "-o", str(tmp_path / "x.yaml"),
                 "--to", "48.85,2.35"])  # fmt: skip
    assert code == 1
    shown = capsys.readouterr().err
    assert "--to 48.85,2.35 ligt 498 km van het vliegveld, buiten de kaart" in shown


def _comments(path: Path) -> list[str]:
    """The file's comment lines (whole-line and after a value), without the '#'."""
    text = path.read_text(encoding="utf-8")
    return [line.split("# ", 1)[1] for line in text.splitlines() if "# " in line]


def test_in_dutch_the_comments_for_the_author_are_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = write_csv(tmp_path / "flight.csv", twente_fixes())
    english, dutch = tmp_path / "en" / "flight.yaml", tmp_path / "nl" / "flight.yaml"
    english.parent.mkdir()
    dutch.parent.mkdir()
    _import(capsys, "en", log, english)
    _import(capsys, "nl", log, dutch)
    said_in_english = _comments(english)
    said_in_dutch = _comments(dutch)
    assert said_in_english[0] == f"Made by `drone-trainer import-log` from {log}."
    assert said_in_dutch[0] == f"Gemaakt door `drone-trainer import-log` uit {log}."
    assert "1 inleidend .. 5 expert" in said_in_dutch
    assert any(c.startswith("de opname (") and " s afgespeeld)" in c for c in said_in_dutch)
    # Only the lists of the format's own values read the same in both.
    same = set(said_in_english) & set(said_in_dutch)
    assert same == {"none | clueless | reckless | criminal", "multirotor | fixed-wing | vtol"}
    data = yaml.safe_load(dutch.read_text(encoding="utf-8"))
    assert data == yaml.safe_load(english.read_text(encoding="utf-8")) | {
        "title_nl": data["title_nl"],
        "summary_nl": data["summary_nl"],
    }


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("short.tlog", b"garbage", "short.tlog: te kort voor een MAVLink-bericht"),
        (
            "twice.csv",
            b"time,t,lat,lon,height\n0,0,52.3,6.9,10\n",
            "twice.csv: regel 1: de kopregel noemt time twee keer (time, t): houd één van die",
        ),
        (
            "entities.gpx",
            b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "x">]><gpx>&a;</gpx>',
            "entities.gpx: geweigerd: de XML declareert entities (<!ENTITY ...>)",
        ),
    ],
)
def test_a_broken_log_is_refused_in_dutch_naming_file_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, said: str
) -> None:
    log = tmp_path / name
    log.write_bytes(content)
    assert main(["--lang", "nl", "import-log", str(log), "-o", str(tmp_path / "x.yaml")]) == 1
    shown = capsys.readouterr().err
    assert said in shown and str(log) in shown, shown


def test_in_dutch_the_timeline_says_how_near_the_runway_it_comes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Over the runway of EHTW at 60 m: the timeline read "komt within 1000 m of the runway".
    fixes = [
        (i * 1.0, 52.27 + i * 0.0002, 6.88 + i * 0.0003, min(60.0, i * 5.0)) for i in range(60)
    ]
    log = write_csv(tmp_path / "runway.csv", fixes)
    out = tmp_path / "runway.yaml"
    _import(capsys, "nl", log, out)
    timeline = out.read_text(encoding="utf-8")
    assert "recorded-1 komt binnen 1000 m van de baan" in timeline
    assert "of the runway" not in timeline
