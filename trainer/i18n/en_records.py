"""English: what can go wrong with the training record (trainer/records), as its errors say it.

A failed step reads '{path}: cannot {doing}: {reason}'; `doing` is one of records.doing.*."""

MESSAGES: dict[str, str] = {
    "records.cannot": "{path}: cannot {doing}: {reason}",
    "records.failed": "{path}: {reason}",
    "records.the_record": "training record",
    # -- SQLite's result codes in plain words
    "records.sqlite.not_a_database": "not an SQLite database (another kind of file, or encrypted)",
    "records.sqlite.corrupt": (
        "the database is damaged (disk image is malformed); restore a backup"
    ),
    "records.sqlite.cannot_open": (
        "cannot open the file (does its folder exist, and may it be written?)"
    ),
    "records.sqlite.locked": "the database is locked by another program; close it and try again",
    "records.sqlite.read_only": "the file is read-only",
    "records.sqlite.disk_full": "the disk is full",
    "records.sqlite.io_error": "disk input/output error",
    "records.sqlite.permission": "permission denied",
    # -- opening the file
    "records.is_folder": "{path}: is a folder, not a database file",
    "records.none_there": "{path}: no training record there",
    "records.no_folder": "{path}: cannot create its folder: {reason}",
    "records.no_foreign_keys": "{path}: this SQLite library cannot enforce foreign keys",
    "records.damaged": "{path}: the database is damaged ({problems}); restore a backup",
    "records.newer": (
        "{path}: schema version {version} is newer than this trainer understands "
        "(up to {known}); open it with a newer version of the trainer"
    ),
    "records.empty": "{path}: an empty file, not a training record",
    "records.foreign": (
        "{path}: an SQLite database, but not a training record (it has tables {tables} "
        "and no schema version); choose another file"
    ),
    # -- why a step was refused
    "records.no_row_id": "SQLite did not report the new row's id",
    "records.too_large": "a number is too large to store",
    "records.bad_sequence": "action number {sequence}: it must be 1 or more",
    "records.bad_correction": (
        "action {sequence} can only correct an earlier action, not {corrects}"
    ),
    "records.params_not_mapping": "an action's parameters are not names with values: {params}",
    "records.unknown_value": (
        "the column {column} holds {value}, which this trainer does not know (a record from a "
        "newer trainer?)"
    ),
    "records.text_not_storable": (
        "the text holds a character that cannot be stored ({characters}); type it again"
    ),
    "records.bad_json": (
        "stored data is not JSON (line {line}, column {column}); the record is damaged"
    ),
    "records.bad_value": "a value cannot be stored or read: {detail}",
    "records.transaction_open": "another transaction is open; this write would not commit",
    "records.no_run": "there is no run with id {id}",
    "records.no_trainee": "there is no trainee with id {id}",
    "records.no_session": "there is no class session with id {id}",
    "records.not_running": "run {run} is {status}, no longer running",
    "records.not_ended": "run {run} is {status}, not ended",
    "records.action_taken": (
        "run {run} already has an action {sequence}; actions are never replaced, a correction "
        "is a new action"
    ),
    "records.corrects_missing": "it corrects action {corrects}, which run {run} does not have",
    "records.sheet_mismatch": (
        "the sheet is for {scenario} seed {seed}, the run is {run_scenario} seed {run_seed}"
    ),
    "records.sheet_exists": "run {run} already has a score sheet",
    "records.name_empty": "the name is empty",
    "records.name_shared": (
        "{count} trainees have that name (ids {ids}); rename, merge or retire them in the "
        "class roster"
    ),
    "records.merged_away": (
        "trainee {trainee} was merged into trainee {into}; their runs are there now"
    ),
    "records.run_has_actions": "the run has actions on it already",
    "records.merge_self": "a trainee cannot be merged into themselves",
    "records.keep_merged": "trainee {trainee} was itself merged into {into}",
    "records.id_taken": "external id {external_id} already belongs to trainee {trainee} ({name})",
    "records.note_too_long": "the note has {count} characters; at most {limit}",
    "records.override_not_points": "the override {value} is not a number of points",
    "records.override_out_of_range": (
        "the override {value:n} is outside what this item can give, {low:n} to {high:n}"
    ),
    "records.no_item": "run {run} has no scored item {item}",
    # -- what was being done
    "records.doing.use": "use the database",
    "records.doing.add_session": "add class session {title}",
    "records.doing.add_a_session": "add a class session",
    "records.doing.read_session": "read class session {session}",
    "records.doing.list_sessions": "list class sessions",
    "records.doing.start_run": "start a run of {scenario}",
    "records.doing.record_action": "record action {sequence} of run {run}",
    "records.doing.record_events": "record {count} events of run {run}",
    "records.doing.record_batch": "record {actions} actions and the events of {runs} runs",
    "records.doing.record_late": "record {count} late actions of run {run}",
    "records.doing.update_time": "update the sim time of run {run}",
    "records.doing.end_run": "end run {run} as {status}",
    "records.doing.find_interrupted": "look for interrupted runs",
    "records.doing.read_run": "read run {run}",
    "records.doing.list_runs": "list runs",
    "records.doing.read_actions": "read the actions of run {run}",
    "records.doing.read_events": "read the events of run {run}",
    "records.doing.save_sheet": "save the score sheet of run {run}",
    "records.doing.read_sheet": "read the score sheet of run {run}",
    "records.doing.list_sheets": "list the score sheets",
    "records.doing.read_history": "read the history of trainee {trainee}",
    "records.doing.add_trainee": "add trainee {name}",
    "records.doing.add_a_trainee": "add a trainee",
    "records.doing.read_trainee": "read trainee {trainee}",
    "records.doing.list_trainees": "list trainees",
    "records.doing.find_trainee": "find trainee {name}",
    "records.doing.change_trainee": "change trainee {trainee}",
    "records.doing.retire_trainee": "retire trainee {trainee}",
    "records.doing.restore_trainee": "restore trainee {trainee}",
    "records.doing.assign_run": "give run {run} to trainee {trainee}",
    "records.doing.merge_trainees": "merge trainee {gone} into trainee {keep}",
    "records.doing.review_item": "review item {item} of run {run}",
    "records.doing.read_reviews": "read the reviews of run {run}",
    "records.doing.read_overrides": "read the instructor's overrides",
}
