"""What reading an airspace file gives: the zones, a warning for each airspace left out, and one
for each zone kept whose outline had to be repaired."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from trainer.errors import Problem
from trainer.geo.zones import Zone

LonLatBox = tuple[float, float, float, float]  # west, south, east, north in degrees


@dataclass(frozen=True)
class Skipped:
    """An airspace left out: why (file, line, name, what), and where, as far as it was read."""

    problem: Problem
    bounds: LonLatBox | None = None  # None: not known; it may be anywhere


@dataclass(frozen=True)
class Repaired:
    """A zone kept although its outline was not a valid polygon: which zone (its id as read), and
    the warning (file, line, name, what was wrong and what the zone was read as)."""

    zone_id: str
    problem: Problem


@dataclass(frozen=True)
class ZonesRead:
    """Zones of one file in RD New metres; `skipped` names file, line and airspace of each one
    left out because it was broken; `repaired` those kept with their outline read as the area it
    encloses (one entry for each shape repaired: a zone of several volumes may have more);
    `ignored` counts the airspace classes the trainer has no kind for (gliding sectors, FIRs...),
    which are left out on purpose, without a warning."""

    zones: tuple[Zone, ...]
    skipped: tuple[Skipped, ...] = ()
    ignored: Counter[str] = field(default_factory=Counter)
    repaired: tuple[Repaired, ...] = ()

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Every warning of the file: the airspace left out, then the outlines repaired."""
        return tuple(s.problem for s in self.skipped) + tuple(r.problem for r in self.repaired)


def bounds_of(points: list[tuple[float, float]]) -> LonLatBox | None:
    """The lon/lat box around the points read of an airspace; None when there are none."""
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)
