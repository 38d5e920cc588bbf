"""What the sensors report of one track, in words: for the map's tooltip and the track table."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from trainer.sim.fleet import DRONE_TYPES
from trainer.sim.snapshot import Snapshot
from trainer.sim.track_picture import TrackPicture
from trainer.ui.translation import QT_TR_NOOP, fill, tr

SENSOR_TITLES = {
    "radar": QT_TR_NOOP("radar"),
    "rf": QT_TR_NOOP("RF"),
    "rid": "Remote ID",
    "sighting": QT_TR_NOOP("sighting"),
}


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
    seen_by = [tr(SENSOR_TITLES.get(name, name)) for name in tracks.sensors_of(index)]
    height = tracks.alt[index]
    coasting = bool(tracks.coasting[index])
    since_update = tracks.time_s - float(tracks.last_update_s[index])
    serial, operator = tracks.serial[index], tracks.operator[index]
    lines = [
        tracks.ids[index],
        tr("Seen by: {sensors}").format(
            sensors=", ".join(seen_by) if seen_by else tr("no sensor now")
        ),
        tr("Height: {height:.0f} m AGL").format(height=height)
        if np.isfinite(height)
        else tr("Height: unknown"),
        fill(
            tr("Speed: {speed:.1f} m/s, course {course:03.0f}°"),
            speed=tracks.speed[index],
            course=tracks.course_deg[index],
        ),
        tr("Tracked for: {index}").format(index=duration_text(float(tracks.age_s[index]))),
        tr("Coasting: yes, no update for {since_update:.0f} s").format(since_update=since_update)
        if coasting
        else tr("Coasting: no"),
    ]
    if serial or operator:
        lines.append(tr("Remote ID serial: {serial}").format(serial=serial or tr("not received")))
        lines.append(tr("Operator id: {operator}").format(operator=operator or tr("not received")))
    else:
        lines.append(tr("Remote ID: none received"))
    if zone_names:
        lines.append(
            tr("In: {zone_names}").format(zone_names="; ".join(zone_names))
        )  # zone names may hold commas
    return "\n".join(lines)
