"""Gating and assignment of detections to tracks: candidate pairs, then a one-to-one choice."""

from __future__ import annotations

import numpy as np

from trainer.sim.detections import Detections, FloatArray, IntArray, grid_bearing_deg
from trainer.sim.lsap import linear_sum_assignment

# scipy.spatial is imported only where it is needed, which the window's start must not wait for
# (tests/unit/test_startup_imports.py; the UI loads it once the window is up, trainer/ui/app.py).

DENSE_LIMIT = 40_000  # detections x tracks up to which all pairs are measured directly
BEARING_SLACK_DEG = 1e-6  # added to bearing gate widths in the candidate search (rounding)
TENTATIVE_PENALTY = 1.0  # added cost: an established track wins a tie over a tentative one
FEW_PAIRS = 16  # up to this many candidates, competition is looked for in Python sets


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
    """Pairs (RF bearing, track) whose bearing difference is within the gate, with their cost,
    in order of bearing then track.

    The variance is the bearing's plus the angle the track's position uncertainty subtends.
    Many bearings and tracks: candidates come from tracks sorted by bearing (a window search per
    bearing), then each candidate is measured exactly as the all-pairs way would.
    """
    nb, nt = bearings.size, trk_x.size
    one_site = nb > 0 and bool(
        np.all(bearings.origin_x == bearings.origin_x[0])
        & np.all(bearings.origin_y == bearings.origin_y[0])
    )
    if nb * nt <= DENSE_LIMIT or not one_site:
        i, j = np.nonzero(np.ones((nb, nt), dtype=np.bool_))
    else:
        i, j = _bearing_candidates(bearings, trk_x, trk_y, trk_var, gate_sigma)
    i, j = i.astype(np.int64), j.astype(np.int64)
    dx = trk_x[j] - bearings.origin_x[i]
    dy = trk_y[j] - bearings.origin_y[i]
    spread = np.degrees(np.arctan2(np.sqrt(trk_var)[j], np.hypot(dx, dy)))
    sigma2 = bearings.bearing_sigma_deg[i] ** 2 + spread**2
    miss = wrap_deg(bearings.bearing_deg[i] - grid_bearing_deg(dx, dy))
    inside = miss**2 <= gate_sigma**2 * sigma2
    return i[inside], j[inside], miss[inside] ** 2 / sigma2[inside]


def _bearing_candidates(
    bearings: Detections,
    trk_x: FloatArray,
    trk_y: FloatArray,
    trk_var: FloatArray,
    gate_sigma: float,
) -> tuple[IntArray, IntArray]:
    """(bearing, track) pairs that may be inside the gate, in order of bearing then track: a
    superset of those that are. All bearings come from one site.

    A track can match only bearings within its gate width of its own bearing from the site.
    Tracks are grouped by that width (powers of two, in degrees); within a group, the tracks
    sorted by bearing, each bearing's candidates are one slice found by binary search.
    """
    dx = trk_x - bearings.origin_x[0]
    dy = trk_y - bearings.origin_y[0]
    spread = np.degrees(np.arctan2(np.sqrt(trk_var), np.hypot(dx, dy)))
    sigma_max = float(np.nanmax(bearings.bearing_sigma_deg))
    # Widened a little so that rounding can never leave out a pair the exact test accepts.
    width = gate_sigma * np.sqrt(sigma_max**2 + spread**2) * (1 + 1e-9) + BEARING_SLACK_DEG
    track_bearing = grid_bearing_deg(dx, dy)
    group = np.maximum(np.ceil(np.log2(width)), 0).astype(np.int64)
    nb = bearings.size
    out_i, out_j = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    for level in np.unique(group):
        tracks = np.flatnonzero(group == level)
        reach = 2.0 ** float(level)
        if reach >= 180.0:  # as wide as the circle: every bearing is a candidate
            out_i.append(np.repeat(np.arange(nb), tracks.size))
            out_j.append(np.tile(tracks, nb))
            continue
        order = tracks[np.argsort(track_bearing[tracks], kind="stable")]
        ring = track_bearing[order]
        # The circle unrolled three times, so that a window across north is one slice.
        unrolled = np.concatenate([ring - 360.0, ring, ring + 360.0])
        owner = np.concatenate([order, order, order])
        lo = np.searchsorted(unrolled, bearings.bearing_deg - reach, side="left")
        hi = np.searchsorted(unrolled, bearings.bearing_deg + reach, side="right")
        count = hi - lo
        at = np.repeat(lo - np.cumsum(count) + count, count) + np.arange(count.sum())
        out_i.append(np.repeat(np.arange(nb), count))
        out_j.append(owner[at])
    i, j = np.concatenate(out_i), np.concatenate(out_j)
    order = np.lexsort((j, i))
    return i[order], j[order]


def assign(
    i: IntArray, j: IntArray, cost: FloatArray, n_det: int, n_trk: int
) -> tuple[IntArray, IntArray]:
    """One-to-one pairs of least total cost among the candidates (unpaired ones are left out).

    Pairs that compete with no other are taken as they are; so is the cheapest pair of a group of
    competing pairs (a connected component of the candidate graph) with only one detection or one
    track; other groups are solved with linear_sum_assignment.
    """
    if i.size == 0:
        return i, j
    if i.size <= FEW_PAIRS and len(set(i.tolist())) == i.size and len(set(j.tolist())) == j.size:
        return i.copy(), j.copy()  # no two pairs compete: each is taken (what follows gives)
    lone = (np.bincount(i, minlength=n_det)[i] == 1) & (np.bincount(j, minlength=n_trk)[j] == 1)
    out_i, out_j = [i[lone]], [j[lone]]
    ci, cj, cc = i[~lone], j[~lone], cost[~lone]
    if ci.size:
        labels = components(ci, n_det + cj, n_det + n_trk)
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


def components(a: IntArray, b: IntArray, n_nodes: int) -> IntArray:
    """The connected component of each of `n_nodes` nodes of the graph with edges (a, b),
    numbered 0, 1, ... in order of each component's lowest node, as SciPy's connected_components
    numbers them.

    Every node points at the lowest node it is known to share a component with: each round, both
    ends of every edge take the lower of their two pointers, then every pointer jumps to where its
    target points. Pointers only go down and stay within the component, so they settle on its
    lowest node.
    """
    lowest = np.arange(n_nodes)
    while True:
        low = np.minimum(lowest[a], lowest[b])
        moved = lowest.copy()
        np.minimum.at(moved, a, low)
        np.minimum.at(moved, b, low)
        moved = moved[moved]
        if np.array_equal(moved, lowest):
            return np.unique(lowest, return_inverse=True)[1]
        lowest = moved


def wrap_deg(angle: FloatArray) -> FloatArray:
    """Angles folded into -180 .. 180 degrees."""
    return np.mod(angle + 180.0, 360.0) - 180.0
