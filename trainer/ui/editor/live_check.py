"""The live check: the scenario checked as the loader would load the saved file, with the
numbers typed in the form that are no number (the file is not what the form shows)."""

from __future__ import annotations

from pathlib import Path

from trainer.geo.airspace import AssetLibrary
from trainer.scenario.authoring import CheckResult, PathKey, ScenarioDocument
from trainer.scenario.yaml_source import YamlProblem, read_yaml
from trainer.ui.editor.schema_form import SchemaForm

CHECK_DELAY_MS = 250  # live checks wait for a pause in typing


def check_scenario(
    document: ScenarioDocument, library: AssetLibrary, form: SchemaForm | None
) -> CheckResult:
    result = document.check(library)
    file = str(document.path or Path("new-scenario.yaml"))
    refused = form.refusal_problems(file, lambda path: _line_of(document, path)) if form else []
    if refused:  # a typed number the form could not read: the file is not what is shown
        result = CheckResult(None, (*refused, *result.problems))
    return result


def _line_of(document: ScenarioDocument, path: PathKey) -> int | None:
    """The line of a field in the file as it would be saved (for a problem found here)."""
    try:
        return read_yaml(document.to_text()).line_of(path)
    except YamlProblem:
        return None
