"""Nederlands: waarom de achtergrondkaart (trainer/basemap) niet bruikbaar is of een tegel
niet laadde.

De basemap.net.*-woorden zeggen in het Nederlands wat het systeem over de verbinding meldde."""

MESSAGES: dict[str, str] = {
    # -- één tegel via HTTP (de reden in de statusbalk en bij `basemap fetch`)
    "basemap.too_big": "te groot ({size} bytes)",
    "basemap.too_big_over": "te groot (meer dan {limit} bytes)",
    "basemap.too_slow": "trager dan {limit} s",
    "basemap.http": "de server antwoordde HTTP {code}",
    "basemap.unreachable": "niet bereikbaar ({reason})",
    "basemap.not_image": "geen PNG-, JPEG- of WebP-afbeelding",
    "basemap.unreadable_image": "{url}: de afbeelding is niet te lezen",
    "basemap.offline_not_cached": "offline en niet in de cache",
    "basemap.net.no_host": "onbekende servernaam",
    "basemap.net.name_lookup": "de servernaam is nu niet op te zoeken (geen netwerk?)",
    "basemap.net.refused": "verbinding geweigerd",
    "basemap.net.reset": "verbinding verbroken door de server",
    "basemap.net.timeout": "geen antwoord binnen de tijd",
    "basemap.net.network_unreachable": "het netwerk is onbereikbaar",
    "basemap.net.host_unreachable": "geen route naar de server",
    # -- tegelarchieven
    "basemap.not_mbtiles": "{path}: geen MBTiles-bestand (er is geen tabel 'tiles')",
    "basemap.bad_mbtiles": "{path}: geen leesbaar MBTiles-bestand ({error})",
    "basemap.vector_mbtiles": (
        "{path}: bevat vectortegels (pbf); alleen rastertegels (PNG/JPEG/WebP) kunnen worden "
        "getoond"
    ),
    "basemap.bad_pmtiles": "{path}: geen leesbaar PMTiles-bestand van versie 3 ({kind}: {error})",
    "basemap.wrong_pmtiles": (
        "{path}: bevat tegels van het type {kind}; alleen rastertegels (PNG/JPEG/WebP) kunnen "
        "worden getoond"
    ),
    "basemap.no_archive": "{path}: dat tegelarchief bestaat niet",
    # -- de instelling van de bron
    "basemap.bad_grid": "basemap/grid: {grid} is niet een van auto, rd, webmercator",
    "basemap.nul": "basemap/source: {text}: geen bestandsnaam (er staat een NUL-teken in)",
    "basemap.scheme": "basemap/source: {url}: alleen tegel-URL's met http:// en https:// werken",
    "basemap.placeholder": (
        "basemap/source: {url}: onbekende plaatshouder {placeholder}; "
        "gebruik {{z}} {{x}} {{y}} (of {{-y}}, of {{TileMatrix}} {{TileCol}} {{TileRow}})"
    ),
    "basemap.needs_zxy": (
        "basemap/source: {url}: een tegel-URL heeft het niveau, de kolom en de rij nodig, "
        "als {{z}}/{{x}}/{{y}} (of {{TileMatrix}}/{{TileCol}}/{{TileRow}})"
    ),
    "basemap.not_a_source": (
        "basemap/source: {path} is geen PDOK-voorinstelling ({presets}), geen http(s)-tegel-URL "
        "en geen .mbtiles- of .pmtiles-bestand"
    ),
    # -- een gebied ophalen en inpakken
    "basemap.too_many": (
        "meer dan {limit} tegels: kies een kleiner gebied (--radius-km) of een grover "
        "fijnste niveau (--max-level)"
    ),
    "basemap.exists": "{path}: bestaat al; kies een nieuwe bestandsnaam",
    "basemap.not_mbtiles_name": (
        "{path}: de naam van het ingepakte bestand moet op .mbtiles eindigen"
    ),
    "basemap.nothing_cached": (
        "geen tegels van {source} in de cache {cache}: voer eerst `drone-trainer basemap fetch` uit"
    ),
    "basemap.cannot_write": "{path}: het tegelarchief kan niet worden geschreven ({error})",
}
