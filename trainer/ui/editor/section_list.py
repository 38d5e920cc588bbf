"""The list of the scenario's sections beside the map (sections.py says which there are);
the one chosen is the form shown, and a drone's section is the drone selected on the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from trainer.scenario.authoring import PathKey
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui.editor.sections import Section, sections_of


class SectionList(QListWidget):
    def __init__(self, walker: SchemaWalker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walker = walker
        self.sections: list[Section] = []

    def rebuild(
        self,
        data: Any,
        select: int | None = None,
        drone: int | None = None,
        path: PathKey | None = None,
    ) -> None:
        """The sections of `data` (a document's plain()) listed anew, choosing the row
        `select`, the section of a drone or the one at `path` (else the row chosen before);
        the choice is signalled even when the row is the same, as the form must be new."""
        self.sections = sections_of(data, self.walker)
        self.blockSignals(True)
        self.clear()
        for section in self.sections:
            self.addItem(QListWidgetItem(section.title))
        self.blockSignals(False)
        if drone is not None:
            path = ("drones", drone)
        if path is not None:
            select = next((i for i, s in enumerate(self.sections) if s.path == path), 0)
        if select is None:
            select = max(0, self.currentRow())
        self.setCurrentRow(-1)
        self.setCurrentRow(min(select, len(self.sections) - 1))

    def refresh_titles(self, data: Any) -> None:
        """New titles (a drone renamed) where the sections are still the same ones."""
        fresh = sections_of(data, self.walker)
        if [s.path for s in fresh] != [s.path for s in self.sections]:
            return
        self.sections = fresh
        for row, section in enumerate(fresh):
            item = self.item(row)
            if item is not None and item.text() != section.title:
                item.setText(section.title)

    def selected_drone(self) -> int | None:
        row = self.currentRow()
        if 0 <= row < len(self.sections):
            path = self.sections[row].path
            if len(path) == 2 and path[0] == "drones" and isinstance(path[1], int):
                return path[1]
        return None

    def select(self, path: PathKey) -> None:
        row = next((i for i, s in enumerate(self.sections) if s.path == path), None)
        if row is not None:
            self.setCurrentRow(row)
