"""Paces an engine in real time (or faster) from a QTimer; hands out snapshots at a bounded rate.

The engine knows nothing of time on the wall; this driver decides how many ticks are due, steps
them within a budget so the window never freezes, and then publishes one snapshot per frame.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.sim.detections import SensorKind
from trainer.sim.engine import Engine
from trainer.sim.events import Event
from trainer.sim.injects import Inject
from trainer.sim.snapshot import Snapshot

FRAME_INTERVAL_MS = 33  # about 30 snapshots a second, whatever the speed
STEP_BUDGET_S = 0.015  # stepping may take at most this much of one frame
MAX_BACKLOG_S = 1.0  # if the engine falls further behind, let sim time run slow instead
SPEEDS = (1, 2, 4, 8)


class RunState(StrEnum):
    READY = "ready"  # loaded, not started
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached the scenario's end
    ENDED = "ended"  # stopped by the user


class SimDriver(QObject):
    snapshot_ready = Signal(object)  # Snapshot
    events_logged = Signal(list)  # new engine events since the last frame
    state_changed = Signal(str)  # RunState value
    speed_changed = Signal(int)
    lagging_changed = Signal(bool)  # True while the engine cannot keep up with the set speed

    def __init__(
        self,
        engine: Engine,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self.pump)
        self.engine = engine
        self.speed = 1
        self.state = RunState.READY
        self.lagging = False
        self._owed_s = 0.0  # sim time due but not yet stepped
        self._last_wall: float | None = None
        self._event_cursor = 0

    # -- what the views may read and ask (they never touch the engine itself) ---------------

    @property
    def time_s(self) -> float:
        return self.engine.time_s

    @property
    def tick(self) -> int:
        return self.engine.clock.tick

    @property
    def seed(self) -> int:
        return self.engine.world.seed

    @property
    def events(self) -> Sequence[Event]:
        """The run's event log so far (read only: views do not change it)."""
        return tuple(self.engine.events)

    def radar_ids(self) -> list[str]:
        sensing = self.engine.sensing
        if sensing is None:
            return []
        return [s.id for s in sensing.suite.sensors if s.kind == SensorKind.RADAR]

    def inject(self, inject: Inject) -> None:
        """An instructor's inject, applied between ticks; ValueError when it cannot be."""
        self.engine.inject(inject)
        self.publish()

    # -- control -----------------------------------------------------------------------------

    def start(self) -> None:
        if self.state in (RunState.READY, RunState.PAUSED):
            self._last_wall = self._clock()
            self._set_state(RunState.RUNNING)
            self._timer.start()

    def pause(self) -> None:
        if self.state == RunState.RUNNING:
            self._timer.stop()
            self.pump_time()  # account for time up to the pause, then stop the clock
            self._last_wall = None
            self._owed_s = 0.0
            self._set_state(RunState.PAUSED)

    def toggle(self) -> None:
        if self.state == RunState.RUNNING:
            self.pause()
        else:
            self.start()

    def end(self) -> None:
        self._timer.stop()
        if self.state not in (RunState.FINISHED, RunState.ENDED):
            self._set_state(RunState.ENDED)

    def replace_engine(self, engine: Engine) -> None:
        """Start over with a fresh engine (restart, or another scenario)."""
        self._timer.stop()
        self.engine = engine
        self._owed_s = 0.0
        self._last_wall = None
        self._event_cursor = 0
        self._set_state(RunState.READY)
        self.publish()

    def set_speed(self, speed: int) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"speed must be one of {SPEEDS}, got {speed}")
        self.pump_time()
        self.speed = speed
        self.speed_changed.emit(speed)

    # -- stepping ----------------------------------------------------------------------------

    def pump_time(self) -> None:
        """Add the wall time since the last call, times the speed, to the sim time owed."""
        if self.state != RunState.RUNNING or self._last_wall is None:
            return
        now = self._clock()
        self._owed_s += (now - self._last_wall) * self.speed
        self._last_wall = now

    def pump(self) -> None:
        """One frame: step the ticks that are due (within the budget), then publish."""
        self.pump_time()
        if self.state != RunState.RUNNING:
            return
        engine = self.engine
        dt = engine.clock.dt_s
        started = time.perf_counter()
        while self._owed_s >= dt - 1e-9 and not engine.finished:
            engine.step()
            self._owed_s -= dt
            if time.perf_counter() - started > STEP_BUDGET_S:
                break
        lagging = self._owed_s > MAX_BACKLOG_S
        if lagging:
            self._owed_s = MAX_BACKLOG_S  # drop what cannot be caught up; sim time runs slow
        if lagging != self.lagging:
            self.lagging = lagging
            self.lagging_changed.emit(lagging)
        self.publish()
        if engine.finished:
            self._timer.stop()
            self._set_state(RunState.FINISHED)

    def publish(self) -> Snapshot:
        snapshot = self.engine.snapshot()
        new_events = self.engine.events[self._event_cursor :]
        self._event_cursor = len(self.engine.events)
        if new_events:
            self.events_logged.emit(list(new_events))
        self.snapshot_ready.emit(snapshot)
        return snapshot

    def _set_state(self, state: RunState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state.value)
