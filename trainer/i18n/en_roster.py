"""English: what a class roster file (CSV) can have wrong, as the roster import says it."""

MESSAGES: dict[str, str] = {
    "roster.line": "line {line}",
    "roster.too_big": "file is {size:1} MB; a roster is limited to {limit} MB",
    "roster.unreadable": "cannot read file: {reason}",
    "roster.not_utf8": (
        "not UTF-8 text (byte {byte}); in the spreadsheet, save as 'CSV UTF-8 (comma delimited)'"
    ),
    "roster.bad_sep": "{first_line} must name one delimiter character, as in 'sep=;'",
    "roster.no_name_column": (
        "the header row has no 'name' column (found {found}); columns: name, id, group"
    ),
    "roster.found_nothing": "nothing",
    "roster.header_only": "no trainees in {file}: it has a header row only",
    "roster.id_other_name": (
        "id {id} is trainee {trainee} in the record; the name {name} in the file was not used"
    ),
    "roster.retired": (
        "{name} is retired trainee {trainee_id} in the record; restore them in the roster to "
        "train again (not added twice)"
    ),
    "roster.empty": "the file is empty; the first row must name the columns",
    "roster.cell_too_long": "a cell is longer than {limit} characters: is this a roster?",
    "roster.unreadable_csv": "not readable CSV: {error}",
    "roster.column_twice": "column {column} appears twice; the first is used",
    "roster.field_count": (
        "{fields} fields where the header has {width}; put a name that holds the delimiter in "
        "double quotes"
    ),
    "roster.only_control": "the name holds only control characters",
    "roster.name_missing": "the name is missing",
    "roster.id_twice": "id {id} is already used on line {first}; row left out",
    "roster.name_twice": (
        "{name} is already on line {first} and neither row has an id; give them ids to import both"
    ),
}
