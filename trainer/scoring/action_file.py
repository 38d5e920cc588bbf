"""A scripted trainee from a file: one JSON object a line, the actions a trainee makes and when.

    {"at_s": 95.0, "kind": "classify", "track": "T002", "params": {"classification": "drone"}}
    {"at_s": 200, "kind": "end_run"}

`kind` is an action kind or `end_run` (the run ends there, as the instructor's Ctrl+E does);
`track` may be null or left out (actions about a drone need one); `params` as the window makes
them. Every problem is reported with the file and line before the run starts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.scenario.answer_key import JUDGED_PARAMS
from trainer.scoring.protocol import TRACK_ACTIONS, Action, ActionKind
from trainer.sim.events import Event

END_RUN = "end_run"
KEYS = frozenset({"at_s", "kind", "track", "params"})
LOG_PARAM = "log"  # close_incident's free text
MAX_TEXT = 500  # as the window's fields allow


class ActionFileError(TrainerError):
    """A file of actions that cannot be played; the message names file, line and field."""


@dataclass(frozen=True)
class PlannedAction:
    line: int
    at_s: float
    kind: ActionKind | None  # None: end the run here
    track: str | None = None
    params: dict[str, str] = field(default_factory=dict)


def read_action_file(path: Path, duration_s: float) -> list[PlannedAction]:
    """The file's actions in time order (ties in file order); ActionFileError listing every
    problem found."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        said = message("actions.cannot_read", path=str(path), reason=os_reason(exc))
        raise ActionFileError(said) from exc
    except UnicodeDecodeError as exc:
        reason = message("actions.not_utf8", byte=exc.start)
        raise ActionFileError(
            message("actions.cannot_read", path=str(path), reason=reason)
        ) from exc
    return parse_action_lines(str(path), text.splitlines(), duration_s)


def parse_action_lines(source: str, lines: Iterable[str], duration_s: float) -> list[PlannedAction]:
    """Like read_action_file, for lines from elsewhere; `source` names them in messages."""
    planned: list[PlannedAction] = []
    problems: list[str] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            planned.append(_parse(raw, number, duration_s))
        except ValueError as exc:
            problems.append(f"{source}:{number}: {exc}")
    if problems:
        raise ActionFileError("\n".join(problems))
    return sorted(planned, key=lambda p: (p.at_s, p.line))


def check_tracks(path: Path, planned: Iterable[PlannedAction], known: set[str]) -> None:
    """Every track named must be one the run ever showed (`known`: its track ids, or its drone
    ids in a run without sensors)."""
    problems = [
        message("actions.track_unknown", path=str(path), line=p.line, track=repr(p.track))
        for p in planned
        if p.track is not None and p.track not in known
    ]
    if problems:
        shown = ", ".join(sorted(known)[:12]) or message("actions.none")
        tracks = message("actions.tracks_of_run", tracks=shown)
        raise ActionFileError("\n".join([*problems, tracks]))


def _parse(raw: str, number: int, duration_s: float) -> PlannedAction:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:  # json's own words are English: the column says where
        raise ValueError(message("actions.not_json", column=exc.colno)) from exc
    except RecursionError:  # json's decoder recurses once per "[" or "{"
        raise ValueError(message("actions.too_deep")) from None
    if not isinstance(data, dict):
        raise ValueError(message("actions.not_object"))
    unknown = sorted(set(data) - KEYS)
    if unknown:
        fields = ", ".join(sorted(KEYS))
        raise ValueError(message("actions.unknown_field", field=repr(unknown[0]), fields=fields))
    given_at_s = data.get("at_s")
    at_s = _seconds(given_at_s)
    if at_s is None:
        raise ValueError(message("actions.at_s_needed", given=_short(given_at_s)))
    if not 0 <= at_s <= duration_s:
        raise ValueError(message("actions.at_s_outside", at_s=at_s, duration=duration_s))
    kind_text = data.get("kind")
    if kind_text == END_RUN:
        if data.get("track") is not None or data.get("params"):
            raise ValueError(message("actions.end_run_alone"))
        return PlannedAction(number, at_s, None)
    try:
        kind = ActionKind(str(kind_text))
    except ValueError:
        kinds = ", ".join([*(k.value for k in ActionKind), END_RUN])
        said = message("actions.unknown_kind", kind=repr(kind_text), kinds=kinds)
        raise ValueError(said) from None
    track = data.get("track")
    if track is not None and (not isinstance(track, str) or not track.strip()):
        raise ValueError(message("actions.bad_track", track=repr(track)))
    if track is None and kind in TRACK_ACTIONS:
        raise ValueError(message("actions.needs_track", kind=kind.value))
    return PlannedAction(number, at_s, kind, track, check_params(kind, data.get("params")))


def _seconds(value: object) -> float | None:
    """A finite number as a float, or None; JSON holds integers no float can (10**400)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return None
    return seconds if math.isfinite(seconds) else None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_params(kind: ActionKind, given: object) -> dict[str, str]:
    """The params as the action kind takes them; ValueError naming what is wrong."""
    if given is None:
        given = {}
    if not isinstance(given, dict):
        raise ValueError(message("actions.params_object", given=repr(given)))
    allowed: dict[str, tuple[str, ...] | None] = {}
    if kind in JUDGED_PARAMS:
        name, values = JUDGED_PARAMS[kind]
        allowed[name] = values
    if kind is ActionKind.CLOSE_INCIDENT:
        allowed[LOG_PARAM] = None  # free text
    for name, value in given.items():
        if name not in allowed:
            takes = ", ".join(allowed) or message("actions.no_params")
            said = message("actions.params_takes", kind=kind.value, takes=takes, name=repr(name))
            raise ValueError(said)
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise ValueError(message("actions.param_text", name=name, limit=MAX_TEXT))
        choices = allowed[name]
        if choices is not None and value not in choices:
            said = message(
                "actions.param_value", name=name, value=repr(value), choices=", ".join(choices)
            )
            raise ValueError(said)
    missing = [n for n, choices in allowed.items() if choices is not None and n not in given]
    if missing:
        raise ValueError(message("actions.params_needs", kind=kind.value, name=repr(missing[0])))
    return {str(k): str(v) for k, v in given.items()}


class ScriptedTrainee:
    """Plays the file's actions at their times; `ends_at_s` is the first end_run, if any."""

    name = "actions"

    def __init__(self, planned: Sequence[PlannedAction]) -> None:
        ends = [p.at_s for p in planned if p.kind is None]
        self.ends_at_s: float | None = min(ends) if ends else None
        self._queue = [p for p in planned if p.kind is not None and self._before_end(p)]
        self._count = 0

    def _before_end(self, planned: PlannedAction) -> bool:
        return self.ends_at_s is None or planned.at_s <= self.ends_at_s

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]:
        actions = []
        while self._queue and self._queue[0].at_s <= now_s + 1e-9:
            planned = self._queue.pop(0)
            assert planned.kind is not None
            self._count += 1
            actions.append(
                Action(self._count, planned.kind, now_s, "", planned.track, planned.params)
            )
        return actions
