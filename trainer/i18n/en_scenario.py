"""English: what is wrong in a scenario file, as `validate` and the window show it. Merged into
trainer.i18n.en.MESSAGES; the Dutch is in nl_scenario.py. The problem.* templates of pydantic's
error types say what pydantic says (trainer/scenario/problem_text.py; a test compares them)."""

MESSAGES: dict[str, str] = {
    "problem.header_one": "{path}: {count} problem",
    "problem.header": "{path}: {count} problems",
    "problem.got": "{problem} (got {value})",
    # -- pydantic's error types
    "problem.missing": "required field is missing",
    "problem.unknown_field": "unknown field {name}",
    "problem.did_you_mean": "{problem}; did you mean {close}?",
    "problem.allowed_here": "{problem}; allowed here: {allowed}",
    "problem.unknown_kind": "unknown kind {tag}; expected one of {expected}",
    "problem.union_tag_not_found": "Unable to extract tag using discriminator {discriminator}",
    "problem.float_type": "Input should be a valid number",
    "problem.float_parsing": "Input should be a valid number, unable to parse string as a number",
    "problem.int_type": "Input should be a valid integer",
    "problem.int_parsing": (
        "Input should be a valid integer, unable to parse string as an integer"
    ),
    "problem.int_from_float": (
        "Input should be a valid integer, got a number with a fractional part"
    ),
    "problem.string_type": "Input should be a valid string",
    "problem.bool_type": "Input should be a valid boolean",
    "problem.bool_parsing": "Input should be a valid boolean, unable to interpret input",
    "problem.list_type": "Input should be a valid list",
    "problem.dict_type": "Input should be a valid dictionary",
    "problem.tuple_type": "Input should be a valid tuple",
    "problem.model_type": "Input should be a valid dictionary or instance of {class_name}",
    "problem.greater_than": "Input should be greater than {gt}",
    "problem.greater_than_equal": "Input should be greater than or equal to {ge}",
    "problem.less_than": "Input should be less than {lt}",
    "problem.less_than_equal": "Input should be less than or equal to {le}",
    "problem.finite_number": "Input should be a finite number",
    "problem.one_of": "Input should be {expected}",
    "problem.pattern": "String should match pattern {pattern}",
    "problem.kind.list": "List",
    "problem.kind.tuple": "Tuple",
    "problem.too_short_one": (
        "{field_type} should have at least {min_length} item after validation, not {actual_length}"
    ),
    "problem.too_short": (
        "{field_type} should have at least {min_length} items after validation, not {actual_length}"
    ),
    "problem.too_long_one": (
        "{field_type} should have at most {max_length} item after validation, not {actual_length}"
    ),
    "problem.too_long": (
        "{field_type} should have at most {max_length} items after validation, not {actual_length}"
    ),
    "problem.string_too_short_one": "String should have at least {min_length} character",
    "problem.string_too_short": "String should have at least {min_length} characters",
    "problem.string_too_long_one": "String should have at most {max_length} character",
    "problem.string_too_long": "String should have at most {max_length} characters",
    # -- the file itself (trainer/scenario/loader.py, yaml_source.py)
    "problem.not_mapping": "the file must hold a mapping of fields",
    "problem.too_big": "file is {size:1} MB; scenario files are limited to {limit} kB",
    "problem.larger_than": "file is larger than {limit} kB",
    "problem.cannot_read": "cannot read file: {why}",
    "problem.not_utf8": "not UTF-8 text (byte {byte}); save the file as UTF-8",
    "problem.empty": "file is empty",
    "problem.not_yaml": "not valid YAML: {what}",
    "problem.too_deep": "nested deeper than {levels} levels",
    "problem.alias": "YAML aliases (*name) are not allowed in scenario files; write the value out",
    "problem.duplicate_key": "duplicate key {name} (line {line}, first at line {first})",
    "problem.control_character": (
        "control character {code} at line {line}, byte {byte} is not allowed in YAML; remove it"
    ),
    # -- references between parts of the scenario (loader.check_references)
    "problem.asset_set": "{error} (available: {names})",
    "problem.none": "none",
    "problem.unknown_asset_zone": "unknown zone {zone} in the assets",
    "problem.already_asset_zone": "zone id {zone} is already an asset zone",
    "problem.already_imported_zone": "zone id {zone} is already an imported zone ({origin})",
    "problem.import_clashes_asset": (
        "zone id {zone} ({origin}) is also an asset zone: add it to airspace.exclude_zones to "
        "use the imported one, or give this import an id_prefix"
    ),
    "problem.import_clashes_import": (
        "zone id {zone} ({origin}) also comes from {other}: give one of the imports an id_prefix"
    ),
    "problem.duplicate_zone": "duplicate zone id {id}",
    "problem.duplicate_drone": "duplicate drone id {id}",
    "problem.starts_after_end": "starts at {start} s, after the scenario ends",
    "problem.unknown_drone": "unknown drone {drone} (drones: {drones})",
    "problem.event_after_end": "at {at} s, after the scenario ends",
    "problem.unknown_zone": "unknown zone {zone}",
    # -- the scenario model's own checks (trainer/scenario/model.py, zone_shapes.py)
    "problem.remote_id_serial": "a drone that broadcasts Remote ID needs a serial",
    "problem.valid_to_after_from": "valid_to_s must be later than valid_from_s",
    "problem.start_required": "start: required for a drone with a {kind} behaviour",
    "problem.start_with_log": (
        "start: leave it out for a drone flying a log; it starts where the recording does (move "
        "the flight with behaviour.shift)"
    ),
    "problem.one_trigger": "give exactly one trigger: at_s or on_zone_entry",
    "problem.one_shape": "give exactly one shape: polygon or circle",
    "problem.limits_order": "lower limit {lower} is not below upper limit {upper}",
    "problem.too_far": (
        "position {lat}, {lon} is {distance} km from the aerodrome; the map reaches {reach} km"
    ),
    "problem.invalid_polygon": "invalid polygon: {why}; edges must not cross",
}
