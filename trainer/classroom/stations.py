"""The stations as the console knows them, the session code, and a sheet as a trainee gets it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from trainer.classroom import messages as msg
from trainer.scoring.protocol import Action
from trainer.scoring.sheet import ScoreSheet

CODE_LETTERS = "ACDEFHJKMNPRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B to misread
CODE_LENGTH = 6


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


def normal_code(code: str) -> str:
    """A session code as the console compares it: capitals, without the space the banner
    shows in its middle ("9PX XX3") or any other space or dash a trainee types."""
    return "".join(c for c in code.upper() if not c.isspace() and c != "-")


@dataclass
class Station:
    """A trainee's PC as the console knows it."""

    station: str
    peer: bytes
    trainee: str
    trainee_id: int | None
    host: str
    last_seen: float
    picture_tick: int = 0
    lag_s: float = 0.0  # sim seconds the station's picture was behind when it last pinged
    left: bool = False  # it said goodbye (closed properly); it may come back
    acked: int = 0  # the highest of its actions committed to the record
    run_id: int | None = None
    run_started: str = ""  # its run's start as the record has it (the station echoes it)
    joined_s: float = 0.0  # when its run began, if after the exercise's start
    joined_tick: int = 0
    actions: list[Action] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)  # the station's seq of each action
    removed: bool = False
    closed: bool = False  # its run has ended (scored, if the scenario has an answer key)
    sheet: ScoreSheet | None = None
    late_actions: int = 0  # actions that arrived after its run ended (station offline)
    # Actions of an exercise before this console was started (its console died before it had
    # them), by (run, number): recorded back in that run, or not (no such run of theirs here).
    earlier_recorded: set[tuple[int, int]] = field(default_factory=set)
    earlier_not_recorded: set[tuple[int, int]] = field(default_factory=set)
    not_recorded: set[int] = field(default_factory=set)  # its seqs acknowledged, not recorded
    pending: list[tuple[int, Action]] = field(default_factory=list)  # (seq, action) uncommitted
    added_trainee: int | None = None  # the roster entry made for its typed name at its start

    def expected_seq(self) -> int:
        return self.acked + len(self.pending) + 1


def station_sheet(sheet: ScoreSheet) -> msg.Sheet:
    """A sheet as its trainee gets it: points, reasons and when each response was due, no
    answer-key incident ids."""
    return msg.Sheet(
        total=sheet.total,
        maximum=sheet.maximum,
        percent=sheet.percent,
        pass_mark_percent=sheet.pass_mark_percent,
        passed=sheet.passed,
        disruption_minutes=sheet.disruption_minutes,
        disruption_eur=sheet.disruption_eur,
        ended_at_s=sheet.ended_at_s,
        items=[
            msg.SheetItem(
                i.points,
                i.max_points,
                i.category.value,
                i.reason,
                i.time_s,
                i.message.to_json() if i.message is not None else None,
                due_start_s=i.due.start_s if i.due is not None else None,
                due_window_s=i.due.window_s if i.due is not None else None,
                due_expected=i.due.expected.to_json() if i.due is not None else None,
                action_sequence=i.action_sequence,
            )
            for i in sheet.items
        ],
    )
