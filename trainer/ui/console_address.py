"""The addresses stations can type to reach this console: its LAN IPv4 addresses and the port."""

from __future__ import annotations

import ipaddress
import logging

import ifaddr

log = logging.getLogger(__name__)


def lan_ipv4_addresses() -> list[str]:
    """This PC's IPv4 addresses, private LAN ones first; loopback only if there is no other."""
    try:
        found = {
            str(ip.ip)
            for adapter in ifaddr.get_adapters()
            for ip in adapter.ips
            if ip.is_IPv4 and isinstance(ip.ip, str)
        }
    except OSError as error:
        log.warning("Cannot list this PC's network addresses: %s", error)
        found = set()
    parsed = [ipaddress.ip_address(address) for address in found]
    usable = [a for a in parsed if not a.is_loopback and not a.is_link_local]
    # A classroom LAN is a private network: its address is the one trainees need first.
    ordered = sorted(usable, key=lambda a: (not a.is_private, a))
    return [str(a) for a in ordered] or ["127.0.0.1"]


def station_addresses(port: int, addresses: list[str] | None = None) -> list[str]:
    """'host:port' for each address, the one to show first."""
    return [f"{address}:{port}" for address in (addresses or lan_ipv4_addresses())]
