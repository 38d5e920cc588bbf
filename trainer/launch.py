"""Prepare a run: scenario file -> validated scenario -> world -> engine (bundled assets)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.bundled import DEFAULT_SCENARIO as DEFAULT_SCENARIO
from trainer.bundled import SCENARIOS, bundled_dir, bundled_scenario
from trainer.geo.airspace import AssetLibrary
from trainer.geo.assets import default_assets_root
from trainer.geo.crs import Projector
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.files import scenario_files
from trainer.scenario.loader import load_scenario_and_flights
from trainer.scenario.model import Scenario
from trainer.sim.engine import Engine, EngineSettings
from trainer.sim.world import World, build_world


def bundled_scenarios_dir() -> Path:
    return bundled_dir(SCENARIOS)


def bundled_scenarios() -> list[Path]:
    return scenario_files(bundled_scenarios_dir())


@dataclass(frozen=True)
class PreparedRun:
    path: Path
    scenario: Scenario
    world: World

    def engine(self, seed: int | None = None, settings: EngineSettings | None = None) -> Engine:
        """A fresh engine at tick 0; `seed` overrides the scenario's own."""
        world = self.world
        if seed is not None:
            world = World(**{**world.__dict__, "seed": seed})
        return Engine(world, settings)


class Workspace:
    """The long-lived collaborators of the app: one projector, one asset library."""

    def __init__(self, assets_root: Path | None = None) -> None:
        self.projector = Projector()
        self.library = AssetLibrary(assets_root or default_assets_root(), self.projector)

    def prepare(self, path: str | Path) -> PreparedRun:
        """Load and check a scenario file; raise ScenarioError or AssetError with clear messages.

        A bare name that is no file here is looked up among the bundled scenarios. The path is
        made absolute: runs record it, and a debrief or rescore started from another folder
        must find the file again.
        """
        path = bundled_scenario(Path(path)).absolute()
        scenario, flights = load_scenario_and_flights(path, self.library)
        airspace = build_airspace(scenario.airspace, self.library, path.parent)
        world = build_world(scenario, airspace, self.projector, flights)
        return PreparedRun(path, scenario, world)
