"""What the class dashboard shows of each station: one plain row, read from the console."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trainer.classroom.class_record import station_log
from trainer.classroom.console import ClassConsole
from trainer.classroom.stations import Station
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ItemCategory, ScoreSheet
from trainer.ui.panels.responses import describe


class Connection(StrEnum):
    CONNECTED = "connected"
    LOST = "lost"  # silent longer than the console allows
    LEFT = "left"  # the station said goodbye (closed); it may come back
    REMOVED = "removed"  # by the instructor; refused from now on


@dataclass(frozen=True)
class StationRow:
    """One station as the instructor sees it now."""

    station_id: str
    trainee: str
    host: str
    connection: Connection
    silent_s: float  # wall seconds since the console last heard from it
    lag_s: float  # how far its picture is behind the console's, real seconds
    sheet: ScoreSheet | None  # the live sheet, or the final one once closed
    final: bool  # the sheet is the one on the record
    missed: int  # MISSED items so far
    actions: int
    last_action: str  # "" before the first
    last_action_ago_s: float | None  # exercise seconds since the last action
    run_id: int | None
    late_actions: int = 0  # made while the station was offline, arrived after the end


class LiveScores:
    """Each station's sheet as it would stand if the exercise ended now.

    Scoring is a pure function of the log and the actions (well under a millisecond a station),
    so the whole class is scored again on each refresh rather than tracked incrementally.
    """

    def __init__(self) -> None:
        self.sheets: dict[str, ScoreSheet | None] = {}

    def refresh(self, console: ClassConsole) -> None:
        scenario = console.prepared.scenario
        engine = console.engine
        for station_id, station in console.stations.items():
            if station.sheet is not None:
                self.sheets[station_id] = station.sheet
            elif station.run_id is None or station.removed or scenario.answer_key is None:
                self.sheets[station_id] = None
            else:
                log = station_log(station, engine.events)
                running = console.state in ("running", "paused")  # more may come
                self.sheets[station_id] = score(
                    scenario, log, station.actions, seed=console.seed, run_end_s=engine.time_s,
                    running=running,
                )  # fmt: skip


def action_text(action: Action) -> str:
    """An action in a few words, in the window's language, as the trainee's own list says it:
    'Classified T003 as drone', 'Informed Twente Radio about T003'."""
    return describe(action)


def station_row(console: ClassConsole, station: Station, sheet: ScoreSheet | None) -> StationRow:
    if station.removed:
        connection = Connection.REMOVED
    elif console.connected(station):
        connection = Connection.CONNECTED
    elif station.left:
        connection = Connection.LEFT
    else:
        connection = Connection.LOST
    last = station.actions[-1] if station.actions else None
    return StationRow(
        station_id=station.station,
        trainee=station.trainee,
        host=station.host,
        connection=connection,
        silent_s=max(0.0, console.clock() - station.last_seen),
        # In real seconds, whatever the speed, as it was at the station's last report.
        lag_s=console.lag_s(station) / console.speed if not station.removed else 0.0,
        sheet=sheet,
        final=station.sheet is not None,
        missed=sum(i.category == ItemCategory.MISSED for i in sheet.items) if sheet else 0,
        actions=len(station.actions),
        last_action=action_text(last) if last is not None else "",
        last_action_ago_s=(
            max(0.0, console.engine.time_s - last.sim_time_s) if last is not None else None
        ),
        run_id=station.run_id,
        late_actions=station.late_actions,
    )


def station_rows(console: ClassConsole, scores: LiveScores) -> list[StationRow]:
    """Every station that ever joined, in the order they joined."""
    return [
        station_row(console, station, scores.sheets.get(station_id))
        for station_id, station in console.stations.items()
    ]
