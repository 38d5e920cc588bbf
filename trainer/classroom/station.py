"""A trainee's station: joins the console, receives the picture, sends actions until committed.

Every action is written to the station's outbox file (synced to disk) before it is sent, and
sent again until the console acknowledges it; the console ignores the copies it already has.
So a lost connection, a restarted station or a console that was slow to commit never loses a
response, and never records one twice. No Qt here: the station window and the headless
scripted stations drive the same link.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

import msgspec

from trainer.classroom import messages as msg
from trainer.classroom.pictures import unpack_manned, unpack_tracks
from trainer.classroom.transport import StationSocket
from trainer.scoring.protocol import ActionKind
from trainer.sim.track_picture import TrackPicture
from trainer.sim.traffic_picture import MannedPicture

log = logging.getLogger(__name__)

PING_EVERY_S = 1.0
JOIN_AGAIN_S = 2.0  # no welcome this long after joining: ask again (the console may be back)
SILENCE_S = 5.0  # nothing from the console this long (it sends 10 pictures a second): rejoin
RESEND_AFTER_S = 1.0


class Outbox:
    """The station's actions not yet acknowledged, kept in a file that survives a restart.

    Each action is noted with the exercise it was made in (the token of the console's welcome
    then). `waiting` are the current exercise's; `earlier` those of an exercise whose console
    died before it had them, by (run, seq) of the run they were made in, to go back there;
    an earlier one that no record takes is kept in the file beside (`kept_path`).
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.waiting: dict[int, msg.Act] = {}
        self.acked = 0
        self.exercise: str | None = None  # None: not yet welcomed (or a file from before tokens)
        # The station's run in each exercise it knows: its number and start on the record.
        self.runs: dict[str, tuple[int, str]] = {}
        self.earlier: dict[tuple[int, int], msg.Act] = {}
        # This exercise's numbers the console said are not on the record (its run had not
        # started): the record numbers the run's actions without them.
        self.skipped: set[int] = set()
        if path is not None and path.is_file():
            self._load(path)

    @property
    def kept_path(self) -> Path | None:
        """Where responses no record took are kept on this PC."""
        return (
            None
            if self.path is None
            else self.path.with_name(f"{self.path.stem}-not-recorded.jsonl")
        )

    def _load(self, path: Path) -> None:
        # A write torn by a crash may end inside a letter's UTF-8 bytes: that line is skipped.
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                if not isinstance(entry, dict):
                    raise TypeError(f"not a JSON object: {line[:40]!r}")
                if "restart" in entry:
                    self.acked = max(0, int(entry["restart"]))
                    self.waiting = {}
                elif entry.get("ack"):
                    self.acked = max(self.acked, int(entry["ack"]))
                    self.waiting = {s: a for s, a in self.waiting.items() if s > self.acked}
                elif "not_recorded" in entry:
                    self.skipped.add(int(entry["not_recorded"]))
                elif "placed" in entry:
                    run, seq = entry["placed"]
                    self.earlier.pop((int(run), int(seq)), None)
                elif "exercise" in entry and "seq" not in entry:
                    run = entry.get("run")
                    self._enter(str(entry["exercise"]), None if run is None else
                                (int(run), str(entry.get("run_started", ""))))  # fmt: skip
                else:
                    act = msg.Act(int(entry["seq"]), ActionKind(entry["kind"]),
                                  float(entry["sim_time_s"]), entry.get("track"),
                                  dict(entry.get("params") or {}))  # fmt: skip
                    msg.decode_station(msg.encode(act))  # one the console would take, or skipped
                    self.waiting[act.seq] = act  # without an exercise (an older file): this one
            except (ValueError, KeyError, TypeError, OverflowError) as error:
                # A torn last write, or a number JSON allows and an int does not (Infinity).
                log.warning("%s: a damaged line is skipped: %s", path, error)
        self.waiting = {s: a for s, a in self.waiting.items() if s > self.acked}

    def last_seq(self) -> int:
        return max([self.acked, *self.waiting])

    def add(self, act: msg.Act) -> None:
        self.waiting[act.seq] = act
        entry = {"seq": act.seq, "kind": act.kind.value, "sim_time_s": act.sim_time_s,
                 "track": act.track, "params": act.params, "exercise": self.exercise}  # fmt: skip
        self._append(entry)

    def enter(self, exercise: str, run: tuple[int, str] | None) -> list[msg.Act]:
        """A console's welcome to `exercise` (in `run`, if it has started): the same exercise
        carries on; another one takes nothing made in this one, whose waiting actions are put
        aside to go back to their own run. Returns those that cannot (their run is unknown:
        the console died before the station learnt it), kept in the file beside."""
        if exercise == self.exercise and (run is None or self.runs.get(exercise) == run):
            return []
        another = self.exercise is not None and exercise != self.exercise
        lost = []
        if another and self.exercise not in self.runs:
            lost = [self.waiting[seq] for seq in sorted(self.waiting)]
            self._keep(lost)  # first: a crash now keeps them twice, never loses them
        self._note(exercise, run)
        self._enter(exercise, run)
        return lost

    def _enter(self, exercise: str, run: tuple[int, str] | None) -> None:
        """Now in `exercise`: another one's waiting actions go back to their run (or, if it
        is not known, are no longer this outbox's: `enter` kept them)."""
        if self.exercise is not None and exercise != self.exercise:
            before = self.runs.get(self.exercise)
            if before is not None:  # else `enter` kept them: their run is not known
                run_before, started = before
                for seq in sorted(self.waiting):
                    # Its number in the run: the console took this station's actions in order,
                    # and recorded every one but those it said it did not.
                    number = seq - sum(1 for s in self.skipped if s < seq)
                    self.earlier[(run_before, number)] = msgspec.structs.replace(
                        self.waiting[seq], seq=number, run=run_before, run_started=started
                    )
            self.waiting = {}
            self.skipped = set()
            self.acked = 0  # the new exercise numbers this station's actions from 1
        self.exercise = exercise
        if run is not None:
            self.runs[exercise] = run

    def started(self, run: tuple[int, str]) -> None:
        """The current exercise has started: this station's run in it is `run`."""
        if self.exercise is not None and self.runs.get(self.exercise) != run:
            self._note(self.exercise, run)
            self.runs[self.exercise] = run

    def _note(self, exercise: str, run: tuple[int, str] | None) -> None:
        number, started = run if run is not None else (None, "")
        self._append({"exercise": exercise, "run": number, "run_started": started})

    def not_recorded(self, seq: int) -> None:
        """The console took this exercise's action `seq` but did not record it."""
        if seq not in self.skipped:
            self.skipped.add(seq)
            self._append({"not_recorded": seq})

    def placed(self, run: int, seq: int, recorded: bool) -> msg.Act | None:
        """The console's answer about an earlier exercise's action: returns it if no record
        took it (then it is kept in the file beside)."""
        act = self.earlier.pop((run, seq), None)
        if act is None:
            return None
        if not recorded:
            self._keep([act])
        self._append({"placed": [run, seq], "recorded": recorded})
        return None if recorded else act

    def renumber_from(self, acked: int) -> None:
        """A console of this exercise that does not know this station's earlier actions (one
        started again with an empty memory, before exercises had tokens): what still waits is
        new to it, numbered on from what it holds."""
        waiting = [self.waiting[s] for s in sorted(self.waiting)]
        self.acked = acked
        self.waiting = {}
        self._append({"restart": acked})
        for n, act in enumerate(waiting, start=acked + 1):
            self.add(msgspec.structs.replace(act, seq=n))

    def ack(self, seq: int) -> None:
        if seq <= self.acked:
            return
        self.acked = seq
        self.waiting = {s: a for s, a in self.waiting.items() if s > seq}
        self._append({"ack": seq})

    def _keep(self, acts: list[msg.Act]) -> None:
        """Responses no record took, in a file of their own beside the outbox, for the
        instructor to read (one JSON line each)."""
        kept = self.kept_path
        if kept is None:
            return
        lines = [json.dumps({"run": a.run, "seq": a.seq, "kind": a.kind.value,
                             "sim_time_s": a.sim_time_s, "track": a.track, "params": a.params},
                            ensure_ascii=False) for a in acts]  # fmt: skip
        self._append_lines(kept, lines)

    def _append(self, entry: Mapping[str, object]) -> None:
        if self.path is not None:
            self._append_lines(self.path, [json.dumps(entry, ensure_ascii=False)])

    @staticmethod
    def _append_lines(path: Path, lines: list[str]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write("".join(line + "\n" for line in lines))
            out.flush()
            os.fsync(out.fileno())  # on disk before it is sent: a crash cannot lose it


class StationLink:
    """One station's connection to a console; `pump` often (from a loop or a timer)."""

    def __init__(
        self,
        endpoint: str,
        code: str,
        trainee: str,
        *,
        station_id: str | None = None,
        trainee_id: int | None = None,
        outbox: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.station_id = station_id or uuid.uuid4().hex
        self.code = code
        self.trainee = trainee
        self.trainee_id = trainee_id
        self.clock = clock
        self.outbox = Outbox(outbox)
        self.socket = StationSocket(endpoint, self.station_id)
        self.welcome: msg.Welcome | None = None
        self.refused: str | None = None  # why the console refused or removed this station
        self.refusal: msg.Refused | msg.Removed | None = None  # the same, with its reason key
        self.picture: msg.Picture | None = None
        self.tracks: TrackPicture | None = None
        self.manned: MannedPicture | None = None
        self.sheet: msg.Sheet | None = None
        self.not_recorded: list[int] = []  # actions the console took after the run had ended
        # Responses of an earlier exercise (its console died before it had them) that no record
        # took: kept on this PC, in `outbox.kept_path`.
        self.kept: list[msg.Act] = []
        self.dropped_messages = 0
        self._next_seq = self.outbox.last_seq() + 1
        self._joined_at: float | None = None
        self._last_ping = -1e9
        self._last_sent = -1e9
        self._last_heard = clock()
        # The exercise's state on the first picture after the latest welcome: the state the
        # console was in when it said this station's run (or that it had none).
        self._welcomed_in: str | None = None
        self._join()

    @property
    def joined(self) -> bool:
        return self.welcome is not None and self.refused is None

    def act(
        self,
        kind: ActionKind,
        sim_time_s: float,
        track: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> int:
        """Keep one response safe on disk and send it; returns its sequence number."""
        act = msg.Act(self._next_seq, kind, max(0.0, sim_time_s), track, dict(params or {}))
        self._next_seq += 1
        self.outbox.add(act)
        if self.joined:
            self.socket.send(msg.encode(act))
        return act.seq

    @property
    def run_unknown(self) -> bool:
        """The console's picture shows the exercise under way, and this station has not been
        told its run in it: it was welcomed before the start and the 'started' message never
        came (lost while its network was down for a moment). It joins again at once, and
        sends nothing until the welcome says the run: a response the console committed would
        otherwise be in a run the station cannot name, and should the console die before
        acknowledging it, the station would keep it and say it is not on the record."""
        picture = self.picture
        return (
            self.joined
            and picture is not None
            and picture.state != "ready"
            and self._welcomed_in == "ready"
            and self.outbox.exercise not in self.outbox.runs
        )

    @property
    def unacknowledged(self) -> int:
        return len(self.outbox.waiting) + len(self.outbox.earlier)

    def pump(self, timeout_ms: int = 0) -> list[msg.ConsoleMessage]:
        """Take in what the console sent; keep the connection and the outbox moving."""
        received = []
        for payload in self.socket.receive(timeout_ms):
            try:
                message = msg.decode_console(payload)
            except msg.MessageError as error:
                self.dropped_messages += 1
                log.warning("dropped a message from the console: %s", error)
                continue
            self._take(message)
            received.append(message)
        now = self.clock()
        if received:
            self._last_heard = now
        elif self.welcome is not None and now - self._last_heard > SILENCE_S:
            self._join()  # a console started again knows this station only from a new join
        if self.refused is None:
            if self.welcome is None and self._joined_at is not None:
                if now - self._joined_at > JOIN_AGAIN_S:
                    self._join()
            elif self.run_unknown:
                log.info("the exercise is under way and this station was not told its run in "
                         "it: joining again to learn it")  # fmt: skip
                self._join()  # welcomed again, it is told its run (nothing is sent meanwhile)
            elif self.welcome is not None:
                if now - self._last_ping > PING_EVERY_S:
                    tick = self.picture.tick if self.picture is not None else 0
                    self.socket.send(msg.encode(msg.Ping(tick)))
                    self._last_ping = now
                if self.unacknowledged and now - self._last_sent > RESEND_AFTER_S:
                    self._send_waiting()
        return received

    def _take(self, message: msg.ConsoleMessage) -> None:
        if isinstance(message, msg.Welcome):
            self.welcome = message
            self.picture = None  # a console started again counts its ticks from 0
            self._welcomed_in = None
            # Another exercise (a console started again) takes nothing made in the one before:
            # those go back to their own run, or are kept here if it is not known.
            run = None if message.run is None else (message.run, message.run_started)
            self._kept(self.outbox.enter(message.exercise, run))
            if message.acked < self.outbox.acked:
                self.outbox.renumber_from(message.acked)
            self._skipped(message.skipped)
            self.outbox.ack(message.acked)
            self._next_seq = max(self.outbox.last_seq() + 1, message.acked + 1,
                                 max((m.seq for m in message.made), default=0) + 1)  # fmt: skip
            self._send_waiting()
        elif isinstance(message, msg.Started) and self.welcome is not None:
            # (Not yet welcomed, the station cannot tell which exercise a 'started' is of: it
            # may be of a console started again whose welcome was lost, not of the exercise
            # its outbox is in. That console's welcome will say the run.)
            self._skipped(message.skipped)
            self.outbox.started((message.run, message.run_started))
        elif isinstance(message, msg.Ack) and message.run is not None:
            lost = self.outbox.placed(message.run, message.seq, message.recorded)
            self._kept([lost] if lost is not None else [])
        elif isinstance(message, msg.Ack):
            self._skipped([*message.skipped, *(() if message.recorded else (message.seq,))])
            self.outbox.ack(message.seq)
        elif isinstance(message, msg.Picture):
            if self.picture is None or message.tick >= self.picture.tick:
                self._take_picture(message)
        elif isinstance(message, msg.Sheet):
            self.sheet = message
        elif isinstance(message, msg.Refused | msg.Removed):
            self.refusal, self.refused = message, message.reason

    def _skipped(self, seqs: list[int]) -> None:
        """The console says it took these of this exercise's actions without recording them."""
        for seq in sorted(set(seqs)):
            if seq in self.outbox.waiting:
                self.not_recorded.append(seq)
            self.outbox.not_recorded(seq)

    def _kept(self, acts: list[msg.Act]) -> None:
        if acts:
            self.kept.extend(acts)
            log.warning("%d action(s) of an earlier exercise are not on the record: kept in %s",
                        len(acts), self.outbox.kept_path)  # fmt: skip

    def _take_picture(self, picture: msg.Picture) -> None:
        try:
            tracks = unpack_tracks(picture.tracks) if picture.tracks is not None else None
            manned = unpack_manned(picture.manned) if picture.manned is not None else None
        except msg.MessageError as error:
            self.dropped_messages += 1
            log.warning("dropped a picture: %s", error)
            return
        self.picture, self.tracks, self.manned = picture, tracks, manned
        if self._welcomed_in is None:
            self._welcomed_in = picture.state

    def _join(self) -> None:
        self.welcome = None
        self._joined_at = self._last_heard = self.clock()
        join = msg.Join(
            msg.PROTOCOL,
            self.code,
            self.station_id,
            self.trainee,
            self.trainee_id,
            socket.gethostname()[:255],
        )
        self.socket.send(msg.encode(join))

    def _send_waiting(self) -> None:
        """Everything not yet acknowledged, in order (the console takes each once): first
        what an earlier exercise left, for the run it was made in."""
        for key in sorted(self.outbox.earlier):
            self.socket.send(msg.encode(self.outbox.earlier[key]))
        for seq in sorted(self.outbox.waiting):
            self.socket.send(msg.encode(self.outbox.waiting[seq]))
        self._last_sent = self.clock()

    def close(self) -> None:
        if self.joined:
            self.socket.send(msg.encode(msg.Leave()))
        self.socket.close()
