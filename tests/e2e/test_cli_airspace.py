"""`drone-trainer airspace FILE...` as a user runs it: one zone a line, warnings and errors on
stderr naming file and line. In-process (main(argv)) but for one subprocess run: fast."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA
from tests.e2e import test_cli
from trainer.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "ed269"
NL_FILE = SHARED_DATA / "openair" / "NL-ASP-National-XCSoar_AIRAC2204.txt"
OPENAIR = """\
AC P
AN EHP 99 Test
AL GND
AH 2000 MSL
V X=52:16:33 N 006:53:21 E
DC 1
AC R
AN Crossed
AL GND
AH 1000 MSL
DP 52:20:00 N 006:50:00 E
DP 52:21:00 N 006:52:00 E
DP 52:20:00 N 006:52:00 E
DP 52:21:00 N 006:50:00 E
AC R
AN Far Away
AL GND
AH FL 100
V X=53:20:00 N 006:00:00 E
DC 2
AC R
AN Spike
AL GND
AH 1000 MSL
DP 52:18:00 N 006:50:00 E
DP 52:19:00 N 006:51:00 E
DP 52:20:00 N 006:52:00 E
DP 52:19:00 N 006:51:00 E
"""


@pytest.fixture()
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        try:
            code = main(["airspace", *map(str, args)])
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return run


def test_the_installed_command() -> None:
    result = test_cli.cli("airspace", DATA / "cis_source_sample_ed269.json")
    assert result.returncode == 0 and result.stdout.startswith("lsxx "), result.stderr


def test_json_lines_for_the_ed318_sample(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(DATA / "cis_source_sample_ed318.json", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["lszb003", "blns058", "lstb002"]
    bern = rows[0]
    assert (bern["lower"], bern["upper"], bern["lower_m"], bern["upper_m"]) == (
        "60 m AGL", "99999 m AGL", 60.0, 99999.0,
    )  # fmt: skip
    assert bern["kind"] == "uas_authorisation" and bern["above"] == "EHTW"
    assert 3.5 < bern["area_km2"] < 5.0
    assert "ed318, 3 zones read, 3 listed" in result.stderr  # format guessed from the content


def test_lines_warnings_and_the_area_filter(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mixed.txt"
    path.write_bytes(OPENAIR.replace("\n", "\r\n").encode("latin-1"))
    result = cli(path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # The bow-tie is listed (as the area it encloses), the spike, with no area, is not.
    assert [line.split()[0] for line in lines] == ["ehp-99-test", "crossed", "far-away"]
    ehp = lines[0]
    # GND to 2000 ft AMSL: 0 to (2000 - 115) ft = 574.5 m above EHTW; a 1 NM circle, 10.8 km2.
    assert "prohibited" in ehp and "GND - 2000 ft AMSL" in ehp and "0.0-574.5 m above EHTW" in ehp
    assert "10.77 km2" in ehp and ehp.endswith("EHP 99 Test")
    assert f"warning: {path}:7: airspace 'Crossed': its outline crosses itself near" in (
        result.stderr
    )
    assert f"warning: {path}:21: airspace 'Spike': is not a valid polygon" in result.stderr
    assert "3 zones read, 3 listed; 1 listed with a repaired outline (see warnings); 1 skipped" in (
        result.stderr
    )
    near = cli(path, "--near", "52.2758,6.8892", "--radius-km", "10", "--json")
    rows = [json.loads(line) for line in near.stdout.splitlines()]
    assert [(row["id"], row["repaired"]) for row in rows] == [
        ("ehp-99-test", False),
        ("crossed", True),
    ]
    kinds = cli(path, "--kind", "restricted", "--json")
    assert [json.loads(line)["upper"] for line in kinds.stdout.splitlines()] == [
        "1000 ft AMSL",
        "FL100",
    ]
    # A repaired zone not listed is not warned of, nor counted.
    prohibited = cli(path, "--kind", "prohibited")
    assert "Crossed" not in prohibited.stderr and "repaired" not in prohibited.stderr
    assert "Spike" in prohibited.stderr  # left out: it could have been of any kind


def test_errors_name_the_file_and_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.json"
    broken.write_text('{\n "UASZoneList": [\n  {"identifier": }\n ]\n}\n', encoding="utf-8")
    result = cli(
        "airspace", broken, tmp_path / "missing.txt", DATA / "cis_source_sample_ed269.json"
    )
    assert result.returncode == 1
    assert f"{broken}: line 3 column 18: Expecting value" in result.stderr
    assert f"{tmp_path / 'missing.txt'}: cannot read the file" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("lsxx ")  # the good file is still listed
    wrong = cli(DATA / "cis_source_sample_ed269.json", "--format", "ed318")
    assert wrong.returncode == 1 and "use format ed269" in wrong.stderr
    usage = cli(broken, "--near", "north")
    assert usage.returncode == 2 and "LAT,LON" in usage.stderr


def test_the_national_file_around_ehtw(cli) -> None:  # type: ignore[no-untyped-def]
    if not NL_FILE.is_file():
        pytest.skip(f"shared test data not present: {NL_FILE} (see ../shared/data/SOURCES.md)")
    result = cli(NL_FILE, "--radius-km", "40", "--json")
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert len(rows) == 16
    # "AN ATZ Twente": AL GND, AH 2200 MSL -> (2200 - 115) ft = 635.5 m above EHTW.
    assert (rows["atz-twente"]["upper"], rows["atz-twente"]["upper_m"]) == ("2200 ft AMSL", 635.5)
    assert rows["atz-twente"]["schedule"] == "06:00-22:59"
    # The file's self-intersecting outlines within 40 km: TMZ E twice, CTA E 2, TMA E NM twice,
    # listed as the area they enclose, each with a warning.
    assert {"tmz-e", "tmz-e-2", "cta-e-2", "tma-e-nm", "tma-e-nm-2"} <= rows.keys()
    assert result.stderr.count("warning: ") == 5
    assert result.stderr.count("its outline crosses itself near 52.23662, 7.05271") == 5
    assert "165 zones read, 16 listed; 5 listed with a repaired outline (see warnings)" in (
        result.stderr
    )
    assert "skipped" not in result.stderr
    everything = cli(NL_FILE, "--json")
    assert everything.stderr.count("warning: ") == 10 and len(everything.stdout.splitlines()) == 165
    assert "10 listed with a repaired outline" in everything.stderr
