"""Conversions between stored rows (dicts of SQLite values) and the trainer's frozen objects."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from trainer.i18n import Message, msg
from trainer.records.errors import RecordValueError
from trainer.records.models import (
    RunRecord,
    RunStatus,
    SessionRecord,
    SheetSummary,
    TraineeRecord,
)
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet
from trainer.sim.events import Event, EventKind

Row = dict[str, Any]
_Kind = TypeVar("_Kind", bound=Enum)
# Built once: json.dumps with options would build a new encoder for every action.
_PARAMS_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def stamp(moment: datetime) -> str:
    """ISO 8601 UTC to the millisecond: the form of every *_utc column."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def short(text: str, limit: int = 40) -> str:
    """A value quoted for a message, cut to `limit` characters."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _known(kind: type[_Kind], value: Any, column: str) -> _Kind:
    """`value` as one of `kind`'s members; a RecordValueError naming the column if it is none
    (a record written by a newer trainer, or an action of a kind that does not exist)."""
    try:
        return kind(value)
    except ValueError:
        said = msg("records.unknown_value", column=column, value=repr(value))
        raise RecordValueError(said) from None


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def trainee(row: Row) -> TraineeRecord:
    return TraineeRecord(
        row["id"],
        row["name"],
        row["external_id"],
        row["group_name"],
        row["created_utc"],
        row.get("retired_utc"),
        _opt_int(row.get("merged_into")),
    )


def session(row: Row) -> SessionRecord:
    return SessionRecord(
        row["id"], row["title"], row["instructor"], row["started_utc"], row["notes"]
    )


def run(row: Row) -> RunRecord:
    return RunRecord(
        id=row["id"],
        session_id=row["session_id"],
        trainee_id=row["trainee_id"],
        scenario_id=row["scenario_id"],
        scenario_title=row["scenario_title"],
        scenario_file=row["scenario_file"],
        file_sha256=row["file_sha256"],
        seed=int(row["seed"]),
        app_version=row["app_version"],
        started_utc=row["started_utc"],
        ended_utc=row["ended_utc"],
        status=_known(RunStatus, row["status"], "status"),
        sim_time_s=float(row["sim_time_s"]),
        pid=row["pid"],
        host=row["host"],
    )


def action_values(run_id: int, action: Action) -> tuple[object, ...]:
    """Parameters for the actions INSERT, in column order; RecordValueError on a bad action."""
    if action.sequence < 1:
        raise RecordValueError(msg("records.bad_sequence", sequence=action.sequence))
    if action.corrects is not None and not 1 <= action.corrects < action.sequence:
        said = msg("records.bad_correction", sequence=action.sequence, corrects=action.corrects)
        raise RecordValueError(said)
    params = {str(key): str(value) for key, value in action.params.items()}
    return (
        run_id,
        action.sequence,
        _known(ActionKind, action.kind, "kind").value,
        float(action.sim_time_s),
        action.wall_time,
        action.track,
        _PARAMS_JSON.encode(params) if params else "{}",
        action.corrects,
    )


def action(row: Row) -> Action:
    params = json.loads(row["params_json"])
    if not isinstance(params, dict):
        said = msg("records.params_not_mapping", params=repr(row["params_json"]))
        raise RecordValueError(said)
    return Action(
        sequence=int(row["sequence"]),
        kind=_known(ActionKind, row["kind"], "kind"),
        sim_time_s=float(row["sim_time_s"]),
        wall_time=row["wall_time"],
        track=row["track"],
        params=params,
        corrects=_opt_int(row["corrects"]),
    )


def event_values(run_id: int, seq: int, event: Event) -> tuple[object, ...]:
    return (
        run_id,
        seq,
        int(event.tick),
        float(event.time_s),
        _known(EventKind, event.kind, "kind").value,
        event.drone,
        event.zone,
        event.other,
        event.detail,
        float(event.x_m),
        float(event.y_m),
        float(event.alt_agl_m),
    )


def event(row: Row) -> Event:
    return Event(
        tick=int(row["tick"]),
        time_s=float(row["time_s"]),
        kind=_known(EventKind, row["kind"], "kind"),
        drone=row["drone"],
        zone=row["zone"],
        other=row["other"],
        detail=row["detail"],
        x_m=float(row["x_m"]),
        y_m=float(row["y_m"]),
        alt_agl_m=float(row["alt_agl_m"]),
    )


def sheet_values(run_id: int, sheet: ScoreSheet, created_utc: str) -> tuple[object, ...]:
    return (
        run_id,
        sheet.scenario_id,
        int(sheet.seed),
        float(sheet.total),
        float(sheet.maximum),
        float(sheet.percent),
        float(sheet.pass_mark_percent),
        1 if sheet.passed else 0,
        float(sheet.disruption_minutes),
        float(sheet.disruption_eur),
        created_utc,
        _opt_float(sheet.ended_at_s),
    )


def item_values(sheet_id: int, position: int, item: ScoreItem) -> tuple[object, ...]:
    return (
        sheet_id,
        position,
        float(item.points),
        float(item.max_points),
        _known(ItemCategory, item.category, "category").value,
        item.reason,
        item.incident,
        _opt_float(item.time_s),
        item.action_sequence,
        item.message.to_json() if item.message is not None else None,
        float(item.due.start_s) if item.due else None,
        float(item.due.window_s) if item.due else None,
        item.due.expected.to_json() if item.due else None,
    )


def item(row: Row) -> ScoreItem:
    return ScoreItem(
        points=float(row["points"]),
        max_points=float(row["max_points"]),
        category=_known(ItemCategory, row["category"], "category"),
        reason=row["reason"],
        incident=row["incident"],
        time_s=_opt_float(row["time_s"]),
        action_sequence=_opt_int(row["action_sequence"]),
        message=_message(row.get("reason_message")),
        due=_due(row),
    )


def _due(row: Row) -> Due | None:
    """The item's due window; None when the sheet predates them or a part is unreadable."""
    start, window = row.get("due_s"), row.get("window_s")
    expected = _message(row.get("due_message"))
    if not isinstance(start, int | float) or not isinstance(window, int | float) or not expected:
        return None
    if not (math.isfinite(start) and math.isfinite(window)) or window < 0:
        return None
    return Due(float(start), float(window), expected)


def _message(text: Any) -> Message | None:
    """A stored reason message; None (the English text stands) when it is missing or not ours."""
    if not isinstance(text, str):
        return None
    try:
        return Message.from_json(text)
    except ValueError:
        return None


def sheet(row: Row, items: Sequence[Row]) -> ScoreSheet:
    return ScoreSheet(
        scenario_id=row["scenario_id"],
        seed=int(row["seed"]),
        items=tuple(item(i) for i in items),
        total=float(row["total"]),
        maximum=float(row["maximum"]),
        percent=float(row["percent"]),
        pass_mark_percent=float(row["pass_mark_percent"]),
        passed=bool(row["passed"]),
        disruption_minutes=float(row["disruption_minutes"]),
        disruption_eur=float(row["disruption_eur"]),
        ended_at_s=_opt_float(row.get("ended_at_s")),
    )


def sheet_summary(row: Row) -> SheetSummary:
    return SheetSummary(
        total=float(row["total"]),
        maximum=float(row["maximum"]),
        percent=float(row["percent"]),
        passed=bool(row["passed"]),
        ended_at_s=_opt_float(row.get("ended_at_s")),
    )
