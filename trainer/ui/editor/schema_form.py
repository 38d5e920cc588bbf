"""A form for one section of a scenario, built from the format's JSON Schema.

Every field of the section gets the editor its schema calls for (a list of choices for an enum or
a union's kinds, a tick box for yes/no, a line for text and numbers), with the schema's
description as tooltip, and a red line under it for the loader's message about that field.
Numbers are read and shown the way the language in use writes them (number_entry); a typed text
that is no number is refused beside its field and leaves the file's value as it was (written
into the file, "1.5" would be read as 1.5 by the loader, which Dutch means as nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import Problem
from trainer.scenario.authoring import (
    DEFINED_AT,
    PathKey,
    ScenarioDocument,
    path_text,
    rename_references,
)
from trainer.scenario.schema_walk import FieldSpec, Schema, SchemaWalker, field_label
from trainer.scoring.protocol import Classification, Identity, ThreatLevel
from trainer.ui.editor.choice_words import (
    PARAM_NAMES,
    choice_word,
    identifier_of,
    param_name_word,
    param_value_word,
)
from trainer.ui.editor.number_entry import (
    Reading,
    read_limit,
    read_number,
    show_limit,
    show_number,
)
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, tr

ERROR_STYLE = "color: #e74c3c;"
MAX_DEPTH = 8  # deeper sections than the format has are shown as text, never recursed into
LONG_TEXT_CHARS = 1000  # a text field allowed this long (a summary) gets several lines
LONG_TEXT_HEIGHT_PX = 80
UNSET = QT_TR_NOOP("(not set)")
LIMIT_FIELDS = ("lower", "upper")  # a zone's limits: GND, FL65, or a number with unit
COMBO_MIN_CHARS = 12
CHOICE_LIST_ROWS = 6  # an import's zone kinds: this many ticks in view, the rest by scrolling
JUDGED_VALUES = (*Classification, *Identity, *ThreatLevel)  # what params may name


def parse_mapping(text: str) -> dict[str, str | list[str]]:
    """`classification: bird, manned; level: high` -> {classification: [bird, manned], ...};
    in Dutch `classificatie: vogel` too (the words mapping_text shows)."""
    names = {name: param_name_word(name) for name in PARAM_NAMES}
    values = {value.value: param_value_word(value.value) for value in JUDGED_VALUES}
    result: dict[str, str | list[str]] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, _, typed = part.partition(":")
        items = [identifier_of(v, values) for v in typed.split(",") if v.strip()]
        result[identifier_of(key, names)] = items[0] if len(items) == 1 else items
    return result


def mapping_text(value: Any) -> str:
    """The params in words of the language: `classificatie: vogel, bemand luchtvaartuig`."""
    if not isinstance(value, dict):
        return ""
    parts = []
    for key, item in value.items():
        items = item if isinstance(item, list) else [item]
        shown = ", ".join(param_value_word(str(one)) for one in items)
        parts.append(f"{param_name_word(str(key))}: {shown}")
    return "; ".join(parts)


class ChoiceBox(QComboBox):
    """A list of choices that the mouse wheel changes only once it is clicked: scrolling the
    form past it changed the answer key without a word (Bevestigen became another action)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the form scrolls instead


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
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.path = path
        self.walker = walker
        self.skip = skip  # top-level fields shown elsewhere (their own sections)
        # Values offered while typing, by field name: the drone and zone ids a reference may
        # name (the schema says "a drone id"; the scenario says which ones there are).
        self.suggestions = suggestions or {}
        self.editors: dict[str, QWidget] = {}  # field path -> its editor
        self.errors: dict[str, QLabel] = {}  # field path -> its error line
        # Typed texts that are no number, by field path: why (the file keeps its value).
        self.refused: dict[PathKey, str] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._body: QWidget | None = None
        self.build()

    # -- building -------------------------------------------------------------------------------

    def build(self) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        self.editors.clear()
        self.errors.clear()
        if self.refused:  # the fields show the file's values again
            self.refused.clear()
            self.refusals_changed.emit()
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
            self._add_error_line(form, field_path)
        return form

    def _labelled(
        self, title: str, tooltip: str, required: bool, widget: QWidget
    ) -> tuple[QLabel, QWidget]:
        label = QLabel(f"{title}{' *' if required else ''}")
        label.setToolTip(tooltip or title)
        widget.setToolTip(tooltip or title)
        return label, widget

    def _add_error_line(self, form: QFormLayout, field_path: PathKey) -> None:
        error = QLabel("")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        form.addRow("", error)
        self.errors[path_text(field_path)] = error

    def _field_widget(self, spec: FieldSpec, path: PathKey, depth: int) -> QWidget:
        value = self.document.get(path)
        key = path_text(path)
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
        if spec.kind == "list":
            item = self.walker.items(spec.schema)
            if self.walker.kind_of(item) in ("object", "union"):
                return self._list_box(path, spec.schema, depth + 1, spec.title)
            if self.walker.kind_of(item) == "enum":
                return self._choice_list(path, spec.name, self.walker.choices(item), value)
            return self._text_list(path, value)
        if spec.kind == "enum":
            return self._enum(path, spec, value)
        if spec.kind == "boolean":
            tick = QCheckBox()
            tick.setChecked(bool(spec.default if value is None else value))
            tick.toggled.connect(lambda checked, p=path: self._set(p, bool(checked)))
            self.editors[key] = tick
            return tick
        if spec.kind == "const":
            return QLabel(str(spec.schema.get("const")))
        if spec.kind == "mapping":
            line = QLineEdit(mapping_text(value))
            line.setPlaceholderText(tr("name: value, value; name: value"))
            line.editingFinished.connect(
                lambda p=path, edit=line: self._set_or_remove(p, parse_mapping(edit.text()) or None)
            )
            self.editors[key] = line
            return line
        return self._scalar(path, spec, value)

    def _long_text(self, path: PathKey, value: Any) -> QPlainTextEdit:
        """A summary or other text of paragraphs: several lines to read and write it in."""
        box = QPlainTextEdit("" if value is None else str(value).rstrip("\n"))
        box.setFixedHeight(LONG_TEXT_HEIGHT_PX)
        box.textChanged.connect(lambda p=path, edit=box: self._set(p, edit.toPlainText()))
        self.editors[path_text(path)] = box
        return box

    def _scalar(self, path: PathKey, spec: FieldSpec, value: Any) -> QWidget:
        if spec.kind == "string" and spec.schema.get("maxLength", 0) >= LONG_TEXT_CHARS:
            return self._long_text(path, value)
        numeric = spec.kind in ("number", "integer")
        limit = spec.kind == "string" and spec.name in LIMIT_FIELDS  # '1.500 ft AMSL' in Dutch
        read_as_number = numeric or limit
        line = QLineEdit(_shown(value, limit) if read_as_number else _text(value))
        line.setCursorPosition(0)  # a long value shows its beginning
        if spec.default is not None and not isinstance(spec.default, dict | list):
            default = _shown(spec.default) if numeric else spec.default
            line.setPlaceholderText(tr("default: {default}").format(default=default))
        elif not spec.required:
            line.setPlaceholderText(tr("optional"))
        offered = self.suggestions.get(spec.name)
        if offered and not numeric:
            completer = QCompleter(offered, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)

        # The field's value before the author began this entry: what the file keeps while
        # the text is no number (not "1", read on the way to typing "1,5" in English).
        before: list[Any] = []

        def commit(edit: QLineEdit = line, p: PathKey = path) -> None:
            text = edit.text()
            if not before:
                before.append(self.document.get(p))
            why = ""
            if not text.strip():
                if spec.required:
                    self._set(p, "" if not numeric else text)
                else:
                    self._set_or_remove(p, None)
            elif numeric:
                reading = read_number(text, spec.kind == "integer")
                why = reading.problem
                self._set_or_remove(p, before[0] if reading.value is None else reading.value)
            elif limit:
                written = read_limit(text)
                why = written.problem if isinstance(written, Reading) else ""
                self._set_or_remove(p, before[0] if why else written)
            else:
                self._set(p, text)
            if read_as_number:
                self._refuse(p, why)

        def finished(edit: QLineEdit = line, p: PathKey = path) -> None:
            commit()
            before.clear()  # the next entry starts from what the file has now
            if read_as_number and p not in self.refused and edit.text().strip():
                edit.setText(_shown(self.document.get(p), limit))  # 1.500 typed, 1500 shown

        line.editingFinished.connect(finished)
        # Each keystroke goes into the document, so the check runs while the author types.
        line.textEdited.connect(lambda _text, done=commit: done())
        kind = _defines_id(path)
        if kind is not None:
            self._follow_renames(line, kind, "" if value is None else str(value))
        self.editors[path_text(path)] = line
        return line

    def _follow_renames(self, line: QLineEdit, kind: str, value: str) -> None:
        """When the author has finished typing a new id, what named the old one follows (not
        at each keystroke: on the way from d12 to d2 the id is d1 for a moment)."""
        before = [value]

        def finished() -> None:
            new = line.text().strip()
            count = rename_references(self.document, kind, before[0], new)
            if count:
                self.edited.emit()
                self.told.emit(
                    tr("{old} renamed to {new} in {count} place(s)").format(
                        old=before[0], new=new, count=count
                    )
                )
            before[0] = new

        line.editingFinished.connect(finished)

    def _enum(self, path: PathKey, spec: FieldSpec, value: Any) -> QComboBox:
        combo = ChoiceBox()
        if not spec.required:
            combo.addItem(tr(UNSET), None)
        current = "" if value is None else str(value)
        shown = current or ("" if spec.default is None else str(spec.default))
        _add_choices(combo, spec.name, spec.choices, shown)

        def chosen(_index: int, p: PathKey = path) -> None:
            self._set_or_remove(p, combo.currentData())

        combo.currentIndexChanged.connect(chosen)
        self.editors[path_text(path)] = combo
        return combo

    def _union_choice(self, path: PathKey, node: Schema, tag: Any) -> QComboBox:
        combo = ChoiceBox()
        tag_name = self.walker.discriminator(node)
        _add_choices(combo, tag_name, self.walker.choices(node), "" if tag is None else str(tag))

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
            error = QLabel("")
            error.setStyleSheet(ERROR_STYLE)
            error.setVisible(False)
            layout.addWidget(error)
            self.errors[path_text(item_path)] = error
        add = QPushButton(tr("Add to {title}").format(title=title) if title else tr("Add"))
        add.clicked.connect(lambda _=False, p=path, n=item_node: self._append(p, n))
        self.editors[path_text(path)] = add
        layout.addWidget(add)
        return box

    def _text_list(self, path: PathKey, value: Any) -> QLineEdit:
        items = value if isinstance(value, list) else []
        line = QLineEdit(", ".join(str(item) for item in items))
        line.setCursorPosition(0)  # a long list shows its beginning, as a text field does
        line.setPlaceholderText(tr("comma-separated"))

        def commit(edit: QLineEdit = line, p: PathKey = path) -> None:
            parts = [part.strip() for part in edit.text().split(",") if part.strip()]
            self._set_or_remove(p, parts or None)

        line.editingFinished.connect(commit)
        self.editors[path_text(path)] = line
        return line

    def _choice_list(
        self, path: PathKey, name: str, choices: tuple[str, ...], value: Any
    ) -> QListWidget:
        """Several of a fixed set (an import's zone kinds): a tick for each, in words."""
        ticks = QListWidget()
        ticks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chosen = [str(item) for item in value] if isinstance(value, list) else []
        for identifier in (*choices, *(c for c in chosen if c not in choices)):
            word = choice_word(name, identifier)
            item = QListWidgetItem(word)
            item.setData(Qt.ItemDataRole.UserRole, identifier)
            item.setToolTip(plain_tip(f"{word} ({name}: {identifier})"))  # whole, where elided
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = identifier in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            ticks.addItem(item)
        ticks.setFixedHeight(CHOICE_LIST_ROWS * ticks.sizeHintForRow(0) + 2 * ticks.frameWidth())

        def ticked_changed(_item: QListWidgetItem, p: PathKey = path) -> None:
            picked = [
                str(ticks.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(ticks.count())
                if ticks.item(row).checkState() == Qt.CheckState.Checked
            ]
            self._set_or_remove(p, picked or None)

        ticks.itemChanged.connect(ticked_changed)
        self.editors[path_text(path)] = ticks
        return ticks

    def _add_button(self, text: str, path: PathKey, node: Schema) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: self._create(path, node))
        self.editors[path_text(path)] = button
        return button

    def _remove_button(self, text: str, path: PathKey) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: self._delete(path))
        return button

    # -- changing the document ------------------------------------------------------------------

    def _set(self, path: PathKey, value: Any) -> None:
        if self.document.get(path) == value and path[-1] in (self.document.get(path[:-1]) or {}):
            return
        self.document.set(path, value)
        self.edited.emit()

    def _refuse(self, path: PathKey, why: str) -> None:
        """Note (or, with why="", forget) that the text typed at `path` is no number."""
        if self.refused.get(path, "") == why:
            return
        if why:
            self.refused[path] = why
        else:
            del self.refused[path]
        self.refusals_changed.emit()

    def refusal_problems(
        self, file: str, line_of: Callable[[PathKey], int | None]
    ) -> list[Problem]:
        """The refused numbers as problems of the scenario: the author sees them listed and
        under their fields, and no dry run starts from a file that says something else."""
        return [Problem(file, path_text(p), why, line_of(p)) for p, why in self.refused.items()]

    def _set_or_remove(self, path: PathKey, value: Any) -> None:
        if value is None:
            if self.document.get(path) is not None:
                self.document.remove(path)
                self.edited.emit()
            return
        self._set(path, value)

    def _create(self, path: PathKey, node: Schema) -> None:
        self.document.set(path, self.walker.skeleton(node))
        self.edited.emit()
        self.rebuild()

    def _append(self, path: PathKey, item_node: Schema) -> None:
        self.document.append(path, self.walker.skeleton(item_node))
        self.edited.emit()
        self.rebuild()

    def _delete(self, path: PathKey) -> None:
        self.document.remove(path)
        self.edited.emit()
        self.rebuild()

    # -- problems -------------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> int:
        """Put each problem under its field (or the nearest one shown); return how many fit."""
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        shown = 0
        for problem in problems:
            line = self._error_label_for(problem.field)
            if line is None:
                continue
            text = line.text()
            line.setText(f"{text}\n{problem.message}" if text else problem.message)
            line.setVisible(True)
            shown += 1
        return shown

    def _error_label_for(self, field: str) -> QLabel | None:
        candidate = field
        while candidate:
            if candidate in self.errors:
                return self.errors[candidate]
            candidate = _parent_path(candidate)
        return None

    def editor(self, path: PathKey) -> QWidget:
        return self.editors[path_text(path)]

    def each_editor(self, action: Callable[[QWidget], None]) -> None:
        for widget in self.editors.values():
            action(widget)


