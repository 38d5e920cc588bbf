"""What a score-sheet document shows for one run, gathered from the training record."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import cached_property
from typing import Any

import yaml

from trainer.errors import TrainerError
from trainer.i18n import clock_time, message, spoken
from trainer.local_time import START_TIME_LOCAL, aerodrome_zone
from trainer.played_file import locate_played_file
from trainer.records import Repository, RunRecord, RunStatus
from trainer.records.counted_score import CountedScore, counted_score, override_line, override_of
from trainer.records.models import ItemReview
from trainer.records.review_store import aligned_reviews, review_text
from trainer.scoring.due import DueWindow, Outcome, due_windows, judged
from trainer.scoring.due_text import due_line
from trainer.scoring.sheet import ScoreSheet
from trainer.text import printable

__all__ = ["ExportError", "ItemWindow", "SheetData", "gather", "printable"]


class ExportError(TrainerError):
    """A score sheet cannot be exported; the message says which run or file and why."""


START_TIME = re.compile(START_TIME_LOCAL)  # the scenario's start_time_local, as the model reads it


@dataclass(frozen=True)
class ItemWindow:
    """When an item's expected response was due and how it was met, as trainer.scoring.due
    judged it (the exports show that judgement, never one of their own): the outcome that
    counts is the instructor's where they overrode the item's points (due.overridden), with
    the scorer's kept beside it (`computed`)."""

    due: DueWindow  # as it counts
    # The scenario's local clock at sim time 0 (its start_time_local, seconds into the day):
    # the clock the trainee's screen showed. None when the played file is gone or changed.
    clock_start_s: int | None
    computed: DueWindow | None = None  # the scorer's judgement, when the instructor overrode it

    @property
    def outcome(self) -> Outcome:
        """The outcome that counts: the instructor's for an overridden item."""
        return self.due.outcome

    @property
    def computed_outcome(self) -> Outcome:
        """The scorer's outcome, overridden or not."""
        return (self.computed or self.due).outcome

    @property
    def overridden(self) -> bool:
        return self.computed is not None

    @property
    def start_s(self) -> float:
        return self.due.due.start_s

    @property
    def end_s(self) -> float:
        return self.due.due.end_s

    def text(self) -> str:
        """'due 10:01:10–10:02:10 · late (done 10:02:40)', in the language spoken; for an
        overridden item, the instructor's outcome with the computed one beside it."""
        return due_line(self.due, self.clock_start_s, self.computed)


def scenario_clock_start(played: Mapping[str, Any]) -> int | None:
    """The played scenario's start_time_local in seconds into the day ('10:00' when the file
    leaves it out, as the scenario model does); None when there is no played file."""
    if not played:
        return None
    value = played.get("start_time_local", "10:00")
    found = START_TIME.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    return int(found.group(1)) * 3600 + int(found.group(2)) * 60


@dataclass(frozen=True)
class SheetData:
    """Everything a score-sheet document shows for one scored run."""

    run_id: int
    trainee_name: str | None  # None: the run was not recorded for a trainee
    trainee_record_id: int | None  # the trainee's number in the training record
    trainee_external_id: str | None  # the trainee's id in the roster / learning-management system
    trainee_group: str | None
    scenario_id: str
    scenario_title: str
    scenario_difficulty: int | None  # 1..5; None when the scenario file is gone or changed
    started_utc: datetime  # aware, UTC
    started_local: datetime  # aware, the exporting computer's (or the caller's) time zone
    ended_utc: datetime | None
    session_id: int | None
    session_title: str | None
    instructor: str | None  # from the run's class session
    seed: int
    status: RunStatus
    sheet: ScoreSheet
    app_version: str
    file_sha256: str
    # The instructor's note and override per item position (the debrief's Review tab).
    reviews: Mapping[int, ItemReview] = field(default_factory=dict)
    # The scenario's local clock at the run's sim time 0, seconds into the day (see ItemWindow).
    clock_start_s: int | None = None

    def review_text(self, position: int) -> str:
        """'Instructor: 5 points instead of 0. Saw it on the camera.' for item `position`
        (0-based); empty when the item was not reviewed. Shown beside the computed score."""
        review = self.reviews.get(position)
        if review is None:
            return ""
        computed = self.sheet.items[position].points if position < len(self.sheet.items) else 0
        return review_text(review, computed)

    @cached_property
    def counted(self) -> CountedScore:
        """Total, percent and pass with the instructor's overrides (the sheet's own when
        nothing was overridden); `total`, `percent` and `passed` stay the scorer's."""
        return counted_score(self.sheet, self.reviews)

    @property
    def override_total(self) -> float | None:
        """The total with the instructor's overrides; None when nothing was overridden."""
        return self.counted.total if self.counted.overridden else None

    @property
    def override_line(self) -> str | None:
        """'With the instructor's overrides: 80 of 100 points, 80 %, passed', in the language
        spoken; None when nothing was overridden. The debrief's header says the same."""
        return override_line(self.counted)

    @cached_property
    def windows(self) -> dict[int, ItemWindow]:
        """The due window of each item that has one, by position (0-based); items without one
        (penalties, order faults, records scored before windows were kept) are not in it.
        An item the instructor overrode has the outcome of their points (due.judged)."""
        windows = {}
        for computed in due_windows(self.sheet):
            override = override_of(self.reviews.get(computed.position))
            counted = judged(computed, override, self.sheet.ended_at_s)
            scorer = None if counted is computed else computed
            windows[computed.position] = ItemWindow(counted, self.clock_start_s, scorer)
        return windows

    def window(self, position: int) -> ItemWindow | None:
        """Item `position`'s (0-based) window; None when it has none."""
        return self.windows.get(position)

    @property
    def trainee_label(self) -> str:
        return self.trainee_name if self.trainee_name is not None else message("words.no_trainee")

    @property
    def total(self) -> float:
        return self.sheet.total

    @property
    def maximum(self) -> float:
        return self.sheet.maximum

    @property
    def percent(self) -> float:
        return self.sheet.percent

    @property
    def pass_mark_percent(self) -> float:
        return self.sheet.pass_mark_percent

    @property
    def passed(self) -> bool:
        return self.sheet.passed

    @property
    def result(self) -> str:
        return message("result.passed" if self.sheet.passed else "result.failed")

    @property
    def counted_result(self) -> str:
        """PASSED or FAILED as it counts, with the instructor's overrides."""
        return message("result.passed" if self.counted.passed else "result.failed")

    @property
    def ended_at_s(self) -> float | None:
        """Sim time at which the run was ended before its scenario's end; None: it ran to it."""
        return self.sheet.ended_at_s

    @property
    def ended_at_text(self) -> str:
        """The ended-early time as m:ss ('3:20'); empty for a run that ran to its end."""
        return "" if self.sheet.ended_at_s is None else clock_time(self.sheet.ended_at_s)

    @property
    def disruption_minutes(self) -> float:
        return self.sheet.disruption_minutes

    @property
    def disruption_eur(self) -> float:
        return self.sheet.disruption_eur

    @property
    def local_text(self) -> str:
        """'2025-05-01 14:03 CEST': the run's start as people at the airport read it."""
        zone = self.started_local.tzname() or ""
        return f"{self.started_local:%Y-%m-%d %H:%M} {zone}".strip()

    @property
    def utc_text(self) -> str:
        return f"{self.started_utc:%Y-%m-%d %H:%M:%S} UTC"


