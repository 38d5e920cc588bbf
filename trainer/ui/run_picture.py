"""What the live window shows of the scenario and its run: the airspace on every panel, and
each frame as the trainee's picture (sensor tracks) or the truth with the tracks over it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.briefing import authorisations
from trainer.launch import PreparedRun
from trainer.perceived import Perception
from trainer.scoring.tracks import TrackMap
from trainer.sim.events import Event
from trainer.sim.snapshot import Snapshot
from trainer.ui.role_view import INSTRUCTOR, TRAINEE

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow


class RunPicture:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.perception: Perception | None = None  # the trainee's picture, from the tracks
        # The scorer's joins of tracks to drones, fed from the events as the driver logs them.
        self.track_map = TrackMap(())

    def show_scenario(self, run: PreparedRun) -> None:
        """A scenario opened: its airspace on the map, the table, the alerts, the legend and the
        briefing; its run's picture from the start."""
        window = self.window
        self.track_map = TrackMap(d.id for d in run.scenario.drones)
        self.perception = Perception(run.world.airspace)
        airspace = run.world.airspace
        window.canvas.set_airspace(airspace)
        names = {z.id: z.shown_name() for z in airspace.zones}
        window.track_table.source.clear()
        window.track_table.source.set_zones(names, {z.id: z.polygon.area for z in airspace.zones})
        window.alerts.set_zones(names, {z.id: z.kind for z in airspace.zones})
        window.legend.set_airspace(airspace)
        window.briefing.show_flights(authorisations(run.scenario, names))

    def restart(self, run: PreparedRun) -> None:
        """The same scenario from its start: nothing of the run so far stays in the picture."""
        self.perception = Perception(run.world.airspace)
        self.track_map = TrackMap(d.id for d in run.scenario.drones)

    def show(self, snapshot: Snapshot) -> None:
        """One frame, as the role in front of the window sees it."""
        window = self.window
        truth = snapshot
        if self.perception is not None:  # the trainee's alerts are kept up in either view
            picture = self.perception.picture(truth)
            window.alerts.add_events(self.perception.alerts(picture), TRAINEE)
            if window.role == TRAINEE:
                snapshot = picture
        window.canvas.show_snapshot(snapshot, window.identifications.states(snapshot))
        if window.role == INSTRUCTOR and window.driver is not None:
            window.canvas.overlay.show(truth, self.track_map)
        window.track_table.source.update(snapshot)
        window.selection.follow(snapshot)
        start_s = window.run.scenario.start_minute_of_day * 60 if window.run else 0
        window.status.show_clock(snapshot.time_s, start_s)

    def add_events(self, events: list[Event]) -> None:
        """The engine's new events: tracks joined to drones, and the instructor's alerts."""
        self.track_map.add(events)
        self.window.alerts.add_events(events, INSTRUCTOR)  # the trainee's come from their tracks
