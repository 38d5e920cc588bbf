"""English: the comments `import-log` writes into the scenario file it makes, for its author
(trainer/scenario/from_log.py). The keys and values of the file stay as the format has them."""

MESSAGES: dict[str, str] = {
    "import_file.made": "Made by `drone-trainer import-log` from {source}.",
    "import_file.fill_in": (
        "The drone flies the recorded flight; fill in the rest (see scenarios/README.md) and check"
        " the\nfile with `drone-trainer validate`, the timeline with `drone-trainer simulate`."
    ),
    "import_file.difficulty": "1 introductory .. 5 expert",
    "import_file.duration": "the recording ({flown:1} s replayed) and two minutes more",
    "import_file.eu_class": "C0..C6, or none",
    "import_file.sensors": (
        "sensors: left out, so the default ones watch: a radar and a Remote ID receiver at the"
        " aerodrome."
    ),
    "import_file.to_fill_in": (
        "To fill in, as this flight calls for: identify (authorised | unauthorised | unknown),\n"
        "set_threat, inform_radio, notify_police, contact_operator, close_incident; and\n"
        "`suspension:` if it warrants holding runway operations."
    ),
}
