"""Slips a scenario author makes by hand, found walking the author's path: each gives a message
that names the field and what was written, or reads as the author meant, never a silent change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.errors import Problem, ScenarioError
from trainer.launch import Workspace

BASE_FILE = SCENARIOS / "inspection-fence.yaml"
BASE = BASE_FILE.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "slip.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path, workspace: Workspace) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    return caught.value.problems


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# -- YAML 1.1's plain scalars: 10:00 is not 600, yes is not 1 -------------------------------------


def test_an_unquoted_start_time_is_the_time_written(tmp_path: Path, workspace: Workspace) -> None:
    assert 'start_time_local: "' in BASE
    text = BASE.replace('start_time_local: "10:30"', "start_time_local: 10:30")
    assert "start_time_local: 10:30\n" in text
    run = workspace.prepare(write(tmp_path, text))
    assert run.scenario.start_time_local == "10:30"


@pytest.mark.parametrize("written", ["yes", "on", "no", "10:00", "off"])
def test_a_word_or_clock_time_for_a_number_is_refused_as_written(
    written: str, tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE.replace("duration_s: 600", f"duration_s: {written}")
    assert f"duration_s: {written}\n" in text
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "duration_s"
    assert problem.line == line_of(text, "duration_s")
    assert repr(written) in problem.message  # what the author wrote, not 1, 0 or 600


def test_yes_and_no_still_answer_a_yes_no_field(tmp_path: Path, workspace: Workspace) -> None:
    assert "broadcast: true" in BASE
    for written, meant in (("yes", True), ("no", False), ("On", True), ("OFF", False)):
        text = BASE.replace("broadcast: true", f"broadcast: {written}")
        run = workspace.prepare(write(tmp_path, text))
        (drone,) = run.scenario.drones
        assert drone.remote_id.broadcast is meant


# -- files saved in another encoding than UTF-8 ----------------------------------------------------


def test_a_scenario_saved_as_utf16_says_so(tmp_path: Path, workspace: Workspace) -> None:
    path = tmp_path / "notepad.yaml"
    path.write_bytes(BASE.encode("utf-16"))  # Notepad's "Unicode": a byte-order mark, then LE
    (problem,) = problems_of(path, workspace)
    assert problem.file == str(path)
    assert "UTF-16" in problem.message and "save the file again as UTF-8" in problem.message


def test_a_scenario_saved_as_windows_1252_names_line_column_and_letter(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE.replace("title_nl: ", "title_nl: Café ")
    path = tmp_path / "latin.yaml"
    path.write_bytes(text.encode("cp1252"))
    line = line_of(text, "title_nl: ")
    (problem,) = problems_of(path, workspace)
    assert problem.line == line
    column = text.splitlines()[line - 1].index("é") + 1
    assert f"byte 0xE9 in column {column}" in problem.message
    assert "Windows-1252" in problem.message and "'é'" in problem.message


def test_the_same_in_dutch(tmp_path: Path, workspace: Workspace) -> None:
    from trainer.i18n import use_language

    path = tmp_path / "notepad.yaml"
    path.write_bytes(BASE.encode("utf-16"))
    use_language("nl")  # the autouse fixture in tests/conftest.py goes back to English
    (problem,) = problems_of(path, workspace)
    assert "opgeslagen als UTF-16" in problem.message


def test_a_csv_log_or_a_zone_file_in_another_encoding_says_which_line(tmp_path: Path) -> None:
    from trainer.errors import AssetError
    from trainer.flightlogs.flight_log import FlightLogError
    from trainer.flightlogs.text_tracks import read_csv
    from trainer.geo.crs import Projector
    from trainer.geo.formats.openair import read_openair
    from trainer.geo.imports import AirspaceFormat, read_airspace

    log = tmp_path / "flight.csv"
    log.write_bytes("time,lat,lon,height\n# pilot: José\n0,52.29,6.88,0\n".encode("cp1252"))
    with pytest.raises(FlightLogError) as caught:
        read_csv(log)
    assert "line 2" in str(caught.value) and "'é'" in str(caught.value)

    zones = tmp_path / "zones.geojson"
    zones.write_bytes('{"type": "FeatureCollection",\n "name": "Zürich"}'.encode("cp1252"))
    with pytest.raises(AssetError) as refused:
        read_airspace(zones, AirspaceFormat.GEOJSON, Projector(), 35.0)
    assert "line 2: byte 0xFC in column 12" in str(refused.value)

    openair = tmp_path / "zones.txt"
    openair.write_bytes("AC R\nAN Test\nAL GND\nAH 1000 MSL\n".encode("utf-16"))
    with pytest.raises(AssetError, match="UTF-16"):
        read_openair(openair, Projector())


# -- a check of a whole section names its values, not the section as written ---------------------


def test_an_authorisation_ending_before_it_starts_names_both_times(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE.replace("valid_from_s: 0\n", "valid_from_s: 500\n").replace(
        "valid_to_s: 900", "valid_to_s: 100"
    )
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "drones[0].authorisation"
    assert problem.message == "valid_to_s (100 s) must be later than valid_from_s (500 s)"
    assert "{" not in problem.message and "reference" not in problem.message


def test_a_sensor_outage_ending_before_it_starts_names_both_times(
    tmp_path: Path, workspace: Workspace
) -> None:
    from trainer.i18n import use_language

    text = (
        BASE + "sensors:\n  radars:\n    - id: radar\n      outages: [{from_s: 300, to_s: 120.5}]\n"
    )
    use_language("nl")
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "sensors.radars[0].outages[0]"
    assert problem.message == "to_s (120,5 s) moet later zijn dan from_s (300 s)"


# -- a text log cut short flies up to its last complete record, as a binary one does -------------


def test_a_gpx_log_cut_anywhere_after_two_points_gives_the_points_before_the_cut(
    tmp_path: Path,
) -> None:
    from tests.unit.flightlog_writers import twente_fixes, write_gpx
    from trainer.flightlogs.text_tracks import read_gpx

    fixes = twente_fixes(20)
    whole = write_gpx(tmp_path / "whole.gpx", fixes).read_bytes()
    ends = [whole.index(b"</trkpt>", 1) + len(b"</trkpt>")]
    while len(ends) < len(fixes):
        ends.append(whole.index(b"</trkpt>", ends[-1]) + len(b"</trkpt>"))
    cut = tmp_path / "cut.gpx"
    for size in range(ends[1], len(whole) - len(b"</gpx>\n"), 37):
        cut.write_bytes(whole[:size])
        complete = sum(end <= size for end in ends)
        flight = read_gpx(cut)
        assert flight.count == complete, size
        assert flight.lat[-1] == pytest.approx(fixes[complete - 1][1])


def test_a_gpx_log_broken_in_the_middle_is_still_refused_with_its_line(tmp_path: Path) -> None:
    from tests.unit.flightlog_writers import twente_fixes, write_gpx
    from trainer.flightlogs.flight_log import FlightLogError
    from trainer.flightlogs.text_tracks import read_gpx

    path = write_gpx(tmp_path / "broken.gpx", twente_fixes(20))
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    lines[8] = lines[8].replace("</ele>", "</elevation>")
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(FlightLogError, match="line 9: not well-formed XML"):
        read_gpx(path)


def test_a_csv_log_cut_in_its_last_line_gives_the_lines_before(tmp_path: Path) -> None:
    from tests.unit.flightlog_writers import twente_fixes, write_csv
    from trainer.flightlogs.flight_log import FlightLogError
    from trainer.flightlogs.text_tracks import read_csv

    path = write_csv(tmp_path / "flight.csv", twente_fixes(20))
    text = path.read_text(encoding="utf-8")
    before_last, last = text.rstrip("\n").rsplit("\n", 1)
    cut = before_last + "\n" + last[: last.index(",") + 4]  # time and half a latitude
    path.write_text(cut, encoding="utf-8")
    assert read_csv(path).count == 19
    # A short line that the file goes on after, or that ends with a line break, is a mistake.
    path.write_text(cut + "\n", encoding="utf-8")
    with pytest.raises(FlightLogError, match="line 21: 2 fields, the header has 4 columns"):
        read_csv(path)


# -- an unknown zone id: the nearest spelling, or the ids there are ------------------------------


def test_an_unknown_zone_far_from_any_id_lists_the_scenarios_zones(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE.replace("zones: [uas-ehtw-core,", "zones: [runway,")
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "drones[0].authorisation.zones[0]"
    assert problem.message.startswith("unknown zone 'runway'; the scenario's 9 zones: ")
    for zone in ("approach-05", "approach-23", "atz-twente", "uas-ehtw-core", "test-area-twente"):
        assert zone in problem.message


def test_an_answer_keys_unknown_zone_lists_them_too_and_a_near_miss_is_named(
    tmp_path: Path, workspace: Workspace
) -> None:
    assert "answer_key:" in BASE
    clock = "      clock: {kind: zone_entry, zone: %s}\n"
    text = BASE.replace("      clock: {kind: first_detection}\n", clock % "runway", 1)
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "answer_key.incidents[0].clock.zone"
    assert "the scenario's 9 zones: approach-05, approach-23," in problem.message
    text = BASE.replace("      clock: {kind: first_detection}\n", clock % "aproach-23", 1)
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.message == "unknown zone 'aproach-23'; did you mean 'approach-23'?"


# -- validate given a folder by mistake --------------------------------------------------------


def test_validate_names_a_folder_without_scenarios(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer import cli

    empty = tmp_path / "mine.yaml"  # a folder, made by a tool that wanted a file
    empty.mkdir()
    good = write(tmp_path, BASE, "good.yaml")
    assert cli.main(["validate", str(empty), str(good)]) == 0
    out, err = capsys.readouterr()
    assert f"{empty}: a folder without scenario files (*.yaml, *.yml)" in err
    assert f"{good}: ok" in out and "1 valid, 0 broken" in err
    assert cli.main(["--lang", "nl", "validate", str(empty)]) == 1
    out, err = capsys.readouterr()
    assert err == f"{empty}: een map zonder scenariobestanden (*.yaml, *.yml)\n"  # once


def test_validate_counts_a_folder_it_cannot_read_as_broken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer import cli
    from trainer.scenario import files

    def refused(folder: Path, recursive: bool = False) -> list[Path]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "scenario_files", refused)
    good = write(tmp_path, BASE, "good.yaml")
    assert cli.main(["validate", str(tmp_path), str(good)]) == 1
    out, err = capsys.readouterr()
    assert f"{tmp_path}: cannot read the folder: " in out and "1 valid, 1 broken" in err


# -- a runway written as a number ---------------------------------------------------------------


@pytest.mark.parametrize(("written", "meant"), [("23", "23"), ("05", "05"), ("5", "05")])
def test_a_runway_written_as_a_number_is_that_runway(
    written: str, meant: str, tmp_path: Path, workspace: Workspace
) -> None:
    text = (SCENARIOS / "drone-near-manned-final.yaml").read_text(encoding="utf-8")
    assert 'runway: "23"' in text
    run = workspace.prepare(write(tmp_path, text.replace('runway: "23"', f"runway: {written}")))
    (flight,) = run.scenario.manned
    assert flight.runway == meant


def test_a_runway_the_aerodrome_lacks_names_it_as_two_digits(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = (SCENARIOS / "drone-near-manned-final.yaml").read_text(encoding="utf-8")
    (problem,) = problems_of(write(tmp_path, text.replace('runway: "23"', "runway: 11")), workspace)
    assert problem.field == "manned[0].runway"
    assert problem.message == "Input should be '05' or '23' (got '11')"


# -- an id that is a number ---------------------------------------------------------------------


def test_a_drone_id_written_as_a_number_asks_for_quotes(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE.replace("id: inspection-1", "id: 1").replace("drone: inspection-1", 'drone: "1"')
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "drones[0].id"
    assert problem.message == (
        'Input should be a valid string (got 1); put text that looks like a number in quotes: "1"'
    )
    assert workspace.prepare(write(tmp_path, text.replace("id: 1", 'id: "1"'))).scenario


# -- a zone drawn in the scenario whose outline crosses itself ------------------------------------


BOW_TIE = """  zones:
    - id: bow-tie
      name: Bow tie
      kind: event_area
      lower: GND
      upper: 120 m AGL
      polygon: [{lat: 52.28, lon: 6.87}, {lat: 52.29, lon: 6.89}, {lat: 52.28, lon: 6.89},
                {lat: 52.29, lon: 6.87}]
