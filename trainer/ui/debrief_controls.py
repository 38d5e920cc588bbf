"""The debrief's controls under the timeline: play, step a second or a moment at a time
(buttons and keys), speed, the time slider, and the truth or the trainee's picture."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
)

from trainer.ui.translation import tr

if TYPE_CHECKING:
    from trainer.ui.debrief_window import DebriefWindow

SPEEDS = (1, 2, 4, 8, 16, 32)


class PlaybackControls(QHBoxLayout):
    """A row of controls that play, step and seek the `window`'s replay."""

    def __init__(self, window: DebriefWindow) -> None:
        super().__init__()
        self.play_button = QPushButton(tr("Play"))
        self.play_button.clicked.connect(window.toggle_play)
        self.speed_box = QComboBox()
        self.speed_box.addItems([f"{s}\u00d7" for s in SPEEDS])
        self.speed_box.setCurrentIndex(SPEEDS.index(window.speed))
        self.speed_box.currentIndexChanged.connect(lambda i: setattr(window, "speed", SPEEDS[i]))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(window.replay.duration_s * 10))
        self.slider.valueChanged.connect(lambda v: window.seek(v / 10.0))
        self.time_label = QLabel()
        self.trainee_picture = QCheckBox(tr("Trainee's picture (tracks)"))
        self.trainee_picture.setToolTip(
            tr("Show what the trainee saw: sensor tracks, not the truth")
        )
        self.trainee_picture.toggled.connect(
            lambda _checked: window.seek(window.time_s, force=True)
        )
        # Step through the run: a second at a time (, and .) or from moment to moment ([ and ]).
        # Qt's own media icons: a font may lack the skip symbols (they showed as boxes).
        skip_back, skip_on = (
            window.style().standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward),
            window.style().standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
        )
        steps = (
            (skip_back, "", tr("Previous moment ([)"), "[", lambda: window.jump_to_moment(-1)),
            (None, "\u2212" + tr("1 s"), tr("One second back (,)"), ",", lambda: window.step(-1)),
            (None, "+" + tr("1 s"), tr("One second on (.)"), ".", lambda: window.step(1)),
            (skip_on, "", tr("Next moment (])"), "]", lambda: window.jump_to_moment(1)),
        )
        self.step_buttons = []
        for icon, text, tip, key, slot in steps:
            button = QPushButton(text)
            if icon is not None:
                button.setIcon(icon)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            # These repeat while held, as arrow keys do: a held "." plays the run on by seconds.
            QShortcut(QKeySequence(key), window).activated.connect(slot)
            self.step_buttons.append(button)
        for widget in (
            self.play_button,
            *self.step_buttons,
            QLabel(tr("Speed")),
            self.speed_box,
            self.slider,
            self.time_label,
            self.trainee_picture,
        ):
            self.addWidget(widget)
        self.setStretch(self.indexOf(self.slider), 1)
