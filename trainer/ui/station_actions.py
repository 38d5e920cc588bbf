"""The trainee's actions at a station: those on the record and those still on their way.

The console numbers a station's recorded actions 1, 2, 3, ... and marks corrections with
`trainer.recording.next_action`; the station builds its list the same way, so "Your actions"
reads as the record will, before the acknowledgements are in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trainer.classroom import messages as msg
from trainer.recording import next_action
from trainer.scoring.protocol import Action, ActionKind
from trainer.training_run import utc_now_iso


class StationActions:
    """The list "Your actions" shows, with each action's number at the station (its seq)."""

    def __init__(self) -> None:
        self.actions: list[Action] = []
        self.seqs: list[int] = []

    def rebuild(self, made: Sequence[msg.MadeAction], waiting: Mapping[int, msg.Act]) -> None:
        """From a welcome: the record's actions, then those the outbox still has to deliver."""
        self.actions, self.seqs = [], []
        for number, done in enumerate(made, start=1):
            self.actions.append(
                Action(number, done.kind, done.sim_time_s, "", done.track, done.params,
                       done.corrects)
            )  # fmt: skip
            self.seqs.append(done.seq)
        last = max(self.seqs, default=0)
        for seq in sorted(s for s in waiting if s > last):
            act = waiting[seq]
            self.add(seq, act.kind, act.sim_time_s, act.track, act.params)

    def add(
        self,
        seq: int,
        kind: ActionKind,
        sim_time_s: float,
        track: str | None,
        params: Mapping[str, str],
    ) -> Action:
        action = next_action(self.actions, kind, sim_time_s, track, params, utc_now_iso())
        self.actions.append(action)
        self.seqs.append(seq)
        return action

    def drop(self, seqs: set[int]) -> int:
        """Forget actions the console took in after the run had ended; returns how many."""
        keep = [i for i, seq in enumerate(self.seqs) if seq not in seqs]
        dropped = len(self.seqs) - len(keep)
        self.actions = [self.actions[i] for i in keep]
        self.seqs = [self.seqs[i] for i in keep]
        return dropped

    def corrected(self) -> set[int]:
        """Numbers of actions a later correction replaced (struck through)."""
        return {a.corrects for a in self.actions if a.corrects is not None}

    def identities(self) -> dict[str, str]:
        """Each track's latest identification by the trainee (it colours the map)."""
        found: dict[str, str] = {}
        for action in self.actions:
            if action.kind == ActionKind.IDENTIFY and action.track:
                found[action.track] = action.params.get("identity", "unknown")
        return found
