"""Nederlands: wat er in een GeoJSON-bestand van de kaart (luchtruim, vliegveld, oriëntatie) mis
kan zijn, na het bestand en het veld van de feature; en de grenzen en tijden van een zone.
Veldnamen (properties.kind, designators) en waarden ('Feature', 'runway') blijven zoals ze in het
bestand staan: die moet de auteur terugvinden."""

MESSAGES: dict[str, str] = {
    "geojson.not_feature": "moet een object met type 'Feature' zijn",
    "geojson.properties": "moet een object zijn",
    "geojson.text": "moet een niet-lege tekst zijn; gelezen: {got}",
    "geojson.number": "moet een getal zijn; gelezen: {got}",
    "geojson.boolean": "moet true of false zijn; gelezen: {got}",
    "geojson.two_strings": "moet een lijst van twee teksten zijn; gelezen: {got}",
    "geojson.two_numbers": "moet een lijst van twee getallen zijn; gelezen: {got}",
    "geojson.duplicate_id": "dubbele id, al gebruikt door {first}",
    "geojson.positions": "moet een lijst van minstens {minimum} posities zijn",
    "geojson.position": "een positie moet [lengte, breedte] zijn; gelezen: {got}",
    "geojson.finite": "coördinaten moeten eindige getallen zijn",
    "geojson.outside_rd": (
        "[{lon}, {lat}] ligt buiten het gebied van RD New "
        "(GeoJSON schrijft [lengte, breedte]; zijn ze verwisseld?)"
    ),
    "geojson.ring_open": (
        "een ring van een veelhoek moet eindigen met zijn eerste positie (RFC 7946 3.1.6)"
    ),
    "geojson.rings": "een veelhoek moet een lijst van ringen zijn",
    "geojson.geometry": "moet een GeoJSON-geometrie-object zijn",
    "geojson.geometry_type": "moet een van {allowed} zijn; gelezen: {got}",
    "geojson.polygons": "moet een lijst van veelhoeken zijn",
    "geojson.invalid": "ongeldige veelhoek: {reason}",
    "geojson.no_area": "de veelhoek heeft geen oppervlakte",
    "geojson.no_length": "de lijn heeft geen lengte",
    "geojson.zone_kind": "onbekende soort zone {got}; bekend zijn: {known}",
    "geojson.not_above": "de bovengrens {upper} ligt niet boven de ondergrens {lower}",
    "geojson.aerodrome_kind": "onbekende soort {got} ({known})",
    "geojson.one_reference": "heeft precies één {kind} nodig; gevonden: {count}",
    "geojson.no_runway": "heeft minstens één feature van soort 'runway' nodig",
    "geojson.unknown_runway": "geen feature van een baan heeft id {runway}",
    "geojson.second_threshold": "tweede drempel {designator} op {runway}",
    "geojson.no_end": "past bij geen van de baankoppen in designators van zijn baan",
    "geojson.runway_line": "een baan is een lijn tussen zijn twee fysieke uiteinden",
    "geojson.above_zero": "moet groter dan 0 zijn; gelezen: {got}",
    "geojson.no_threshold": (
        "geen drempel voor baankop {designator}: voeg een Point van soort 'threshold' toe met "
        "runway {runway} en designator {designator}"
    ),
    "geojson.reversed": (
        "de lijn moet beginnen bij baankop {designator}, "
        "maar drempel {designator} ligt dichter bij het laatste punt"
    ),
    # -- de grenzen en tijden van een zone (kaartbestanden en scenario's)
    "zone.limit_unreadable": (
        "hoogtegrens {text} is niet te lezen: schrijf GND, UNL, FL<n> "
        "of '<getal> m|ft AGL|AMSL' (bijv. '120 m AGL', '2200 ft AMSL')"
    ),
    "zone.schedule_unreadable": (
        "tijden {text} zijn niet te lezen: schrijf 'UU:MM-UU:MM' in lokale tijd"
    ),
    "zone.schedule_range": "tijden {text} bevatten een tijd buiten 00:00-23:59",
    # -- JSON die Python leest maar geen luchtruimbestand hoort te bevatten
    "json.constant": "{name} is geen geldige JSON",
    "json.huge_number": "een getal van {digits} cijfers ({start}...) is geen zinnige waarde",
    # -- een map met een kaartset, en een OpenAir-grens
    "asset_set.missing": "ontbreekt: een kaartset heeft dit bestand nodig",
    "asset_set.zone_twice": "zone-id {zone} wordt twee keer gebruikt",
    "asset_set.none": "geen kaartset {name} in {root}",
    "openair.limit": "de OpenAir-grens {text} is niet te lezen",
    # -- de eigen zinnen van Pythons JSON-lezer
    "json.expecting_value": "hier hoort een waarde",
    "json.expecting_name": "hier hoort een sleutel tussen dubbele aanhalingstekens",
    "json.expecting_colon": "hier hoort een ':'",
    "json.expecting_comma": "hier hoort een ','",
    "json.unterminated": "een tekst die hier begint, wordt niet afgesloten",
    "json.control_character": "een stuurteken in een tekst (schrijf \\n of \\t)",
    "json.bad_escape": "een ongeldige \\-escape",
    "json.bad_unicode_escape": "een ongeldige \\uXXXX-escape",
    "json.extra_data": "na het einde van het document staat nog meer",
}
