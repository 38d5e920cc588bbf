"""`drone-trainer doctor` in Dutch: every check, finding and fix, on simulated computers."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.test_doctor import linux, pyside
from trainer import i18n
from trainer.doctor import (
    Finding,
    System,
    check_assets,
    check_display,
    check_libraries,
    check_platform_plugin,
    check_port,
    check_record,
    report,
    window_cannot_start,
)
from trainer.i18n import en, nl

# Names and terms a Dutch line keeps as they are: commands, variables (DISPLAY), products.
KEPT = {"unset", "install", "apt", "get", "sudo", "pip", "validate", "doctor", "trainer", "windows",
        "display"}  # fmt: skip


def english_words() -> set[str]:
    """Words of the doctor's English sentences that its Dutch ones do not use."""

    def words(catalog: dict[str, str]) -> set[str]:
        text = " ".join(re.sub(r"\{[^}]*\}", " ", v) for k, v in catalog.items() if "doctor" in k)
        return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}

    return words(en.MESSAGES) - words(nl.MESSAGES) - KEPT


def every_finding(tmp_path: Path, port_in_use: int) -> list[Callable[[], Finding]]:
    """A check of each kind, fine and failing, on computers made up for the purpose."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / "assets" / "twente").mkdir(parents=True)  # an asset set with none of its files
    bare = linux(tmp_path / "bare", missing={"libxcb-cursor.so.0", "libEGL.so.1"}, env={})
    fine = linux(tmp_path / "fine")
    no_xcb = System({}, "linux", pyside(tmp_path / "no-xcb", "libqoffscreen.so"), bool)
    stray = linux(tmp_path / "stray", env={"DISPLAY": ":0", "QT_QPA_PLATFORM_PLUGIN_PATH": "/q"})
    windows = System({}, "win32", None, bool)
    offscreen = System({"QT_QPA_PLATFORM": "offscreen"}, "linux", None, bool)
    return [
        lambda: check_platform_plugin(fine),
        lambda: check_platform_plugin(System({}, "linux", None, bool)),
        lambda: check_platform_plugin(no_xcb),
        lambda: check_platform_plugin(stray),
        lambda: check_libraries(bare),
        lambda: check_libraries(fine),
        lambda: check_libraries(windows),
        lambda: check_display(bare),
        lambda: check_display(fine),
        lambda: check_display(offscreen),
        lambda: check_record(tmp_path / "new" / "records.sqlite"),
        lambda: check_record(tmp_path / "records.sqlite", min_free=1 << 62),
        lambda: check_record(tmp_path / "a-file" / "records.sqlite"),
        lambda: check_assets(),
        lambda: check_assets(tmp_path / "assets"),
        lambda: check_port(port_in_use),
    ]


def test_every_line_of_the_doctor_is_dutch(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("", 0))
        holder.listen()
        checks = every_finding(tmp_path, holder.getsockname()[1])
        cannot_start = linux(tmp_path / "w", missing={"libxcb.so.1"})
        shown: dict[str, list[str]] = {}
        for language in i18n.LANGUAGES:
            i18n.use_language(language)
            try:
                findings = [check() for check in checks]
                window = window_cannot_start(cannot_start)
                assert window is not None
                shown[language] = (report(findings) + window).splitlines()
            finally:
                i18n.use_language("en")
    english, dutch = shown["en"], shown["nl"]
    assert len(english) == len(dutch) > 30
    assert "1 problem(s) found" in english and "1 probleem gevonden" in dutch
    same = [line for line, other in zip(dutch, english, strict=True) if line == other]
    assert same == [], "lines the Dutch doctor says in English"
    left = english_words()
    assert {"fix", "found", "missing", "free", "record"} <= left  # the check can catch English
    for line in dutch:
        text = re.sub(r"\S*[/_]\S*", " ", line)  # paths and variables (QT_QPA_PLATFORM)
        words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
        assert not words & left, line


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_a_finding_keeps_commands_and_packages_as_they_are(
    tmp_path: Path, language: i18n.Language
) -> None:
    i18n.use_language(language)
    try:
        finding = check_libraries(linux(tmp_path, missing={"libxcb-cursor.so.0"}))
    finally:
        i18n.use_language("en")
    assert "libxcb-cursor.so.0" in finding.detail
    assert finding.fix.endswith("sudo apt-get install libxcb-cursor0")
