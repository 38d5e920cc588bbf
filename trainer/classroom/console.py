"""The instructor's console: one authoritative engine for the class, one recorded run per station.

Stepped from outside (`pump`, from a loop or a Qt timer): it takes in what stations sent,
advances the engine in real time times the speed, commits the tick's actions and events of
every station in one transaction and only then acknowledges them, and sends the perceived
picture to every station at a bounded rate. No Qt here.
"""

from __future__ import annotations

import hmac
import logging
import time
import uuid
from collections.abc import Callable, Sequence

import msgspec

from trainer import __version__
from trainer.briefing import authorisations
from trainer.classroom import messages as msg
from trainer.classroom.pictures import pack_manned, pack_tracks
from trainer.classroom.refusals import Reason, mismatch, refused, removed
from trainer.classroom.stations import Station, new_code, normal_code, station_sheet
from trainer.classroom.transport import ConsoleSocket
from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.launch import PreparedRun
from trainer.recording import next_action
from trainer.records import Repository
from trainer.records.models import RunRecord, RunStatus
from trainer.replay import complete_log
from trainer.rescoring import score_recorded
from trainer.scenario.airspace_imports import with_absolute_imports
from trainer.scoring.action_file import check_params
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event, EventKind
from trainer.sim.injects import Inject
from trainer.text import single_line
from trainer.training_run import SIM_TIME_NOTE_S, file_sha256, utc_now_iso

log = logging.getLogger(__name__)

STEP_BUDGET_S = 0.02  # stepping may take this much of one pump; sim time runs slow beyond
MAX_BACKLOG_S = 1.0
LOST_AFTER_S = 3.0  # a station silent this long shows as not connected


