"""Where background tiles come from: PDOK's topographic map, any tile URL, or a local archive.

A source is named by one setting string (see `parse_source`): a PDOK preset, an http(s) URL
template, or the path of an .mbtiles / .pmtiles file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from trainer.basemap.errors import BasemapError
from trainer.basemap.grid import RdGrid, TileGrid, TileKey, grid_named
from trainer.i18n import message

PDOK_ATTRIBUTION = "Kadaster / PDOK"
# PDOK's BRT-Achtergrondkaart WMTS (version 2.0) in REST form, one layer per style, tiles on
# the EPSG:28992 matrix set (service.pdok.nl/brt/achtergrondkaart/wmts/v2_0, its capabilities
# list the layers standaard, grijs, pastel and water).
PDOK_URL = (
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{layer}/EPSG:28992/{z}/{x}/{y}.png"
)
PDOK_LAYERS = {
    "pdok": ("standaard", "PDOK BRT-Achtergrondkaart"),
    "pdok-grijs": ("grijs", "PDOK BRT-Achtergrondkaart (grey)"),
    "pdok-pastel": ("pastel", "PDOK BRT-Achtergrondkaart (pastel)"),
    "pdok-water": ("water", "PDOK BRT-Achtergrondkaart (water)"),
}
ARCHIVE_SUFFIXES = {".mbtiles": "mbtiles", ".pmtiles": "pmtiles"}
# Column and row placeholders of XYZ ({x}/{y}) and WMTS REST ({TileCol}/{TileRow}) templates.
_PLACEHOLDERS = re.compile(r"\{(z|x|y|-y|TileMatrix|TileCol|TileRow)\}")
_UNKNOWN_PLACEHOLDER = re.compile(r"\{[^}]*\}")

Kind = Literal["url", "mbtiles", "pmtiles"]


@dataclass(frozen=True)
class TileSource:
    """A background source: what it is, where its tiles lie, whose they are."""

    id: str  # names the source's cache folder: letters, digits and dashes only
    title: str
    kind: Kind
    location: str  # the URL template, or the archive's path
    grid: TileGrid
    attribution: str

    def url_for(self, key: TileKey) -> str:
        """The tile's URL from the template ({z} {x} {y}, {-y} counted from the bottom)."""
        values = {
            "z": key.z,
            "TileMatrix": key.z,
            "x": key.x,
            "TileCol": key.x,
            "y": key.y,
            "TileRow": key.y,
            "-y": 2**key.z - 1 - key.y,
        }
        return _PLACEHOLDERS.sub(lambda m: str(values[m.group(1)]), self.location)


def parse_source(value: str, grid: str = "auto", attribution: str = "") -> TileSource | None:
    """The source a setting names; None for '' or 'off'. BasemapError says what is wrong.

    `grid` is 'auto', 'rd' or 'webmercator'; auto means RD for PDOK and for URLs that name
    EPSG:28992, Web Mercator for other URLs, and what an archive's metadata says.
    """
    text = value.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()  # Windows Explorer's "Copy as path" quotes the path
    if text.lower() in ("", "off", "none"):
        return None
    if grid not in ("auto", "rd", "webmercator"):
        raise BasemapError(message("basemap.bad_grid", grid=repr(grid)))
    if text.lower() in PDOK_LAYERS:
        layer, title = PDOK_LAYERS[text.lower()]
        return TileSource(
            id=text.lower(),
            title=title,
            kind="url",
            location=PDOK_URL.replace("{layer}", layer),
            grid=RdGrid(),
            attribution=PDOK_ATTRIBUTION,
        )
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        return _url_source(text, grid, attribution)
    if "\x00" in text:  # no file name holds one; the system's calls would refuse it
        raise BasemapError(message("basemap.nul", text=repr(text)))
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone" with no such user
        path = Path(text)
    return _archive_source(path, grid, attribution)


def _url_source(url: str, grid: str, attribution: str) -> TileSource:
    if not url.lower().startswith(("http://", "https://")):
        raise BasemapError(message("basemap.scheme", url=repr(url)))
    found = set(_PLACEHOLDERS.findall(url))
    unknown = set(_UNKNOWN_PLACEHOLDER.findall(url)) - {f"{{{p}}}" for p in found}
    if unknown:
        first = sorted(unknown)[0]
        raise BasemapError(message("basemap.placeholder", url=repr(url), placeholder=first))
    has_level = bool(found & {"z", "TileMatrix"})
    has_col = bool(found & {"x", "TileCol"})
    has_row = bool(found & {"y", "-y", "TileRow"})
    if not (has_level and has_col and has_row):
        raise BasemapError(message("basemap.needs_zxy", url=repr(url)))
    if grid == "auto":
        grid = "rd" if "28992" in url else "webmercator"
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0]
    return TileSource(
        id=_safe_id(host, url),
        title=url,
        kind="url",
        location=url,
        grid=grid_named(grid),
        attribution=attribution,
    )


def _archive_source(path: Path, grid: str, attribution: str) -> TileSource:
    kind = ARCHIVE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        presets = ", ".join(PDOK_LAYERS)
        raise BasemapError(message("basemap.not_a_source", path=repr(str(path)), presets=presets))
    if not path.is_file():
        raise BasemapError(message("basemap.no_archive", path=str(path)))
    return TileSource(
        id=_safe_id(path.stem, str(path.resolve())),
        title=path.name,
        kind="mbtiles" if kind == "mbtiles" else "pmtiles",
        location=str(path),
        grid=grid_named("webmercator" if grid == "auto" else grid),  # the archive may say RD
        attribution=attribution,
    )


def _safe_id(readable: str, unique: str) -> str:
    """A folder name: the readable part cleaned, and a short hash of the whole for uniqueness."""
    stem = re.sub(r"[^a-z0-9]+", "-", readable.lower()).strip("-")[:40] or "source"
    return f"{stem}-{hashlib.sha256(unique.encode()).hexdigest()[:10]}"
