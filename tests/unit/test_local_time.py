"""Times people see are the aerodrome's (Europe/Amsterdam, summer time included); UTC stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trainer.local_time import local, local_date, local_text, parse_utc, wall_clock_seconds

# Summer time in 2026 starts on 29 March at 01:00 UTC (02:00 CET -> 03:00 CEST) and ends on
# 25 October at 01:00 UTC (03:00 CEST -> 02:00 CET): EU directive 2000/84/EC, last Sundays.
SPRING = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
AUTUMN = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stamp", "shown"),
    [
        ("2026-03-29T00:59:00+00:00", "2026-03-29 01:59 CET"),
        ("2026-03-29T01:00:00+00:00", "2026-03-29 03:00 CEST"),  # the clock jumps an hour
        ("2026-10-25T00:30:00+00:00", "2026-10-25 02:30 CEST"),
        ("2026-10-25T01:30:00+00:00", "2026-10-25 02:30 CET"),  # the same wall time, again
        ("2026-01-15T23:30:00.123+00:00", "2026-01-16 00:30 CET"),  # local date is the next day
        ("2026-07-01T12:00:00", "2026-07-01 14:00 CEST"),  # a naive stamp of the record is UTC
    ],
)
def test_record_stamps_are_shown_on_the_aerodromes_clock(stamp: str, shown: str) -> None:
    assert local_text(stamp, zone=True) == shown


def test_the_local_date_is_the_aerodromes() -> None:
    assert local_date("2026-01-15T23:30:00+00:00") == "2026-01-16"
    assert local_text("2026-01-15T23:30:00+00:00") == "2026-01-16 00:30"


def test_unreadable_stamps_are_shown_as_they_are() -> None:
    assert local_text("yesterday") == "yesterday"
    assert local_text(None) == "" and parse_utc("") is None


def test_an_hour_apart_in_utc_is_an_hour_apart_or_two_on_the_wall_clock() -> None:
    before, after = SPRING - timedelta(minutes=30), SPRING + timedelta(minutes=30)
    assert wall_clock_seconds(after) - wall_clock_seconds(before) == 2 * 3600
    before, after = AUTUMN - timedelta(minutes=30), AUTUMN + timedelta(minutes=30)
    assert wall_clock_seconds(after) - wall_clock_seconds(before) == 0
    # The plot's UTC axis then reads the local wall time.
    shown = datetime.fromtimestamp(wall_clock_seconds(after), UTC)
    assert shown.strftime("%H:%M") == local(after).strftime("%H:%M") == "02:30"


def test_sheets_date_runs_in_local_time_and_keep_utc(tmp_path: object) -> None:
    from pathlib import Path

    from trainer.export import gather
    from trainer.records import Repository, open_database
    from trainer.scoring.sheet import ScoreSheet

    assert isinstance(tmp_path, Path)
    db = open_database(tmp_path / "r.sqlite")
    try:
        repo = Repository(db, now=lambda: datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
        run = repo.start_run(
            scenario_id="s",
            scenario_title="S",
            scenario_file="s.yaml",
            file_sha256="0" * 64,
            seed=1,
            app_version="test",
        )
        repo.finish_run(run)
        repo.save_sheet(run, ScoreSheet("s", 1, (), 0, 0, 0, 70, False, 0, 0))
        data = gather(repo, run)
        assert data.local_text == "2026-03-29 03:30 CEST"
        assert data.utc_text == "2026-03-29 01:30:00 UTC"
        assert repo.run(run).started_utc.startswith("2026-03-29T01:30")
    finally:
        db.close()
