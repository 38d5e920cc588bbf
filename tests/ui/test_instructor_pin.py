"""The instructor's PIN: a salted hash only, checked without dialogs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from trainer.ui.instructor_pin import (
    SETTINGS_KEY,
    PinStore,
    hash_pin,
    pin_matches,
    pin_problem,
)


def test_a_hash_checks_its_own_pin_only() -> None:
    stored = hash_pin("4711", iterations=1000)
    scheme, iterations, salt, digest = stored.split("$")
    assert (scheme, iterations) == ("pbkdf2_sha256", "1000")
    # The PIN is no field of its own; a random salt or hash in hex may hold '4711' by chance
    # (about once in 600 runs), so the test does not search the whole text for it.
    assert re.fullmatch(r"[0-9a-f]{32}", salt) and re.fullmatch(r"[0-9a-f]{64}", digest)
    assert "4711" not in (scheme, iterations, salt, digest)
    assert pin_matches("4711", stored)
    assert not pin_matches("4712", stored) and not pin_matches("", stored)


def test_the_same_pin_hashes_differently_each_time() -> None:
    assert hash_pin("4711", iterations=1000) != hash_pin("4711", iterations=1000)  # salted
    salt = bytes(16)
    assert hash_pin("4711", salt, 1000) == hash_pin("4711", salt, 1000)


@pytest.mark.parametrize(
    "stored", ["", "4711", "md5$1$00$00", "pbkdf2_sha256$x$00$00", "pbkdf2_sha256$1$zz$00"]
)
def test_a_malformed_hash_matches_nothing(stored: str) -> None:
    assert not pin_matches("4711", stored)


def test_short_or_padded_pins_are_refused() -> None:
    assert pin_problem("123") == "A PIN has at least 4 characters"
    assert pin_problem(" 1234") is not None
    assert pin_problem("1234") is None and pin_problem("correct horse") is None


def test_the_store_keeps_the_hash_in_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    store = PinStore(QSettings(str(path), QSettings.Format.IniFormat))
    assert not store.is_set() and not store.check("")
    with pytest.raises(ValueError, match="at least 4"):
        store.set("12")
    store.set("2718")
    again = PinStore(QSettings(str(path), QSettings.Format.IniFormat))  # a later start
    assert again.is_set() and again.check("2718") and not again.check("2719")
    # Only the salted hash is kept. (The file's text was searched for '2718', which a random
    # salt or hash in hex holds about once in 700 runs: the test failed by chance.)
    stored = str(QSettings(str(path), QSettings.Format.IniFormat).value(SETTINGS_KEY))
    assert re.fullmatch(r"pbkdf2_sha256\$\d+\$[0-9a-f]+\$[0-9a-f]{64}", stored), stored
    assert "2718" not in path.read_text(encoding="utf-8").replace(stored, "")
