"""English: what an asset GeoJSON file (airspace, aerodrome, orientation features) can have
wrong, as trainer/geo/formats/geojson.py says it after the file and the feature's field; and a
zone's limits and schedule as trainer/geo/zones.py reads them."""

MESSAGES: dict[str, str] = {
    "geojson.not_feature": "must be an object with type 'Feature'",
    "geojson.properties": "must be an object",
    "geojson.text": "must be a non-empty string, got {got}",
    "geojson.number": "must be a number, got {got}",
    "geojson.boolean": "must be true or false, got {got}",
    "geojson.two_strings": "must be a list of two strings, got {got}",
    "geojson.two_numbers": "must be a list of two numbers, got {got}",
    "geojson.duplicate_id": "duplicate id, first used by {first}",
    "geojson.positions": "must be a list of at least {minimum} positions",
    "geojson.position": "a position must be [longitude, latitude], got {got}",
    "geojson.finite": "coordinates must be finite numbers",
    "geojson.outside_rd": (
        "[{lon}, {lat}] lies outside the area RD New covers "
        "(GeoJSON order is [longitude, latitude]; are they swapped?)"
    ),
    "geojson.ring_open": "a polygon ring must end with its first position (RFC 7946 3.1.6)",
    "geojson.rings": "a polygon must be a list of rings",
    "geojson.geometry": "must be a GeoJSON geometry object",
    "geojson.geometry_type": "must be one of {allowed}, got {got}",
    "geojson.polygons": "must be a list of polygons",
    "geojson.invalid": "invalid polygon: {reason}",
    "geojson.no_area": "polygon has no area",
    "geojson.no_length": "line has no length",
    "geojson.zone_kind": "unknown zone kind {got}: {known}",
    "geojson.not_above": "upper {upper} is not above lower {lower}",
    "geojson.aerodrome_kind": "unknown kind {got} ({known})",
    "geojson.one_reference": "needs one {kind}, found {count}",
    "geojson.no_runway": "needs at least one feature of kind 'runway'",
    "geojson.unknown_runway": "no runway feature has id {runway}",
    "geojson.second_threshold": "second threshold {designator} on {runway}",
    "geojson.no_end": "matches no end of its runway's designators",
    "geojson.runway_line": "a runway is a line between its two physical ends",
    "geojson.above_zero": "must be above 0, got {got}",
    "geojson.no_threshold": (
        "no threshold for end {designator}: add a Point of kind 'threshold' with "
        "runway {runway} and designator {designator}"
    ),
    "geojson.reversed": (
        "the line must start at the {designator} end, "
        "but threshold {designator} is nearer its last point"
    ),
    # -- trainer/geo/zones.py: a zone's limits and schedule (asset files and scenarios)
    "zone.limit_unreadable": (
        "cannot read vertical limit {text}: write GND, UNL, FL<n>, "
        "or '<number> m|ft AGL|AMSL' (e.g. '120 m AGL', '2200 ft AMSL')"
    ),
    "zone.schedule_unreadable": "cannot read schedule {text}: write 'HH:MM-HH:MM' in local time",
    "zone.schedule_range": "schedule {text} has a time outside 00:00-23:59",
    # -- JSON that Python reads but no airspace file should hold (trainer/geo/formats/json_file.py)
    "json.constant": "{name} is not valid JSON",
    "json.huge_number": "a number of {digits} digits ({start}...) is not a sensible value",
    # -- an asset-set folder (trainer/geo/assets.py, airspace.py) and an OpenAir limit
    "asset_set.missing": "missing: an asset set needs this file",
    "asset_set.zone_twice": "zone id {zone} is used twice",
    "asset_set.none": "no asset set {name} under {root}",
    "openair.limit": "cannot read the OpenAir limit {text}",
    # -- Python's json decoder's own phrases (trainer/geo/formats/json_file.py JSON_PROBLEMS)
    "json.expecting_value": "Expecting value",
    "json.expecting_name": "Expecting property name enclosed in double quotes",
    "json.expecting_colon": "Expecting ':' delimiter",
    "json.expecting_comma": "Expecting ',' delimiter",
    "json.unterminated": "Unterminated string starting at",
    "json.control_character": "Invalid control character at",
    "json.bad_escape": "Invalid \\escape",
    "json.bad_unicode_escape": "Invalid \\uXXXX escape",
    "json.extra_data": "Extra data",
}
