"""English: the command line's sentences (help, output, argparse's own words) and the doctor's.
Merged into trainer.i18n.en.MESSAGES; the Dutch is in nl_cli.py, with the same keys."""

MESSAGES: dict[str, str] = {
    # -- argparse's own words (see trainer/cli_argparse.py), as argparse writes them
    "argparse.usage": "usage:",
    "argparse.positionals": "positional arguments",
    "argparse.options": "options",
    "argparse.help": "show this help message and exit",
    "argparse.version": "show program's version number and exit",
    "argparse.error": "{prog}: error: {message}",
    "argparse.argument": "argument {argument}: {inner}",
    "argparse.required": "the following arguments are required: {names}",
    "argparse.one_required": "one of the arguments {names} is required",
    "argparse.unrecognized": "unrecognized arguments: {words}",
    "argparse.choice": "invalid choice: {value} (choose from {choices})",
    "argparse.invalid_value": "invalid {type} value: {value}",
    "argparse.expected_one": "expected one argument",
    "argparse.expected_at_most_one": "expected at most one argument",
    "argparse.expected_at_least_one": "expected at least one argument",
    "argparse.expected_count": "expected {count} arguments",
    "argparse.not_allowed_with": "not allowed with argument {other}",
    "argparse.ambiguous": "ambiguous option: {option} could match {matches}",
    "argparse.ignored_value": "ignored explicit argument {value}",
    # -- the command line
    "cli.description": "Twente Drone Safety Trainer (EHTW).",
    "cli.help.assets": "asset folder (default: bundled)",
    "cli.help.lang": (
        "language of the window, the sheets and the messages (default: ${env}, the window's "
        "setting, then the system's language)"
    ),
    "cli.help.open": "open the trainer window, optionally with a scenario",
    "cli.help.db_user": "training record (default: user data)",
    "cli.help.trainee_mode": (
        "lock the window in the trainee view until the instructor's PIN is typed (kept for "
        "later starts)"
    ),
    "cli.help.validate": "check scenario files; exit 1 if any is broken",
    "cli.help.paths": "files or folders of *.yaml or *.yml (default: the bundled ones)",
    "cli.help.all": "print every problem of a file (default: the first {count} and how many more)",
    "cli.all_problems": "give --all to see them all",
    "cli.validate_all": "`drone-trainer validate --all {file}` shows them all",
    "cli.help.simulate": "run a scenario headless in fast time",
    "cli.help.seed": "override the scenario's seed",
    "cli.help.until": "stop at this sim time (default: the scenario's duration)",
    "cli.help.json": "one JSON object a line",
    "cli.help.schema": "print the scenario format as JSON Schema",
    "cli.help.export": "export score sheets of a run or a class session as PDF, CSV or XLSX",
    "cli.help.db": "training record file (default: user data folder)",
    "cli.help.run_id": "a run id (may be repeated)",
    "cli.help.session": "every scored run of a session",
    "cli.help.run": "run a scenario headless with a scripted trainee; score and record it",
    "cli.help.bot": "a scripted trainee",
    "cli.help.actions": (
        'a trainee from a file: JSON lines {{"at_s": 95, "kind": "classify", "track": "T002", '
        '"params": {{"classification": "drone"}}}}; kind end_run ends the run'
    ),
    "cli.help.trainee": "record the run for this trainee (added if new)",
    "cli.help.rescore": (
        "score a recorded run again (one that was interrupted or never scored) and save its sheet"
    ),
    "cli.help.db_required": "training record file",
    "cli.help.run_one": "the run's id",
    "cli.no_scenarios_in": "{folder}: a folder without scenario files (*.yaml, *.yml)",
    "cli.folder_unreadable": "{folder}: cannot read the folder: {why}",
    "cli.ok": "{file}: ok",
    "cli.warning": "  warning: {warning}",
    "cli.valid_broken": "{valid} valid, {broken} broken",
    "cli.until_past_end": (
        "--until {until} is past the scenario's end ({end} s): simulated to its end"
    ),
    "cli.simulated": "simulated {sim:1} s in {wall:3} s wall time ({speedup} x real time)",
    "cli.no_record": "{path}: no training record there",
    "cli.skipped": "skipped: {why}",
    "cli.interrupted": "run {run} was interrupted; its actions are kept",
    "cli.not_marked": (
        "warning: {error}; exporting without marking runs whose program has stopped, so such a "
        "run may still be called running"
    ),
    "cli.by_bot": "bot {bot}",
    "cli.by_actions": "actions {file}",
    "cli.with_trainee": "{title}, trainee {trainee}",
    "cli.recorded": "recorded as run {run} in {path}",
    "cli.rescore_heading": "{title}, run {run} ({status})",
    "cli.saved_sheet": "saved as the sheet of run {run} in {path}",
    "cli.sha_changed": "warning: {path} has changed since run {run}; scoring with it as it is now",
    "cli.help.console": "the instructor's console of a class: stations join it over the LAN",
    "cli.help.station": "a trainee's station: join the class console",
    "cli.help.edit": "open the scenario editor (a new scenario, or FILE)",
    "cli.help.airspace": "list the zones airspace files give (OpenAir, ED-269, ED-318, GeoJSON)",
    "cli.help.import_log": (
        "make a scenario from a flight log (PX4 .ulg, ArduPilot .bin/.tlog, .csv, .gpx)"
    ),
    "cli.help.doctor": "check what the trainer needs on this computer and say how to fix it",
    "cli.help.basemap": "fetch background-map tiles into the cache, or pack them for other PCs",
    # -- help of arguments
    "cli.help.scenario_file": "the scenario file",
    "cli.help.open_scenario": "a scenario file (default: {name}, bundled)",
    "cli.help.export_format": "the sheets' file format",
    "cli.help.export_output": "the folder to write the sheets in",
    # -- argument checks and output
    "cli.not_seconds": "{text} is not a number of seconds",
    "cli.not_a_time": "{text} is not a time: use 0 or more seconds",
    "cli.not_whole_number": "{text} is not a whole number",
    "cli.not_a_seed": "{text} is not a seed: use {low} to {high}",
    "cli.table_title": "{title} ({id}), seed {seed}",
    "cli.column.time": "time",
    "cli.column.event": "event",
    "cli.column.drone": "drone",
    "cli.column.where": "zone / other",
    "cli.column.position": "lat, lon",
    "cli.column.alt": "alt",
    "cli.column.detail": "detail",
    "cli.events": "{count} events",
    "cli.still_running": "run {run} is still running; rescore it once it has ended",
    "cli.scenario_gone": "run {run}: its scenario file {path} is not there any more",
    # -- airspace
    "cli.airspace.description": (
        "One line per zone: id, kind, limits as read and in metres above the aerodrome, area, "
        "name. Airspace a file had to leave out is named on stderr."
    ),
    "cli.airspace.files": "airspace files (OpenAir, ED-269, ED-318, GeoJSON)",
    "cli.airspace.format": (
        "the files' format (default: guessed from the name and, for JSON, the content)"
    ),
    "cli.airspace.near": (
        "only zones within --radius-km of here (default radius {radius:n} km); south or west "
        "with '=': --near=-33.9,151.2"
    ),
    "cli.airspace.radius": "only zones within R km of --near (default: of the aerodrome)",
    "cli.airspace.kind": "only zones of this kind (may be repeated)",
    "cli.airspace.lat_lon": "{text}: write LAT,LON in degrees",
    "cli.airspace.not_lat_lon": "{text} is not a latitude and longitude",
    "cli.airspace.not_km": "{text} is not a number of kilometres",
    "cli.airspace.radius_above_0": "{text}: the radius must be more than 0 km",
    "cli.airspace.above": "{lower}-{upper} m above {aerodrome}",
    "cli.airspace.warning": "warning: {warning}",
    "cli.airspace.read": "{path}: {format}, {read} zones read, {listed} listed",
    "cli.airspace.read_one": "{path}: {format}, {read} zone read, {listed} listed",
    "cli.airspace.repaired": "{count} listed with a repaired outline (see warnings)",
    "cli.airspace.skipped": "{count} skipped (see warnings)",
    "cli.airspace.skipped_far": "{count} skipped (see warnings, {far} of them outside the area)",
    "cli.airspace.not_used": "not used: {classes}",
    # -- basemap
    "cli.basemap.fetch": "download the tiles round the aerodrome once",
    "cli.basemap.pack": "write the cached tiles into one .mbtiles file",
    "cli.basemap.output": "the new .mbtiles file",
    "cli.basemap.source": "pdok (default), pdok-grijs, pdok-pastel, or a URL",
    "cli.basemap.grid": (
        "the URL's tile grid: rd (RD New, as PDOK) or webmercator; auto (default): from the source"
    ),
    "cli.basemap.attribution": "credit line of a custom source",
    "cli.basemap.cache_dir": "tile cache (default: user cache folder)",
    "cli.basemap.radius": "half the side of the square (default 12)",
    "cli.basemap.min_level": "coarsest level (default 5)",
    "cli.basemap.max_level": "finest level (RD level 11: 1.68 m pixels)",
    "cli.basemap.centre": "RD New metres (default: Twente's aerodrome reference point)",
    "cli.basemap.bad_source": "--source {source}: give a PDOK preset or a tile URL",
    "cli.basemap.levels": "--min-level must be 0 or more and not above --max-level",
    "cli.basemap.bad_radius": "--radius-km {radius}: give a number of kilometres above 0",
    "cli.basemap.bad_centre": (
        "--centre X Y: give RD New metres (Twente's aerodrome: 257502 477487)"
    ),
    "cli.basemap.no_tiles": (
        "no tiles of {source} cover {radius} km round {x}, {y} at levels {low}-{high} (is the "
        "centre in RD New metres, and inside the grid?)"
    ),
    "cli.basemap.packed": "{path}: {count} tiles of {source}",
    "cli.basemap.set_it": (
        "Set it as the background source (View > Background map > Custom) on each PC."
    ),
    "cli.basemap.progress": "{done}/{total} tiles",
    "cli.basemap.fetched": (
        "{wanted} tiles: {fetched} fetched, {cached} already cached, {failed} failed; cache {cache}"
    ),
    "cli.basemap.first_failure": "first failure: {why}",
    "cli.basemap.no_answer": "the server did not answer",
    # -- the classroom
    "cli.console.scenario": "the scenario the class plays (the window: may be chosen there)",
    "cli.console.db": "the class's training record",
    "cli.console.session": "class session title",
    "cli.console.port": "TCP port (0: any free)",
    "cli.console.code": "the session code (default: a new one)",
    "cli.console.headless": "no window: wait for stations, run, score, exit",
    "cli.console.stations": "headless: start when joined",
    "cli.console.speed": "headless: times real time",
    "cli.console.wait": "headless: wait to start",
    "cli.console.picture_hz": "pictures per second",
    "cli.station.connect": "the console (default: find it)",
    "cli.station.code": "the session code the console shows",
    "cli.station.name": "the trainee's name",
    "cli.station.bot": "a scripted trainee (perfect, human, idle, panic, late)",
    "cli.station.scenario": "--bot only: the bot's own copy of the file",
    "cli.station.state_dir": "the station's own files",
    "cli.station.timeout": "--bot: give up after",
    "cli.classroom.bad_connect": "--connect {connect}: give it as HOST:PORT, e.g. 10.0.0.5:47650",
    "cli.classroom.headless_scenario": "console --headless needs a scenario file",
    "cli.classroom.class_title": "Class {when}",
    "cli.classroom.port_taken": (
        "cannot listen on port {port}: another console or program has it; give another port "
        "with --port, or --port 0 for any free port"
    ),
    "cli.classroom.cannot_listen": (
        "cannot listen on port {port} ({why}); give another port with --port, or --port 0 for "
        "any free port"
    ),
    "cli.classroom.listening": "console on port {port}, session {session}, code {code}",
    "cli.classroom.station_result": "{trainee}: run {run}, {result}",
    "cli.classroom.bot_needs": (
        "station --bot needs --scenario (the bot's own copy), --code and --name"
    ),
    "cli.classroom.none": "none",
    "cli.classroom.console_at": "{name} at {address}:{port}",
    "cli.classroom.consoles_found": "found {count} consoles ({names}); say which with --connect",
    "cli.classroom.refused": "refused: {why}",
    "cli.classroom.bot_done": "{name}: {actions} actions, {waiting} waiting{score}",
    "cli.classroom.kept": "{name}: {count} action(s) from the exercise before the console was "
    "started again are not on its record; kept in {file}",
    # -- the editor, the doctor
    "cli.edit.scenario": "the scenario file to edit (default: a new one)",
    "cli.doctor.db": "training record (default: user data)",
    "cli.doctor.port": "the console's port",
    # -- flight logs
    "cli.log.log": "the flight log",
    "cli.log.output": "scenario file to write",
    "cli.log.title": "the scenario's title",
    "cli.log.format": "default: by the file's extension",
    "cli.log.start": "seconds into the log to start",
    "cli.log.to": (
        "move the flight's start here (default: where it was recorded if within 50 km of the "
        "aerodrome, else the drone test area); south or west with '=': --to=-1.5,-2.5"
    ),
    "cli.log.rotate": "turn the flight clockwise",
    "cli.log.type": "the airframe (default: as the log says, else multirotor)",
    "cli.log.force": "overwrite an existing file",
    "cli.log.is_the_log": "{path}: that is the flight log itself; give another file name",
    "cli.log.exists": "{path}: exists; give --force to overwrite it",
    "cli.log.bad_rotate": "--rotate {degrees}: give degrees between -360 and 360",
    "cli.log.placement": "{log}: {error}",
    "cli.log.no_folder": "the folder {folder} does not exist (make it first, or choose another -o)",
    "cli.log.cannot_write": "{path}: cannot write: {why}",
    "cli.log.does_not_load": "{path}: written, but it does not load:\n{error}",
    "cli.log.not_yaml_name": (
        "{path}: a name without .yaml or .yml: the scenario library and `validate FOLDER` "
        "will not list it; rename it to use it there"
    ),
    "cli.log.written": (
        "{path}: {count} positions over {duration} s, {note}; fill in the answer key, then "
        "`drone-trainer validate` it"
    ),
    "cli.log.outside": (
        "{log}: outside the scenario's folder, so the scenario names it by its full path; to "
        "move the two together, put the log in the scenario's folder (or below) and import again"
    ),
    "cli.log.timeline": "What the flight does (simulated, seed 1):",
    "cli.log.more": "... and {count} more",
    "cli.log.appears": "appears",
    "cli.log.enters": "enters {zone}",
    "cli.log.leaves": "leaves {zone}",
    "cli.log.comes": "comes {detail}",
    "cli.log.tracked": "tracked as {track} ({detail})",
    "cli.log.hovers": "recording ends; it hovers there",
    "cli.log.lands": "lands",
    "cli.log.not_seconds": "{text} is not a number of seconds >= 0",
    "cli.log.lat_lon": "{text}: give LAT,LON in degrees",
    "cli.log.lat_lon_range": "{text}: latitude -90..90, longitude -180..180",
    # -- doctor (trainer/doctor.py)
    "doctor.hint": "Run `drone-trainer doctor` to see what is missing and how to fix it.",
    "doctor.cannot_open": "The window cannot open:",
    "doctor.ok": "ok",
    "doctor.problem": "PROBLEM",
    "doctor.fix": "fix: {fix}",
    "doctor.all_fine": "all fine",
    "doctor.one_problem": "{count} problem(s) found",
    "doctor.problems": "{count} problem(s) found",
    "doctor.check.plugin": "Qt platform plugin",
    "doctor.no_pyside": "PySide6 is not installed",
    "doctor.fix.reinstall_pip": "pip install the trainer again (with pip)",
    "doctor.no_plugin": "no plugin {name} in {folder}",
    "doctor.fix.platform": (
        "check QT_QPA_PLATFORM (xcb, wayland, windows, cocoa, offscreen) or reinstall PySide6"
    ),
    "doctor.stray": "{variables} point Qt at other plugins (often left by another Qt program)",
    "doctor.fix.unset": "unset {variables} before starting the trainer",
    "doctor.check.libraries": "system libraries for the window",
    "doctor.not_needed": "not needed on this system",
    "doctor.all_found": "all {count} found",
    "doctor.missing": "missing {names}",
    "doctor.fix.install": "install them: sudo apt-get install {packages}",
    "doctor.check.display": "display",
    "doctor.nothing_to_check": "{platform}: nothing to check",
    "doctor.no_display": "{variable} is not set: no screen to open the window on",
    "doctor.fix.display": (
        "start the trainer from the desktop session; with no screen (a server, CI) set "
        "QT_QPA_PLATFORM=offscreen"
    ),
    "doctor.check.record": "training record",
    "doctor.cannot_make": "{folder} cannot be made",
    "doctor.fix.other_db": "give another file with --db",
    "doctor.read_only": "{path} is read-only",
    "doctor.fix.write_access": "give the user write access, or use --db",
    "doctor.not_writable": "{folder} is not writable, so {path} cannot be written",
    "doctor.fix.folder_access": (
        "give the user write access to {folder}, or set TWENTE_TRAINER_DB / --db"
    ),
    "doctor.record_exists": "exists",
    "doctor.record_later": "made at the first run",
    "doctor.record_low": "{path} ({state}, {free} MB free)",
    "doctor.record_fine": "{path} ({state}, {free:1} GB free)",
    "doctor.fix.free": "free at least {need} MB on that disk, or move the record with --db",
    "doctor.check.assets": "assets and scenarios",
    "doctor.fix.reinstall_validate": (
        "reinstall the trainer; `drone-trainer validate` lists every problem"
    ),
    "doctor.no_assets": "no asset sets or no bundled scenarios",
    "doctor.fix.reinstall": "reinstall the trainer",
    "cli.station_only": (
        "this is the station program for trainee PCs: it joins a class exercise "
        "(`drone-trainer-station`, or its `station` command) and holds no scenarios, so no answer "
        "key is on this PC; scenarios, runs and the editor are in the full program, on the "
        "instructor's PC"
    ),
    "doctor.station_only": "station program: asset sets {names}; no scenarios here (as meant)",
    "doctor.assets_fine": "asset sets {names}; {count} scenarios valid",
    "doctor.check.port": "classroom port {port}",
    "doctor.port_in_use": "in use (a console already running here, or another program)",
    "doctor.port_unusable": "cannot be used: {why}",
    "doctor.fix.port": (
        "stop that program, or start the console with --port and give stations --connect HOST:PORT"
    ),
    "doctor.port_free": "free",
    "doctor.port_free_windows": (
        "free; allow the trainer through Windows Firewall when asked at the console's start"
    ),
    # -- `simulate`'s table: event kinds and the engine's fixed details (trainer/cli_event_words.py)
    "cli.kind.launched": "launched",
    "cli.kind.zone_entered": "entered zone",
    "cli.kind.zone_exited": "left zone",
    "cli.kind.runway_approached": "near the runway",
    "cli.kind.proximity": "drones close",
    "cli.kind.lost_link": "lost link",
    "cli.kind.flyaway": "flyaway",
    "cli.kind.battery_low": "battery low",
    "cli.kind.battery_empty": "battery empty",
    "cli.kind.returning_home": "returning home",
    "cli.kind.route_completed": "route completed",
    "cli.kind.landing": "landing",
    "cli.kind.landed": "landed",
    "cli.kind.injected": "inject",
    "cli.kind.track_started": "track started",
    "cli.kind.track_dropped": "track dropped",
    "cli.kind.drone_near_manned": "drone near aircraft",
    "cli.kind.manned_landed": "aircraft landed",
    "cli.kind.manned_departed": "aircraft departed",
    "cli.kind.remote_id_received": "Remote ID received",
    "cli.kind.view_changed": "view changed",
    "cli.kind.trainee_joined": "trainee joined",
    "cli.detail.runway": "within {metres} m of the runway",
    "cli.detail.apart": "{metres} m apart",
    "cli.detail.scripted": "scripted at {at} s",
    "cli.detail.on_entry": "on entry of {zone}",
    "cli.detail.hovering": "hovering at the last waypoint",
    "cli.detail.home_reached": "home reached",
    "cli.detail.log_landed": "its recorded flight ended on the ground",
    "cli.detail.log_hovering": "its recorded flight ended; hovering at its end",
    "cli.detail.no_effect": "{reason}; no effect, the drone is not flying",
    "cli.detail.no_update": "{sensors}; no update",
    "cli.detail.remote_id": "serial {serial}, operator {operator}",
    "cli.detail.automatic": "automatic",
    "cli.detail.fell": "fell to the ground",
    "cli.detail.instructor": "instructor inject",
    "cli.detail.manned_landed": "{flight} landed on runway {runway}",
    "cli.detail.manned_departed": "{flight} departed from runway {runway}",
    "cli.detail.near_above": "{metres} m from {flight}, {height} m above",
    "cli.detail.near_below": "{metres} m from {flight}, {height} m below",
    # -- what import-log writes into the scenario and says (trainer/scenario/from_log.py)
    "cli.import.title": "Recorded flight {name}",
    "cli.import.summary": (
        "A recorded flight ({format}, {count} positions, {duration} s) from {name}; {note}. "
        "Describe what happens and what the trainee should do."
    ),
    "cli.import.moved_to": "moved to {lat}, {lon}",
    "cli.import.where_recorded": (
        "flown where it was recorded, {distance:1} km from the aerodrome"
    ),
    "cli.import.moved_to_test_area": (
        "recorded {far} away, moved to the drone test area (training construct)"
    ),
    "cli.import.note_hint": "{note}; {hint}",
    "cli.import.takeoff": "it takes off about {takeoff} s in (--start {skip} skips the wait)",
    "cli.import.to_too_far": (
        "--to {to} is {distance} km from the aerodrome, off the trainer's map (at most {reach} km)"
    ),
}
