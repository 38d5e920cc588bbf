"""A station's own files: its lasting id, its outbox, and the class it last joined.

A restarted station joins the same class as the same station with the same outbox, so the
console takes it back into its run and nothing it sent is lost or counted twice. Joining
another class (another session code) starts afresh: the console of that class numbers the
station's actions from 1, and an old outbox would make it wait for numbers that never come.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from trainer.classroom.stations import normal_code

log = logging.getLogger(__name__)

DEFAULT_PORT = 47650  # the console's port when none is typed (as `drone-trainer console`)


@dataclass(frozen=True)
class LastJoin:
    """What the trainee typed or picked the last time this station joined a class."""

    endpoint: str = ""
    code: str = ""
    name: str = ""
    trainee_id: int | None = None


def endpoint_of(typed: str) -> str | None:
    """'host:port', 'host' (the default port) or 'tcp://host:port' as a ZeroMQ endpoint; None
    when it is none of these."""
    text = typed.strip().removeprefix("tcp://")
    if not text or any(c.isspace() or c in "/?#@" for c in text):
        return None
    if text.startswith("["):  # [IPv6] or [IPv6]:port
        host, _, rest = text.partition("]")
        host, port = host + "]", rest.removeprefix(":") or str(DEFAULT_PORT)
    elif text.count(":") == 1:
        host, port = text.split(":")
    elif ":" in text:  # a bare IPv6 address
        host, port = f"[{text}]", str(DEFAULT_PORT)
    else:
        host, port = text, str(DEFAULT_PORT)
    if host in ("", "[]") or not port.isdigit() or not 0 < int(port) < 65536:
        return None
    return f"tcp://{host}:{int(port)}"


class StationState:
    """The files in the station's state folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.id_file = folder / "station-id"
        self.outbox = folder / "outbox.jsonl"
        self.last_file = folder / "last-join.json"

    def last_join(self) -> LastJoin:
        try:
            data = json.loads(self.last_file.read_text(encoding="utf-8"))
            return LastJoin(
                str(data.get("endpoint", "")),
                str(data.get("code", "")),
                str(data.get("name", "")),
                int(data["trainee_id"]) if data.get("trainee_id") is not None else None,
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return LastJoin()

    def station_for(self, code: str) -> tuple[str, bool]:
        """The station id to join this class with, and whether it is the one used before.

        A new id is kept only once a class has welcomed it (`remember`): a refused try at
        another class leaves this station as it was.
        """
        known = self._read_id()
        if known is not None and normal_code(self.last_join().code) == normal_code(code):
            aside = self._aside(known)
            if not self.outbox.exists() and aside.is_file():
                aside.replace(self.outbox)  # a try at another class had put it aside
            return known, True
        if known is not None and self.outbox.is_file():
            # Another class's actions: kept beside, never sent to this class.
            self.outbox.replace(self._aside(known))
        return uuid.uuid4().hex, False

    def remember(self, station_id: str, joined: LastJoin) -> None:
        """This station is now `station_id`, in the class `joined`."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.id_file.write_text(station_id, encoding="utf-8")
            self.last_file.write_text(json.dumps(asdict(joined)), encoding="utf-8")
        except OSError as error:
            log.warning("cannot keep the station's identity in %s: %s", self.folder, error)

    def _aside(self, station_id: str) -> Path:
        return self.folder / f"outbox-{station_id}.jsonl"

    def _read_id(self) -> str | None:
        try:
            text = self.id_file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return text if 0 < len(text) <= 64 and text.isprintable() else None
