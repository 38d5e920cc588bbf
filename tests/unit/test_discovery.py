"""Stations find a console announced on the LAN, without its join code; no network never fails."""

from __future__ import annotations

import asyncio
import logging
import secrets
import socket
import struct
import threading
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from zeroconf import ServiceInfo, ServiceStateChange, Zeroconf

from trainer.classroom import discovery
from trainer.classroom.discovery import (
    SERVICE_TYPE,
    ConsoleAdvert,
    ConsoleFound,
    find_consoles,
    unique_instance_name,
)

LOOPBACK = ["127.0.0.1"]
MDNS_GROUP = "224.0.0.251"


def _loopback_multicast_problem() -> str | None:
    """Why multicast sent on 127.0.0.1 does not come back here, or None if it does."""
    try:
        with (
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver,
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender,
        ):
            # Any free port: the probe must not need, or disturb, a real mDNS responder.
            receiver.bind(("", 0))
            membership = socket.inet_aton(MDNS_GROUP) + socket.inet_aton(LOOPBACK[0])
            receiver.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
            receiver.settimeout(1.0)
            sender.setsockopt(
                socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(LOOPBACK[0])
            )
            sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, struct.pack("B", 1))
            sender.sendto(b"probe", (MDNS_GROUP, receiver.getsockname()[1]))
            receiver.recvfrom(16)
    except OSError as error:
        return f"multicast on loopback does not work here ({type(error).__name__}: {error})"
    return None


LOOPBACK_PROBLEM = _loopback_multicast_problem()
needs_loopback_multicast = pytest.mark.skipif(
    LOOPBACK_PROBLEM is not None, reason=LOOPBACK_PROBLEM or ""
)


def _find_until(
    wanted: Callable[[list[ConsoleFound]], bool], within_s: float = 8.0
) -> list[ConsoleFound]:
    """Browse loopback until `wanted` holds; a console is announced about 1.7 s after start."""
    deadline = time.monotonic() + within_s
    while True:
        # Rounds under ~2 s may miss answers: a responder delays records it multicast in the
        # last second by a second more (RFC 6762 §14).
        consoles = find_consoles(timeout_s=2.5, addresses=LOOPBACK)
        if wanted(consoles) or time.monotonic() > deadline:
            return consoles


def _ours(consoles: list[ConsoleFound], token: str) -> list[ConsoleFound]:
    return [console for console in consoles if token in console.name]


@pytest.mark.slow  # announcing, browsing twice and a goodbye on loopback: about 4 s
@needs_loopback_multicast
def test_a_console_is_found_without_its_code_and_not_once_closed() -> None:
    # A token per run keeps two test runs on one machine from seeing each other's consoles.
    token = secrets.token_hex(3)
    started = time.monotonic()
    first = ConsoleAdvert(f"Lokaal één – Zwölf {token}", 5555, "Ochtend: RPAS", "0.1.0", LOOPBACK)
    second = ConsoleAdvert(f"Twente classroom {token}", 5556, "Middag", "0.1.0", LOOPBACK)
    # Another PC on the LAN: it keeps whatever it hears, asked or not.
    with Zeroconf(interfaces=LOOPBACK) as listener, first, second:
        assert time.monotonic() - started < 0.5  # announcing runs in the background

        consoles = _ours(_find_until(lambda found: len(_ours(found, token)) == 2), token)

        host = socket.gethostname().split(".")[0]
        assert consoles == [
            ConsoleFound(
                f"Lokaal één – Zwölf {token} ({host})", "127.0.0.1", 5555, "Ochtend: RPAS", "0.1.0"
            ),
            ConsoleFound(
                f"Twente classroom {token} ({host})", "127.0.0.1", 5556, "Middag", "0.1.0"
            ),
        ]
        assert consoles[0].endpoint == "tcp://127.0.0.1:5555"
        # What any PC on the LAN can read: the session's title and the version, nothing else.
        info = ServiceInfo(SERVICE_TYPE, f"{first.instance_name}.{SERVICE_TYPE}")
        assert info.request(listener, timeout=3000)
        assert info.properties == {b"session": b"Ochtend: RPAS", b"version": b"0.1.0"}

        first.close()
        # A station that looks afterwards does not find it.
        ports = [console.port for console in _ours(find_consoles(1.0, LOOPBACK), token)]
        assert 5555 not in ports


