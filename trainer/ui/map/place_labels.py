"""Town names kept whole on the map.

A name sits centred under its town; near the map's edge half of it was cut off ("ngelo" for
Hengelo at the left edge). While its town is in view a name now slides along just enough to
stay inside the map; when the town is out of view its name goes out of view with it, rather
than showing a cut-off piece of a town that is not there.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsSimpleTextItem

MARGIN_PX = 2.0  # room left between a name and the map's edge


def shift_into(low: float, high: float, point: float, start: float, end: float) -> float:
    """How far (pixels) to move a name spanning [low, high] along one axis: into the view's
    [start, end], short of its edges by MARGIN_PX, while its town's `point` is in view; wholly
    out of it on the town's side when the town is not. A name wider than the view keeps its
    start in view."""
    if point < start:
        return min(0.0, start - high)
    if point > end:
        return max(0.0, end - low)
    if low < start + MARGIN_PX:
        return start + MARGIN_PX - low
    if high > end - MARGIN_PX:
        return max(end - MARGIN_PX - high, start + MARGIN_PX - low)
    return 0.0


@dataclass(frozen=True)
class PlaceLabel:
    item: QGraphicsSimpleTextItem  # drawn in screen pixels from its position (its anchor)
    x: float  # the town, RD metres
    y: float
    below_m: float  # the name's anchor lies this far south of the town when nothing is cut


class PlaceLabels:
    """The town names of the map; fit() after every change of the view."""

    def __init__(self) -> None:
        self.labels: list[PlaceLabel] = []

    def set(self, labels: list[PlaceLabel]) -> None:
        self.labels = labels

    def fit(self, view: pg.ViewBox) -> None:
        (x0, x1), (y0, y1) = view.viewRange()
        width, height = view.width(), view.height()
        if width <= 0 or height <= 0:
            return
        metres_x, metres_y = (x1 - x0) / width, (y1 - y0) / height  # per pixel
        for label in self.labels:
            item = label.item
            # The name's box in pixels around its anchor (projector mode scales it there too).
            box = item.transform().mapRect(item.boundingRect())
            town_x, town_y = (label.x - x0) / metres_x, (y1 - label.y) / metres_y  # y down
            anchor_y = town_y + label.below_m / metres_y
            dx = shift_into(town_x + box.left(), town_x + box.right(), town_x, 0.0, width)
            dy = shift_into(anchor_y + box.top(), anchor_y + box.bottom(), town_y, 0.0, height)
            item.setPos(label.x + dx * metres_x, label.y - label.below_m - dy * metres_y)
