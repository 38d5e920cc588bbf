"""The scenario editor's file: new, opened, saved (never over a bundled scenario), what is not
saved yet, and closing (the editor or the main window) with unsaved work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent

from trainer.errors import ScenarioError, readable
from trainer.i18n.os_words import os_reason
from trainer.library import default_user_folder
from trainer.scenario.authoring import ScenarioDocument
from trainer.ui.editor import file_dialogs
from trainer.ui.editor.file_dialogs import DISCARD, SAVE, is_bundled
from trainer.ui.translation import tr

if TYPE_CHECKING:
    from trainer.ui.editor.editor_window import ScenarioEditor


class EditorFile(QObject):
    """What of `editor`'s document is saved, and the File menu's commands. Watches the main
    window (the editor's parent) too: its closing asks about unsaved work in a shown editor."""

    def __init__(self, editor: ScenarioEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.saved_revision = 0
        self.saved_text = ""  # the file as saved or opened: undone back to it, nothing is unsaved
        self._author_closes = False

    @property
    def dirty(self) -> bool:
        return self._editor.document.revision != self.saved_revision

    def mark_saved(self) -> None:
        """The document as it is now is the file's."""
        document = self._editor.document
        self.saved_revision = document.revision
        self.saved_text = document.to_text()

    def after_undo(self) -> None:
        """Undone (or redone) back to the text of the file: nothing is unsaved."""
        document = self._editor.document
        if document.to_text() == self.saved_text:
            self.saved_revision = document.revision

    def new(self) -> bool:
        if not self.may_discard():
            return False
        self._editor.load(ScenarioDocument.new())
        return True

    def choose(self) -> None:
        path = file_dialogs.ask_open_path(self._editor, self._editor.settings)
        if path is not None:
            self.open(path)

    def open(self, path: Path) -> bool:
        """Open a scenario file; one that cannot be read shows why and changes nothing."""
        if not self.may_discard():
            return False
        try:
            document = ScenarioDocument.open(path)
        except ScenarioError as error:
            self._editor.show_error(
                tr("Cannot open {name}").format(name=path.name), readable(error)
            )
            return False
        self._editor.settings.setValue(file_dialogs.LAST_FOLDER, str(path.parent))
        self._editor.load(document)
        return True

    def save(self) -> bool:
        """Save in place; a new scenario, or one of the bundled ones, asks where first (the
        bundled scenarios stay as shipped: an installed program's copy sits inside the
        package, lost at the next update)."""
        path = self._editor.document.path
        if path is None or is_bundled(path):
            return self.choose_save_path()
        return self.save_to(path)

    def choose_save_path(self) -> bool:
        editor = self._editor
        scenario_id = str(editor.document.get(("id",)) or "")
        # default_user_folder looked up here, at the moment of asking (tests put it elsewhere)
        target = file_dialogs.ask_save_path(
            editor, editor.settings, scenario_id, lambda: default_user_folder()
        )
        return self.save_to(target) if target is not None else False

    def save_to(self, path: Path) -> bool:
        """Write the file; one with problems is saved too (work is never lost), and says so."""
        editor = self._editor
        try:
            editor.document.save(path)
        except OSError as error:
            # The title is in the window's frame only (Windows): the sentence says it again.
            said = tr("The scenario could not be saved as {path}: {reason}.")
            editor.show_error(tr("Cannot save"), said.format(path=path, reason=os_reason(error)))
            return False
        self.mark_saved()
        result = editor.check_now()
        refused = len(editor.form.refused) if editor.form else 0  # not in the file: not its problem
        problems = len(result.problems) - refused
        editor.statusBar().showMessage(file_dialogs.saved_note(path.name, problems, refused), 10000)
        self.update_title()
        editor.saved.emit(path)
        return True

    def may_discard(self) -> bool:
        """True when nothing unsaved would be lost (saved, or the author lets it go)."""
        if not self.dirty:
            return True
        answer = self._editor.ask_unsaved()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def update_title(self) -> None:
        """The file's name in the title, with a '*' while changes are not saved."""
        path = self._editor.document.path
        name = path.name if path else tr("new scenario")
        self._editor.setWindowTitle(
            tr("{else_value}{name} - Scenario editor").format(
                else_value="*" if self.dirty else "", name=name
            )
        )

    def close_by_author(self) -> bool:
        """File > Close: asks about unsaved changes, as the window's own close button does."""
        self._author_closes = True
        try:
            return self._editor.close()
        finally:
            self._author_closes = False

    def on_close(self, event: QCloseEvent) -> None:
        """The editor's close event, accepted or ignored."""
        # Closed by the program (the main window entering trainee mode), the editor hides at
        # once, never asking: the trainee must not see it, and the author's work is kept.
        editor = self._editor
        by_author = event.spontaneous() or self._author_closes
        if not by_author and self.dirty:
            editor.hide()
            event.ignore()
        elif not by_author or self.may_discard():
            editor.dry_run_panel.stop()
            editor.settings.setValue("editor/geometry", editor.saveGeometry())
            event.accept()
        else:
            event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The main window is closing: unsaved work in a shown editor is asked about first."""
        if (
            event.type() == QEvent.Type.Close
            and watched is self._editor.parent()
            and self._editor.isVisible()
            and not self.may_discard()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
