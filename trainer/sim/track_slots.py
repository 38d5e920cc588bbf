"""Tracks as growable struct-of-arrays slots in creation order, compacted when mostly dead."""

from __future__ import annotations

import hashlib

import numpy as np

from trainer.sim.detections import BoolArray, FloatArray, IntArray, ObjectArray, SensorKind

TRUTH_HISTORY = 10  # associations remembered per track for its dominant truth
EMPTY = -2  # an unused history entry (-1 is a detection of no drone: clutter)
_FLOATS = ("pp", "pv", "vv", "alt", "palt", "t_update", "t_created")
_PAIRS = ("pos", "vel")  # (x, y) columns
_INTS = ("hits", "number", "hist_pos")
_ALL = (*_PAIRS, *_FLOATS, *_INTS, "alive", "seen", "hist", "serial", "operator")


def present(values: ObjectArray) -> BoolArray:
    """Which entries of an object array are not None."""
    return np.asarray(values != None, dtype=np.bool_)  # noqa: E711 (element-wise)


class TrackSlots:
    """The tracker's storage. Slots [0, _n) are in use; a slot's fields are all set when it is
    taken, so whatever lies beyond _n is never read."""

    # Per slot; positions RD metres, velocities m/s, variances m^2 (pp, palt), m^2/s (pv),
    # m^2/s^2 (vv); times are sim seconds; number is the track id's number, 0 while tentative.
    pos: FloatArray  # (slot, 2): x, y at t_update
    vel: FloatArray  # (slot, 2): vx, vy
    pp: FloatArray
    pv: FloatArray
    vv: FloatArray
    alt: FloatArray
    palt: FloatArray
    t_update: FloatArray
    t_created: FloatArray
    hits: IntArray
    number: IntArray
    hist_pos: IntArray
    alive: BoolArray
    seen: FloatArray  # (slot, SensorKind): time each kind last fed the track
    hist: IntArray  # (slot, TRUTH_HISTORY): truth of recent associations, a ring buffer
    serial: ObjectArray
    operator: ObjectArray

    def __init__(self) -> None:
        self._n = 0
        self._cap = 0
        self._serial_slot: dict[str, int] = {}  # Remote ID serial -> the slot that carries it
        self._allocate(64)

    def _allocate(self, capacity: int) -> None:
        n = self._n
        for name in _PAIRS:
            self._resize(name, np.zeros((capacity, 2)))
        for name in _FLOATS:
            self._resize(name, np.zeros(capacity))
        for name in _INTS:
            self._resize(name, np.zeros(capacity, dtype=np.int64))
        self._resize("alive", np.zeros(capacity, dtype=np.bool_))
        self._resize("seen", np.full((capacity, len(SensorKind)), -np.inf))
        self._resize("hist", np.full((capacity, TRUTH_HISTORY), EMPTY, dtype=np.int64))
        self._resize("serial", np.full(capacity, None, dtype=object))
        self._resize("operator", np.full(capacity, None, dtype=object))
        self._cap = capacity
        self._n = n

    def _resize(self, name: str, fresh: np.ndarray) -> None:
        old = getattr(self, name, None)
        if old is not None:
            fresh[: self._n] = old[: self._n]
        setattr(self, name, fresh)

    def _new_slots(self, count: int) -> IntArray:
        if self._n + count > self._cap:
            alive = int(self.alive[: self._n].sum())
            if self._n - alive > alive:  # mostly dead: compact before growing
                self._compact()
            if self._n + count > self._cap:
                self._allocate(max(2 * self._cap, self._n + count))
        slots = np.arange(self._n, self._n + count)
        self._n += count
        return slots

    def _compact(self) -> None:
        """Move live slots to the front, in order; what lies beyond `_n` is set again on reuse."""
        keep = np.flatnonzero(self.alive[: self._n])
        for name in _ALL:
            array = getattr(self, name)
            array[: keep.size] = array[keep]
        self._n = keep.size
        self._serial_slot = {s: i for i, s in enumerate(self.serial[: self._n]) if s is not None}

    def _live(self) -> IntArray:
        return self.alive[: self._n].nonzero()[0]

    def slot_digest(self) -> bytes:
        h = hashlib.sha256()
        for name in _ALL[:-2]:
            h.update(np.ascontiguousarray(getattr(self, name)[: self._n]).tobytes())
        h.update(repr(self.serial[: self._n].tolist()).encode())
        return h.digest()
