"""Nederlands: wat er mis is in een scenariobestand, zoals `validate` en het venster het tonen.
Samengevoegd in trainer.i18n.nl.MESSAGES; dezelfde sleutels als en_scenario.py. Veld-, bestands-
en optienamen blijven zoals ze in het bestand staan."""

MESSAGES: dict[str, str] = {
    "problem.header_one": "{path}: {count} probleem",
    "problem.header": "{path}: {count} problemen",
    "problem.more_one": "... en nog 1 probleem: {how}",
    "problem.more": "... en nog {count} problemen: {how}",
    "problem.got": "{problem} (ingevuld: {value})",
    # -- pydantic's error types
    "problem.missing": "verplicht veld ontbreekt",
    "problem.unknown_field": "onbekend veld {name}",
    "problem.did_you_mean": "{problem}; bedoel je {close}?",
    "problem.allowed_here": "{problem}; hier toegestaan: {allowed}",
    "problem.unknown_kind": "onbekende soort {tag}; verwacht een van {expected}",
    "problem.union_tag_not_found": "{discriminator} ontbreekt: daaraan is de soort te herkennen",
    "problem.float_type": "moet een getal zijn",
    "problem.float_parsing": "moet een getal zijn; deze tekst is geen getal",
    "problem.int_type": "moet een geheel getal zijn",
    "problem.int_parsing": "moet een geheel getal zijn; deze tekst is geen geheel getal",
    "problem.int_from_float": "moet een geheel getal zijn, zonder cijfers achter de komma",
    "problem.string_type": "moet tekst zijn",
    "problem.bool_type": "moet true of false zijn",
    "problem.bool_parsing": "moet true of false zijn; dit is geen van beide",
    "problem.list_type": "moet een lijst zijn",
    "problem.dict_type": "moet een mapping met velden zijn",
    "problem.tuple_type": "moet een rij van vaste lengte zijn",
    "problem.model_type": "moet een mapping met velden zijn ({class_name})",
    "problem.greater_than": "moet groter zijn dan {gt}",
    "problem.greater_than_equal": "moet {ge} of groter zijn",
    "problem.less_than": "moet kleiner zijn dan {lt}",
    "problem.less_than_equal": "moet {le} of kleiner zijn",
    "problem.finite_number": "moet een eindig getal zijn",
    "problem.one_of": "moet {expected} zijn",
    "problem.pattern": "tekst moet passen bij het patroon {pattern}",
    "problem.nul_in_file_name": "geen bestandsnaam: er staat een NUL-teken in",
    "problem.callsign": (
        "een roepnaam bestaat uit 2 tot 10 hoofdletters, cijfers en -, en begint met een "
        "letter of cijfer (zoals PH-ABC)"
    ),
    "problem.aircraft_type": (
        "een vliegtuigtype is een ICAO-aanduiding: een hoofdletter en dan 1 tot 3 hoofdle"
        "tters of cijfers (zoals C172)"
    ),
    "problem.subject": (
        "de id van een drone (kleine letters, cijfers, - en _, zoals hobby-1), of bird: e"
        "n de id van een zwerm (zoals bird:gulls)"
    ),
    "problem.id_prefix": (
        "een voorvoegsel is leeg, of kleine letters, cijfers, - en _, beginnend met een l"
        "etter of cijfer (zoals nl-)"
    ),
    "problem.time_of_day": "een tijd is uren en minuten, 00:00 tot 23:59 (zoals 14:10)",
    "problem.identifier": (
        "een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter of cijfer "
        "(zoals hobby-1)"
    ),
    "problem.kind.list": "de lijst",
    "problem.kind.tuple": "de rij",
    "problem.too_short_one": (
        "{field_type} moet minstens {min_length} element hebben, niet {actual_length}"
    ),
    "problem.too_short": (
        "{field_type} moet minstens {min_length} elementen hebben, niet {actual_length}"
    ),
    "problem.too_long_one": (
        "{field_type} mag hoogstens {max_length} element hebben, niet {actual_length}"
    ),
    "problem.too_long": (
        "{field_type} mag hoogstens {max_length} elementen hebben, niet {actual_length}"
    ),
    "problem.string_too_short_one": "tekst moet minstens {min_length} teken hebben",
    "problem.string_too_short": "tekst moet minstens {min_length} tekens hebben",
    "problem.string_too_long_one": "tekst mag hoogstens {max_length} teken hebben",
    "problem.string_too_long": "tekst mag hoogstens {max_length} tekens hebben",
    # -- the file itself
    "problem.not_mapping": "het bestand moet een mapping met velden bevatten",
    "problem.too_big": "bestand is {size:1} MB; scenariobestanden mogen hoogstens {limit} kB zijn",
    "problem.larger_than": "bestand is groter dan {limit} kB",
    "problem.cannot_read": "kan het bestand niet lezen: {why}",
    "encoding.utf16": (
        "opgeslagen als UTF-16 ('Unicode' in Kladblok), niet als UTF-8; sla het bestand "
        "opnieuw op als UTF-8"
    ),
    "encoding.windows1252": (
        "byte {byte} in kolom {column} is geen UTF-8: het bestand lijkt opgeslagen als "
        "Windows-1252 of Latin-1 (waarin die byte '{character}' is); sla het bestand opnieuw op "
        "als UTF-8"
    ),
    "encoding.other": (
        "byte {byte} in kolom {column} is geen UTF-8-tekst; sla het bestand opnieuw op als UTF-8"
    ),
    "encoding.on_line": "regel {line}: {problem}",
    "problem.empty": "bestand is leeg",
    "problem.not_yaml": "geen geldige YAML: {what}",
    "problem.too_deep": "dieper genest dan {levels} niveaus",
    "problem.alias": (
        "YAML-aliassen (*naam) zijn niet toegestaan in scenariobestanden; schrijf de waarde uit"
    ),
    "problem.duplicate_key": (
        "sleutel {name} staat er twee keer (regel {line}, eerst op regel {first})"
    ),
    "problem.control_character": (
        "stuurteken {code} op regel {line}, byte {byte} is niet toegestaan in YAML; haal het weg"
    ),
    # -- YAML syntax, in our words (trainer/scenario/yaml_syntax_text.py matches PyYAML's)
    "yaml.unrecognised": "hier loopt het lezen vast",
    "yaml.unrecognised_at": "hier loopt het lezen vast, bij {found}",
    "yaml.tab": (
        "een tab mag hier niet staan: YAML springt alleen met spaties in; vervang de tab door "
        "spaties"
    ),
    "yaml.cannot_start": (
        "een waarde kan niet met {found} beginnen: zet de waarde tussen aanhalingstekens, zoals "
        "'...'"
    ),
    "yaml.no_colon": (
        "na de tekst op regel {start} staat geen ':': schrijf een veld als 'naam: waarde', of zet "
        "tekst die over meer regels doorloopt tussen aanhalingstekens"
    ),
    "yaml.entry_here": (
        "een lijstelement met '-' mag hier niet staan: controleer de inspringing van deze regel en "
        "de regel erboven"
    ),
    "yaml.key_here": (
        "een sleutel met '?' mag hier niet staan: controleer de inspringing van deze regel"
    ),
    "yaml.colon_here": (
        "een ':' mag hier niet staan: zet een waarde met ': ' erin tussen aanhalingstekens, of "
        "controleer de inspringing van deze regel"
    ),
    "yaml.directive": (
        "de '%'-regel op regel {start} is geen geldige YAML-directive; een scenariobestand heeft "
        "er geen nodig: verwijder de regel"
    ),
    "yaml.directive_here": (
        "deze '%'-directive kan niet; een scenariobestand heeft er geen nodig: verwijder de regel"
    ),
    "yaml.document_start": (
        "{found} kan hier niet staan: na een '%'-directive of een regel '...' mag alleen '---' "
        "volgen; een scenariobestand heeft geen van beide nodig: verwijder ze"
    ),
    "yaml.anchor_name": (
        "na de '{sign}' op regel {start} moet een naam van letters en cijfers staan (gevonden: "
        "{found})"
    ),
    "yaml.tag_syntax": (
        "de '!'-tag op regel {start} is niet goed geschreven; een scenariobestand heeft geen tags "
        "nodig: verwijder hem, of zet de waarde tussen aanhalingstekens"
    ),
    "yaml.block_scalar": (
        "het tekstblok met '|' of '>' op regel {start} is niet goed geschreven: na het teken mogen "
        "alleen '-' of '+' en één cijfer 1-9 staan, en dan een nieuwe regel"
    ),
    "yaml.hex_escape": (
        "in de tekst tussen dubbele aanhalingstekens op regel {start} moeten na {escape} {count} "
        "hexadecimale cijfers (0-9, A-F) staan, niet {found}"
    ),
    "yaml.escape_beyond_unicode": (
        "in de tekst tussen dubbele aanhalingstekens op regel {start} staat {escape} voor geen "
        "enkel teken (het hoogste is \\U0010FFFF): verbeter het, of gebruik enkele "
        "aanhalingstekens"
    ),
    "yaml.unknown_escape": (
        "in de tekst tussen dubbele aanhalingstekens op regel {start} is {escape} geen escape die "
        "YAML kent: schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens"
    ),
    "yaml.quote_to_end": (
        "de tekst tussen aanhalingstekens die op regel {start} begint, wordt niet gesloten voor "
        "het einde van het bestand: zet het sluitende aanhalingsteken erbij"
    ),
    "yaml.quote_to_separator": (
        "de tekst tussen aanhalingstekens die op regel {start} begint, wordt niet gesloten voor "
        "een regel '---' of '...': zet het sluitende aanhalingsteken erbij"
    ),
    "yaml.no_value": "hier wordt een waarde verwacht, niet {found}",
    "yaml.unclosed_list": (
        "een lijst met '[' die op regel {start} begint, wordt niet gesloten voor het einde van het "
        "bestand: zet er ']' bij"
    ),
    "yaml.unclosed_mapping": (
        "een mapping met '{{' die op regel {start} begint, wordt niet gesloten voor het einde van "
        "het bestand: zet er '}}' bij"
    ),
    "yaml.list_separator": (
        "in de lijst met '[' die op regel {start} begint, wordt hier een ',' of de sluitende ']' "
        "verwacht, niet {found}; is de lijst wel gesloten?"
    ),
    "yaml.mapping_separator": (
        "in de mapping met '{{' die op regel {start} begint, wordt hier een ',' of de sluitende "
        "'}}' verwacht, niet {found}; is de mapping wel gesloten?"
    ),
    "yaml.indentation": (
        "de inspringing hier past niet bij het blok dat op regel {start} begint (gevonden: "
        "{found}): lijn de regel met spaties uit met de regels waar hij bij hoort"
    ),
    "yaml.second_document": (
        "hier begint een tweede YAML-document; een scenariobestand bevat er één: verwijder de "
        "regel '---', of geef het tweede scenario een eigen bestand"
    ),
    "yaml.duplicate_anchor": (
        "anker &{name} staat er twee keer (het eerst op regel {start}): geef elk anker een eigen "
        "naam"
    ),
    "yaml.unknown_tag": (
        "onbekende tag {tag}: een scenariobestand heeft geen tags nodig; verwijder hem, of zet de "
        "waarde tussen aanhalingstekens als de '!' bij de tekst hoort"
    ),
    "yaml.unhashable_key": (
        "een sleutel moet één waarde zijn, zoals een naam, geen lijst of mapping"
    ),
    "yaml.merge": (
        "een samenvoeging met '<<' vraagt een mapping of een lijst mappings, niet {found}"
    ),
    "yaml.node_kind": "de tag hier vraagt {expected}, niet {found}",
    "yaml.pairs": (
        "een waarde met !!omap of !!pairs moet een lijst mappings met elk één sleutel zijn"
    ),
    "yaml.binary": ("een waarde met !!binary moet base64-tekst zijn (letters, cijfers, +, / en =)"),
    "yaml.bad_date": (
        "{value} is geschreven als een datum, maar is geen bestaande datum: verbeter hem, of zet "
        "hem tussen aanhalingstekens als het tekst is"
    ),
    "yaml.bad_value": "{value} is niet te lezen als {tag}: verbeter de waarde, of verwijder de tag",
    "yaml.token.end_of_file": "het einde van het bestand",
    "yaml.token.block_end": "het einde van een ingesprongen blok",
    "yaml.token.key": "een sleutel",
    "yaml.token.entry": "een lijstelement met '-'",
    "yaml.token.value": "een waarde",
    "yaml.token.document_start": "'---'",
    "yaml.token.document_end": "'...'",
    "yaml.token.directive": "een '%'-directive",
    "yaml.token.alias": "een alias ('*')",
    "yaml.token.anchor": "een anker ('&')",
    "yaml.token.tag": "een tag ('!')",
    "yaml.char.tab": "een tab",
    "yaml.char.space": "een spatie",
    "yaml.char.line_end": "het einde van de regel",
    "yaml.node.scalar": "één enkele waarde",
    "yaml.node.sequence": "een lijst",
    "yaml.node.mapping": "een mapping",
    # -- references between parts of the scenario
    "problem.asset_set": "{error} (beschikbaar: {names})",
    "problem.none": "geen",
    "problem.unknown_asset_zone": "onbekende zone {zone} in de kaartgegevens",
    "problem.already_asset_zone": "zone-id {zone} is al een zone uit de kaartgegevens",
    "problem.already_imported_zone": "zone-id {zone} is al een geïmporteerde zone ({origin})",
    "problem.import_clashes_asset": (
        "zone-id {zone} ({origin}) is ook een zone uit de kaartgegevens: zet die in "
        "airspace.exclude_zones om de geïmporteerde te gebruiken, of geef deze import een id_prefix"
    ),
    "problem.import_clashes_import": (
        "zone-id {zone} ({origin}) komt ook uit {other}: geef een van de imports een id_prefix"
    ),
    "problem.duplicate_zone": "zone-id {id} komt twee keer voor",
    "problem.duplicate_drone": "drone-id {id} komt twee keer voor",
    "problem.starts_after_end": "begint op {start} s, na het einde van het scenario",
    "problem.unknown_drone": "onbekende drone {drone} (drones: {drones})",
    "problem.event_after_end": "op {at} s, na het einde van het scenario",
    "problem.unknown_zone": "onbekende zone {zone}",
    "problem.quote_text": (
        '{problem}; zet tekst die op een getal lijkt tussen aanhalingstekens: "1"'
    ),
    "problem.zones_known": "{problem}; de {count} zones van het scenario: {zones}",
    # -- the scenario model's own checks
    "problem.remote_id_serial": "een drone die Remote ID uitzendt heeft een serial nodig",
    "problem.valid_to_after_from": (
        "valid_to_s ({to} s) moet later zijn dan valid_from_s ({since} s)"
    ),
    "problem.start_required": "start: verplicht voor een drone met gedrag {kind}",
    "problem.start_with_log": (
        "start: laat dit weg bij een drone die een log vliegt; die begint waar de opname begint "
        "(verplaats de vlucht met behaviour.shift)"
    ),
    "problem.one_trigger": "geef precies één aanleiding: at_s of on_zone_entry",
    "problem.one_shape": "geef precies één vorm: polygon of circle",
    "problem.limits_order": "ondergrens {lower} ligt niet onder bovengrens {upper}",
    "problem.too_far": (
        "positie {lat}, {lon} ligt {distance} km van het vliegveld; de kaart reikt {reach} km"
    ),
    "problem.polygon_off_projection": "een punt van de polygoon kan niet op de kaart",
    "problem.invalid_polygon": "ongeldige polygoon: {why}; randen mogen elkaar niet kruisen",
    "problem.no_area": (
        "polygoon heeft geen oppervlak: de punten vallen samen of liggen op één lijn"
    ),
    "problem.sliver": "polygoon heeft bijna geen oppervlak: een dunne reep, controleer de punten",
    # -- the answer key
    "problem.zone_clock": "gebruik een klok van soort zone_entry of zone_exit, die de zone noemt",
    "problem.no_params": "{action} wordt beoordeeld zonder params; haal ze weg",
    "problem.param_only": "{action} wordt alleen beoordeeld op {name}, niet op {given}",
    "problem.unknown_param": "onbekende {name} {item}; verwacht een van {allowed}",
    "problem.runway_in_suspension": "zet {action} in het deel `suspension` van het incident",
    "problem.needless_suspension": (
        "een onnodige opschorting kost `suspension.penalty`; stel die in"
    ),
    "problem.order_same": "first en then moeten verschillende acties zijn",
    "problem.suspension_needs": "een terechte opschorting heeft {fields} nodig",
    "problem.suspension_only_penalty": (
        "een onterechte opschorting heeft alleen `penalty`; haal {fields} weg"
    ),
    "problem.false_track_judgement": (
        "van een valse track kan alleen acknowledge of een beoordeling verwacht worden"
    ),
    "problem.duplicate_incident": "incident-id {id} komt twee keer voor",
    "problem.unknown_flock": "onbekende vogelzwerm {flock} (vogels: {flocks})",
    "problem.drone_has_incident": "drone {drone} heeft al incident {incident}",
    "problem.clock_after_end": "op {at} s, niet vóór het einde van het scenario ({end} s)",
    # -- sensors and traffic
    "problem.to_after_from": "to_s ({to} s) moet later zijn dan from_s ({since} s)",
    "problem.reference_range": "reference_range_m moet korter zijn dan max_range_m",
    "problem.drop_after_coast": "drop_after_s moet langer zijn dan coast_after_s",
    "problem.sensor_ids_unique": ("sensor-id's moeten uniek zijn; meer dan eens gebruikt: {ids}"),
    "problem.end_after_start": "end_s ({end} s) moet later zijn dan start_s ({start} s)",
    "problem.ids_unique": "id's moeten uniek zijn; meer dan eens gebruikt: {ids}",
    # -- the editor's document
    "problem.no_file_to_save": "geen bestand om in op te slaan",
    # -- recorded flights and airspace files a scenario names
    "problem.log_far": (
        "de vlucht begint {distance} km van het vliegveld, buiten de kaart van de trainer "
        "(hoogstens {reach} km)"
    ),
    "problem.log_far_no_shift": (
        "de vlucht begint {distance} km van het vliegveld, buiten de kaart van de trainer "
        "(hoogstens {reach} km); geef behaviour.shift.to om hem hier te vliegen"
    ),
    "problem.windows_separator": (
        " ('\\' scheidt mappen alleen op Windows: schrijf het pad met '/', dat overal werkt)"
    ),
    "problem.windows_drive_path": (
        " (een pad met een stationsletter of een \\\\server-share wijst naar een bestand op een "
        "Windows-pc: zet het bestand bij het scenario en geef het pad vanaf het scenariobestand)"
    ),
    "problem.import_none_near": (
        "geen van de {count} zones ligt binnen {km} km van het vliegveld: niets geïmporteerd"
    ),
    "problem.import_none_near_kinds": (
        "geen van de {count} zones ligt binnen {km} km van het vliegveld en is van soort "
        "{kinds}: niets geïmporteerd"
    ),
    # -- a flight log that cannot be read
    "log.where.line": "regel {number}",
    "log.where.track_point": "trackpunt {number}",
    "log.where.byte": "byte {number}",
    "log.cannot_read": "kan het bestand niet lezen: {why}",
    "log.not_a_file": "geen bestand",
    "log.empty": "het bestand is leeg",
    "log.too_big": "bestand is {size} MB; vluchtlogs mogen hoogstens {limit} MB zijn",
    "log.text_too_big": "bestand is {size} MB; tekstsporen mogen hoogstens {limit} MB zijn",
    "log.unknown_extension": "onbekende extensie {suffix} voor een vluchtlog; bekend: {known}",
    "log.unknown_format": "onbekend formaat {name}; bekend: {known}",
    "log.no_positions": "geen posities in het bestand",
    "log.one_position": "maar één positie (op één tijdstip): dat is geen vlucht",
    "log.time_backwards": "de tijd loopt terug ({now} s na {before} s)",
    "log.latitude": "breedtegraad {value} ligt buiten -90..90 graden",
    "log.longitude": "lengtegraad {value} ligt buiten -180..180 graden",
    "log.no_header": "geen kopregel: verwacht de kolommen time, lat, lon, height",
    "log.no_column": (
        "geen kolom {column} in de kopregel (toegestane namen: {accepted}; gevonden: {found})"
    ),
    "log.field_count": "{fields} velden, de kopregel heeft {columns} kolommen",
    "log.not_number": "{name} {text} is geen getal",
    "log.not_finite": "{name} {text} is geen eindig getal",
    "log.mixed_time_zones": "de tijden zijn deels met en deels zonder tijdzone",
    "log.bad_time": "tijd {text} is geen seconden en geen ISO 8601-datum-tijd",
    "log.ulog_unreadable": "beschadigde ULog-gegevens, niet te lezen ({why})",
    "log.ulog_damaged": (
        "het log is beschadigd: vóór de beschadiging staat geen GPS-positie ({topics})"
    ),
    "log.ulog_no_positions": "geen GPS-posities: geen van de topics {topics} is gelogd",
    "log.gps_jump": (
        "{km} km van de vorige positie in {seconds} s ({speed} m/s): zo snel vliegt geen "
        "drone; een GPS-storing? Zo kan de vlucht niet worden afgespeeld"
    ),
    "log.gps_jump_editable": (
        "{km} km van de vorige positie in {seconds} s ({speed} m/s): zo snel vliegt geen "
        "drone; een GPS-storing? Verwijder die positie en importeer opnieuw"
    ),
    "log.time_not_number": "tijd {value} is geen getal",
    "log.not_csv": "geen CSV-regel: een veld van meer dan {limit} tekens",
    "log.not_xml": "geen goedgevormde XML (kolom {column})",
    "log.not_gpx": "geen GPX-bestand (het hoofdelement is <{root}>)",
    "log.no_track_points": "geen trackpunten (<trkpt>): niets om te vliegen",
    "log.no_child": "geen <{name}>",
    "log.not_dataflash": "geen ArduPilot DataFlash-log (.bin)",
    "log.not_ulog": "geen PX4 ULog-bestand (het begint niet met 'ULog')",
    "log.no_gps_fix": "geen GPS-fix in de log (de ontvanger had er nooit een)",
    "log.start_outside": "start_s {start} s ligt niet binnen de opname (0 tot {length} s)",
    "log.off_grid": "de vlucht valt niet op het Nederlandse kaartraster (RD New)",
    "log.where.record": "{kind}-record {number}",
    "log.where.message": "bericht {number} ({kind})",
    "log.cannot_read_data": "kan de {kind}-gegevens niet lezen: {error}",
    "log.no_positions_because": "geen GPS-posities: {why}",
    "log.gps_no_fix": "GPS-records maar geen 3D-fix",
    "log.no_pos_gps": "geen POS- of GPS-records",
    "log.no_mavlink_fix": "geen GLOBAL_POSITION_INT of GPS_RAW_INT met een fix",
    "log.too_short_mavlink": "te kort voor een MAVLink-bericht",
    "log.column_twice": (
        "de kopregel noemt {column} twee keer ({names}): houd één van die kolommen over"
    ),
    "log.xml_entities": (
        "geweigerd: de XML declareert entities (<!ENTITY ...>), die GPX nooit nodig heeft en "
        "waarmee een klein bestand het geheugen kan vullen of andere bestanden kan lezen"
    ),
    # -- an airspace file that cannot be read
    "airspace_file.cannot_read": "kan het bestand niet lezen: {why}",
    "airspace_file.folder": "een map, geen luchtruimbestand",
    "airspace_file.not_regular": "geen gewoon bestand, geen luchtruimbestand",
    "airspace_file.too_big": (
        "het bestand is {size} MB; luchtruimbestanden mogen hoogstens {limit} MB zijn"
    ),
    "airspace_file.no_format": "kan het formaat niet uit de naam afleiden: geef --format",
    "airspace_file.json_where": "regel {line} kolom {column}",
    "airspace_file.not_json": "geen geldige JSON ({what})",
    "airspace_file.duplicate_key": "deze sleutel staat twee keer in hetzelfde object",
    "airspace_file.too_deep": "lijsten of objecten te diep genest",
    "validity.self_intersection": "de rand snijdt zichzelf",
    "validity.ring_self_intersection": "een ring snijdt zichzelf",
    "validity.near": " bij {lat}, {lon} (breedte, lengte)",
    "validity.crosses_itself": "de rand snijdt zichzelf",
    "validity.repaired": "{reason}; gelezen als het gebied dat de rand omsluit, {area} km²",
    "validity.repaired_parts": (
        "{reason}; gelezen als het gebied dat de rand omsluit: {parts} delen, samen {area} km²"
    ),
    "uas_zone.label": "zone {identifier}",
    "uas_zone.label_named": "zone {identifier} ({name})",
    "uas_zone.restriction": "restriction moet een van {known} zijn; gelezen: {got}",
    "uas_zone.limit_number": "een grens moet een getal zijn; gelezen: {got}",
    "uas_zone.limit_finite": "een grens moet een eindig getal zijn; gelezen: {got}",
    "uas_zone.limit_max": "een grens is hoogstens {most} m of ft; gelezen: {got}",
    "uas_zone.unit": "de eenheid moet M of FT (m of ft) zijn; gelezen: {got}",
    "uas_zone.reference": "een hoogtereferentie moet AGL, AMSL of WGS84 zijn; gelezen: {got}",
    "uas_zone.position": "een positie moet [lengte, breedte] zijn; gelezen: {got}",
    "uas_zone.lon_lat": "[{lon}, {lat}] is geen lengte en breedte",
    "uas_zone.rings": "een veelhoek moet een lijst van ringen zijn",
    "uas_zone.ring_size": (
        "een ring van een veelhoek heeft minstens vier posities nodig (de eerste herhaald aan "
        "het eind)"
    ),
    "uas_zone.radius": "de straal van een cirkel moet 1 m tot {most} m zijn; gelezen: {got}",
    "uas_zone.off_map": "een positie kan niet op de kaart (RD New) worden geplaatst",
    "uas_zone.invalid": "geen geldige veelhoek: {reason}",
    "uas_zone.no_area": "de veelhoek heeft geen oppervlakte",
    "uas_zone.not_below": "de ondergrens {lower} ligt niet onder de bovengrens {upper}",
    "ed269.looks_ed318": " (dit lijkt ED-318: gebruik format ed318)",
    "ed269.no_list": "een ED-269-bestand bevat een lijst onder {list_key}{hint}",
    "ed269.not_object": "een zone moet een object zijn",
    "ed269.identifier": "identifier moet een niet-lege tekst zijn; gelezen: {got}",
    "ed269.geometry": "geometry moet een lijst van minstens één volume zijn",
    "ed269.volume_object": "moet een object zijn",
    "ed269.projection_object": "horizontalProjection moet een object zijn",
    "ed269.projection_type": (
        "horizontalProjection.type moet Polygon of Circle zijn; gelezen: {got}"
    ),
    "ed318.looks_ed269": " (dit lijkt ED-269: gebruik format ed269)",
    "ed318.no_collection": "een ED-318-bestand bevat één FeatureCollection{hint}",
    "ed318.features": "moet een lijst van features zijn",
    "ed318.properties": "een feature heeft een object met properties nodig",
    "ed318.identifier": "properties.identifier moet een niet-lege tekst zijn; gelezen: {got}",
    "ed318.geometry": "geometry moet een GeoJSON-geometrie-object zijn",
    "ed318.geometries": "geometry.geometries moet minstens één geometrie bevatten",
    "ed318.part_geometry": "moet een GeoJSON-geometrie-object zijn",
    "ed318.layer": "heeft een layer met de verticale grenzen nodig",
    "ed318.multipolygon": "een MultiPolygon heeft minstens één polygon nodig",
    "ed318.point": "een Point-zone heeft een extent met subType Circle en een straal nodig",
    "ed318.type": (
        "type moet Polygon, MultiPolygon, Point (cirkel) of GeometryCollection zijn; gelezen: {got}"
    ),
    "openair.where": "luchtruim {name}",
    "openair.no_an": "luchtruim (zonder AN)",
    "openair.skipped": "{what}; overgeslagen",
    "openair.ac_class": "AC heeft een luchtruimklasse nodig",
    "openair.before_ac": "{record} vóór de eerste AC-regel; genegeerd",
    "openair.af": "AF heeft een frequentie in MHz nodig, zoals 119.955; gelezen: {got}",
    "openair.aw": "AW moet eruitzien als 'MON.06:00L-22:59L'; gelezen: {got}",
    "openair.vd": "V D= moet + of - zijn; gelezen: {got}",
    "openair.coordinates": (
        "verwacht {count} coördinaat/coördinaten zoals '52:17:07 N 006:44:36 E'; gelezen: {got}"
    ),
    "openair.lat_lon": "een coördinaat is breedte N/S en dan lengte E/W; gelezen: {got}",
    "openair.bad_angle": "{angle} is geen geldige coördinaat",
    "openair.needs_centre": "{record} heeft een middelpunt nodig: zet 'V X=<coördinaat>' ervoor",
    "openair.db_ends": (
        "de eindpunten van DB moeten van het middelpunt (V X=) af liggen; gelezen: {got}"
    ),
    "openair.numbers": "{record} heeft getallen nodig; gelezen: {got}",
    "openair.finite": "{record} heeft eindige getallen nodig; gelezen: {got}",
    "openair.arc": (
        "{record} moet luiden '{usage}' met een straal van 1 m tot {nm} NM; gelezen: {got}"
    ),
    "openair.no_name": "heeft geen AN-regel (naam)",
    "openair.no_record": "heeft geen {record}-regel",
    "openair.not_below": "AL {lower} ligt niet onder AH {upper}",
    "openair.few_points": "heeft minder dan drie verschillende punten",
    "openair.few_points_apart": "heeft minder dan drie punten die minstens 1 m uit elkaar liggen",
    "openair.invalid_polygon": "is geen geldige veelhoek: {reason}",
    "airspace_file.no_openair": "geen OpenAir-luchtruim in het bestand (geen regel 'AC')",
    "airspace_file.not_geojson": "het bestand moet één GeoJSON FeatureCollection bevatten",
    "airspace_file.features_list": "moet een lijst van features zijn",
    # -- what the system said about a file
    "os.ENOENT": "bestand of map bestaat niet",
    "os.EACCES": "geen toegang",
    "os.EISDIR": "is een map",
    "os.ENOTDIR": "is geen map",
    "os.ENOSPC": "de schijf is vol",
    "os.EROFS": "het bestandssysteem is alleen-lezen",
    "os.EPERM": "niet toegestaan",
    # -- de eigen map van de scenariobibliotheek
    "library.cannot_create": "{folder} kan niet worden gemaakt: {why}",
    "library.cannot_read": "{folder} kan niet worden gelezen: {why}",
}
