"""The scenario model's own checks, the answer key's references and the files a scenario names
(flight logs, airspace imports), in Dutch under nl; English word for word as before."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.errors import ScenarioError
from trainer.launch import Workspace
from trainer.scenario.authoring import ScenarioDocument

Change = Callable[[dict[str, Any]], None]
BASE = yaml.safe_load((SCENARIOS / "bird-flock-false-alarm.yaml").read_text(encoding="utf-8"))


def _key(*path: str | int, **fields: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        target: Any = data["answer_key"]
        for part in path:
            target = target[part]
        target.update(fields)

    return change


def _sensors(*path: str | int, **fields: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        target: Any = data["sensors"]
        for part in path:
            target = target[part]
        target.update(fields)

    return change


def _second_flock(data: dict[str, Any]) -> None:
    data["birds"].append(copy.deepcopy(data["birds"][0]))


def _flock_ends_early(data: dict[str, Any]) -> None:
    data["birds"][0]["end_s"] = 30


def _flies_log(file: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        data["drones"][0]["behaviour"] = {"kind": "log", "file": file}
        del data["drones"][0]["start"]

    return change


def _polygon(*points: tuple[float, float], **zone: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        data["airspace"]["zones"] = [
            {
                "id": "drawn",
                "name": "Drawn",
                "kind": "event_area",
                "lower": "GND",
                "upper": "120 m AGL",
                "polygon": [{"lat": lat, "lon": lon} for lat, lon in points],
                **zone,
            }
        ]

    return change


def _imports(file: str, format_name: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        data["airspace"]["imports"] = [{"file": file, "format": format_name}]

    return change


EXPECTED = "answer_key.incidents[0].expected"
# name -> (change, field, Dutch, English: the English as it always was)
CASES: dict[str, tuple[Change, str, str, str]] = {
    "zone clock": (
        _key("incidents", 0, "expected", 4, clock={"kind": "drone_event", "event": "zone_entered"}),
        f"{EXPECTED}[4].clock.event",
        "gebruik een klok van soort zone_entry of zone_exit, die de zone noemt",
        "use a clock of kind zone_entry or zone_exit, which names the zone",
    ),
    "params where none are judged": (
        _key("incidents", 0, "expected", 3, params={"x": "y"}),
        f"{EXPECTED}[3].params",
        "inform_radio wordt beoordeeld zonder params; haal ze weg",
        "inform_radio is judged without params; remove them",
    ),
    "the wrong param": (
        _key("incidents", 0, "expected", 1, params={"level": "low"}),
        f"{EXPECTED}[1].params",
        "classify wordt alleen beoordeeld op 'classification', niet op 'level'",
        "classify is judged on 'classification' only, not 'level'",
    ),
    "an unknown param value": (
        _key("incidents", 0, "expected", 1, params={"classification": "plane"}),
        f"{EXPECTED}[1].params",
        "onbekende classification 'plane'; verwacht een van drone, bird, manned, false_track",
        "unknown classification 'plane'; expected one of drone, bird, manned, false_track",
    ),
    "a runway action expected": (
        _key("incidents", 0, "expected", 3, kind="suspend_operations"),
        f"{EXPECTED}[3].kind",
        "zet suspend_operations in het deel `suspension` van het incident",
        "put suspend_operations in the incident's `suspension` section",
    ),
    "a runway action penalised": (
        _key("incidents", 0, "penalised", 1, kind="suspend_operations"),
        "answer_key.incidents[0].penalised[1].kind",
        "een onnodige opschorting kost `suspension.penalty`; stel die in",
        "a needless suspension costs `suspension.penalty`; set that instead",
    ),
    "an order of one action": (
        _key("incidents", 0, order=[{"first": "acknowledge", "then": "acknowledge", "points": 5}]),
        "answer_key.incidents[0].order[0]",
        "first en then moeten verschillende acties zijn",
        "first and then must be different actions",
    ),
    "a warranted suspension without its fields": (
        _key("incidents", 0, suspension={"warranted": True}),
        "answer_key.incidents[0].suspension",
        "een terechte opschorting heeft warranted_from, window_s, points nodig",
        "a warranted suspension needs warranted_from, window_s, points",
    ),
    "an unwarranted suspension with points": (
        _key("incidents", 0, suspension={"warranted": False, "points": 5}),
        "answer_key.incidents[0].suspension",
        "een onterechte opschorting heeft alleen `penalty`; haal points weg",
        "an unwarranted suspension takes only `penalty`; remove points",
    ),
    "a false track expected to be reported": (
        _key("false_tracks", "expected", 0, kind="notify_police", params={}),
        "answer_key.false_tracks.expected[0].kind",
        "van een valse track kan alleen acknowledge of een beoordeling verwacht worden",
        "only acknowledge or a judgement can be expected of a false track",
    ),
    "a duplicate incident": (
        _key("incidents", 1, id="lapwings-in-approach"),
        "answer_key.incidents[1].id",
        "incident-id 'lapwings-in-approach' komt twee keer voor",
        "duplicate incident id 'lapwings-in-approach'",
    ),
    "an unknown flock": (
        _key("incidents", 0, drone="bird:geese"),
        "answer_key.incidents[0].drone",
        "onbekende vogelzwerm 'geese' (vogels: lapwings)",
        "unknown bird flock 'geese' (birds: lapwings)",
    ),
    "an unknown drone": (
        _key("incidents", 1, drone="ghost"),
        "answer_key.incidents[1].drone",
        "onbekende drone 'ghost' (drones: survey-1)",
        "unknown drone 'ghost' (drones: survey-1)",
    ),
    "two incidents of one drone": (
        _key("incidents", 1, drone="bird:lapwings"),
        "answer_key.incidents[1].drone",
        "drone 'bird:lapwings' heeft al incident 'lapwings-in-approach'",
        "drone 'bird:lapwings' already has incident 'lapwings-in-approach'",
    ),
    "an unknown zone": (
        _key("incidents", 0, clock={"kind": "zone_entry", "zone": "approach-2e"}),
        "answer_key.incidents[0].clock.zone",
        "onbekende zone 'approach-2e'; bedoel je 'approach-23'?",
        "unknown zone 'approach-2e'; did you mean 'approach-23'?",
    ),
    "a clock at the end": (
        _key("incidents", 0, clock={"kind": "time", "at_s": 600}),
        "answer_key.incidents[0].clock.at_s",
        "op 600 s, niet vóór het einde van het scenario (600 s)",
        "at 600 s, not before the scenario ends (600 s)",
    ),
    "an outage that ends first": (
        _sensors("radars", 0, outages=[{"from_s": 100, "to_s": 50}]),
        "sensors.radars[0].outages[0]",
        "to_s (50 s) moet later zijn dan from_s (100 s)",
        "to_s (50 s) must be later than from_s (100 s)",
    ),
    "a reference range beyond the maximum": (
        _sensors("radars", 0, reference_range_m=9000),
        "sensors.radars[0]",
        "reference_range_m moet korter zijn dan max_range_m",
        "reference_range_m must be shorter than max_range_m",
    ),
    "a track dropped before it coasts": (
        _sensors(tracker={"coast_after_s": 10, "drop_after_s": 5}),
        "sensors.tracker",
        "drop_after_s moet langer zijn dan coast_after_s",
        "drop_after_s must be longer than coast_after_s",
    ),
    "two sensors of one id": (
        _sensors("rf_detectors", 0, id="radar"),
        "sensors",
        "sensor-id's moeten uniek zijn; meer dan eens gebruikt: radar",
        "sensor ids must be unique; used more than once: radar",
    ),
    "a flock that ends before it starts": (
        _flock_ends_early,
        "birds[0]",
        "end_s (30 s) moet later zijn dan start_s (60 s)",
        "end_s (30 s) must be later than start_s (60 s)",
    ),
    "two flocks of one id": (
        _second_flock,
        "birds",
        "id's moeten uniek zijn; meer dan eens gebruikt: lapwings",
        "ids must be unique; used more than once: lapwings",
    ),
    "a polygon on one line": (
        _polygon((52.29, 6.88), (52.30, 6.88), (52.31, 6.88)),
        "airspace.zones[0].polygon",
        "polygoon heeft geen oppervlak: de punten vallen samen of liggen op één lijn",
        "polygon has no area: its points coincide or lie on one line",
    ),
    "a sliver of a polygon": (
        _polygon((52.29, 6.88), (52.31, 6.90), (52.29, 6.92), (52.30996, 6.90)),  # a thin chevron
        "airspace.zones[0].polygon",
        "polygoon heeft bijna geen oppervlak: een dunne reep, controleer de punten",
        "polygon has almost no area: it is a sliver, check its points",
    ),
    "a limit that cannot be read": (
        _polygon((52.29, 6.88), (52.30, 6.88), (52.30, 6.89), lower="laag"),
        "airspace.zones[0].lower",
        "hoogtegrens 'laag' is niet te lezen: schrijf GND, UNL, FL<n> of '<getal> m|ft AGL|AMSL'",
        "cannot read vertical limit 'laag': write GND, UNL, FL<n>, or '<number> m|ft AGL|AMSL'",
    ),
    "a schedule that cannot be read": (
        _polygon((52.29, 6.88), (52.30, 6.88), (52.30, 6.89), schedule="overdag"),
        "airspace.zones[0].schedule",
        "tijden 'overdag' zijn niet te lezen: schrijf 'UU:MM-UU:MM' in lokale tijd",
        "cannot read schedule 'overdag': write 'HH:MM-HH:MM' in local time",
    ),
    "a log that is not there": (
        _flies_log("missing.csv"),
        "drones[0].behaviour.file",
        "missing.csv: kan het bestand niet lezen: bestand of map bestaat niet",
        "missing.csv: cannot read file: No such file or directory",
    ),
    "a log of an unknown kind": (
        _flies_log("flight.xyz"),
        "drones[0].behaviour.file",
        "flight.xyz: onbekende extensie '.xyz' voor een vluchtlog; bekend: .ulg (ulog)",
        "flight.xyz: unknown flight log extension '.xyz'; known: .ulg (ulog)",
    ),
    "a log without positions": (
        _flies_log("header.csv"),
        "drones[0].behaviour.file",
        "header.csv: geen posities in het bestand",
        "header.csv: no positions in the file",
    ),
    "a GPX log that is not XML": (
        _flies_log("broken.gpx"),
        "drones[0].behaviour.file",
        "broken.gpx: regel 3: geen goedgevormde XML (kolom 2)",
        "broken.gpx: line 3: not well-formed XML (column 2)",
    ),
    "a log flown far away": (
        _flies_log("paris.csv"),
        "drones[0].behaviour.file",
        "de vlucht begint 498 km van het vliegveld, buiten de kaart van de trainer (hoogstens "
        "50 km); geef behaviour.shift.to om hem hier te vliegen",
        "the flight starts 498 km from the aerodrome, off the trainer's map (at most 50 km); "
        "give behaviour.shift.to to fly it here",
    ),
    "an airspace file that is not there": (
        _imports("nowhere.geojson", "geojson"),
        "airspace.imports[0].file",
        "nowhere.geojson: kan het bestand niet lezen: bestand of map bestaat niet",
        "nowhere.geojson: cannot read the file: No such file or directory",
    ),
    "an airspace file that is not JSON": (
        _imports("bad.geojson", "geojson"),
        "airspace.imports[0].file",
        "bad.geojson: regel 1 kolom 44: geen geldige JSON (hier hoort een waarde)",
        "bad.geojson: line 1 column 44: Expecting value",
    ),
    "an airspace file that is a folder": (
        _imports(".", "openair"),
        "airspace.imports[0].file",
        "een map, geen luchtruimbestand",
        "a folder, not an airspace file",
    ),
}

FILES = {
    "header.csv": "time,lat,lon,height\n",
    "broken.gpx": "<gpx><trk>\n<trkseg>\n</gpx>",
    "paris.csv": "time,lat,lon,height\n0,48.85,2.35,0\n10,48.851,2.35,20\n",
    "flight.xyz": "x",
    "bad.geojson": '{"type": "FeatureCollection", "features": [,]}',
}


@pytest.fixture
def speaking() -> Iterator[Callable[[i18n.Language], None]]:
    yield i18n.use_language
    i18n.use_language("en")


def _problems(folder: Path, change: Change, workspace: Workspace) -> str:
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    data = copy.deepcopy(BASE)
    change(data)
    broken = folder / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ScenarioError) as raised:
        workspace.prepare(broken)
    return str(raised.value)


@pytest.mark.parametrize("name", list(CASES))
def test_the_problem_in_dutch_names_its_field(
    name: str,
    tmp_path: Path,
    workspace: Workspace,
    speaking: Callable[[i18n.Language], None],
) -> None:
    change, field, dutch, english = CASES[name]
    speaking("nl")
    shown = _problems(tmp_path, change, workspace)
    assert shown.splitlines()[0].endswith(": 1 probleem"), shown
    assert f" {field}: " in shown and dutch in shown, shown
    assert english not in shown
    speaking("en")
    shown = _problems(tmp_path, change, workspace)
    assert f" {field}: " in shown and english in shown, shown


def test_the_editor_opening_a_file_that_is_not_utf8_says_so_in_dutch(
    tmp_path: Path, speaking: Callable[[i18n.Language], None]
) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"title: caf\xe9\n")
    for language, words in (
        (
            "nl",
            "byte 0xE9 in kolom 11 is geen UTF-8: het bestand lijkt opgeslagen als Windows-1252",
        ),
        ("en", "byte 0xE9 in column 11 is not UTF-8: the file looks saved as Windows-1252"),
    ):
        speaking(language)
        with pytest.raises(ScenarioError, match=rf"latin\.yaml:1: {re.escape(words)}"):
            ScenarioDocument.open(latin)
    speaking("nl")
    with pytest.raises(ValueError, match=r"^geen bestand om in op te slaan$"):
        ScenarioDocument.new().save()
