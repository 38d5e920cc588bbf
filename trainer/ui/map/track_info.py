"""What the sensors report of one track, in words: for the map's tooltip and the track table."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from trainer.sim.fleet import DRONE_TYPES
from trainer.sim.snapshot import Snapshot
from trainer.sim.track_picture import TrackPicture

SENSOR_TITLES = {"radar": "radar", "rf": "RF", "rid": "Remote ID", "sighting": "sighting"}


def is_track(snapshot: Snapshot, index: int) -> bool:
    """Whether row `index` of a snapshot is a sensor track (the trainee's picture), not a drone.

    The trainee's picture gives tracks a type code past the drone types: sensors do not tell
    the airframe (trainer.perceived).
    """
    tracks = snapshot.tracks
    return (
        tracks is not None
        and int(snapshot.type_code[index]) >= len(DRONE_TYPES)
        and index < tracks.size
        and tracks.ids[index] == snapshot.ids[index]
    )


def remote_id_text(serial: str | None, operator: str | None) -> str:
    """'serial / operator id' as far as Remote ID has told them; "" before any broadcast."""
    return " / ".join(part for part in (serial, operator) if part)


def duration_text(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def track_tooltip(tracks: TrackPicture, index: int, zone_names: Sequence[str] = ()) -> str:
    """Everything the trainee's sensors say about track `index`, one fact a line."""
    seen_by = [SENSOR_TITLES.get(name, name) for name in tracks.sensors_of(index)]
    height = tracks.alt[index]
    coasting = bool(tracks.coasting[index])
    since_update = tracks.time_s - float(tracks.last_update_s[index])
    serial, operator = tracks.serial[index], tracks.operator[index]
    lines = [
        tracks.ids[index],
        f"Seen by: {', '.join(seen_by) if seen_by else 'no sensor now'}",
        f"Height: {height:.0f} m AGL" if np.isfinite(height) else "Height: unknown",
        f"Speed: {tracks.speed[index]:.1f} m/s, course {tracks.course_deg[index]:03.0f}\u00b0",
        f"Tracked for: {duration_text(float(tracks.age_s[index]))}",
        f"Coasting: yes, no update for {since_update:.0f} s" if coasting else "Coasting: no",
    ]
    if serial or operator:
        lines.append(f"Remote ID serial: {serial or 'not received'}")
        lines.append(f"Operator id: {operator or 'not received'}")
    else:
        lines.append("Remote ID: none received")
    if zone_names:
        lines.append(f"In: {'; '.join(zone_names)}")  # zone names may hold commas
    return "\n".join(lines)
