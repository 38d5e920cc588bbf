"""The airspace behind the editor's draft: the scenario's asset sets and imported files (its own
zones are the draft's), read again only when those parts of the scenario change."""

from __future__ import annotations

from pathlib import Path

from trainer.errors import TrainerError
from trainer.geo.airspace import AssetLibrary
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.authoring import CheckResult, ScenarioDocument
from trainer.scenario.model import AirspaceRefs
from trainer.ui.editor.draft_layer import DraftLayer
from trainer.ui.left_out_airspace import LeftOutAirspace
from trainer.ui.map.canvas import MapCanvas


class MapAirspace:
    """Puts the airspace of the checked scenario on `canvas`, under `draft`; the warnings of
    imported files (airspace left out, outlines repaired) go to `left_out`."""

    def __init__(
        self,
        canvas: MapCanvas,
        draft: DraftLayer,
        left_out: LeftOutAirspace,
        library: AssetLibrary,
    ) -> None:
        self._canvas = canvas
        self._draft = draft
        self._left_out = left_out
        self._library = library
        self.shown = ""  # what the airspace shown was built from; "" to build it again

    def update(self, result: CheckResult | None, document: ScenarioDocument) -> None:
        """The airspace of the scenario as `result` read it (half-typed, the asset sets alone,
        if they exist), unless it is the one shown."""
        whole = result is not None and result.scenario is not None
        if result is not None and result.scenario is not None:
            refs = result.scenario.airspace.model_copy(update={"zones": []})
        else:  # half-typed: the asset sets alone, if they exist
            assets = document.get(("airspace", "assets"))
            names = [str(a) for a in assets] if isinstance(assets, list) else ["twente"]
            try:
                refs = AirspaceRefs(assets=names)
            except ValueError:
                return
        key = refs.model_dump_json() + ("" if whole else " (half-typed)")
        if key == self.shown:
            return
        base: Path | None = document.path.parent if document.path else None
        try:
            airspace = build_airspace(refs, self._library, base)
        except (TrainerError, ValueError, OSError):
            return  # the problem list says which set or file is wrong
        self.shown = key
        if whole:  # half-typed, the imports are not read: what they left out still holds
            self._left_out.set_warnings(airspace.warnings)
        self._canvas.set_airspace(airspace)
        self._draft.forget_drawn()  # its items go back on top of the new airspace's
