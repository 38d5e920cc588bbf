"""Build small scenario files for tests: a valid base with the parts a test cares about."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from trainer.launch import PreparedRun, Workspace


def drone(
    drone_id: str, lat: float, lon: float, behaviour: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    alt = extra.pop("alt_agl_m", 50)
    return {
        "id": drone_id,
        "type": extra.pop("type", "multirotor"),
        "eu_class": "C2",
        "start": {"lat": lat, "lon": lon, "alt_agl_m": alt},
        "behaviour": copy.deepcopy(behaviour),  # shared dicts would be dumped as YAML aliases
        **extra,
    }


def prepare(
    workspace: Workspace,
    folder: Path,
    drones: list[dict[str, Any]],
    events: list[dict[str, Any]] | None = None,
    **fields: Any,
) -> PreparedRun:
    data: dict[str, Any] = {
        "format": 1,
        "id": "test-scenario",
        "title": "Test scenario",
        "summary": "Made by a test.",
        "difficulty": 1,
        "offender": "none",
        "duration_s": 600,
        "seed": 11,
        "drones": drones,
        "events": events or [],
        **fields,
    }
    path = folder / f"{data['id']}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return workspace.prepare(path)
