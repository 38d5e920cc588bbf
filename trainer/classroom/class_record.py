"""The class's runs on the training record: one run per station, what the class did written a
round at a time in one transaction, each run scored and closed at the end.

The console decides when; this writes, keeps what could not be written for the next round, and
remembers the latest refusal (`error`) for the dashboard. No Qt, no network.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from trainer import __version__
from trainer.classroom import messages as msg
from trainer.classroom.stations import Station
from trainer.errors import TrainerError
from trainer.launch import PreparedRun
from trainer.records import Repository
from trainer.records.models import RunRecord
from trainer.rescoring import score_recorded
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.engine import Engine
from trainer.sim.events import Event, EventKind
from trainer.training_run import SIM_TIME_NOTE_S, file_sha256

log = logging.getLogger(__name__)


class ClassRecord:
    """The record side of one class run of one scenario."""

    def __init__(
        self, prepared: PreparedRun, repository: Repository, session_id: int, engine: Engine
    ) -> None:
        self.prepared = prepared
        self.repository = repository
        self.session_id = session_id
        self.engine = engine
        self.seed = engine.world.seed
        self.error: TrainerError | None = None  # the latest write that failed
        self.pending_events: dict[int, list[Event]] = {}
        self.final_events: list[Event] = []  # the log the runs were scored on at the end
        self._event_cursor = 0
        self._noted_s = 0.0  # how far the open runs have got, as the record last heard

    # -- runs and who they are of -----------------------------------------------------------

    def start_run(self, station: Station, *, late: bool) -> None:
        """The station's run, from now; `late`: the exercise had started without it."""
        scenario = self.prepared.scenario
        trainee_id = self.trainee_id(station)
        station.run_id = self.repository.start_run(
            scenario_id=scenario.id,
            scenario_title=scenario.title,
            scenario_file=str(self.prepared.path),
            file_sha256=file_sha256(self.prepared),
            seed=self.seed,
            app_version=__version__,
            trainee_id=trainee_id,
            session_id=self.session_id,
        )
        station.run_started = self.repository.run(station.run_id).started_utc
        events = list(self.engine.events)
        if late:  # joined after the start: the scorer must know
            station.joined_s, station.joined_tick = self.engine.time_s, self.engine.clock.tick
            events.append(joined_event(station))
        self.pending_events[station.run_id] = events

    def trainee_id(self, station: Station) -> int:
        """The roster entry the station picked, else the one of that name (added if new)."""
        if station.trainee_id is not None:
            try:
                return self.repository.trainee(station.trainee_id).id
            except TrainerError:
                pass  # not on this console's roster: go by the name
        found = self.repository.trainees()
        named = [t for t in found if t.name == station.trainee]
        if named:
            return named[0].id
        station.added_trainee = self.repository.add_trainee(station.trainee)
        return station.added_trainee

    def give_run_to_pick(self, station: Station, join: msg.Join) -> None:
        """The trainee picked their roster entry after their run had started under the name
        they typed: the run is the pick's, and the entry added for the typed name goes (it
        would make the name ambiguous on the roster from then on)."""
        assert station.run_id is not None and join.trainee_id is not None
        try:
            picked = self.repository.trainee(join.trainee_id)
            self.repository.assign_run(station.run_id, picked.id)
            added, station.added_trainee = station.added_trainee, None
            if added is not None and not self.repository.runs(trainee_id=added):
                self.repository.retire_trainee(added)
        except TrainerError as error:  # not on this roster, or the record refused: as it was
            log.warning("run %s stays %s's: %s", station.run_id, station.trainee, error)
            return
        station.trainee, station.trainee_id = picked.name, picked.id

    # -- what the class did -----------------------------------------------------------------

    def collect_events(self, stations: Iterable[Station]) -> None:
        """The engine's new events, waiting for the next commit in every open run."""
        new = self.engine.events[self._event_cursor :]
        self._event_cursor = len(self.engine.events)
        if not new:
            return
        for station in stations:
            if station.run_id is not None and not station.closed and not station.removed:
                self.pending_events.setdefault(station.run_id, []).extend(new)

    def commit_round(self, waiting: list[Station], open_runs: list[Station]) -> list[Station]:
        """The round's actions of `waiting` and the events, in one transaction. Returns the
        stations whose actions are now on the record (none if the record refused: all is kept
        and tried again next round)."""
        now = self.engine.time_s
        note_progress = now - self._noted_s >= SIM_TIME_NOTE_S
        if not waiting and not any(self.pending_events.values()) and not note_progress:
            return []
        actions = [(s.run_id, a) for s in waiting for _, a in s.pending if s.run_id is not None]
        # Every open run's sim time with each write: should the console's PC die, its runs are
        # marked interrupted where the exercise had got to, not at their last event or action.
        times = {s.run_id: now for s in open_runs if s.run_id is not None}
        try:
            self.repository.record_batch(actions, self.pending_events, times)
        except TrainerError as error:
            self.error = error  # kept and tried again next round; nothing acknowledged
            log.error("the class's actions wait in memory: %s", error)
            return []
        self.error = None
        self.pending_events = {}
        self._noted_s = now
        for station in waiting:
            station.acked = station.pending[-1][0]
            station.pending.clear()
        return waiting

    def commit_late(self, station: Station) -> bool:
        """Actions that reached the console after the station's run ended: recorded in that
        run, which is scored again with them if it had a sheet. False if the record refused
        (kept and tried again next round)."""
        assert station.run_id is not None
        late = [action for _, action in station.pending]
        sheet = self.score(station, self.final_events) if station.sheet is not None else None
        try:
            self.repository.record_late_actions(station.run_id, late, sheet)
        except TrainerError as error:
            self.error = error  # kept and tried again next round; nothing acknowledged
            log.error("late actions of %s wait in memory: %s", station.trainee, error)
            return False
        self.error = None
        station.late_actions += len(late)
        station.acked = station.pending[-1][0]
        station.pending.clear()
        station.sheet = sheet
        return True

    # -- scores -----------------------------------------------------------------------------

    def score(self, station: Station, events: list[Event]) -> ScoreSheet | None:
        if self.prepared.scenario.answer_key is None:
            return None
        return score(self.prepared.scenario, station_log(station, events), station.actions,
                     seed=self.seed, run_end_s=self.engine.time_s)  # fmt: skip

    def close(self, station: Station, status: str, sheet: ScoreSheet | None) -> None:
        assert station.run_id is not None
        try:
            self.repository.close_run(station.run_id, status, self.engine.time_s, sheet)
        except TrainerError as error:
            self.error = error  # left running: marked interrupted at the next start
            log.error("run %d could not be closed: %s", station.run_id, error)
        station.sheet, station.closed = sheet, True

    def rescored(self, run: RunRecord, actions: list[Action]) -> ScoreSheet | None:
        """The run's sheet scored again with `actions`, if it has one and was played from this
        console's scenario file; else None (a run with no sheet yet is scored when someone
        scores it, and with all its actions)."""
        if self.repository.sheet(run.id) is None or self.prepared.scenario.answer_key is None:
            return None
        if run.file_sha256 != file_sha256(self.prepared):
            log.warning("run %d was played from another scenario file: its sheet is not scored "
                        "again here (drone-trainer rescore does)", run.id)  # fmt: skip
            return None
        return score_recorded(self.prepared, run, self.repository.events(run.id), actions)


def joined_event(station: Station) -> Event:
    """The log's note that a trainee's run began after the exercise's start (the scorer reads
    it: nothing was due before)."""
    return Event(station.joined_tick, station.joined_s, EventKind.TRAINEE_JOINED, "",
                 detail=station.trainee)  # fmt: skip


def station_log(station: Station, events: Sequence[Event]) -> list[Event]:
    """The class's event log as this station's run has it: with its joining, if it was late."""
    return [*events, joined_event(station)] if station.joined_s > 0 else list(events)
