"""Gating and assignment of detections to tracks: candidate pairs, then a one-to-one choice."""

from __future__ import annotations

import numpy as np

from trainer.sim.detections import Detections, FloatArray, IntArray, grid_bearing_deg

# scipy is imported inside the functions that use it: loading scipy.optimize takes 0.3-1.6 s, which
# the window's start must not wait for (tests/unit/test_startup_imports.py; the UI loads it once
# the window is up, trainer/ui/app.py).

DENSE_LIMIT = 40_000  # detections x tracks up to which all pairs are measured directly
TENTATIVE_PENALTY = 1.0  # added cost: an established track wins a tie over a tentative one


def gated_pairs(
    det_x: FloatArray,
    det_y: FloatArray,
    det_var: FloatArray,
    trk_x: FloatArray,
    trk_y: FloatArray,
    trk_var: FloatArray,
    gate_sigma: float,
    min_gate_m: float,
) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs (detection, track) inside the gate, with their cost (squared normalised distance).

    The gate of a pair is gate_sigma standard deviations of the innovation (detection variance
    plus the track's predicted variance, per axis), and never less than `min_gate_m`.
    """
    nd, nt = det_x.size, trk_x.size
    if nd == 0 or nt == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    if nd * nt <= DENSE_LIMIT:
        d2 = (det_x[:, None] - trk_x[None, :]) ** 2 + (det_y[:, None] - trk_y[None, :]) ** 2
        i, j = np.nonzero(
            d2 <= np.maximum(gate_sigma**2 * (det_var[:, None] + trk_var[None, :]), min_gate_m**2)
        )
        dist2 = d2[i, j]
    else:
        from scipy.spatial import cKDTree

        reach = max(min_gate_m, gate_sigma * float(np.sqrt(det_var.max() + trk_var.max())))
        dets = cKDTree(np.column_stack([det_x, det_y]))
        trks = cKDTree(np.column_stack([trk_x, trk_y]))
        found = dets.sparse_distance_matrix(trks, reach, output_type="ndarray")
        i, j = found["i"].astype(np.int64), found["j"].astype(np.int64)
        dist2 = found["v"] ** 2
        inside = dist2 <= np.maximum(gate_sigma**2 * (det_var[i] + trk_var[j]), min_gate_m**2)
        i, j, dist2 = i[inside], j[inside], dist2[inside]
    return i, j, dist2 / (det_var[i] + trk_var[j] + 1e-9)


def bearing_pairs(
    bearings: Detections,
    trk_x: FloatArray,
    trk_y: FloatArray,
    trk_var: FloatArray,
    gate_sigma: float,
) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs (RF bearing, track) whose bearing difference is within the gate, with their cost.

    The variance is the bearing's plus the angle the track's position uncertainty subtends."""
    dx = trk_x[None, :] - bearings.origin_x[:, None]
    dy = trk_y[None, :] - bearings.origin_y[:, None]
    spread = np.degrees(np.arctan2(np.sqrt(trk_var)[None, :], np.hypot(dx, dy)))
    sigma2 = bearings.bearing_sigma_deg[:, None] ** 2 + spread**2
    miss = wrap_deg(bearings.bearing_deg[:, None] - grid_bearing_deg(dx, dy))
    i, j = np.nonzero(miss**2 <= gate_sigma**2 * sigma2)
    return i.astype(np.int64), j.astype(np.int64), miss[i, j] ** 2 / sigma2[i, j]


def assign(
    i: IntArray, j: IntArray, cost: FloatArray, n_det: int, n_trk: int
) -> tuple[IntArray, IntArray]:
    """One-to-one pairs of least total cost among the candidates (unpaired ones are left out).

    Pairs that compete with no other are taken as they are; each group of competing pairs
    (a connected component of the candidate graph) is solved with linear_sum_assignment.
    """
    if i.size == 0:
        return i, j
    lone = (np.bincount(i, minlength=n_det)[i] == 1) & (np.bincount(j, minlength=n_trk)[j] == 1)
    out_i, out_j = [i[lone]], [j[lone]]
    ci, cj, cc = i[~lone], j[~lone], cost[~lone]
    if ci.size:
        from scipy.optimize import linear_sum_assignment
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        graph = coo_matrix(
            (np.ones(ci.size), (ci, n_det + cj)), shape=(n_det + n_trk, n_det + n_trk)
        )
        _, labels = connected_components(graph, directed=False)
        group = labels[ci]
        dets_in = np.bincount(labels[np.unique(ci)], minlength=labels.max() + 1)
        trks_in = np.bincount(labels[n_det + np.unique(cj)], minlength=labels.max() + 1)
        # A group with one detection or one track: its cheapest pair is the whole answer.
        single = (dets_in[group] == 1) | (trks_in[group] == 1)
        order = np.flatnonzero(single)[np.lexsort((cc[single], group[single]))]
        first = order[np.r_[True, group[order][1:] != group[order][:-1]]] if order.size else order
        out_i.append(ci[first])
        out_j.append(cj[first])
        rest = np.flatnonzero(~single)
        rest = rest[np.argsort(group[rest], kind="stable")]
        bounds = np.flatnonzero(np.diff(group[rest])) + 1
        for members in np.split(rest, bounds) if rest.size else []:
            dets, di = np.unique(ci[members], return_inverse=True)
            trks, ti = np.unique(cj[members], return_inverse=True)
            big = float(cc[members].max()) * 10 + 1e6
            matrix = np.full((dets.size, trks.size), big)
            matrix[di, ti] = cc[members]
            rows, cols = linear_sum_assignment(matrix)
            ok = matrix[rows, cols] < big
            out_i.append(dets[rows[ok]])
            out_j.append(trks[cols[ok]])
    return np.concatenate(out_i), np.concatenate(out_j)


def wrap_deg(angle: FloatArray) -> FloatArray:
    """Angles folded into -180 .. 180 degrees."""
    return np.mod(angle + 180.0, 360.0) - 180.0
