"""Stations find the instructor's console on the LAN by mDNS / DNS-SD (python-zeroconf)."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import queue
import socket
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType

# python-zeroconf's own way of listing interfaces; it comes with it.
import ifaddr
from zeroconf import Error as ZeroconfError
from zeroconf import InterfaceChoice, ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_twente-trainer._tcp.local."

# A DNS-SD instance name is one DNS label (63 bytes of UTF-8); keep room for the "-2" that
# python-zeroconf appends when another console already uses the name.
_MAX_INSTANCE_BYTES = 59
# One TXT string ("key=value") holds at most 255 bytes.
_MAX_TXT_VALUE_BYTES = 240
# Resolving a console whose answer came in just before the deadline may take this long.
_MIN_RESOLVE_S = 0.2
# Announcing probes the LAN for a name clash (~1.5 s); closing waits at most this for it.
_ANNOUNCE_JOIN_S = 15.0
# What a machine without a usable network raises: no sockets, no interfaces, no multicast.
_NETWORK_ERRORS = (OSError, RuntimeError, ZeroconfError)


@dataclass(frozen=True)
class ConsoleFound:
    """A console that answered on the LAN: where to connect, and what it is running."""

    name: str
    address: str
    port: int
    session: str
    version: str

    @property
    def endpoint(self) -> str:
        """The console's address for ZeroMQ, e.g. tcp://192.168.1.20:5555."""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"tcp://{host}:{self.port}"


class ConsoleAdvert:
    """Announces a running console on the LAN until closed; a missing network never stops it."""

    def __init__(
        self,
        name: str,
        port: int,
        session: str,
        version: str,
        addresses: list[str] | None = None,
    ) -> None:
        if not 0 < port < 65536:
            raise ValueError(f"port {port} is not a TCP port")
        for address in addresses or []:
            ipaddress.ip_address(address)  # a ValueError now beats a silent failure in the thread
        # What stations see; once announced, with the "-2" python-zeroconf adds if it was taken.
        self.instance_name = unique_instance_name(name, socket.gethostname())
        self._port = port
        # Only the session's title and the version: never the session's join code. Anyone on
        # the LAN can read these properties, and the code is the secret that lets a station in;
        # the trainee types it.
        self._properties = {"session": _fit_utf8(session, _MAX_TXT_VALUE_BYTES), "version": version}
        self._addresses = list(addresses) if addresses else None
        self._lock = threading.Lock()
        self._zeroconf: Zeroconf | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    def __enter__(self) -> ConsoleAdvert:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Announce in a background thread: registering probes the LAN for about 1.5 s first."""
        with self._lock:
            if self._thread is not None or self._closed:
                return
            self._thread = threading.Thread(
                target=self._announce, name="console-advert", daemon=True
            )
            self._thread.start()

    def close(self) -> None:
        """Say goodbye on the LAN (browsing stations drop the console) and stop announcing."""
        with self._lock:
            self._closed = True
            thread = self._thread
        # An announcement still being probed must finish first, or its records would outlive
        # the goodbye in the stations' caches.
        if thread is not None and thread is not threading.current_thread():
            thread.join(_ANNOUNCE_JOIN_S)
        with self._lock:
            running, self._zeroconf = self._zeroconf, None
        if running is not None:
            _close_quietly(running)

    def _announce(self) -> None:
        addresses = self._addresses or _lan_ipv4_addresses()
        running: Zeroconf | None = None
        try:
            info = ServiceInfo(
                SERVICE_TYPE,
                f"{self.instance_name}.{SERVICE_TYPE}",
                port=self._port,
                properties=self._properties,
                parsed_addresses=addresses,
            )
            # Made here, in a thread without an asyncio loop, so python-zeroconf always runs
            # its own loop thread, whatever the caller's thread does.
            running = _open_zeroconf(self._addresses)
            with self._lock:
                if self._closed:
                    _close_quietly(running)
                    return
                self._zeroconf = running
            running.register_service(info, allow_name_change=True)
        except _NETWORK_ERRORS as error:
            log.warning(
                "Stations cannot find this console on the LAN (%s: %s); "
                "they can still join by typing its address and port",
                type(error).__name__,
                error,
            )
            with self._lock:
                self._zeroconf = None
            if running is not None:
                _close_quietly(running)
            return
        self.instance_name = info.name.removesuffix(f".{SERVICE_TYPE}")
        log.info(
            "Console announced on the LAN as %r at %s", self.instance_name, ", ".join(addresses)
        )


def find_consoles(timeout_s: float = 3.0, addresses: list[str] | None = None) -> list[ConsoleFound]:
    """Browse the LAN for timeout_s and return the consoles that answered, sorted by name.

    Blocks for timeout_s; answers come within about 1.5 s. Returns [] (and logs why) when this
    machine cannot browse: no network, no multicast. addresses restricts the browse to those
    interfaces (tests use ["127.0.0.1"]).
    """
    if _asyncio_loop_running():
        # python-zeroconf would attach to this thread's running loop, which this blocking call
        # would then starve: nothing would ever be heard.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="find-consoles") as pool:
            return pool.submit(_browse, timeout_s, addresses).result()
    return _browse(timeout_s, addresses)


def unique_instance_name(name: str, host: str) -> str:
    """'<name> (<host>)', cut to one DNS label: the same name on two PCs stays two consoles."""
    host = host.split(".")[0]
    # DNS-SD forbids control characters. A dot is allowed, but python-zeroconf would send it as
    # a label break, so "Ravelijn 2.501" becomes "Ravelijn 2·501".
    cleaned = " ".join("".join(c for c in name if c.isprintable()).replace(".", "·").split())
    suffix = f" ({host})" if host else ""
    room = _MAX_INSTANCE_BYTES - len(suffix.encode("utf-8"))
    return (_fit_utf8(cleaned, max(room, 1)) or "Console") + suffix


def _browse(timeout_s: float, addresses: list[str] | None) -> list[ConsoleFound]:
    try:
        browsing = _open_zeroconf(addresses)
    except _NETWORK_ERRORS as error:
        log.warning("Cannot look for consoles on the LAN (%s: %s)", type(error).__name__, error)
        return []
    changes: queue.SimpleQueue[tuple[str, ServiceStateChange]] = queue.SimpleQueue()

    def on_service_changed(
        zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        changes.put((name, state_change))

    deadline = time.monotonic() + timeout_s
    found: dict[str, ConsoleFound] = {}
    browser: ServiceBrowser | None = None
    try:
        browser = ServiceBrowser(browsing, SERVICE_TYPE, handlers=[on_service_changed])
        local_networks = _local_networks()
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                name, change = changes.get(timeout=remaining)
            except queue.Empty:
                break
            if change is ServiceStateChange.Removed:
                found.pop(name, None)
                continue
            console = _resolve(browsing, name, max(remaining, _MIN_RESOLVE_S), local_networks)
            if console is not None:
                found[name] = console
    except _NETWORK_ERRORS as error:
        log.warning("Looking for consoles on the LAN failed (%s: %s)", type(error).__name__, error)
    finally:
        if browser is not None:
            browser.cancel()
        browsing.close()
    return sorted(found.values(), key=lambda console: (console.name.casefold(), console.name))


def _resolve(
    browsing: Zeroconf,
    full_name: str,
    timeout_s: float,
    local_networks: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network],
) -> ConsoleFound | None:
    info = ServiceInfo(SERVICE_TYPE, full_name)
    # Usually answered from the cache: the console sends its address and TXT with the answer.
    if not info.request(browsing, timeout_s * 1000) or info.port is None:
        log.info("Console %r was heard of but did not give its port in time", full_name)
        return None
    address = _preferred_address(info.parsed_scoped_addresses(), local_networks)
    if address is None:
        log.info("Console %r answered without an address", full_name)
        return None
    properties = {
        key.decode("utf-8", "replace"): (value or b"").decode("utf-8", "replace")
        for key, value in info.properties.items()
    }
    return ConsoleFound(
        name=full_name.removesuffix(f".{SERVICE_TYPE}"),
        address=address,
        port=info.port,
        session=properties.get("session", ""),
        version=properties.get("version", ""),
    )


def _preferred_address(
    addresses: Sequence[str],
    local_networks: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network],
) -> str | None:
    """One on this station's own subnet first (a console may sit on two networks), IPv4 first."""

    def preference(address: str) -> tuple[bool, bool, bool]:
        parsed = ipaddress.ip_address(address.split("%")[0])
        on_my_subnet = any(parsed in network for network in local_networks)
        return (parsed.is_loopback, not on_my_subnet, parsed.version == 6)

    return min(addresses, key=preference, default=None)


