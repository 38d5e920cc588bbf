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
    """The station's actions not yet acknowledged, kept in a file that survives a restart."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.waiting: dict[int, msg.Act] = {}
        self.acked = 0
        if path is not None and path.is_file():
            self._load(path)

    def _load(self, path: Path) -> None:
        # A write torn by a crash may end inside a letter's UTF-8 bytes: that line is skipped.
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                if "restart" in entry:
                    self.acked = int(entry["restart"])
                    self.waiting = {}
                elif entry.get("ack"):
                    self.acked = max(self.acked, int(entry["ack"]))
                else:
                    act = msg.Act(int(entry["seq"]), ActionKind(entry["kind"]),
                                  float(entry["sim_time_s"]), entry.get("track"),
                                  dict(entry.get("params") or {}))  # fmt: skip
                    self.waiting[act.seq] = act
            except (ValueError, KeyError, TypeError) as error:
                log.warning("%s: a damaged line is skipped: %s", path, error)  # a torn last write
        self.waiting = {s: a for s, a in self.waiting.items() if s > self.acked}

    def last_seq(self) -> int:
        return max([self.acked, *self.waiting])

    def add(self, act: msg.Act) -> None:
        self.waiting[act.seq] = act
        entry = {"seq": act.seq, "kind": act.kind.value, "sim_time_s": act.sim_time_s,
                 "track": act.track, "params": act.params}  # fmt: skip
        self._append(entry)

    def renumber_from(self, acked: int) -> None:
        """A console that does not know this station's earlier actions (a new console, or one
        started again with an empty memory): what still waits is new to it, numbered on from
        what it holds."""
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

    def _append(self, entry: Mapping[str, object]) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
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
        self.dropped_messages = 0
        self._next_seq = self.outbox.last_seq() + 1
        self._joined_at: float | None = None
        self._last_ping = -1e9
        self._last_sent = -1e9
        self._last_heard = clock()
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
    def unacknowledged(self) -> int:
        return len(self.outbox.waiting)

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
            elif self.welcome is not None:
                if now - self._last_ping > PING_EVERY_S:
                    tick = self.picture.tick if self.picture is not None else 0
                    self.socket.send(msg.encode(msg.Ping(tick)))
                    self._last_ping = now
                if self.outbox.waiting and now - self._last_sent > RESEND_AFTER_S:
                    self._send_waiting()
        return received

    def _take(self, message: msg.ConsoleMessage) -> None:
        if isinstance(message, msg.Welcome):
            self.welcome = message
            self.picture = None  # a console started again counts its ticks from 0
            if message.acked < self.outbox.acked:
                self.outbox.renumber_from(message.acked)
                self._next_seq = self.outbox.last_seq() + 1
            self.outbox.ack(message.acked)
            self._next_seq = max(self._next_seq, message.acked + 1,
                                 max((m.seq for m in message.made), default=0) + 1)  # fmt: skip
            self._send_waiting()
        elif isinstance(message, msg.Ack):
            if not message.recorded:
                self.not_recorded.append(message.seq)
            self.outbox.ack(message.seq)
        elif isinstance(message, msg.Picture):
            if self.picture is None or message.tick >= self.picture.tick:
                self._take_picture(message)
        elif isinstance(message, msg.Sheet):
            self.sheet = message
        elif isinstance(message, msg.Refused | msg.Removed):
            self.refusal, self.refused = message, message.reason

    def _take_picture(self, picture: msg.Picture) -> None:
        try:
            tracks = unpack_tracks(picture.tracks) if picture.tracks is not None else None
            manned = unpack_manned(picture.manned) if picture.manned is not None else None
        except msg.MessageError as error:
            self.dropped_messages += 1
            log.warning("dropped a picture: %s", error)
            return
        self.picture, self.tracks, self.manned = picture, tracks, manned

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
        """Everything not yet acknowledged, in order (the console takes each once)."""
        for seq in sorted(self.outbox.waiting):
            self.socket.send(msg.encode(self.outbox.waiting[seq]))
        self._last_sent = self.clock()

    def close(self) -> None:
        if self.joined:
            self.socket.send(msg.encode(msg.Leave()))
        self.socket.close()
