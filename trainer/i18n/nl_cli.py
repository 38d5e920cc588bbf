"""Nederlands: de zinnen van de opdrachtregel (hulp, uitvoer, de eigen woorden van argparse) en
van doctor. Samengevoegd in trainer.i18n.nl.MESSAGES; dezelfde sleutels als en_cli.py."""

MESSAGES: dict[str, str] = {
    # -- argparse's own words
    "argparse.usage": "gebruik:",
    "argparse.positionals": "positionele argumenten",
    "argparse.options": "opties",
    "argparse.help": "deze hulp tonen en stoppen",
    "argparse.version": "het versienummer van het programma tonen en stoppen",
    "argparse.error": "{prog}: fout: {message}",
    "argparse.argument": "argument {argument}: {inner}",
    "argparse.required": "deze argumenten ontbreken: {names}",
    "argparse.one_required": "een van de argumenten {names} is nodig",
    "argparse.unrecognized": "onbekende argumenten: {words}",
    "argparse.choice": "ongeldige keuze: {value} (kies uit {choices})",
    "argparse.invalid_value": "ongeldige waarde voor {type}: {value}",
    "argparse.expected_one": "verwacht één waarde",
    "argparse.expected_at_most_one": "verwacht hoogstens één waarde",
    "argparse.expected_at_least_one": "verwacht minstens één waarde",
    "argparse.expected_count": "verwacht {count} waarden",
    "argparse.not_allowed_with": "niet samen met argument {other}",
    "argparse.ambiguous": "dubbelzinnige optie: {option} kan staan voor {matches}",
    "argparse.ignored_value": "waarde {value} genegeerd",
    # -- the command line
    "cli.description": (
        "Twente Drone Safety Trainer (EHTW): drone-incidenten rond een vliegveld oefenen."
    ),
    "cli.help.assets": "map met kaart- en luchtruimgegevens (standaard: meegeleverd)",
    "cli.help.lang": (
        "taal van het venster, de scoreformulieren en de meldingen (standaard: ${env}, de "
        "instelling van het venster, dan de taal van het systeem)"
    ),
    "cli.help.open": "het trainervenster openen, eventueel met een scenario",
    "cli.help.db_user": "trainingsregistratie (standaard: gebruikersgegevens)",
    "cli.help.trainee_mode": (
        "het venster vergrendelen in het cursistbeeld tot de pincode van de instructeur is "
        "getypt (blijft gelden bij volgende starts)"
    ),
    "cli.help.validate": "scenariobestanden controleren; afsluitcode 1 als er een kapot is",
    "cli.help.paths": "bestanden of mappen met *.yaml of *.yml (standaard: de meegeleverde)",
    "cli.help.all": (
        "elk probleem van een bestand tonen (standaard: de eerste {count} en hoeveel er nog zijn)"
    ),
    "cli.all_problems": "geef --all om ze allemaal te zien",
    "cli.validate_all": "`drone-trainer validate --all {file}` toont ze allemaal",
    "cli.help.simulate": "een scenario zonder venster versneld afspelen",
    "cli.help.seed": "de startwaarde van het scenario vervangen",
    "cli.help.until": "stoppen op deze simulatietijd (standaard: de duur van het scenario)",
    "cli.help.json": "één JSON-object per regel",
    "cli.help.schema": "het scenarioformaat als JSON Schema afdrukken",
    "cli.help.export": (
        "scoreformulieren van een oefening of een les exporteren als PDF, CSV of XLSX"
    ),
    "cli.help.db": "bestand van de trainingsregistratie (standaard: map met gebruikersgegevens)",
    "cli.help.run_id": "een oefeningnummer (mag herhaald worden)",
    "cli.help.session": "elke gescoorde oefening van een les",
    "cli.help.run": (
        "een scenario zonder venster spelen met een gescripte cursist; scoren en vastleggen"
    ),
    "cli.help.bot": "een gescripte cursist",
    "cli.help.actions": (
        'een cursist uit een bestand: JSON-regels {{"at_s": 95, "kind": "classify", "track": '
        '"T002", "params": {{"classification": "drone"}}}}; kind end_run beëindigt de '
        "oefening"
    ),
    "cli.help.trainee": "de oefening vastleggen voor deze cursist (toegevoegd als die nieuw is)",
    "cli.help.rescore": (
        "een vastgelegde oefening opnieuw scoren (een onderbroken of nooit gescoorde) en het "
        "scoreformulier bewaren"
    ),
    "cli.help.db_required": "bestand van de trainingsregistratie",
    "cli.help.run_one": "het nummer van de oefening",
    "cli.no_scenarios_in": "{folder}: een map zonder scenariobestanden (*.yaml, *.yml)",
    "cli.folder_unreadable": "{folder}: kan de map niet lezen: {why}",
    "cli.ok": "{file}: in orde",
    "cli.warning": "  waarschuwing: {warning}",
    "cli.valid_broken": "{valid} geldig, {broken} kapot",
    "cli.until_past_end": (
        "--until {until} ligt na het einde van het scenario ({end} s): gesimuleerd tot het einde"
    ),
    "cli.simulated": (
        "{sim:1} s gesimuleerd in {wall:3} s echte tijd ({speedup} x sneller dan echt)"
    ),
    "cli.no_record": "{path}: daar is geen trainingsregistratie",
    "cli.skipped": "overgeslagen: {why}",
    "cli.interrupted": "oefening {run} is onderbroken; de handelingen ervan blijven bewaard",
    "cli.not_marked": (
        "waarschuwing: {error}; er wordt geëxporteerd zonder oefeningen waarvan het programma is "
        "gestopt als onderbroken te markeren, dus zo'n oefening kan nog 'bezig' heten"
    ),
    "cli.by_bot": "bot {bot}",
    "cli.by_actions": "handelingen uit {file}",
    "cli.with_trainee": "{title}, cursist {trainee}",
    "cli.recorded": "vastgelegd als oefening {run} in {path}",
    "cli.rescore_heading": "{title}, oefening {run} ({status})",
    "cli.saved_sheet": "bewaard als scoreformulier van oefening {run} in {path}",
    "cli.sha_changed": (
        "waarschuwing: {path} is gewijzigd sinds oefening {run}; er wordt gescoord met het "
        "bestand zoals het nu is"
    ),
    "cli.help.console": (
        "de console van de instructeur voor een klas: stations sluiten erop aan via het LAN"
    ),
    "cli.help.station": "het station van een cursist: aansluiten bij de klasconsole",
    "cli.help.edit": "de scenario-editor openen (een nieuw scenario, of FILE)",
    "cli.help.airspace": (
        "de zones uit luchtruimbestanden opsommen (OpenAir, ED-269, ED-318, GeoJSON)"
    ),
    "cli.help.import_log": (
        "een scenario maken van een vluchtlog (PX4 .ulg, ArduPilot .bin/.tlog, .csv, .gpx)"
    ),
    "cli.help.doctor": (
        "nagaan wat de trainer op deze computer nodig heeft en zeggen hoe het te verhelpen is"
    ),
    "cli.help.basemap": (
        "tegels van de achtergrondkaart in de cache ophalen, of ze inpakken voor andere pc's"
    ),
    # -- help of arguments
    "cli.help.scenario_file": "het scenariobestand",
    "cli.help.open_scenario": "een scenariobestand (standaard: {name}, meegeleverd)",
    "cli.help.export_format": "bestandsformaat van de scoreformulieren",
    "cli.help.export_output": "de map waarin de scoreformulieren komen",
    # -- argument checks and output
    "cli.not_seconds": "{text} is geen aantal seconden",
    "cli.not_a_time": "{text} is geen tijd: geef 0 of meer seconden",
    "cli.not_whole_number": "{text} is geen geheel getal",
    "cli.not_a_seed": "{text} is geen startwaarde: geef {low} tot en met {high}",
    "cli.table_title": "{title} ({id}), startwaarde {seed}",
    "cli.column.time": "tijd",
    "cli.column.event": "gebeurtenis",
    "cli.column.drone": "drone",
    "cli.column.where": "zone / overig",
    "cli.column.position": "lat, lon",
    "cli.column.alt": "hoogte",
    "cli.column.detail": "details",
    "cli.events": "{count} gebeurtenissen",
    "cli.still_running": "oefening {run} loopt nog; scoor haar opnieuw als ze klaar is",
    "cli.scenario_gone": "oefening {run}: het scenariobestand {path} is er niet meer",
    # -- airspace
    "cli.airspace.description": (
        "Eén regel per zone: id, soort, grenzen zoals gelezen en in meters boven het vliegveld, "
        "oppervlakte, naam. Luchtruim dat een bestand moest overslaan staat op stderr."
    ),
    "cli.airspace.files": "luchtruimbestanden (OpenAir, ED-269, ED-318, GeoJSON)",
    "cli.airspace.format": (
        "het formaat van de bestanden (standaard: afgeleid van de naam en, bij JSON, de inhoud)"
    ),
    "cli.airspace.near": (
        "alleen zones binnen --radius-km van dit punt (standaardstraal {radius:n} km); zuid of "
        "west met '=': --near=-33.9,151.2"
    ),
    "cli.airspace.radius": "alleen zones binnen R km van --near (standaard: van het vliegveld)",
    "cli.airspace.kind": "alleen zones van deze soort (mag herhaald worden)",
    "cli.airspace.lat_lon": "{text}: schrijf LAT,LON in graden",
    "cli.airspace.not_lat_lon": "{text} is geen breedte- en lengtegraad",
    "cli.airspace.not_km": "{text} is geen aantal kilometers",
    "cli.airspace.radius_above_0": "{text}: de straal moet meer dan 0 km zijn",
    "cli.airspace.above": "{lower}-{upper} m boven {aerodrome}",
    "cli.airspace.warning": "waarschuwing: {warning}",
    "cli.airspace.read": "{path}: {format}, {read} zones gelezen, {listed} getoond",
    "cli.airspace.read_one": "{path}: {format}, {read} zone gelezen, {listed} getoond",
    "cli.airspace.repaired": "{count} getoond met een herstelde rand (zie waarschuwingen)",
    "cli.airspace.skipped": "{count} overgeslagen (zie waarschuwingen)",
    "cli.airspace.skipped_far": (
        "{count} overgeslagen (zie waarschuwingen, {far} daarvan buiten het gebied)"
    ),
    "cli.airspace.not_used": "niet gebruikt: {classes}",
    # -- basemap
    "cli.basemap.fetch": "de tegels rond het vliegveld eenmalig downloaden",
    "cli.basemap.pack": "de tegels uit de cache in één .mbtiles-bestand schrijven",
    "cli.basemap.output": "het nieuwe .mbtiles-bestand",
    "cli.basemap.source": "pdok (standaard), pdok-grijs, pdok-pastel of een URL",
    "cli.basemap.grid": (
        "het tegelraster van de URL: rd (RD New, zoals PDOK) of webmercator; auto (standaard): "
        "volgens de bron"
    ),
    "cli.basemap.attribution": "bronvermelding van een eigen bron",
    "cli.basemap.cache_dir": "tegelcache (standaard: cachemap van de gebruiker)",
    "cli.basemap.radius": "de halve zijde van het vierkant (standaard 12)",
    "cli.basemap.min_level": "grofste niveau (standaard 5)",
    "cli.basemap.max_level": "fijnste niveau (RD-niveau 11: pixels van 1,68 m)",
    "cli.basemap.centre": "meters in RD New (standaard: het referentiepunt van vliegveld Twente)",
    "cli.basemap.bad_source": "--source {source}: geef een PDOK-voorinstelling of een tegel-URL",
    "cli.basemap.levels": "--min-level moet 0 of meer zijn en niet boven --max-level",
    "cli.basemap.bad_radius": "--radius-km {radius}: geef een aantal kilometers boven 0",
    "cli.basemap.bad_centre": (
        "--centre X Y: geef meters in RD New (vliegveld Twente: 257502 477487)"
    ),
    "cli.basemap.no_tiles": (
        "geen tegels van {source} binnen {radius} km rond {x}, {y} op niveau {low}-{high} (is "
        "het middelpunt in meters RD New, en binnen het raster?)"
    ),
    "cli.basemap.packed": "{path}: {count} tegels van {source}",
    "cli.basemap.set_it": (
        "Stel het op elke pc in als achtergrondbron (Beeld > Achtergrondkaart > Eigen tegel-URL "
        "of bestand)."
    ),
    "cli.basemap.progress": "{done}/{total} tegels",
    "cli.basemap.fetched": (
        "{wanted} tegels: {fetched} opgehaald, {cached} al in de cache, {failed} mislukt; "
        "cache {cache}"
    ),
    "cli.basemap.first_failure": "eerste fout: {why}",
    "cli.basemap.no_answer": "de server gaf geen antwoord",
    # -- the classroom
    "cli.console.scenario": "het scenario dat de klas speelt (in het venster ook daar te kiezen)",
    "cli.console.db": "de trainingsregistratie van de klas",
    "cli.console.session": "titel van de les",
    "cli.console.port": "TCP-poort (0: een willekeurige vrije)",
    "cli.console.code": "de lescode (standaard: een nieuwe)",
    "cli.console.headless": "zonder venster: op stations wachten, spelen, scoren, stoppen",
    "cli.console.stations": "zonder venster: beginnen als er zoveel aangesloten zijn",
    "cli.console.speed": "zonder venster: hoeveel keer echte tijd",
    "cli.console.wait": "zonder venster: zo lang wachten op de start",
    "cli.console.picture_hz": "beelden per seconde",
    "cli.station.connect": "de console (standaard: zelf zoeken)",
    "cli.station.code": "de lescode die de console toont",
    "cli.station.name": "de naam van de cursist",
    "cli.station.bot": "een gescripte cursist (perfect, human, idle, panic, late)",
    "cli.station.scenario": "alleen bij --bot: de eigen kopie van het bestand voor de bot",
    "cli.station.state_dir": "de eigen bestanden van het station",
    "cli.station.timeout": "bij --bot: na zoveel seconden opgeven",
    "cli.classroom.bad_connect": (
        "--connect {connect}: geef het als HOST:PORT, bijv. 10.0.0.5:47650"
    ),
    "cli.classroom.headless_scenario": "console --headless heeft een scenariobestand nodig",
    "cli.classroom.class_title": "Les {when}",
    "cli.classroom.port_taken": (
        "kan niet luisteren op poort {port}: een andere console of een ander programma gebruikt "
        "die; geef een andere poort met --port, of --port 0 voor een vrije poort"
    ),
    "cli.classroom.cannot_listen": (
        "kan niet luisteren op poort {port} ({why}); geef een andere poort met --port, of "
        "--port 0 voor een vrije poort"
    ),
    "cli.classroom.listening": "console op poort {port}, les {session}, code {code}",
    "cli.classroom.station_result": "{trainee}: oefening {run}, {result}",
    "cli.classroom.bot_needs": (
        "station --bot heeft --scenario (de eigen kopie van de bot), --code en --name nodig"
    ),
    "cli.classroom.none": "geen",
    "cli.classroom.console_at": "{name} op {address}:{port}",
    "cli.classroom.consoles_found": (
        "{count} consoles gevonden ({names}); kies er een met --connect"
    ),
    "cli.classroom.refused": "geweigerd: {why}",
    "cli.classroom.bot_done": "{name}: {actions} handelingen, {waiting} wachtend{score}",
    "cli.classroom.kept": "{name}: {count} handeling(en) uit de oefening van vóór de herstart van "
    "de console staan niet in het trainingsdossier; bewaard in {file}",
    # -- the editor, the doctor
    "cli.edit.scenario": "het scenariobestand om te bewerken (standaard: een nieuw)",
    "cli.doctor.db": "trainingsregistratie (standaard: gebruikersgegevens)",
    "cli.doctor.port": "de poort van de console",
    # -- flight logs
    "cli.log.log": "de vluchtlog",
    "cli.log.output": "het scenariobestand dat geschreven wordt",
    "cli.log.title": "de titel van het scenario",
    "cli.log.format": "standaard: volgens de extensie van het bestand",
    "cli.log.start": "na zoveel seconden in de log beginnen",
    "cli.log.to": (
        "het begin van de vlucht hierheen verplaatsen (standaard: waar ze is opgenomen als dat "
        "binnen 50 km van het vliegveld is, anders het testgebied voor drones); zuid of west "
        "met '=': --to=-1.5,-2.5"
    ),
    "cli.log.rotate": "de vlucht met de klok mee draaien",
    "cli.log.type": "het toestel (standaard: wat de log zegt, anders multirotor)",
    "cli.log.force": "een bestaand bestand overschrijven",
    "cli.log.is_the_log": "{path}: dat is de vluchtlog zelf; kies een andere bestandsnaam",
    "cli.log.exists": "{path}: bestaat al; geef --force om het te overschrijven",
    "cli.log.bad_rotate": "--rotate {degrees}: geef graden tussen -360 en 360",
    "cli.log.placement": "{log}: {error}",
    "cli.log.no_folder": ("de map {folder} bestaat niet (maak die eerst, of kies een andere -o)"),
    "cli.log.cannot_write": "{path}: kan niet schrijven: {why}",
    "cli.log.does_not_load": "{path}: geschreven, maar het laadt niet:\n{error}",
    "cli.log.not_yaml_name": (
        "{path}: een naam zonder .yaml of .yml: de scenariobibliotheek en `validate MAP` "
        "tonen het niet; geef het een andere naam om het daar te gebruiken"
    ),
    "cli.log.written": (
        "{path}: {count} posities over {duration} s, {note}; vul de antwoordsleutel in en "
        "controleer het dan met `drone-trainer validate`"
    ),
    "cli.log.outside": (
        "{log}: buiten de map van het scenario, dus het scenario noemt de log met het volledige "
        "pad; om ze samen te verplaatsen: zet de log in de map van het scenario (of daaronder) "
        "en importeer opnieuw"
    ),
    "cli.log.timeline": "Wat de vlucht doet (gesimuleerd, startwaarde 1):",
    "cli.log.more": "... en nog {count}",
    "cli.log.appears": "verschijnt",
    "cli.log.enters": "vliegt {zone} binnen",
    "cli.log.leaves": "verlaat {zone}",
    "cli.log.comes": "komt {detail}",
    "cli.log.tracked": "gevolgd als {track} ({detail})",
    "cli.log.hovers": "opname eindigt; de drone blijft daar hangen",
    "cli.log.lands": "landt",
    "cli.log.not_seconds": "{text} is geen aantal seconden >= 0",
    "cli.log.lat_lon": "{text}: geef LAT,LON in graden",
    "cli.log.lat_lon_range": "{text}: breedte -90..90, lengte -180..180",
    # -- doctor (trainer/doctor.py)
    "doctor.hint": (
        "Voer `drone-trainer doctor` uit om te zien wat er ontbreekt en hoe je het oplost."
    ),
    "doctor.cannot_open": "Het venster kan niet openen:",
    "doctor.ok": "ok",
    "doctor.problem": "PROBLEEM",
    "doctor.fix": "oplossing: {fix}",
    "doctor.all_fine": "alles in orde",
    "doctor.one_problem": "{count} probleem gevonden",
    "doctor.problems": "{count} problemen gevonden",
    "doctor.check.plugin": "Qt-platformplug-in",
    "doctor.no_pyside": "PySide6 is niet geïnstalleerd",
    "doctor.fix.reinstall_pip": "installeer de trainer opnieuw met pip",
    "doctor.no_plugin": "geen plug-in {name} in {folder}",
    "doctor.fix.platform": (
        "controleer QT_QPA_PLATFORM (xcb, wayland, windows, cocoa, offscreen) of installeer "
        "PySide6 opnieuw"
    ),
    "doctor.stray": (
        "{variables} wijzen Qt naar andere plug-ins (vaak achtergelaten door een ander "
        "Qt-programma)"
    ),
    "doctor.fix.unset": "haal {variables} weg (unset) voordat je de trainer start",
    "doctor.check.libraries": "systeembibliotheken voor het venster",
    "doctor.not_needed": "niet nodig op dit systeem",
    "doctor.all_found": "alle {count} gevonden",
    "doctor.missing": "ontbrekend: {names}",
    "doctor.fix.install": "installeer ze: sudo apt-get install {packages}",
    "doctor.check.display": "beeldscherm",
    "doctor.nothing_to_check": "{platform}: niets te controleren",
    "doctor.no_display": "{variable} is niet gezet: geen scherm om het venster op te openen",
    "doctor.fix.display": (
        "start de trainer vanuit de bureaubladsessie; zonder scherm (een server, CI) zet je "
        "QT_QPA_PLATFORM=offscreen"
    ),
    "doctor.check.record": "trainingsregistratie",
    "doctor.cannot_make": "{folder} kan niet worden aangemaakt",
    "doctor.fix.other_db": "geef een ander bestand met --db",
    "doctor.read_only": "{path} is alleen-lezen",
    "doctor.fix.write_access": "geef de gebruiker schrijfrechten, of gebruik --db",
    "doctor.not_writable": "{folder} is niet schrijfbaar, dus {path} kan niet worden geschreven",
    "doctor.fix.folder_access": (
        "geef de gebruiker schrijfrechten op {folder}, of zet TWENTE_TRAINER_DB / --db"
    ),
    "doctor.record_exists": "bestaat",
    "doctor.record_later": "wordt bij de eerste oefening aangemaakt",
    "doctor.record_low": "{path} ({state}, {free} MB vrij)",
    "doctor.record_fine": "{path} ({state}, {free:1} GB vrij)",
    "doctor.fix.free": (
        "maak minstens {need} MB vrij op die schijf, of verplaats de registratie met --db"
    ),
    "doctor.check.assets": "kaartgegevens en scenario's",
    "doctor.fix.reinstall_validate": (
        "installeer de trainer opnieuw; `drone-trainer validate` noemt elk probleem"
    ),
    "doctor.no_assets": "geen kaartsets of geen meegeleverde scenario's",
    "doctor.fix.reinstall": "installeer de trainer opnieuw",
    "cli.station_only": (
        "dit is het stationsprogramma voor cursist-pc's: het neemt deel aan een klasoefening "
        "(`drone-trainer-station`, of de opdracht `station`) en bevat geen scenario's, dus geen "
        "antwoordsleutel op deze pc; scenario's, oefeningen en de editor zitten in het volledige "
        "programma, op de pc van de instructeur"
    ),
    "doctor.station_only": (
        "stationsprogramma: kaartsets {names}; hier geen scenario's (zo bedoeld)"
    ),
    "doctor.assets_fine": "kaartsets {names}; {count} scenario's geldig",
    "doctor.check.port": "klaspoort {port}",
    "doctor.port_in_use": "in gebruik (hier draait al een console, of een ander programma)",
    "doctor.port_unusable": "niet te gebruiken: {why}",
    "doctor.fix.port": (
        "stop dat programma, of start de console met --port en geef de stations --connect HOST:PORT"
    ),
    "doctor.port_free": "vrij",
    "doctor.port_free_windows": (
        "vrij; sta de trainer toe in Windows Firewall als daarom gevraagd wordt bij de start "
        "van de console"
    ),
    # -- `simulate`'s table: event kinds and the engine's fixed details
    "cli.kind.launched": "opgestegen",
    "cli.kind.zone_entered": "zone binnengevlogen",
    "cli.kind.zone_exited": "zone verlaten",
    "cli.kind.runway_approached": "bij de baan",
    "cli.kind.proximity": "drones dicht bijeen",
    "cli.kind.lost_link": "verbinding verloren",
    "cli.kind.flyaway": "weggevlogen",
    "cli.kind.battery_low": "batterij bijna leeg",
    "cli.kind.battery_empty": "batterij leeg",
    "cli.kind.returning_home": "keert terug",
    "cli.kind.route_completed": "route afgelegd",
    "cli.kind.landing": "landt",
    "cli.kind.landed": "geland",
    "cli.kind.injected": "inject",
    "cli.kind.track_started": "track gestart",
    "cli.kind.track_dropped": "track vervallen",
    "cli.kind.drone_near_manned": "drone bij vliegtuig",
    "cli.kind.manned_landed": "vliegtuig geland",
    "cli.kind.manned_departed": "vliegtuig vertrokken",
    "cli.kind.remote_id_received": "Remote ID ontvangen",
    "cli.kind.view_changed": "weergave gewisseld",
    "cli.kind.trainee_joined": "cursist aangesloten",
    "cli.detail.runway": "binnen {metres} m van de baan",
    "cli.detail.apart": "{metres} m van elkaar",
    "cli.detail.scripted": "volgens het script op {at} s",
    "cli.detail.on_entry": "bij binnenkomst in {zone}",
    "cli.detail.hovering": "hangt stil bij het laatste routepunt",
    "cli.detail.home_reached": "thuispunt bereikt",
    "cli.detail.log_landed": "de opgenomen vlucht eindigde op de grond",
    "cli.detail.log_hovering": "de opgenomen vlucht is afgelopen; hangt stil aan het eind",
    "cli.detail.no_effect": "{reason}; geen effect, de drone vliegt niet",
    "cli.detail.no_update": "{sensors}; geen update meer",
    "cli.detail.remote_id": "serienummer {serial}, exploitant {operator}",
    "cli.detail.automatic": "automatisch",
    "cli.detail.fell": "op de grond gevallen",
    "cli.detail.instructor": "inject van de instructeur",
    "cli.detail.manned_landed": "{flight} geland op baan {runway}",
    "cli.detail.manned_departed": "{flight} vertrokken van baan {runway}",
    "cli.detail.near_above": "{metres} m van {flight}, {height} m erboven",
    "cli.detail.near_below": "{metres} m van {flight}, {height} m eronder",
    # -- what import-log writes into the scenario and says
    "cli.import.title": "Opgenomen vlucht {name}",
    "cli.import.summary": (
        "Een opgenomen vlucht ({format}, {count} posities, {duration} s) uit {name}; {note}. "
        "Beschrijf wat er gebeurt en wat de cursist moet doen."
    ),
    "cli.import.moved_to": "verplaatst naar {lat}, {lon}",
    "cli.import.where_recorded": (
        "gevlogen waar hij is opgenomen, {distance:1} km van het vliegveld"
    ),
    "cli.import.moved_to_test_area": (
        "opgenomen op {far} afstand, verplaatst naar het testgebied voor drones "
        "(trainingsconstructie)"
    ),
    "cli.import.note_hint": "{note}; {hint}",
    "cli.import.takeoff": (
        "hij stijgt na ongeveer {takeoff} s op (--start {skip} slaat het wachten over)"
    ),
    "cli.import.to_too_far": (
        "--to {to} ligt {distance} km van het vliegveld, buiten de kaart van de trainer "
        "(hoogstens {reach} km)"
    ),
}
