"""What flies besides the drones: manned traffic and bird flocks, as the engine steps them."""

from __future__ import annotations

from trainer.sim.birds import BirdFlocks, BirdTargets, truth_name
from trainer.sim.events import Event, EventKind
from trainer.sim.fleet import BoolArray, Fleet
from trainer.sim.flight_plans import Phase
from trainer.sim.traffic import MannedTraffic
from trainer.sim.traffic_picture import BirdPicture, MannedPicture
from trainer.sim.world import World

_DONE_EVENTS = {Phase.LANDED: EventKind.MANNED_LANDED, Phase.DEPARTED: EventKind.MANNED_DEPARTED}


class OtherTraffic:
    """Manned flights (scripted, a function of time) and bird flocks (their own random stream).

    Neither touches the engine's generator, so a scenario without them runs exactly as before."""

    def __init__(self, world: World, protection_m: tuple[float, float]) -> None:
        self.manned = MannedTraffic(world.manned, protection_m)
        self.birds = BirdFlocks(world.birds, world.seed)

    @property
    def flock_ids(self) -> tuple[str, ...]:
        return self.birds.ids

    def advance(self, time_s: float, dt: float) -> None:
        """Move the flocks through the tick that ends at `time_s` (manned flights need no step)."""
        self.birds.advance(time_s, dt)

    def check(self, fleet: Fleet, airborne: BoolArray, tick: int, time_s: float) -> list[Event]:
        """Put the manned flights where they are at `time_s`; the events of flights that landed
        or left, then of drones that came into a flight's protected volume."""
        manned = self.manned
        if manned.size == 0:
            return []
        events = []
        for flight, outcome in manned.update(time_s):
            plan = manned.plans[flight]
            verb = "landed on" if outcome is Phase.LANDED else "departed from"
            events.append(
                Event(
                    tick,
                    time_s,
                    _DONE_EVENTS[outcome],
                    "",
                    None,
                    plan.id,
                    f"{plan.callsign} ({plan.type}) {verb} runway {plan.runway}",
                    float(manned.x[flight]),
                    float(manned.y[flight]),
                    float(manned.alt[flight]),
                )
            )
        for near in manned.encounters(fleet.x, fleet.y, fleet.alt, airborne):
            i = near.drone
            events.append(
                Event(
                    tick,
                    time_s,
                    EventKind.DRONE_NEAR_MANNED,
                    fleet.ids[i],
                    None,
                    manned.plans[near.flight].id,
                    f"{near.horizontal_m:.0f} m from {manned.describe(near.flight)}, "
                    f"{abs(near.vertical_m):.0f} m {'above' if near.vertical_m >= 0 else 'below'}",
                    float(fleet.x[i]),
                    float(fleet.y[i]),
                    float(fleet.alt[i]),
                )
            )
        return events

    def bird_targets(self) -> BirdTargets | None:
        return self.birds.targets()

    def truth_name(self, truth: int, drone_ids: tuple[str, ...]) -> str:
        """A tracker truth code as the event log names it: drone id, 'bird:<flock>' or ''."""
        return truth_name(truth, drone_ids, self.birds.ids)

    def manned_picture(self) -> MannedPicture | None:
        return self.manned.picture() if self.manned.size else None

    def bird_picture(self) -> BirdPicture | None:
        return self.birds.picture() if self.birds.size else None

    def state_bytes(self) -> bytes:
        return self.manned.state_bytes() + self.birds.state_bytes()