class ClassConsole:
    """One class run of one scenario: stations join with the code, the instructor steers."""

    def __init__(
        self,
        prepared: PreparedRun,
        repository: Repository,
        session_id: int,
        socket: ConsoleSocket,
        *,
        code: str | None = None,
        seed: int | None = None,
        picture_hz: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], str] = utc_now_iso,
    ) -> None:
        self.prepared = prepared
        self.repository = repository
        self.session_id = session_id
        self.socket = socket
        self.code = normal_code(code or "") or new_code()
        # This exercise's identity: a station back from an exercise of a console that died
        # never has its actions of then numbered into this one (see _act_before).
        self.exercise = uuid.uuid4().hex
        self.engine = prepared.engine(seed)
        self.seed = self.engine.world.seed
        self.picture_hz = picture_hz
        self.clock = clock
        self.wall_clock = wall_clock
        self.state = "ready"
        self.speed = 1.0
        self.stations: dict[str, Station] = {}
        self.record_error: TrainerError | None = None  # the latest commit that failed
        self.dropped_messages = 0
        self.sheets_released = False  # a station joining again after the release gets its own
        self._owed_s = 0.0
        self._last_wall: float | None = None
        self._next_picture = 0.0
        self._event_cursor = 0
        self._pending_events: dict[int, list[Event]] = {}
        self._noted_s = 0.0  # how far the open runs have got, as the record last heard
        self._final_events: list[Event] = []  # the log the runs were scored on at the end
        self._session_title = repository.session(session_id).title
        zone_names = {z.id: z.shown_name() for z in prepared.world.airspace.zones}
        self._flights = [
            msg.Flight(f.reference, f.operator_id, f.serial, list(f.zones), f.valid_from,
                       f.valid_to)
            for f in authorisations(prepared.scenario, zone_names)
        ]  # fmt: skip

    # -- the instructor's commands -----------------------------------------------------------

    def start(self) -> None:
        """Start the exercise for every station that has joined (late joiners start on joining).

        A station closed before the start (it said goodbye) gets its run when it comes back:
        a trainee who joined at the wrong PC, or went home, leaves no empty run on the record.
        """
        if self.state != "ready":
            return
        for station in self._present():
            if not station.left:
                self._start_run(station)
                assert station.run_id is not None
                started = msg.Started(station.run_id, station.run_started,
                                      sorted(station.not_recorded))  # fmt: skip
                self.socket.send(station.peer, msg.encode(started))
        self.state = "running"
        self._last_wall = self.clock()
        self._publish(force=True)

    def pause(self) -> None:
        if self.state == "running":
            self._advance()
            self.state, self._last_wall, self._owed_s = "paused", None, 0.0
            self._publish(force=True)

    def resume(self) -> None:
        if self.state == "paused":
            self.state, self._last_wall = "running", self.clock()
            self._publish(force=True)

    def set_speed(self, speed: float) -> None:
        if not 0 < speed <= 1000:
            raise ValueError(f"speed must be above 0 and at most 1000, not {speed}")
        self._advance()
        self.speed = speed

    def end(self) -> None:
        """End the exercise now: every run is scored as ended early."""
        if self.state in ("running", "paused"):
            self._finish(completed=False)

    def inject(self, inject: Inject) -> None:
        """An inject for the whole class: one engine, so every trainee gets it at the same tick."""
        if self.state not in ("running", "paused"):
            raise ValueError("injects need a running exercise")
        self.engine.inject(inject)

    def remove(self, station_id: str) -> None:
        station = self.stations.get(station_id)
        if station is None or station.removed:
            return
        station.removed = True
        self.socket.send(station.peer, msg.encode(removed()))
        self._commit()
        if station.run_id is not None and not station.closed:
            sheet = self._score(station, complete_log(self.prepared, self.seed, self.engine.events))
            self._close(station, "aborted", sheet)

    def release_sheets(self) -> int:
        """Send each trainee their own sheet; returns how many went out. A station away now
        gets its sheet when it joins again."""
        self.sheets_released = True
        sent = 0
        for station in self.stations.values():
            if station.sheet is not None and not station.removed:
                sent += self.socket.send(station.peer, msg.encode(station_sheet(station.sheet)))
        return sent

    # -- one round --------------------------------------------------------------------------

    def pump(self, timeout_ms: int = 0) -> None:
        """Take in what arrived, advance the sim, commit and acknowledge, send the picture."""
        for peer, payload in self.socket.receive(timeout_ms):
            self._take(peer, payload)
        self._advance()
        self._collect_events()
        self._commit()
        self._publish()
        if self.state == "running" and self.engine.finished:
            self._finish(completed=True)

    def _advance(self) -> None:
        if self.state != "running" or self._last_wall is None:
            return
        now = self.clock()
        self._owed_s = min(self._owed_s + (now - self._last_wall) * self.speed, MAX_BACKLOG_S
                           * max(1.0, self.speed))  # fmt: skip
        self._last_wall = now
        dt = self.engine.clock.dt_s
        started = time.perf_counter()
        while self._owed_s >= dt - 1e-9 and not self.engine.finished:
            self.engine.step()
            self._owed_s -= dt
            if time.perf_counter() - started > STEP_BUDGET_S:
                break

    # -- messages from stations ----------------------------------------------------------------

    def _take(self, peer: bytes, payload: bytes) -> None:
        try:
            message = msg.decode_station(payload)
        except msg.MessageError as error:
            self.dropped_messages += 1
            log.warning("dropped a message from %r: %s", peer[:64], error)
            protocol = msg.join_protocol(payload)
            if protocol is not None and protocol != msg.PROTOCOL:  # a newer station's join
                self.socket.send(peer, msg.encode(mismatch(protocol)))
            return
        if isinstance(message, msg.Join):
            self._join(peer, message)
            return
        station = self.stations.get(peer.decode(errors="replace"))
        if station is None or station.peer != peer:
            self.dropped_messages += 1  # not joined: nothing it says counts
            return
        station.last_seen = self.clock()
        if station.removed:
            self.socket.send(peer, msg.encode(removed()))
        elif isinstance(message, msg.Act) and message.run is not None:
            self._act_before(station, message)
        elif isinstance(message, msg.Act):
            self._act(station, message)
        elif isinstance(message, msg.Ping):
            station.picture_tick = min(message.tick, self.engine.clock.tick)
            station.lag_s = (self.engine.clock.tick - station.picture_tick) * self.engine.clock.dt_s
            station.left = False
        elif isinstance(message, msg.Leave):
            station.left = True

    def _join(self, peer: bytes, join: msg.Join) -> None:
        # The name and PC name as typed at another PC: on one line, without control or
        # direction characters (a right-to-left override would turn round the console's own
        # text after it, in the dashboard, the questions and the record).
        join = msgspec.structs.replace(
            join, trainee=single_line(join.trainee), host=single_line(join.host)
        )
        refusal = None
        if join.protocol != msg.PROTOCOL:  # first: another version may read no other refusal
            refusal = mismatch(join.protocol)
        elif not hmac.compare_digest(normal_code(join.code).encode(), self.code.encode()):
            refusal = refused(Reason.WRONG_CODE)
        elif peer != join.station.encode():
            refusal = refused(Reason.ID_MISMATCH)
        elif join.station in self.stations and self.stations[join.station].removed:
            refusal = refused(Reason.REMOVED)
        elif join.station not in self.stations and self.state in ("finished", "ended"):
            refusal = refused(Reason.EXERCISE_OVER)
        elif (namesake := self._namesake(join)) is not None:
            refusal = refused(Reason.NAME_TAKEN, trainee=namesake.trainee, host=namesake.host)
        if refusal is not None:
            self.dropped_messages += 1
            self.socket.send(peer, msg.encode(refusal))
            return
        station = self.stations.get(join.station)
        if station is None:
            name = join.trainee.strip() or message("words.anonymous_trainee")
            station = Station(join.station, peer, name, join.trainee_id, join.host, self.clock())
            self.stations[join.station] = station
        else:  # back after a restart or a lost connection: same run, same record
            station.peer, station.host, station.last_seen = peer, join.host, self.clock()
            station.left = False
            if station.run_id is None:  # not started yet: the trainee may have picked their
                station.trainee = join.trainee.strip() or station.trainee  # roster entry since
                station.trainee_id = join.trainee_id
            elif _picked_from_roster(station, join):
                self._give_run_to_pick(station, join)
        if self.state in ("running", "paused") and station.run_id is None:
            self._start_run(station)
        self.socket.send(peer, msg.encode(self._welcome(station)))
        self._publish(force=True, only=station)
        if self.sheets_released and station.sheet is not None:
            self.socket.send(peer, msg.encode(station_sheet(station.sheet)))

    def _namesake(self, join: msg.Join) -> Station | None:
        """Another station in the class, still connected, as the same trainee: the same roster
        entry, or the same name where either has none. Two such stations would give one
        trainee two runs (and two sheets) in the record, and leave another trainee out."""
        mine = self.stations.get(join.station)
        if mine is not None and mine.run_id is not None and not _picked_from_roster(mine, join):
            return None  # back in its own run: who it is was settled when the run started
        name = _folded(join.trainee)
        if join.trainee_id is None:
            on_roster = sum(_folded(t.name) == name for t in self.repository.trainees())
            if on_roster > 1:
                return None  # the station asks the trainee which of them they are, then again
        for other in self.stations.values():
            if other.station == join.station or not self.connected(other):
                continue
            if join.trainee_id is not None and other.trainee_id is not None:
                same = join.trainee_id == other.trainee_id
            else:
                same = bool(name) and _folded(other.trainee) == name
            if same:
                return other
        return None

    def _act(self, station: Station, act: msg.Act) -> None:
        if act.seq <= station.acked:  # sent again after a lost acknowledgement: already done
            self._ack(station)
            return
        if act.seq != station.expected_seq():
            return  # out of order (an old resend): the station sends again in order
        if station.run_id is None or not (self.state in ("running", "paused") or station.closed):
            station.acked = act.seq  # not part of any run: say so, so it is not sent again
            station.not_recorded.add(act.seq)
            self._ack(station)
            return
        try:
            params = check_params(act.kind, act.params)
        except ValueError as error:
            log.warning("station %s: action %d refused: %s", station.station, act.seq, error)
            station.acked = act.seq
            station.not_recorded.add(act.seq)
            self._ack(station)
            return
        # The time on the trainee's screen, but never ahead of the console or of their last.
        # A station offline at the end sends what its trainee did then when it is back: that
        # counts, at the time it was made (the station takes no responses once it knows the
        # exercise is over, so nothing made after seeing the end or the sheet comes this way).
        earliest = station.actions[-1].sim_time_s if station.actions else 0.0
        at = min(max(act.sim_time_s, earliest), self.engine.time_s)
        action = next_action(station.actions, act.kind, at, act.track, params, self.wall_clock())
        station.actions.append(action)
        station.seqs.append(act.seq)
        station.pending.append((act.seq, action))

    def _act_before(self, station: Station, act: msg.Act) -> None:
        """An action made in an earlier exercise, whose console died before it had it: into
        the run it was made in, if this record holds it as this trainee's and it no longer
        runs, at the time it was made (never past where that run got); never into this
        exercise. Otherwise acknowledged as not recorded (the station keeps it)."""
        assert act.run is not None
        run = self._earlier_run(station, act.run, act.run_started)
        if run is None:
            self._not_placed(station, act)
            return
        try:
            earlier = self.repository.actions(run.id)
            params = check_params(act.kind, act.params)
        except TrainerError as error:
            self.record_error = error  # asked again when the station resends
            log.error("run %d cannot be read: %s", run.id, error)
            return
        except ValueError as error:
            log.warning("station %s: run %d action %d refused: %s", station.station, run.id,
                        act.seq, error)  # fmt: skip
            self._not_placed(station, act)
            return
        last = max((a.sequence for a in earlier), default=0)
        if act.seq <= last:  # committed before the console died, or a resend: on the record
            self.socket.send(station.peer, msg.encode(msg.Ack(act.seq, True, act.run)))
            return
        if act.seq != last + 1 or len(earlier) != last:
            return  # out of order (an old resend): the station sends again in order
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
            sheet = self._rescored(run, [*earlier, action])
            self.repository.record_late_actions(run.id, [action], sheet)
        except TrainerError as error:
            self.record_error = error  # tried again when the station resends; not acknowledged
            log.error("an earlier action of %s waits at the station: %s", station.trainee, error)
            return
        self.record_error = None
        station.earlier_recorded.add((run.id, act.seq))
        log.info("run %d: %s's action %d of an earlier exercise recorded", run.id,
                 station.trainee, act.seq)  # fmt: skip
        self.socket.send(station.peer, msg.encode(msg.Ack(act.seq, True, act.run)))

    def _not_placed(self, station: Station, act: msg.Act) -> None:
        """An earlier exercise's action no run here takes: the station keeps it."""
        assert act.run is not None
        station.earlier_not_recorded.add((act.run, act.seq))
        self.socket.send(station.peer, msg.encode(msg.Ack(act.seq, False, act.run)))

    def _earlier_run(self, station: Station, run_id: int, started: str) -> RunRecord | None:
        """The run of an earlier exercise an action names, if it may take it: on this record
        (the same number, started at the same millisecond), not one of this exercise's, no
        longer running, and this station's trainee's."""
        if any(s.run_id == run_id for s in self.stations.values()):
            return None
        try:
            run = self.repository.run(run_id)
            trainee = self.repository.trainee(run.trainee_id) if run.trainee_id else None
        except TrainerError:
            return None  # another record (another database), or a run since deleted
        if run.started_utc != started or run.status is RunStatus.RUNNING or trainee is None:
            return None
        if station.trainee_id is not None and station.trainee_id == trainee.id:
            return run
        return run if _folded(trainee.name) == _folded(station.trainee) else None

    def _rescored(self, run: RunRecord, actions: list[Action]) -> ScoreSheet | None:
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

    def _ack(self, station: Station) -> None:
        """The station's actions up to `acked` are done with; those of them not recorded say
        so, every time (an acknowledgement lost on the way leaves the station no other way to
        know, and an earlier exercise's actions are numbered in their run without them)."""
        skipped = sorted(station.not_recorded)
        ack = msg.Ack(station.acked, station.acked not in station.not_recorded, skipped=skipped)
        self.socket.send(station.peer, msg.encode(ack))

    # -- the record -------------------------------------------------------------------------

    def _start_run(self, station: Station) -> None:
        scenario = self.prepared.scenario
        trainee_id = self._trainee_id(station)
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
        if self.state in ("running", "paused"):  # joined after the start: the scorer must know
            station.joined_s, station.joined_tick = self.engine.time_s, self.engine.clock.tick
            events.append(joined_event(station))
        self._pending_events[station.run_id] = events

    def _trainee_id(self, station: Station) -> int:
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

    def _give_run_to_pick(self, station: Station, join: msg.Join) -> None:
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

    def _collect_events(self) -> None:
        new = self.engine.events[self._event_cursor :]
        self._event_cursor = len(self.engine.events)
        if not new:
            return
        for station in self.stations.values():
            if station.run_id is not None and not station.closed and not station.removed:
                self._pending_events.setdefault(station.run_id, []).extend(new)

    def _commit(self) -> None:
        """Everything the class did since the last commit, in one transaction; then the acks."""
        waiting = [s for s in self.stations.values() if s.pending and s.run_id is not None]
        for station in [s for s in waiting if s.closed]:
            waiting.remove(station)
            self._commit_late(station)
        now = self.engine.time_s
        note_progress = now - self._noted_s >= SIM_TIME_NOTE_S
        if not waiting and not any(self._pending_events.values()) and not note_progress:
            return
        actions = [(s.run_id, a) for s in waiting for _, a in s.pending if s.run_id is not None]
        # Every open run's sim time with each write: should the console's PC die, its runs are
        # marked interrupted where the exercise had got to, not at their last event or action.
        times = {s.run_id: now for s in self._open() if s.run_id is not None}
        try:
            self.repository.record_batch(actions, self._pending_events, times)
        except TrainerError as error:
            self.record_error = error  # kept and tried again next round; nothing acknowledged
            log.error("the class's actions wait in memory: %s", error)
            return
        self.record_error = None
        self._pending_events = {}
        self._noted_s = now
        for station in waiting:
            station.acked = station.pending[-1][0]
            station.pending.clear()
            self._ack(station)

    def _commit_late(self, station: Station) -> None:
        """Actions that reached the console after the station's run ended: recorded in that
        run and scored again with them, then acknowledged; a released sheet goes out again."""
        assert station.run_id is not None
        late = [action for _, action in station.pending]
        sheet = self._score(station, self._final_events) if station.sheet is not None else None
        try:
            self.repository.record_late_actions(station.run_id, late, sheet)
        except TrainerError as error:
            self.record_error = error  # kept and tried again next round; nothing acknowledged
            log.error("late actions of %s wait in memory: %s", station.trainee, error)
            return
        self.record_error = None
        station.late_actions += len(late)
        station.acked = station.pending[-1][0]
        station.pending.clear()
        station.sheet = sheet
        self._ack(station)
        if self.sheets_released and sheet is not None:
            self.socket.send(station.peer, msg.encode(station_sheet(sheet)))

    # -- pictures -----------------------------------------------------------------------------

    def picture(self) -> msg.Picture:
        """The perceived picture now: tracks and cooperative traffic, never the truth."""
        engine = self.engine
        manned = engine.others.manned_picture()
        return msg.Picture(
            tick=engine.clock.tick,
            time_s=engine.time_s,
            state=self.state,  # type: ignore[arg-type]
            speed=self.speed,
            tracks=pack_tracks(engine.tracks()) if engine.sensing is not None else None,
            manned=pack_manned(manned) if manned is not None else None,
            sent_at=time.monotonic(),
        )

    def _publish(self, force: bool = False, only: Station | None = None) -> None:
        now = self.clock()
        if not force and now < self._next_picture:
            return
        self._next_picture = now + 1.0 / self.picture_hz
        payload = msg.encode(self.picture())
        for station in [only] if only is not None else self.stations.values():
            if not station.removed:
                self.socket.send(station.peer, payload)

    def _welcome(self, station: Station) -> msg.Welcome:
        scenario = self.prepared.scenario
        # Less the entry made for this station's typed name when its run began: the station
        # asks the trainee which entry is theirs unless the name is on the roster once, and
        # that entry would be the one (a late joiner's "chris bakker" beside "Chris Bakker").
        roster = [
            msg.RosterEntry(t.id, t.name, t.group)
            for t in self.repository.trainees()
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

    # -- the end ------------------------------------------------------------------------------

    def _finish(self, completed: bool) -> None:
        self._collect_events()
        self._commit()
        self.state = "finished" if completed else "ended"
        events = list(self.engine.events)
        if not completed:
            events = complete_log(self.prepared, self.seed, events)
        self._final_events = events  # what late actions are scored against
        for station in self.stations.values():
            if station.run_id is not None and not station.closed and not station.removed:
                self._close(station, "finished" if completed else "aborted",
                            self._score(station, events))  # fmt: skip
        self._publish(force=True)

    def _score(self, station: Station, events: list[Event]) -> ScoreSheet | None:
        if self.prepared.scenario.answer_key is None:
            return None
        return score(self.prepared.scenario, station_log(station, events), station.actions,
                     seed=self.seed, run_end_s=self.engine.time_s)  # fmt: skip

    def _close(self, station: Station, status: str, sheet: ScoreSheet | None) -> None:
        assert station.run_id is not None
        try:
            self.repository.close_run(station.run_id, status, self.engine.time_s, sheet)
        except TrainerError as error:
            self.record_error = error  # left running: marked interrupted at the next start
            log.error("run %d could not be closed: %s", station.run_id, error)
        station.sheet, station.closed = sheet, True

    # -- what the dashboard shows -------------------------------------------------------------

    def _present(self) -> list[Station]:
        return [s for s in self.stations.values() if not s.removed]

    def _open(self) -> list[Station]:
        """The stations whose run is going on (started, not yet ended)."""
        return [s for s in self.stations.values() if s.run_id is not None and not s.closed]

    def connected(self, station: Station) -> bool:
        return (
            not station.removed
            and not station.left
            and self.clock() - station.last_seen <= LOST_AFTER_S
        )

    def lag_s(self, station: Station) -> float:
        """Sim seconds the station's picture was behind the console when it last said so."""
        return station.lag_s


def _picked_from_roster(station: Station, join: msg.Join) -> bool:
    """A station back with the roster entry its trainee picked (the station asks when the typed
    name is not on the roster once) after its run had started under the typed name, with
    nothing done in it yet."""
    return (
        station.run_id is not None
        and station.trainee_id is None
        and join.trainee_id is not None
        and not station.actions
        and station.acked == 0
    )


def joined_event(station: Station) -> Event:
    """The log's note that a trainee's run began after the exercise's start (the scorer reads
    it: nothing was due before)."""
    return Event(station.joined_tick, station.joined_s, EventKind.TRAINEE_JOINED, "",
                 detail=station.trainee)  # fmt: skip


def station_log(station: Station, events: Sequence[Event]) -> list[Event]:
    """The class's event log as this station's run has it: with its joining, if it was late."""
    return [*events, joined_event(station)] if station.joined_s > 0 else list(events)


def _folded(name: str) -> str:
    """A name as two stations' names are compared: spaces and capitals do not count."""
    return " ".join(name.split()).casefold()
