"""Tooltips show names, titles, reasons and paths literally, however they look like markup."""

from __future__ import annotations

import string
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import Qt

from tests.conftest import examples
from tests.ui.tooltip_text import shown
from trainer.ui.tooltips import plain_tip

# Tabs become spaces in a tooltip and other control characters are not shown at all: text as
# people and files give it, without those.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2029\u2028")
    | st.sampled_from("<>&\"'/=;\n" + string.ascii_letters),
    max_size=80,
)


@settings(max_examples=examples(300), deadline=None)
@given(TEXT)
@example("\n\n")
@example("a\n\nb")
@example("\ufeff")
@example("\ufeff\ufeffa")
def test_any_text_is_shown_as_it_is(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    # Every kind of space (no-break, ogham, ...) reads as a space. Blank lines are paragraph
    # breaks in a tooltip: they show as space between lines, not as empty lines of text.
    spaced = "".join(" " if unicodedata.category(c) == "Zs" else c for c in text)
    # Qt's plain-text conversion drops one byte-order mark at the very start (as a file
    # reader would); it has no width, so the tooltip looks the same. Found by a CI-depth run.
    spaced = spaced.removeprefix("\ufeff")
    assert lines(shown(plain_tip(text))) == lines(spaced)


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_markup_in_a_name_is_not_obeyed(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in ("<b>Jan</b>", "<img src='/etc/passwd'>", "a &amp; b", "<p>x</p>\n<i>y</i>"):
        tip = plain_tip(name)
        assert Qt.mightBeRichText(tip)  # Qt reads it as markup: its own, escaping the name's
        assert shown(tip) == name


def test_no_text_is_no_tooltip() -> None:
    assert plain_tip("") == ""
