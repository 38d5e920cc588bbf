"""The small pick list: what it says names trainees as typed, and it stays on the screen."""

from __future__ import annotations

from tests.ui.label_text import label_shows
from trainer.ui.choice_dialog import MAX_WIDTH, ChoiceDialog


def test_names_show_as_typed_and_a_long_one_does_not_widen_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    long_name = "L" * 300
    prompt = f"2 trainees on the roster are called <b>Anna</b> {long_name}. Which one are you?"
    options = [(f"<b>Anna</b> {long_name} (id 1)", 1), (f"<b>Anna</b> {long_name} (id 2)", 2)]
    dialog: ChoiceDialog[int] = ChoiceDialog("Which trainee?", prompt, options)
    qtbot.addWidget(dialog)
    assert label_shows(dialog.prompt) == prompt  # was rendered: 'Anna' in bold, the tags gone
    assert dialog.width() <= MAX_WIDTH and dialog.minimumSizeHint().width() <= MAX_WIDTH
