"""The View menu's background-map choices, kept in the settings and applied to a canvas.

Settings (all under basemap/): source ('' = off, the default; a PDOK preset; an http(s) tile
URL; or an .mbtiles/.pmtiles path), grid (auto, rd, webmercator), attribution (for custom
sources), cache_dir (default: the user's cache folder), cache_max_mb (default 1000), offline
(cache and archives only), opacity (0.05 to 1).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from trainer.basemap.cache import TileCache, default_cache_dir
from trainer.basemap.errors import BasemapError
from trainer.basemap.loader import TileLoader
from trainer.basemap.sources import parse_source
from trainer.ui.map.basemap_layer import DEFAULT_OPACITY
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.translation import QT_TR_NOOP, tr

CUSTOM = "custom"
DEFAULT_CACHE_MB = 1000.0
PRESET_TITLES = {
    "": QT_TR_NOOP("&Off (the bundled map only)"),
    "pdok": QT_TR_NOOP("PDOK &topographic (Kadaster)"),
    "pdok-grijs": QT_TR_NOOP("PDOK &grey (Kadaster)"),
    "pdok-pastel": QT_TR_NOOP("PDOK &pastel (Kadaster)"),
}


def loader_from_settings(settings: QSettings) -> TileLoader | None:
    """The loader the settings describe; None when off. BasemapError when they are wrong."""
    source = parse_source(
        str(settings.value("basemap/source", "") or ""),
        grid=str(settings.value("basemap/grid", "auto") or "auto"),
        attribution=str(settings.value("basemap/attribution", "") or ""),
    )
    if source is None:
        return None
    cache_dir = str(settings.value("basemap/cache_dir", "") or "")
    offline = bool(settings.value("basemap/offline", False, type=bool))
    try:
        max_mb = float(str(settings.value("basemap/cache_max_mb", "") or DEFAULT_CACHE_MB))
    except ValueError:
        max_mb = DEFAULT_CACHE_MB
    if not math.isfinite(max_mb):  # 'inf' or 'nan' written by hand: no size
        max_mb = DEFAULT_CACHE_MB
    cache = TileCache(
        Path(cache_dir).expanduser() if cache_dir else default_cache_dir(),
        max_bytes=int(max(10.0, max_mb) * 1_000_000),
    )
    return TileLoader(source, cache, offline=offline)


class BasemapMenu:
    """Builds the submenu and keeps the canvas's background in step with the settings."""

    def __init__(
        self,
        canvas: MapCanvas,
        settings: QSettings,
        parent: QWidget,
        report_error: Callable[[str, str], object],
        show_status: Callable[[str], object] = lambda _text: None,
    ) -> None:
        self.canvas = canvas
        self.settings = settings
        self.parent = parent
        self.report_error = report_error
        self.menu = QMenu(tr("&Background map"), parent)
        self.menu.setToolTipsVisible(True)
        group = QActionGroup(self.menu)
        self.choices: dict[str, QAction] = {}
        for value, title in [
            *PRESET_TITLES.items(),
            (CUSTOM, QT_TR_NOOP("&Custom tile URL or file…")),
        ]:
            action = QAction(tr(title), self.menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, v=value: self.choose(v))
            group.addAction(action)
            self.menu.addAction(action)
            self.choices[value] = action
        self.menu.addSeparator()
        self.offline_action = QAction(tr("O&ffline: cached tiles only"), self.menu)
        self.offline_action.setCheckable(True)
        self.offline_action.setToolTip(tr("Never use the network for the background map"))
        self.offline_action.triggered.connect(self._on_offline_toggled)
        self.menu.addAction(self.offline_action)
        canvas.basemap.failed.connect(
            lambda reason: show_status(tr("Background map: {reason}").format(reason=reason))
        )
        self.apply()

    def current(self) -> str:
        return str(self.settings.value("basemap/source", "") or "").strip()

    def choose(self, value: str) -> None:
        if value == CUSTOM:
            text, accepted = QInputDialog.getText(
                self.parent,
                tr("Background map"),
                tr(
                    "Tile URL with {z}/{x}/{y} (e.g. "
                    "https://tiles.example.nl/{z}/{x}/{y}.png),\nor the path of an .mbtiles or "
                    ".pmtiles file:"
                ),
                text="" if self.current().lower() in PRESET_TITLES else self.current(),
            )
            if not accepted:
                self._check_current()
                return
            value = text.strip()
        self.settings.setValue("basemap/source", value)
        self.apply()

    def apply(self) -> bool:
        """Show what the settings say; a bad setting is reported and the background is off."""
        self.offline_action.setChecked(
            bool(self.settings.value("basemap/offline", False, type=bool))
        )
        try:
            opacity = float(str(self.settings.value("basemap/opacity", "") or DEFAULT_OPACITY))
        except ValueError:
            opacity = DEFAULT_OPACITY
        self.canvas.basemap.set_opacity(opacity, reload=False)  # set_loader loads them
        try:
            loader = loader_from_settings(self.settings)
        except BasemapError as error:
            self.canvas.basemap.set_loader(None)
            self._check_current()
            self.report_error(tr("Background map"), str(error))
            return False
        self.canvas.basemap.set_loader(loader)
        self._check_current()
        return True

    def _check_current(self) -> None:
        value = self.current().lower()
        key = value if value in PRESET_TITLES else CUSTOM
        if key == CUSTOM and not self.canvas.basemap.loader:
            key = ""
        self.choices[key].setChecked(True)

    def _on_offline_toggled(self, offline: bool) -> None:
        self.settings.setValue("basemap/offline", offline)
        self.apply()
