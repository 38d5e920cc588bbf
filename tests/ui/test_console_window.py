"""The instructor's console window on loopback, with scripted stations playing in threads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.classroom.conftest import Class
from tests.e2e.runs import scenario_path, simulated
from tests.ui.label_text import label_shows
from trainer.classroom.console import ClassConsole
from trainer.classroom.station import StationLink
from trainer.classroom.transport import ConsoleSocket
from trainer.errors import TrainerError
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.records import Repository, RunStatus, open_database
from trainer.scoring.protocol import ActionKind as StationActionKind
from trainer.sim.events import EventKind
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.console_app import open_console
from trainer.ui.console_banner import ConsoleBanner, spaced_code
from trainer.ui.console_dashboard import score_text
from trainer.ui.console_rows import Connection, StationRow
from trainer.ui.console_setup import NEW_SESSION, ConsoleSetupDialog
from trainer.ui.console_window import ConsoleWindow
from trainer.ui.export_folder import EXPORT_FOLDER_KEY, documents_folder

FAST = 20.0  # times real time: the first incident's actions come within a second or two


class Asked:
    """Answers the window's confirmations, and remembers the questions."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = True

    def __call__(self, _parent: object, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def classroom(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[ConsoleWindow, Class, Asked]]:
    configure_pyqtgraph()
    prepared = simulated(scenario_path("two-drones")).prepared
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    session = repository.add_session("Duty officers, week 12", instructor="Instructor")
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    console = ClassConsole(prepared, repository, session, socket, picture_hz=20)
    group = Class(console, repository, session, f"tcp://127.0.0.1:{socket.port}", tmp_path)
    asked = Asked()
    window = ConsoleWindow(console, [f"127.0.0.1:{socket.port}"], ask=asked)
    qtbot.addWidget(window)
    window.show()
    yield window, group, asked
    for link in group.links.values():
        link.refused = link.refused or "test over"  # stops a bot still playing
    for thread in group.threads:
        thread.join(timeout=10)
    window.stop()  # before the socket closes; qtbot closes the window
    asked.answer = False  # closing: no ending, no releasing
    socket.close()
    repository.db.close()


def rows_by_name(window: ConsoleWindow) -> dict[str, StationRow]:
    return {row.trainee: row for row in window.dashboard.model.rows}


def live_points(window: ConsoleWindow, trainee: str) -> float:
    sheet = rows_by_name(window)[trainee].sheet
    return sheet.total if sheet is not None else 0.0


def wait_for(qtbot: QtBot, done: Callable[[], bool], timeout_ms: int = 8000) -> None:
    qtbot.waitUntil(done, timeout=timeout_ms)


def test_a_class_joins_runs_is_scored_live_and_gets_its_sheets(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, asked = classroom
    console = window.console
    assert window.banner.code.text() == spaced_code(console.code)
    assert window.banner.address.text() == f"127.0.0.1:{console.socket.port}"
    bots = {"Anna": "perfect", "Bram": "human", "Cor": "idle", "Dewi": "late"}
    for name, bot in bots.items():
        group.add_bot(name, bot)

    # The rows appear (the window pumps the console from its timer), connected, not started.
    wait_for(qtbot, lambda: len(window.dashboard.model.rows) == 4)
    wait_for(qtbot, lambda: all(r.connection == Connection.CONNECTED for r in window.rows))
    assert set(rows_by_name(window)) == set(bots)
    assert all(r.run_id is None and r.host for r in window.rows)
    assert not window.injects.outage_action.isEnabled()  # no injects before the start

    console.set_speed(FAST)
    window.start_action.trigger()
    assert console.state == "running" and not window.start_action.isEnabled()
    wait_for(qtbot, lambda: console.engine.time_s > 5)  # sim time runs from the timer
    assert all(r.run_id is not None for r in window.rows)

    # The live scores come with the 2 s refresh, with the last action and how long ago.
    wait_for(qtbot, lambda: rows_by_name(window)["Anna"].actions >= 3)
    wait_for(qtbot, lambda: live_points(window, "Anna") > 0, 4000)
    anna = rows_by_name(window)["Anna"]
    assert anna.sheet is not None and not anna.final
    assert anna.last_action and anna.last_action_ago_s is not None
    assert rows_by_name(window)["Cor"].actions == 0

    # An inject for the whole class: a drone placed by a click on the map.
    window.injects.place_actions["hobby"].trigger()
    x, y = console.prepared.world.airspace.aerodrome.reference_point
    window.canvas.map_clicked.emit(x + 1500.0, y)
    assert "inject-1" in console.engine.fleet.ids
    assert any(e.kind == EventKind.INJECTED for e in console.engine.events)

    # The projector shows no truth and no score while the exercise runs.
    window.show_projector()
    assert window.projector.truth_shown is False
    assert not window.projector.canvas.layers["tracks"].visible

    assert window.end()  # confirmed by the Asked stand-in
    assert console.state == "ended" and "4 station(s)" in asked.questions[-1]
    assert window.projector.truth_shown is True
    assert all(r.final and r.sheet is not None for r in window.rows)
    assert window.release_action.isEnabled()
    assert window.release_sheets() == 4
    wait_for(qtbot, group.stations_done, 10000)
    for name in bots:
        sheet = group.links[name].sheet
        assert sheet is not None, name
        assert sheet.total == rows_by_name(window)[name].sheet.total  # type: ignore[union-attr]
    runs = group.repository.runs(session_id=group.session_id)
    assert len(runs) == 4 and {r.status for r in runs} == {RunStatus.ABORTED}


def test_the_class_sheets_are_exported_from_the_console_after_the_end(
    qtbot: QtBot,
    classroom: tuple[ConsoleWindow, Class, Asked],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, group, _asked = classroom
    console = window.console
    for name in ("Anna", "Bram"):
        group.add_bot(name, "perfect")
    wait_for(qtbot, lambda: len(window.dashboard.model.rows) == 2)
    console.set_speed(FAST)
    window.start_action.trigger()
    assert not window.export_action.isEnabled()  # exporting would hold up the running class
    assert window.export_sheets("csv", tmp_path / "early") == []
    wait_for(qtbot, lambda: rows_by_name(window)["Anna"].actions >= 2)
    assert window.end()
    assert window.export_action.isEnabled()
    assert window.export_action in window.menuBar().actions()[0].menu().actions()
    written = window.export_sheets("csv", tmp_path / "sheets")
    names = sorted(path.name for path in written)
    assert len(names) == 3 and names[-1].startswith("summary_session")
    assert {n.split("_")[0] for n in names[:2]} == {"Anna", "Bram"}
    assert "Wrote 3 file(s)" in window.statusBar().currentMessage()
    # Asked for a folder: the first time it starts in the documents folder, not wherever the
    # console was started; after that where the instructor exported last.
    QSettings().remove(EXPORT_FOLDER_KEY)
    starts: list[str] = []

    def pick(_parent: object, _title: str, start: str) -> str:
        starts.append(start)
        return str(tmp_path / "picked")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    assert len(window.export_sheets("csv")) == 3
    assert len(window.export_sheets("csv")) == 3
    assert starts == [documents_folder(), str(tmp_path / "picked")]


def test_ending_counts_the_runs_it_ends(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, asked = classroom
    console = window.console
    gone = StationLink(group.endpoint, console.code, "Bram", outbox=None)
    group.links["Bram"] = gone
    qtbot.waitUntil(lambda: bool(gone.pump()) or gone.joined, timeout=8000)
    gone.close()  # Bram joined at the wrong PC and closed it again before the start
    wait_for(qtbot, lambda: all(s.left for s in console.stations.values()))
    group.add_bot("Anna", "perfect")
    wait_for(qtbot, lambda: len(console.stations) == 2)
    window.start_action.trigger()
    wait_for(qtbot, lambda: console.engine.time_s > 1)
    assert window.end()
    assert "all 1 station(s)" in asked.questions[-1]


def test_a_removed_station_is_refused_from_then_on(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, asked = classroom
    console = window.console
    group.add_bot("Evi", "perfect")
    link = group.add_bot("Floor", "human")
    wait_for(qtbot, lambda: len(window.rows) == 2)
    console.set_speed(FAST)
    window.start()
    wait_for(qtbot, lambda: all(r.run_id is not None for r in window.rows))

    floor = rows_by_name(window)["Floor"]
    window.dashboard.select_station(floor.station_id)
    asked.answer = False
    window.dashboard.remove_button.click()  # asks first; "no" changes nothing
    assert "Floor" in asked.questions[-1] and not console.stations[floor.station_id].removed
    asked.answer = True
    window.dashboard.remove_button.click()
    assert console.stations[floor.station_id].removed
    wait_for(qtbot, lambda: link.refused is not None)
    assert link.refused == "removed by the instructor"
    assert rows_by_name(window)["Floor"].connection == Connection.REMOVED
    assert not window.dashboard.remove_button.isEnabled()
    run = group.repository.run(floor.run_id or 0)
    assert run.status == RunStatus.ABORTED

    # Joining again with the same station and the right code is refused too.
    again = StationLink(group.endpoint, console.code, "Floor", station_id=floor.station_id)
    try:
        wait_for(qtbot, lambda: (again.pump(), again.refused)[1] is not None)
        assert again.refused == "removed by the instructor" and again.welcome is None
    finally:
        again.close()
    assert rows_by_name(window)["Evi"].connection == Connection.CONNECTED


def test_the_record_failing_says_so_in_a_clear_line(
    classroom: tuple[ConsoleWindow, Class, Asked],
) -> None:
    window, _group, _asked = classroom
    assert window.record_line.isHidden()
    window.console.record_error = TrainerError("cannot write record.sqlite: disk I/O error")
    window.refresh_dashboard()
    assert not window.record_line.isHidden()
    assert "cannot be written" in window.record_line.text()
    assert "disk I/O error" in window.record_line.text()
    window.console.record_error = TrainerError("cannot add trainee '<b>Evi</b>': disk I/O error")
    window.refresh_dashboard()
    assert "'<b>Evi</b>'" in label_shows(window.record_line)  # a name in it, as typed


def test_setting_up_a_new_session_and_a_scenario(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = Workspace()
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    library = ScenarioLibrary(workspace, tmp_path / "mine")
    try:
        dialog = ConsoleSetupDialog(repository, library, scenario=scenario_path("two-drones"))
        qtbot.addWidget(dialog)
        assert dialog.session_combo.currentData() == NEW_SESSION
        dialog.accept()  # no title yet: refused, with the reason
        assert dialog.prepared is None and "title" in dialog.problem.text()
        dialog.title_edit.setText("Police drone unit, 3 March")
        dialog.accept()
        assert dialog.prepared is not None and dialog.prepared.scenario.id == "two-drones"
        assert repository.session(dialog.session_id or 0).title == "Police drone unit, 3 March"

        # Both given on the command line: no questions, the session of that title, any port.
        console = open_console(
            repository, workspace, scenario_path("two-drones"), "Police drone unit, 3 March", 0
        )
        assert console is not None and console.session_id == dialog.session_id
        assert console.socket.port > 0
        console.socket.close()
        # The code from the command line (--code): was ignored by the window, a new one made,
        # so stations of a console started again after a failure were refused 'wrong code'.
        again = open_console(repository, workspace, scenario_path("two-drones"),
                             "Police drone unit, 3 March", 0, code="k7m-xrd")  # fmt: skip
        assert again is not None and again.code == "K7MXRD"
        again.socket.close()
    finally:
        repository.db.close()


def test_the_class_console_opens_from_the_single_pc_window(
    qtbot, workspace, settings, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Instructor > Class console: the setup (answered here), then a console window on the same
    # record that a station can join.
    from tests.conftest import SCENARIOS
    from trainer.classroom.station import StationLink
    from trainer.records import Repository, open_database
    from trainer.ui import console_app
    from trainer.ui.main_window import MainWindow

    repository = Repository(open_database(tmp_path / "record.sqlite"))
    window = MainWindow(workspace, settings, repository=repository)
    qtbot.addWidget(window)
    window.open_scenario(SCENARIOS / "two-drones.yaml")
    session = repository.add_session("Group B")

    class Answered:
        def __init__(self, *_: object, **__: object) -> None:
            self.prepared, self.session_id, self.port = window.run, session, 0
            self.socket = None  # opened no port: open_console opens it

        def exec(self) -> bool:
            return True

    monkeypatch.setattr(console_app, "ConsoleSetupDialog", Answered)
    window.instructor.console_action.trigger()
    (console_window,) = window.instructor.consoles
    qtbot.addWidget(console_window)
    console = console_window.console
    assert console.session_id == session and console.prepared.path == window.run.path
    link = StationLink(f"tcp://127.0.0.1:{console.socket.port}", console.code, "Eva")
    try:
        qtbot.waitUntil(lambda: bool(link.pump()) or link.joined, timeout=5000)
        qtbot.waitUntil(lambda: len(console.stations) == 1, timeout=5000)
    finally:
        link.close()
    console_window.stop()


def joost_joins(qtbot: QtBot, group: Class, console: ClassConsole) -> StationLink:
    """A trainee's station, with its outbox on disk, joined to the class."""
    link = StationLink(group.endpoint, console.code, "Joost", outbox=group.tmp / "joost.out")
    group.links["Joost"] = link
    qtbot.waitUntil(lambda: bool(link.pump()) or link.joined, timeout=8000)
    return link


def test_the_instructor_is_told_of_responses_that_arrive_after_the_end(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, asked = classroom
    console = window.console
    link = joost_joins(qtbot, group, console)
    console.set_speed(FAST)
    window.start()
    wait_for(qtbot, lambda: (link.pump(), link.tracks is not None and link.tracks.size > 0)[1])
    seen_at = link.picture.time_s if link.picture is not None else 0.0
    link.socket.close()  # the network goes; the trainee goes on responding
    link.welcome = None
    link.act(StationActionKind.ACKNOWLEDGE, seen_at, "T001")
    wait_for(qtbot, lambda: console.engine.time_s > seen_at + 2)
    assert window.end(confirmed=True)
    final = rows_by_name(window)["Joost"]
    assert final.late_actions == 0 and "late" not in score_text(final)
    # Closing now asks first: what Joost did offline could still come.
    for station in console.stations.values():
        station.last_seen -= 60  # silent for a minute: the connection is lost
    asked.answer = False
    window.close()
    assert window.isVisible() and "Joost" in asked.questions[-1]
    asked.answer = True

    again = StationLink(group.endpoint, console.code, "Joost", station_id=link.station_id,
                        outbox=group.tmp / "joost.out")  # fmt: skip
    group.links["Joost"] = again
    wait_for(qtbot, lambda: (again.pump(), again.joined and again.unacknowledged == 0)[1])
    window.refresh_dashboard()
    row = rows_by_name(window)["Joost"]
    assert row.late_actions == 1 and row.actions == 1 and row.final
    assert "+1 late" in score_text(row)
    told = window.statusBar().currentMessage()
    assert "Joost" in told and "after the end" in told and "export again" in told


def test_keeping_the_console_open_for_a_lost_station_leaves_the_exercise_running(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, asked = classroom
    console = window.console
    link = joost_joins(qtbot, group, console)
    window.start()
    link.socket.close()  # the network goes
    link.welcome = None
    console.pump(50)  # what the station sent before is in
    for station in console.stations.values():
        station.last_seen -= 60  # silent for a minute: the connection is lost

    def instructor(_parent: object, _title: str, text: str) -> bool:
        asked.questions.append(text)
        return "Joost" not in text  # yes, end and close; but no, not while Joost is away

    window.ask = instructor
    window.close()
    # Was: the exercise was ended first, then the question about Joost kept the console open:
    # the class's exercise over though the instructor closed nothing.
    assert window.isVisible() and "Joost" in asked.questions[-1]
    assert console.state == "running"
    window.ask = asked


def test_a_session_started_in_the_roster_dialog_is_the_one_the_setup_takes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    workspace = Workspace()
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    library = ScenarioLibrary(workspace, tmp_path / "mine")
    try:
        dialog = ConsoleSetupDialog(repository, library, scenario=scenario_path("two-drones"))
        qtbot.addWidget(dialog)
        roster = dialog.show_roster()
        roster.title_edit.setText("Duty officers, week 49")
        started = roster.new_session()
        roster.accept()
        # Was: still 'New session…' with an empty title, so 'Open console' asked for a title.
        assert started is not None and dialog.session_combo.currentData() == started
        dialog.accept()
        assert dialog.session_id == started and len(repository.sessions()) == 1
    finally:
        repository.db.close()


def test_the_setups_instructor_field_shows_its_hint_whole_in_dutch(
    qtbot: QtBot, tmp_path: Path, dutch_windows: None
) -> None:
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    try:
        dialog = ConsoleSetupDialog(repository, ScenarioLibrary(Workspace(), tmp_path / "mine"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.instructor_edit
        hint = field.placeholderText()
        assert hint == "Instructeur (optioneel)"  # was cut to 'Instructeur (optio…'
        assert field.width() >= field.fontMetrics().horizontalAdvance(hint) + 12
    finally:
        repository.db.close()


def test_on_a_laptop_screen_the_class_table_shows_every_column(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect

    class Laptop:  # 1366 x 768 less a taskbar
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1366, 728)

    monkeypatch.setattr(ConsoleWindow, "screen", lambda _self: Laptop())
    configure_pyqtgraph()
    prepared = simulated(scenario_path("two-drones")).prepared
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    session = repository.add_session("Laptop", instructor="Instructor")
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    console = ClassConsole(prepared, repository, session, socket, picture_hz=20)
    window = ConsoleWindow(console, [f"127.0.0.1:{socket.port}"], ask=Asked())
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.width() <= 1366
        # Was the map's 620 of 1600 px scaled down: Missed, Last action and Run needed a
        # sideways scrollbar.
        table = window.dashboard.table
        assert table.viewport().width() >= sum(
            table.horizontalHeader().sectionSize(c) for c in range(table.model().columnCount())
        )
        assert window.splitter.sizes()[0] >= 300  # and the map is still there
    finally:
        window.stop()
        socket.close()
        repository.db.close()


def test_a_session_title_with_markup_is_shown_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    banner = ConsoleBanner()
    qtbot.addWidget(banner)
    banner.set_exercise("<b>Les 3</b> <i>ochtend</i>\u202e", "Two drones")
    assert (
        label_shows(banner.exercise_caption) == "<b>Les 3</b> <i>ochtend</i>   \u00b7  Two drones"
    )


def test_a_bundled_scenario_named_on_the_command_line_is_the_library_s_entry(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # `drone-trainer console inspection-fence` from any folder, as `run` and `open` take it: the
    # dialog added 'inspection-fence' as a file in the working folder and refused to open it.
    monkeypatch.chdir(tmp_path)
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    library = ScenarioLibrary(workspace, tmp_path / "mine")
    try:
        dialog = ConsoleSetupDialog(repository, library, scenario=Path("inspection-fence"))
        qtbot.addWidget(dialog)
        titles = [dialog.scenario_combo.itemText(i) for i in range(dialog.scenario_combo.count())]
        assert "inspection-fence" not in titles
        dialog.title_edit.setText("Week 49")
        dialog.accept()
        assert dialog.prepared is not None and dialog.prepared.scenario.id == "inspection-fence"
    finally:
        repository.db.close()


def test_a_long_session_title_does_not_widen_the_setup(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    repository.add_session("<b>Les</b>" + "lang" * 60)
    try:
        dialog = ConsoleSetupDialog(repository, ScenarioLibrary(workspace, tmp_path / "mine"))
        qtbot.addWidget(dialog)
        assert dialog.minimumSizeHint().width() < 1200  # was wider than a 1920 px screen
    finally:
        repository.db.close()


def test_the_projector_before_the_start_does_not_say_the_exercise_is_running(
    classroom: tuple[ConsoleWindow, Class, Asked],
) -> None:
    window, _group, _asked = classroom
    assert window.console.state == "ready"  # waiting to start
    projector = window.show_projector()
    assert projector.note.isVisibleTo(projector)
    assert "running" not in projector.note.text()  # was 'The exercise is running: ...'
    assert "once the exercise has ended" in projector.note.text()


def test_the_setups_library_offers_no_edit_it_cannot_do(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # The library's Edit goes to the single-PC window's scenario editor; in the console's setup
    # nothing took it, so Edit closed the library and did nothing.
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    try:
        dialog = ConsoleSetupDialog(repository, ScenarioLibrary(workspace, tmp_path / "mine"))
        qtbot.addWidget(dialog)
        library = dialog.show_library()
        qtbot.addWidget(library)
        assert library.isVisible()
        assert not library.edit_button.isVisible()
        assert library.open_button.isVisible()
        library.reject()
    finally:
        repository.db.close()


def test_the_instructor_is_told_where_the_exercise_befores_responses_went(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The console's PC died; started again on the same record, its window says that a
    station's responses of the exercise before went back to the run they were made in."""
    from tests.classroom.test_console_restarted import StationClock, dead_pid

    configure_pyqtgraph()
    prepared = simulated(scenario_path("two-drones")).prepared
    db = open_database(tmp_path / "record.sqlite")
    dead = Repository(db, pid=dead_pid())  # the console before, as after its crash
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    before = ClassConsole(prepared, dead, dead.add_session("Week 12"), socket, code="AAAAAA")
    clock = StationClock()
    link = StationLink(f"tcp://127.0.0.1:{socket.port}", "AAAAAA", "Joost", clock=clock,
                       outbox=tmp_path / "joost.out")  # fmt: skip
    wait_for(qtbot, lambda: (before.pump(5), link.pump(), link.joined)[2])
    before.start()
    wait_for(qtbot, lambda: (before.pump(5), link.pump(), link.outbox.runs != {})[2])
    socket.close()  # the PC dies
    link.act(StationActionKind.INFORM_RADIO, 0.0)
    repository = Repository(db)
    repository.mark_interrupted_runs()
    same_port = ConsoleSocket(f"tcp://127.0.0.1:{socket.port}")
    again = ClassConsole(prepared, repository, repository.add_session("Week 12, again"),
                         same_port, code="AAAAAA")  # fmt: skip
    window = ConsoleWindow(again, ["127.0.0.1"], ask=Asked())
    qtbot.addWidget(window)
    window.show()
    clock.ahead_s += 6  # the station hears nothing for 5 s and joins again
    try:
        wait_for(qtbot, lambda: (link.pump(), link.joined and link.unacknowledged == 0)[1])
        window.refresh_dashboard()
        told = window.statusBar().currentMessage()
        assert told.startswith("Joost: 1 response(s) from the exercise before") and (
            "in the run they were made in" in told
        )
    finally:
        window.stop()
        link.close()
        again.socket.close()
        db.close()
