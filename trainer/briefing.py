"""The day's flight authorisations, as an instructor briefs them before an exercise.

Only what a briefing would say: reference, operator, serial, zones and times. Never the drone's id
or label, the scenario's title or summary, or the answer key: the trainee's task is to match what
the sensors report against this list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.i18n import message
from trainer.scenario.model import Scenario
from trainer.scenario_clock import hh_mm_ss, seconds_of_day

NO_REMOTE_ID = "no Remote ID"  # in English; AuthorisedFlight.remote_id speaks the language in use


@dataclass(frozen=True)
class AuthorisedFlight:
    """One flight authorisation; times are local clock times ("HH:MM")."""

    reference: str
    operator_id: str | None  # None when the drone broadcasts no Remote ID
    serial: str | None
    zones: tuple[str, ...]  # zone names, in the authorisation's order
    valid_from: str
    valid_to: str

    @property
    def remote_id(self) -> str:
        """'operator NLD..., serial 1581...', or 'no Remote ID'."""
        if self.operator_id is None and self.serial is None:
            return message("briefing.no_remote_id")
        not_given = message("briefing.not_given")
        return message(
            "briefing.remote_id",
            operator=self.operator_id or not_given,
            serial=self.serial or not_given,
        )

    def text(self) -> str:
        return message(
            "briefing.flight",
            reference=self.reference,
            remote_id=self.remote_id,
            zones="; ".join(self.zones),  # zone names may hold commas
            valid_from=self.valid_from,
            valid_to=self.valid_to,
        )


def local_clock(start_minute_of_day: int, sim_time_s: float) -> str:
    """A sim time as the local clock reads it: 'HH:MM', or 'HH:MM:SS' off the whole minute.
    Rounded to the nearest second (an authorisation's time is written down in advance, not
    read off a running clock, which shows the second begun: trainer.scenario_clock)."""
    seconds = seconds_of_day(start_minute_of_day * 60, sim_time_s, rounded=True)
    text = hh_mm_ss(seconds)
    return text[:5] if seconds % 60 == 0 else text


def authorisations(
    scenario: Scenario, zone_names: Mapping[str, str]
) -> tuple[AuthorisedFlight, ...]:
    """The scenario's flight authorisations in order of start, then reference.

    `zone_names` maps zone ids to names (the run's airspace); an id without a name is shown as is.
    """
    start = scenario.start_minute_of_day
    flights = []
    for drone in scenario.drones:
        authorisation = drone.authorisation
        if authorisation is None:
            continue
        broadcast = drone.remote_id.broadcast
        flights.append(
            (
                authorisation.valid_from_s,
                AuthorisedFlight(
                    reference=authorisation.reference,
                    operator_id=drone.remote_id.operator_id if broadcast else None,
                    serial=drone.remote_id.serial if broadcast else None,
                    zones=tuple(zone_names.get(z, z) for z in authorisation.zones),
                    valid_from=local_clock(start, authorisation.valid_from_s),
                    valid_to=local_clock(start, authorisation.valid_to_s),
                ),
            )
        )
    flights.sort(key=lambda pair: (pair[0], pair[1].reference))
    return tuple(flight for _, flight in flights)


def headline(flights: tuple[AuthorisedFlight, ...]) -> str:
    if not flights:
        return message("briefing.none")
    if len(flights) == 1:
        return message("briefing.one")
    return message("briefing.many", count=len(flights))


def briefing_text(flights: tuple[AuthorisedFlight, ...]) -> str:
    """The briefing as plain text, one paragraph a flight."""
    if not flights:
        return headline(flights)
    return f"{headline(flights)}:\n\n" + "\n\n".join(flight.text() for flight in flights)
