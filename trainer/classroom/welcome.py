"""What a station is told when it joins: the exercise (its airspace, time, flights, session) and
where it stands in it (its run, its actions the console has, which of them are not recorded)."""

from __future__ import annotations

from collections.abc import Iterable

from trainer.briefing import authorisations
from trainer.classroom import messages as msg
from trainer.classroom.stations import Station
from trainer.launch import PreparedRun
from trainer.records.models import TraineeRecord
from trainer.scenario.airspace_imports import with_absolute_imports


class Welcomes:
    """The welcomes of one exercise: the same exercise for every station, each its own place."""

    def __init__(
        self,
        prepared: PreparedRun,
        session_title: str,
        *,
        seed: int,
        picture_hz: float,
        exercise: str,
    ) -> None:
        self.prepared = prepared
        self.seed = seed
        self.picture_hz = picture_hz
        self.exercise = exercise
        self._session_title = session_title
        zone_names = {z.id: z.shown_name() for z in prepared.world.airspace.zones}
        self._flights = [
            msg.Flight(f.reference, f.operator_id, f.serial, list(f.zones), f.valid_from,
                       f.valid_to)
            for f in authorisations(prepared.scenario, zone_names)
        ]  # fmt: skip

    def welcome(self, station: Station, trainees: Iterable[TraineeRecord]) -> msg.Welcome:
        scenario = self.prepared.scenario
        # Less the entry made for this station's typed name when its run began: the station
        # asks the trainee which entry is theirs unless the name is on the roster once, and
        # that entry would be the one (a late joiner's "chris bakker" beside "Chris Bakker").
        roster = [
            msg.RosterEntry(t.id, t.name, t.group)
            for t in trainees
            if t.id != station.added_trainee
        ]
        made = [
            msg.MadeAction(seq, a.kind, a.sim_time_s, a.track, dict(a.params), a.corrects)
            for seq, a in zip(station.seqs, station.actions, strict=True)
        ]
        return msg.Welcome(
            station=station.station,
            session=self._session_title,
            # Imports as absolute paths: a station on this machine or a shared drive finds them.
            airspace_json=with_absolute_imports(
                scenario.airspace, self.prepared.path.parent
            ).model_dump_json(),
            start_minute_of_day=scenario.start_minute_of_day,
            duration_s=scenario.duration_s,
            seed=self.seed,
            flights=self._flights,
            roster=roster,
            acked=station.acked,
            made=made,
            picture_hz=self.picture_hz,
            exercise=self.exercise,
            run=station.run_id,
            run_started=station.run_started,
            skipped=sorted(station.not_recorded),
        )
