"""English: why the background map (trainer/basemap) cannot be used, or a tile did not load.

The basemap.net.* words are the Dutch program's; English shows what the system said."""

MESSAGES: dict[str, str] = {
    # -- one tile over HTTP (the status bar's and `basemap fetch`'s reason)
    "basemap.too_big": "too big ({size} bytes)",
    "basemap.too_big_over": "too big (over {limit} bytes)",
    "basemap.too_slow": "slower than {limit} s",
    "basemap.http": "HTTP {code}",
    "basemap.unreachable": "not reachable ({reason})",
    "basemap.not_image": "not a PNG, JPEG or WebP image",
    "basemap.unreadable_image": "{url}: the image cannot be read",
    "basemap.offline_not_cached": "offline and not in the cache",
    "basemap.net.no_host": "name or service not known",
    "basemap.net.name_lookup": "temporary failure in name resolution",
    "basemap.net.refused": "connection refused",
    "basemap.net.reset": "connection reset by peer",
    "basemap.net.timeout": "timed out",
    "basemap.net.network_unreachable": "network is unreachable",
    "basemap.net.host_unreachable": "no route to host",
    # -- tile archives
    "basemap.not_mbtiles": "{path}: not an MBTiles file (it has no table 'tiles')",
    "basemap.bad_mbtiles": "{path}: not a readable MBTiles file ({error})",
    "basemap.vector_mbtiles": (
        "{path}: holds vector tiles (pbf); only raster (PNG/JPEG/WebP) can be shown"
    ),
    "basemap.bad_pmtiles": "{path}: not a readable PMTiles v3 file ({kind}: {error})",
    "basemap.wrong_pmtiles": "{path}: holds {kind} tiles; only raster (PNG/JPEG/WebP) can be shown",
    "basemap.no_archive": "{path}: no such tile archive",
    # -- the source setting
    "basemap.bad_grid": "basemap/grid: {grid} is not one of auto, rd, webmercator",
    "basemap.nul": "basemap/source: {text}: not a file name (it holds a NUL)",
    "basemap.scheme": "basemap/source: {url}: only http:// and https:// tile URLs work",
    "basemap.placeholder": (
        "basemap/source: {url}: unknown placeholder {placeholder}; "
        "use {{z}} {{x}} {{y}} (or {{-y}}, or {{TileMatrix}} {{TileCol}} {{TileRow}})"
    ),
    "basemap.needs_zxy": (
        "basemap/source: {url}: a tile URL needs the level, column and row, "
        "as {{z}}/{{x}}/{{y}} (or {{TileMatrix}}/{{TileCol}}/{{TileRow}})"
    ),
    "basemap.not_a_source": (
        "basemap/source: {path} is neither a PDOK preset ({presets}), "
        "an http(s) tile URL, nor an .mbtiles or .pmtiles file"
    ),
    # -- fetching an area and packing it
    "basemap.too_many": (
        "more than {limit} tiles: choose a smaller area (--radius-km) or a coarser "
        "finest level (--max-level)"
    ),
    "basemap.exists": "{path}: exists already; choose a new file name",
    "basemap.not_mbtiles_name": "{path}: the packed file's name must end in .mbtiles",
    "basemap.nothing_cached": (
        "no cached tiles of {source} in {cache}: run `drone-trainer basemap fetch` first"
    ),
    "basemap.cannot_write": "{path}: cannot write the tile archive ({error})",
}
