"""A scenario document's undo and redo: earlier states of its tree, one step per thing the
author did (a point's lat and lon together, typing into one field), the copy for the next step
made while the author pauses."""

from __future__ import annotations

import copy
import time
from collections.abc import Sequence

from ruamel.yaml.comments import CommentedMap

MAX_UNDO = 100  # steps kept (a deep copy each: ~10 ms and a few hundred kB for the largest)
SAME_ACTION_S = 0.05  # changes this close together are one action (a point's lat and lon)
TYPING_S = 2.0  # typing into one field within this is one step


class UndoHistory:
    """The trees before (undo) and after (redo) the document's current one."""

    def __init__(self) -> None:
        # A copy of the tree made while nothing waited (prepare), for the next change's
        # undo step; dropped by any change. Copying at the keystroke took 15-40 ms (swarm-24).
        self._spare: tuple[CommentedMap, CommentedMap] | None = None  # (tree, its copy)
        self._undo: list[CommentedMap] = []  # earlier states, the latest last
        self._redo: list[CommentedMap] = []
        self._last_change: tuple[tuple[str | int, ...], float] | None = None

    def before_change(self, data: CommentedMap, path: Sequence[str | int]) -> None:
        """Keep `data`, the tree before a change at `path`. Changes in one go (a move's lat
        and lon) and typing into one field make one step, so one undo takes back what the
        author did at once."""
        spare, self._spare = self._spare, None
        now = time.monotonic()
        key = tuple(path)
        last = self._last_change
        self._last_change = (key, now)
        if last is not None and (
            now - last[1] < SAME_ACTION_S or (last[0] == key and now - last[1] < TYPING_S)
        ):
            return
        fresh = spare is not None and spare[0] is data  # nothing changed since the copy
        self._undo.append(spare[1] if spare is not None and fresh else copy.deepcopy(data))
        del self._undo[:-MAX_UNDO]
        self._redo.clear()

    def prepare(self, data: CommentedMap) -> None:
        """Copy `data` now, for the next change's undo step (unless that copy is made)."""
        if self._spare is None or self._spare[0] is not data:
            self._spare = (data, copy.deepcopy(data))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self, data: CommentedMap) -> CommentedMap | None:
        """The tree before `data` (which redo gives back); None when there is none."""
        if not self._undo:
            return None
        self._redo.append(data)
        self._last_change = None
        return self._undo.pop()

    def redo(self, data: CommentedMap) -> CommentedMap | None:
        """The tree undone from `data`; None when there is none."""
        if not self._redo:
            return None
        self._undo.append(data)
        self._last_change = None
        return self._redo.pop()