def _open_zeroconf(addresses: list[str] | None) -> Zeroconf:
    # A list of addresses keeps multicast to those interfaces (tests stay on loopback).
    return Zeroconf(interfaces=list(addresses) if addresses else InterfaceChoice.All)


def _lan_ipv4_addresses() -> list[str]:
    """This PC's IPv4 addresses for stations to connect to; loopback only if there is no other."""
    try:
        found = [
            str(ip.ip)
            for adapter in ifaddr.get_adapters()
            for ip in adapter.ips
            if ip.is_IPv4 and isinstance(ip.ip, str)
        ]
    except OSError as error:
        log.warning("Cannot list this PC's network addresses: %s", error)
        found = []
    lan = [address for address in found if not ipaddress.ip_address(address).is_loopback]
    return sorted(set(lan or found or ["127.0.0.1"]))


def _local_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
    try:
        adapters = ifaddr.get_adapters()
    except OSError as error:
        log.info("Cannot list this PC's networks (%s); taking consoles' first address", error)
        return networks
    for adapter in adapters:
        for ip in adapter.ips:
            if ip.is_IPv4 and isinstance(ip.ip, str):
                networks.append(ipaddress.ip_network(f"{ip.ip}/{ip.network_prefix}", strict=False))
    return networks


def _close_quietly(running: Zeroconf) -> None:
    try:
        running.close()
    except _NETWORK_ERRORS as error:
        log.warning("Could not withdraw the console's announcement: %s", error)


def _asyncio_loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _fit_utf8(text: str, max_bytes: int) -> str:
    """text cut to at most max_bytes of UTF-8, never in the middle of a character."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore").rstrip()
