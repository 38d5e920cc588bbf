"""What reading an airspace file gives: the zones, and a warning for each airspace left out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from trainer.errors import Problem
from trainer.geo.zones import Zone


@dataclass(frozen=True)
class ZonesRead:
    """Zones of one file in RD New metres; `warnings` name file, line and airspace of each one
    skipped because it was broken; `ignored` counts the airspace classes the trainer has no kind
    for (gliding sectors, FIRs...), which are left out on purpose, without a warning."""

    zones: tuple[Zone, ...]
    warnings: tuple[Problem, ...] = ()
    ignored: Counter[str] = field(default_factory=Counter)
