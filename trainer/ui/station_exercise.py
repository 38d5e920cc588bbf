"""The exercise as the console's welcome describes it: its name, its airspace, its briefing.

The welcome carries the class session's title, never the scenario's: a station calls the
exercise by the lesson it belongs to.
"""

from __future__ import annotations

from pydantic import ValidationError

from trainer.briefing import AuthorisedFlight
from trainer.classroom import messages as msg
from trainer.errors import AssetError
from trainer.geo.airspace import Airspace
from trainer.launch import Workspace
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.model import AirspaceRefs
from trainer.ui.translation import tr


def exercise_name(welcome: msg.Welcome) -> str:
    """'Exercise — <class session>', as the window and the score sheet call it."""
    session = " ".join(welcome.session.split())
    return tr("Exercise — {session}").format(session=session) if session else tr("Exercise")


def exercise_airspace(welcome: msg.Welcome, workspace: Workspace) -> Airspace:
    """The exercise's airspace from this station's own assets; AssetError when they lack it."""
    try:
        refs = AirspaceRefs.model_validate_json(welcome.airspace_json)
    except ValidationError as error:  # a console of another version
        raise AssetError(tr("the console's airspace"), "", str(error)) from None
    return build_airspace(refs, workspace.library)


def briefed_flights(welcome: msg.Welcome) -> tuple[AuthorisedFlight, ...]:
    """The day's authorisations, as the briefing panel lists them."""
    return tuple(
        AuthorisedFlight(f.reference, f.operator_id, f.serial, tuple(f.zones), f.valid_from,
                         f.valid_to)
        for f in welcome.flights
    )  # fmt: skip
