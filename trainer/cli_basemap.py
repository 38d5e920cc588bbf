"""`drone-trainer basemap fetch|pack`: the background map for a class without internet."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from trainer.basemap.errors import BasemapError
from trainer.cli_argparse import add_command
from trainer.i18n import message
from trainer.loading import loading


def add_basemap_parser(commands: argparse._SubParsersAction) -> None:
    basemap = add_command(commands, "basemap", "cli.help.basemap")
    actions = basemap.add_subparsers(dest="basemap_action", required=True)
    fetch = add_command(actions, "fetch", "cli.basemap.fetch")
    pack = add_command(actions, "pack", "cli.basemap.pack")
    pack.add_argument("output", type=Path, help=message("cli.basemap.output"))
    for action in (fetch, pack):
        action.add_argument("--source", default="pdok", help=message("cli.basemap.source"))
        action.add_argument(
            "--grid",
            default="auto",
            choices=("auto", "rd", "webmercator"),
            help=message("cli.basemap.grid"),
        )
        action.add_argument("--attribution", default="", help=message("cli.basemap.attribution"))
        action.add_argument(
            "--cache-dir", type=Path, default=None, help=message("cli.basemap.cache_dir")
        )
    fetch.add_argument("--radius-km", type=float, default=12.0, help=message("cli.basemap.radius"))
    fetch.add_argument("--min-level", type=int, default=5, help=message("cli.basemap.min_level"))
    fetch.add_argument("--max-level", type=int, default=11, help=message("cli.basemap.max_level"))
    fetch.add_argument(
        "--centre",
        type=float,
        nargs=2,
        metavar=("X", "Y"),
        default=(257502.0, 477487.0),  # Twente's ARP in RD New (BRIEF.md)
        help=message("cli.basemap.centre"),
    )


def basemap_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.basemap.cache import TileCache, default_cache_dir
        from trainer.basemap.loader import TileLoader
        from trainer.basemap.offline import pack_mbtiles, prefetch, tiles_around
        from trainer.basemap.sources import parse_source

    source = parse_source(args.source, grid=args.grid, attribution=args.attribution)
    if source is None or source.kind != "url":
        raise BasemapError(message("cli.basemap.bad_source", source=repr(args.source)))
    cache = TileCache(args.cache_dir or default_cache_dir())
    if args.basemap_action == "pack":
        written = pack_mbtiles(cache, source, args.output)
        print(
            message("cli.basemap.packed", path=str(args.output), count=written, source=source.title)
        )
        print(message("cli.basemap.set_it"))
        return 0
    if not 0 <= args.min_level <= args.max_level:
        raise BasemapError(message("cli.basemap.levels"))
    if not (math.isfinite(args.radius_km) and args.radius_km > 0):
        raise BasemapError(message("cli.basemap.bad_radius", radius=f"{args.radius_km:g}"))
    if not all(math.isfinite(v) for v in args.centre):
        raise BasemapError(message("cli.basemap.bad_centre"))
    keys = tiles_around(
        source.grid,
        (args.centre[0], args.centre[1]),
        args.radius_km * 1000,
        range(args.min_level, min(args.max_level, source.grid.max_level) + 1),
    )
    if not keys:
        raise BasemapError(
            message(
                "cli.basemap.no_tiles",
                source=source.title,
                radius=f"{args.radius_km:g}",
                x=f"{args.centre[0]:g}",
                y=f"{args.centre[1]:g}",
                low=args.min_level,
                high=args.max_level,
            )
        )
    loader = TileLoader(source, cache)

    def progress(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            text = message("cli.basemap.progress", done=done, total=total)
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    report = prefetch(loader, keys, progress)
    print(file=sys.stderr)
    print(
        message(
            "cli.basemap.fetched",
            wanted=report.wanted,
            fetched=report.fetched,
            cached=report.cached,
            failed=report.failed,
            cache=str(cache.root / source.id),
        )
    )
    if report.failed:
        why = report.first_failure or message("cli.basemap.no_answer")
        print(message("cli.basemap.first_failure", why=why))
    return 0 if report.failed == 0 else 1
