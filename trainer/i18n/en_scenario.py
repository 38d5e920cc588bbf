"""English: what is wrong in a scenario file, as `validate` and the window show it. Merged into
trainer.i18n.en.MESSAGES; the Dutch is in nl_scenario.py. The problem.* templates of pydantic's
error types say what pydantic says (trainer/scenario/problem_text.py; a test compares them)."""

MESSAGES: dict[str, str] = {
    "problem.header_one": "{path}: {count} problem",
    "problem.header": "{path}: {count} problems",
    "problem.more_one": "... and 1 more problem: {how}",
    "problem.more": "... and {count} more problems: {how}",
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
    "problem.nul_in_file_name": "not a file name: it holds a NUL character",
    "problem.callsign": (
        "a callsign is 2 to 10 capital letters, digits and -, starting with a letter or d"
        "igit (like PH-ABC)"
    ),
    "problem.aircraft_type": (
        "an aircraft type is an ICAO designator: a capital letter and then 1 to 3 capital"
        " letters or digits (like C172)"
    ),
    "problem.subject": (
        "a drone's id (lower-case letters, digits, - and _, like hobby-1), or bird: and a"
        " flock's id (like bird:gulls)"
    ),
    "problem.id_prefix": (
        "a prefix is empty, or lower-case letters, digits, - and _, starting with a lette"
        "r or digit (like nl-)"
    ),
    "problem.time_of_day": "a time of day is hours and minutes, 00:00 to 23:59 (like 14:10)",
    "problem.identifier": (
        "an id is lower-case letters, digits, - and _, starting with a letter or digit "
        "(like hobby-1)"
    ),
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
    # -- a file that is not UTF-8 (trainer/text_bytes.py)
    "encoding.utf16": (
        "saved as UTF-16 (Notepad's 'Unicode'), not UTF-8; save the file again as UTF-8"
    ),
    "encoding.windows1252": (
        "byte {byte} in column {column} is not UTF-8: the file looks saved as Windows-1252 or "
        "Latin-1 (where that byte is '{character}'); save the file again as UTF-8"
    ),
    "encoding.other": (
        "byte {byte} in column {column} is not UTF-8 text; save the file again as UTF-8"
    ),
    "encoding.on_line": "line {line}: {problem}",
    "problem.empty": "file is empty",
    "problem.not_yaml": "not valid YAML: {what}",
    "problem.too_deep": "nested deeper than {levels} levels",
    "problem.alias": "YAML aliases (*name) are not allowed in scenario files; write the value out",
    "problem.duplicate_key": "duplicate key {name} (line {line}, first at line {first})",
    "problem.control_character": (
        "control character {code} at line {line}, byte {byte} is not allowed in YAML; remove it"
    ),
    # -- YAML syntax, in our words (trainer/scenario/yaml_syntax_text.py matches PyYAML's)
    "yaml.unrecognised": "reading stopped here",
    "yaml.unrecognised_at": "reading stopped here, at {found}",
    "yaml.tab": "a tab is not allowed here: YAML indents with spaces only; replace it with spaces",
    "yaml.cannot_start": ("a value cannot start with {found}: put the value in quotes, like '...'"),
    "yaml.no_colon": (
        "the text on line {start} has no ':' after it: write a field as 'name: value', or put "
        "text that goes on over several lines in quotes"
    ),
    "yaml.entry_here": (
        "a '-' list entry is not allowed here: check the indentation of this line and the one above"
    ),
    "yaml.key_here": "a '?' key is not allowed here: check the indentation of this line",
    "yaml.colon_here": (
        "a ':' is not allowed here: put a value that holds ': ' in quotes, or check the "
        "indentation of this line"
    ),
    "yaml.directive": (
        "the '%' line on line {start} is not a valid YAML directive; a scenario file needs none: "
        "remove the line"
    ),
    "yaml.directive_here": (
        "this '%' directive cannot be used; a scenario file needs none: remove the line"
    ),
    "yaml.document_start": (
        "{found} cannot come here: after a '%' directive or a '...' line only '---' may follow; a "
        "scenario file needs neither: remove them"
    ),
    "yaml.anchor_name": (
        "the '{sign}' on line {start} must be followed by a name of letters and digits (found "
        "{found})"
    ),
    "yaml.tag_syntax": (
        "the '!' tag on line {start} is not written correctly; a scenario file needs no tags: "
        "remove it, or put the value in quotes"
    ),
    "yaml.block_scalar": (
        "the '|' or '>' text block on line {start} is not written correctly: after the sign "
        "only '-' or '+' and one digit 1-9 may follow, then a new line"
    ),
    "yaml.hex_escape": (
        "in the double-quoted text on line {start}, {escape} must be followed by {count} "
        "hexadecimal digits (0-9, A-F), not {found}"
    ),
    "yaml.escape_beyond_unicode": (
        "in the double-quoted text on line {start}, {escape} names no character (the highest is "
        "\\U0010FFFF): correct it, or use single quotes"
    ),
    "yaml.unknown_escape": (
        "in the double-quoted text on line {start}, {escape} is not an escape YAML knows: write "
        "\\\\ for a backslash, or use single quotes"
    ),
    "yaml.quote_to_end": (
        "the quoted text opened on line {start} is not closed before the end of the file: add "
        "the closing quote"
    ),
    "yaml.quote_to_separator": (
        "the quoted text opened on line {start} is not closed before a '---' or '...' line: add "
        "the closing quote"
    ),
    "yaml.no_value": "a value is expected here, not {found}",
    "yaml.unclosed_list": (
        "a '[' list opened on line {start} is not closed before the end of the file: add ']'"
    ),
    "yaml.unclosed_mapping": (
        "a '{{' mapping opened on line {start} is not closed before the end of the file: add '}}'"
    ),
    "yaml.list_separator": (
        "in the '[' list opened on line {start}, a ',' or the closing ']' is expected here, not "
        "{found}; is the list closed?"
    ),
    "yaml.mapping_separator": (
        "in the '{{' mapping opened on line {start}, a ',' or the closing '}}' is expected here, "
        "not {found}; is the mapping closed?"
    ),
    "yaml.indentation": (
        "the indentation here does not fit the block that starts on line {start} (found "
        "{found}): line the entry up, with spaces, with the ones it belongs to"
    ),
    "yaml.second_document": (
        "a second YAML document starts here; a scenario file holds one: remove the '---' line, "
        "or give the second scenario its own file"
    ),
    "yaml.duplicate_anchor": (
        "anchor &{name} is defined twice (first on line {start}): give each anchor its own name"
    ),
    "yaml.unknown_tag": (
        "unknown tag {tag}: a scenario file needs no tags; remove it, or put the value in quotes "
        "if the '!' belongs to the text"
    ),
    "yaml.unhashable_key": "a key must be a single value such as a name, not a list or mapping",
    "yaml.merge": "a '<<' merge needs a mapping or a list of mappings, not {found}",
    "yaml.node_kind": "the tag here needs {expected}, not {found}",
    "yaml.pairs": "an !!omap or !!pairs value must be a list of mappings with one key each",
    "yaml.binary": "a !!binary value must be base64 text (letters, digits, +, / and =)",
    "yaml.bad_date": (
        "{value} is written like a date but is not one: correct it, or put it in quotes if it is "
        "text"
    ),
    "yaml.bad_value": "{value} cannot be read as {tag}: correct it, or remove the tag",
    "yaml.token.end_of_file": "the end of the file",
    "yaml.token.block_end": "the end of an indented block",
    "yaml.token.key": "a key",
    "yaml.token.entry": "a '-' list entry",
    "yaml.token.value": "a value",
    "yaml.token.document_start": "'---'",
    "yaml.token.document_end": "'...'",
    "yaml.token.directive": "a '%' directive",
    "yaml.token.alias": "an alias ('*')",
    "yaml.token.anchor": "an anchor ('&')",
    "yaml.token.tag": "a tag ('!')",
    "yaml.char.tab": "a tab",
    "yaml.char.space": "a space",
    "yaml.char.line_end": "the end of the line",
    "yaml.node.scalar": "a single value",
    "yaml.node.sequence": "a list",
    "yaml.node.mapping": "a mapping",
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
    "problem.quote_text": '{problem}; put text that looks like a number in quotes: "1"',
    "problem.zones_known": "{problem}; the scenario's {count} zones: {zones}",
    # -- the scenario model's own checks (trainer/scenario/model.py, zone_shapes.py)
    "problem.remote_id_serial": "a drone that broadcasts Remote ID needs a serial",
    "problem.valid_to_after_from": (
        "valid_to_s ({to} s) must be later than valid_from_s ({since} s)"
    ),
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
    "problem.polygon_off_projection": "a point of the polygon cannot be placed on the map",
    "problem.invalid_polygon": "invalid polygon: {why}; edges must not cross",
    "problem.no_area": "polygon has no area: its points coincide or lie on one line",
    "problem.sliver": "polygon has almost no area: it is a sliver, check its points",
    # -- the answer key (trainer/scenario/answer_key.py)
    "problem.zone_clock": "use a clock of kind zone_entry or zone_exit, which names the zone",
    "problem.no_params": "{action} is judged without params; remove them",
    "problem.param_only": "{action} is judged on {name} only, not {given}",
    "problem.unknown_param": "unknown {name} {item}; expected one of {allowed}",
    "problem.runway_in_suspension": "put {action} in the incident's `suspension` section",
    "problem.needless_suspension": (
        "a needless suspension costs `suspension.penalty`; set that instead"
    ),
    "problem.order_same": "first and then must be different actions",
    "problem.suspension_needs": "a warranted suspension needs {fields}",
    "problem.suspension_only_penalty": (
        "an unwarranted suspension takes only `penalty`; remove {fields}"
    ),
    "problem.false_track_judgement": (
        "only acknowledge or a judgement can be expected of a false track"
    ),
    "problem.duplicate_incident": "duplicate incident id {id}",
    "problem.unknown_flock": "unknown bird flock {flock} (birds: {flocks})",
    "problem.drone_has_incident": "drone {drone} already has incident {incident}",
    "problem.clock_after_end": "at {at} s, not before the scenario ends ({end} s)",
    # -- sensors and traffic (sensors_model.py, traffic_model.py)
    "problem.to_after_from": "to_s ({to} s) must be later than from_s ({since} s)",
    "problem.reference_range": "reference_range_m must be shorter than max_range_m",
    "problem.drop_after_coast": "drop_after_s must be longer than coast_after_s",
    "problem.sensor_ids_unique": "sensor ids must be unique; used more than once: {ids}",
    "problem.end_after_start": "end_s ({end} s) must be later than start_s ({start} s)",
    "problem.ids_unique": "ids must be unique; used more than once: {ids}",
    # -- the editor's document (authoring.py)
    "problem.no_file_to_save": "no file to save to",
    # -- recorded flights and airspace files a scenario names (log_flights.py, airspace_imports.py)
    "problem.log_far": (
        "the flight starts {distance} km from the aerodrome, off the trainer's map (at most "
        "{reach} km)"
    ),
    "problem.log_far_no_shift": (
        "the flight starts {distance} km from the aerodrome, off the trainer's map (at most "
        "{reach} km); give behaviour.shift.to to fly it here"
    ),
    "problem.windows_separator": (
        " ('\\' separates folders only on Windows: write the path with '/', which works everywhere)"
    ),
    "problem.windows_drive_path": (
        " (a path with a drive letter or a \\\\server share names a file on a Windows PC: "
        "put the file beside the scenario and give its path relative to the scenario file)"
    ),
    "problem.import_none_near": (
        "none of its {count} zones lies within {km} km of the aerodrome: nothing imported"
    ),
    "problem.import_none_near_kinds": (
        "none of its {count} zones lies within {km} km of the aerodrome and of kinds {kinds}: "
        "nothing imported"
    ),
    # -- a flight log that cannot be read (trainer/flightlogs)
    "log.where.line": "line {number}",
    "log.where.track_point": "track point {number}",
    "log.where.byte": "byte {number}",
    "log.cannot_read": "cannot read file: {why}",
    "log.not_a_file": "not a file",
    "log.empty": "the file is empty",
    "log.too_big": "file is {size} MB; flight logs are limited to {limit} MB",
    "log.text_too_big": "file is {size} MB; text tracks are limited to {limit} MB",
    "log.unknown_extension": "unknown flight log extension {suffix}; known: {known}",
    "log.unknown_format": "unknown format {name}; known: {known}",
    "log.no_positions": "no positions in the file",
    "log.one_position": "only one position (at one time): that is not a flight",
    "log.time_backwards": "time goes backwards ({now} s after {before} s)",
    "log.latitude": "latitude {value} is outside -90..90 degrees",
    "log.longitude": "longitude {value} is outside -180..180 degrees",
    "log.no_header": "no header line: expected columns time, lat, lon, height",
    "log.no_column": (
        "no {column} column in the header (accepted names: {accepted}; found: {found})"
    ),
    "log.field_count": "{fields} fields, the header has {columns} columns",
    "log.not_number": "{name} {text} is not a number",
    "log.not_finite": "{name} {text} is not a finite number",
    "log.mixed_time_zones": "time mixes times with and without a time zone",
    "log.bad_time": "time {text} is neither seconds nor an ISO 8601 date-time",
    "log.ulog_unreadable": "damaged ULog data, cannot be read ({why})",
    "log.ulog_damaged": (
        "the log is damaged: no GPS position ({topics}) could be read before the damage"
    ),
    "log.ulog_no_positions": "no GPS positions: none of the topics {topics} was logged",
    "log.gps_jump": (
        "{km} km from the position before in {seconds} s ({speed} m/s): no drone flies that "
        "fast; a GPS glitch? It cannot be replayed"
    ),
    "log.gps_jump_editable": (
        "{km} km from the position before in {seconds} s ({speed} m/s): no drone flies that "
        "fast; a GPS glitch? Remove that position and import again"
    ),
    "log.time_not_number": "time {value} is not a number",
    "log.not_csv": "not a CSV line: a field over {limit} characters long",
    "log.not_xml": "not well-formed XML (column {column})",
    "log.not_gpx": "not a GPX file (the root element is <{root}>)",
    "log.no_track_points": "no track points (<trkpt>): nothing to fly",
    "log.no_child": "no <{name}>",
    "log.not_dataflash": "not an ArduPilot DataFlash log (.bin)",
    "log.not_ulog": "not a PX4 ULog file (it does not start with 'ULog')",
    "log.no_gps_fix": "no GPS fix in the log (the receiver never had one)",
    "log.start_outside": "start_s {start} s is not within the recording (0 to {length} s)",
    "log.off_grid": "the flight does not fall on the Dutch map grid (RD New)",
    "log.where.record": "{kind} record {number}",
    "log.where.message": "message {number} ({kind})",
    "log.cannot_read_data": "cannot read the {kind} data: {error}",
    "log.no_positions_because": "no GPS positions: {why}",
    "log.gps_no_fix": "GPS records but no 3D fix",
    "log.no_pos_gps": "no POS or GPS records",
    "log.no_mavlink_fix": "no GLOBAL_POSITION_INT or GPS_RAW_INT with a fix",
    "log.too_short_mavlink": "too short to hold a MAVLink message",
    "log.column_twice": "the header names the {column} twice ({names}): keep one of those columns",
    "log.xml_entities": (
        "refused: the XML declares entities (<!ENTITY ...>), which GPX never needs and "
        "which can make a small file fill the memory or read other files"
    ),
    # -- an airspace file that cannot be read (trainer/geo)
    "airspace_file.cannot_read": "cannot read the file: {why}",
    "airspace_file.folder": "a folder, not an airspace file",
    "airspace_file.not_regular": "not a regular file, not an airspace file",
    "airspace_file.too_big": "the file is {size} MB; airspace files are limited to {limit} MB",
    "airspace_file.no_format": "cannot tell the format from the name: give --format",
    "airspace_file.json_where": "line {line} column {column}",
    "airspace_file.not_json": "{what}",
    "airspace_file.duplicate_key": "this key appears twice in the same object",
    "airspace_file.too_deep": "lists or objects nested too deeply",
    "validity.self_intersection": "Self-intersection",
    "validity.ring_self_intersection": "Ring Self-intersection",
    "validity.near": " near {lat}, {lon} (lat, lon)",
    "validity.crosses_itself": "its outline crosses itself",
    "validity.repaired": "{reason}; read as the area it encloses, {area} km²",
    "validity.repaired_parts": (
        "{reason}; read as the area it encloses: {parts} parts, {area} km² in all"
    ),
    "uas_zone.label": "zone {identifier}",
    "uas_zone.label_named": "zone {identifier} ({name})",
    "uas_zone.restriction": "restriction must be one of {known}, got {got}",
    "uas_zone.limit_number": "a limit must be a number, got {got}",
    "uas_zone.limit_finite": "a limit must be a finite number, got {got}",
    "uas_zone.limit_max": "a limit must be at most {most} m or ft, got {got}",
    "uas_zone.unit": "the unit must be M or FT (m or ft), got {got}",
    "uas_zone.reference": "a vertical reference must be AGL, AMSL or WGS84, got {got}",
    "uas_zone.position": "a position must be [longitude, latitude], got {got}",
    "uas_zone.lon_lat": "[{lon}, {lat}] is not a longitude and latitude",
    "uas_zone.rings": "a polygon must be a list of rings",
    "uas_zone.ring_size": (
        "a polygon ring needs at least four positions (the first repeated at the end)"
    ),
    "uas_zone.radius": "a circle's radius must be 1 m to {most} m, got {got}",
    "uas_zone.off_map": "a position cannot be placed on the map (RD New)",
    "uas_zone.invalid": "not a valid polygon: {reason}",
    "uas_zone.no_area": "the polygon has no area",
    "uas_zone.not_below": "lower limit {lower} is not below upper limit {upper}",
    "ed269.looks_ed318": " (this looks like ED-318: use format ed318)",
    "ed269.no_list": "an ED-269 file holds a list under {list_key}{hint}",
    "ed269.not_object": "a zone must be an object",
    "ed269.identifier": "identifier must be a non-empty string, got {got}",
    "ed269.geometry": "geometry must be a list of at least one volume",
    "ed269.volume_object": "must be an object",
    "ed269.projection_object": "horizontalProjection must be an object",
    "ed269.projection_type": "horizontalProjection.type must be Polygon or Circle, got {got}",
    "ed318.looks_ed269": " (this looks like ED-269: use format ed269)",
    "ed318.no_collection": "an ED-318 file holds one FeatureCollection{hint}",
    "ed318.features": "must be a list of features",
    "ed318.properties": "a feature needs an object of properties",
    "ed318.identifier": "properties.identifier must be a non-empty string, got {got}",
    "ed318.geometry": "geometry must be a GeoJSON geometry object",
    "ed318.geometries": "geometry.geometries must list at least one geometry",
    "ed318.part_geometry": "must be a GeoJSON geometry object",
    "ed318.layer": "needs a layer with its vertical limits",
    "ed318.multipolygon": "a MultiPolygon needs at least one polygon",
    "ed318.point": "a Point zone needs an extent with subType Circle and a radius",
    "ed318.type": (
        "type must be Polygon, MultiPolygon, Point (circle) or GeometryCollection, got {got}"
    ),
    "openair.where": "airspace {name}",
    "openair.no_an": "airspace (no AN)",
    "openair.skipped": "{what}; skipped",
    "openair.ac_class": "AC needs an airspace class",
    "openair.before_ac": "{record} before the first AC record; ignored",
    "openair.af": "AF needs a frequency in MHz such as 119.955, got {got}",
    "openair.aw": "AW must look like 'MON.06:00L-22:59L', got {got}",
    "openair.vd": "V D= must be + or -, got {got}",
    "openair.coordinates": (
        "expected {count} coordinate(s) like '52:17:07 N 006:44:36 E', got {got}"
    ),
    "openair.lat_lon": "a coordinate is latitude N/S then longitude E/W, got {got}",
    "openair.bad_angle": "{angle} is not a valid coordinate",
    "openair.needs_centre": "{record} needs a centre: put 'V X=<coordinate>' before it",
    "openair.db_ends": "DB end points must lie away from the centre (V X=), got {got}",
    "openair.numbers": "{record} needs numbers, got {got}",
    "openair.finite": "{record} needs finite numbers, got {got}",
    "openair.arc": "{record} must read '{usage}' with a radius from 1 m to {nm} NM, got {got}",
    "openair.no_name": "has no AN (name) record",
    "openair.no_record": "has no {record} record",
    "openair.not_below": "AL {lower} is not below AH {upper}",
    "openair.few_points": "has fewer than three distinct points",
    "openair.few_points_apart": "has fewer than three points at least 1 m apart",
    "openair.invalid_polygon": "is not a valid polygon: {reason}",
    "airspace_file.no_openair": "no OpenAir airspace in the file (no 'AC' record)",
    "airspace_file.not_geojson": "the file must hold one GeoJSON FeatureCollection",
    "airspace_file.features_list": "must be a list of features",
    # -- what the system said about a file, where Dutch has its own words (trainer/i18n/os_words.py)
    "os.ENOENT": "No such file or directory",
    "os.EACCES": "Permission denied",
    "os.EISDIR": "Is a directory",
    "os.ENOTDIR": "Not a directory",
    "os.ENOSPC": "No space left on device",
    "os.EROFS": "Read-only file system",
    "os.EPERM": "Operation not permitted",
    # -- the scenario library's own folder (trainer/library.py)
    "library.cannot_create": "cannot create {folder}: {why}",
    "library.cannot_read": "cannot read {folder}: {why}",
}
