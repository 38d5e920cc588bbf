"""The console's truth picture: snapshots of the class's engine with the tracks joined to drones."""

from __future__ import annotations

from trainer.classroom.console import ClassConsole
from trainer.scoring.tracks import TrackMap
from trainer.sim.snapshot import Snapshot
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map_frame import frame_points


class TruthFeed:
    """Takes a snapshot only when the engine has moved on, and keeps the scorer's track joins.

    The joins come from the engine's `track_started` events (read, never changed), so the
    overlay shows what every station's sheet scores.
    """

    def __init__(self, console: ClassConsole) -> None:
        self.console = console
        drones = console.prepared.scenario.drones
        self.track_map = TrackMap(d.id for d in drones)
        self.broadcasting = {d.id for d in drones if d.remote_id.broadcast}
        self.last: Snapshot | None = None
        self._event_cursor = 0
        self._tick = -1
        self._event_count = -1

    def next_snapshot(self) -> Snapshot | None:
        """A new snapshot if anything changed since the last one (a tick, or an inject)."""
        engine = self.console.engine
        if engine.clock.tick == self._tick and len(engine.events) == self._event_count:
            return None
        new = engine.events[self._event_cursor :]
        if new:
            self.track_map.add(new)
        self._event_cursor = len(engine.events)
        self._tick, self._event_count = engine.clock.tick, len(engine.events)
        self.last = engine.snapshot()
        return self.last

    def identities(self, snapshot: Snapshot) -> list[str]:
        """Map colours of the truth: what each drone broadcasts (no trainee's judgement here)."""
        return ["cooperative" if d in self.broadcasting else "unknown" for d in snapshot.ids]

    def show(self, canvas: MapCanvas, snapshot: Snapshot) -> None:
        canvas.show_snapshot(snapshot, self.identities(snapshot))
        canvas.overlay.show(snapshot, self.track_map)


def scenario_extent(console: ClassConsole) -> tuple[list[float], list[float]]:
    """The runway and everywhere the scenario's drones will fly (truth: instructor only)."""
    return frame_points(console.prepared, trainee=False, shown=None)
