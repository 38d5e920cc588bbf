"""`drone-trainer basemap fetch|pack`: the background map for a class without internet."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from trainer.basemap.cache import TileCache, default_cache_dir
from trainer.basemap.errors import BasemapError
from trainer.basemap.loader import TileLoader
from trainer.basemap.offline import pack_mbtiles, prefetch, tiles_around
from trainer.basemap.sources import parse_source
from trainer.i18n import message


def add_basemap_parser(commands: argparse._SubParsersAction) -> None:
    basemap = commands.add_parser("basemap", help=message("cli.help.basemap"))
    actions = basemap.add_subparsers(dest="basemap_action", required=True)
    fetch = actions.add_parser("fetch", help="download the tiles round the aerodrome once")
    pack = actions.add_parser("pack", help="write the cached tiles into one .mbtiles file")
    pack.add_argument("output", type=Path, help="the new .mbtiles file")
    for action in (fetch, pack):
        action.add_argument(
            "--source", default="pdok", help="pdok (default), pdok-grijs, pdok-pastel, or a URL"
        )
        action.add_argument("--grid", default="auto", choices=("auto", "rd", "webmercator"))
        action.add_argument("--attribution", default="", help="credit line of a custom source")
        action.add_argument(
            "--cache-dir", type=Path, default=None, help="tile cache (default: user cache folder)"
        )
    fetch.add_argument(
        "--radius-km", type=float, default=12.0, help="half the side of the square (default 12)"
    )
    fetch.add_argument("--min-level", type=int, default=5)
    fetch.add_argument(
        "--max-level", type=int, default=11, help="finest level (RD level 11: 1.68 m pixels)"
    )
    fetch.add_argument(
        "--centre",
        type=float,
        nargs=2,
        metavar=("X", "Y"),
        default=(257502.0, 477487.0),  # Twente's ARP in RD New (BRIEF.md)
        help="RD New metres (default: Twente's aerodrome reference point)",
    )


def basemap_command(args: argparse.Namespace) -> int:
    source = parse_source(args.source, grid=args.grid, attribution=args.attribution)
    if source is None or source.kind != "url":
        raise BasemapError(f"--source {args.source!r}: give a PDOK preset or a tile URL")
    cache = TileCache(args.cache_dir or default_cache_dir())
    if args.basemap_action == "pack":
        written = pack_mbtiles(cache, source, args.output)
        print(f"{args.output}: {written} tiles of {source.title}")
        print("Set it as the background source (View > Background map > Custom) on each PC.")
        return 0
    if not 0 <= args.min_level <= args.max_level:
        raise BasemapError("--min-level must be 0 or more and not above --max-level")
    if not (math.isfinite(args.radius_km) and args.radius_km > 0):
        raise BasemapError(f"--radius-km {args.radius_km:g}: give a number of kilometres above 0")
    if not all(math.isfinite(v) for v in args.centre):
        raise BasemapError("--centre X Y: give RD New metres (Twente's aerodrome: 257502 477487)")
    keys = tiles_around(
        source.grid,
        (args.centre[0], args.centre[1]),
        args.radius_km * 1000,
        range(args.min_level, min(args.max_level, source.grid.max_level) + 1),
    )
    if not keys:
        raise BasemapError(
            f"no tiles of {source.title} cover {args.radius_km:g} km round {args.centre[0]:g}, "
            f"{args.centre[1]:g} at levels {args.min_level}-{args.max_level} (is the centre in "
            "RD New metres, and inside the grid?)"
        )
    loader = TileLoader(source, cache)

    def progress(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            print(f"\r{done}/{total} tiles", end="", file=sys.stderr, flush=True)

    report = prefetch(loader, keys, progress)
    print(file=sys.stderr)
    print(
        f"{report.wanted} tiles: {report.fetched} fetched, {report.cached} already cached, "
        f"{report.failed} failed; cache {cache.root / source.id}"
    )
    if report.failed:
        print(f"first failure: {report.first_failure or 'the server did not answer'}")
    return 0 if report.failed == 0 else 1
