"""Scenario editor: a big scenario opened offscreen, then each section shown and edited once.

For each section: `switch` is choosing it in the list until the window has painted; `edit` is
one character typed into the section's first line field until painted (the field's value into
the document, the map redrawn, the titles refreshed); `check` is the live check that follows a
pause in typing (the loader's validation, the problems listed); `undo` takes the edit back and
rebuilds the sections, and is checked in its turn (not timed). Each section is visited
`--rounds` times; the figures are per action. `check_parts` splits the check after a keystroke
(CPU ms): `write` the text (ruamel), `read` it with the loader's YAML reader, `load` it whole
(read and validate), and `undo_copy`, the copy of the tree the check makes room for.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit

from trainer.launch import Workspace
from trainer.scenario.loader import load_scenario_text
from trainer.scenario.yaml_source import read_yaml
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.editor.editor_window import DISCARD, ScenarioEditor

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
DEFAULT_SCENARIOS = "swarm-24,intruder-threshold-23"  # the two biggest bundled files


def _figures(times: list[tuple[float, float]]) -> dict[str, float]:
    """Median and 90th percentile of wall time, and of this thread's CPU time (less swayed by
    the other programs on the machine: the figure to compare changes by)."""
    result = {}
    for name, values in (("", [w for w, _ in times]), ("cpu_", [c for _, c in times])):
        ms = [t * 1000 for t in values]
        p90 = statistics.quantiles(ms, n=10)[-1] if len(ms) > 1 else ms[0]
        result[f"{name}median_ms"] = round(statistics.median(ms), 1)
        result[f"{name}p90_ms"] = round(p90, 1)
    return result


def _timed(app: QApplication, action: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of an action until its window is laid out and painted."""
    start, cpu_start = time.perf_counter(), time.thread_time()
    action()
    app.processEvents()
    return time.perf_counter() - start, time.thread_time() - cpu_start


def _first_line(editor: ScenarioEditor) -> QLineEdit | None:
    if editor.form is None:
        return None
    lines = [w for w in editor.form.editors.values() if isinstance(w, QLineEdit)]
    return next((line for line in lines if line.isEnabled() and not line.isReadOnly()), None)


def _type_one(line: QLineEdit) -> None:
    """A keystroke at the end of the field, as the author types it (textEdited, not setText)."""
    text = f"{line.text()}1"
    line.setText(text)
    line.textEdited.emit(text)


def _bench_scenario(app: QApplication, editor: ScenarioEditor, path: Path, rounds: int) -> dict:
    opened = _timed(app, lambda: editor.open_file(path))
    switch: list[tuple[float, float]] = []
    edit: list[tuple[float, float]] = []
    check: list[tuple[float, float]] = []
    undo: list[tuple[float, float]] = []
    for _ in range(rounds):
        for row in range(len(editor.sections)):
            switch.append(_timed(app, lambda r=row: editor.section_list.setCurrentRow(r)))
            line = _first_line(editor)
            if line is None:
                continue
            edit.append(_timed(app, lambda line=line: _type_one(line)))
            check.append(_timed(app, editor.check_now))
            undo.append(_timed(app, editor.undo))
            _timed(app, editor.check_now)  # untimed: the live check after the undo's pause
    parts = _check_parts(editor, path, rounds * 5)
    return {
        "file_bytes": path.stat().st_size,
        "sections": len(editor.sections),
        "open_ms": round(opened[0] * 1000, 1),
        "switch": _figures(switch),
        "edit": _figures(edit),
        "check": _figures(check),
        "undo": _figures(undo),
        "edits": len(edit),
        "check_parts": parts,
    }


def _check_parts(editor: ScenarioEditor, path: Path, count: int) -> dict[str, float]:
    """CPU median of each part of the live check, each after one keystroke in the first
    drone's label (the scenario stays valid: the loader's whole way is timed)."""
    editor.select_section(("drones", 0))
    line = editor.form.editors.get("drones[0].label") if editor.form else None
    if not isinstance(line, QLineEdit):
        return {}
    document, library = editor.document, editor.workspace.library
    times: dict[str, list[float]] = {"write": [], "read": [], "load": [], "undo_copy": []}

    def cpu(name: str, action: Callable[[], object]) -> object:
        start = time.thread_time()
        result = action()
        times[name].append((time.thread_time() - start) * 1000)
        return result

    for _ in range(count):
        _type_one(line)
        text = str(cpu("write", document.to_text))
        cpu("read", lambda text=text: read_yaml(text))
        cpu("load", lambda text=text: load_scenario_text(text, path, library))
        cpu("undo_copy", document.prepare_undo)
    editor.check_now()
    return {name: round(statistics.median(ms), 1) for name, ms in times.items()}


def bench_editor(args: argparse.Namespace) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "editor.ini"), QSettings.Format.IniFormat)
        editor = ScenarioEditor(Workspace(), settings)
        editor.ask_unsaved = lambda: DISCARD
        editor.resize(1500, 950)
        editor.show()
        app.processEvents()
        result: dict[str, object] = {"benchmark": "editor", "rounds": args.rounds}
        for name in (args.scenarios or DEFAULT_SCENARIOS).split(","):
            result[name] = _bench_scenario(app, editor, SCENARIOS / f"{name}.yaml", args.rounds)
        editor.close()
    return result
