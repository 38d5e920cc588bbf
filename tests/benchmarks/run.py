"""On-demand benchmarks; each prints one JSON line of figures. Not part of the test suite.

python tests/benchmarks/run.py engine --drones 1000 --zones 200 [--seconds 60] [--sensors [--rf]]
    [--reps 3] [--scale 1000,2000,...] [--scenarios] [--peer PYTHON]   (see bench_engine.py)
python tests/benchmarks/run.py record --actions 10000 [--synchronous FULL|NORMAL] [--dir DIR]
python tests/benchmarks/run.py frame --tracks 200 [--frames 60]
python tests/benchmarks/run.py export --sheets 30 [--dir DIR]
python tests/benchmarks/run.py classroom --stations 30 [--seconds 30]
python tests/benchmarks/run.py startup [--runs 7]   # command -> first painted frame of the window
python tests/benchmarks/run.py commands [--runs 7] [--scenarios [--against REV]]  # simulate's start
python tests/benchmarks/run.py basemap [--frames 30]  # background tiles: paint and GUI-thread cost
python tests/benchmarks/run.py editor [--rounds 3] [--scenarios swarm-24,...]  # switch, edit
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import add_engine_parser, bench_engine

from trainer.launch import Workspace


def bench_record(args: argparse.Namespace) -> dict[str, object]:
    """Commit actions one by one, each in its own transaction, as the live window does."""
    import tempfile
    from datetime import UTC, datetime

    from trainer.records import Repository, open_database
    from trainer.scoring.protocol import Action, ActionKind

    kinds = list(ActionKind)
    wall = datetime.now(UTC).isoformat(timespec="milliseconds")
    actions = [
        Action(i, kinds[i % len(kinds)], i * 0.25, wall, f"T{i % 40}", {"level": "high"})
        for i in range(1, args.actions + 1)
    ]
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "records.sqlite"
        db = open_database(path)
        db.execute(f"PRAGMA synchronous = {args.synchronous}")  # a choice of two constants
        repo = Repository(db)
        run_id = repo.start_run(
            scenario_id="benchmark",
            scenario_title="Benchmark",
            scenario_file="benchmark.yaml",
            file_sha256="0" * 64,
            seed=42,
            app_version="benchmark",
        )
        start = time.perf_counter()
        for action in actions:
            repo.record_action(run_id, action)
        elapsed = time.perf_counter() - start
        repo.finish_run(run_id)
        stored = len(repo.actions(run_id))
        db.close()  # checkpoints the WAL into the database file
        size = path.stat().st_size
    return {
        "benchmark": "record",
        "actions": stored,
        "synchronous": args.synchronous,
        "journal_mode": "wal",
        "wall_s": round(elapsed, 3),
        "actions_per_s": round(stored / elapsed, 1),
        "ms_per_action": round(elapsed / stored * 1000, 3),
        "db_bytes": size,
        "folder": str(Path(args.dir or tempfile.gettempdir()).resolve()),
    }


def bench_export(args: argparse.Namespace) -> dict[str, object]:
    """Export scored runs as PDF score sheets, one file each, as `drone-trainer export` does.

    Each bundled scenario is run once by the 'late' bot (untimed); its sheet is recorded for as
    many trainees as asked, so every sheet is a distinct run in the record.
    """
    import re
    import tempfile

    from trainer.export import export_runs
    from trainer.launch import bundled_scenarios
    from trainer.records import Repository, open_database
    from trainer.scoring.bots import make_bot
    from trainer.training_run import file_sha256, run_headless

    workspace = Workspace()
    played = []
    for path in bundled_scenarios():
        prepared = workspace.prepare(path)
        result = run_headless(prepared, make_bot("late", prepared.scenario))
        played.append((prepared, file_sha256(prepared), result.sheet))
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        db = open_database(Path(folder) / "records.sqlite")
        repo = Repository(db)
        session = repo.add_session("Benchmark class", instructor="Benchmark instructor")
        run_ids = []
        for i in range(args.sheets):
            prepared, sha, sheet = played[i % len(played)]
            trainee = repo.add_trainee(f"Trainee {i + 1:02d}", f"B{i + 1:04d}", "benchmark")
            run_id = repo.start_run(
                scenario_id=prepared.scenario.id,
                scenario_title=prepared.scenario.title,
                scenario_file=str(prepared.path),
                file_sha256=sha,
                seed=sheet.seed,
                app_version="benchmark",
                trainee_id=trainee,
                session_id=session,
            )
            repo.finish_run(run_id)
            repo.save_sheet(run_id, sheet)
            run_ids.append(run_id)
        start = time.perf_counter()  # includes starting Qt, as a CLI export does
        paths = export_runs(repo, run_ids, "pdf", Path(folder) / "out", summary=False)
        wall = time.perf_counter() - start
        page = re.compile(rb"/Type\s*/Page\b")
        pages = sum(len(page.findall(path.read_bytes())) for path in paths)
        size = sum(path.stat().st_size for path in paths)
        db.close()
    return {
        "benchmark": "export",
        "format": "pdf",
        "sheets": len(paths),
        "items": sum(len(played[i % len(played)][2].items) for i in range(args.sheets)),
        "pages": pages,
        "wall_s": round(wall, 3),
        "s_per_sheet": round(wall / len(paths), 4),
        "pdf_bytes": size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    kinds = parser.add_subparsers(dest="kind", required=True)
    add_engine_parser(kinds)
    record = kinds.add_parser("record")
    record.add_argument("--actions", type=int, default=10_000)
    record.add_argument("--synchronous", choices=["FULL", "NORMAL"], default="FULL")
    record.add_argument("--dir", default=None, help="folder for the temporary database")
    frame = kinds.add_parser("frame")
    frame.add_argument("--tracks", type=int, default=200)
    frame.add_argument("--frames", type=int, default=60)
    export = kinds.add_parser("export")
    export.add_argument("--sheets", type=int, default=30)
    export.add_argument("--dir", default=None, help="folder for the temporary record and files")
    classroom = kinds.add_parser("classroom")
    classroom.add_argument("--stations", type=int, default=30)
    classroom.add_argument("--seconds", type=float, default=30.0, help="wall seconds at 8x")
    startup = kinds.add_parser("startup")
    startup.add_argument("--runs", type=int, default=7)
    commands = kinds.add_parser("commands")
    commands.add_argument("--runs", type=int, default=7)
    commands.add_argument("--scenarios", action="store_true", help="also every bundled scenario")
    commands.add_argument(
        "--against", metavar="REV", help="with --scenarios: paired with a git revision, as ratios"
    )
    basemap = kinds.add_parser("basemap")
    basemap.add_argument("--frames", type=int, default=30)
    editor = kinds.add_parser("editor")
    editor.add_argument("--rounds", type=int, default=3, help="visits of each section")
    editor.add_argument("--scenarios", default=None, help="names; the two biggest by default")
    args = parser.parse_args()
    if args.kind == "classroom":
        from bench_classroom import bench_classroom

        result = bench_classroom(args)
    elif args.kind == "startup":
        from bench_startup import bench_startup

        result = bench_startup(args)
    elif args.kind == "commands":
        from bench_commands import bench_commands

        result = bench_commands(args)
    elif args.kind == "basemap":
        from bench_basemap import bench_basemap  # imports Qt: only for this benchmark

        result = bench_basemap(args)
    elif args.kind == "editor":
        from bench_editor import bench_editor  # imports Qt: only for this benchmark

        result = bench_editor(args)
    elif args.kind == "frame":
        from bench_frame import bench_frame  # imports Qt: only for this benchmark

        result = bench_frame(args)
    else:
        benches = {"engine": bench_engine, "record": bench_record, "export": bench_export}
        result = benches[args.kind](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
