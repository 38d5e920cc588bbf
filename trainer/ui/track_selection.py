"""The track the responses are about (in the instructor's view, a drone): chosen on the map,
in the track table or from an alert, or asked for when a response needs one; shown in all
three places and on the responses panel, which says so when it has left the picture."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from trainer.scoring.protocol import ActionKind
from trainer.sim.snapshot import Snapshot
from trainer.ui.choice_dialog import ask_which_track
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.panels.responses import ResponsePanel
from trainer.ui.panels.track_table import TrackTable


class TrackSelection:
    def __init__(
        self, window: QMainWindow, canvas: MapCanvas, table: TrackTable, responses: ResponsePanel
    ) -> None:
        self.window = window
        self.canvas = canvas
        self.table = table
        self.responses = responses
        self.selected: str | None = None
        self.lost = False  # the selected track is no longer in the picture

    def select(self, track_id: str) -> None:
        """Select a track ('' for none) everywhere it is shown."""
        self.selected = track_id or None
        self.canvas.tracks.select(self.selected)
        self.table.select_track(self.selected)
        shown = self.canvas.tracks.last_snapshot
        self.lost = (
            self.selected is not None and shown is not None and self.selected not in shown.ids
        )
        self.responses.set_track(self.selected, self.lost)

    def follow(self, snapshot: Snapshot) -> None:
        """A new picture: keep the table's row, and say when the track leaves or comes back."""
        # Only when new rows lost the selection, not on every frame.
        if self.selected and self.table.selected_track() != self.selected:
            self.table.select_track(self.selected)
        lost = self.selected is not None and self.selected not in snapshot.ids
        if lost != self.lost:
            self.lost = lost
            self.responses.set_track(self.selected, lost)

    def ask_for(self, kind: ActionKind) -> str | None:
        """A track action with no track selected: the trainee picks one, nothing is guessed."""
        snapshot = self.canvas.tracks.last_snapshot
        chosen = ask_which_track(self.window, kind, snapshot.ids if snapshot is not None else ())
        if chosen is not None:
            self.select(chosen)
        return chosen

    def select_and_centre(self, track_id: str) -> None:
        """An alert clicked: its track selected and brought to the middle of the map."""
        self.select(track_id)
        snapshot = self.canvas.tracks.last_snapshot
        if snapshot is not None and track_id in snapshot.ids:
            i = snapshot.ids.index(track_id)
            self.canvas.centre_on(float(snapshot.x[i]), float(snapshot.y[i]))
