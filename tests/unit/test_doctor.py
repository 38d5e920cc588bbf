"""`drone-trainer doctor`'s checks, on simulated computers: missing libraries, no display, ..."""

from __future__ import annotations

import socket
from collections.abc import Mapping
from pathlib import Path

import pytest

from trainer.doctor import (
    DOCTOR_HINT,
    GUI_LIBRARIES,
    XCB_LIBRARIES,
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
from trainer.records import open_database

# What a stock Debian/Ubuntu desktop lacks for PySide6 >= 6.5 (the list).
BARE_DESKTOP_LACKS = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                      "libxkbcommon-x11.so.0"}  # fmt: skip


def pyside(tmp_path: Path, *plugins: str, windows_layout: bool = False) -> Path:
    folder = tmp_path / "PySide6"
    platforms = folder / ("plugins" if windows_layout else "Qt/plugins") / "platforms"
    platforms.mkdir(parents=True)
    for plugin in plugins:
        (platforms / plugin).write_bytes(b"")
    return folder


def linux(
    tmp_path: Path,
    missing: set[str] = frozenset(),  # type: ignore[assignment]
    env: Mapping[str, str] | None = None,
) -> System:
    return System(
        env={"DISPLAY": ":0"} if env is None else env,
        platform="linux",
        pyside=pyside(tmp_path, "libqxcb.so", "libqoffscreen.so", "libqwayland.so"),
        can_load=lambda soname: soname not in missing,
    )


def test_missing_xcb_libraries_are_named_with_their_apt_packages(tmp_path: Path) -> None:
    finding = check_libraries(linux(tmp_path, missing=BARE_DESKTOP_LACKS))
    assert not finding.ok
    for soname in BARE_DESKTOP_LACKS:
        assert soname in finding.detail
    command = "install them: sudo apt-get install "
    assert finding.fix.startswith(command)
    packages = finding.fix.removeprefix(command).split()
    assert sorted(packages) == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
                                "libxkbcommon-x11-0"]  # fmt: skip


def test_a_package_with_two_missing_libraries_is_named_once(tmp_path: Path) -> None:
    finding = check_libraries(linux(tmp_path, missing={"libglib-2.0.so.0", "libgthread-2.0.so.0"}))
    assert finding.fix.count("libglib2.0-0") == 1


def test_all_libraries_present_is_fine(tmp_path: Path) -> None:
    finding = check_libraries(linux(tmp_path))
    assert finding.ok
    assert str(len(XCB_LIBRARIES) + len(GUI_LIBRARIES)) in finding.detail


def test_offscreen_and_wayland_need_no_xcb_libraries(tmp_path: Path) -> None:
    for env in ({"QT_QPA_PLATFORM": "offscreen"},
                {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}):  # fmt: skip
        system = linux(tmp_path / env.get("QT_QPA_PLATFORM", "w"), set(XCB_LIBRARIES), env)
        assert check_libraries(system).ok
        assert check_platform_plugin(system).ok
        assert check_display(system).ok


def test_a_missing_gui_library_matters_on_any_linux_platform(tmp_path: Path) -> None:
    system = linux(tmp_path, {"libEGL.so.1"}, {"QT_QPA_PLATFORM": "offscreen"})
    finding = check_libraries(system)
    assert not finding.ok and finding.fix.endswith("sudo apt-get install libegl1")


def test_no_display_says_how_to_run_without_one(tmp_path: Path) -> None:
    finding = check_display(linux(tmp_path, env={}))
    assert not finding.ok
    assert "DISPLAY" in finding.detail and "QT_QPA_PLATFORM=offscreen" in finding.fix


def test_windows_needs_its_plugin_and_no_linux_libraries(tmp_path: Path) -> None:
    system = System({}, "win32", pyside(tmp_path, "qwindows.dll", windows_layout=True),
                    can_load=lambda soname: False)  # fmt: skip
    assert check_platform_plugin(system).ok
    assert "qwindows.dll" in check_platform_plugin(system).detail
    assert check_libraries(system).ok
    assert check_display(system).ok


def test_older_pysides_wayland_plugin_variants_count(tmp_path: Path) -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    system = System(env, "linux", pyside(tmp_path, "libqwayland-egl.so"), bool)
    assert check_platform_plugin(system).ok


def test_a_missing_plugin_or_no_pyside_is_a_problem(tmp_path: Path) -> None:
    system = System({"DISPLAY": ":0"}, "linux", pyside(tmp_path, "libqoffscreen.so"), bool)
    finding = check_platform_plugin(system)
    assert not finding.ok and "'xcb'" in finding.detail
    no_pyside = check_platform_plugin(System({}, "linux", None, bool))
    assert not no_pyside.ok and "PySide6 is not installed" in no_pyside.detail


