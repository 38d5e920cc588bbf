"""Gating of detections and RF bearings to tracks: the fast ways give the all-pairs answer."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.sim import association
from trainer.sim.association import bearing_pairs, gated_pairs, wrap_deg
from trainer.sim.detections import Detections, SensorKind, grid_bearing_deg, make_detections


def brute_bearing_pairs(
    bearings: Detections, tx: np.ndarray, ty: np.ndarray, tvar: np.ndarray, gate: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every bearing against every track, one by one (the definition)."""
    rows = []
    for i in range(bearings.size):
        for j in range(tx.size):
            dx, dy = tx[j] - bearings.origin_x[i], ty[j] - bearings.origin_y[i]
            spread = np.degrees(np.arctan2(np.sqrt(tvar[j]), np.hypot(dx, dy)))
            sigma2 = bearings.bearing_sigma_deg[i] ** 2 + spread**2
            miss = wrap_deg(bearings.bearing_deg[i] - grid_bearing_deg(dx, dy))
            if miss**2 <= gate**2 * sigma2:
                rows.append((i, j, miss**2 / sigma2))
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    i, j, cost = zip(*rows, strict=True)
    return np.array(i), np.array(j), np.array(cost)


def scene(seed: int, n_bearings: int, n_tracks: int, sigma_deg: float, near: float):
    """An RF site at the origin, tracks around it (some very close), bearings at some of them."""
    rng = np.random.default_rng(seed)
    radius = np.where(rng.random(n_tracks) < near, rng.uniform(1, 50, n_tracks), 3e4)
    radius = radius * np.sqrt(rng.random(n_tracks))
    angle = rng.uniform(0, 2 * np.pi, n_tracks)
    tx, ty = radius * np.sin(angle), radius * np.cos(angle)
    tvar = rng.uniform(10, 5e4, n_tracks)
    aim = rng.integers(0, n_tracks, n_bearings)
    bearing = np.mod(grid_bearing_deg(tx[aim], ty[aim]) + rng.normal(0, sigma_deg, n_bearings), 360)
    bearing[: n_bearings // 10] = rng.choice([0.0, 359.9999, 180.0], n_bearings // 10)  # edges
    batch = make_detections(
        0.0,
        0,
        SensorKind.RF,
        np.full(n_bearings, np.nan),
        np.full(n_bearings, np.nan),
        sigma_h=np.full(n_bearings, np.nan),
        origin=(0.0, 0.0),
        bearing_deg=bearing,
        bearing_sigma_deg=sigma_deg,
        truth=aim,
    )
    return batch, tx, ty, tvar


@pytest.mark.parametrize(("n_bearings", "n_tracks"), [(30, 40), (200, 300)])
def test_bearing_pairs_are_exactly_the_brute_force_ones(n_bearings: int, n_tracks: int) -> None:
    batch, tx, ty, tvar = scene(3, n_bearings, n_tracks, sigma_deg=3.0, near=0.05)
    expected = brute_bearing_pairs(batch, tx, ty, tvar, 4.0)
    got = bearing_pairs(batch, tx, ty, tvar, 4.0)
    assert expected[0].size > 0
    assert np.array_equal(expected[0], got[0]) and np.array_equal(expected[1], got[1])
    assert np.allclose(expected[2], got[2], rtol=1e-12)  # scalar and array powers may round apart


@settings(max_examples=examples(40), deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n_bearings=st.integers(1, 300),
    n_tracks=st.integers(1, 300),
    sigma_deg=st.sampled_from([0.0, 0.5, 3.0, 20.0, 90.0]),
    near=st.floats(0.0, 1.0),
)
def test_the_window_search_equals_all_pairs(
    seed: int, n_bearings: int, n_tracks: int, sigma_deg: float, near: float
) -> None:
    batch, tx, ty, tvar = scene(seed, n_bearings, n_tracks, sigma_deg, near)
    dense_limit = association.DENSE_LIMIT
    try:
        association.DENSE_LIMIT = 0  # always the window search
        fast = bearing_pairs(batch, tx, ty, tvar, 4.0)
        association.DENSE_LIMIT = 10**12  # always all pairs
        dense = bearing_pairs(batch, tx, ty, tvar, 4.0)
    finally:
        association.DENSE_LIMIT = dense_limit
    for a, b in zip(fast, dense, strict=True):
        assert np.array_equal(a, b)


def test_bearing_pairs_at_scale_are_not_all_pairs() -> None:
    """5,000 bearings and tracks: the candidates are a small part of the 25 million pairs."""
    batch, tx, ty, tvar = scene(1, 5000, 5000, sigma_deg=3.0, near=0.0)
    tvar = np.full(tvar.size, 100.0)
    i, _ = association._bearing_candidates(batch, tx, ty, tvar, 4.0)
    assert i.size < 0.1 * 5000 * 5000
    pairs = bearing_pairs(batch, tx, ty, tvar, 4.0)
    # every bearing aimed at a track (past the edge cases) finds that track
    aimed = np.arange(500, 5000)
    found = set(zip(pairs[0].tolist(), pairs[1].tolist(), strict=True))
    share = np.mean([(int(k), int(batch.truth[k])) in found for k in aimed])
    assert share > 0.99


def test_gated_pairs_tree_equals_all_pairs() -> None:
    rng = np.random.default_rng(2)
    dx, dy = rng.uniform(0, 5000, 400), rng.uniform(0, 5000, 400)
    tx, ty = rng.uniform(0, 5000, 300), rng.uniform(0, 5000, 300)
    dv, tv = rng.uniform(10, 400, 400), rng.uniform(10, 4000, 300)
    tree = gated_pairs(dx, dy, dv, tx, ty, tv, 4.0, 30.0)  # 120,000 pairs: the k-d tree way
    dense_limit = association.DENSE_LIMIT
    try:
        association.DENSE_LIMIT = 10**12
        dense = gated_pairs(dx, dy, dv, tx, ty, tv, 4.0, 30.0)
    finally:
        association.DENSE_LIMIT = dense_limit
    order = np.lexsort((tree[1], tree[0]))
    assert np.array_equal(tree[0][order], dense[0])
    assert np.array_equal(tree[1][order], dense[1])
    assert np.allclose(tree[2][order], dense[2], rtol=1e-12)


@settings(max_examples=examples(300), deadline=None)
@given(
    n_nodes=st.integers(1, 40),
    edges=st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39)), max_size=60),
)
def test_components_are_numbered_as_scipy_numbers_them(
    n_nodes: int, edges: list[tuple[int, int]]
) -> None:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    edges = [(a % n_nodes, b % n_nodes) for a, b in edges]
    a = np.array([e[0] for e in edges], dtype=np.int64)
    b = np.array([e[1] for e in edges], dtype=np.int64)
    graph = coo_matrix((np.ones(a.size), (a, b)), shape=(n_nodes, n_nodes))
    _, expected = connected_components(graph, directed=False)
    assert association.components(a, b, n_nodes).tolist() == expected.tolist()


def test_components_of_a_long_chain_in_scrambled_order() -> None:
    rng = np.random.default_rng(5)
    nodes = rng.permutation(5000)
    a, b = nodes[:-1], nodes[1:]  # one path through every node, in no order
    labels = association.components(a, b, 5001)  # and node 5000 alone
    assert labels[:5000].tolist() == [0] * 5000
    assert labels[5000] == 1
