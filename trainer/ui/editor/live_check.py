"""The live check: the scenario checked as the loader would load the saved file, with the
numbers typed in the form that are no number (the file is not what the form shows)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from trainer.geo.airspace import AssetLibrary
from trainer.scenario.authoring import CheckResult, PathKey, ScenarioDocument
from trainer.scenario.yaml_source import YamlDocument, YamlProblem, read_yaml
from trainer.ui.editor.schema_form import SchemaForm

CHECK_DELAY_MS = 250  # live checks wait for a pause in typing


def check_scenario(
    document: ScenarioDocument, library: AssetLibrary, form: SchemaForm | None
) -> CheckResult:
    result = document.check(library)
    file = str(document.path or Path("new-scenario.yaml"))
    refused = form.refusal_problems(file, _LineFinder(document).line_of) if form else []
    if refused:  # a typed number the form could not read: the file is not what is shown
        result = CheckResult(None, (*refused, *result.problems))
    return result


class _LineFinder:
    """The lines of fields in the file as it would be saved (for the problems found here); the
    text is read once, however many fields the form refused."""

    def __init__(self, document: ScenarioDocument) -> None:
        self._document = document

    @cached_property
    def _file(self) -> YamlDocument | None:
        try:
            return read_yaml(self._document.to_text())
        except YamlProblem:
            return None

    def line_of(self, path: PathKey) -> int | None:
        return self._file.line_of(path) if self._file is not None else None
