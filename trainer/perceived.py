"""The trainee's picture: sensor tracks as the map draws them, and the alerts those tracks raise.

Built only from the track picture (no truth): zones, runway distance and alerts are worked out
from where the tracks are, so a drone no sensor sees raises nothing on the trainee's screen.
"""

from __future__ import annotations

import numpy as np
import shapely
from numpy.typing import NDArray

from trainer.geo.airspace import Airspace
from trainer.sim.events import Event, EventKind
from trainer.sim.fleet import DRONE_TYPES, Mode
from trainer.sim.proximity import distance_to_segments, runway_segments
from trainer.sim.snapshot import Snapshot, frozen
from trainer.sim.track_picture import TrackPicture
from trainer.sim.traffic_picture import MannedPicture

UNKNOWN_AIRFRAME = len(DRONE_TYPES)  # type code of a track: sensors do not tell the airframe
RUNWAY_ALERT_M = (1000.0, 500.0)
EXIT_CONFIRM_S = 5.0  # outside a zone this long before a track counts as having left it
# A track counts as having left a runway alert distance only once it has stayed farther than the
# distance plus this margin for EXIT_CONFIRM_S. The margin (a few radar sigmas; the truth's
# monitor uses 50 m) keeps a track riding the line from ever starting the clock; the time keeps
# one wild position (an RF-only fix, a bad association) beyond the margin from counting as a
# departure. Until it has left, coming back inside raises nothing new.
RUNWAY_LEAVE_MARGIN_M = 100.0


