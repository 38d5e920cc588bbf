"""A form for one section of a scenario, built from the format's JSON Schema.

Every field of the section gets the editor its schema calls for (field_editors), with the
schema's description as tooltip, and a red line under it for the loader's message about that
field (error_lines). Sections, lists of items and kinds of a union are laid out here; a list's
items can be added and removed, an optional section added or taken out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import Problem
from trainer.scenario.authoring import PathKey, ScenarioDocument, path_text
from trainer.scenario.schema_walk import FieldSpec, Schema, SchemaWalker, field_label
from trainer.ui.editor import field_editors
from trainer.ui.editor.choice_box import ChoiceBox, add_choices
from trainer.ui.editor.choice_words import choice_word
from trainer.ui.editor.error_lines import ErrorLines
from trainer.ui.editor.field_writer import FieldWriter
from trainer.ui.editor.file_field import with_chooser
from trainer.ui.translation import tr

MAX_DEPTH = 8  # deeper sections than the format has are shown as text, never recursed into


class SchemaForm(QWidget):
    """The form of the value at `path` in the document (an object section or a list of them)."""

    edited = Signal()  # a value changed
    rebuilt = Signal()  # the form was made again (an item added or removed, a kind changed)
    told = Signal(str)  # something the author should know (for the status bar)
    refusals_changed = Signal()  # a typed number was refused, or a refused one was put right

    def __init__(
        self,
        document: ScenarioDocument,
        path: PathKey,
        walker: SchemaWalker,
        skip: tuple[str, ...] = (),
        parent: QWidget | None = None,
        suggestions: dict[str, list[str]] | None = None,
        new_item: Callable[[PathKey, Any], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self.walker = walker
        self.skip = skip  # top-level fields shown elsewhere (their own sections)
        # Values offered while typing, by field name: the drone and zone ids a reference may
        # name (the schema says "a drone id"; the scenario says which ones there are).
        self.suggestions = suggestions or {}
        # What an item added to a list starts with, given the skeleton (see new_items.py).
        self.new_item = new_item or (lambda _path, item: item)
        self.writer = FieldWriter(
            document, self.edited.emit, self.refusals_changed.emit, self.told.emit
        )
        self.editors: dict[str, QWidget] = {}  # field path -> its editor
        self.error_lines = ErrorLines()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._body: QWidget | None = None
        self.build()

    @property
    def errors(self) -> dict[str, QLabel]:
        """Field path -> the line under it that says what is wrong there."""
        return self.error_lines.lines

    @property
    def refused(self) -> dict[PathKey, str]:
        """Typed texts that are no number, by field path: why (the file keeps its value)."""
        return self.writer.refused

    # -- building -------------------------------------------------------------------------------

    def build(self) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        self.editors.clear()
        self.errors.clear()
        self.writer.forget_refusals()  # the fields show the file's values again
        self._body = QWidget(self)
        body_layout = QVBoxLayout(self._body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        node = self.walker.at(self.path, self.document.plain())
        if node is None:
            body_layout.addWidget(QLabel(tr("This part of the file does not fit the format.")))
        elif self._left_out(node):  # an optional section the file leaves out (answer key)
            about = self._description_of(self.path)
            if about:
                note = QLabel(tr("Not in the file: {about}.").format(about=about))
                note.setWordWrap(True)
                body_layout.addWidget(note)
            body_layout.addWidget(
                self._add_button(
                    tr("Add {title}").format(title=self._section_title()), self.path, node
                )
            )
        elif self.walker.kind_of(node) == "list":
            title = self._section_title()
            body_layout.addWidget(self._list_box(self.path, node, depth=0, title=title))
        else:
            body_layout.addLayout(self._object_layout(self.path, node, 0, self.skip))
        body_layout.addStretch(1)
        self._layout.addWidget(self._body)

    def _section_title(self) -> str:
        """The section's field as the forms label it ('gebeurtenissen'), not its key."""
        last = self.path[-1] if self.path else ""
        return field_label(last) if isinstance(last, str) else str(last + 1)

    def _left_out(self, node: Schema) -> bool:
        absent = bool(self.path) and self.document.get(self.path) is None
        return absent and self.walker.kind_of(node) in ("object", "union")

    def _description_of(self, path: PathKey) -> str:
        """The schema's words for the field at `path`, from its parent section."""
        parent = self.walker.at(path[:-1], self.document.plain())
        for spec in self.walker.fields(parent or {}):
            if spec.name == path[-1]:
                return spec.description
        return ""

    def rebuild(self) -> None:
        self.build()
        self.rebuilt.emit()

    def _object_layout(
        self, path: PathKey, node: Schema, depth: int, skip: tuple[str, ...] = ()
    ) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(4, 4, 4, 4)
        value = self.document.get(path)
        if self.walker.kind_of(node) == "union":
            tag_name = self.walker.discriminator(node)
            tag = value.get(tag_name) if isinstance(value, dict) else None
            label = field_label(tag_name)
            form.addRow(*self._labelled(label, tag_name, True, self._union_choice(path, node, tag)))
            variant = self.walker.variant(node, str(tag)) if tag is not None else None
            if variant is None:
                return form
            node, skip = variant, (*skip, tag_name)
        for spec in self.walker.fields(node):
            if spec.name in skip:
                continue
            field_path = (*path, spec.name)
            widget = self._field_widget(spec, field_path, depth)
            if isinstance(widget, QGroupBox):  # a section: across the form, titled itself
                widget.setTitle(f"{spec.title}{' *' if spec.required else ''}")
                widget.setToolTip(spec.tooltip)
                form.addRow(widget)
            else:
                form.addRow(*self._labelled(spec.title, spec.tooltip, spec.required, widget))
            form.addRow("", self.error_lines.new_line(field_path))
        return form

    def _labelled(
        self, title: str, tooltip: str, required: bool, widget: QWidget
    ) -> tuple[QLabel, QWidget]:
        label = QLabel(f"{title}{' *' if required else ''}")
        label.setToolTip(tooltip or title)
        widget.setToolTip(tooltip or title)
        return label, widget

    def _field_widget(self, spec: FieldSpec, path: PathKey, depth: int) -> QWidget:
        value = self.document.get(path)
        if depth >= MAX_DEPTH:
            return QLabel(str(value))
        if spec.kind in ("object", "union"):
            if value is None and (spec.nullable or not spec.required):
                return self._add_button(
                    tr("Add {title}").format(title=spec.title), path, spec.schema
                )
            box = QGroupBox(spec.title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addLayout(self._object_layout(path, spec.schema, depth + 1))
            if spec.nullable or not spec.required:
                inner.addWidget(
                    self._remove_button(tr("Remove {title}").format(title=spec.title), path)
                )
            return box
        if spec.kind == "const":
            return QLabel(str(spec.schema.get("const")))
        if spec.kind == "list":
            item = self.walker.items(spec.schema)
            if self.walker.kind_of(item) in ("object", "union"):
                return self._list_box(path, spec.schema, depth + 1, spec.title)
        widget = self._value_editor(spec, path, value)
        self.editors[path_text(path)] = widget
        if spec.name == "file" and isinstance(widget, QLineEdit):  # an airspace file, a log
            return with_chooser(widget, lambda: self.document.path)
        return widget

    def _value_editor(self, spec: FieldSpec, path: PathKey, value: Any) -> QWidget:
        """The editor of a field that holds a value (not a section or a list of them)."""
        writer = self.writer
        if spec.kind == "list":
            item = self.walker.items(spec.schema)
            if self.walker.kind_of(item) == "enum":
                choices = self.walker.choices(item)
                return field_editors.choice_ticks(writer, path, spec.name, choices, value)
            return field_editors.text_list_line(writer, path, value)
        if spec.kind == "enum":
            return field_editors.choice_box(writer, path, spec, value)
        if spec.kind == "boolean":
            return field_editors.tick_box(writer, path, spec, value)
        if spec.kind == "mapping":
            return field_editors.params_line(writer, path, value)
        offered = self.suggestions.get(spec.name)
        return field_editors.value_line(writer, path, spec, value, offered)

    def _union_choice(self, path: PathKey, node: Schema, tag: Any) -> QComboBox:
        combo = ChoiceBox()
        tag_name = self.walker.discriminator(node)
        add_choices(combo, tag_name, self.walker.choices(node), "" if tag is None else str(tag))

        def chosen(_index: int) -> None:
            self.document.set(path, self._switched(path, node, str(combo.currentData())))
            self.edited.emit()
            self.rebuild()

        combo.currentIndexChanged.connect(chosen)
        self.editors[path_text((*path, tag_name))] = combo
        return combo

    def _switched(self, path: PathKey, node: Schema, tag: str) -> dict[str, Any]:
        """The new kind's required fields, keeping values of fields both kinds have."""
        new = self.walker.skeleton(node, tag)
        old = _plain_dict(self.document.get(path))
        variant = self.walker.variant(node, tag) or {}
        names = variant.get("properties", {})
        kept = {k: v for k, v in old.items() if k in names and k != self.walker.discriminator(node)}
        return {**new, **kept}

    def _list_box(self, path: PathKey, node: Schema, depth: int, title: str) -> QWidget:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        items = self.document.get(path)
        item_node = self.walker.items(node)
        for index in range(len(items) if isinstance(items, list) else 0):
            item_path = (*path, index)
            item_box = QGroupBox(_item_title(title, index, items[index]))
            item_layout = QVBoxLayout(item_box)
            item_layout.addLayout(self._object_layout(item_path, item_node, depth + 1))
            item_layout.addWidget(self._remove_button(tr("Remove"), item_path))
            layout.addWidget(item_box)
            layout.addWidget(self.error_lines.new_line(item_path))
        add = QPushButton(tr("Add to {title}").format(title=title) if title else tr("Add"))
        add.clicked.connect(lambda _=False, p=path, n=item_node: self._append(p, n))
        self.editors[path_text(path)] = add
        layout.addWidget(add)
        return box

    def _add_button(self, text: str, path: PathKey, node: Schema) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: self._create(path, node))
        self.editors[path_text(path)] = button
        return button

    def _remove_button(self, text: str, path: PathKey) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: self._delete(path))
        return button

    # -- adding and removing sections and items -------------------------------------------------

    def _create(self, path: PathKey, node: Schema) -> None:
        self.document.set(path, self.walker.skeleton(node))
        self.edited.emit()
        self.rebuild()

    def _append(self, path: PathKey, item_node: Schema) -> None:
        self.document.append(path, self.new_item(path, self.walker.skeleton(item_node)))
        self.edited.emit()
        self.rebuild()

    def _delete(self, path: PathKey) -> None:
        self.document.remove(path)
        self.edited.emit()
        self.rebuild()

    # -- problems -------------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> int:
        """Put each problem under its field (or the nearest one shown); return how many fit."""
        return self.error_lines.show(problems)

    def refusal_problems(
        self, file: str, line_of: Callable[[PathKey], int | None]
    ) -> list[Problem]:
        """The refused numbers as problems of the scenario (see FieldWriter)."""
        return self.writer.refusal_problems(file, line_of)

    def editor(self, path: PathKey) -> QWidget:
        return self.editors[path_text(path)]

    def each_editor(self, action: Callable[[QWidget], None]) -> None:
        for widget in self.editors.values():
            action(widget)


def _plain_dict(value: Any) -> dict[str, Any]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _item_title(title: str, index: int, item: Any) -> str:
    """ "incidents 2: intruder" - the item's id (or kind) says which one it is at a glance."""
    text = f"{title or 'item'} {index + 1}"
    if isinstance(item, dict):
        name = item.get("id") or item.get("kind")
        if isinstance(name, str) and name:
            # a kind in its words, without their explanation in brackets (the title must not
            # widen the form): "verwachte handelingen 4: Twente Radio informeren"
            word = name if item.get("id") else choice_word("kind", name).split(" (")[0]
            text += f": {word}"
    return text
