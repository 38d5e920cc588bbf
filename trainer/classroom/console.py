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
from collections.abc import Callable

import msgspec

from trainer.classroom import messages as msg
from trainer.classroom.class_record import ClassRecord
from trainer.classroom.earlier_exercise import EarlierActions
from trainer.classroom.namesakes import namesake, picked_from_roster
from trainer.classroom.pictures import pack_manned, pack_tracks
from trainer.classroom.refusals import Reason, mismatch, refused, removed
from trainer.classroom.stations import Station, new_code, normal_code, station_sheet
from trainer.classroom.transport import ConsoleSocket
from trainer.classroom.welcome import Welcomes
from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.launch import PreparedRun
from trainer.recording import next_action
from trainer.records import Repository
from trainer.replay import complete_log
from trainer.scoring.action_file import check_params
from trainer.sim.injects import Inject
from trainer.text import single_line
from trainer.training_run import utc_now_iso

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
        self.session_id = session_id
        self.socket = socket
        self.code = normal_code(code or "") or new_code()
        # This exercise's identity: a station back from an exercise of a console that died
        # never has its actions of then numbered into this one (see earlier_exercise.py).
        self.exercise = uuid.uuid4().hex
        self.engine = prepared.engine(seed)
        self.seed = self.engine.world.seed
        self.picture_hz = picture_hz
        self.clock = clock
        self.wall_clock = wall_clock
        self.state = "ready"
        self.speed = 1.0
        self.stations: dict[str, Station] = {}
        self.dropped_messages = 0
        self.sheets_released = False  # a station joining again after the release gets its own
        self._owed_s = 0.0
        self._last_wall: float | None = None
        self._next_picture = 0.0
        self.record = ClassRecord(prepared, repository, session_id, self.engine)
        self._earlier = EarlierActions(self.record, wall_clock)
        self._welcomes = Welcomes(prepared, repository.session(session_id).title,
                                  seed=self.seed, picture_hz=picture_hz,
                                  exercise=self.exercise)  # fmt: skip

    @property
    def repository(self) -> Repository:
        """The training record the class's runs are on (the record side's: one for both)."""
        return self.record.repository

    @repository.setter
    def repository(self, repository: Repository) -> None:
        self.record.repository = repository

    @property
    def record_error(self) -> TrainerError | None:
        """The latest write to the record that failed, until one goes through."""
        return self.record.error

    @record_error.setter
    def record_error(self, error: TrainerError | None) -> None:
        self.record.error = error

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
                self.record.start_run(station, late=False)
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
            events = complete_log(self.prepared, self.seed, self.engine.events, self.engine)
            self.record.close(station, "aborted", self.record.score(station, events))

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
        self.record.collect_events(self.stations.values())
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
            runs_here = (s.run_id for s in self.stations.values())
            ack = self._earlier.take(station, message, runs_here)
            if ack is not None:
                self.socket.send(station.peer, msg.encode(ack))
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
        elif (other := namesake(join, self.stations, self.repository, self.connected)) is not None:
            refusal = refused(Reason.NAME_TAKEN, trainee=other.trainee, host=other.host)
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
            elif picked_from_roster(station, join):
                self.record.give_run_to_pick(station, join)
        if self.state in ("running", "paused") and station.run_id is None:
            self.record.start_run(station, late=True)
        welcome = self._welcomes.welcome(station, self.repository.trainees())
        self.socket.send(peer, msg.encode(welcome))
        self._publish(force=True, only=station)
        if self.sheets_released and station.sheet is not None:
            self.socket.send(peer, msg.encode(station_sheet(station.sheet)))

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

    def _ack(self, station: Station) -> None:
        """The station's actions up to `acked` are done with; those of them not recorded say
        so, every time (an acknowledgement lost on the way leaves the station no other way to
        know, and an earlier exercise's actions are numbered in their run without them)."""
        skipped = sorted(station.not_recorded)
        ack = msg.Ack(station.acked, station.acked not in station.not_recorded, skipped=skipped)
        self.socket.send(station.peer, msg.encode(ack))

    def _commit(self) -> None:
        """Everything the class did since the last commit, in one transaction; then the acks.
        Actions that reached the console after the station's run ended go into that run (scored
        again with them), and a released sheet goes out again."""
        waiting = [s for s in self.stations.values() if s.pending and s.run_id is not None]
        for station in [s for s in waiting if s.closed]:
            waiting.remove(station)
            if self.record.commit_late(station):
                self._ack(station)
                if self.sheets_released and station.sheet is not None:
                    self.socket.send(station.peer, msg.encode(station_sheet(station.sheet)))
        for station in self.record.commit_round(waiting, self._open()):
            self._ack(station)

    # -- the picture --------------------------------------------------------------------------

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

    # -- the end ------------------------------------------------------------------------------

    def _finish(self, completed: bool) -> None:
        self.record.collect_events(self.stations.values())
        self._commit()
        self.state = "finished" if completed else "ended"
        events = list(self.engine.events)
        if not completed:
            events = complete_log(self.prepared, self.seed, events, self.engine)
        self.record.final_events = events  # what late actions are scored against
        for station in self.stations.values():
            if station.run_id is not None and not station.closed and not station.removed:
                self.record.close(station, "finished" if completed else "aborted",
                                  self.record.score(station, events))  # fmt: skip
        self._publish(force=True)

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
