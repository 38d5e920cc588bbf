"""The track the responses are about (in the instructor's view, a drone): chosen on the map,
in the track table or from an alert, or asked for when a response needs one; shown in all
three places and on the responses panel, which says so when it has left the picture."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from trainer.scoring.protocol import AERODROME_ACTIONS, ActionKind
from trainer.sim.snapshot import Snapshot
from trainer.ui.choice_dialog import NO_TRACK, ask_which_track, asks_which_track
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

    def track_for(self, kind: ActionKind) -> str | None:
        """The track a response names: the selected one, or the trainee's answer when it must
        be asked (see asks_which_track). NO_TRACK for none (aerodrome actions; closing any
        incident), None when the trainee cancelled."""
        if kind in AERODROME_ACTIONS:
            return NO_TRACK  # about the aerodrome, whatever happens to be selected
        if not asks_which_track(kind, self.selected, self.lost):
            return self.selected or NO_TRACK
        snapshot = self.canvas.tracks.last_snapshot
        live = snapshot.ids if snapshot is not None else ()
        lost = self.selected if self.lost else None
        chosen = ask_which_track(self.window, kind, live, lost)
        if chosen:
            self.select(chosen)
        return chosen

    def select_and_centre(self, track_id: str) -> None:
        """An alert clicked: its track selected and brought to the middle of the map."""
        self.select(track_id)
        snapshot = self.canvas.tracks.last_snapshot
        if snapshot is not None and track_id in snapshot.ids:
            i = snapshot.ids.index(track_id)
            self.canvas.centre_on(float(snapshot.x[i]), float(snapshot.y[i]))
