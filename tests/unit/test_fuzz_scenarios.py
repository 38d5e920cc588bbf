"""Fuzzing the scenario loader: a damaged file is loaded or refused with a TrainerError naming it.

Set FUZZ_EXAMPLES (e.g. 5000) for a longer run; the default keeps CI at about 15 seconds.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SCENARIOS, examples
from trainer.errors import TrainerError
from trainer.launch import Workspace
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.loader import load_scenario

BUNDLED = sorted(SCENARIOS.glob("*.yaml"))
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or examples(100)
CONTROL_CHARACTERS = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + ["\x7f", "\x85"]

yaml_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["", "GND", "UNL", "FL999", "120 m AGL", "route", "twente", "C2"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a parsed file where a value can be put."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from _paths(item, (*prefix, index))


def _replace_value(raw: bytes, data: st.DataObject) -> bytes:
    try:  # an earlier damage may have left no YAML to put a value into
        document = yaml.safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError):
        return raw
    places = list(_paths(document))
    if not places:
        return raw
    *parents, last = data.draw(st.sampled_from(places), label="field")
    target = document
    for part in parents:
        target = target[part]
    target[last] = data.draw(yaml_values, label="value")
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True).encode("utf-8")


def _mutate(raw: bytes, data: st.DataObject) -> bytes:
    """One damage of the kinds files really suffer, or a wrong value where a right one was."""
    kind = data.draw(
        st.sampled_from(["flip", "delete", "duplicate", "control", "truncate", "value"]),
        label="mutation",
    )
    if kind == "value":
        return _replace_value(raw, data)
    if kind in ("delete", "duplicate"):
        lines = raw.splitlines(keepends=True)
        index = data.draw(st.integers(0, len(lines) - 1), label="line")
        lines[index : index + 1] = [] if kind == "delete" else [lines[index]] * 2
        return b"".join(lines)
    position = data.draw(st.integers(0, len(raw)), label="position")
    if kind == "truncate":
        return raw[:position]
    if kind == "control":
        character = data.draw(st.sampled_from(CONTROL_CHARACTERS), label="character")
        return raw[:position] + character.encode("utf-8") + raw[position:]
    flipped = raw[min(position, len(raw) - 1)] ^ data.draw(st.integers(1, 255), label="xor")
    index = min(position, len(raw) - 1)
    return raw[:index] + bytes([flipped]) + raw[index + 1 :]


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_damaged_scenario_loads_or_is_refused_by_name(
    data: st.DataObject, workspace: Workspace, folder: Path
) -> None:
    source = data.draw(st.sampled_from(BUNDLED), label="file")
    raw = source.read_bytes()
    for _ in range(data.draw(st.integers(1, 3), label="damages")):
        if raw:
            raw = _mutate(raw, data)
    path = folder / source.name
    path.write_bytes(raw)
    try:
        scenario = load_scenario(path, workspace.library)
        build_airspace(scenario.airspace, workspace.library)  # loaded means usable
    except TrainerError as error:
        assert str(path) in str(error)
