"""Who is training: the typed name confirmed, and the roster entry meant when several share it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from trainer.errors import TrainerError
from trainer.records import Repository
from trainer.records.models import TraineeRecord
from trainer.text import single_line
from trainer.ui.choice_dialog import ChoiceDialog
from trainer.ui.run_recorder import ANONYMOUS
from trainer.ui.translation import tr


@dataclass(frozen=True)
class ConfirmedTrainee:
    name: str
    trainee_id: int | None  # None: not on the roster yet (added when the run starts), or no record


def roster_label(trainee: TraineeRecord) -> str:
    """'Anna Jansen (roster id 2024-017, group Blue; trainee 7)': what tells namesakes apart."""
    details = [
        tr("roster id {external_id}").format(external_id=trainee.external_id)
        if trainee.external_id
        else tr("no roster id"),
        f"group {trainee.group}" if trainee.group else "no group",
    ]
    return f"{trainee.name} ({', '.join(details)}; trainee {trainee.id})"


class RosterCompleter(QCompleter):
    """Type-ahead from the roster in a name field: any part of a name, any case. The list is
    read again each time the field gets focus, so a roster changed meanwhile is offered."""

    def __init__(self, edit: QLineEdit, repository: Repository) -> None:
        super().__init__(edit)
        self.repository = repository
        self.names = QStringListModel(self)
        self.setModel(self.names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)
        edit.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        try:
            names = sorted({t.name for t in self.repository.trainees()}, key=str.casefold)
        except TrainerError:
            names = []  # the run start reads the record again and says what is wrong
        self.names.setStringList(names)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.refresh()
        return super().eventFilter(watched, event)


def trainees_named(repository: Repository, name: str) -> list[TraineeRecord]:
    """Every trainee with exactly this name, as the record stores it."""
    return [t for t in repository.trainees() if t.name == name]


def resolve_trainee(
    typed: str, repository: Repository | None, parent: QWidget | None = None
) -> ConfirmedTrainee | None:
    """The trainee the typed name means; asks which when several share it. None: cancelled.

    The name is taken as one clean line, as the class console takes a station's: a paste keeps
    its line breaks and tabs, and a right-to-left override would turn round the text after it.
    """
    name = single_line(typed) or tr(ANONYMOUS)
    if repository is None:
        return ConfirmedTrainee(name, None)
    try:
        namesakes = trainees_named(repository, name)
    except TrainerError:
        return ConfirmedTrainee(name, None)  # the run start tries the record again and says why
    if len(namesakes) <= 1:
        return ConfirmedTrainee(name, namesakes[0].id if namesakes else None)
    chosen = ChoiceDialog.ask(
        tr("Which trainee?"),
        tr("{count} trainees on the roster are called {name}. Which one are you?").format(
            count=len(namesakes), name=name
        ),
        [(roster_label(t), t.id) for t in namesakes],
        parent,
    )
    return None if chosen is None else ConfirmedTrainee(name, chosen)
