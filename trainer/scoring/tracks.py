"""Which truth drone each track id a trainee acts on stands for, read from the run's event log."""

from __future__ import annotations

from collections.abc import Iterable

from trainer.sim.events import Event, EventKind

TRACK_EVENTS = frozenset({EventKind.TRACK_STARTED, EventKind.TRACK_DROPPED})


class TrackMap:
    """Track id -> truth drone, from the `track_started` events (`other` the track, `drone` the
    drone it followed when confirmed; "" a false track). Trainees act on track ids ("T003");
    answer keys speak of drones. A drone id used as a track id stands for that drone (older
    records and runs without sensors, where the drone id is all there is). A track id the log
    never started, or a false track, stands for no drone."""

    def __init__(self, drone_ids: Iterable[str], events: Iterable[Event] = ()) -> None:
        self._drone_ids = frozenset(drone_ids)
        self._drone: dict[str, str | None] = {}
        self._tracks: dict[str, list[str]] = {}  # drone -> its tracks in order of start
        self.add(events)

    def add(self, events: Iterable[Event]) -> None:
        """Take in later events (a live run feeds them as they happen)."""
        for event in events:
            if event.kind is not EventKind.TRACK_STARTED or not event.other:
                continue
            if event.other in self._drone:
                continue  # a track's id is started once; its first word on the truth stands
            self._drone[event.other] = event.drone or None
            if event.drone:
                self._tracks.setdefault(event.drone, []).append(event.other)

    def drone_of(self, track: str | None) -> str | None:
        """The drone `track` stands for, or None (no track, a false track, an unknown id)."""
        if track is None:
            return None
        if track in self._drone:
            return self._drone[track]
        return track if track in self._drone_ids else None

    def tracks_of(self, drone: str) -> list[str]:
        """The drone's tracks, in the order they started (several when it was lost and found)."""
        return list(self._tracks.get(drone, []))

    def label(self, track: str) -> str:
        """How a score reason names a track: 'T002 (hobby-1)', 'T004 (a false track)', 'T009'
        for an id the run never started, or the drone id itself when used as a track."""
        if track not in self._drone:
            return track
        drone = self._drone[track]
        return f"{track} ({drone})" if drone else f"{track} (a false track)"

    def drone_label(self, drone: str) -> str:
        """How a reason names a drone's tracks when no action names one: 'T001 or T002
        (hobby-1)', or the drone id when it was never tracked."""
        tracks = self._tracks.get(drone)
        if not tracks:
            return drone
        names = tracks[0] if len(tracks) == 1 else f"{', '.join(tracks[:-1])} or {tracks[-1]}"
        return f"{names} ({drone})"