def _shown(value: Any, limit: bool = False) -> str:
    """A number of the file (or a limit's: '120,5 m AGL') as the language writes it; anything
    else (a wrong text) as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return show_number(value)
    if limit and isinstance(value, str):
        return show_limit(value)
    return _text(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _add_choices(combo: QComboBox, name: str, choices: tuple[str, ...], current: str) -> None:
    """The choices in words, each keeping its identifier (what the file writes) as its data;
    a value the format does not have stays shown as written, so its error can say why."""
    # Long words ("Twente Radio informeren (verkeersinformatie aan piloten)") must not widen
    # the form past its panel: the list opens as wide as they need.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_MIN_CHARS)
    for identifier in choices:
        combo.addItem(choice_word(name, identifier), identifier)
        combo.setItemData(combo.count() - 1, f"{name}: {identifier}", Qt.ItemDataRole.ToolTipRole)
    if current and current not in choices:
        combo.addItem(current, current)
    if current:
        combo.setCurrentIndex(combo.findData(current))


def _parent_path(field: str) -> str:
    """drones[0].behaviour.kind -> drones[0].behaviour -> drones[0] -> drones -> ''."""
    if field.endswith("]"):
        return field[: field.rfind("[")]
    return field[: field.rfind(".")] if "." in field else ""


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


def _defines_id(path: PathKey) -> str | None:
    """'drone' or 'zone' when the field is the id of a drone or of a drawn zone."""
    for kind, where in DEFINED_AT.items():
        if len(path) == len(where) + 2 and tuple(path[: len(where)]) == where and path[-1] == "id":
            return kind
    return None
