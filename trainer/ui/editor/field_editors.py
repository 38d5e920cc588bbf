"""The editor of one field of a form, as its schema calls for: a tick box for yes/no, a list of
choices for an enum, ticks for several of a set, a line for text and numbers (read as the
language writes them), several lines for long text. Each writes what the author does through
a FieldWriter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from trainer.scenario.authoring import DEFINED_AT, PathKey
from trainer.scenario.schema_walk import FieldSpec
from trainer.ui.editor.choice_box import ChoiceBox, add_choices
from trainer.ui.editor.choice_words import choice_word
from trainer.ui.editor.field_writer import FieldWriter
from trainer.ui.editor.number_entry import (
    Reading,
    read_limit,
    read_number,
    show_limit,
    show_number,
)
from trainer.ui.editor.params_text import mapping_text, parse_mapping
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, tr

LONG_TEXT_CHARS = 1000  # a text field allowed this long (a summary) gets several lines
LONG_TEXT_HEIGHT_PX = 80
UNSET = QT_TR_NOOP("(not set)")
LIMIT_FIELDS = ("lower", "upper")  # a zone's limits: GND, FL65, or a number with unit
CHOICE_LIST_ROWS = 6  # an import's zone kinds: this many ticks in view, the rest by scrolling


def tick_box(writer: FieldWriter, path: PathKey, spec: FieldSpec, value: Any) -> QCheckBox:
    tick = QCheckBox()
    tick.setChecked(bool(spec.default if value is None else value))
    tick.toggled.connect(lambda checked: writer.set(path, bool(checked)))
    return tick


def params_line(writer: FieldWriter, path: PathKey, value: Any) -> QLineEdit:
    """Params as `name: value, value; name: value` (params_text)."""
    line = QLineEdit(mapping_text(value))
    line.setPlaceholderText(tr("name: value, value; name: value"))
    line.editingFinished.connect(
        lambda: writer.set_or_remove(path, parse_mapping(line.text()) or None)
    )
    return line


def long_text_box(writer: FieldWriter, path: PathKey, value: Any) -> QPlainTextEdit:
    """A summary or other text of paragraphs: several lines to read and write it in."""
    box = QPlainTextEdit("" if value is None else str(value).rstrip("\n"))
    box.setFixedHeight(LONG_TEXT_HEIGHT_PX)
    box.textChanged.connect(lambda: writer.set(path, box.toPlainText()))
    return box


def value_line(
    writer: FieldWriter,
    path: PathKey,
    spec: FieldSpec,
    value: Any,
    offered: list[str] | None = None,
) -> QWidget:
    """A text, number or zone limit typed on a line (a long text in a box of several);
    `offered` are values suggested while typing (the scenario's drone ids)."""
    if spec.kind == "string" and spec.schema.get("maxLength", 0) >= LONG_TEXT_CHARS:
        return long_text_box(writer, path, value)
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
    if offered and not numeric:
        completer = QCompleter(offered, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)

    # The field's value before the author began this entry: what the file keeps while
    # the text is no number (not "1", read on the way to typing "1,5" in English).
    before: list[Any] = []

    def commit() -> None:
        text = line.text()
        if not before:
            before.append(writer.get(path))
        why = ""
        if not text.strip():
            if spec.required:
                writer.set(path, "" if not numeric else text)
            else:
                writer.set_or_remove(path, None)
        elif numeric:
            reading = read_number(text, spec.kind == "integer")
            why = reading.problem
            writer.set_or_remove(path, before[0] if reading.value is None else reading.value)
        elif limit:
            written = read_limit(text)
            why = written.problem if isinstance(written, Reading) else ""
            writer.set_or_remove(path, before[0] if why else written)
        else:
            writer.set(path, text)
        if read_as_number:
            writer.refuse(path, why)

    def finished() -> None:
        commit()
        before.clear()  # the next entry starts from what the file has now
        if read_as_number and path not in writer.refused and line.text().strip():
            line.setText(_shown(writer.get(path), limit))  # 1.500 typed, 1500 shown

    line.editingFinished.connect(finished)
    # Each keystroke goes into the document, so the check runs while the author types.
    line.textEdited.connect(lambda _text: commit())
    kind = _defines_id(path)
    if kind is not None:
        follow_renames(writer, line, kind, "" if value is None else str(value))
    return line


def follow_renames(writer: FieldWriter, line: QLineEdit, kind: str, value: str) -> None:
    """When the author has finished typing a new id, what named the old one follows (not
    at each keystroke: on the way from d12 to d2 the id is d1 for a moment)."""
    before = [value]

    def finished() -> None:
        new = line.text().strip()
        count = writer.rename(kind, before[0], new)
        if count:
            writer.tell(
                tr("{old} renamed to {new} in {count} place(s)").format(
                    old=before[0], new=new, count=count
                )
            )
        before[0] = new

    line.editingFinished.connect(finished)


def choice_box(writer: FieldWriter, path: PathKey, spec: FieldSpec, value: Any) -> QComboBox:
    """One of the format's choices (an enum); '(not set)' first where the field is optional."""
    combo = ChoiceBox()
    if not spec.required:
        combo.addItem(tr(UNSET), None)
    current = "" if value is None else str(value)
    shown = current or ("" if spec.default is None else str(spec.default))
    add_choices(combo, spec.name, spec.choices, shown)
    combo.currentIndexChanged.connect(
        lambda _index: writer.set_or_remove(path, combo.currentData())
    )
    return combo


def text_list_line(writer: FieldWriter, path: PathKey, value: Any) -> QLineEdit:
    """A list of texts (tags) as one comma-separated line."""
    items = value if isinstance(value, list) else []
    line = QLineEdit(", ".join(str(item) for item in items))
    line.setCursorPosition(0)  # a long list shows its beginning, as a text field does
    line.setPlaceholderText(tr("comma-separated"))

    def commit() -> None:
        parts = [part.strip() for part in line.text().split(",") if part.strip()]
        writer.set_or_remove(path, parts or None)

    line.editingFinished.connect(commit)
    return line


def choice_ticks(
    writer: FieldWriter, path: PathKey, name: str, choices: tuple[str, ...], value: Any
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

    def ticked_changed(_item: QListWidgetItem) -> None:
        picked = [
            str(ticks.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(ticks.count())
            if ticks.item(row).checkState() == Qt.CheckState.Checked
        ]
        writer.set_or_remove(path, picked or None)

    ticks.itemChanged.connect(ticked_changed)
    return ticks


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


def _defines_id(path: PathKey) -> str | None:
    """'drone' or 'zone' when the field is the id of a drone or of a drawn zone."""
    for kind, where in DEFINED_AT.items():
        if len(path) == len(where) + 2 and tuple(path[: len(where)]) == where and path[-1] == "id":
            return kind
    return None
