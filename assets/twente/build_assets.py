"""Computes the Twente asset GeoJSON files (aerodrome, airspace, orientation) from sourced facts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import LineString, Point, Polygon, mapping
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script from a checkout, trainer not installed
    sys.path.insert(0, str(REPO))

from trainer.geo.crs import Projector  # noqa: E402

GENERATOR = "assets/twente/build_assets.py"
DECIMALS = 7  # about 1 cm; keeps the files stable across runs and readable in diffs
FT = 0.3048
GEOD = Geod(ellps="WGS84")

# ---------------------------------------------------------------------------------------------
# Facts, each with its source.
# ---------------------------------------------------------------------------------------------
SRC_RUNWAY = (
    "OurAirports runways.csv, EHTW runway 05/23 (public domain, davidmegginson/ourairports-data)"
)
SRC_THRESHOLD = (
    SRC_RUNWAY + "; threshold computed by build_assets.py: displaced threshold distance from the "
    "runway end along the end-to-end geodesic (pyproj Geod, WGS84)"
)
SRC_ARP = (
    "eAIP Netherlands AD 2 EHTW (LVNL): ARP 52°16'33\"N 006°53'21\"E, elevation 115 ft; "
    "Twente Radio 119.955 MHz also in OurAirports airport-frequencies.csv (public domain)"
)
SRC_OPENAIR = (
    "Dutch national OpenAir file AIRAC 2204 (Glider Pilot Shop, NL-ASP-National-XCSoar, "
    "'SOURCE: AIP The Netherlands'), ATZ Twente and RMZ EHTW"
)
CONSTRUCT = "training construct, not published airspace"
SRC_TOWN = "general knowledge, approximate town centre (product brief)"
SRC_MOTORWAY = (
    "general knowledge, approximate: a schematic course after the product brief, not surveyed; "
    "do not measure from it"
)
SRC_BORDER = (
    "approximate: the eastern vertices of ATZ Twente near 7°02'E, which follow the Dutch-German "
    "border (OpenAir AIRAC 2204, product brief), extended a few km north and south by hand"
)

# OurAirports runways.csv row 237942 (le = "05" end, he = "23" end), as (lat, lon) degrees.
END_05 = (52.2681999206543, 6.871230125427246)
END_23 = (52.28350067138672, 6.907110214233398)
WIDTH_M = 45.0  # width_ft 148 = 45.1 m; the brief gives 45 m
DISPLACED_FT = (935.0, 972.0)  # le_/he_displaced_threshold_ft
TRUE_HEADINGS_DEG = (56.0, 236.0)  # le_/he_heading_degT
LENGTH_FT = 9801  # length_ft, kept for reference; the geometry comes from the end coordinates

ARP = (52 + 16 / 60 + 33 / 3600, 6 + 53 / 60 + 21 / 3600)  # 52°16'33"N 006°53'21"E, eAIP AD 2 EHTW
ELEVATION_FT = 115.0  # eAIP AD 2 EHTW
RADIO_NAME, RADIO_MHZ = "Twente Radio", 119.955  # eAIP AD 2 EHTW; airport-frequencies.csv

# ATZ Twente = RMZ EHTW outline, OpenAir AIRAC 2204 (lines 1012-1021 and 6669-6678), as published.
DMS = tuple[int, int, int]
ATZ_DMS: tuple[tuple[DMS, DMS], ...] = (
    ((52, 17, 7), (6, 44, 36)),
    ((52, 21, 38), (6, 59, 18)),
    ((52, 18, 49), (7, 2, 37)),
    ((52, 18, 14), (7, 2, 3)),
    ((52, 17, 21), (7, 2, 12)),
    ((52, 16, 55), (7, 1, 56)),
    ((52, 16, 18), (7, 1, 55)),
    ((52, 15, 54), (7, 2, 8)),
    ((52, 10, 37), (6, 47, 19)),
    ((52, 13, 39), (6, 43, 12)),
)
ATZ_EAST_EDGE = slice(2, 8)  # the vertices near 7°02'E that follow the border
ATZ_LIMITS = ("GND", "2200 ft AMSL")  # "AL GND", "AH 2200 MSL"
ATZ_SCHEDULE = "06:00-22:59"  # "AW MON.06:00L-22:59L" ... every day of the week, local time
DRONE_LIMITS = ("GND", "120 m AGL")  # open-category ceiling, EU 2019/947


def dms(d: int, m: int, s: int) -> float:
    return d + m / 60 + s / 3600


# ---------------------------------------------------------------------------------------------
# Geometry helpers: constructs are drawn in RD New metres, then written as lon/lat.
# ---------------------------------------------------------------------------------------------
class Builder:
    """Projection helpers shared by the three files; one pyproj transformer pair for the run."""

    def __init__(self) -> None:
        self.projector = Projector()

    def rd(self, lat: float, lon: float) -> tuple[float, float]:
        return self.projector.to_rd(lat, lon)

    def to_lonlat(self, geometry: BaseGeometry) -> BaseGeometry:
        def to_lonlat(xy: np.ndarray) -> np.ndarray:
            lat, lon = self.projector.to_wgs84(xy[:, 0], xy[:, 1])
            return np.column_stack([lon, lat])

        return shapely.transform(geometry, to_lonlat)

    def to_rd(self, geometry_lonlat: BaseGeometry) -> BaseGeometry:
        def to_rd(lonlat: np.ndarray) -> np.ndarray:
            return np.column_stack(self.projector.to_rd(lonlat[:, 1], lonlat[:, 0]))

        return shapely.transform(geometry_lonlat, to_rd)

    def square(self, lat: float, lon: float, side_m: float) -> Polygon:
        """A square aligned with the RD grid, in RD metres."""
        x, y = self.rd(lat, lon)
        h = side_m / 2
        return Polygon([(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)])

    def circle(self, lat: float, lon: float, radius_m: float) -> Polygon:
        return Point(self.rd(lat, lon)).buffer(radius_m, quad_segs=16)


def thresholds() -> tuple[tuple[float, float], tuple[float, float], float]:
    """The displaced thresholds (lat, lon) and the geodesic end-to-end length in metres."""
    az_05_23, az_23_05, length = GEOD.inv(END_05[1], END_05[0], END_23[1], END_23[0])
    lon5, lat5, _ = GEOD.fwd(END_05[1], END_05[0], az_05_23, DISPLACED_FT[0] * FT)
    lon23, lat23, _ = GEOD.fwd(END_23[1], END_23[0], az_23_05, DISPLACED_FT[1] * FT)
    return (lat5, lon5), (lat23, lon23), length


def approach_box(end: tuple[float, float], outward: tuple[float, float]) -> Polygon:
    """A trapezoid from a runway end outward: 150 m half-width at the end, 500 m after 4,000 m."""
    (x, y), (ux, uy) = end, outward
    nx, ny = -uy, ux
    far = (x + 4000 * ux, y + 4000 * uy)
    return Polygon(
        [
            (x + 150 * nx, y + 150 * ny),
            (far[0] + 500 * nx, far[1] + 500 * ny),
            (far[0] - 500 * nx, far[1] - 500 * ny),
            (x - 150 * nx, y - 150 * ny),
        ]
    )


# ---------------------------------------------------------------------------------------------
# GeoJSON writing
# ---------------------------------------------------------------------------------------------
def _rounded(value: Any) -> Any:
    if isinstance(value, int | float):
        return round(float(value), DECIMALS)
    return [_rounded(v) for v in value]


def feature(geometry_lonlat: BaseGeometry, **properties: Any) -> dict[str, Any]:
    if isinstance(geometry_lonlat, Polygon):
        geometry_lonlat = orient(geometry_lonlat, sign=1.0)  # RFC 7946: exterior ring anticlockwise
    shape = mapping(geometry_lonlat)
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": shape["type"], "coordinates": _rounded(shape["coordinates"])},
    }


def collection(features: list[dict[str, Any]], licence: str, sources: list[str]) -> str:
    metadata = {
        "generator": GENERATOR,
        "crs": "WGS84 longitude/latitude (RFC 7946); the trainer projects to RD New (EPSG:28992)",
        "licence": licence,
        "sources": sources,
        "warning": "for training only, not for navigation",
    }
    doc = {"type": "FeatureCollection", "metadata": metadata, "features": features}
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


# The zones' names in Dutch, the working language of the classroom (the brief); airspace terms
# such as ATZ, RMZ and RWY stay English, as Dutch aviation staff use them.
NAMES_NL = {
    "atz-twente": "ATZ Twente",
    "rmz-ehtw": "RMZ EHTW",
    "uas-ehtw-core": "Kernzone baan EHTW, geen drones",
    "approach-23": "Nadering RWY 23 / vertrek RWY 05",
    "approach-05": "Nadering RWY 05 / vertrek RWY 23",
    "test-area-twente": "Dronetestgebied Twente",
    "safety-campus": "Twente Safety Campus",
    "event-area-campus": "Evenemententerrein bij de campus",
    "uas-ehtw-atz-authorisation": "ATZ Twente, dronevluchten alleen met toestemming",
}


# How each training construct was drawn, in Dutch: the tooltip says it in the language in use.
# The official zones' source is a citation and stays as published.
CONSTRUCT_NL = "trainingsconstructie, geen gepubliceerd luchtruim"
SOURCES_NL = {
    "uas-ehtw-core": "baanas (fysieke uiteinden) met een buffer van 1.000 m, ronde uiteinden",
    "approach-23": (
        "4.000 m ten noordoosten van het 23-uiteinde, halve breedte 150 m die verbreedt tot "
        "500 m; voor landingen op baan 23 en starts van baan 05"
    ),
    "approach-05": (
        "4.000 m ten zuidwesten van het 05-uiteinde, halve breedte 150 m die verbreedt tot "
        "500 m; voor landingen op baan 05 en starts van baan 23"
    ),
    "test-area-twente": (
        "vierkant van 600 m op het noordelijke deel van de voormalige vliegbasis; de echte "
        "omtrek van het testgebied is niet gepubliceerd"
    ),
    "safety-campus": "vierkant van 400 m rond de campus, positie bij benadering",
    "event-area-campus": "cirkel met een straal van 250 m",
    "uas-ehtw-atz-authorisation": (
        "de omtrek van de ATZ als UAS-zone waar vluchten vooraf toestemming nodig hebben, naar "
        "de Nederlandse regels in de productbeschrijving (LVNL; EU 2019/947 art. 15; Regeling "
        "zonering onbemande luchtvaartuigen); geen gepubliceerde UAS-zone"
    ),
}


def zone_feature(
    geometry_lonlat: BaseGeometry,
    *,
    official: bool,
    limits: tuple[str, str],
    schedule: str | None = None,
    frequency_mhz: float | None = None,
    **properties: Any,
) -> dict[str, Any]:
    extra: dict[str, Any] = {"official": official, "lower": limits[0], "upper": limits[1]}
    if schedule is not None:
        extra["schedule"] = schedule
    if frequency_mhz is not None:
        extra["frequency_mhz"] = frequency_mhz
    properties["name_nl"] = NAMES_NL[properties["id"]]
    if properties["id"] in SOURCES_NL:
        properties["source_nl"] = f"{CONSTRUCT_NL}: {SOURCES_NL[properties['id']]}"
    # Official zones are exactly as published; every construct was drawn by us, so approximate.
    return feature(geometry_lonlat, approximate=not official, **extra, **properties)


# ---------------------------------------------------------------------------------------------
# The three files
# ---------------------------------------------------------------------------------------------
def aerodrome_file(b: Builder) -> str:
    thr_05, thr_23, _ = thresholds()
    runway = LineString([(END_05[1], END_05[0]), (END_23[1], END_23[0])])
    features = [
        feature(
            Point(ARP[1], ARP[0]),
            id="ehtw-arp",
            name="Twente Airport",
            kind="aerodrome_reference_point",
            icao="EHTW",
            elevation_ft=ELEVATION_FT,
            radio_name=RADIO_NAME,
            radio_mhz=RADIO_MHZ,
            source=SRC_ARP,
            approximate=False,
        ),
        feature(
            runway,
            id="rwy-05-23",
            name="Runway 05/23",
            kind="runway",
            designators=["05", "23"],
            width_m=WIDTH_M,
            true_headings_deg=list(TRUE_HEADINGS_DEG),
            length_ft=LENGTH_FT,
            surface="asphalt",
            source=SRC_RUNWAY,
            approximate=False,
        ),
    ]
    for designator, point, displaced in (
        ("05", thr_05, DISPLACED_FT[0]),
        ("23", thr_23, DISPLACED_FT[1]),
    ):
        features.append(
            feature(
                Point(point[1], point[0]),
                id=f"thr-{designator}",
                name=f"Threshold {designator}",
                kind="threshold",
                runway="rwy-05-23",
                designator=designator,
                displaced_ft=displaced,
                source=SRC_THRESHOLD,
                approximate=False,
            )
        )
    return collection(
        features,
        "Runway: OurAirports, public domain (Unlicense). ARP, elevation and radio: facts from the "
        "eAIP Netherlands (LVNL), restated, no text copied.",
        [SRC_RUNWAY, SRC_ARP],
    )


def airspace_file(b: Builder) -> str:
    atz = Polygon([(dms(*lon), dms(*lat)) for lat, lon in ATZ_DMS])
    end_05, end_23 = b.rd(*END_05), b.rd(*END_23)
    centreline = LineString([end_05, end_23])
    ux, uy = end_23[0] - end_05[0], end_23[1] - end_05[1]
    ux, uy = ux / centreline.length, uy / centreline.length
    # Aircraft landing on runway 23 fly 236° and so come in from the north-east, over the 23 end:
    # the box north-east of that end is "approach-23". It is also where runway 05 departures
    # climb out, so one box serves both; departure protection is not drawn separately.
    constructs: dict[str, Polygon] = {
        "uas-ehtw-core": centreline.buffer(1000.0, quad_segs=16),  # round ends
        "approach-23": approach_box(end_23, (ux, uy)),
        "approach-05": approach_box(end_05, (-ux, -uy)),
        "test-area-twente": b.square(52.2910, 6.8810, 600.0),
        "safety-campus": b.square(52.2830, 6.8760, 400.0),
        "event-area-campus": b.circle(52.2862, 6.8605, 250.0),
    }
    check_constructs(b, constructs, atz)
    features = [
        zone_feature(
            atz,
            id=zone_id,
            name=name,
            kind=kind,
            official=True,
            limits=ATZ_LIMITS,
            schedule=ATZ_SCHEDULE,
            frequency_mhz=RADIO_MHZ,
            source=SRC_OPENAIR,
        )
        for zone_id, name, kind in (
            ("atz-twente", "ATZ Twente", "atz"),
            ("rmz-ehtw", "RMZ EHTW", "rmz"),
        )
    ]
    described = {
        "uas-ehtw-core": (
            "EHTW runway core, no drones",
            "uas_prohibited",
            ("GND", ATZ_LIMITS[1]),
            "runway centreline (physical ends) buffered 1,000 m, rounded ends",
        ),
        "approach-23": (
            "Approach RWY 23 / departure RWY 05",
            "approach_protection",
            ATZ_LIMITS,
            "4,000 m north-east of the 23 end, 150 m half-width widening to 500 m; "
            "serves runway 23 arrivals and runway 05 departures",
        ),
        "approach-05": (
            "Approach RWY 05 / departure RWY 23",
            "approach_protection",
            ATZ_LIMITS,
            "4,000 m south-west of the 05 end, 150 m half-width widening to 500 m; "
            "serves runway 05 arrivals and runway 23 departures",
        ),
        "test-area-twente": (
            "Drone test area Twente",
            "test_area",
            DRONE_LIMITS,
            "600 m square on the northern part of the former air base; the real "
            "test-area outline is not published",
        ),
        "safety-campus": (
            "Twente Safety Campus",
            "sensitive_site",
            DRONE_LIMITS,
            "400 m square around the campus, position approximate",
        ),
        "event-area-campus": (
            "Event area near the campus",
            "event_area",
            DRONE_LIMITS,
            "circle of 250 m radius",
        ),
    }
    for zone_id, (name, kind, limits, how) in described.items():
        features.append(
            zone_feature(
                b.to_lonlat(constructs[zone_id]),
                id=zone_id,
                name=name,
                kind=kind,
                official=False,
                limits=limits,
                source=f"{CONSTRUCT}: {how}",
            )
        )
    features.append(
        zone_feature(
            atz,
            id="uas-ehtw-atz-authorisation",
            name="ATZ Twente, drone flights need permission",
            kind="uas_authorisation",
            official=False,
            limits=DRONE_LIMITS,
            source=f"{CONSTRUCT}: the ATZ outline as a UAS zone where flights need prior "
            "permission, after the Dutch rules in the product brief (LVNL; EU 2019/947 art. 15; "
            "Regeling zonering onbemande luchtvaartuigen); not a published UAS zone",
        )
    )
    return collection(
        features,
        "ATZ/RMZ outline and limits: facts from AIP Netherlands via the Dutch national OpenAir "
        "file (AIRAC 2204; no licence stated, published as unofficial). Zones with official=false "
        "are training constructs drawn for this trainer.",
        [SRC_OPENAIR, CONSTRUCT],
    )


def check_constructs(b: Builder, constructs: dict[str, Polygon], atz_lonlat: Polygon) -> None:
    """Stop the build when a construct contradicts the layout it is meant to follow."""
    atz = b.to_rd(atz_lonlat)
    end_05, end_23 = b.rd(*END_05), b.rd(*END_23)
    centreline = LineString([end_05, end_23])
    runway = centreline.buffer(WIDTH_M / 2, cap_style="flat")
    problems = []
    for zone_id, shape in constructs.items():
        # Approach boxes share an edge with the runway end; only overlapping area counts.
        if zone_id != "uas-ehtw-core" and shape.intersection(runway).area > 1.0:
            problems.append(f"{zone_id} overlaps the runway")
        if not shape.within(atz):
            problems.append(f"{zone_id} is not inside the ATZ")
    # Legitimate flying (test area) and crowds (event area) stay clear of the no-drone core,
    # so that a drone there is a question of its own and not also a core-zone breach.
    core = constructs["uas-ehtw-core"]
    for zone_id in ("test-area-twente", "event-area-campus"):
        if constructs[zone_id].intersects(core):
            problems.append(f"{zone_id} touches uas-ehtw-core")
    if constructs["test-area-twente"].intersects(constructs["event-area-campus"]):
        problems.append("test-area-twente and event-area-campus overlap")
    if problems:
        raise SystemExit("build_assets: " + "; ".join(problems))


def orientation_file(b: Builder) -> str:
    towns = {"Enschede": (52.221, 6.894), "Hengelo": (52.266, 6.793), "Oldenzaal": (52.313, 6.929)}
    features = [
        feature(
            Point(lon, lat),
            id=f"town-{name.lower()}",
            name=name,
            kind="town",
            source=SRC_TOWN,
            approximate=True,
        )
        for name, (lat, lon) in towns.items()
    ]
    # (lat, lon) vertices of schematic motorway courses; A35 ends on a vertex of the A1.
    a1 = [
        (52.283, 6.680),
        (52.290, 6.760),
        (52.293, 6.800),
        (52.300, 6.860),
        (52.325, 6.930),
        (52.330, 7.050),
    ]
    a35 = [(52.212, 6.865), (52.240, 6.835), (52.255, 6.775), (52.290, 6.760)]
    for ref, line in (("A1", a1), ("A35", a35)):
        features.append(
            feature(
                LineString([(lon, lat) for lat, lon in line]),
                id=f"motorway-{ref.lower()}",
                name=ref,
                kind="motorway",
                source=SRC_MOTORWAY,
                approximate=True,
            )
        )
    east_edge = [(dms(*lat), dms(*lon)) for lat, lon in ATZ_DMS[ATZ_EAST_EDGE]]
    # North to where the brief puts the A1 crossing, south towards Gronau: a few km each way.
    border = [(52.345, 7.060), (52.330, 7.050), *east_edge, (52.240, 7.025)]
    features.append(
        feature(
            LineString([(lon, lat) for lat, lon in border]),
            id="border-nl-de",
            name="Dutch-German border",
            kind="border",
            source=SRC_BORDER,
            approximate=True,
        )
    )
    return collection(
        features,
        "Drawn by hand for orientation from general knowledge and the product brief; approximate, "
        "not for measurement or navigation. No third-party map data copied.",
        [SRC_TOWN, SRC_MOTORWAY, SRC_BORDER],
    )


FILES = {
    "aerodrome.geojson": aerodrome_file,
    "airspace.geojson": airspace_file,
    "orientation.geojson": orientation_file,
}


def build(out_dir: Path) -> list[Path]:
    """Write the three files into `out_dir`; the same facts always give the same bytes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    builder = Builder()
    written = []
    for name, make in FILES.items():
        path = out_dir / name
        path.write_text(make(builder), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder to write into (default: next to this script)",
    )
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(f"wrote {path}")
    thr_05, thr_23, length = thresholds()
    between = GEOD.inv(thr_05[1], thr_05[0], thr_23[1], thr_23[0])[2]
    print(
        f"runway end to end {length:.1f} m (runways.csv length_ft {LENGTH_FT} = "
        f"{LENGTH_FT * FT:.1f} m); threshold to threshold {between:.1f} m"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
