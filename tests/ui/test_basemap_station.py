"""A trainee's station offers the same background map, from the PC's own settings."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_station_window import Lesson, connect_dialog, fill_in, lesson, open_window
from trainer.basemap.sources import PDOK_ATTRIBUTION
from trainer.launch import Workspace

__all__ = ["lesson"]  # the class console fixture, shared with the station tests


def test_the_station_has_the_background_menu_off_by_default(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = connect_dialog(qtbot, lesson)
    fill_in(qtbot, dialog, lesson.address, lesson.console.code, "Sanne")
    window = open_window(qtbot, dialog, workspace, tmp_path)
    menu = window.basemap_menu
    assert window.canvas.basemap.loader is None and menu.choices[""].isChecked()
    assert menu.menu.menuAction() in window.menus.view_menu.actions()
    menu.settings.setValue("basemap/offline", True)  # no network in tests
    menu.settings.setValue("basemap/cache_dir", str(tmp_path / "tiles"))
    menu.choose("pdok-grijs")
    assert window.canvas.basemap.loader is not None
    assert window.canvas.basemap.attribution.text() == PDOK_ATTRIBUTION
    menu.settings.setValue("basemap/source", "tiles.zip")
    menu.apply()
    assert window.canvas.basemap.loader is None
    assert ".mbtiles or .pmtiles" in window.statusBar().currentMessage()
