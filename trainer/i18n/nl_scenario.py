"""Nederlands: wat er mis is in een scenariobestand, zoals `validate` en het venster het tonen.
Samengevoegd in trainer.i18n.nl.MESSAGES; dezelfde sleutels als en_scenario.py. Veld-, bestands-
en optienamen blijven zoals ze in het bestand staan."""

MESSAGES: dict[str, str] = {
    "problem.header_one": "{path}: {count} probleem",
    "problem.header": "{path}: {count} problemen",
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
    "problem.not_utf8": "geen UTF-8-tekst (byte {byte}); sla het bestand op als UTF-8",
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
    # -- the scenario model's own checks
    "problem.remote_id_serial": "een drone die Remote ID uitzendt heeft een serial nodig",
    "problem.valid_to_after_from": "valid_to_s moet later zijn dan valid_from_s",
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
    "problem.invalid_polygon": "ongeldige polygoon: {why}; randen mogen elkaar niet kruisen",
}
