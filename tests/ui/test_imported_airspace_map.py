"""Imported zone kinds have a style: the map draws them and the legend names them."""

from __future__ import annotations

from pathlib import Path

from tests.unit.scenario_factory import drone, prepare
from trainer.geo.zones import ZoneKind
from trainer.launch import Workspace
from trainer.ui import style
from trainer.ui.panels.legend import LegendPanel

OPENAIR = """\
AC R
AN EHR Test
AL GND
AH FL 65
DP 52:20:00 N 006:50:00 E
DP 52:21:00 N 006:52:00 E
DP 52:20:00 N 006:52:00 E
AC Q
AN PJE Test
AL GND
AH FL 60
V X=52:18:00 N 006:45:00 E
DC 1
AC P
AN EHP Test
AL GND
AH 2000 MSL
V X=52:15:00 N 006:45:00 E
DC 0.5
"""


def test_every_zone_kind_has_a_colour_and_a_label() -> None:
    assert set(style.ZONE_COLOURS) == set(ZoneKind) == set(style.ZONE_LABELS)


def test_the_legend_names_imported_kinds(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "areas.txt").write_text(OPENAIR, encoding="latin-1")
    run = prepare(
        workspace,
        tmp_path,
        [drone("d1", 52.2758, 6.8892, {"kind": "hover"})],
        airspace={"imports": [{"file": "areas.txt", "format": "openair"}]},
    )
    legend = LegendPanel()
    qtbot.addWidget(legend)
    legend.set_airspace(run.world.airspace)
    assert {"Restricted area", "Danger area", "Prohibited area"} <= set(legend.entries)


def test_the_window_says_which_airspace_a_file_left_out_or_repaired(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    crossed = "AC R\nAN Crossed\nAL GND\nAH 1000 MSL\n" + "".join(
        f"DP {p}\n"
        for p in ("52:20:00 N 006:50:00 E", "52:21:00 N 006:52:00 E", "52:20:00 N 006:52:00 E",
                  "52:21:00 N 006:50:00 E")
    )  # fmt: skip
    spike = "AC R\nAN Spike\nAL GND\nAH 1000 MSL\n" + "".join(
        f"DP {p}\n"
        for p in ("52:18:00 N 006:50:00 E", "52:19:00 N 006:51:00 E", "52:20:00 N 006:52:00 E",
                  "52:19:00 N 006:51:00 E")
    )  # fmt: skip
    (tmp_path / "areas.txt").write_text(OPENAIR + crossed + spike, encoding="latin-1")
    path = tmp_path / "scenario.yaml"
    source = Path(__file__).resolve().parents[2] / "scenarios" / "two-drones.yaml"
    text = source.read_text(encoding="utf-8")
    assert "airspace:\n  assets: [twente]\n" in text
    text = text.replace(
        "airspace:\n  assets: [twente]\n",
        "airspace:\n  assets: [twente]\n  imports: [{file: areas.txt, format: openair}]\n",
    )
    path.write_text(text, encoding="utf-8")
    assert window.open_scenario(path)
    zones = {z.id for z in window.run.world.airspace.zones}
    assert {"ehr-test", "crossed"} <= zones and "spike" not in zones  # repaired; left out
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported airspace: ")
    assert "areas.txt:20: airspace 'Crossed': its outline crosses itself" in message
    # The flash message goes when the run starts; the count stays, and a click lists them.
    window.statusBar().clearMessage()
    note = window.left_out
    assert note.isVisibleTo(window) and "Imported airspace: 2 warning(s)" in note.text()
    assert "Crossed" in note.toolTip() and "Spike" in note.toolTip()
    note.linkActivated.emit("list")
    assert note.dialog is not None and "areas.txt:20" in note.dialog.detailedText()
    assert "areas.txt:28: airspace 'Spike'" in note.dialog.detailedText()
    assert "crosses itself is on the map as the area it encloses" in note.dialog.text()
    note.dialog.close()
    # The trainee cannot act on it; a scenario without imports has no note.
    window.set_role("trainee")
    assert not note.isVisibleTo(window)
    window.set_role("instructor")
    assert note.isVisibleTo(window)
    assert window.open_scenario(source)
    assert not note.isVisibleTo(window)


def test_a_hostile_airspace_name_is_shown_as_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from trainer.ui.left_out_airspace import LeftOutAirspace

    note = LeftOutAirspace()
    qtbot.addWidget(note)
    note.set_warnings(["x.txt:3: airspace '<img src=http://e/x.png><b>bold</b>' crosses itself"])
    assert "<img" not in note.toolTip() and "&lt;img" in note.toolTip()
    note.set_warnings([f"w{i}" for i in range(25)])
    assert note.toolTip().count("<br>") == 10 and "15 more" in note.toolTip()


def test_the_scenario_editor_opens_a_scenario_with_imports(
    qtbot, workspace: Workspace, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The editor's forms come from the format's JSON Schema: the imports section has one too."""
    from trainer.ui.editor.editor_window import ScenarioEditor

    (tmp_path / "areas.txt").write_text(OPENAIR, encoding="latin-1")
    source = Path(__file__).resolve().parents[2] / "scenarios" / "two-drones.yaml"
    text = source.read_text(encoding="utf-8").replace(
        "airspace:\n  assets: [twente]\n",
        "airspace:\n  assets: [twente]\n  imports:\n"
        "    - {file: areas.txt, format: openair, kinds: [restricted, danger], id_prefix: nl-}\n",
    )
    path = tmp_path / "with-imports.yaml"
    path.write_text(text, encoding="utf-8")
    editor = ScenarioEditor(workspace, settings)
    qtbot.addWidget(editor)
    assert editor.open_file(path)
    assert editor.result is not None and editor.result.ok, editor.result
    for row, section in enumerate(editor.sections):
        editor.section_list.setCurrentRow(row)
        assert editor.form is not None and editor.form.path == section.path
        assert not any(label.isVisible() for label in editor.form.errors.values())
    assert not editor.dirty
