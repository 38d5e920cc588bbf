"""Hand-edited background-map settings (review of issue 12): nonsense falls back to the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from trainer.ui.basemap_menu import DEFAULT_CACHE_MB, loader_from_settings


@pytest.mark.parametrize("written", ["inf", "1e400", "nan", "-inf", "abc"])
def test_a_cache_limit_that_is_no_size_gives_the_default(tmp_path: Path, written: str) -> None:
    """'inf' in the settings file once stopped the window from opening (OverflowError)."""
    settings = QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)
    settings.setValue("basemap/source", "pdok")
    settings.setValue("basemap/cache_dir", str(tmp_path / "cache"))
    settings.setValue("basemap/cache_max_mb", written)
    loader = loader_from_settings(settings)
    assert loader is not None and loader.cache is not None
    assert loader.cache.max_bytes == int(DEFAULT_CACHE_MB * 1_000_000)
