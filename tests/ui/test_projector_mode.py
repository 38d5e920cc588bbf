"""Full screen and projector mode in the single-PC window: bigger text, map first, undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QGraphicsItem, QGraphicsSimpleTextItem

from trainer.ui.main_window import MainWindow
from trainer.ui.projector_mode import MAP_TEXT_SCALE, TEXT_SCALE

SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "hobby-drone-approach-23.yaml"


def map_labels(window: MainWindow) -> list[QGraphicsSimpleTextItem]:
    flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    return [
        item
        for item in window.canvas.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.flags() & flag
    ]


def test_full_screen_toggles_with_f11_and_esc(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.projector.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.projector.full_screen_action.isChecked()


def test_projector_mode_enlarges_text_and_folds_the_panels_until_undone(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_scenario(SCENARIO)
    labels = map_labels(window)
    assert labels, "the bundled map has place and zone labels"
    transforms = {id(item): item.transform() for item in labels}
    font_pt = window.font().pointSizeF()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks
    map_width = window.canvas.width()

    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.projector.active and window.projector.projector_action.isChecked()
    qtbot.waitUntil(window.isFullScreen)
    assert window.font().pointSizeF() == pytest.approx(font_pt * TEXT_SCALE)
    assert window.track_table.font().pointSizeF() == pytest.approx(font_pt * TEXT_SCALE)
    assert not any(d.isVisible() for d in docks)
    qtbot.waitUntil(lambda: window.canvas.width() > map_width)  # the map takes the room
    assert window.canvas.text_scale == MAP_TEXT_SCALE
    attribution = window.canvas.basemap.attribution.font().pointSizeF()
    assert attribution == pytest.approx(QFont().pointSizeF() * MAP_TEXT_SCALE)
    for item in labels:  # every label larger on screen, still anchored at its map point
        grown = item.deviceTransform(window.canvas.viewportTransform()).m11()
        assert grown == pytest.approx(MAP_TEXT_SCALE)
        anchor = transforms[id(item)].inverted()[0].map(QPointF(0, 0))  # the text's point at pos
        at = item.transform().map(anchor)
        assert at.x() == pytest.approx(0, abs=1e-6) and at.y() == pytest.approx(0, abs=1e-6)
    # A label made while the mode is on (a new track's) is scaled within a moment.
    late = QGraphicsSimpleTextItem("T099")
    late.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    window.canvas.view.addItem(late)
    qtbot.waitUntil(lambda: late.transform().m11() == pytest.approx(MAP_TEXT_SCALE), timeout=2000)

    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert not window.projector.active
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.font().pointSizeF() == pytest.approx(font_pt)
    assert window.canvas.text_scale == 1.0
    assert all(d.isVisible() for d in docks)
    assert all(item.transform() == transforms[id(item)] for item in labels)


def test_closing_in_projector_mode_keeps_the_panels_for_next_time(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.projector.set_projector(True)
    window.close()
    assert not window.projector.active
    state = window.settings.value("window/state")
    assert state is not None
    window.docks["tracks"].hide()
    window.restoreState(state)
    assert not window.docks["tracks"].isHidden()
