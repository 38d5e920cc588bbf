"""English: the program's sentences. Fields in braces; units after a colon (see trainer.i18n):
:points (+20), :n (16.7), :s (14 s), :clock (3:47), :eur (EUR 1,234), :min (seconds as 3.3 min),
:1 and :3 (one or three decimals)."""

from trainer.i18n import (
    en_actions,
    en_basemap,
    en_cli,
    en_geojson,
    en_import_log,
    en_records,
    en_roster,
    en_scenario,
)

MESSAGES: dict[str, str] = {
    # -- drones an instructor can inject (trainer.sim.injects.TEMPLATES)
    "template.hobby": "Hobby multirotor (C0, no Remote ID), loitering",
    "template.racer": "Racing quad (no class mark), fast and erratic",
    "template.photo": "Photo multirotor (C1, Remote ID), orbiting",
    "template.wing": "Fixed-wing (C3, no Remote ID), circling",
    # -- an inject the engine refuses (trainer.sim.engine), shown after "Inject refused:"
    "inject.no_drone": "no drone {drone} to inject {kind} into",
    "inject.no_sensors": "this run has no sensors to take out",
    "inject.drone_exists": "there is already a drone {drone}",
    # -- the moment a clock starts, as a reason names it
    "clock.first_detection": "first detection",
    "clock.joined": "joining the exercise at {at:clock}",
    "clock.its_first_detection": "its first detection",
    "clock.zone_entry": "entry of {zone}",
    "clock.zone_exit": "exit of {zone}",
    "event.landed": "landing",
    "event.flyaway": "the flyaway",
    "event.lost_link": "the lost link",
    "event.battery_low": "battery low",
    "event.battery_empty": "the battery ran out",
    "event.launched": "launch",
    "event.runway_approached": "coming near the runway",
    "event.other": "the {name} event",
    # -- the values of an assessment
    "value.drone": "drone",
    "value.bird": "bird",
    "value.manned": "manned",
    "value.false_track": "false track",
    "value.authorised": "authorised",
    "value.unauthorised": "unauthorised",
    "value.unknown": "unknown",
    "value.low": "low",
    "value.medium": "medium",
    "value.high": "high",
    # -- words
    "words.anonymous_trainee": "Anonymous trainee",  # a station that gave no name
    "words.or": "{first} or {last}",
    "words.authored": "{en}",  # the scenario author's words, in this language if given
    "words.false_tracks_incident": "false-tracks",  # as the incident tag always read
    "words.the_track": "the track",
    "words.false_track": "{track} (a false track)",
    "words.untracked_drone": "an untracked drone",
    "words.disruption": "{duration:min} disruption, {cost:eur}",
    "unit.minutes": "{value:min}",
    # -- what the trainee did
    "did.acknowledge": "acknowledged track {track}",
    "did.acknowledge_bare": "acknowledged the track",
    "did.acknowledge_untracked": "acknowledged {drone}",  # 'an untracked drone'
    "did.classify": "classified {track} as {value}",
    "did.identify": "identified {track} as {value}",
    "did.set_threat": "set threat level {value} for {track}",
    "did.notify_police": "notified police",
    "did.notify_police_about": "notified police about {track}",
    "did.contact_operator": "contacted the operator",
    "did.contact_operator_about": "contacted the operator of {track}",
    "did.close_incident": "closed the incident",
    "did.close_incident_about": "closed the incident of {track}",
    "did.inform_radio": "informed Twente Radio",
    "did.suspend_operations": "suspended runway operations",
    "did.resume_operations": "resumed runway operations",
    # -- reasons
    "head.gained": "{gained:points} {action}",
    "head.none": "0/{of:n} {action}",
    "when.after": "{delay:s} after {label}",
    "when.before": "{early:s} before {label}",
    "when.at": "at {label}",
    "reason.on_time": "{head} {when} (window {window:s})",
    "reason.late": "{head} {when} (window {window:s}; {late:s} late, {gained:n} of {of:n})",
    "reason.too_late": "{head} {when} (window {window:s}): more than 3 windows late",
    "reason.never": "0/{of:n} never {action} (due within {window:s} of {label} at {due:clock})",
    "reason.not_while_due": (
        "0/{of:n} runway operations were not suspended when due (within {window:s} "
        "of {label} at {due:clock})"
    ),
    "reason.not_due": "0/0 {action}: not due, {label} did not happen in this run",
    "reason.never_seen": "0/0 {action}: not due, no track of it appeared in this run",
    # A live score, the run still going: what has not happened or been done yet still may.
    "reason.not_due_yet": "0/0 {action}: not due yet, {label} has not happened so far",
    "reason.not_seen_yet": "0/0 {action}: not due yet, no track of it so far",
    "reason.not_yet": (
        "0/{of:n} not yet {action} (due within {window:s} of {label} at {due:clock})"
    ),
    "reason.resume_not_suspended_yet": (
        "0/{of:n} not yet {action}: they have not been suspended so far"
    ),
    "reason.ended_before": (
        "0/{of:n} {action}: run ended at {end:clock} before this was due ({label} at {due:clock})"
    ),
    "reason.resume_not_when_due": "0/{of:n} {action}: not suspended while it was due",
    "reason.resume_never_suspended": "0/{of:n} never {action}: they were never suspended",
    "reason.premature_suspension": (
        "{penalty:points} suspended runway operations {early:s} before it was warranted "
        "({label} at {start:clock}): needless {disruption}"
    ),
    "reason.needless_no_track": (
        "{penalty:points} suspended runway operations with no track about that warranted it: "
        "{disruption}"
    ),
    "reason.needless_authorised": (
        "{penalty:points} suspended runway operations for an authorised flight ({about}), "
        "which did not warrant it: {disruption}"
    ),
    "reason.needless_then": (
        "{penalty:points} suspended runway operations for {about}, which did not warrant it "
        "then: {disruption}"
    ),
    "reason.early_resume": (
        "{penalty:points} resumed runway operations at {at:clock} while {about} still "
        "warranted a suspension"
    ),
    "reason.early_resume_until": (
        "{penalty:points} resumed runway operations at {at:clock} while {about} still "
        "warranted a suspension (until {label} at {until:clock})"
    ),
    "reason.resumed_too_early": (
        "0/{of:n} resumed runway operations at {at:clock}, {early:s} before {label} "
        "({until:clock}), while {about} still warranted a suspension"
    ),
    "reason.penalised": "{penalty:points} {action} (at {at:clock})",
    "reason.penalised_why": "{penalty:points} {action}: {why} (at {at:clock})",
    "reason.penalised_expected": "{penalty:points} {action}, expected {expected} (at {at:clock})",
    "reason.out_of_order": (
        "{penalty:points} {then} at {then_at:clock} before {first} (at {first_at:clock})"
    ),
    # -- the sheet as text
    "category.expected": "expected",
    "category.penalty": "penalty",
    "category.order": "order",
    "category.missed": "missed",
    "result.passed": "PASSED",
    "result.failed": "FAILED",
    "sheet.heading": "Score sheet: {title} (seed {seed})",
    "sheet.no_items": "(no items)",
    "sheet.ended_early": "(run ended early at {at:clock})",
    "sheet.nothing_due": "(nothing was due)",
    "sheet.total": (
        "Total: {total:n} of {maximum:n} points = {percent:1} % (pass mark {pass_mark:n} %): "
        "{verdict}"
    ),
    "sheet.disruption": "Runway operations suspended: {minutes:1} min, {cost:eur}",
    "sheet.missed_heading": "Required actions missed (each fails the run):",
    # -- score-sheet documents (PDF, CSV, XLSX)
    "words.no_trainee": "(no trainee)",
    "words.yes": "yes",
    "words.no": "no",
    "status.finished": "finished",
    "status.aborted": "aborted",
    "status.interrupted": "interrupted",
    "status.running": "running",
    "status_note.finished": "ran to the scenario's end",
    "status_note.aborted": "ended by the instructor",
    "status_note.interrupted": "its trainer stopped mid-run; rescored afterwards",
    "status_note.running": "still running",
    "sheet.status_line": "run {status}: {note}",
    "sheet.status_line_ended": "run {status}: {note}; items due after {at} count as missed",
    "sheet.run_ended_early": "run ended early at {at}",
    "sheet.ended_early_short": "ended early at {at}",
    "sheet.points_of": "{total:n} of {maximum:n} points",
    "sheet.pass_mark": "pass mark {pass_mark:n} %",
    "sheet.cost": "cost {cost:eur}",
    "sheet.trainee_id": "id {id}",
    "sheet.group_of": "group {group}",
    "sheet.difficulty_of": "difficulty {difficulty} of 5",
    "sheet.seed": "seed {seed}",
    "sheet.title": "Score sheet",
    "sheet.items_heading": "Score items",
    "sheet.record_line": (
        "Run {run} · seed {seed} · {status} · {product} {version} · scenario file SHA-256 {sha}…"
    ),
    "sheet.page": "Page {page} of {pages}",
    "sheet.footer": "Score sheet · run {run} · {trainee} · {scenario}",
    "sheet.document_title": "Score sheet: {trainee}, {title}",
    "sheet.workbook_title": "Score sheet, run {run}",
    "sheet.scenario_title": "Score sheet: {title}",
    "sheet.ended_at_sim": "at {at} (sim time)",
    "sheet.minutes": "{minutes:1} min",
    "sheet.percent": "{percent:1} %",
    "summary.title": "Class summary",
    "summary.sheet_name": "Summary",
    "summary.line": "Instructor: {instructor} · {runs} runs · {passed} passed · {failed} failed",
    "summary.exported": "Exported {when} by {product} {version}",
    "summary.footer": "Class summary · {title}",
    "summary.session_title": "{title} (session {session})",
    # -- exporting and replaying a recorded run (what goes wrong, said to the instructor)
    "export.no_runs": "no runs to export",
    "export.no_sheet": "run {run} ({scenario}) has no score sheet to export: {why}",
    "export.rescore_it": "{text}; score it with: drone-trainer rescore --db {db} --run {run}",
    "export.why_running": "it is still running",
    "export.why_finished": "it finished but was not scored",
    "export.why_aborted": "it was aborted and not scored (left by a restart or by closing)",
    "export.why_interrupted": "it was interrupted and has not been rescored",
    "export.session_unscored": "class session {session} ({title}) has no scored runs",
    "export.cannot_create": "{folder}: cannot create the folder: {why}",
    "export.cannot_write_in": "{folder}: cannot write files in this folder: {why}",
    "export.cannot_write": "{path}: cannot write: {why}",
    "export.no_free_name": "{folder}: cannot find a free file name for {name}",
    "export.pdf_refused": "{path}: cannot write the PDF file (is the folder writable?)",
    "export.print_refused": "cannot print the score sheet (is the printer there?)",
    "replay.scenario_gone": (
        "run {run}: its scenario file {path} is not there any more, and no bundled scenario "
        "has the content it was played with"
    ),
    "replay.scenario_changed": (
        "{name} has changed since run {run} was made; the replay may differ from it"
    ),
    "replay.scenario_found": (
        "run {run} was played from {name}, which is gone or changed; replayed from the "
        "bundled {found}, the same file"
    ),
    "replay.log_differs": "the replayed event log differs from the recorded one",
    "label.trainee": "Trainee",
    "label.trainee_id": "Trainee id",
    "label.group": "Group",
    "label.scenario": "Scenario",
    "label.difficulty": "Difficulty (1-5)",
    "label.date": "Date",
    "label.date_local": "Date (local)",
    "label.date_utc": "Date (UTC)",
    "label.instructor": "Instructor",
    "label.class_session": "Class session",
    "label.run": "Run",
    "label.result": "Result",
    "label.total": "Total",
    "label.maximum": "Maximum",
    "label.percent": "Percent",
    "label.pass_mark": "Pass mark (%)",
    "label.disruption": "Disruption",
    "label.disruption_min": "Disruption (min)",
    "label.disruption_eur": "Disruption (EUR)",
    "label.seed": "Seed",
    "label.status": "Status",
    "label.ended_early": "Ended early",
    "label.app_version": "App version",
    "label.with_overrides": "With the instructor's overrides",
    "label.scenario_sha": "Scenario file SHA-256",
    "label.runway_suspended": "Runway operations suspended",
    "label.signature_trainee": "Signature trainee",
    "label.signature_instructor": "Signature instructor",
    "label.time": "Time",
    "label.time_s": "Time (s)",
    "label.category": "Category",
    "label.incident": "Incident",
    "label.points": "Points",
    "label.max_points": "Max points",
    "label.reason": "Reason",
    "label.score_sheet_tab": "Score",
    "column.run_id": "run_id",
    "column.trainee": "trainee",
    "column.scenario": "scenario",
    "column.item": "item",
    "column.category": "category",
    "column.incident": "incident",
    "column.time_s": "time_s",
    "column.points": "points",
    "column.max_points": "max_points",
    "column.reason": "reason",
    "column.status": "status",
    "column.ended_at": "ended_at",
    "column.trainee_id": "trainee_id",
    "column.trainee_record_id": "trainee_record_id",
    "column.group": "group",
    "column.date": "date",
    "column.total": "total",
    "column.maximum": "maximum",
    "column.percent": "percent",
    "column.passed": "passed",
    "column.disruption_min": "disruption_min",
    "column.disruption_eur": "disruption_eur",
    "column.override_points": "override_points",
    "column.instructor_note": "instructor_note",
    "sheet.override_total": "With the instructor's overrides: {score}",
    "sheet.override_score": "{total:n} of {maximum:n} points, {percent:1} %, {result}",
    "sheet.computed_score": "with overrides; computed {total:n}, {percent:1} %",
    "sheet.review": "Instructor: {text}",
    "sheet.review_override": "{override:n} points instead of {computed:n}.",
    # -- when each item's response was due, on every sheet (trainer.scoring.due_text)
    "sheet.due_window": "due {start}–{end}",
    "sheet.due_line": "{window} · {outcome}",
    "sheet.due_clock_note": (
        "Due times are on the scenario's local clock, as the trainee's screen showed it "
        "({start} at the run's start)."
    ),
    "sheet.due_done": "{outcome} (done {done})",
    "sheet.due_done_void": "{outcome} (done {done}, did not count)",
    "sheet.due_done_inline": "{outcome}, done {done}",
    "sheet.due_done_void_inline": "{outcome}, done {done}, did not count",
    "sheet.due_outcome_met": "on time",
    "sheet.due_outcome_late": "late",
    "sheet.due_outcome_missed": "missed",
    "sheet.due_outcome_not_applicable": "not applicable",
    # an item whose points the instructor overrode: their outcome counts, the scorer's beside it
    "sheet.due_overridden": "{outcome}, the instructor's judgement (computed: {computed})",
    "label.due_start_s": "Due from (s)",
    "label.due_end_s": "Due until (s)",
    "label.outcome": "Outcome",
    "label.computed_outcome": "Computed outcome",
    "column.due_start_s": "due_start_s",
    "column.due_end_s": "due_end_s",
    "column.outcome": "outcome",
    "column.computed_outcome": "computed_outcome",
    "column.computed_total": "computed_total",
    "column.computed_percent": "computed_percent",
    "column.computed_passed": "computed_passed",
    # -- what a manned flight is doing, on its map label (trainer.sim.flight_plans.phase_word)
    "phase.waiting": "waiting",
    "phase.take_off": "take off",
    "phase.upwind": "upwind",
    "phase.crosswind": "crosswind",
    "phase.downwind": "downwind",
    "phase.base": "base",
    "phase.final": "final",
    "phase.landing_roll": "landing roll",
    "phase.touch_and_go": "touch and go",
    "phase.climb_out": "climb out",
    "phase.leaving": "leaving",
    "phase.landed": "landed",
    "phase.departed": "departed",
    # -- the briefing
    "briefing.no_remote_id": "no Remote ID",
    "briefing.not_given": "not given",
    "briefing.remote_id": "operator {operator}, serial {serial}",
    "briefing.flight": (
        "{reference}: {remote_id}\n  zones: {zones}\n  valid {valid_from} to {valid_to} local"
    ),
    "briefing.none": "No drone flights are authorised today.",
    "briefing.one": "One authorised drone flight today",
    "briefing.many": "{count} authorised drone flights today",
}

# The command line's, the doctor's and the scenario checks' sentences live in their own files.
MESSAGES |= en_cli.MESSAGES | en_scenario.MESSAGES | en_roster.MESSAGES
MESSAGES |= en_records.MESSAGES | en_basemap.MESSAGES | en_actions.MESSAGES
MESSAGES |= en_geojson.MESSAGES | en_import_log.MESSAGES
