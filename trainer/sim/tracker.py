"""Tracker: detections become tracks with their own ids; gating, assignment, smoothing, fusion."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from trainer.scenario.sensors_model import TrackerSettings
from trainer.sim.association import TENTATIVE_PENALTY, assign, bearing_pairs, gated_pairs
from trainer.sim.detections import (
    Detections,
    FloatArray,
    IntArray,
    SensorKind,
    grid_bearing_deg,
    sensor_names,
)
from trainer.sim.track_picture import TrackPicture, read_only
from trainer.sim.track_slots import EMPTY, TRUTH_HISTORY, TrackSlots, present

CLIMB_SIGMA_MPS = 3.0  # height random walk between updates
IMMEDIATE = (SensorKind.REMOTE_ID, SensorKind.SIGHTING)  # confirm a track at once (the last two)
# Up to this many tracks updated at once, the Kalman update runs track by track in Python floats
# (the same operations in the same order; the cube of dt still numpy's power): a batch of a few
# detections, the usual one, then costs a fraction of the array form's forty-odd numpy calls.
FEW_UPDATES = 4
FEW_PAIRS = 16  # detections x tracks up to which gating runs pair by pair in Python floats


def track_id(number: int) -> str:
    return f"T{number:03d}"


@dataclass(frozen=True)
class TrackChange:
    """A track was confirmed ("started"), dropped, or received its first Remote ID message
    ("identified"); `truth` is its dominant drone (-1: none)."""

    kind: str
    track_id: str
    truth: int
    sensors: tuple[str, ...]  # kinds that have fed the track
    x: float
    y: float
    alt: float  # NaN when unknown
    note: str = ""


class Tracker(TrackSlots):
    """Tracks as struct-of-arrays slots, in order of creation; dead slots are compacted away.

    Each track is a constant-velocity Kalman filter per axis (x and y share one covariance,
    as every detection's error is the same in x and y), plus a height filter.
    """

    def __init__(self, settings: TrackerSettings) -> None:
        self.settings = settings
        super().__init__()
        self._next_number = 1
        self._names = [""]  # track id by number (numbers start at 1)
        self._final_truth = [-1]  # by number: the dominant truth when dropped
        self._strobes: dict[int, Detections] = {}  # per RF sensor: bearings no track explains
        self.changes: list[TrackChange] = []  # since the owner last took them
        self._next_check_s = np.inf  # no track can be forgotten or dropped before this

    # -- detections in ----------------------------------------------------------------------

    def update(self, batch: Detections) -> None:
        """Take in one sensor's detections at one time (each batch in turn, in a fixed order)."""
        if batch.size == 0:
            return
        positional = np.isfinite(batch.x)
        if np.count_nonzero(positional) < positional.size:  # (.all() costs more on a few rows)
            self._bearings(batch.take(~positional))
            batch = batch.take(positional)
            if batch.size == 0:
                return
        time_s = float(batch.time_s[0])
        det, slot = self._associate(batch, time_s)
        if det.size:
            self._correct(batch, det, slot, time_s)
        if det.size < batch.size:
            rest = np.ones(batch.size, dtype=np.bool_)
            rest[det] = False
            self._start(batch.take(rest), time_s)

    def _predicted(self, slots: IntArray, time_s: float) -> tuple[FloatArray, ...]:
        """Positions and position variance of tracks extrapolated to `time_s`."""
        dt = time_s - self.t_update[slots]
        q = self.settings.accel_sigma_mps2**2
        pp = self.pp[slots] + dt * (2 * self.pv[slots] + dt * self.vv[slots]) + q * dt**3 / 3
        xy = self.pos[slots] + self.vel[slots] * dt[:, None]
        return xy[:, 0], xy[:, 1], pp

    def _associate(self, batch: Detections, time_s: float) -> tuple[IntArray, IntArray]:
        det_slot = np.full(batch.size, -1, dtype=np.int64)
        with_serial = present(batch.serial).nonzero()[0]
        if with_serial.size:  # a Remote ID serial names its track outright
            known = self._serial_slot
            det_slot[with_serial] = [known.get(v, -1) for v in batch.serial[with_serial]]
        rest = (det_slot < 0).nonzero()[0]
        live = self._live() if rest.size else rest
        if rest.size < batch.size and live.size:
            used = np.zeros(self._n, dtype=np.bool_)
            used[det_slot[det_slot >= 0]] = True
            live = live[~used[live]]
        if rest.size and live.size:
            few = rest.size * live.size <= FEW_PAIRS
            gate = self._gate_few if few else self._gate_arrays
            i, j, cost = gate(batch, rest, live, time_s)
            di, tj = assign(i, j, cost, rest.size, live.size)
            det_slot[rest[di]] = live[tj]
        det = (det_slot >= 0).nonzero()[0]
        return det, det_slot[det]

    def _gate_arrays(
        self, batch: Detections, rest: IntArray, live: IntArray, time_s: float
    ) -> tuple[IntArray, IntArray, FloatArray]:
        """Candidate pairs (index into `rest`, index into `live`) inside the gate, and costs."""
        tx, ty, tvar = self._predicted(live, time_s)
        s = self.settings
        sub = batch if rest.size == batch.size else batch.take(rest)  # (read only)
        i, j, cost = gated_pairs(
            sub.x, sub.y, sub.sigma_h**2, tx, ty, tvar, s.gate_sigma, s.min_gate_m
        )
        cost = cost + TENTATIVE_PENALTY * (self.number[live[j]] == 0)
        dz = sub.alt[i] - self.alt[live[j]]
        dt = time_s - self.t_update[live[j]]
        zvar = self.palt[live[j]] + CLIMB_SIGMA_MPS**2 * dt + sub.sigma_v[i] ** 2 + 1e-9
        cost = cost + np.where(np.isfinite(dz), dz * dz / zvar, 0.0)
        clash = present(sub.serial[i]) & present(self.serial[live[j]])
        if np.count_nonzero(clash):
            i, j, cost = i[~clash], j[~clash], cost[~clash]
        return i, j, cost

    def _gate_few(
        self, batch: Detections, rest: IntArray, live: IntArray, time_s: float
    ) -> tuple[IntArray, IntArray, FloatArray]:
        """`_gate_arrays` (`_predicted`, `gated_pairs`, the penalties and the serial clashes)
        worked out pair by pair in Python floats: the same operations in the same order, the
        pairs in the same order (detection, then track); the cube of dt still numpy's power."""
        s = self.settings
        q = s.accel_sigma_mps2**2
        dt_all = time_s - self.t_update[live]
        tracks = []
        for t, dt, cube in zip(live.tolist(), dt_all.tolist(), (dt_all**3).tolist(), strict=True):
            pp, pv, vv = float(self.pp[t]), float(self.pv[t]), float(self.vv[t])
            var = pp + dt * (2 * pv + dt * vv) + q * cube / 3
            x = float(self.pos[t, 0]) + float(self.vel[t, 0]) * dt
            y = float(self.pos[t, 1]) + float(self.vel[t, 1]) * dt
            penalty = TENTATIVE_PENALTY * (1.0 if self.number[t] == 0 else 0.0)
            height, zvar = float(self.alt[t]), float(self.palt[t]) + CLIMB_SIGMA_MPS**2 * dt
            tracks.append((x, y, var, penalty, height, zvar, self.serial[t] is not None))
        gate, floor = s.gate_sigma**2, s.min_gate_m**2
        out_i, out_j, out_cost = [], [], []
        for k, d in enumerate(rest.tolist()):
            det_x, det_y = float(batch.x[d]), float(batch.y[d])
            sigma_h, sigma_v = float(batch.sigma_h[d]), float(batch.sigma_v[d])
            det_var, det_alt = sigma_h * sigma_h, float(batch.alt[d])
            det_serial = batch.serial[d] is not None
            for m, (x, y, var, penalty, height, zvar, trk_serial) in enumerate(tracks):
                east, north = det_x - x, det_y - y
                d2 = east * east + north * north
                limit = gate * (det_var + var)
                limit = limit if limit >= floor or limit != limit else floor  # np.maximum
                if not d2 <= limit:
                    continue
                cost = d2 / (det_var + var + 1e-9) + penalty
                dz = det_alt - height
                cost = cost + (
                    dz * dz / (zvar + sigma_v * sigma_v + 1e-9) if math.isfinite(dz) else 0.0
                )
                if det_serial and trk_serial:  # two serials: never the same drone
                    continue
                out_i.append(k)
                out_j.append(m)
                out_cost.append(cost)
        return (
            np.array(out_i, dtype=np.int64),
            np.array(out_j, dtype=np.int64),
            np.array(out_cost, dtype=np.float64),
        )

    def _correct(self, batch: Detections, det: IntArray, slot: IntArray, time_s: float) -> None:
        """Kalman update of the tracks `slot` with the detections `det`."""
        few = _few_distinct(slot)
        if few:
            self._correct_few(batch, det, slot, time_s)
        else:
            self._correct_arrays(batch, det, slot, time_s)
        self.t_update[slot] = time_s
        self.hits[slot] += 1
        self._note(batch, det, slot, time_s, few)

    def _correct_arrays(
        self, batch: Detections, det: IntArray, slot: IntArray, time_s: float
    ) -> None:
        dt = time_s - self.t_update[slot]
        q = self.settings.accel_sigma_mps2**2
        pp, pv, vv = self.pp[slot], self.pv[slot], self.vv[slot]
        pp = pp + dt * (2 * pv + dt * vv) + q * dt**3 / 3
        pv = pv + dt * vv + q * dt**2 / 2
        vv = vv + q * dt
        innovation = pp + batch.sigma_h[det] ** 2
        gain_p = pp / innovation
        gain_v = pv / innovation
        predicted = self.pos[slot] + self.vel[slot] * dt[:, None]
        residual = np.column_stack((batch.x[det], batch.y[det])) - predicted
        self.pos[slot] = predicted + gain_p[:, None] * residual
        self.vel[slot] += gain_v[:, None] * residual
        self.pp[slot] = (1 - gain_p) * pp
        self.pv[slot] = (1 - gain_p) * pv
        self.vv[slot] = vv - gain_v * pv
        za, zvar = batch.alt[det], batch.sigma_v[det] ** 2
        old, palt = self.alt[slot], self.palt[slot] + CLIMB_SIGMA_MPS**2 * dt
        known, has = np.isfinite(old), np.isfinite(za)
        gain = palt / (palt + zvar + 1e-9)
        if np.count_nonzero(has & known) == slot.size:  # every height measured and known
            self.alt[slot] = old + gain * (za - old)
            self.palt[slot] = (1 - gain) * palt
        else:
            self.alt[slot] = np.where(has, np.where(known, old + gain * (za - old), za), old)
            self.palt[slot] = np.where(has, np.where(known, (1 - gain) * palt, zvar), palt)

    def _correct_few(self, batch: Detections, det: IntArray, slot: IntArray, time_s: float) -> None:
        """`_correct_arrays` track by track, each line the same operation on the same values."""
        q = self.settings.accel_sigma_mps2**2
        dt_all = time_s - self.t_update[slot]
        cubes = (dt_all**3).tolist()
        pos, vel = self.pos, self.vel
        for d, t, dt, cube in zip(det.tolist(), slot.tolist(), dt_all.tolist(), cubes, strict=True):
            pp, pv, vv = float(self.pp[t]), float(self.pv[t]), float(self.vv[t])
            pp = pp + dt * (2 * pv + dt * vv) + q * cube / 3
            pv = pv + dt * vv + q * (dt * dt) / 2
            vv = vv + q * dt
            sigma = float(batch.sigma_h[d])
            innovation = pp + sigma * sigma
            gain_p = pp / innovation
            gain_v = pv / innovation
            for axis, measured in ((0, batch.x[d]), (1, batch.y[d])):
                speed = float(vel[t, axis])
                predicted = float(pos[t, axis]) + speed * dt
                residual = float(measured) - predicted
                pos[t, axis] = predicted + gain_p * residual
                vel[t, axis] = speed + gain_v * residual
            self.pp[t] = (1 - gain_p) * pp
            self.pv[t] = (1 - gain_p) * pv
            self.vv[t] = vv - gain_v * pv
            za, sigma_v = float(batch.alt[d]), float(batch.sigma_v[d])
            zvar = sigma_v * sigma_v
            old, palt = float(self.alt[t]), float(self.palt[t]) + CLIMB_SIGMA_MPS**2 * dt
            gain = palt / (palt + zvar + 1e-9)
            if math.isfinite(za):  # a measured height: updates a known one, starts an unknown
                known = math.isfinite(old)
                self.alt[t] = old + gain * (za - old) if known else za
                self.palt[t] = (1 - gain) * palt if known else zvar
            else:
                self.palt[t] = palt  # no height: the height only grows more uncertain

    def _start(self, batch: Detections, time_s: float) -> None:
        slots = self._new_slots(batch.size)
        s = self.settings
        self.pos[slots] = np.column_stack((batch.x, batch.y))
        self.vel[slots] = 0.0
        self.pp[slots], self.pv[slots] = batch.sigma_h**2, 0.0
        self.vv[slots] = s.max_speed_mps**2 / 2  # per axis
        self.alt[slots], self.palt[slots] = batch.alt, batch.sigma_v**2
        self.t_update[slots] = self.t_created[slots] = time_s
        self.hits[slots] = 1
        self.number[slots] = 0
        self.hist_pos[slots] = 0
        self.alive[slots] = True
        self.seen[slots] = -np.inf
        self.hist[slots] = EMPTY
        self.serial[slots] = self.operator[slots] = None
        soonest = min(self.settings.confirm_window_s, self.settings.drop_after_s)
        self._next_check_s = min(self._next_check_s, time_s + soonest)
        self._note(batch, np.arange(batch.size), slots, time_s, _few_distinct(slots))

    def _note(
        self, batch: Detections, det: IntArray, slot: IntArray, time_s: float, few: bool
    ) -> None:
        """Book-keeping shared by updates and starts: sensors, truth, identity, confirmation.
        `few`: a few distinct tracks, done one by one (the same steps as the array form)."""
        if few:
            self._note_few(batch, det, slot, time_s)
            return
        kind = batch.kind[det]
        self.seen[slot, kind] = time_s
        self.hist[slot, self.hist_pos[slot]] = batch.truth[det]
        self.hist_pos[slot] = (self.hist_pos[slot] + 1) % TRUTH_HISTORY
        serial = batch.serial[det]
        fresh = present(serial) & ~present(self.serial[slot])  # its first Remote ID message
        for i, t in zip(det[fresh], slot[fresh], strict=True):
            self._take_identity(batch, int(i), int(t))
        due = (self.number[slot] == 0) & (
            (self.hits[slot] >= self.settings.confirm_hits) | (kind >= min(IMMEDIATE))
        )
        for i, t in zip(det[due], slot[due], strict=True):
            self._confirm(batch, int(i), int(t))

    def _note_few(self, batch: Detections, det: IntArray, slot: IntArray, time_s: float) -> None:
        pairs = list(zip(det.tolist(), slot.tolist(), strict=True))
        kinds = batch.kind[det].tolist()
        for (i, t), kind in zip(pairs, kinds, strict=True):
            self.seen[t, kind] = time_s
            at = int(self.hist_pos[t])
            self.hist[t, at] = batch.truth[i]
            self.hist_pos[t] = (at + 1) % TRUTH_HISTORY
        for i, t in pairs:
            if batch.serial[i] is not None and self.serial[t] is None:
                self._take_identity(batch, i, t)
        hits = self.settings.confirm_hits
        for (i, t), kind in zip(pairs, kinds, strict=True):
            if self.number[t] == 0 and (self.hits[t] >= hits or kind >= min(IMMEDIATE)):
                self._confirm(batch, i, t)

    def _take_identity(self, batch: Detections, i: int, t: int) -> None:
        """Track `t` receives its first Remote ID message, detection `i`."""
        self.serial[t], self.operator[t] = batch.serial[i], batch.operator[i]
        self._serial_slot[batch.serial[i]] = t
        if self.number[t] > 0:  # a confirmed track: the trainee can read it from now on
            self.changes.append(self._identified(t))

    def _confirm(self, batch: Detections, i: int, t: int) -> None:
        """Track `t` is confirmed (by detection `i`): it gets its number and id."""
        self.number[t] = self._next_number
        self._next_number += 1
        self._names.append(track_id(int(self.number[t])))
        self._final_truth.append(-1)
        note = f"reported by {batch.note[i]}" if batch.note[i] else ""
        self.changes.append(self._change("started", t, note))
        if self.serial[t] is not None:  # confirmed by its Remote ID: readable at once
            self.changes.append(self._identified(t))

    def _bearings(self, batch: Detections) -> None:
        """RF bearings: mark the confirmed tracks they point at; the rest become strobes."""
        live = self._live()
        live = live[self.number[live] > 0]
        time_s = float(batch.time_s[0])
        di = tj = np.zeros(0, dtype=np.int64)
        if live.size:
            tx, ty, tvar = self._predicted(live, time_s)
            i, j, cost = bearing_pairs(batch, tx, ty, tvar, self.settings.gate_sigma)
            di, tj = assign(i, j, cost, batch.size, live.size)
        if di.size:
            slot = live[tj]
            self.seen[slot, SensorKind.RF] = time_s
            self.hist[slot, self.hist_pos[slot]] = batch.truth[di]
            self.hist_pos[slot] = (self.hist_pos[slot] + 1) % TRUTH_HISTORY
        unexplained = np.ones(batch.size, dtype=np.bool_)  # (np.setdiff1d costs ~20 us)
        unexplained[di] = False
        self._strobes[int(batch.sensor[0])] = batch.take(unexplained)

    # -- time passing -----------------------------------------------------------------------

    def maintenance_due(self, time_s: float) -> bool:
        """Whether `maintain` may forget or drop a track at `time_s`."""
        return not time_s < self._next_check_s

    def maintain(self, time_s: float) -> None:
        """Forget tentative tracks that were not confirmed in time; drop tracks not updated."""
        if not self.maintenance_due(time_s):
            return
        s = self.settings
        live = self._live()
        tentative = self.number[live] == 0
        failed = live[tentative & (time_s - self.t_created[live] > s.confirm_window_s)]
        silent = (time_s - self.t_update[live] > s.drop_after_s) & (
            time_s - self.seen[live, SensorKind.SIGHTING] > s.sighting_hold_s
        )
        dropped = live[~tentative & silent]
        for slot in dropped:
            self.changes.append(self._change("dropped", int(slot), "no update"))
            self._final_truth[int(self.number[slot])] = self.changes[-1].truth
        for slot in (*failed, *dropped):
            self.alive[slot] = False
            serial = self.serial[slot]
            if serial is not None and self._serial_slot.get(serial) == slot:
                del self._serial_slot[serial]
        live = self._live()
        deadline = np.where(
            self.number[live] == 0,
            self.t_created[live] + s.confirm_window_s,
            np.maximum(
                self.t_update[live] + s.drop_after_s,
                self.seen[live, SensorKind.SIGHTING] + s.sighting_hold_s,
            ),
        )
        self._next_check_s = float(deadline.min(initial=np.inf))

    def take_changes(self) -> list[TrackChange]:
        changes, self.changes = self.changes, []
        return changes

    def _identified(self, slot: int) -> TrackChange:
        return self._change(
            "identified", slot, f"serial {self.serial[slot]}, operator {self.operator[slot]}"
        )

    def _change(self, kind: str, slot: int, note: str) -> TrackChange:
        seen = np.isfinite(self.seen[slot])
        return TrackChange(
            kind,
            self._names[int(self.number[slot])],
            int(self._dominant(np.array([slot]))[0]),
            tuple(n for n, s in zip(sensor_names(0b1111), seen, strict=True) if s),
            float(self.pos[slot, 0]),
            float(self.pos[slot, 1]),
            float(self.alt[slot]),
            note,
        )

    # -- the picture and its truth ----------------------------------------------------------

    def _confirmed(self) -> IntArray:
        live = self._live()
        live = live[self.number[live] > 0]
        return live[np.argsort(self.number[live], kind="stable")]

    def picture(self, time_s: float) -> TrackPicture:
        slots = self._confirmed()
        s = self.settings
        x, y, pp = self._predicted(slots, time_s)
        hold = np.array([s.coast_after_s, s.coast_after_s, s.coast_after_s, s.sighting_hold_s])
        seen_now = (time_s - self.seen[slots]) <= hold[None, :]
        mask = (seen_now * (1 << np.arange(len(SensorKind)))[None, :]).sum(axis=1)
        strobes = self._current_strobes(time_s)
        vx, vy = self.vel[slots, 0], self.vel[slots, 1]
        return TrackPicture(
            time_s=time_s,
            ids=tuple(map(self._names.__getitem__, self.number[slots].tolist())),
            x=read_only(x),
            y=read_only(y),
            alt=read_only(self.alt[slots]),
            sigma_m=read_only(np.sqrt(pp)),
            speed=read_only(np.hypot(vx, vy)),
            course_deg=read_only(grid_bearing_deg(vx, vy)),
            sensors=read_only(mask.astype(np.int64)),
            serial=tuple(self.serial[slots]),
            operator=tuple(self.operator[slots]),
            age_s=read_only(time_s - self.t_created[slots]),
            last_update_s=read_only(self.t_update[slots]),
            coasting=read_only(time_s - self.t_update[slots] > s.coast_after_s),
            strobe_x=read_only(strobes.origin_x),
            strobe_y=read_only(strobes.origin_y),
            strobe_bearing_deg=read_only(strobes.bearing_deg),
            strobe_sigma_deg=read_only(strobes.bearing_sigma_deg),
            strobe_time_s=read_only(strobes.time_s),
        )

    def _dominant(self, slots: IntArray) -> IntArray:
        """Per track, the most frequent truth of its recent associations (ties: most recent)."""
        rows = np.arange(slots.size)[:, None]
        recent = (self.hist_pos[slots][:, None] - 1 - np.arange(TRUTH_HISTORY)[None, :]) % (
            TRUTH_HISTORY
        )
        history = self.hist[slots][rows, recent]  # most recent first
        valid = history != EMPTY
        counts = ((history[:, :, None] == history[:, None, :]) & valid[:, None, :]).sum(axis=2)
        best = np.argmax(np.where(valid, counts, -1), axis=1)
        return history[rows[:, 0], best]

    def truth_map(self) -> dict[str, int]:
        """Track id -> drone index (-1: a false track) for every track ever confirmed."""
        slots = self._confirmed()
        truth = np.array(self._final_truth, dtype=np.int64)
        truth[self.number[slots]] = self._dominant(slots)
        return dict(zip(self._names[1:], truth[1:].tolist(), strict=True))

    def _current_strobes(self, time_s: float) -> Detections:
        hold = self.settings.coast_after_s
        return Detections.concat(
            [b.take(time_s - b.time_s <= hold) for _, b in sorted(self._strobes.items())]
        )

    def strobe_truth(self, time_s: float) -> IntArray:
        """Drone index of each strobe of the picture at `time_s`, in its order (tests only)."""
        return self._current_strobes(time_s).truth

    def state_bytes(self) -> bytes:
        return self.slot_digest()


def _few_distinct(slots: IntArray) -> bool:
    """Whether `slots` are few enough for the track-by-track forms and all different. (Two
    Remote ID reports with one serial name one track twice; the array form then updates it
    once, from the track as it was, and that rare batch stays there.)"""
    return slots.size <= FEW_UPDATES and len(set(slots.tolist())) == slots.size