"""


def test_a_crossing_outline_is_placed_in_degrees_in_english_and_dutch(
    tmp_path: Path, workspace: Workspace
) -> None:
    from trainer.i18n import use_language

    assert "airspace:\n  assets: [twente]\nwind:" in BASE
    path = write(tmp_path, BASE.replace("\nwind:", "\n" + BOW_TIE + "wind:", 1))
    (problem,) = problems_of(path, workspace)
    assert problem.field == "airspace.zones[0].polygon"
    assert problem.message == (
        "invalid polygon: Self-intersection near 52.28500, 6.88000 (lat, lon); edges must not cross"
    )
    use_language("nl")
    (problem,) = problems_of(path, workspace)
    assert "snijdt zichzelf bij 52.28500, 6.88000" in problem.message


def test_a_sighting_of_an_unknown_drone_names_its_line(
    tmp_path: Path, workspace: Workspace
) -> None:
    sightings = "sensors:\n  sightings:\n    - {at_s: 150, drone: inspection-2}\n"
    text = BASE.replace("\nwind:", "\n" + sightings + "wind:", 1)
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "sensors.sightings[0].drone"
    assert problem.line == line_of(text, "    - {at_s: 150, drone: inspection-2}")
    assert problem.message == "unknown drone 'inspection-2' (drones: inspection-1)"


def test_a_csv_line_the_csv_reader_refuses_is_named_in_dutch_too(tmp_path: Path) -> None:
    from trainer.flightlogs.flight_log import FlightLogError
    from trainer.flightlogs.text_tracks import read_csv
    from trainer.i18n import use_language

    path = tmp_path / "flight.csv"
    path.write_text("time,lat,lon,height\n0,52.29,6.88," + "1" * 200_000 + "\n")
    use_language("nl")
    with pytest.raises(FlightLogError) as caught:
        read_csv(path)
    assert str(caught.value).endswith(
        "regel 2: geen CSV-regel: een veld van meer dan 131072 tekens"
    )


# -- simulate --until past the end ---------------------------------------------------------------


def test_simulate_until_past_the_end_stops_at_the_end_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer import cli

    path = write(tmp_path, BASE)
    assert cli.main(["simulate", str(path), "--json", "--until", "1e9"]) == 0
    out, err = capsys.readouterr()
    assert "--until 1e+09 is past the scenario's end (600 s): simulated to its end" in err
    end = out.strip().splitlines()[-1]
    assert '"kind": "end"' in end and '"time_s": 600.0' in end


# -- import-log to a name the library does not list ---------------------------------------------


def test_import_log_to_a_name_without_yaml_writes_it_and_says_it_will_not_be_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.flightlog_writers import twente_fixes, write_csv
    from trainer import cli

    log = write_csv(tmp_path / "flight.csv", twente_fixes(20))
    out = tmp_path / "scenario.txt"
    assert cli.main(["import-log", str(log), "-o", str(out)]) == 0
    assert out.is_file()
    _, err = capsys.readouterr()
    assert f"{out}: a name without .yaml or .yml: the scenario library" in err
    assert cli.main(["import-log", str(log), "-o", str(tmp_path / "scenario.YML")]) == 0
    assert "without .yaml" not in capsys.readouterr().err


def test_the_airspace_summary_of_one_zone_says_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer import cli

    path = tmp_path / "one.txt"
    path.write_text("AC R\nAN Test\nAL GND\nAH 1000 MSL\nV X=52:17:00 N 006:53:00 E\nDC 1\n")
    assert cli.main(["airspace", str(path)]) == 0
    assert f"{path}: openair, 1 zone read, 1 listed" in capsys.readouterr().err
    assert cli.main(["--lang", "nl", "airspace", str(path)]) == 0
    assert f"{path}: openair, 1 zone gelezen, 1 getoond" in capsys.readouterr().err


# -- flight-log messages in Dutch, and a damaged ULog said to be damaged ---------------------------


def test_a_gps_glitch_is_refused_in_dutch(tmp_path: Path) -> None:
    from trainer.flightlogs.flight_log import FlightLogError
    from trainer.flightlogs.text_tracks import read_csv
    from trainer.i18n import use_language

    path = tmp_path / "glitch.csv"
    path.write_text("time,lat,lon,height\n0,52.29,6.88,10\n1.5,0,0,20\n")
    use_language("nl")
    with pytest.raises(FlightLogError) as caught:
        read_csv(path)
    assert caught.value.where == "regel 3"
    assert (
        "in 1,5 s" in caught.value.message and "zo snel vliegt geen drone" in caught.value.message
    )
    assert "Verwijder die positie" in caught.value.message


def test_a_ulog_damaged_before_its_positions_says_it_is_damaged(
    tmp_path: Path, shared_data: Path
) -> None:
    from trainer.flightlogs.flight_log import FlightLogError
    from trainer.flightlogs.ulog import read_ulog
    from trainer.i18n import use_language

    whole = (shared_data / "flightlogs" / "sample_log_small.ulg").read_bytes()
    damaged = bytearray(whole)
    damaged[200:4000] = bytes(range(256)) * 14 + bytes(range(216))  # its message definitions
    path = tmp_path / "damaged.ulg"
    path.write_bytes(bytes(damaged))
    with pytest.raises(FlightLogError, match="the log is damaged: no GPS position"):
        read_ulog(path)
    use_language("nl")
    with pytest.raises(FlightLogError, match="het log is beschadigd"):
        read_ulog(path)
    path.write_bytes(whole[:5000])  # cut before any position: not damaged, only short
    with pytest.raises(FlightLogError, match="geen GPS-posities: geen van de topics"):
        read_ulog(path)


def test_a_number_as_a_key_is_named_on_its_own_line(tmp_path: Path, workspace: Workspace) -> None:
    text = BASE.replace("seed: 1\n", "seed: 1\n1: x\n", 1)
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.line == line_of(text, "1: x")
    assert problem.message == "Keys should be strings (got 1)"


# -- traffic that would start after the end -------------------------------------------------------


def test_a_flight_or_flock_starting_after_the_end_is_refused_as_a_drone_is(
    tmp_path: Path, workspace: Workspace
) -> None:
    traffic = (
        "manned:\n"
        "  - {id: abc, callsign: PH-ABC, kind: circuit, runway: '23', start_s: 9000}\n"
        "birds:\n"
        "  - {id: geese, start_s: 600, start: {lat: 52.309, lon: 6.915, alt_agl_m: 70},"
        " course_deg: 144}\n"
    )
    text = BASE.replace("\nwind:", "\n" + traffic + "wind:", 1)
    problems = problems_of(write(tmp_path, text), workspace)
    assert [(p.field, p.message) for p in problems] == [
        ("manned[0].start_s", "starts at 9000 s, after the scenario ends"),
        ("birds[0].start_s", "starts at 600 s, after the scenario ends"),
    ]


def test_an_outage_sighting_or_authorisation_starting_after_the_end_is_refused(
    tmp_path: Path, workspace: Workspace
) -> None:
    sensors = (
        "sensors:\n"
        "  radars: [{id: radar, outages: [{from_s: 700, to_s: 800}]}]\n"
        "  sightings:\n"
        "    - {at_s: 5000, drone: inspection-1}\n"
    )
    text = BASE.replace("\nwind:", "\n" + sensors + "wind:", 1)
    text = text.replace("valid_from_s: 0\n", "valid_from_s: 600\n").replace(
        "valid_to_s: 900", "valid_to_s: 1000"
    )
    problems = problems_of(write(tmp_path, text), workspace)
    assert sorted((p.field, p.message) for p in problems) == [
        ("drones[0].authorisation.valid_from_s", "starts at 600 s, after the scenario ends"),
        ("sensors.radars[0].outages[0].from_s", "starts at 700 s, after the scenario ends"),
        ("sensors.sightings[0].at_s", "at 5000 s, after the scenario ends"),
    ]
