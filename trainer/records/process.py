"""Is the process that started a run still alive? Pids, hosts and boot time."""

from __future__ import annotations

import ctypes
import os
import socket
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

# A run from another computer still 'running' after this long is taken to be dead.
STALE_AFTER = timedelta(hours=24)
# Slack between this computer's boot time and a run's start, for clock adjustments.
BOOT_SLACK = timedelta(minutes=2)


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_utc(text: str | None) -> datetime | None:
    """An ISO 8601 stamp as an aware datetime (naive taken as UTC); None if unreadable."""
    try:
        moment = datetime.fromisoformat(text or "")
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run_is_dead(
    same_host: bool, pid: int | None, started_utc: str, now: datetime, booted: datetime | None
) -> bool:
    """Whether a run still marked running has lost its process.

    On this computer: its process is gone, or the computer has restarted since the run began
    (the pid may have been handed to another process). On another computer we cannot look, so a
    run older than STALE_AFTER is taken to be dead.
    """
    started = parse_utc(started_utc)
    if same_host:
        if started is not None and booted is not None and started < booted - BOOT_SLACK:
            return True
        if not pid_alive(pid):
            return True
        # A process with that pid lives; if it began after the run did, it is another one that
        # was handed the number (Windows hands pids out again soon, without a restart).
        born = process_started_utc(pid)
        return started is not None and born is not None and born > started + BOOT_SLACK
    return started is None or now - started > STALE_AFTER


def this_host() -> str:
    return socket.gethostname()


def pid_alive(pid: int | None) -> bool:
    """True when a process with this id exists on this computer (whoever owns it)."""
    if pid is None or pid <= 0:  # 0 and negative ids mean process groups to os.kill
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: checks existence and permission, sends nothing
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    except (OverflowError, ValueError, OSError):
        return False
    return True


def process_started_utc(pid: int | None) -> datetime | None:
    """When the process with this id began, where the platform says (Linux, Windows)."""
    if pid is None or pid <= 0:
        return None
    if sys.platform == "win32":
        return _windows_process_started_utc(pid)
    return _linux_process_started_utc(pid)


def _linux_process_started_utc(pid: int) -> datetime | None:
    # /proc/PID/stat: field 22 is the start in clock ticks after boot; /proc/stat's btime is
    # the boot in seconds since the epoch (what ps uses). The name (field 2) may hold spaces
    # and parentheses, so the fields are counted after its last ')'.
    if sys.platform == "win32":  # no /proc, no sysconf
        return None
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as stat:
            after_name = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/stat", encoding="utf-8", errors="replace") as stat:
            btime = next(int(line.split()[1]) for line in stat if line.startswith("btime "))
        ticks = int(after_name[19])  # field 22, the 20th after the name
        per_second = os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, StopIteration):
        return None
    return datetime.fromtimestamp(btime + ticks / per_second, UTC)


def boot_time_utc() -> datetime | None:
    """When this computer last started, where the platform says (Linux, Windows); else None.

    A pid recorded before the last boot belongs to a process that is certainly gone, even when
    the number has since been handed to another process (Windows hands pids out again soon).
    """
    uptime = _windows_uptime_s() if sys.platform == "win32" else _linux_uptime_s()
    return None if uptime is None else datetime.now(UTC) - timedelta(seconds=uptime)


def _linux_uptime_s() -> float | None:
    clock = getattr(time, "CLOCK_BOOTTIME", None)
    if clock is None or sys.platform == "win32":  # Windows has no clock_gettime at all
        return None
    try:
        return time.clock_gettime(clock)
    except OSError:
        return None


# Windows: ask the kernel through ctypes (os.kill(pid, 0) would end the process there).
_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259  # the exit code GetExitCodeProcess gives a process that is still running
_ERROR_ACCESS_DENIED = 5
_MAX_DWORD = 2**32 - 1


def _windows_pid_alive(pid: int) -> bool:
    if pid > _MAX_DWORD:  # OpenProcess takes a DWORD; ctypes would raise on a larger number
        return False
    kernel32, last_error = _kernel32()
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:  # no such process, or one we may not look at (another user's): it exists
        return bool(last_error() == _ERROR_ACCESS_DENIED)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)  # FILETIME: 100 ns steps since then


def _windows_process_started_utc(pid: int) -> datetime | None:
    if pid > _MAX_DWORD:
        return None
    kernel32, _ = _kernel32()
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return None
    try:
        created, exited, kernel, user = (ctypes.c_uint64() for _ in range(4))
        if not kernel32.GetProcessTimes(
            handle, *(ctypes.byref(t) for t in (created, exited, kernel, user))
        ):
            return None
        return _FILETIME_EPOCH + timedelta(microseconds=created.value // 10)
    finally:
        kernel32.CloseHandle(handle)


def _windows_uptime_s() -> float | None:
    # Milliseconds since the computer started, sleep included. After a shutdown with Fast
    # Startup it keeps counting (the kernel hibernates): then this boot time is too early, and
    # the pid check alone decides, as it did without it.
    kernel32, _ = _kernel32()
    return float(kernel32.GetTickCount64()) / 1000.0


if sys.platform == "win32":
    from ctypes import wintypes

    def _kernel32() -> tuple[Any, Callable[[], int]]:
        """kernel32 with its functions' types declared (a HANDLE is 64 bits, ctypes' default
        int 32) and the error code kept per call (use_last_error: GetLastError called later
        may see another call's code)."""
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.restype = wintypes.BOOL
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        kernel32.GetProcessTimes.restype = wintypes.BOOL
        kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE,) + (
            ctypes.POINTER(ctypes.c_uint64),
        ) * 4
        kernel32.GetTickCount64.restype = ctypes.c_uint64
        return kernel32, ctypes.get_last_error

else:

    def _kernel32() -> tuple[Any, Callable[[], int]]:
        raise NotImplementedError("only on Windows")
