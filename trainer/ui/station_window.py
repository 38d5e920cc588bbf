"""The trainee's station window: the live picture from the class console, and the responses.

The trainee view of the live window, fed by the station's link instead of a local engine: the
console runs the exercise, so this window has no pause, speed, end or scenario controls, and it
never receives (so never shows) a drone id or the scenario's title. Each response is kept on
disk and sent until the console has it on the record.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from trainer.classroom import messages as msg
from trainer.classroom.station import StationLink
from trainer.geo.airspace import Airspace
from trainer.launch import Workspace
from trainer.perceived import Perception
from trainer.scoring.protocol import AERODROME_ACTIONS, ActionKind
from trainer.sim.snapshot import Snapshot
from trainer.text import printable
from trainer.ui.basemap_menu import BasemapMenu
from trainer.ui.choice_dialog import ask_which_track, asks_which_track
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.menu_bar_letters import MenuBarLetters
from trainer.ui.panels.alerts import AlertsPanel, clock_text
from trainer.ui.panels.briefing import BriefingPanel
from trainer.ui.panels.legend import LegendPanel
from trainer.ui.panels.responses import ResponsePanel
from trainer.ui.panels.track_table import TrackTable
from trainer.ui.score_dialog import ScoreSheetDialog
from trainer.ui.station_actions import StationActions
from trainer.ui.station_exercise import briefed_flights, exercise_name
from trainer.ui.station_menus import StationMenus
from trainer.ui.station_refusal import removal_text
from trainer.ui.station_sheet import sheet_of
from trainer.ui.station_status import (
    BAD,
    StationStatus,
    connection_text,
    exercise_text,
)
from trainer.ui.translation import tr
from trainer.ui.window_size import first_size
from trainer.ui.yes_no import ask_yes_no

APP_NAME = "Twente Drone Safety Trainer"
TRAINEE = "trainee"  # the alerts panel's history of the trainee's own alerts
PUMP_MS = 20
TRAINEE_FIT_M = 5000.0  # the trainee's frame, as in the live window: the 5 km ring
OVER = ("finished", "ended")
JOINED_LATE_S = 5.0  # a first picture later than this into the exercise: joined in the middle


class StationWindow(QMainWindow):
    """Joined already: `link.welcome` is in. Pumps the link every 20 ms, never waiting."""

    def __init__(
        self,
        link: StationLink,
        airspace: Airspace,
        workspace: Workspace,
        settings: QSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert link.welcome is not None, "the station window opens on a joined link"
        self.link = link
        self.welcome = link.welcome
        self.airspace = airspace
        self.workspace = workspace
        self.settings = settings
        self.clock = clock
        self.perception = Perception(airspace)
        self._first_picture = True  # the picture this window starts from (see _show_picture)
        self.your_actions = StationActions()
        self.selected: str | None = None
        self._shown_lost = False  # the responses panel says the selected track is lost
        self.state: str | None = None  # the exercise's, as the console's latest picture says
        self.picture: Snapshot | None = None  # the trainee's picture on screen
        self.stopped: str | None = None  # why this station no longer takes part
        self._leave_confirmed = False  # the trainee said yes to leaving mid-exercise
        self.sheet_dialog: ScoreSheetDialog | None = None
        self.message_box: QMessageBox | None = None
        self._shown_message: msg.Picture | None = None
        self._shown_sheet: msg.Sheet | None = None
        self._shown_acked = -1
        self._not_recorded_seen = 0
        self._kept_seen = 0
        self.kept_box: QMessageBox | None = None
        self._last_heard = clock()
        self.setWindowTitle(self._title())
        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self.canvas.set_layer_visible("overlay", False)
        self.canvas.set_airspace(airspace)
        self.track_table = TrackTable(self)
        self.alerts = AlertsPanel(self)
        self.legend = LegendPanel(self)
        self.responses = ResponsePanel(self)
        self.briefing = BriefingPanel(self)
        self.status = StationStatus(self)
        self._build_docks()
        self.menus = StationMenus(
            self, self.canvas, self.docks, self.show_sheet, self.fit_exercise, self.leave
        )
        if settings is not None:  # the background map, as in the single-PC window
            self.basemap_menu = BasemapMenu(
                self.canvas, settings, self, self._on_basemap_refused, self._on_basemap_refused
            )
            self.menus.view_menu.insertMenu(self.menus.labels_action, self.basemap_menu.menu)
        self.menu_bar_letters = MenuBarLetters(self.menuBar())  # Alt, then V: the View menu
        self._build_toolbar()
        self._build_status_bar()
        names = {z.id: z.shown_name() for z in airspace.zones}
        self.track_table.source.set_zones(names, {z.id: z.polygon.area for z in airspace.zones})
        self.alerts.set_zones(names, {z.id: z.kind for z in airspace.zones})
        self.alerts.show_history(TRAINEE)
        self.legend.set_airspace(airspace)
        self.briefing.show_flights(briefed_flights(self.welcome))
        self.canvas.cursor_moved.connect(self._on_cursor_moved)
        self.canvas.scale_changed.connect(self._on_scale_changed)
        self.canvas.track_clicked.connect(self.select_track)
        self.track_table.track_selected.connect(self.select_track)
        self.alerts.track_chosen.connect(self._on_alert_chosen)
        self.responses.response_requested.connect(self._on_response_requested)
        self.responses.refused.connect(self._on_response_refused)
        self._restore_settings()
        self._on_welcome_received(self.welcome)
        self.fit_exercise()
        self.pump_timer = QTimer(self)
        self.pump_timer.setInterval(PUMP_MS)
        self.pump_timer.timeout.connect(self._on_pump_due)
        self._take_news()
        self.pump_timer.start()

    # -- building ----------------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.docks: dict[str, QDockWidget] = {}
        legend_scroll = QScrollArea(self)
        legend_scroll.setWidget(self.legend)
        legend_scroll.setWidgetResizable(True)
        areas = Qt.DockWidgetArea
        right, bottom = areas.RightDockWidgetArea, areas.BottomDockWidgetArea
        left = areas.LeftDockWidgetArea
        for key, title, widget, where in (
            ("tracks", tr("Tracks"), self.track_table, right),
            ("responses", tr("Responses"), self.responses, right),
            ("alerts", tr("Alerts"), self.alerts, bottom),
            ("legend", tr("Legend"), legend_scroll, left),
            ("briefing", tr("Briefing"), self.briefing, left),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"station-dock-{key}")
            dock.setWidget(widget)
            self.addDockWidget(where, dock)
            self.docks[key] = dock
        self.tabifyDockWidget(self.docks["legend"], self.docks["briefing"])
        for key in ("legend", "briefing"):  # side panels: the map keeps the room
            self.docks[key].setMaximumWidth(360)
        self.docks["briefing"].raise_()  # the day's authorisations: what the trainee reads first
        self.resizeDocks(
            [self.docks["tracks"], self.docks["legend"]], [430, 270], Qt.Orientation.Horizontal
        )

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(tr("Exercise"))
        toolbar.setObjectName("station-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.status)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.cursor_label = QLabel("")
        self.scale_label = QLabel("")
        bar.addPermanentWidget(self.cursor_label)
        bar.addPermanentWidget(self.scale_label)

    def _title(self) -> str:
        name = " ".join(printable(exercise_name(self.welcome)).split())  # as the header shows it
        return f"{name} \u2014 {APP_NAME}"

    # -- the link ----------------------------------------------------------------------------

    def _on_pump_due(self) -> None:
        received = self.link.pump(0)
        if received:
            self._last_heard = self.clock()
        for message in received:
            if isinstance(message, msg.Welcome):
                self._on_welcome_received(message)
        self._take_news()

    def _take_news(self) -> None:
        """Whatever the link holds that the window does not show yet."""
        link = self.link
        if link.refused is not None:
            self.stop(link.refusal or msg.Removed(link.refused))
            return
        if link.picture is not None and link.picture is not self._shown_message:
            self._show_picture(link.picture)
        if len(link.not_recorded) > self._not_recorded_seen:
            late = set(link.not_recorded[self._not_recorded_seen :])
            self._not_recorded_seen = len(link.not_recorded)
            if self.your_actions.drop(late):
                self.statusBar().showMessage(
                    tr(
                        "An action reached the console before your run had started there: it "
                        "is not on the record"
                    ),
                    8000,
                )
        if len(link.kept) > self._kept_seen:
            self._kept_seen = len(link.kept)
            self._tell_kept()
        if link.outbox.acked != self._shown_acked:
            self._show_actions()
        if link.sheet is not None and link.sheet is not self._shown_sheet:
            self._on_sheet_received(link.sheet)
        self._show_connection()

    def _tell_kept(self) -> None:
        """Actions of the exercise before the console was started again that no record took
        (its record has no run of this trainee from then): how many, and where they are."""
        kept = self.link.outbox.kept_path
        if self.kept_box is not None:
            self.kept_box.close()
        self.kept_box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Actions not recorded"),
            tr(
                "{count} of your actions from the exercise before the console was started "
                "again could not be recorded: the console's record has no run of yours from "
                "then. They are kept on this PC, in {file}. Ask the instructor what to do "
                "with them."
            ).format(count=len(self.link.kept), file=str(kept) if kept is not None else "-"),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.kept_box.setTextFormat(Qt.TextFormat.PlainText)  # a path may hold anything
        self.kept_box.open()

    def _on_welcome_received(self, welcome: msg.Welcome) -> None:
        """Joined (again): the record's list of this station's actions is the one to show."""
        self.welcome = welcome
        self.status.show_who(exercise_name(welcome), self.link.trainee)
        self.your_actions.rebuild(welcome.made, self.link.outbox.waiting)
        self._show_actions()

    def _show_picture(self, message: msg.Picture) -> None:
        shown = self._shown_message
        if shown is not None and message.tick < shown.tick:
            self._on_console_restarted()
        self._shown_message = message
        picture = self.perception.picture_of_tracks(
            self.link.tracks, message.tick, message.time_s, self.link.manned
        )
        self.picture = picture
        alerts = self.perception.alerts(picture)
        if self._first_picture and message.time_s > JOINED_LATE_S and alerts:
            # Joined (or back) in the middle: what is on the picture now did not just happen;
            # stamped with this time, its alerts would mislead. Alerts start from here.
            self.statusBar().showMessage(
                tr(
                    "Joined at T+{time}: {count} track(s) already in view; alerts from now on"
                ).format(time=clock_text(message.time_s), count=len(picture.ids)),
                15000,
            )
            alerts = []
        self._first_picture = False
        self.alerts.add_events(alerts, TRAINEE)
        self.canvas.show_snapshot(picture, self.identities(picture))
        self.track_table.source.update(picture)
        if self.selected and self.track_table.selected_track() != self.selected:
            self.track_table.select_track(self.selected)
        if self._selected_lost() != self._shown_lost:
            self._show_selected()
        self.status.show_clock(message.time_s, self.welcome.start_minute_of_day)
        if message.state != self.state:
            self._on_exercise_state_changed(message.state)

    def _on_console_restarted(self) -> None:
        """A console started again runs a new exercise from its start (its clock counts from
        0 again): the alerts, the tracks known and the selection of the exercise before are not
        about it, and its T001 may be another drone."""
        self.perception = Perception(self.airspace)
        self.alerts.clear_histories()
        self.alerts.show_history(TRAINEE)
        self.select_track("")
        self._first_picture = True

    def _on_exercise_state_changed(self, state: str) -> None:
        self.state = state
        self.responses.set_run_active(state == "running" and self.stopped is None)
        self._show_exercise()

    def _on_sheet_received(self, released: msg.Sheet) -> None:
        self._shown_sheet = released
        self.menus.sheet_action.setEnabled(True)
        self._show_exercise()
        self.show_sheet()

    def show_sheet(self) -> None:
        if self._shown_sheet is None:
            return
        if self.sheet_dialog is not None:
            self.sheet_dialog.close()
        sheet = sheet_of(self._shown_sheet, self.welcome.seed)
        self.sheet_dialog = ScoreSheetDialog(
            sheet,
            exercise_name(self.welcome),
            self.link.trainee,
            self,
            # The welcome's start of the exercise: the clock the station's status bar shows.
            clock_start_s=self.welcome.start_minute_of_day * 60,
        )
        self.sheet_dialog.open()

    def stop(self, refusal: msg.Refused | msg.Removed) -> None:
        """The console has let this station go (removed by the instructor): say so, stop."""
        if self.stopped is not None:
            return
        self.stopped = refusal.reason
        self.pump_timer.stop()
        self.link.close()
        text = removal_text(refusal)
        self.responses.close_for(text)
        self.responses.set_run_active(False)
        self.status.show_exercise(text, BAD)
        self.status.show_connection(tr("Not connected"), BAD)
        self.message_box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Left the exercise"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.message_box.setTextFormat(Qt.TextFormat.PlainText)  # names from the console
        waiting = self.link.unacknowledged
        self.message_box.setInformativeText(
            tr("Your actions made so far are on the record. Ask the instructor what to do next.")
            if not waiting
            else tr(
                "{count} of your actions had not reached the record when the console let this "
                "station go: they are kept on this PC, not on the record. Ask the instructor "
                "what to do next."
            ).format(count=waiting)
        )
        self.message_box.open()

    # -- what is shown -----------------------------------------------------------------------

    def identities(self, picture: Snapshot) -> list[str]:
        """Map colours: the trainee's own identification of each track, else its Remote ID."""
        tracks = picture.tracks
        judged = self.your_actions.identities()
        states = []
        for i, track in enumerate(picture.ids):
            heard = tracks is not None and tracks.serial[i] is not None
            states.append(judged.get(track, "cooperative" if heard else "unknown"))
        return states

    def _show_actions(self) -> None:
        """Your actions; those the console has not acknowledged yet say they are on their way."""
        acked = self.link.outbox.acked
        self._shown_acked = acked
        self.responses.show_actions(self.your_actions.actions, self.your_actions.corrected())
        for row, seq in enumerate(self.your_actions.seqs):
            item = self.responses.history.item(row)
            if seq > acked and item is not None:
                item.setText(tr("{text}  (sending…)").format(text=item.text()))
                item.setToolTip(tr("Kept on this PC and sent until the console has it on record"))
        if self.picture is not None:
            self.canvas.show_snapshot(self.picture, self.identities(self.picture))

    def _show_exercise(self) -> None:
        if self.stopped is None:
            self.status.show_exercise(*exercise_text(self.state, self._shown_sheet is not None))

    def _show_connection(self) -> None:
        if self.stopped is not None:
            return
        silent = self.clock() - self._last_heard
        self.status.show_connection(
            *connection_text(
                self.link.joined, silent, self.link.unacknowledged, self._shown_sheet is not None
            )
        )

    # -- the trainee's responses -------------------------------------------------------------

    def _on_response_requested(self, kind: ActionKind, params: dict[str, str]) -> None:
        if self.state != "running" or self.stopped is not None or self._shown_message is None:
            return
        if kind in AERODROME_ACTIONS:
            track = None  # about the aerodrome, whatever happens to be selected
        elif asks_which_track(kind, self.selected, self._selected_lost()):
            chosen = self.ask_which_track(kind)
            if chosen is None:
                return  # cancelled
            track = chosen or None  # NO_TRACK: closing any incident
            if self.state != "running" or self.stopped is not None:
                # Ended, paused or removed while the trainee was choosing: what they chose
                # after seeing that is no response of the exercise (the console would take it
                # into the ended run as if it had been made offline).
                self._on_response_refused("")
                return
        else:
            track = self.selected
        time_s = self._shown_message.time_s  # what the trainee's clock showed
        seq = self.link.act(kind, time_s, track, params)
        self.responses.taken(kind)
        self.your_actions.add(seq, kind, time_s, track, params)
        self._show_actions()
        self._show_connection()

    def _on_response_refused(self, _message: str) -> None:
        if self.stopped is not None:
            text = tr("This station has left the exercise")
        elif self.state in OVER:
            text = tr("The exercise is over")
        elif self.state == "paused":
            text = tr(
                "The instructor has paused the exercise: you can respond again when it goes on"
            )
        else:
            text = tr("The instructor has not started the exercise yet")
        self.statusBar().showMessage(text, 4000)

    def ask_which_track(self, kind: ActionKind) -> str | None:
        """The trainee picks the track a response is about (see asks_which_track); NO_TRACK
        for none, None when cancelled."""
        live = self.picture.ids if self.picture is not None else ()
        lost = self.selected if self._selected_lost() else None
        chosen = ask_which_track(self, kind, live, lost)
        if chosen:
            self.select_track(chosen)
        return chosen

    # -- the map -----------------------------------------------------------------------------

    def select_track(self, track: str) -> None:
        self.selected = track or None
        self.canvas.tracks.select(self.selected)
        self.track_table.select_track(self.selected)
        self._show_selected()

    def _selected_lost(self) -> bool:
        """The selected track is no longer on the picture (dropped, or chosen from an old
        alert): the keys still act on it, and the responses panel says so."""
        picture = self.picture
        return (
            self.selected is not None and picture is not None and self.selected not in picture.ids
        )

    def _show_selected(self) -> None:
        self._shown_lost = self._selected_lost()
        self.responses.set_track(self.selected, self._shown_lost)

    def fit_exercise(self) -> None:
        """The same frame for every exercise (the 5 km ring), and every track shown."""
        aerodrome = self.airspace.aerodrome
        x, y = aerodrome.reference_point
        xs = [x - TRAINEE_FIT_M, x + TRAINEE_FIT_M]
        ys = [y - TRAINEE_FIT_M, y + TRAINEE_FIT_M]
        for runway in aerodrome.runways:
            xs += [end[0] for end in runway.ends]
            ys += [end[1] for end in runway.ends]
        if self.picture is not None:
            xs += [float(v) for v in self.picture.x if math.isfinite(v)]
            ys += [float(v) for v in self.picture.y if math.isfinite(v)]
        self.canvas.fit(xs, ys)

    def _on_alert_chosen(self, track: str) -> None:
        self.select_track(track)
        picture = self.picture
        if picture is not None and track in picture.ids:
            i = picture.ids.index(track)
            self.canvas.centre_on(float(picture.x[i]), float(picture.y[i]))

    def _on_cursor_moved(self, x: float, y: float) -> None:
        lat, lon = self.workspace.projector.to_wgs84(x, y)
        self.cursor_label.setText(
            tr("{lat:.5f}°N {lon:.5f}°E   RD {x:,.0f} {y:,.0f}").format(lat=lat, lon=lon, x=x, y=y)
        )

    def _on_scale_changed(self, metres_per_pixel: float) -> None:
        self.scale_label.setText(
            tr("1 px = {metres_per_pixel:,.1f} m").format(metres_per_pixel=metres_per_pixel)
        )

    # -- settings ----------------------------------------------------------------------------

    def _on_basemap_refused(self, *text: str) -> None:
        self.statusBar().showMessage(": ".join(text).splitlines()[0], 10000)

    def _restore_settings(self) -> None:
        settings = self.settings
        geometry = settings.value("station/geometry") if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            first_size(self, 1600, 1000)
        state = settings.value("station/state") if settings is not None else None
        if state is not None:
            self.restoreState(state)

    def in_exercise(self) -> bool:
        """Whether the trainee is taking part in an exercise under way."""
        return self.stopped is None and self.state in ("running", "paused")

    def leave(self) -> None:
        """Ctrl+Q (Leave the class): during an exercise, only once the trainee confirms."""
        if not self.in_exercise() or self.ask_to_leave():
            self._leave_confirmed = True
            self.close()

    def ask_to_leave(self) -> bool:
        return ask_yes_no(
            self,
            tr("Leave the exercise?"),
            tr(
                "The exercise is still going on. Your run carries on at the console; join "
                "again to come back to it. Leave now?"
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button (a spontaneous close) asks as Ctrl+Q does; closes made by
        # the program (the end of the class, tests) do not.
        confirmed = self._leave_confirmed
        if event.spontaneous() and not confirmed and self.in_exercise() and not self.ask_to_leave():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue("station/geometry", self.saveGeometry())
            self.settings.setValue("station/state", self.saveState())
            self.settings.sync()
        self.pump_timer.stop()
        if self.stopped is None:
            self.link.close()  # the run goes on at the console; this station may come back
        for dialog in self.findChildren(QDialog):  # a message left open would outlive the
            dialog.close()  # window (and keep the app running with only the message)
        super().closeEvent(event)
