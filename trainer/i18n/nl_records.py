"""Nederlands: wat er mis kan gaan met de trainingsregistratie (trainer/records).

Een mislukte stap luidt '{path}: {doing} lukt niet: {reason}'; `doing` is een records.doing.*."""

MESSAGES: dict[str, str] = {
    "records.cannot": "{path}: {doing} lukt niet: {reason}",
    "records.failed": "{path}: {reason}",
    "records.the_record": "trainingsregistratie",
    # -- de resultaatcodes van SQLite in gewone woorden
    "records.sqlite.not_a_database": (
        "geen SQLite-database (een ander soort bestand, of versleuteld)"
    ),
    "records.sqlite.corrupt": (
        "de database is beschadigd (de bestandsstructuur klopt niet); zet een reservekopie terug"
    ),
    "records.sqlite.cannot_open": (
        "het bestand kan niet worden geopend (bestaat de map, en mag erin worden geschreven?)"
    ),
    "records.sqlite.locked": (
        "de database is vergrendeld door een ander programma; sluit dat en probeer het opnieuw"
    ),
    "records.sqlite.read_only": "het bestand is alleen-lezen",
    "records.sqlite.disk_full": "de schijf is vol",
    "records.sqlite.io_error": "lees- of schrijffout op de schijf",
    "records.sqlite.permission": "geen toestemming",
    # -- het bestand openen
    "records.is_folder": "{path}: is een map, geen databasebestand",
    "records.none_there": "{path}: daar is geen trainingsregistratie",
    "records.no_folder": "{path}: de map ervan kan niet worden gemaakt: {reason}",
    "records.no_foreign_keys": "{path}: deze SQLite-bibliotheek kan geen foreign keys afdwingen",
    "records.damaged": "{path}: de database is beschadigd ({problems}); zet een reservekopie terug",
    "records.newer": (
        "{path}: schemaversie {version} is nieuwer dan deze trainer kent (tot {known}); open "
        "het bestand met een nieuwere versie van de trainer"
    ),
    "records.empty": "{path}: een leeg bestand, geen trainingsregistratie",
    "records.foreign": (
        "{path}: een SQLite-database, maar geen trainingsregistratie (met de tabellen {tables} "
        "en zonder schemaversie); kies een ander bestand"
    ),
    # -- waarom een stap geweigerd is
    "records.no_row_id": "SQLite gaf het id van de nieuwe rij niet door",
    "records.too_large": "een getal is te groot om op te slaan",
    "records.bad_sequence": "handelingnummer {sequence}: dat moet 1 of meer zijn",
    "records.bad_correction": (
        "handeling {sequence} kan alleen een eerdere handeling corrigeren, niet {corrects}"
    ),
    "records.params_not_mapping": (
        "de parameters van een handeling zijn geen namen met waarden: {params}"
    ),
    "records.unknown_value": (
        "de kolom {column} bevat {value}, dat deze trainer niet kent (een registratie van een "
        "nieuwere trainer?)"
    ),
    "records.text_not_storable": (
        "de tekst bevat een teken dat niet kan worden opgeslagen ({characters}); typ het opnieuw"
    ),
    "records.bad_json": (
        "opgeslagen gegevens zijn geen JSON (regel {line}, kolom {column}); de registratie is "
        "beschadigd"
    ),
    "records.bad_value": "een waarde kan niet worden opgeslagen of gelezen: {detail}",
    "records.transaction_open": (
        "er is al een andere transactie open; deze wijziging zou niet worden vastgelegd"
    ),
    "records.no_run": "er is geen oefening met id {id}",
    "records.no_trainee": "er is geen cursist met id {id}",
    "records.no_session": "er is geen les met id {id}",
    "records.not_running": "oefening {run} is {status}, loopt niet meer",
    "records.not_ended": "oefening {run} is {status}, nog niet beëindigd",
    "records.action_taken": (
        "oefening {run} heeft al een handeling {sequence}; handelingen worden nooit vervangen, "
        "een correctie is een nieuwe handeling"
    ),
    "records.corrects_missing": (
        "ze corrigeert handeling {corrects}, die oefening {run} niet heeft"
    ),
    "records.sheet_mismatch": (
        "het formulier hoort bij {scenario} startwaarde {seed}, de oefening is {run_scenario} "
        "startwaarde {run_seed}"
    ),
    "records.sheet_exists": "oefening {run} heeft al een scoreformulier",
    "records.name_empty": "de naam is leeg",
    "records.name_shared": (
        "{count} cursisten hebben die naam (id's {ids}); hernoem, voeg samen of archiveer ze "
        "in de klassenlijst"
    ),
    "records.merged_away": (
        "cursist {trainee} is samengevoegd met cursist {into}; de oefeningen staan nu daar"
    ),
    "records.run_has_actions": "er staan al handelingen op deze oefening",
    "records.merge_self": "een cursist kan niet met zichzelf worden samengevoegd",
    "records.keep_merged": "cursist {trainee} is zelf al samengevoegd met {into}",
    "records.id_taken": "nummer {external_id} hoort al bij cursist {trainee} ({name})",
    "records.note_too_long": "de notitie heeft {count} tekens; hoogstens {limit}",
    "records.override_not_points": "de aanpassing {value} is geen aantal punten",
    "records.override_out_of_range": (
        "de aanpassing {value:n} valt buiten wat deze regel kan geven, {low:n} tot {high:n}"
    ),
    "records.no_item": "oefening {run} heeft geen gescoorde regel {item}",
    # -- wat er gedaan werd
    "records.doing.use": "de database gebruiken",
    "records.doing.add_session": "les {title} toevoegen",
    "records.doing.add_a_session": "een les toevoegen",
    "records.doing.read_session": "les {session} lezen",
    "records.doing.list_sessions": "de lessen opsommen",
    "records.doing.start_run": "een oefening van {scenario} starten",
    "records.doing.record_action": "handeling {sequence} van oefening {run} vastleggen",
    "records.doing.record_events": "{count} gebeurtenissen van oefening {run} vastleggen",
    "records.doing.record_batch": (
        "{actions} handelingen en de gebeurtenissen van {runs} oefeningen vastleggen"
    ),
    "records.doing.record_late": "{count} late handelingen van oefening {run} vastleggen",
    "records.doing.update_time": "de simulatietijd van oefening {run} bijwerken",
    "records.doing.end_run": "oefening {run} beëindigen als {status}",
    "records.doing.find_interrupted": "onderbroken oefeningen zoeken",
    "records.doing.read_run": "oefening {run} lezen",
    "records.doing.list_runs": "de oefeningen opsommen",
    "records.doing.read_actions": "de handelingen van oefening {run} lezen",
    "records.doing.read_events": "de gebeurtenissen van oefening {run} lezen",
    "records.doing.save_sheet": "het scoreformulier van oefening {run} bewaren",
    "records.doing.read_sheet": "het scoreformulier van oefening {run} lezen",
    "records.doing.list_sheets": "de scoreformulieren opsommen",
    "records.doing.read_history": "de geschiedenis van cursist {trainee} lezen",
    "records.doing.add_trainee": "cursist {name} toevoegen",
    "records.doing.add_a_trainee": "een cursist toevoegen",
    "records.doing.read_trainee": "cursist {trainee} lezen",
    "records.doing.list_trainees": "de cursisten opsommen",
    "records.doing.find_trainee": "cursist {name} zoeken",
    "records.doing.change_trainee": "cursist {trainee} wijzigen",
    "records.doing.retire_trainee": "cursist {trainee} archiveren",
    "records.doing.restore_trainee": "cursist {trainee} terugzetten",
    "records.doing.assign_run": "oefening {run} aan cursist {trainee} geven",
    "records.doing.merge_trainees": "cursist {gone} samenvoegen met cursist {keep}",
    "records.doing.review_item": "regel {item} van oefening {run} beoordelen",
    "records.doing.read_reviews": "de beoordelingen van oefening {run} lezen",
    "records.doing.read_overrides": "de aangepaste punten van de instructeur lezen",
}
