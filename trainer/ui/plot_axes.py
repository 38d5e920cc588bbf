"""Plot axes whose tick labels write numbers as the language in use does (Dutch: 2,5 km)."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from trainer.ui.translation import decimal


class LocalAxis(pg.AxisItem):
    """pyqtgraph's axis, its tick labels through decimal(): a Dutch window wrote '2.5'."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings: list[Any] = super().tickStrings(values, scale, spacing)
        return [decimal(str(text)) for text in strings]


def local_axes() -> dict[str, LocalAxis]:
    """The left and bottom axes of a plot, for PlotWidget(axisItems=...)."""
    return {"left": LocalAxis("left"), "bottom": LocalAxis("bottom")}
