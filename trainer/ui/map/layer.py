"""A named set of graphics items on the map that the user can switch on and off together."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem


class Layer:
    def __init__(self, key: str, title: str) -> None:
        self.key = key
        self.title = title
        self.items: list[QGraphicsItem] = []
        self.visible = True

    def add(self, item: QGraphicsItem, view: pg.ViewBox) -> QGraphicsItem:
        view.addItem(item)
        item.setVisible(self.visible)
        self.items.append(item)
        return item

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        for item in self.items:
            item.setVisible(visible)

    def clear(self, view: pg.ViewBox) -> None:
        for item in self.items:
            view.removeItem(item)
        self.items.clear()