class _AnsweringBrowser:
    """Stands in for ServiceBrowser: answers at once, one console saying goodbye."""

    def __init__(self, zeroconf: Any, service_type: str, handlers: list[Any]) -> None:
        for name, change in [
            ("b console", ServiceStateChange.Added),
            ("A console", ServiceStateChange.Added),
            ("gone", ServiceStateChange.Added),
            ("gone", ServiceStateChange.Removed),
        ]:
            handlers[0](
                zeroconf=zeroconf,
                service_type=service_type,
                name=f"{name}.{service_type}",
                state_change=change,
            )

    def cancel(self) -> None:
        pass


def test_consoles_that_said_goodbye_are_left_out_and_the_rest_sorted_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(discovery, "Zeroconf", lambda **_: SimpleNamespace(close=lambda: None))
    monkeypatch.setattr(discovery, "ServiceBrowser", _AnsweringBrowser)
    monkeypatch.setattr(
        discovery,
        "_resolve",
        lambda _, full_name, *__: ConsoleFound(full_name.split(".")[0], "10.0.0.1", 1, "s", "v"),
    )
    assert [console.name for console in find_consoles(timeout_s=0.2)] == ["A console", "b console"]


def test_the_instance_name_carries_the_host_and_fits_one_dns_label() -> None:
    assert unique_instance_name("Twente classroom 1", "pc-07.utwente.nl") == (
        "Twente classroom 1 (pc-07)"
    )
    assert unique_instance_name("Ravelijn 2.501\n", "pc") == "Ravelijn 2·501 (pc)"
    long = unique_instance_name("Lokaal " + "é" * 60, "instructor-laptop")
    assert long.endswith(" (instructor-laptop)")
    # Room for the "-2" python-zeroconf appends when the name is taken.
    assert len(long.encode("utf-8")) + 2 <= 63
    assert unique_instance_name("\t", "pc") == "Console (pc)"


def test_an_endpoint_is_a_zeromq_address() -> None:
    assert ConsoleFound("c", "192.168.1.20", 5555, "s", "v").endpoint == "tcp://192.168.1.20:5555"
    assert ConsoleFound("c", "fd00::2", 5555, "s", "v").endpoint == "tcp://[fd00::2]:5555"


def test_an_address_on_the_stations_own_subnet_is_preferred() -> None:
    import ipaddress

    wired = [ipaddress.ip_network("10.1.0.0/16"), ipaddress.ip_network("127.0.0.0/8")]
    choose = discovery._preferred_address
    assert choose(["192.168.5.9", "10.1.2.3"], wired) == "10.1.2.3"
    assert choose(["127.0.0.1", "192.168.5.9"], wired) == "192.168.5.9"
    assert choose(["fe80::1%2", "172.16.0.4"], []) == "172.16.0.4"
    assert choose([], wired) is None


class _NoNetwork:
    """Stands in for Zeroconf on a PC whose network cannot do multicast."""

    def __init__(self, **_: Any) -> None:
        raise OSError(101, "Network is unreachable")


def test_without_a_network_the_advert_warns_and_the_console_carries_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(discovery, "Zeroconf", _NoNetwork)
    with caplog.at_level(logging.WARNING, logger=discovery.__name__):
        advert = ConsoleAdvert("Twente classroom 1", 5555, "Ochtend", "0.1.0")
        advert.start()
        advert.close()
        advert.close()
    assert "typing its address and port" in caplog.text
    assert "Network is unreachable" in caplog.text


def test_without_a_network_nothing_is_found_and_the_reason_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(discovery, "Zeroconf", _NoNetwork)
    with caplog.at_level(logging.WARNING, logger=discovery.__name__):
        assert find_consoles(timeout_s=0.1) == []
    assert "Network is unreachable" in caplog.text


def test_finding_from_inside_an_asyncio_loop_browses_in_another_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    browsing_threads: list[threading.Thread] = []

    def browse(timeout_s: float, addresses: list[str] | None) -> list[ConsoleFound]:
        browsing_threads.append(threading.current_thread())
        return []

    monkeypatch.setattr(discovery, "_browse", browse)

    async def station() -> list[ConsoleFound]:
        return find_consoles(0.1)

    assert asyncio.run(station()) == []
    assert find_consoles(0.1) == []
    assert browsing_threads[0] is not threading.current_thread()
    assert browsing_threads[1] is threading.current_thread()


def test_bad_arguments_fail_at_once() -> None:
    with pytest.raises(ValueError, match="port"):
        ConsoleAdvert("c", 0, "s", "v")
    with pytest.raises(ValueError):
        ConsoleAdvert("c", 5555, "s", "v", addresses=["not-an-address"])