class Perception:
    """Turns snapshots into the trainee's picture, and remembers enough to raise alerts."""

    def __init__(self, airspace: Airspace) -> None:
        self.zones = airspace.zones
        self._zone_ids = tuple(z.id for z in self.zones)
        self._tree = shapely.STRtree([z.polygon for z in self.zones])
        self._runway = runway_segments(airspace.aerodrome.runways)
        self._inside: set[tuple[str, str]] = set()
        self._outside_since: dict[tuple[str, str], float] = {}
        self._known: set[str] = set()
        self._runway_inside: set[tuple[str, int]] = set()  # (track, index in RUNWAY_ALERT_M)
        self._runway_clear_since: dict[tuple[str, int], float] = {}
        self._tick = 0

    def picture(self, snapshot: Snapshot) -> Snapshot:
        """The snapshot as the trainee sees it: one row per track, nothing from the truth."""
        return self.picture_of_tracks(
            snapshot.tracks, snapshot.tick, snapshot.time_s, snapshot.manned, snapshot.event_count
        )

    def picture_of_tracks(
        self,
        tracks: TrackPicture | None,
        tick: int,
        time_s: float,
        manned: MannedPicture | None = None,
        event_count: int = 0,
    ) -> Snapshot:
        """The trainee's picture from the track picture alone: what a classroom station gets."""
        tracks = tracks if tracks is not None else TrackPicture.empty(time_s)
        n = tracks.size
        member_drone, member_zone = self._memberships(tracks)
        return Snapshot(
            tick=tick,
            time_s=time_s,
            ids=tracks.ids,
            type_code=frozen(np.full(n, UNKNOWN_AIRFRAME, dtype=np.int64)),
            x=tracks.x,
            y=tracks.y,
            alt=tracks.alt,
            heading_deg=tracks.course_deg,
            course_deg=tracks.course_deg,
            ground_speed=tracks.speed,
            vertical_speed=frozen(np.zeros(n)),
            mode=frozen(np.full(n, int(Mode.ROUTE), dtype=np.int64)),
            link=frozen(np.ones(n, dtype=np.bool_)),
            battery_fraction=frozen(np.ones(n)),
            runway_distance_m=frozen(distance_to_segments(tracks.x, tracks.y, self._runway)),
            approach_distance_m=frozen(np.full(n, np.inf)),
            zone_ids=self._zone_ids,
            member_drone=frozen(member_drone),
            member_zone=frozen(member_zone),
            event_count=event_count,
            tracks=tracks,
            manned=manned,  # known cooperative traffic: the trainee sees it as it is
        )

    def alerts(self, picture: Snapshot) -> list[Event]:
        """What changed since the last picture: new and lost tracks, zones, runway distance."""
        self._tick += 1
        found: list[Event] = []

        def alert(
            kind: EventKind, i: int | None, track: str, zone: str | None = None, detail: str = ""
        ) -> None:
            x = float(picture.x[i]) if i is not None else 0.0
            y = float(picture.y[i]) if i is not None else 0.0
            alt = float(picture.alt[i]) if i is not None and np.isfinite(picture.alt[i]) else 0.0
            found.append(
                Event(picture.tick, picture.time_s, kind, track, zone, None, detail, x, y, alt)
            )

        ids = picture.ids
        for i, track in enumerate(ids):
            if track not in self._known:
                alert(EventKind.TRACK_STARTED, i, track, detail="new track")
        dropped = self._known - set(ids)
        for track in sorted(dropped):
            alert(EventKind.TRACK_DROPPED, None, track, detail="track lost")
        self._known = set(ids)
        if dropped:
            self._forget_runway(dropped)
        inside = {
            (ids[d], self._zone_ids[z])
            for d, z in zip(picture.member_drone, picture.member_zone, strict=True)
        }
        for pair in inside:  # back inside before the exit was confirmed: nothing happened
            self._outside_since.pop(pair, None)
        for track, zone in sorted(inside - self._inside):
            alert(EventKind.ZONE_ENTERED, ids.index(track), track, zone)
        # A track wanders with its measurement noise: an exit counts once it has lasted a while.
        for pair in sorted(self._inside - inside):
            since = self._outside_since.setdefault(pair, picture.time_s)
            track, zone = pair
            if track not in ids:
                self._outside_since.pop(pair, None)
            elif picture.time_s - since >= EXIT_CONFIRM_S:
                alert(EventKind.ZONE_EXITED, ids.index(track), track, zone)
                self._outside_since.pop(pair, None)
            else:
                inside.add(pair)  # still counted inside until the exit is confirmed
        self._inside = inside
        for i, track in enumerate(ids):
            distance = float(picture.runway_distance_m[i])
            for level, limit in enumerate(RUNWAY_ALERT_M):
                if self._runway_entered((track, level), distance, limit, picture.time_s):
                    alert(
                        EventKind.RUNWAY_APPROACHED,
                        i,
                        track,
                        detail=f"within {limit:g} m of the runway",
                    )
        return found

    def _runway_entered(
        self, key: tuple[str, int], distance_m: float, limit_m: float, time_s: float
    ) -> bool:
        """Whether the track has just come within `limit_m`; updates whether it is held inside."""
        if distance_m <= limit_m:
            self._runway_clear_since.pop(key, None)
            if key in self._runway_inside:
                return False
            self._runway_inside.add(key)
            return True
        if key not in self._runway_inside:
            return False
        if distance_m <= limit_m + RUNWAY_LEAVE_MARGIN_M:
            self._runway_clear_since.pop(key, None)  # on the line, not clearly away
            return False
        since = self._runway_clear_since.setdefault(key, time_s)
        if time_s - since >= EXIT_CONFIRM_S:
            self._runway_inside.discard(key)
            del self._runway_clear_since[key]
        return False

    def _forget_runway(self, tracks: set[str]) -> None:
        self._runway_inside = {k for k in self._runway_inside if k[0] not in tracks}
        self._runway_clear_since = {
            k: t for k, t in self._runway_clear_since.items() if k[0] not in tracks
        }

    def _memberships(self, tracks: TrackPicture) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        if tracks.size == 0 or not self.zones:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        hits = self._tree.query(shapely.points(tracks.x, tracks.y), predicate="intersects")
        height = np.nan_to_num(tracks.alt, nan=0.0)[hits[0]]
        lower = np.array([self.zones[z].lower.height_agl_m for z in hits[1]])
        upper = np.array([self.zones[z].upper.height_agl_m for z in hits[1]])
        # Without a measured height the track counts as inside at any level: the cautious reading.
        keep = np.isnan(tracks.alt[hits[0]]) | ((height >= lower) & (height <= upper))
        pairs = hits[:, keep]
        order = np.lexsort((pairs[1], pairs[0]))
        return pairs[0][order].astype(np.int64), pairs[1][order].astype(np.int64)
