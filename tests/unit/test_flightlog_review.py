"""An instructor's hostile flight logs (review of issue 11): refused with the file, the place in
it and what is wrong, or read as a Dutch spreadsheet writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.flightlogs.flight_log import FlightLogError
from trainer.flightlogs.text_tracks import read_csv, read_gpx

HEADER = "time,lat,lon,height\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_gps_glitch_to_the_other_side_of_the_earth_is_refused(tmp_path: Path) -> None:
    """A receiver without a fix often logs 0, 0: the replay would jump thousands of km a tick."""
    path = write(tmp_path, "glitch.csv", HEADER + "0,52.29,6.88,10\n1,0,0,20\n2,52.292,6.882,30\n")
    with pytest.raises(FlightLogError) as caught:
        read_csv(path)
    assert caught.value.where == "line 3"
    assert "km" in caught.value.message and "1 s" in caught.value.message


def test_fast_but_possible_flights_and_jitter_at_high_rates_are_kept(tmp_path: Path) -> None:
    # 2 m of jitter 1 ms apart (2,000 m/s) is a sensor's noise, not a jump; 60 m/s is a racer.
    rows = "0,52.29,6.88,10\n0.001,52.29002,6.88,10\n1,52.2905,6.88,10\n2,52.291,6.88,10\n"
    log = read_csv(write(tmp_path, "fast.csv", HEADER + rows))
    assert log.count == 4


def test_dutch_excel_csv_with_decimal_commas(tmp_path: Path) -> None:
    """Excel in Dutch writes ';' between fields and ',' in numbers."""
    text = (
        "tijd;lat;lon;height\n".replace("tijd", "time") + "0;52,29;6,88;10,5\n1,5;52,291;6,881;20\n"
    )
    log = read_csv(write(tmp_path, "excel.csv", text))
    assert log.time_s.tolist() == [0.0, 1.5]
    assert log.lat.tolist() == [52.29, 52.291]
    assert log.height_m.tolist() == [10.5, 20.0]


def test_a_column_named_twice_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path, "twice.csv", "time,lat,lon,height,lat\n0,52.29,6.88,10,1\n1,52.3,6.9,5,2\n"
    )
    with pytest.raises(FlightLogError) as caught:
        read_csv(path)
    assert caught.value.where == "line 1" and "lat" in caught.value.message
    assert "twice" in caught.value.message


def test_xml_entities_are_refused_in_plain_words(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        "<gpx><trk><trkseg><trkpt lat='52.29' lon='6.88'><ele>&b;</ele>"
        "<time>2024-05-01T10:00:00Z</time></trkpt></trkseg></trk></gpx>"
    )
    with pytest.raises(FlightLogError) as caught:
        read_gpx(write(tmp_path, "bomb.gpx", bomb))
    message = str(caught.value)
    assert "bomb.gpx" in message and "entit" in message.lower()
    assert "EntitiesForbidden(" not in message


def test_import_log_to_a_place_off_the_map_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--to far away wrote a scenario that did not load, 'starting 46411 km from the aerodrome'
    (an RD distance: more than the Earth allows)."""
    log = write(tmp_path, "f.csv", HEADER + "0,52.29,6.88,10\n1,52.2905,6.88,10\n")
    output = tmp_path / "out.yaml"
    assert main(["import-log", str(log), "-o", str(output), "--to=-33.9,151.2"]) == 1
    assert not output.exists()
    err = capsys.readouterr().err
    assert "--to" in err and "16,519 km" in err and "50 km" in err  # Sydney from Twente


def test_import_log_never_writes_over_its_own_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o` naming the log itself with --force replaced the recorded flight by the scenario."""
    text = HEADER + "0,52.29,6.88,10\n1,52.2905,6.88,10\n"
    log = write(tmp_path, "flight.csv", text)
    assert main(["import-log", str(log), "-o", str(tmp_path / "." / "flight.csv"), "--force"]) == 1
    assert log.read_text(encoding="utf-8") == text
    assert "flight log itself" in capsys.readouterr().err


def test_import_log_ids_keep_accented_letters(tmp_path: Path) -> None:
    log = write(tmp_path, "f.csv", HEADER + "0,52.29,6.88,10\n1,52.2905,6.88,10\n")
    output = tmp_path / "Vlucht Ütrecht.yaml"
    assert main(["import-log", str(log), "-o", str(output)]) == 0
    assert "\nid: vlucht-utrecht\n" in output.read_text(encoding="utf-8")


def test_a_thousands_separator_is_named_as_written(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "time;lat;lon;height\n0;52,29;6,88;1.234,5\n1;52,3;6,9;5\n")
    with pytest.raises(FlightLogError) as caught:
        read_csv(path)
    assert caught.value.where == "line 2" and "'1.234,5'" in caught.value.message
