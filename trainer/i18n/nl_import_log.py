"""Nederlands: het commentaar dat `import-log` in het scenariobestand schrijft. De sleutels en
waarden (identify, set_threat, none) blijven Engels: zo leest het programma ze."""

MESSAGES: dict[str, str] = {
    "import_file.made": "Gemaakt door `drone-trainer import-log` uit {source}.",
    "import_file.fill_in": (
        "De drone vliegt de opgenomen vlucht; vul de rest in (zie scenarios/README.md) en\n"
        "controleer het bestand met `drone-trainer validate`, het verloop met"
        " `drone-trainer simulate`."
    ),
    "import_file.difficulty": "1 inleidend .. 5 expert",
    "import_file.duration": "de opname ({flown:1} s afgespeeld) en twee minuten extra",
    "import_file.eu_class": "C0..C6, of none",
    "import_file.sensors": (
        "sensors: weggelaten, dus kijken de standaardsensoren: een radar en een Remote ID-"
        "ontvanger op het vliegveld."
    ),
    "import_file.to_fill_in": (
        "In te vullen, zoals deze vlucht vraagt: identify (authorised | unauthorised | unknown),\n"
        "set_threat, inform_radio, notify_police, contact_operator, close_incident; en\n"
        "`suspension:` als het baangebruik erom moet worden opgeschort."
    ),
}
