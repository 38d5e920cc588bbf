"""Full screen and projector mode in the single-PC window: bigger text, map first, undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QDockWidget

from trainer.ui.main_window import MainWindow
from trainer.ui.projector_mode import MAP_SCALE, TEXT_SCALE


def test_full_screen_toggles_with_f11_and_esc(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.projector.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.projector.full_screen_action.isChecked()


def test_projector_mode_scales_text_and_map_and_folds_the_panels(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    canvas.view.setRange(QRectF(250000, 470000, 9000, 9000), padding=0)
    (x0, x1), (y0, y1) = canvas.view.viewRange()
    font_pt = window.font().pointSizeF()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.projector.active and window.projector.projector_action.isChecked()
    qtbot.waitUntil(window.isFullScreen)
    assert window.font().pointSizeF() == font_pt * TEXT_SCALE
    assert window.track_table.font().pointSizeF() == font_pt * TEXT_SCALE  # panels inherit it
    assert canvas.transform().m11() == pytest.approx(
        MAP_SCALE
    )  # labels, symbols and lines drawn larger
    assert not any(d.isVisible() for d in docks)
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    (a0, a1), (b0, b1) = canvas.view.viewRange()
    assert (a0 + a1) / 2 == centre[0] and abs((b0 + b1) / 2 - centre[1]) < 1.0
    # A resize (the beamer's own resolution) keeps the scale.
    window.resize(1024, 768)
    qtbot.wait(50)
    assert canvas.transform().m11() == pytest.approx(MAP_SCALE)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert not window.projector.active
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.font().pointSizeF() == font_pt
    assert canvas.transform().m11() == 1.0
    assert all(d.isVisible() for d in docks)


def test_closing_in_projector_mode_keeps_the_panels_for_next_time(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.projector.set_projector(True)
    window.close()
    assert not window.projector.active
    assert window.docks["tracks"].isVisibleTo(window) or window.settings.value("window/state")
