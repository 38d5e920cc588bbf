"""Actions a station made in an earlier exercise, whose console died before it had them.

A station's actions carry the exercise they were made in (the console's `exercise` token, in
its welcome); one back from an exercise of a console that died sends those of then with their
run. They go back into that run, if this record holds it as this trainee's and it no longer
runs, and never into this exercise; otherwise the station is told they were not placed, and
keeps them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from trainer.classroom import messages as msg
from trainer.classroom.class_record import ClassRecord
from trainer.classroom.namesakes import folded
from trainer.classroom.stations import Station
from trainer.errors import TrainerError
from trainer.recording import next_action
from trainer.records.models import RunRecord, RunStatus
from trainer.scoring.action_file import check_params
from trainer.training_run import SIM_TIME_NOTE_S

log = logging.getLogger(__name__)


class EarlierActions:
    """Places an earlier exercise's actions in their runs on the record."""

    def __init__(self, record: ClassRecord, wall_clock: Callable[[], str]) -> None:
        self.record = record
        self.wall_clock = wall_clock

    def take(
        self, station: Station, act: msg.Act, runs_here: Iterable[int | None]
    ) -> msg.Ack | None:
        """An action made in an earlier exercise (`runs_here`: this exercise's runs): into
        the run it was made in, if this record holds it as this trainee's and it no longer
        runs, at the time it was made (never past where that run got); never into this
        exercise. Otherwise acknowledged as not recorded (the station keeps it). Returns the
        acknowledgement to send, if any (none: the station sends it again)."""
        assert act.run is not None
        run = self._earlier_run(station, act.run, act.run_started, runs_here)
        if run is None:
            return self._not_placed(station, act)
        try:
            earlier = self.record.repository.actions(run.id)
            params = check_params(act.kind, act.params)
        except TrainerError as error:
            self.record.error = error  # asked again when the station resends
            log.error("run %d cannot be read: %s", run.id, error)
            return None
        except ValueError as error:
            log.warning("station %s: run %d action %d refused: %s", station.station, run.id,
                        act.seq, error)  # fmt: skip
            return self._not_placed(station, act)
        last = max((a.sequence for a in earlier), default=0)
        if act.seq <= last:  # committed before the console died, or a resend: on the record
            return msg.Ack(act.seq, True, act.run)
        if act.seq != last + 1 or len(earlier) != last:
            return None  # out of order (an old resend): the station sends again in order
        # Never past where the run got. An ended run knows its end; an interrupted one knows
        # where the record last heard of it, and its console noted that at least every
        # SIM_TIME_NOTE_S: it may have got that much further (a station's screen time comes
        # from its pictures, so an honest one is never beyond the console's death, and
        # clamping it to the last note would move a response made in time to before it).
        end_s = run.sim_time_s
        if run.status is RunStatus.INTERRUPTED:
            end_s += SIM_TIME_NOTE_S
        at = min(act.sim_time_s, end_s)
        if act.sim_time_s > end_s:
            log.info("run %d: an action made at %.1f s on the station's screen is recorded at "
                     "%.1f s, the furthest the run can have got before its console stopped",
                     run.id, act.sim_time_s, end_s)  # fmt: skip
        at = max(at, earlier[-1].sim_time_s if earlier else 0.0)
        action = next_action(earlier, act.kind, at, act.track, params, self.wall_clock())
        try:
            sheet = self.record.rescored(run, [*earlier, action])
            self.record.repository.record_late_actions(run.id, [action], sheet)
        except TrainerError as error:
            self.record.error = error  # tried again when the station resends; not acknowledged
            log.error("an earlier action of %s waits at the station: %s", station.trainee, error)
            return None
        self.record.error = None
        station.earlier_recorded.add((run.id, act.seq))
        log.info("run %d: %s's action %d of an earlier exercise recorded", run.id,
                 station.trainee, act.seq)  # fmt: skip
        return msg.Ack(act.seq, True, act.run)

    def _not_placed(self, station: Station, act: msg.Act) -> msg.Ack:
        """An earlier exercise's action no run here takes: the station keeps it."""
        assert act.run is not None
        station.earlier_not_recorded.add((act.run, act.seq))
        return msg.Ack(act.seq, False, act.run)

    def _earlier_run(
        self, station: Station, run_id: int, started: str, runs_here: Iterable[int | None]
    ) -> RunRecord | None:
        """The run of an earlier exercise an action names, if it may take it: on this record
        (the same number, started at the same millisecond), not one of this exercise's, no
        longer running, and this station's trainee's."""
        if any(run == run_id for run in runs_here):
            return None
        try:
            run = self.record.repository.run(run_id)
            trainee = self.record.repository.trainee(run.trainee_id) if run.trainee_id else None
        except TrainerError:
            return None  # another record (another database), or a run since deleted
        if run.started_utc != started or run.status is RunStatus.RUNNING or trainee is None:
            return None
        if station.trainee_id is not None and station.trainee_id == trainee.id:
            return run
        return run if folded(trainee.name) == folded(station.trainee) else None
