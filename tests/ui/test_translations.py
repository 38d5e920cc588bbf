"""The windows speak Dutch: every translatable text has its Dutch in trainer/i18n/nl.ts, and
the shipped nl.qm is built from that file."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from trainer import i18n
from trainer.ui.translation import CATALOGS, QT_GAPS, install_translators, tr

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "trainer" / "ui"
TS = CATALOGS / "nl.ts"
QM = CATALOGS / "nl.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease from this Python's environment (or the PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def messages(ts: Path) -> dict[str, tuple[str | None, bool, str]]:
    """source text -> (translation, finished, where in the code)."""
    found = {}
    for message in ET.parse(ts).iter("message"):
        # One of each: a merge of two appended blocks once joined two messages into one.
        assert len(message.findall("source")) == 1, ET.tostring(message, encoding="unicode")
        assert len(message.findall("translation")) == 1, ET.tostring(message, encoding="unicode")
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = ", ".join(
            f"{loc.get('filename')}:{loc.get('line')}" for loc in message.iter("location")
        )
        finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
        found[source] = (translation.text, finished, where)
    return found


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str | None, bool, str]]:
    """Every text the code marks for translation today, with where it is."""
    out = tmp_path_factory.mktemp("lupdate") / "scan.ts"
    files = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(out), "-locations", "absolute"],
        check=True,
        capture_output=True,
    )
    return messages(out)


def test_every_translatable_text_has_its_dutch(
    scanned: dict[str, tuple[str | None, bool, str]],
) -> None:
    dutch = messages(TS)
    missing = [
        f"{where}: {source!r}"
        for source, (_, _, where) in sorted(scanned.items(), key=lambda kv: kv[1][2])
        if not (dutch.get(source, (None, False, ""))[0] and dutch[source][1])
    ]
    assert missing == [], (
        "texts without Dutch; run pyside6-lupdate on trainer/ui (see trainer/ui/translation.py), "
        "translate them in trainer/i18n/nl.ts and rebuild nl.qm:\n" + "\n".join(missing)
    )


def literal_texts() -> dict[str, str]:
    """Texts written into tr() or QT_TR_NOOP() in the code, with where: also those inside an
    f-string (f"{escape(tr('...'))}"), which pyside6-lupdate does not see."""
    return dict(_literal_texts())


@cache  # two tests read them; parsing every module of trainer/ takes over a second
def _literal_texts() -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for path in sorted((REPO / "trainer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            text = getattr(node.args[0], "value", None)
            if name in ("tr", "QT_TR_NOOP") and isinstance(text, str):
                found.setdefault(text, f"{path.relative_to(REPO)}:{node.lineno}")
    return tuple(found.items())


def test_texts_lupdate_does_not_see_have_their_dutch_too() -> None:
    dutch = messages(TS)
    missing = [
        f"{where}: {text!r}"
        for text, where in literal_texts().items()
        if not (dutch.get(text, (None, False, ""))[0] and dutch[text][1])
    ]
    assert missing == [], "texts without Dutch in trainer/i18n/nl.ts:\n" + "\n".join(missing)


def test_every_dutch_text_is_still_used(
    scanned: dict[str, tuple[str | None, bool, str]],
) -> None:
    # A text changed in the code leaves its old Dutch behind, unused.
    used = set(scanned) | set(literal_texts())
    unused = [source for source in messages(TS) if source not in used]
    assert unused == [], (
        "remove from trainer/i18n/nl.ts (pyside6-lupdate -no-obsolete does) and rebuild nl.qm: "
        + repr(unused)
    )


def test_translations_keep_the_fields_of_their_text() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    # Two texts feed their plural ending into a field Dutch words do not need.
    loose = {"else_value", "plural"}
    wrong = [
        source
        for source, (dutch, _, _) in messages(TS).items()
        if fields(dutch or "") - fields(source) or (fields(source) - fields(dutch or "")) - loose
    ]
    assert wrong == []


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "nl.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == QM.read_bytes(), "rebuild trainer/i18n/nl.qm with pyside6-lrelease"


@pytest.mark.usefixtures("dutch_windows")
def test_the_main_window_speaks_dutch(workspace: object, qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from trainer.ui.main_window import MainWindow

    assert tr("&File") == "&Bestand"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(workspace, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Bestand", "&Oefening", "Beel&d"]
    buttons = {b.text() for b in window.responses.buttons.values()}
    assert {"Bevestigen [A]", "Vogel [B]", "Politie [P]", "Baan dicht [S]"} <= buttons
    # The bundled zones have Dutch names: the tracks' zone column and the alerts use them.
    scenarios = Path(__file__).resolve().parents[2] / "scenarios"
    assert window.open_scenario(scenarios / "two-drones.yaml")
    for names in (window.track_table.source.zone_names, window.alerts.zone_names):
        assert names["uas-ehtw-core"] == "Kernzone baan EHTW, geen drones"
        assert names["test-area-twente"] == "Dronetestgebied Twente"


@pytest.mark.usefixtures("dutch_windows")
def test_the_end_of_run_sheet_speaks_dutch(qtbot: object) -> None:
    from trainer.i18n import msg
    from trainer.scoring.sheet import ItemCategory, ScoreSheet, scored
    from trainer.ui.score_dialog import ScoreSheetDialog

    reason = msg("reason.never", of=20, action=msg("did.inform_radio"), window=30,
                 label=msg("clock.zone_entry", zone="ATZ"), due=146.0)  # fmt: skip
    item = scored(0, 20, ItemCategory.MISSED, reason, "hobby", 146.0)
    sheet = ScoreSheet("s", 1, (item,), 0, 20, 0, 70, False, 0, 0, ended_at_s=200)
    dialog = ScoreSheetDialog(sheet, "Oefening", "Sanne")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.result_label.text().startswith("NIET GESLAAGD — oefening vroegtijdig")
    assert "Cursist: Sanne" in dialog.summary.text()
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert "gemist" in cells
    assert "0/20 Twente Radio geïnformeerd: niet gedaan (verwacht binnen 30 s na het " in cells[-1]


@pytest.mark.usefixtures("dutch_windows")
def test_the_scenario_editor_labels_its_forms_in_dutch(
    workspace: object, qtbot: object, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    from trainer.ui.editor.editor_window import ScenarioEditor

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    editor = ScenarioEditor(workspace, settings)  # type: ignore[arg-type]
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    scenarios = Path(__file__).resolve().parents[2] / "scenarios"
    assert editor.open_file(scenarios / "two-drones.yaml")
    titles = [section.title for section in editor.sections]
    assert {"Luchtruim", "Gebeurtenissen", "Antwoordsleutel"} <= set(titles)
    editor.select_section(())
    assert editor.form is not None
    labels = {w.text(): w.toolTip() for w in editor.form.findChildren(QLabel) if w.text()}
    assert "titel *" in labels and "duur (s) *" in labels
    assert labels["duur (s) *"].startswith("duration_s")  # the key the file writes


def test_a_station_shows_its_released_sheet_in_its_own_language() -> None:
    from trainer.classroom import messages as wire
    from trainer.classroom.stations import station_sheet
    from trainer.i18n import msg
    from trainer.scoring.reasons import reason_text
    from trainer.scoring.sheet import ItemCategory, ScoreSheet, scored
    from trainer.ui.station_sheet import sheet_of

    reason = msg("reason.penalised", penalty=-10, action=msg("did.notify_police"), at=52.0)
    sheet = ScoreSheet("s", 1, (scored(-10, 0, ItemCategory.PENALTY, reason),), -10, 20, 0, 70,
                       False, 0, 0)  # fmt: skip
    received = wire.decode_console(wire.encode(station_sheet(sheet)))  # as it crosses the LAN
    assert isinstance(received, wire.Sheet)
    item = sheet_of(received, seed=1).items[0]
    assert item.reason == "-10 notified police (at 0:52)"  # the English, as on the record
    i18n.use_language("nl")
    try:
        assert reason_text(item) == "-10 politie ingeschakeld (op 0:52)"
    finally:
        i18n.use_language("en")


QT_DUTCH = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_nl.qm"


@pytest.mark.skipif(
    not QT_DUTCH.is_file(), reason=f"this PySide6 ships no Dutch for Qt's own texts ({QT_DUTCH})"
)
def test_qts_own_buttons_and_file_dialog_speak_dutch_beside_ours(
    qtbot: object, dutch_windows: None
) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Ja", "Nee", "Annuleren"}
    # Qt's non-native file dialog: its catalogue's words, and ours where it has none (QT_GAPS).
    dialog = QFileDialog(None, "", "", "*.yaml")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"]
    assert {b.text() for b in dialog.findChildren(QPushButton)} == {"&Openen", "Annuleren"}
    assert (
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
        == "Map"
    )
    assert tr("Manned traffic") != "Manned traffic"  # ours are loaded too
    assert tr("a text no catalogue has") == "a text no catalogue has"


def test_qts_gaps_are_still_gaps_in_qts_own_catalogue() -> None:
    """When Qt's Dutch catalogue gets these texts, QT_GAPS can go."""
    qt_own = QTranslator()
    if not qt_own.load(str(QT_DUTCH)):
        pytest.skip(f"this PySide6 ships no Dutch for Qt's own texts ({QT_DUTCH})")
    assert qt_own.translate("QFileDialog", "File &name:") == "Bestands&naam:"  # it reads
    for context, source in QT_GAPS["nl"]:
        assert not qt_own.translate(context, source), (context, source)


def test_in_english_no_translator_is_installed(qtbot: object) -> None:
    assert install_translators(QCoreApplication.instance(), "en") == []  # type: ignore[arg-type]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"
