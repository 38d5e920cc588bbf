"""Nederlands: de zinnen van het programma. Velden tussen accolades, eenheden na een dubbele punt
(zie trainer.i18n). Eigennamen en luchtvaarttermen blijven zoals ze zijn: Twente Radio, ATZ,
RMZ, Remote ID."""

from trainer.i18n import (
    nl_actions,
    nl_basemap,
    nl_cli,
    nl_geojson,
    nl_import_log,
    nl_records,
    nl_roster,
    nl_scenario,
)

MESSAGES: dict[str, str] = {
    # -- drones an instructor can inject (trainer.sim.injects.TEMPLATES)
    "template.hobby": "Hobbymultirotor (C0, geen Remote ID), rondhangend",
    "template.racer": "Racequad (zonder klasse), snel en grillig",
    "template.photo": "Fotomultirotor (C1, Remote ID), rondcirkelend",
    "template.wing": "Vaste vleugel (C3, geen Remote ID), cirkelend",
    # -- een inject die de engine weigert
    "inject.no_drone": "geen drone {drone} om {kind} op toe te passen",
    "inject.no_sensors": "deze oefening heeft geen sensoren om uit te schakelen",
    "inject.drone_exists": "er is al een drone {drone}",
    # -- het moment waarop een klok begint te lopen
    "clock.first_detection": "de eerste detectie",
    "clock.joined": "het aansluiten bij de oefening om {at:clock}",
    "clock.its_first_detection": "de eerste detectie van de track",
    "clock.zone_entry": "het binnenvliegen van {zone}",
    "clock.zone_exit": "het verlaten van {zone}",
    "event.landed": "de landing",
    "event.flyaway": "de flyaway",
    "event.lost_link": "het verlies van de datalink",
    "event.battery_low": "de melding 'accu bijna leeg'",
    "event.battery_empty": "het leegraken van de accu",
    "event.launched": "de start",
    "event.runway_approached": "het naderen van de baan",
    "event.other": "de gebeurtenis '{name}'",
    # -- de waarden van een beoordeling
    "value.drone": "drone",
    "value.bird": "vogel",
    "value.manned": "bemand luchtvaartuig",
    "value.false_track": "valse track",
    "value.authorised": "geautoriseerd",
    "value.unauthorised": "niet geautoriseerd",
    "value.unknown": "onbekend",
    "value.low": "laag",
    "value.medium": "middel",
    "value.high": "hoog",
    # -- woorden
    "words.anonymous_trainee": "Anonieme cursist",  # a station that gave no name
    "words.or": "{first} of {last}",
    "words.authored": "{nl}",  # the scenario author's words, in this language if given
    "words.false_tracks_incident": "valse tracks",
    "words.the_track": "de track",
    "words.false_track": "{track} (een valse track)",
    "words.untracked_drone": "een drone zonder track",
    "words.disruption": "{duration:min} verstoring, {cost:eur}",
    "unit.minutes": "{value:min}",
    # -- wat de cursist deed
    "did.acknowledge": "track {track} bevestigd",
    "did.acknowledge_bare": "de track bevestigd",
    "did.acknowledge_untracked": "{drone} bevestigd",  # 'een drone zonder track'
    "did.classify": "{track} geclassificeerd als {value}",
    "did.identify": "{track} geïdentificeerd als {value}",
    "did.set_threat": "dreigingsniveau {value} ingesteld voor {track}",
    "did.notify_police": "politie ingeschakeld",
    "did.notify_police_about": "politie ingeschakeld voor {track}",
    "did.contact_operator": "contact opgenomen met de exploitant",
    "did.contact_operator_about": "contact opgenomen met de exploitant van {track}",
    "did.close_incident": "incident afgesloten",
    "did.close_incident_about": "incident van {track} afgesloten",
    "did.inform_radio": "Twente Radio geïnformeerd",
    "did.suspend_operations": "baangebruik opgeschort",
    "did.resume_operations": "baangebruik hervat",
    # -- redenen
    "head.gained": "{gained:points} {action}",
    "head.none": "0/{of:n} {action}",
    "when.after": "{delay:s} na {label}",
    "when.before": "{early:s} vóór {label}",
    "when.at": "bij {label}",
    "reason.on_time": "{head} {when} (tijdvenster {window:s})",
    "reason.late": (
        "{head} {when} (tijdvenster {window:s}; {late:s} te laat, {gained:n} van {of:n})"
    ),
    "reason.too_late": "{head} {when} (tijdvenster {window:s}): meer dan 3 tijdvensters te laat",
    "reason.never": (
        "0/{of:n} {action}: niet gedaan (verwacht binnen {window:s} na {label} op {due:clock})"
    ),
    "reason.not_while_due": (
        "0/{of:n} baangebruik niet opgeschort toen dat nodig was (binnen {window:s} na {label} "
        "op {due:clock})"
    ),
    "reason.not_due": "0/0 {action}: niet vereist, {label} vond in deze oefening niet plaats",
    "reason.never_seen": (
        "0/0 {action}: niet vereist, hiervan verscheen in deze oefening geen track"
    ),
    "reason.not_due_yet": ("0/0 {action}: nog niet vereist, {label} heeft nog niet plaatsgevonden"),
    "reason.not_seen_yet": ("0/0 {action}: nog niet vereist, hiervan is nog geen track verschenen"),
    "reason.not_yet": (
        "0/{of:n} {action}: nog niet gedaan (verwacht binnen {window:s} na {label} op {due:clock})"
    ),
    "reason.resume_not_suspended_yet": (
        "0/{of:n} {action}: nog niet gedaan, het baangebruik is tot nu toe niet opgeschort"
    ),
    "reason.ended_before": (
        "0/{of:n} {action}: oefening beëindigd op {end:clock} voordat dit nodig was "
        "({label} op {due:clock})"
    ),
    "reason.resume_not_when_due": "0/{of:n} {action}: niet opgeschort toen dat nodig was",
    "reason.resume_never_suspended": (
        "0/{of:n} {action}: niet gedaan, het baangebruik is nooit opgeschort"
    ),
    "reason.premature_suspension": (
        "{penalty:points} baangebruik opgeschort {early:s} voordat dat nodig was "
        "({label} op {start:clock}): onnodige {disruption}"
    ),
    "reason.needless_no_track": (
        "{penalty:points} baangebruik opgeschort zonder track die dat rechtvaardigde: {disruption}"
    ),
    "reason.needless_authorised": (
        "{penalty:points} baangebruik opgeschort voor een geautoriseerde vlucht ({about}), "
        "die dat niet rechtvaardigde: {disruption}"
    ),
    "reason.needless_then": (
        "{penalty:points} baangebruik opgeschort voor {about}, die dat toen niet "
        "rechtvaardigde: {disruption}"
    ),
    "reason.early_resume": (
        "{penalty:points} baangebruik hervat op {at:clock} terwijl {about} nog een opschorting "
        "rechtvaardigde"
    ),
    "reason.early_resume_until": (
        "{penalty:points} baangebruik hervat op {at:clock} terwijl {about} nog een opschorting "
        "rechtvaardigde (tot {label} op {until:clock})"
    ),
    "reason.resumed_too_early": (
        "0/{of:n} baangebruik hervat op {at:clock}, {early:s} vóór {label} ({until:clock}), "
        "terwijl {about} nog een opschorting rechtvaardigde"
    ),
    "reason.penalised": "{penalty:points} {action} (op {at:clock})",
    "reason.penalised_why": "{penalty:points} {action}: {why} (op {at:clock})",
    "reason.penalised_expected": (
        "{penalty:points} {action}, verwacht: {expected} (op {at:clock})"
    ),
    "reason.out_of_order": (
        "{penalty:points} verkeerde volgorde: {then} (op {then_at:clock}) vóór {first} "
        "(op {first_at:clock})"
    ),
    # -- het scoreformulier als tekst
    "category.expected": "verwacht",
    "category.penalty": "aftrek",
    "category.order": "volgorde",
    "category.missed": "gemist",
    "result.passed": "GESLAAGD",
    "result.failed": "NIET GESLAAGD",
    "sheet.heading": "Scoreformulier: {title} (startwaarde {seed})",
    "sheet.no_items": "(geen regels)",
    "sheet.ended_early": "(oefening vroegtijdig beëindigd op {at:clock})",
    "sheet.nothing_due": "(er werd niets verwacht)",
    "sheet.total": (
        "Totaal: {total:n} van {maximum:n} punten = {percent:1} % (slaaggrens {pass_mark:n} %): "
        "{verdict}"
    ),
    "sheet.disruption": "Baangebruik opgeschort: {minutes:1} min, {cost:eur}",
    "sheet.missed_heading": "Gemiste verplichte handelingen (elk ervan betekent niet geslaagd):",
    # -- score-sheet documents (PDF, CSV, XLSX)
    "words.no_trainee": "(geen cursist)",
    "words.yes": "ja",
    "words.no": "nee",
    "status.finished": "voltooid",
    "status.aborted": "afgebroken",
    "status.interrupted": "onderbroken",
    "status.running": "bezig",
    "status_note.finished": "tot het einde van het scenario gespeeld",
    "status_note.aborted": "beëindigd door de instructeur",
    "status_note.interrupted": (
        "het programma stopte tijdens de oefening; achteraf opnieuw gescoord"
    ),
    "status_note.running": "loopt nog",
    "sheet.status_line": "oefening {status}: {note}",
    "sheet.status_line_ended": (
        "oefening {status}: {note}; wat na {at} verwacht werd, telt als gemist"
    ),
    "sheet.run_ended_early": "oefening vroegtijdig beëindigd op {at}",
    "sheet.ended_early_short": "vroegtijdig beëindigd op {at}",
    "sheet.points_of": "{total:n} van {maximum:n} punten",
    "sheet.pass_mark": "slaaggrens {pass_mark:n} %",
    "sheet.cost": "kosten {cost:eur}",
    "sheet.trainee_id": "nummer {id}",
    "sheet.group_of": "groep {group}",
    "sheet.difficulty_of": "moeilijkheid {difficulty} van 5",
    "sheet.seed": "startwaarde {seed}",
    "sheet.title": "Scoreformulier",
    "sheet.items_heading": "Scoreregels",
    "sheet.record_line": (
        "Oefening {run} · startwaarde {seed} · {status} · {product} {version} · SHA-256 van "
        "het scenariobestand {sha}…"
    ),
    "sheet.page": "Pagina {page} van {pages}",
    "sheet.footer": "Scoreformulier · oefening {run} · {trainee} · {scenario}",
    "sheet.document_title": "Scoreformulier: {trainee}, {title}",
    "sheet.workbook_title": "Scoreformulier, oefening {run}",
    "sheet.scenario_title": "Scoreformulier: {title}",
    "sheet.ended_at_sim": "op {at} (simulatietijd)",
    "sheet.minutes": "{minutes:1} min",
    "sheet.percent": "{percent:1} %",
    "summary.title": "Klasoverzicht",
    "summary.sheet_name": "Overzicht",
    "summary.line": (
        "Instructeur: {instructor} · {runs} oefeningen · {passed} geslaagd · {failed} niet geslaagd"
    ),
    "summary.exported": "Geëxporteerd op {when} door {product} {version}",
    "summary.footer": "Klasoverzicht · {title}",
    "summary.session_title": "{title} (les {session})",
    "export.no_runs": "geen oefeningen om te exporteren",
    "export.no_sheet": (
        "oefening {run} ({scenario}) heeft geen scoreformulier om te exporteren: {why}"
    ),
    "export.rescore_it": "{text}; scoor haar met: drone-trainer rescore --db {db} --run {run}",
    "export.why_running": "ze loopt nog",
    "export.why_finished": "ze is voltooid maar niet gescoord",
    "export.why_aborted": (
        "ze is afgebroken en niet gescoord (verlaten door opnieuw te beginnen of te sluiten)"
    ),
    "export.why_interrupted": "ze is onderbroken en nog niet opnieuw gescoord",
    "export.session_unscored": "les {session} ({title}) heeft geen gescoorde oefeningen",
    "export.cannot_create": "{folder}: kan de map niet maken: {why}",
    "export.cannot_write_in": "{folder}: kan in deze map geen bestanden schrijven: {why}",
    "export.cannot_write": "{path}: kan niet schrijven: {why}",
    "export.no_free_name": "{folder}: geen vrije bestandsnaam te vinden voor {name}",
    "export.pdf_refused": "{path}: kan het pdf-bestand niet schrijven (is de map schrijfbaar?)",
    "export.print_refused": "kan het scoreformulier niet afdrukken (is de printer er?)",
    "replay.scenario_gone": (
        "oefening {run}: haar scenariobestand {path} is er niet meer, en geen meegeleverd "
        "scenario heeft de inhoud waarmee ze gespeeld is"
    ),
    "replay.scenario_changed": (
        "{name} is gewijzigd sinds oefening {run} is gemaakt; de herhaling kan ervan afwijken"
    ),
    "replay.scenario_found": (
        "oefening {run} is gespeeld met {name}, dat weg of gewijzigd is; herhaald met het "
        "meegeleverde {found}, hetzelfde bestand"
    ),
    "replay.log_differs": "het herhaalde gebeurtenissenlogboek wijkt af van het opgeslagen",
    "label.trainee": "Cursist",
    "label.trainee_id": "Cursistnummer",
    "label.group": "Groep",
    "label.scenario": "Scenario",
    "label.difficulty": "Moeilijkheid (1-5)",
    "label.date": "Datum",
    "label.date_local": "Datum (lokaal)",
    "label.date_utc": "Datum (UTC)",
    "label.instructor": "Instructeur",
    "label.class_session": "Les",
    "label.run": "Oefening",
    "label.result": "Resultaat",
    "label.total": "Totaal",
    "label.maximum": "Maximum",
    "label.percent": "Percentage",
    "label.pass_mark": "Slaaggrens (%)",
    "label.disruption": "Verstoring",
    "label.disruption_min": "Verstoring (min)",
    "label.disruption_eur": "Verstoring (EUR)",
    "label.seed": "Startwaarde",
    "label.status": "Status",
    "label.ended_early": "Vroegtijdig beëindigd",
    "label.app_version": "Programmaversie",
    "label.with_overrides": "Met de aanpassingen van de instructeur",
    "label.scenario_sha": "SHA-256 van het scenariobestand",
    "label.runway_suspended": "Baangebruik opgeschort",
    "label.signature_trainee": "Handtekening cursist",
    "label.signature_instructor": "Handtekening instructeur",
    "label.time": "Tijd",
    "label.time_s": "Tijd (s)",
    "label.category": "Categorie",
    "label.incident": "Incident",
    "label.points": "Punten",
    "label.max_points": "Max. punten",
    "label.reason": "Reden",
    "label.score_sheet_tab": "Score",
    "column.run_id": "oefening_id",
    "column.trainee": "cursist",
    "column.scenario": "scenario",
    "column.item": "regel",
    "column.category": "categorie",
    "column.incident": "incident",
    "column.time_s": "tijd_s",
    "column.points": "punten",
    "column.max_points": "max_punten",
    "column.reason": "reden",
    "column.status": "status",
    "column.ended_at": "beeindigd_op",
    "column.trainee_id": "cursistnummer",
    "column.trainee_record_id": "cursist_registernummer",
    "column.group": "groep",
    "column.date": "datum",
    "column.total": "totaal",
    "column.maximum": "maximum",
    "column.percent": "percentage",
    "column.passed": "geslaagd",
    "column.disruption_min": "verstoring_min",
    "column.disruption_eur": "verstoring_eur",
    "column.override_points": "aangepaste_punten",
    "column.instructor_note": "notitie_instructeur",
    "sheet.override_total": "Met de aanpassingen van de instructeur: {score}",
    "sheet.override_score": "{total:n} van {maximum:n} punten, {percent:1} %, {result}",
    "sheet.computed_score": "met aanpassingen; berekend {total:n}, {percent:1} %",
    "sheet.review": "Instructeur: {text}",
    "sheet.review_override": "{override:n} punten in plaats van {computed:n}.",
    # -- when each item's response was due, on every sheet (trainer.scoring.due_text)
    "sheet.due_window": "te doen {start}–{end}",
    "sheet.due_line": "{window} · {outcome}",
    "sheet.due_clock_note": (
        "De tijden bij 'te doen' zijn de lokale klok van het scenario, zoals het scherm van "
        "de cursist die toonde ({start} bij het begin van de oefening)."
    ),
    "sheet.due_done": "{outcome} (gedaan {done})",
    "sheet.due_done_void": "{outcome} (gedaan {done}, telde niet)",
    "sheet.due_done_inline": "{outcome}, gedaan {done}",
    "sheet.due_done_void_inline": "{outcome}, gedaan {done}, telde niet",
    "sheet.due_outcome_met": "op tijd",
    "sheet.due_outcome_late": "te laat",
    "sheet.due_outcome_missed": "gemist",
    "sheet.due_outcome_not_applicable": "niet van toepassing",
    "sheet.due_overridden": "{outcome}, oordeel van de instructeur (berekend: {computed})",
    "label.due_start_s": "Termijn vanaf (s)",
    "label.due_end_s": "Termijn tot (s)",
    "label.outcome": "Uitkomst",
    "label.computed_outcome": "Berekende uitkomst",
    "column.due_start_s": "termijn_begin_s",
    "column.due_end_s": "termijn_eind_s",
    "column.outcome": "uitkomst",
    "column.computed_outcome": "berekende_uitkomst",
    "column.computed_total": "berekend_totaal",
    "column.computed_percent": "berekend_percentage",
    "column.computed_passed": "berekend_geslaagd",
    # -- wat een bemande vlucht doet, op zijn kaartlabel. The legs of the circuit keep their
    # English names on purpose: pilots report them in English on the radio and Dutch VFR
    # training teaches them so, e.g. the Dutch RT syllabus of Flight School Teuge ("Meldingen in
    # het circuit", https://flightschoolteuge.nl/radio-frasologie/) and flightsimbeek.nl's VFR
    # course ("RT VFR circuit oefening (crosswind-downwind-base-final)"). Only gliding manuals
    # use Dutch leg names (rugwindbeen); the trainer's traffic is powered. Words that are no
    # radio report are Dutch: "start" is the Dutch aviation word for a take-off.
    "phase.waiting": "wacht",
    "phase.take_off": "start",
    "phase.upwind": "upwind",
    "phase.crosswind": "crosswind",
    "phase.downwind": "downwind",
    "phase.base": "base",
    "phase.final": "final",
    "phase.landing_roll": "uitrol",
    "phase.touch_and_go": "touch-and-go",
    "phase.climb_out": "klimt uit",
    "phase.leaving": "vertrekt",
    "phase.landed": "geland",
    "phase.departed": "vertrokken",
    # -- the briefing
    "briefing.no_remote_id": "geen Remote ID",
    "briefing.not_given": "niet opgegeven",
    "briefing.remote_id": "exploitant {operator}, serienummer {serial}",
    "briefing.flight": (
        "{reference}: {remote_id}\n  zones: {zones}\n  geldig van {valid_from} tot {valid_to} "
        "lokale tijd"
    ),
    "briefing.none": "Vandaag hebben geen dronevluchten toestemming.",
    "briefing.one": "Eén dronevlucht met toestemming vandaag",
    "briefing.many": "{count} dronevluchten met toestemming vandaag",
}

# The command line's, the doctor's and the scenario checks' sentences live in their own files.
MESSAGES |= nl_cli.MESSAGES | nl_scenario.MESSAGES | nl_roster.MESSAGES
MESSAGES |= nl_records.MESSAGES | nl_basemap.MESSAGES | nl_actions.MESSAGES
MESSAGES |= nl_geojson.MESSAGES | nl_import_log.MESSAGES
