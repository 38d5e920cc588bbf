"""What the instructor's and the trainee's views of the live window show and allow.

The instructor sees the truth with the tracks over it, the live score, and has every control.
The trainee sees sensor tracks only, of the run's controls has only Start, and sees nothing that
names the scenario or tells where the drones will fly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from trainer.ui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow

INSTRUCTOR, TRAINEE = "instructor", "trainee"
INSTRUCTOR_RESPONSES_NOTE = QT_TR_NOOP(
    "Responses are made in the trainee view: trainees act on sensor tracks, and this view "
    "shows the drones themselves."
)


class RoleView:
    """Shows and hides, enables and holds, the window's parts for the role in front of it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show(self, role: str, changed: bool) -> None:
        """The window's parts as the role sees them (`changed`: the role was another)."""
        window = self.window
        trainee = role == TRAINEE
        window.trainee_mode.remember(trainee)
        window.trainee_view_action.setChecked(trainee)
        score = window.docks["score"]
        if changed or trainee:
            score.setVisible(not trainee)
        score.toggleViewAction().setEnabled(not trainee)
        # A disabled menu still passes its actions' shortcuts on, so each action is held.
        if trainee:
            window.trainee_mode.hold(self.instructor_actions())
        else:
            window.trainee_mode.release()
        window.instructor.menu.setEnabled(not trainee)
        for action in (
            window.open_action,
            window.bundled_menu.menuAction(),  # file names tell the answer
            window.recent.menu.menuAction(),
        ):
            action.setVisible(not trainee)
        overlay = window.layer_actions["overlay"]
        overlay.setEnabled(not trainee)
        window.left_out.set_trainee(trainee)
        window.canvas.set_layer_visible("overlay", not trainee and overlay.isChecked())
        window.alerts.show_history(role)
        window.responses.close_for(None if trainee else tr(INSTRUCTOR_RESPONSES_NOTE))

    def instructor_actions(self) -> list[QAction]:
        """Every action of the Instructor menu and its submenus."""
        found: list[QAction] = []
        menus = [self.window.instructor.menu]
        while menus:
            for action in menus.pop().actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    menus.append(submenu)
                elif not action.isSeparator():
                    found.append(action)
        return found

    def close_instructor_windows(self) -> None:
        """Debriefs, the library, a score sheet titled with the scenario: none stays open for
        the trainee, and a drone placement the instructor armed is disarmed."""
        self.window.instructor.pending_template = None
        for widget in self.window.findChildren(QWidget):
            floating_dock = isinstance(widget, QDockWidget)  # the window's own panels stay
            if widget.isWindow() and widget.isVisible() and not floating_dock:
                widget.close()
