"""Create the QApplication; when Qt cannot start its platform plugin, point to the doctor.

Qt ends the process on that failure with "Reinstalling the application may fix this problem",
which sends people the wrong way. `drone-trainer open/console/station` check the usual causes
first (trainer/doctor.py); this catches whatever those checks did not foresee.
"""

from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from trainer.doctor import doctor_hint
from trainer.ui.key_repeat import flag_key_repeats

EXIT_NO_WINDOW = 1
QT_ADVICE = "Reinstalling the application may fix this problem."


def start_application() -> QApplication:
    """The running QApplication, or a new one; exits with the doctor's hint if Qt cannot start.
    A held key is one press in it (trainer/ui/key_repeat.py)."""
    existing = QApplication.instance()
    if existing is not None:
        application = cast(QApplication, existing)
        flag_key_repeats(application)
        return application

    def on_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            print(text, file=sys.stderr)  # what Qt would have printed itself
            return
        hint = doctor_hint()  # in the language in use
        explained = text.replace(QT_ADVICE, hint).rstrip()
        print(explained, file=sys.stderr)
        if hint not in explained:
            print(hint, file=sys.stderr)
        sys.stderr.flush()
        os._exit(EXIT_NO_WINDOW)  # Qt would abort next; leave without a core dump

    previous = qInstallMessageHandler(on_message)
    try:
        application = QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(previous)
    flag_key_repeats(application)
    return application
