"""Typed errors of the background map: a source that cannot be used, a tile not fetched."""

from __future__ import annotations

from trainer.errors import TrainerError


class BasemapError(TrainerError):
    """A background-map source (setting, URL, archive file) that cannot be used, and why."""


class TileFetchError(TrainerError):
    """One tile could not be fetched; `transient` when trying again later may work,
    `unreachable` when the server itself could not be reached (no network, no such host)."""

    def __init__(self, url: str, reason: str, transient: bool, unreachable: bool = False) -> None:
        self.url = url
        self.reason = reason
        self.transient = transient
        self.unreachable = unreachable
        super().__init__(f"{url}: {reason}")
