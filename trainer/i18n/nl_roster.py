"""Nederlands: wat er mis kan zijn in een klassenlijst (CSV), zoals de import het zegt."""

MESSAGES: dict[str, str] = {
    "roster.line": "regel {line}",
    "roster.too_big": "het bestand is {size:1} MB; een klassenlijst mag hoogstens {limit} MB zijn",
    "roster.unreadable": "bestand niet te lezen: {reason}",
    "roster.not_utf8": (
        "geen UTF-8-tekst (byte {byte}); sla het in het rekenblad op als "
        "'CSV UTF-8 (door komma's gescheiden)'"
    ),
    "roster.bad_sep": "{first_line} moet één scheidingsteken noemen, zoals in 'sep=;'",
    "roster.no_name_column": (
        "de kopregel heeft geen kolom 'naam' (gevonden: {found}); kolommen: naam, nummer, groep"
    ),
    "roster.found_nothing": "niets",
    "roster.header_only": "geen cursisten in {file}: er staat alleen een kopregel in",
    "roster.id_other_name": (
        "nummer {id} is cursist {trainee} in de registratie; de naam {name} uit het bestand is "
        "niet gebruikt"
    ),
    "roster.retired": (
        "{name} is gearchiveerde cursist {trainee_id} in de registratie; zet die terug in de "
        "klassenlijst om weer te oefenen (niet dubbel toegevoegd)"
    ),
    "roster.empty": "het bestand is leeg; de eerste regel moet de kolommen noemen",
    "roster.cell_too_long": "een cel is langer dan {limit} tekens: is dit wel een klassenlijst?",
    "roster.unreadable_csv": "geen leesbare CSV: {error}",
    "roster.column_twice": "kolom {column} staat er twee keer in; de eerste wordt gebruikt",
    "roster.field_count": (
        "{fields} velden waar de kopregel er {width} heeft; zet een naam waar het scheidingsteken "
        "in staat tussen dubbele aanhalingstekens"
    ),
    "roster.only_control": "de naam bestaat alleen uit stuurtekens",
    "roster.name_missing": "de naam ontbreekt",
    "roster.id_twice": "nummer {id} staat al op regel {first}; rij weggelaten",
    "roster.name_twice": (
        "{name} staat al op regel {first} en geen van beide rijen heeft een nummer; geef ze "
        "nummers om beide te importeren"
    ),
}
