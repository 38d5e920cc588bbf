"""The map's identity colours: the trainee's own identification of a track (or, in the
instructor's view, a drone), else what the picture tells of it."""

from __future__ import annotations

from collections.abc import Iterable

from trainer.scoring.protocol import Action, ActionKind
from trainer.sim.snapshot import Snapshot


class Identifications:
    def __init__(self, broadcasting: Iterable[str] = ()) -> None:
        self.judged: dict[str, str] = {}  # the trainee's identification, by drone or track id
        self.broadcasting = set(broadcasting)  # truth: drones that broadcast Remote ID

    def note(self, action: Action) -> None:
        """An identification the trainee made colours its track from now on."""
        if action.kind == ActionKind.IDENTIFY and action.track:
            self.judged[action.track] = action.params.get("identity", "unknown")

    def forget_judgements(self) -> None:
        """A restart: the trainee identifies again; the drones broadcast as before."""
        self.judged = {}

    def states(self, snapshot: Snapshot) -> list[str]:
        """Each drone's or track's identity state, in the snapshot's order."""
        tracks = snapshot.tracks
        trainee_picture = snapshot.tracks is not None and snapshot.ids == snapshot.tracks.ids
        states = []
        for name in snapshot.ids:
            if trainee_picture and tracks is not None:  # a track: its Remote ID, if heard
                default = "cooperative" if tracks.serial[tracks.index_of(name)] else "unknown"
            else:  # the truth (instructor): what the drone broadcasts
                default = "cooperative" if name in self.broadcasting else "unknown"
            states.append(self.judged.get(name, default))
        return states
