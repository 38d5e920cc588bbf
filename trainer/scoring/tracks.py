"""What the run's event log says about the tracks a trainee acts on: the drone each followed,
when it existed, when its Remote ID was readable, and which tracks continue one another."""

from __future__ import annotations

from collections.abc import Iterable

from trainer.i18n import Message, msg
from trainer.sim.events import Event, EventKind

TRACK_EVENTS = frozenset(
    {EventKind.TRACK_STARTED, EventKind.TRACK_DROPPED, EventKind.REMOTE_ID_RECEIVED}
)
DEFAULT_DROP_AFTER_S = 15.0  # the tracker's default: a track silent this long is dropped


class TrackMap:
    """Track id -> truth drone, from the `track_started` events (`other` the track, `drone` the
    drone it followed when confirmed; "" a false track). Trainees act on track ids ("T003");
    answer keys speak of drones.

    In a run without any track event (no sensors, older records) a drone id is all a trainee
    has, so a drone id stands for that drone. In a run with tracks only track ids count: an id
    the log never started, or a drone id, stands for no drone.
    """

    def __init__(
        self,
        drone_ids: Iterable[str],
        events: Iterable[Event] = (),
        drop_after_s: float = DEFAULT_DROP_AFTER_S,
        tracked: bool = False,
    ) -> None:
        self._drone_ids = frozenset(drone_ids)
        self._drop_after_s = drop_after_s
        self._drone: dict[str, str | None] = {}
        self._tracks: dict[str, list[str]] = {}  # drone -> its tracks in order of start
        self._started: dict[str, float] = {}
        self._dropped: dict[str, float] = {}
        self._remote_id: dict[str, float] = {}  # track -> its first Remote ID message
        self._lines: dict[str, str] | None = None  # track -> first track of its line (lazy)
        # Whether the run has sensors: the log has a track event, or `tracked` says so (the
        # scenario has sensors, though they may have tracked nothing).
        self.tracked = tracked
        self.add(events)

    def add(self, events: Iterable[Event]) -> None:
        """Take in later events (a live run feeds them as they happen)."""
        for event in events:
            if event.kind not in TRACK_EVENTS or not event.other:
                continue
            self.tracked = True
            self._lines = None
            track = event.other
            if event.kind is EventKind.TRACK_STARTED:
                if track in self._drone:
                    continue  # a track's id is started once; its first word on the truth stands
                self._drone[track] = event.drone or None
                self._started[track] = event.time_s
                if event.drone:
                    self._tracks.setdefault(event.drone, []).append(track)
            elif event.kind is EventKind.TRACK_DROPPED:
                self._dropped.setdefault(track, event.time_s)
            else:
                self._remote_id.setdefault(track, event.time_s)

    # -- which drone ---------------------------------------------------------------------------

    def drone_of(self, track: str | None) -> str | None:
        """The drone `track` stands for, or None (no track, a false track, an unknown id)."""
        if track is None:
            return None
        if track in self._drone:
            return self._drone[track]
        return track if not self.tracked and track in self._drone_ids else None

    def tracks_of(self, drone: str) -> list[str]:
        """The drone's tracks, in the order they started (several when it was lost and found)."""
        return list(self._tracks.get(drone, []))

    def false_tracks(self) -> list[str]:
        """Tracks that followed no drone (clutter), in the order they started."""
        return [track for track, drone in self._drone.items() if drone is None]

    # -- when, and what the trainee could read -----------------------------------------------

    def started_s(self, track: str) -> float | None:
        """When the track appeared on the trainee's screen (None: a drone id, or never)."""
        return self._started.get(track)

    def dropped_s(self, track: str) -> float | None:
        return self._dropped.get(track)

    def exists_at(self, track: str, time_s: float) -> bool:
        """Whether a trainee could have acted on `track` at `time_s` (a drone id in a run
        without tracks always could; a track only from its start)."""
        started = self._started.get(track)
        if started is None:
            return not self.tracked and track in self._drone_ids
        return time_s >= started - 1e-9

    def showed_remote_id(self, track: str, time_s: float) -> bool:
        """Whether the track carried a Remote ID broadcast (serial, operator) by `time_s`."""
        received = self._remote_id.get(track)
        return received is not None and received <= time_s + 1e-9

    # -- lines: tracks that continue one another -----------------------------------------------

    def line_of(self, track: str) -> str:
        """The first track of the line `track` belongs to: judgements on one line correct
        each other. A drone lost and found under a new id is one line; a second track on the
        same drone at the same time (a radar-only twin of a Remote ID track) is a line of its
        own, since the trainee sees two objects and judges each."""
        if self._lines is None:
            self._lines = self._make_lines()
        return self._lines.get(track, track)

    def _make_lines(self) -> dict[str, str]:
        lines: dict[str, str] = {}
        for tracks in self._tracks.values():
            latest: dict[str, str] = {}  # line -> its latest track, lines in order of start
            for track in tracks:
                start = self._started[track]
                silent = [
                    (self._dropped[last], order, line)
                    for order, (line, last) in enumerate(latest.items())
                    if last in self._dropped
                    # the last track of the line had no update since before this one started
                    and self._dropped[last] - self._drop_after_s <= start + 1e-9
                ]
                # The line silent most recently (ties: the older line; never the ids' spelling).
                line = min(silent, key=lambda s: (-s[0], s[1]))[2] if silent else track
                lines[track] = line
                latest[line] = track  # a line keeps its place in the order when it grows
        return lines

    # -- words ---------------------------------------------------------------------------------

    def label(self, track: str) -> Message | str:
        """How a score reason names a track: 'T002', 'T004 (a false track)', or the drone id
        itself where it was the track. Never a drone id the trainee did not see."""
        if track in self._drone and self._drone[track] is None:
            return msg("words.false_track", track=track)
        return track

    def drone_label(self, drone: str) -> Message | str:
        """How a reason names a drone when no action names one: by its tracks, 'T001 or T002';
        in a run without tracks by its id (what the trainee saw); else 'an untracked drone'."""
        tracks = self._tracks.get(drone)
        if tracks:
            if len(tracks) == 1:
                return tracks[0]
            return msg("words.or", first=", ".join(tracks[:-1]), last=tracks[-1])
        return drone if not self.tracked else msg("words.untracked_drone")