def test_plugin_paths_left_by_another_qt_program_are_a_problem(tmp_path: Path) -> None:
    system = linux(tmp_path, env={"DISPLAY": ":0", "QT_QPA_PLATFORM_PLUGIN_PATH": "/opt/cv2/qt"})
    finding = check_platform_plugin(system)
    assert not finding.ok
    assert finding.fix == "unset QT_QPA_PLATFORM_PLUGIN_PATH before starting the trainer"


def test_a_plugin_path_into_our_own_pyside_is_fine(tmp_path: Path) -> None:
    """A packaged build points QT_PLUGIN_PATH at its own copy of the plugins."""
    own = str(tmp_path / "PySide6" / "Qt" / "plugins")
    system = linux(tmp_path, env={"DISPLAY": ":0", "QT_PLUGIN_PATH": own})
    assert check_platform_plugin(system).ok


def test_the_window_start_message_lists_only_problems_and_the_doctor(tmp_path: Path) -> None:
    assert window_cannot_start(linux(tmp_path)) is None
    message = window_cannot_start(linux(tmp_path / "bare", missing={"libxcb-cursor.so.0"}))
    assert message is not None
    assert "libxcb-cursor0" in message and message.rstrip().endswith(DOCTOR_HINT)
    assert "display" not in message and "Reinstalling" not in message


def test_the_record_folder_is_checked_for_room(tmp_path: Path) -> None:
    fine = check_record(tmp_path / "new" / "records.sqlite")
    assert fine.ok and "made at the first run" in fine.detail
    full = check_record(tmp_path / "records.sqlite", min_free=1 << 62)
    assert not full.ok and "free at least" in full.fix


def test_a_record_under_a_file_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    finding = check_record(tmp_path / "a-file" / "records.sqlite")
    assert not finding.ok and "--db" in finding.fix


def test_broken_assets_are_a_problem(tmp_path: Path) -> None:
    (tmp_path / "twente").mkdir()  # an asset set with none of its files
    finding = check_assets(tmp_path)
    assert not finding.ok and "validate" in finding.fix
    assert check_assets().ok


def test_a_port_in_use_is_a_problem() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        taken = check_port(port)
    assert not taken.ok and "in use" in taken.detail and "--port" in taken.fix


def test_a_free_port_is_fine() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as finder:
        finder.bind(("127.0.0.1", 0))
        port = finder.getsockname()[1]
    assert check_port(port).ok


def test_the_report_shows_fixes_only_for_problems(tmp_path: Path) -> None:
    findings = [check_libraries(linux(tmp_path, {"libxcb-cursor.so.0"})), check_display(
        linux(tmp_path / "x"))]  # fmt: skip
    text = report(findings)
    assert text.splitlines()[0].startswith("PROBLEM  system libraries")
    assert "fix: install them: sudo apt-get install libxcb-cursor0" in text
    assert text.splitlines()[2].startswith("ok       display")
    assert text.rstrip().endswith("1 problem(s) found")


@pytest.mark.parametrize("chosen", ["xcb", "xcb:foo=1", "offscreen;xcb"])
def test_qt_platform_follows_the_first_choice(tmp_path: Path, chosen: str) -> None:
    from trainer.doctor import qt_platform

    system = System({"QT_QPA_PLATFORM": chosen}, "linux", None, bool)
    assert qt_platform(system) == chosen.split(";")[0].split(":")[0]


def test_a_file_that_is_no_training_record_is_a_problem(tmp_path: Path) -> None:
    # A roster CSV given as --db was 'ok: (exists, 79 GB free)'; the window then refused it.
    roster = tmp_path / "klas.csv"
    roster.write_text("naam;groep\nAnna;A\n" * 100, encoding="utf-8")
    finding = check_record(roster)
    assert not finding.ok and "not an SQLite database" in finding.detail
    assert str(roster) in finding.detail and "--db" in finding.fix
    record = tmp_path / "records.sqlite"
    open_database(record).close()
    before = record.read_bytes()
    assert check_record(record).ok and record.read_bytes() == before  # read, not changed


def test_an_empty_file_given_as_the_record_is_fine(tmp_path: Path) -> None:
    # SQLite makes a new database in an empty file; the trainer sets its record up there.
    empty = tmp_path / "records.sqlite"
    empty.touch()
    assert check_record(empty).ok
    open_database(empty).close()
    assert empty.stat().st_size > 0