def _parse_stamp(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def played_scenario(scenario_file: str, file_sha256: str) -> dict[str, Any]:
    """The fields of the run's scenario file, if the file is still there and unchanged (edited
    since the run, its values may not be those that were played); else nothing."""
    path = locate_played_file(scenario_file, file_sha256)  # also bundled, moved since
    if path is None:
        return {}
    try:
        content = path.read_bytes()
    except OSError:
        return {}
    try:
        document = yaml.safe_load(content)
    except yaml.YAMLError:
        return {}
    return document if isinstance(document, dict) else {}


def difficulty_of(played: dict[str, Any]) -> int | None:
    """The difficulty in the run's scenario file as played (see played_scenario)."""
    value = played.get("difficulty")
    return value if isinstance(value, int) and 1 <= value <= 5 else None


def shown_title(run: RunRecord, played: dict[str, Any]) -> str:
    """The scenario's title on the sheet: in Dutch when the sheet is and the file has one (the
    record keeps the title as written)."""
    return spoken(run.scenario_title, played.get("title_nl"))


def gather(repository: Repository, run_id: int, *, tz: tzinfo | None = None) -> SheetData:
    """The document data of one run; ExportError when it has no score sheet.

    `tz` is the zone of the local date (default: the aerodrome's, Europe/Amsterdam). Unknown
    run ids raise the record's own RecordsError, which names the database file.
    """
    run = repository.run(run_id)
    sheet = repository.sheet(run_id)
    if sheet is None:
        raise ExportError(_unscored(run, repository.file))
    trainee = repository.trainee(run.trainee_id) if run.trainee_id is not None else None
    session = repository.session(run.session_id) if run.session_id is not None else None
    started = _parse_stamp(run.started_utc) or datetime.fromtimestamp(0, UTC)
    played = played_scenario(run.scenario_file, run.file_sha256)
    return SheetData(
        run_id=run.id,
        trainee_name=trainee.name if trainee else None,
        trainee_record_id=trainee.id if trainee else None,
        trainee_external_id=trainee.external_id if trainee else None,
        trainee_group=trainee.group if trainee else None,
        scenario_id=run.scenario_id,
        scenario_title=shown_title(run, played),
        scenario_difficulty=difficulty_of(played),
        started_utc=started,
        started_local=started.astimezone(tz or aerodrome_zone()),
        ended_utc=_parse_stamp(run.ended_utc),
        session_id=session.id if session else None,
        session_title=session.title if session else None,
        instructor=session.instructor if session else None,
        seed=run.seed,
        status=run.status,
        sheet=sheet,
        app_version=run.app_version,
        file_sha256=run.file_sha256,
        reviews=aligned_reviews([i.reason for i in sheet.items], repository.item_reviews(run.id)),
        clock_start_s=scenario_clock_start(played),
    )


def _unscored(run: RunRecord, database: str) -> str:
    """Why the run has no sheet, and, when it has ended, the command that scores it."""
    why = message(f"export.why_{run.status.value}")
    text = message("export.no_sheet", run=run.id, scenario=run.scenario_id, why=why)
    if run.status is RunStatus.RUNNING:
        return text
    db = f'"{database}"' if any(c.isspace() for c in database) else database
    return message("export.rescore_it", text=text, db=db, run=run.id)
