<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>&amp;Off (the bundled map only)</source>
        <translation>&amp;Uit (alleen de meegeleverde kaart)</translation>
    </message>
    <message>
        <source>PDOK &amp;topographic (Kadaster)</source>
        <translation>PDOK &amp;topografisch (Kadaster)</translation>
    </message>
    <message>
        <source>PDOK &amp;grey (Kadaster)</source>
        <translation>PDOK &amp;grijs (Kadaster)</translation>
    </message>
    <message>
        <source>PDOK &amp;pastel (Kadaster)</source>
        <translation>PDOK &amp;pastel (Kadaster)</translation>
    </message>
    <message>
        <source>&amp;Background map</source>
        <translation>&amp;Achtergrondkaart</translation>
    </message>
    <message>
        <source>&amp;Custom tile URL or file…</source>
        <translation>&amp;Eigen tegel-URL of bestand…</translation>
    </message>
    <message>
        <source>O&amp;ffline: cached tiles only</source>
        <translation>Offline: alleen tegels uit de &amp;cache</translation>
    </message>
    <message>
        <source>Never use the network for the background map</source>
        <translation>Gebruik nooit het netwerk voor de achtergrondkaart</translation>
    </message>
    <message>
        <source>Background map</source>
        <translation>Achtergrondkaart</translation>
    </message>
    <message>
        <source>Background map: {reason}</source>
        <translation>Achtergrondkaart: {reason}</translation>
    </message>
    <message>
        <source>Tile URL with {z}/{x}/{y} (e.g. https://tiles.example.nl/{z}/{x}/{y}.png),
or the path of an .mbtiles or .pmtiles file:</source>
        <translation>Tegel-URL met {z}/{x}/{y} (bijv. https://tiles.example.nl/{z}/{x}/{y}.png),
of het pad van een .mbtiles- of .pmtiles-bestand:</translation>
    </message>
    <message>
        <source>{name}  (group {group})</source>
        <translation>{name}  (groep {group})</translation>
    </message>
    <message>
        <source>Which track?</source>
        <translation>Welke track?</translation>
    </message>
    <message>
        <source>Runs will NOT be recorded: {error}</source>
        <translation>Oefeningen worden NIET vastgelegd: {error}</translation>
    </message>
    <message>
        <source>{count} interrupted run(s) found; their actions are kept. Score them with Instructor &gt; Debrief a run.</source>
        <translation>{count} onderbroken oefening(en) gevonden; de handelingen ervan blijven bewaard. Scoor ze via Instructeur &gt; Oefening nabespreken.</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Trainingsregistratie</translation>
    </message>
    <message>
        <source>{note}

The class console records every trainee's run and cannot work without the training record.</source>
        <translation>{note}

De klasconsole legt de oefening van elke cursist vast en werkt niet zonder de trainingsregistratie.</translation>
    </message>
    <message>
        <source>Cannot listen on port {port} ({error}): choose another, or 0.</source>
        <translation>Kan niet luisteren op poort {port} ({error}): kies een andere, of 0.</translation>
    </message>
    <message>
        <source>Cannot listen on port {port}: another console or program on this PC has it. Choose another port, or 0 for any free port.</source>
        <translation>Kan niet luisteren op poort {port}: een andere console of een ander programma op deze pc gebruikt hem. Kies een andere poort, of 0 voor een willekeurige vrije poort.</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Wacht op start</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vroegtijdig beëindigd</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Sessiecode</translation>
    </message>
    <message>
        <source>Stations connect to</source>
        <translation>Stations verbinden met</translation>
    </message>
    <message>
        <source>Trainees type this code at their station: {code}</source>
        <translation>Cursisten typen deze code op hun station: {code}</translation>
    </message>
    <message>
        <source>or {others}</source>
        <translation>of {others}</translation>
    </message>
    <message>
        <source>T+{time_s}   {local} local</source>
        <translation>T+{time_s}   {local} lokaal</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Laatste handeling</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <source>{total:+g}, nothing due yet</source>
        <translation>{total:+g}, nog niets verwacht</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>nog niets verwacht</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>final, on the record</source>
        <translation>definitief, vastgelegd</translation>
    </message>
    <message>
        <source>if the exercise ended now</source>
        <translation>als de oefening nu zou eindigen</translation>
    </message>
    <message>
        <source>{total:g} of {maximum:g} points ({when}); pass mark {pass_mark_percent:g} %; runway suspended {disruption_minutes:.1f} min</source>
        <translation>{total:g} van {maximum:g} punten ({when}); slaaggrens {pass_mark_percent:g} %; baangebruik opgeschort {disruption_minutes:.1f} min</translation>
    </message>
    <message>
        <source>{actions} action(s) on the record or on their way</source>
        <translation>{actions} handeling(en) vastgelegd of onderweg</translation>
    </message>
    <message>
        <source>How far the station's picture is behind the console's, in seconds of real time (the station reports once a second, so up to a second high)</source>
        <translation>Hoe ver het beeld van het station achterloopt op dat van de console, in seconden echte tijd (het station meldt zich eens per seconde, dus tot een seconde te hoog)</translation>
    </message>
    <message>
        <source>No station has joined yet</source>
        <translation>Nog geen station aangesloten</translation>
    </message>
    <message>
        <source>Remove station…</source>
        <translation>Station verwijderen…</translation>
    </message>
    <message>
        <source>Refuse the selected station from now on; its run is closed</source>
        <translation>Het gekozen station voortaan weigeren; de oefening ervan wordt afgesloten</translation>
    </message>
    <message>
        <source>Remove {trainee}…</source>
        <translation>{trainee} verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>Place: {title}…</source>
        <translation>Plaatsen: {title}…</translation>
    </message>
    <message>
        <source>Then click on the map where it should appear</source>
        <translation>Klik daarna op de kaart waar het moet verschijnen</translation>
    </message>
    <message>
        <source>Lost link of the selected drone</source>
        <translation>Verbinding verloren met de gekozen drone</translation>
    </message>
    <message>
        <source>Flyaway of the selected drone</source>
        <translation>Flyaway van de gekozen drone</translation>
    </message>
    <message>
        <source>Radar out for {outage_s:g} s</source>
        <translation>Radar {outage_s:g} s uit</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>De klas</translation>
    </message>
    <message>
        <source>The class: {count} trainee(s){scores}</source>
        <translation>De klas: {count} cursist(en){scores}</translation>
    </message>
    <message>
        <source>Drones, tracks and scores appear here once the exercise has ended.</source>
        <translation>Drones, tracks en scores verschijnen hier zodra de oefening is afgelopen.</translation>
    </message>
    <message>
        <source>{session_title} — projector</source>
        <translation>{session_title} — projector</translation>
    </message>
    <message>
        <source>Class console: session and scenario</source>
        <translation>Klasconsole: les en scenario</translation>
    </message>
    <message>
        <source>Title of the new session, e.g. Duty officers, week 12</source>
        <translation>Titel van de nieuwe les, bijv. Dienstdoende officieren, week 12</translation>
    </message>
    <message>
        <source>Instructor (optional)</source>
        <translation>Instructeur (optioneel)</translation>
    </message>
    <message>
        <source>Roster and sessions…</source>
        <translation>Klassenlijst en lessen…</translation>
    </message>
    <message>
        <source>Library…</source>
        <translation>Bibliotheek…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Bestand…</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>elke vrije poort</translation>
    </message>
    <message>
        <source>Class session</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Open the console</source>
        <translation>Console openen</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nieuwe les…</translation>
    </message>
    <message>
        <source>Scenario for the class</source>
        <translation>Scenario voor de klas</translation>
    </message>
    <message>
        <source>Scenarios (*.yaml *.yml)</source>
        <translation>Scenario’s (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose a scenario for the class.</source>
        <translation>Kies een scenario voor de klas.</translation>
    </message>
    <message>
        <source>{name} cannot be run: {error}</source>
        <translation>{name} kan niet worden gespeeld: {error}</translation>
    </message>
    <message>
        <source>Give the new session a title, or choose an existing session.</source>
        <translation>Geef de nieuwe les een titel, of kies een bestaande les.</translation>
    </message>
    <message>
        <source>Live score</source>
        <translation>Actuele score</translation>
    </message>
    <message>
        <source>Select a trainee in the table to see their live score, item by item</source>
        <translation>Kies een cursist in de tabel om de actuele score per regel te zien</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Nog niet gestart</translation>
    </message>
    <message>
        <source>{session_title} — class console — Twente trainer</source>
        <translation>{session_title} — klasconsole — Twente-trainer</translation>
    </message>
    <message>
        <source>&amp;Start for the class</source>
        <translation>&amp;Starten voor de klas</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>&amp;Beëindigen…</translation>
    </message>
    <message>
        <source>&amp;Release sheets</source>
        <translation>Score&amp;formulieren vrijgeven</translation>
    </message>
    <message>
        <source>Send each trainee their own score sheet</source>
        <translation>Stuur elke cursist het eigen scoreformulier</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projectorvenster</translation>
    </message>
    <message>
        <source>Truth and scores on the projector &amp;during the exercise</source>
        <translation>Werkelijkheid en scores op de projector &amp;tijdens de oefening</translation>
    </message>
    <message>
        <source>The room sees the projector: leave this off while trainees must not see the truth</source>
        <translation>De zaal ziet de projector: laat dit uit zolang cursisten de werkelijkheid niet mogen zien</translation>
    </message>
    <message>
        <source>Zoom to &amp;aerodrome</source>
        <translation>Inzoomen op het &amp;vliegveld</translation>
    </message>
    <message>
        <source>&amp;Fit scenario</source>
        <translation>Heel &amp;scenario tonen</translation>
    </message>
    <message>
        <source>Cancel placing</source>
        <translation>Plaatsen annuleren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>&amp;Oefening</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <source>End the exercise now for all {present} station(s)? Every run is scored as ended early: what was still to come counts as missed.</source>
        <translation>De oefening nu beëindigen voor alle {present} station(s)? Elke oefening wordt gescoord als vroegtijdig beëindigd: wat nog moest komen, telt als gemist.</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Oefening beëindigen</translation>
    </message>
    <message>
        <source>Scoring every run: working out what was still to come…</source>
        <translation>Alle oefeningen worden gescoord: nagaan wat er nog zou komen…</translation>
    </message>
    <message>
        <source>Score sheets sent to {sent} trainee(s)</source>
        <translation>Scoreformulieren verstuurd naar {sent} cursist(en)</translation>
    </message>
    <message>
        <source>Remove {trainee} ({host}) from the exercise? The station is refused from now on, and its run is closed and scored as it stands.</source>
        <translation>{trainee} ({host}) uit de oefening verwijderen? Het station wordt voortaan geweigerd; de oefening ervan wordt afgesloten en gescoord zoals ze nu is.</translation>
    </message>
    <message>
        <source>Closing the run of {trainee}…</source>
        <translation>De oefening van {trainee} wordt afgesloten…</translation>
    </message>
    <message>
        <source>{trainee} removed</source>
        <translation>{trainee} verwijderd</translation>
    </message>
    <message>
        <source>The training record cannot be written: {splitlines}. The class's responses are kept in memory and written as soon as the record can be; stations keep theirs until then.</source>
        <translation>De trainingsregistratie kan niet worden geschreven: {splitlines}. De handelingen van de klas blijven in het geheugen en worden weggeschreven zodra het weer kan; stations bewaren die van hen tot dan.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Console sluiten</translation>
    </message>
    <message>
        <source>End the exercise for the class and close?</source>
        <translation>De oefening voor de klas beëindigen en sluiten?</translation>
    </message>
    <message>
        <source>The score sheets have not been released. Send them before closing?</source>
        <translation>De scoreformulieren zijn nog niet vrijgegeven. Versturen voor het sluiten?</translation>
    </message>
    <message>
        <source>Release the sheets</source>
        <translation>Formulieren vrijgeven</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>&amp;Release sheets again ({sheets_released} sent)</source>
        <translation>Formulieren &amp;opnieuw vrijgeven ({sheets_released} verstuurd)</translation>
    </message>
    <message>
        <source>a hobby drone</source>
        <translation>een hobbydrone</translation>
    </message>
    <message>
        <source>a racing quad</source>
        <translation>een racedrone</translation>
    </message>
    <message>
        <source>a photo drone</source>
        <translation>een fotodrone</translation>
    </message>
    <message>
        <source>a fixed-wing drone</source>
        <translation>een drone met vaste vleugel</translation>
    </message>
    <message>
        <source>placed {what} ({drone})</source>
        <translation>{what} geplaatst ({drone})</translation>
    </message>
    <message>
        <source>lost link of {drone}</source>
        <translation>verbinding verloren met {drone}</translation>
    </message>
    <message>
        <source>flyaway of {drone}</source>
        <translation>flyaway van {drone}</translation>
    </message>
    <message>
        <source>{sensor} out for {duration_s:g} s</source>
        <translation>{sensor} {duration_s:g} s uit</translation>
    </message>
    <message>
        <source>Inject: {what}</source>
        <translation>Ingevoegd: {what}</translation>
    </message>
    <message>
        <source>Debrief: {scenario_title} — {trainee}, run {id}</source>
        <translation>Nabespreking: {scenario_title} — {trainee}, oefening {id}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Trainee's picture (tracks)</source>
        <translation>Beeld van de cursist (tracks)</translation>
    </message>
    <message>
        <source>Show what the trainee saw: sensor tracks, not the truth</source>
        <translation>Toon wat de cursist zag: sensortracks, niet de werkelijkheid</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Actions and score items (click to jump)</source>
        <translation>Handelingen en scoreregels (klik om erheen te gaan)</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Distance to runway</source>
        <translation>Afstand tot de baan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Run {id}, seed {seed}, {status}, {true}</source>
        <translation>Oefening {id}, startwaarde {seed}, {status}, {true}</translation>
    </message>
    <message>
        <source>{total:g} of {maximum:g} points, {percent:.1f} % ({result})</source>
        <translation>{total:g} van {maximum:g} punten, {percent:.1f} % ({result})</translation>
    </message>
    <message>
        <source>Runway suspended {disruption_minutes:.1f} min, EUR {disruption_eur:,.0f}</source>
        <translation>Baangebruik opgeschort {disruption_minutes:.1f} min, € {disruption_eur:,.0f}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Dry run (Ctrl+R): the scenario in fast time with scripted trainees.</source>
        <translation>Proefrun (Ctrl+R): het scenario versneld, met gescripte cursisten.</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>cursist</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>Running in fast time …</source>
        <translation>Loopt versneld …</translation>
    </message>
    <message>
        <source>The dry run stopped: {error}</source>
        <translation>De proefrun is gestopt: {error}</translation>
    </message>
    <message>
        <source>The dry run failed: {__name__}: {error}</source>
        <translation>De proefrun is mislukt: {__name__}: {error}</translation>
    </message>
    <message>
        <source>Fair: the perfect trainee passes and an idle one fails.</source>
        <translation>Eerlijk: de perfecte cursist slaagt en een passieve zakt.</translation>
    </message>
    <message>
        <source>{count} events, simulated in {wall_s} s. </source>
        <translation>{count} gebeurtenissen, gesimuleerd in {wall_s} s. </translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selecteren</translation>
    </message>
    <message>
        <source>Place drone</source>
        <translation>Drone plaatsen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Cirkelbaan</translation>
    </message>
    <message>
        <source>Loiter area</source>
        <translation>Rondhanggebied</translation>
    </message>
    <message>
        <source>Polygon zone</source>
        <translation>Veelhoekzone</translation>
    </message>
    <message>
        <source>Circle zone</source>
        <translation>Cirkelzone</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Move point</source>
        <translation>Punt verplaatsen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Timeline and dry run</source>
        <translation>Tijdlijn en proefrun</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Finish shape</source>
        <translation>Vorm &amp;afmaken</translation>
    </message>
    <message>
        <source>Cancel shape</source>
        <translation>Vorm annuleren</translation>
    </message>
    <message>
        <source>&amp;Delete selected drone</source>
        <translation>Gekozen drone &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Proefrun</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Tekenen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Opnieuw gedaan.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Gereedschap</translation>
    </message>
    <message>
        <source>Which kind of sensor the Sensor tool places</source>
        <translation>Welk soort sensor het gereedschap Sensor plaatst</translation>
    </message>
    <message>
        <source> height of new waypoints </source>
        <translation> hoogte van nieuwe waypoints </translation>
    </message>
    <message>
        <source> m AGL</source>
        <translation> m AGL</translation>
    </message>
    <message>
        <source>Add an &amp;incident for each drone without one</source>
        <translation>Een &amp;incident toevoegen voor elke drone die er nog geen heeft</translation>
    </message>
    <message>
        <source>&amp;Answer key</source>
        <translation>&amp;Antwoordsleutel</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Oefening</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Scenario openen</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Kan {name} niet openen</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Scenario opslaan</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <source>Saved {name} with {problems} problem(s): validate refuses it until fixed.</source>
        <translation>{name} opgeslagen met {problems} probleem/problemen: validate weigert het tot ze zijn opgelost.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>Het scenario heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Every drone has an incident in the answer key.</source>
        <translation>Elke drone heeft een incident in de antwoordsleutel.</translation>
    </message>
    <message>
        <source>Incidents added for {added}: acknowledge and classify; add the responses the scenario trains.</source>
        <translation>Incidenten toegevoegd voor {added}: bevestigen en classificeren; voeg de handelingen toe die het scenario traint.</translation>
    </message>
    <message>
        <source>Event {index} now at {time_s:g} s.</source>
        <translation>Gebeurtenis {index} nu op {time_s:g} s.</translation>
    </message>
    <message>
        <source>Place a drone first: events happen to drones.</source>
        <translation>Plaats eerst een drone: gebeurtenissen overkomen drones.</translation>
    </message>
    <message>
        <source>Event at {time_s:g} s for {drone_id}; choose what happens in the form.</source>
        <translation>Gebeurtenis op {time_s:g} s voor {drone_id}; kies in het formulier wat er gebeurt.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 probleem</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problemen</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemen ({count})</translation>
    </message>
    <message>
        <source>Fix the problems first: a dry run needs a valid scenario.</source>
        <translation>Los eerst de problemen op: een proefrun vraagt een geldig scenario.</translation>
    </message>
    <message>
        <source>new scenario</source>
        <translation>nieuw scenario</translation>
    </message>
    <message>
        <source>{else_value}{name} - Scenario editor</source>
        <translation>{else_value}{name} - Scenario-editor</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>This part of the file does not fit the format.</source>
        <translation>Dit deel van het bestand past niet in het formaat.</translation>
    </message>
    <message>
        <source>Not in the file: {about}.</source>
        <translation>Niet in het bestand: {about}.</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>{title} toevoegen</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>{title} verwijderen</translation>
    </message>
    <message>
        <source>name: value, value; name: value</source>
        <translation>naam: waarde, waarde; naam: waarde</translation>
    </message>
    <message>
        <source>default: {default}</source>
        <translation>standaard: {default}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add to {title}</source>
        <translation>Toevoegen aan {title}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma’s</translation>
    </message>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;Instructeur</translation>
    </message>
    <message>
        <source>Scenario &amp;library…</source>
        <translation>Scenario&amp;bibliotheek…</translation>
    </message>
    <message>
        <source>Scenario edi&amp;tor…</source>
        <translation>Scenario-&amp;editor…</translation>
    </message>
    <message>
        <source>&amp;Roster and sessions…</source>
        <translation>&amp;Klassenlijst en lessen…</translation>
    </message>
    <message>
        <source>&amp;Export score sheets…</source>
        <translation>Scoreformulieren e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export a class &amp;session…</source>
        <translation>Een &amp;les exporteren…</translation>
    </message>
    <message>
        <source>Trainee &amp;progress…</source>
        <translation>&amp;Voortgang van cursist…</translation>
    </message>
    <message>
        <source>&amp;Class console (stations on the LAN)…</source>
        <translation>Klas&amp;console (stations op het LAN)…</translation>
    </message>
    <message>
        <source>Place: {title}</source>
        <translation>Plaatsen: {title}</translation>
    </message>
    <message>
        <source>Lost link on the selected drone</source>
        <translation>Verbinding verloren met de gekozen drone</translation>
    </message>
    <message>
        <source>New runs belong to class session {session_id}</source>
        <translation>Nieuwe oefeningen horen bij les {session_id}</translation>
    </message>
    <message>
        <source>Export score sheets</source>
        <translation>Scoreformulieren exporteren</translation>
    </message>
    <message>
        <source>Print the score sheet of run {run_id}</source>
        <translation>Het scoreformulier van oefening {run_id} afdrukken</translation>
    </message>
    <message>
        <source>Cannot print run {run_id}</source>
        <translation>Kan oefening {run_id} niet afdrukken</translation>
    </message>
    <message>
        <source>Score sheet of run {run_id} sent to the printer ({pages} page(s))</source>
        <translation>Scoreformulier van oefening {run_id} naar de printer gestuurd ({pages} pagina(’s))</translation>
    </message>
    <message>
        <source>No class sessions yet: add one under Roster</source>
        <translation>Nog geen lessen: voeg er een toe onder Klassenlijst</translation>
    </message>
    <message>
        <source>Export a session</source>
        <translation>Een les exporteren</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Exporting score sheets…</source>
        <translation>Scoreformulieren worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Wrote {count} file(s) to {folder}</source>
        <translation>{count} bestand(en) geschreven naar {folder}</translation>
    </message>
    <message>
        <source>; left out run(s) without a score sheet: {runs}</source>
        <translation>; weggelaten oefening(en) zonder scoreformulier: {runs}</translation>
    </message>
    <message>
        <source>Cannot replay run {run_id}</source>
        <translation>Kan oefening {run_id} niet opnieuw afspelen</translation>
    </message>
    <message>
        <source>Click on the map to place: {title}</source>
        <translation>Klik op de kaart om te plaatsen: {title}</translation>
    </message>
    <message>
        <source>Select a drone first</source>
        <translation>Kies eerst een drone</translation>
    </message>
    <message>
        <source>This run has no radar</source>
        <translation>Deze oefening heeft geen radar</translation>
    </message>
    <message>
        <source>Inject refused: {error}</source>
        <translation>Invoegen geweigerd: {error}</translation>
    </message>
    <message>
        <source>Injected {value} at T+{time_s:.0f} s</source>
        <translation>{value} ingevoegd op T+{time_s:.0f} s</translation>
    </message>
    <message>
        <source>Injects need a run that has started</source>
        <translation>Invoegen kan alleen in een gestarte oefening</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeemtaal volgen</translation>
    </message>
    <message>
        <source>The language changes when the program starts again</source>
        <translation>De taal verandert als het programma opnieuw start</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Moeilijkheid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>introductory</source>
        <translation>inleidend</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>basis</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>gevorderd</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>ver gevorderd</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Meegeleverd</translation>
    </message>
    <message>
        <source>My folder</source>
        <translation>Mijn map</translation>
    </message>
    <message>
        <source>no offender</source>
        <translation>geen overtreder</translation>
    </message>
    <message>
        <source>clueless or careless</source>
        <translation>onwetend of onvoorzichtig</translation>
    </message>
    <message>
        <source>reckless</source>
        <translation>roekeloos</translation>
    </message>
    <message>
        <source>criminal or terrorist</source>
        <translation>crimineel of terrorist</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>Scenariobibliotheek</translation>
    </message>
    <message>
        <source>Search title, id, summary or tag  (Ctrl+F)</source>
        <translation>Zoek op titel, id, samenvatting of label  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Elke moeilijkheid</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Put your own scenario files in this folder</source>
        <translation>Zet je eigen scenariobestanden in deze map</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the folders again (F5)</source>
        <translation>De mappen opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>Check every file as a run would, references included</source>
        <translation>Controleer elk bestand zoals een oefening het zou doen, verwijzingen inbegrepen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the scenario (Enter)</source>
        <translation>Het scenario openen (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <source>My folder: {folder}</source>
        <translation>Mijn map: {folder}</translation>
    </message>
    <message>
        <source>{difficulty} of 5: {level}</source>
        <translation>{difficulty} van 5: {level}</translation>
    </message>
    <message>
        <source>{count} of {total} scenarios shown</source>
        <translation>{count} van {total} scenario’s getoond</translation>
    </message>
    <message>
        <source>&lt;p style='color:#7f8c8d'&gt;No scenario matches. Clear the search or filters.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#7f8c8d'&gt;Geen scenario gevonden. Wis de zoekopdracht of de filters.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>offender: {offender}</source>
        <translation>overtreder: {offender}</translation>
    </message>
    <message>
        <source>&lt;p style='color:{name}'&gt;&lt;b&gt;Number of problems: {count}&lt;/b&gt; — fix the file, then Refresh:&lt;/p&gt;&lt;ul style='color:{name}'&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p style='color:{name}'&gt;&lt;b&gt;Aantal problemen: {count}&lt;/b&gt; — verbeter het bestand en kies Vernieuwen:&lt;/p&gt;&lt;ul style='color:{name}'&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Checked {count} files{stopped}: {passed} passed, {failed} with problems</source>
        <translation>{count} bestanden gecontroleerd{stopped}: {passed} in orde, {failed} met problemen</translation>
    </message>
    <message>
        <source>The run has not started: that response was not recorded</source>
        <translation>De oefening is nog niet begonnen: die reactie is niet vastgelegd</translation>
    </message>
    <message>
        <source>The run has ended: that response was not recorded</source>
        <translation>De oefening is afgelopen: die reactie is niet vastgelegd</translation>
    </message>
    <message>
        <source>The station's own id: {id}</source>
        <translation>Eigen id van het station: {id}</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>Controleren: %v van %m</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (gestopt)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Validate all</source>
        <translation>Alles valideren</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgelopen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>Responses are made in the trainee view: trainees act on sensor tracks, and this view shows the drones themselves.</source>
        <translation>Reageren gebeurt in het cursistbeeld: cursisten handelen op sensortracks, en dit beeld toont de drones zelf.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Handelingen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Live score (instructor)</source>
        <translation>Actuele score (instructeur)</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>Pa&amp;nelen</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Scenario &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Opnieuw starten</translation>
    </message>
    <message>
        <source>&amp;End run</source>
        <translation>Oefening &amp;beëindigen</translation>
    </message>
    <message>
        <source>Track &amp;labels</source>
        <translation>Track&amp;labels</translation>
    </message>
    <message>
        <source>&amp;Trainee mode (tracks only)</source>
        <translation>&amp;Cursistmodus (alleen tracks)</translation>
    </message>
    <message>
        <source>&amp;Bundled scenarios</source>
        <translation>&amp;Meegeleverde scenario’s</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Trainee name</source>
        <translation>Naam cursist</translation>
    </message>
    <message>
        <source>Who is training: type the name and press Enter; the run and its score are recorded under it</source>
        <translation>Wie traint er: typ de naam en druk op Enter; de oefening en de score worden daaronder vastgelegd</translation>
    </message>
    <message>
        <source> Trainee: </source>
        <translation> Cursist: </translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>geen scenario</translation>
    </message>
    <message>
        <source> (and {more} more: drone-trainer validate lists them)</source>
        <translation> (en nog {more}: drone-trainer validate noemt ze)</translation>
    </message>
    <message>
        <source>Imported airspace: {first}{also}</source>
        <translation>Geïmporteerd luchtruim: {first}{also}</translation>
    </message>
    <message>
        <source>Type the trainee's name and press Enter, then Space to start</source>
        <translation>Typ de naam van de cursist en druk op Enter, daarna op Spatie om te starten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Anonymous trainee</source>
        <translation>Anonieme cursist</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Name field: confirm the trainee; log line: close the incident</source>
        <translation>Naamveld: cursist bevestigen; logregel: incident afsluiten</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pijltjes</translation>
    </message>
    <message>
        <source>Pan the map (click it first)</source>
        <translation>Kaart verschuiven (klik er eerst op)</translation>
    </message>
    <message>
        <source>Zoom the map</source>
        <translation>In- en uitzoomen op de kaart</translation>
    </message>
    <message>
        <source>Trainee {name}: press Space to start</source>
        <translation>Cursist {name}: druk op Spatie om te starten</translation>
    </message>
    <message>
        <source> Enter to confirm </source>
        <translation> Enter om te bevestigen </translation>
    </message>
    <message>
        <source> ✓ confirmed </source>
        <translation> ✓ bevestigd </translation>
    </message>
    <message>
        <source>Scoring the run: working out what was still to come</source>
        <translation>De oefening wordt gescoord: nagaan wat er nog zou komen</translation>
    </message>
    <message>
        <source>{lat:.5f}°N {lon:.5f}°E   RD {x:,.0f} {y:,.0f}</source>
        <translation>{lat:.5f}°N {lon:.5f}°O   RD {x:,.0f} {y:,.0f}</translation>
    </message>
    <message>
        <source>1 px = {metres_per_pixel:,.1f} m (about 1:{metres_per_pixel2:,.0f})</source>
        <translation>1 px = {metres_per_pixel:,.1f} m (ongeveer 1:{metres_per_pixel2:,.0f})</translation>
    </message>
    <message>
        <source>  (cannot keep up)</source>
        <translation>  (kan het niet bijhouden)</translation>
    </message>
    <message>
        <source>  NOT RECORDED</source>
        <translation>  NIET VASTGELEGD</translation>
    </message>
    <message>
        <source>  RECORD BEHIND: actions kept in memory</source>
        <translation>  REGISTRATIE LOOPT ACHTER: handelingen in het geheugen</translation>
    </message>
    <message>
        <source>  recording run {run_id} for {trainee}</source>
        <translation>  oefening {run_id} wordt vastgelegd voor {trainee}</translation>
    </message>
    <message>
        <source>* dashed: training construct, not published airspace</source>
        <translation>* gestippeld: trainingsconstructie, geen gepubliceerd luchtruim</translation>
    </message>
    <message>
        <source>Aerodrome and map</source>
        <translation>Vliegveld en kaart</translation>
    </message>
    <message>
        <source>Runway, thresholds (yellow)</source>
        <translation>Baan, drempels (geel)</translation>
    </message>
    <message>
        <source>Range rings 1, 2, 5 km</source>
        <translation>Afstandsringen 1, 2, 5 km</translation>
    </message>
    <message>
        <source>Motorway (approximate)</source>
        <translation>Snelweg (bij benadering)</translation>
    </message>
    <message>
        <source>German border (approximate)</source>
        <translation>Duitse grens (bij benadering)</translation>
    </message>
    <message>
        <source>Ground track in the next 30 s</source>
        <translation>Grondspoor in de komende 30 s</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Nog geen oefening</translation>
    </message>
    <message>
        <source>If the run ended now (never shown to the trainee):</source>
        <translation>Als de oefening nu zou eindigen (nooit getoond aan de cursist):</translation>
    </message>
    <message>
        <source>No answer key: this scenario is not scored</source>
        <translation>Geen antwoordsleutel: dit scenario wordt niet gescoord</translation>
    </message>
    <message>
        <source>{total:g} / {maximum:g} points, {percent:.1f} %   runway suspended {disruption_minutes:.1f} min</source>
        <translation>{total:g} / {maximum:g} punten, {percent:.1f} %   baangebruik opgeschort {disruption_minutes:.1f} min</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detecteren</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classificeren</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>Drone</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Vogel</translation>
    </message>
    <message>
        <source>Manned</source>
        <translation>Bemand</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Vals</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificeren</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Geautoriseerd</translation>
    </message>
    <message>
        <source>Unauthorised</source>
        <translation>Niet geautoriseerd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Dreiging</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Suspend ops</source>
        <translation>Baan dicht</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Exploitant</translation>
    </message>
    <message>
        <source>Recover, report</source>
        <translation>Herstellen, melden</translation>
    </message>
    <message>
        <source>Resume ops</source>
        <translation>Baan open</translation>
    </message>
    <message>
        <source>Inform Twente Radio (traffic information to pilots)</source>
        <translation>Twente Radio informeren (verkeersinformatie aan piloten)</translation>
    </message>
    <message>
        <source>Suspend (hold) runway operations</source>
        <translation>Baangebruik opschorten (ophouden)</translation>
    </message>
    <message>
        <source>Notify the police (to find the remote pilot)</source>
        <translation>Politie inschakelen (om de piloot op afstand te vinden)</translation>
    </message>
    <message>
        <source>Contact the operator of an authorised drone</source>
        <translation>Contact opnemen met de exploitant van een geautoriseerde drone</translation>
    </message>
    <message>
        <source>Resume runway operations</source>
        <translation>Baangebruik hervatten</translation>
    </message>
    <message>
        <source>Close the incident with the log entry below</source>
        <translation>Het incident afsluiten met de logregel hieronder</translation>
    </message>
    <message>
        <source>Acknowledged {track}</source>
        <translation>{track} bevestigd</translation>
    </message>
    <message>
        <source>Classified {track} as {classification}</source>
        <translation>{track} geclassificeerd als {classification}</translation>
    </message>
    <message>
        <source>Identified {track} as {identity}</source>
        <translation>{track} geïdentificeerd als {identity}</translation>
    </message>
    <message>
        <source>Threat of {track}: {level}</source>
        <translation>Dreiging van {track}: {level}</translation>
    </message>
    <message>
        <source>Informed Twente Radio{about}</source>
        <translation>Twente Radio geïnformeerd{about}</translation>
    </message>
    <message>
        <source>Suspended runway operations{about}</source>
        <translation>Baangebruik opgeschort{about}</translation>
    </message>
    <message>
        <source>Notified police{about}</source>
        <translation>Politie ingeschakeld{about}</translation>
    </message>
    <message>
        <source>Contacted the operator of {track}</source>
        <translation>Contact opgenomen met de exploitant van {track}</translation>
    </message>
    <message>
        <source>Resumed runway operations</source>
        <translation>Baangebruik hervat</translation>
    </message>
    <message>
        <source>Closed the incident: {log}</source>
        <translation>Incident afgesloten: {log}</translation>
    </message>
    <message>
        <source> about {track}</source>
        <translation> over {track}</translation>
    </message>
    <message>
        <source>No track selected</source>
        <translation>Geen track gekozen</translation>
    </message>
    <message>
        <source>{label} (key {key})</source>
        <translation>{label} (toets {key})</translation>
    </message>
    <message>
        <source>Log entry for Close incident (then press Enter)</source>
        <translation>Logregel bij Incident afsluiten (druk daarna op Enter)</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Je handelingen</translation>
    </message>
    <message>
        <source>Track {track}</source>
        <translation>Track {track}</translation>
    </message>
    <message>
        <source>Track {track} (lost: no longer on the map)</source>
        <translation>Track {track} (verloren: niet meer op de kaart)</translation>
    </message>
    <message>
        <source>Start the run before responding</source>
        <translation>Start de oefening voordat je reageert</translation>
    </message>
    <message>
        <source>closed without a log entry</source>
        <translation>afgesloten zonder logregel</translation>
    </message>
    <message>
        <source>  (again: no change)</source>
        <translation>  (opnieuw: geen wijziging)</translation>
    </message>
    <message>
        <source>corrected by a later action</source>
        <translation>gecorrigeerd door een latere handeling</translation>
    </message>
    <message>
        <source>the same judgement again: the earlier one stands</source>
        <translation>hetzelfde oordeel nog eens: het eerdere blijft staan</translation>
    </message>
    <message>
        <source>Instructor PIN</source>
        <translation>Pincode instructeur</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Verkeerde pincode</translation>
    </message>
    <message>
        <source>trainee mode needs an instructor PIN; none was set, so nothing opened</source>
        <translation>de cursistmodus heeft een pincode van de instructeur nodig; er is er geen ingesteld, dus er is niets geopend</translation>
    </message>
    <message>
        <source>Set the instructor PIN</source>
        <translation>Pincode van de instructeur instellen</translation>
    </message>
    <message>
        <source>Trainee mode is left only with the instructor's PIN. No PIN is set yet: choose one and type it twice. Only a hash of it is kept.</source>
        <translation>De cursistmodus is alleen te verlaten met de pincode van de instructeur. Er is nog geen pincode: kies er een en typ hem twee keer. Alleen een hash ervan wordt bewaard.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>De twee pincodes verschillen</translation>
    </message>
    <message>
        <source>Trainee progress</source>
        <translation>Voortgang van de cursist</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Run date</source>
        <translation>Datum oefening</translation>
    </message>
    <message>
        <source>No scored runs yet.</source>
        <translation>Nog geen gescoorde oefeningen.</translation>
    </message>
    <message>
        <source>difficulty {difficulty}</source>
        <translation>moeilijkheid {difficulty}</translation>
    </message>
    <message>
        <source>scenario unavailable</source>
        <translation>scenario niet beschikbaar</translation>
    </message>
    <message>
        <source>{count} scored run(s), {passed} passed. Latest: {scenario_title}, {percent:.1f} % on {true}.</source>
        <translation>{count} gescoorde oefening(en), {passed} geslaagd. Laatste: {scenario_title}, {percent:.1f} % op {true}.</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Volledig sc&amp;herm</translation>
    </message>
    <message>
        <source>&amp;Projector mode (large text, map only)</source>
        <translation>&amp;Projectormodus (grote tekst, alleen de kaart)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Aanpassing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Type an override (points) or a note on any item; both are kept beside the computed score and printed on the sheet.</source>
        <translation>Typ bij een regel een aanpassing (punten) of een notitie; beide worden naast de berekende score bewaard en op het formulier afgedrukt.</translation>
    </message>
    <message>
        <source>Item {row}: {typed!r} is not a number of points; override not saved</source>
        <translation>Regel {row}: {typed!r} is geen aantal punten; aanpassing niet bewaard</translation>
    </message>
    <message>
        <source>Computed total {total:g} of {maximum:g}</source>
        <translation>Berekend totaal {total:g} van {maximum:g}</translation>
    </message>
    <message>
        <source>Computed total {total:g} of {maximum:g}; with the instructor's overrides {total2:g}</source>
        <translation>Berekend totaal {total:g} van {maximum:g}; met de aanpassingen van de instructeur {total2:g}</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No trainees yet. Import a class roster (a CSV file with a header row: name, id, group) or add trainees one by one.</source>
        <translation>Nog geen cursisten. Importeer een klassenlijst (een CSV-bestand met een kopregel: naam, nummer, groep) of voeg cursisten één voor één toe.</translation>
    </message>
    <message>
        <source>merged into {merged_into}</source>
        <translation>samengevoegd met {merged_into}</translation>
    </message>
    <message>
        <source>Class roster and sessions</source>
        <translation>Klassenlijst en lessen</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <source>Columns: name, id (optional), group (optional)</source>
        <translation>Kolommen: naam, nummer (optioneel), groep (optioneel)</translation>
    </message>
    <message>
        <source>Group (optional)</source>
        <translation>Groep (optioneel)</translation>
    </message>
    <message>
        <source>Add trainee</source>
        <translation>Cursist toevoegen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Rename, or change ID or group</source>
        <translation>Naam, nummer of groep wijzigen</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <source>The same person entered twice: move this trainee's runs to the other entry</source>
        <translation>Dezelfde persoon twee keer ingevoerd: verplaats de oefeningen van deze cursist naar de andere vermelding</translation>
    </message>
    <message>
        <source>Off the pick lists; history kept</source>
        <translation>Van de keuzelijsten af; geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Gearchiveerden tonen</translation>
    </message>
    <message>
        <source>Class sessions</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Title, e.g. Duty officers, week 12</source>
        <translation>Titel, bijv. Dienstdoende officieren, week 12</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe les</translation>
    </message>
    <message>
        <source>Use for the next runs</source>
        <translation>Gebruiken voor de volgende oefeningen</translation>
    </message>
    <message>
        <source>Runs started from now on are recorded in this class session</source>
        <translation>Oefeningen die vanaf nu starten, worden in deze les vastgelegd</translation>
    </message>
    <message>
        <source>1 trainee</source>
        <translation>1 cursist</translation>
    </message>
    <message>
        <source>{count} trainees</source>
        <translation>{count} cursisten</translation>
    </message>
    <message>
        <source>Session {title} started.</source>
        <translation>Les {title} gestart.</translation>
    </message>
    <message>
        <source>Current session: &lt;b&gt;{current}&lt;/b&gt;</source>
        <translation>Huidige les: &lt;b&gt;{current}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style='color:{quiet}'&gt;No current session: runs are not grouped.&lt;/span&gt;</source>
        <translation>&lt;span style='color:{quiet}'&gt;Geen huidige les: oefeningen worden niet gegroepeerd.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Import class roster</source>
        <translation>Klassenlijst importeren</translation>
    </message>
    <message>
        <source>Import stopped: {error}</source>
        <translation>Import gestopt: {error}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} toegevoegd</translation>
    </message>
    <message>
        <source>{count} already known</source>
        <translation>{count} al bekend</translation>
    </message>
    <message>
        <source> (rows left out are listed below)</source>
        <translation> (weggelaten regels staan hieronder)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style='color:{quiet}'&gt;Columns not used: {unused_columns}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style='color:{quiet}'&gt;Niet gebruikte kolommen: {unused_columns}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>There is no other trainee to merge into.</source>
        <translation>Er is geen andere cursist om mee samen te voegen.</translation>
    </message>
    <message>
        <source>Merge trainee</source>
        <translation>Cursist samenvoegen</translation>
    </message>
    <message>
        <source>{gone} is the same person as… (their runs move there, and this entry is retired)</source>
        <translation>{gone} is dezelfde persoon als… (de oefeningen gaan daarheen en deze vermelding wordt gearchiveerd)</translation>
    </message>
    <message>
        <source>Merged {name} into {name2}: {moved} run{else_value} moved.</source>
        <translation>{name} samengevoegd met {name2}: verplaatste oefeningen: {moved}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Retired (history kept)</source>
        <translation>Gearchiveerd (geschiedenis bewaard)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>, ended early at {ended_at_s}</source>
        <translation>, vroegtijdig beëindigd op {ended_at_s}</translation>
    </message>
    <message>
        <source>Filter by trainee or scenario</source>
        <translation>Filteren op cursist of scenario</translation>
    </message>
    <message>
        <source>Score sheet — {title}</source>
        <translation>Scoreformulier — {title}</translation>
    </message>
    <message>
        <source>NOT in the training record: {not_recorded}</source>
        <translation>NIET in de trainingsregistratie: {not_recorded}</translation>
    </message>
    <message>
        <source> — run ended early at {ended_at_s}</source>
        <translation> — oefening vroegtijdig beëindigd op {ended_at_s}</translation>
    </message>
    <message>
        <source> — nothing was due</source>
        <translation> — er werd niets verwacht</translation>
    </message>
    <message>
        <source>{title}
Trainee: {trainee}    Seed: {seed}
{lstrip} of {maximum:g} points = {percent:.1f} %   (pass mark {pass_mark_percent:g} %)   {result}
Runway operations suspended {disruption_minutes:.1f} min, {disruption_eur}</source>
        <translation>{title}
Cursist: {trainee}    Startwaarde: {seed}
{lstrip} van {maximum:g} punten = {percent:.1f} %   (slaaggrens {pass_mark_percent:g} %)   {result}
Baangebruik opgeschort {disruption_minutes:.1f} min, {disruption_eur}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Cannot start the station</source>
        <translation>Kan het station niet starten</translation>
    </message>
    <message>
        <source>Cannot show the exercise</source>
        <translation>Kan de oefening niet tonen</translation>
    </message>
    <message>
        <source>This station cannot draw the exercise's airspace: {error}

Its map files may differ from the console's; ask the instructor.</source>
        <translation>Dit station kan het luchtruim van de oefening niet tekenen: {error}

De kaartbestanden verschillen misschien van die van de console; vraag het de instructeur.</translation>
    </message>
    <message>
        <source>Wrong session code: the console did not let this station in. Check the code on the instructor's screen and try again.</source>
        <translation>Verkeerde sessiecode: de console liet dit station niet toe. Controleer de code op het scherm van de instructeur en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The console did not let this station in: {reason}.</source>
        <translation>De console liet dit station niet toe: {reason}.</translation>
    </message>
    <message>
        <source>Join the class — Twente Drone Safety Trainer</source>
        <translation>Aansluiten bij de klas — Twente Drone Safety Trainer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consoles on the network&lt;/b&gt; (click yours)</source>
        <translation>&lt;b&gt;Consoles op het netwerk&lt;/b&gt; (klik op de jouwe)</translation>
    </message>
    <message>
        <source>Looking for consoles on the network…</source>
        <translation>Zoeken naar consoles op het netwerk…</translation>
    </message>
    <message>
        <source>host:port, e.g. 10.0.0.5:47650</source>
        <translation>computer:poort, bijv. 10.0.0.5:47650</translation>
    </message>
    <message>
        <source>as shown on the instructor's screen</source>
        <translation>zoals op het scherm van de instructeur</translation>
    </message>
    <message>
        <source>first and last name</source>
        <translation>voor- en achternaam</translation>
    </message>
    <message>
        <source>Console address</source>
        <translation>Adres van de console</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>That is me</source>
        <translation>Dat ben ik</translation>
    </message>
    <message>
        <source>Pick a console above, or type its address.</source>
        <translation>Kies hierboven een console, of typ het adres.</translation>
    </message>
    <message>
        <source>Type the session code from the instructor's screen.</source>
        <translation>Typ de sessiecode van het scherm van de instructeur.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Typ je naam.</translation>
    </message>
    <message>
        <source>Joining the class at {where}…</source>
        <translation>Aansluiten bij de klas op {where}…</translation>
    </message>
    <message>
        <source>Stopped trying. Check the address and join again.</source>
        <translation>Gestopt met proberen. Controleer het adres en sluit opnieuw aan.</translation>
    </message>
    <message>
        <source>No answer yet from {where}. Is the address right, and is the console running? Still trying…</source>
        <translation>Nog geen antwoord van {where}. Klopt het adres, en draait de console? Blijft proberen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to {class_value}.&lt;/b&gt;&lt;br&gt;Which of these is you? Pick your name, or join under the name you typed.</source>
        <translation>&lt;b&gt;Welkom bij {class_value}.&lt;/b&gt;&lt;br&gt;Wie van deze ben jij? Kies je naam, of sluit aan onder de naam die je typte.</translation>
    </message>
    <message>
        <source>the class</source>
        <translation>de klas</translation>
    </message>
    <message>
        <source>Not on the list: join as “{trainee}”</source>
        <translation>Niet op de lijst: aansluiten als “{trainee}”</translation>
    </message>
    <message>
        <source>Joining as {name}…</source>
        <translation>Aansluiten als {name}…</translation>
    </message>
    <message>
        <source>Consoles found: {count}; the list keeps itself up to date.</source>
        <translation>Gevonden consoles: {count}; de lijst werkt zichzelf bij.</translation>
    </message>
    <message>
        <source>No console found on the network yet (still looking). You can type its address below: the instructor's screen shows it.</source>
        <translation>Nog geen console gevonden op het netwerk (zoekt nog). Je kunt het adres hieronder typen: het scherm van de instructeur toont het.</translation>
    </message>
    <message>
        <source>An action reached the console before your run had started there: it is not on the record</source>
        <translation>Een handeling bereikte de console voordat jouw oefening daar was begonnen: ze is niet vastgelegd</translation>
    </message>
    <message>
        <source>{trainee}: {count} response(s) from the exercise before the console was started again are not on this record (it has no run of theirs from then): their station keeps them in a file</source>
        <translation>{trainee}: {count} handeling(en) uit de oefening van vóór de herstart van de console staan niet in dit trainingsdossier (het heeft geen oefening van deze cursist van toen): het station bewaart ze in een bestand</translation>
    </message>
    <message>
        <source>{trainee}: {count} response(s) from the exercise before the console was started again are on the record in the run they were made in, not in this exercise (export again to include them)</source>
        <translation>{trainee}: {count} handeling(en) uit de oefening van vóór de herstart van de console zijn vastgelegd in de oefening waarin ze gedaan zijn, niet in deze (exporteer opnieuw om ze mee te nemen)</translation>
    </message>
    <message>
        <source>Actions not recorded</source>
        <translation>Handelingen niet vastgelegd</translation>
    </message>
    <message>
        <source>{count} of your actions from the exercise before the console was started again could not be recorded: the console's record has no run of yours from then. They are kept on this PC, in {file}. Ask the instructor what to do with them.</source>
        <translation>{count} van je handelingen uit de oefening van vóór de herstart van de console konden niet worden vastgelegd: het trainingsdossier van de console heeft geen oefening van jou van toen. Ze staan op deze pc, in {file}. Vraag de instructeur wat je ermee moet doen.</translation>
    </message>
    <message>
        <source>The instructor removed this station from the exercise.</source>
        <translation>De instructeur heeft dit station uit de oefening verwijderd.</translation>
    </message>
    <message>
        <source>The console no longer takes this station: {reason}.</source>
        <translation>De console neemt dit station niet meer aan: {reason}.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Left the exercise</source>
        <translation>Oefening verlaten</translation>
    </message>
    <message>
        <source>Your actions made so far are on the record. Ask the instructor what to do next.</source>
        <translation>Je handelingen tot nu toe zijn vastgelegd. Vraag de instructeur wat je nu moet doen.</translation>
    </message>
    <message>
        <source>{count} of your actions had not reached the record when the console let this station go: they are kept on this PC, not on the record. Ask the instructor what to do next.</source>
        <translation>{count} van je handelingen waren nog niet vastgelegd toen de console dit station niet meer toeliet: ze staan op deze pc, niet in het trainingsdossier. Vraag de instructeur wat je nu moet doen.</translation>
    </message>
    <message>
        <source>{text}  (sending…)</source>
        <translation>{text}  (wordt verstuurd…)</translation>
    </message>
    <message>
        <source>Kept on this PC and sent until the console has it on record</source>
        <translation>Bewaard op deze pc en verstuurd tot de console het heeft vastgelegd</translation>
    </message>
    <message>
        <source>This station has left the exercise</source>
        <translation>Dit station heeft de oefening verlaten</translation>
    </message>
    <message>
        <source>The exercise is over</source>
        <translation>De oefening is afgelopen</translation>
    </message>
    <message>
        <source>The instructor has paused the exercise: you can respond again when it goes on</source>
        <translation>De instructeur heeft de oefening gepauzeerd: reageren kan weer als ze verdergaat</translation>
    </message>
    <message>
        <source>The instructor has not started the exercise yet</source>
        <translation>De instructeur heeft de oefening nog niet gestart</translation>
    </message>
    <message>
        <source>1 px = {metres_per_pixel:,.1f} m</source>
        <translation>1 px = {metres_per_pixel:,.1f} m</translation>
    </message>
    <message>
        <source>Change trainee {id}</source>
        <translation>Cursist {id} wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roster ID</source>
        <translation>Nummer op de klassenlijst</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Scenario being edited</source>
        <translation>Scenario in bewerking</translation>
    </message>
    <message>
        <source>Click a drone to select it.</source>
        <translation>Klik op een drone om hem te kiezen.</translation>
    </message>
    <message>
        <source>Click where the drone takes off.</source>
        <translation>Klik waar de drone opstijgt.</translation>
    </message>
    <message>
        <source>Click the waypoints of the selected drone's route; Enter finishes, Esc cancels.</source>
        <translation>Klik de waypoints van de route van de gekozen drone; Enter rondt af, Esc annuleert.</translation>
    </message>
    <message>
        <source>Click the centre of the orbit, then a point on it.</source>
        <translation>Klik het middelpunt van de cirkelbaan, daarna een punt erop.</translation>
    </message>
    <message>
        <source>Click the centre of the loiter area, then a point on its edge.</source>
        <translation>Klik het middelpunt van het rondhanggebied, daarna een punt op de rand.</translation>
    </message>
    <message>
        <source>Click the corners of the zone (3 at least); Enter finishes, Esc cancels.</source>
        <translation>Klik de hoeken van de zone (minstens 3); Enter rondt af, Esc annuleert.</translation>
    </message>
    <message>
        <source>Click the centre of the zone, then a point on its edge.</source>
        <translation>Klik het middelpunt van de zone, daarna een punt op de rand.</translation>
    </message>
    <message>
        <source>Click where the sensor stands (choose which kind beside the tool).</source>
        <translation>Klik waar de sensor staat (kies het soort naast het gereedschap).</translation>
    </message>
    <message>
        <source>Click a point (a start, waypoint, centre, corner or sensor), then its new place.</source>
        <translation>Klik een punt (een start, waypoint, middelpunt, hoek of sensor), daarna de nieuwe plek.</translation>
    </message>
    <message>
        <source>Drawing cancelled.</source>
        <translation>Tekenen geannuleerd.</translation>
    </message>
    <message>
        <source>Select a drone first (or place one).</source>
        <translation>Kies eerst een drone (of plaats er een).</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punt</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>{count} punten</translation>
    </message>
    <message>
        <source>Placed drone-{number}; draw its route or orbit next.</source>
        <translation>drone-{number} geplaatst; teken nu de route of cirkelbaan.</translation>
    </message>
    <message>
        <source>A route needs at least one waypoint: click on the map.</source>
        <translation>Een route heeft minstens één waypoint nodig: klik op de kaart.</translation>
    </message>
    <message>
        <source>Route of {count} waypoint{else_value} set.</source>
        <translation>Route met {count} waypoint{else_value} ingesteld.</translation>
    </message>
    <message>
        <source>A zone needs at least 3 corners; {count} clicked. Click more, or Esc.</source>
        <translation>Een zone heeft minstens 3 hoeken nodig; {count} geklikt. Klik er meer, of Esc.</translation>
    </message>
    <message>
        <source>Zone {zone_id} added; set its kind and limits in the form.</source>
        <translation>Zone {zone_id} toegevoegd; stel soort en grenzen in het formulier in.</translation>
    </message>
    <message>
        <source>A radius of {radius} m is too small: click the edge further out.</source>
        <translation>Een straal van {radius} m is te klein: klik de rand verder naar buiten.</translation>
    </message>
    <message>
        <source>Zone {zone_id} added (radius {radius} m).</source>
        <translation>Zone {zone_id} toegevoegd (straal {radius} m).</translation>
    </message>
    <message>
        <source>The format has no sensors with a position.</source>
        <translation>Het formaat kent geen sensoren met een positie.</translation>
    </message>
    <message>
        <source>Sensor {sensor_id} placed; set its range and other values in the form.</source>
        <translation>Sensor {sensor_id} geplaatst; stel het bereik en andere waarden in het formulier in.</translation>
    </message>
    <message>
        <source>No point there: click on a start, waypoint, corner or sensor.</source>
        <translation>Daar is geen punt: klik op een start, waypoint, hoek of sensor.</translation>
    </message>
    <message>
        <source>Moving {path}: click its new place (Esc cancels).</source>
        <translation>{path} verplaatsen: klik de nieuwe plek (Esc annuleert).</translation>
    </message>
    <message>
        <source>Drone {index}</source>
        <translation>Drone {index}</translation>
    </message>
    <message>
        <source>A PIN has at least {min_length} characters</source>
        <translation>Een pincode heeft minstens {min_length} tekens</translation>
    </message>
    <message>
        <source>A PIN cannot start or end with a space</source>
        <translation>Een pincode kan niet met een spatie beginnen of eindigen</translation>
    </message>
    <message>
        <source>Towns, roads, border</source>
        <translation>Plaatsen, wegen, grens</translation>
    </message>
    <message>
        <source>Airspace</source>
        <translation>Luchtruim</translation>
    </message>
    <message>
        <source>Aerodrome</source>
        <translation>Vliegveld</translation>
    </message>
    <message>
        <source>Range rings</source>
        <translation>Afstandsringen</translation>
    </message>
    <message>
        <source>Sensor tracks over truth</source>
        <translation>Sensortracks over de werkelijkheid</translation>
    </message>
    <message>
        <source>{icao} aerodrome reference point, elevation {elevation_m:.0f} m</source>
        <translation>Referentiepunt van vliegveld {icao}, hoogte {elevation_m:.0f} m</translation>
    </message>
    <message>
        <source>, active {schedule} local</source>
        <translation>, actief {schedule} lokale tijd</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officieel</translation>
    </message>
    <message>
        <source>training construct</source>
        <translation>trainingsconstructie</translation>
    </message>
    <message>
        <source>radar</source>
        <translation>radar</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>RF</translation>
    </message>
    <message>
        <source>sighting</source>
        <translation>waarneming</translation>
    </message>
    <message>
        <source>Seen by: {sensors}</source>
        <translation>Gezien door: {sensors}</translation>
    </message>
    <message>
        <source>no sensor now</source>
        <translation>nu geen sensor</translation>
    </message>
    <message>
        <source>Height: {height:.0f} m AGL</source>
        <translation>Hoogte: {height:.0f} m AGL</translation>
    </message>
    <message>
        <source>Height: unknown</source>
        <translation>Hoogte: onbekend</translation>
    </message>
    <message>
        <source>Speed: {speed:.1f} m/s, course {course:03.0f}°</source>
        <translation>Snelheid: {speed:.1f} m/s, koers {course:03.0f}°</translation>
    </message>
    <message>
        <source>Tracked for: {index}</source>
        <translation>Gevolgd sinds: {index}</translation>
    </message>
    <message>
        <source>Coasting: yes, no update for {since_update:.0f} s</source>
        <translation>Extrapolatie: ja, {since_update:.0f} s geen update</translation>
    </message>
    <message>
        <source>Coasting: no</source>
        <translation>Extrapolatie: nee</translation>
    </message>
    <message>
        <source>Remote ID serial: {serial}</source>
        <translation>Remote ID-serienummer: {serial}</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>niet ontvangen</translation>
    </message>
    <message>
        <source>Operator id: {operator}</source>
        <translation>Exploitant-id: {operator}</translation>
    </message>
    <message>
        <source>Remote ID: none received</source>
        <translation>Remote ID: niets ontvangen</translation>
    </message>
    <message>
        <source>In: {zone_names}</source>
        <translation>In: {zone_names}</translation>
    </message>
    <message>
        <source>Manned traffic</source>
        <translation>Bemand verkeer</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Tracked as {other} ({detail})</source>
        <translation>Gevolgd als {other} ({detail})</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>Nieuwe track</translation>
    </message>
    <message>
        <source>Track lost</source>
        <translation>Track verloren</translation>
    </message>
    <message>
        <source>Entered {zone} at {height:.0f} m</source>
        <translation>{zone} binnengevlogen op {height:.0f} m</translation>
    </message>
    <message>
        <source>Left {zone_name}</source>
        <translation>{zone_name} verlaten</translation>
    </message>
    <message>
        <source>Close to {other} ({detail})</source>
        <translation>Dicht bij {other} ({detail})</translation>
    </message>
    <message>
        <source>No scenario loaded.</source>
        <translation>Geen scenario geladen.</translation>
    </message>
    <message>
        <source>operator {operator}&lt;br&gt;serial {serial}</source>
        <translation>exploitant {operator}&lt;br&gt;serienummer {serial}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{reference}&lt;/b&gt;&lt;br&gt;{remote_id}&lt;br&gt;zones:&lt;br&gt;{zones}&lt;br&gt;valid {valid_from} to {valid_to} local&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{reference}&lt;/b&gt;&lt;br&gt;{remote_id}&lt;br&gt;zones:&lt;br&gt;{zones}&lt;br&gt;geldig van {valid_from} tot {valid_to} lokale tijd&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alt m</source>
        <translation>Hoogte m</translation>
    </message>
    <message>
        <source>Speed m/s</source>
        <translation>Snelheid m/s</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Koers</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>track ({seen_by})</source>
        <translation>track ({seen_by})</translation>
    </message>
    <message>
        <source>track (coasting)</source>
        <translation>track (extrapolatie)</translation>
    </message>
    <message>
        <source>no training record is open</source>
        <translation>er is geen trainingsregistratie geopend</translation>
    </message>
    <message>
        <source>part of the run is still waiting in memory</source>
        <translation>een deel van de oefening wacht nog in het geheugen</translation>
    </message>
    <message>
        <source>Action kept in memory, not yet in the record</source>
        <translation>Handeling in het geheugen, nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Events kept in memory, not yet in the record</source>
        <translation>Gebeurtenissen in het geheugen, nog niet vastgelegd</translation>
    </message>
    <message>
        <source>The end of the run could not be stored; it will show as interrupted</source>
        <translation>Het einde van de oefening kon niet worden opgeslagen; ze wordt getoond als onderbroken</translation>
    </message>
    <message>
        <source>The aborted run could not be closed in the record</source>
        <translation>De afgebroken oefening kon niet worden afgesloten in de registratie</translation>
    </message>
    <message>
        <source>Exercise — {session}</source>
        <translation>Oefening — {session}</translation>
    </message>
    <message>
        <source>the console's airspace</source>
        <translation>het luchtruim van de console</translation>
    </message>
    <message>
        <source>Your score &amp;sheet</source>
        <translation>Je score&amp;formulier</translation>
    </message>
    <message>
        <source>&amp;Leave the class</source>
        <translation>De klas &amp;verlaten</translation>
    </message>
    <message>
        <source>&amp;Fit the exercise</source>
        <translation>Hele &amp;oefening tonen</translation>
    </message>
    <message>
        <source>

Responses:
</source>
        <translation>

Handelingen:
</translation>
    </message>
    <message>
        <source>Waiting for the instructor to start the exercise</source>
        <translation>Wachten tot de instructeur de oefening start</translation>
    </message>
    <message>
        <source>Exercise running</source>
        <translation>Oefening loopt</translation>
    </message>
    <message>
        <source>Paused by the instructor</source>
        <translation>Gepauzeerd door de instructeur</translation>
    </message>
    <message>
        <source>Exercise over</source>
        <translation>Oefening afgelopen</translation>
    </message>
    <message>
        <source>Exercise ended by the instructor</source>
        <translation>Oefening beëindigd door de instructeur</translation>
    </message>
    <message>
        <source>{over}: your score sheet is out</source>
        <translation>{over}: je scoreformulier is er</translation>
    </message>
    <message>
        <source>{over}: waiting for the instructor to release the sheets</source>
        <translation>{over}: wachten tot de instructeur de formulieren vrijgeeft</translation>
    </message>
    <message>
        <source>Reconnecting to the console…</source>
        <translation>Opnieuw verbinden met de console…</translation>
    </message>
    <message>
        <source>No word from the console for {silent_s:.0f} s…</source>
        <translation>Al {silent_s:.0f} s niets van de console gehoord…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>{link}  ·  {waiting} action{plural} waiting to be acknowledged</source>
        <translation>{link}  ·  {waiting} handeling(en) wacht(en) op bevestiging</translation>
    </message>
    <message>
        <source>The instructor's PIN, to leave trainee mode:</source>
        <translation>De pincode van de instructeur, om de cursistmodus te verlaten:</translation>
    </message>
    <message>
        <source>roster id {external_id}</source>
        <translation>nummer {external_id}</translation>
    </message>
    <message>
        <source>no roster id</source>
        <translation>geen nummer</translation>
    </message>
    <message>
        <source>Which trainee?</source>
        <translation>Welke cursist?</translation>
    </message>
    <message>
        <source>{count} trainees on the roster are called {name}. Which one are you?</source>
        <translation>Op de klassenlijst heten {count} cursisten {name}. Wie ben jij?</translation>
    </message>
    <message>
        <source>UAS zone, prohibited</source>
        <translation>UAS-zone, verboden</translation>
    </message>
    <message>
        <source>UAS zone, permission needed</source>
        <translation>UAS-zone, toestemming nodig</translation>
    </message>
    <message>
        <source>UAS zone, conditions</source>
        <translation>UAS-zone, met voorwaarden</translation>
    </message>
    <message>
        <source>Approach protection</source>
        <translation>Naderingsbescherming</translation>
    </message>
    <message>
        <source>Drone test area</source>
        <translation>Dronetestgebied</translation>
    </message>
    <message>
        <source>Sensitive site</source>
        <translation>Gevoelige locatie</translation>
    </message>
    <message>
        <source>Event area</source>
        <translation>Evenemententerrein</translation>
    </message>
    <message>
        <source>Prohibited area</source>
        <translation>Verboden gebied</translation>
    </message>
    <message>
        <source>Restricted area</source>
        <translation>Beperkt gebied</translation>
    </message>
    <message>
        <source>Danger area</source>
        <translation>Gevaarlijk gebied</translation>
    </message>
    <message>
        <source>Controlled airspace (TMA, CTA)</source>
        <translation>Gecontroleerd luchtruim (TMA, CTA)</translation>
    </message>
    <message>
        <source>multirotor</source>
        <translation>multirotor</translation>
    </message>
    <message>
        <source>fixed-wing</source>
        <translation>vaste vleugel</translation>
    </message>
    <message>
        <source>Remote ID broadcast</source>
        <translation>Remote ID-uitzending</translation>
    </message>
    <message>
        <source>On the ground</source>
        <translation>Op de grond</translation>
    </message>
    <message>
        <source>Click on the line to add a scripted event at that time; drag an event to move it</source>
        <translation>Klik op de lijn om op dat moment een gescripte gebeurtenis toe te voegen; sleep een gebeurtenis om haar te verplaatsen</translation>
    </message>
    <message>
        <source>⚠ Imported airspace: {count} warning(s)</source>
        <translation>⚠ Geïmporteerd luchtruim: {count} waarschuwing(en)</translation>
    </message>
    <message>
        <source>... and {more} more</source>
        <translation>... en nog {more}</translation>
    </message>
    <message>
        <source>Imported airspace</source>
        <translation>Geïmporteerd luchtruim</translation>
    </message>
    <message>
        <source>The scenario's airspace files gave {count} warning(s). Airspace that could not be used (skipped) is not on the map and no zone rule applies to it; an outline that crosses itself is on the map as the area it encloses.</source>
        <translation>De luchtruimbestanden van het scenario gaven {count} waarschuwing(en). Luchtruim dat niet te gebruiken was (overgeslagen) staat niet op de kaart en er geldt geen zoneregel voor; een rand die zichzelf snijdt staat op de kaart als het gebied dat hij omsluit.</translation>
    </message>
    <message>
        <source>{old} renamed to {new} in {count} place(s)</source>
        <translation>{old} hernoemd naar {new} op {count} plaats(en)</translation>
    </message>
    <message>
        <source>&amp;Debrief a run…</source>
        <translation>Oefening &amp;nabespreken…</translation>
    </message>
    <message>
        <source>Click a drone on the map first</source>
        <translation>Klik eerst op een drone op de kaart</translation>
    </message>
    <message>
        <source>Click on the map to place: {title} (Esc: cancel)</source>
        <translation>Klik op de kaart om te plaatsen: {title} (Esc: annuleren)</translation>
    </message>
    <message>
        <source>Injected {what}{about} for the whole class at T+{time_s:.0f} s</source>
        <translation>{what}{about} ingevoegd voor de hele klas op T+{time_s:.0f} s</translation>
    </message>
    <message>
        <source>Injects need an exercise that has started</source>
        <translation>Invoegen kan alleen in een gestarte oefening</translation>
    </message>
    <message>
        <source>Placing cancelled</source>
        <translation>Plaatsen geannuleerd</translation>
    </message>
    <message>
        <source>Selected {drone}: lost link or flyaway from the Inject menu</source>
        <translation>{drone} gekozen: verbinding verloren of flyaway via het menu Invoegen</translation>
    </message>
    <message>
        <source>The training record cannot be written: {error}</source>
        <translation>De trainingsregistratie kan niet worden geschreven: {error}</translation>
    </message>
    <message>
        <source>This exercise has no radar</source>
        <translation>Deze oefening heeft geen radar</translation>
    </message>
    <message>
        <source>an extra drone</source>
        <translation>een extra drone</translation>
    </message>
    <message>
        <source>flyaway</source>
        <translation>flyaway</translation>
    </message>
    <message>
        <source>lost link</source>
        <translation>verbinding verloren</translation>
    </message>
    <message>
        <source>sensor outage</source>
        <translation>sensoruitval</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>Orbit of {radius} m set.</source>
        <translation>Cirkelbaan van {radius} m ingesteld.</translation>
    </message>
    <message>
        <source>Loiter area of {radius} m set.</source>
        <translation>Rondhanggebied van {radius} m ingesteld.</translation>
    </message>
    <message>
        <source>Moved {path}.</source>
        <translation>Verplaatst: {path}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>regel {line}: </translation>
    </message>
    <message>
        <source>Judge the threat</source>
        <translation>Dreiging inschatten</translation>
    </message>
    <message>
        <source>Notify the police</source>
        <translation>Politie inschakelen</translation>
    </message>
    <message>
        <source>Contact the operator</source>
        <translation>Exploitant benaderen</translation>
    </message>
    <message>
        <source>No tracks yet for: {action}</source>
        <translation>Nog geen tracks voor: {action}</translation>
    </message>
    <message>
        <source>{action}: which track?</source>
        <translation>{action}: welke track?</translation>
    </message>
    <message>
        <source>Joined at T+{time}: {count} track(s) already in view; alerts from now on</source>
        <translation>Aangesloten op T+{time}: {count} track(s) al in beeld; meldingen vanaf nu</translation>
    </message>
    <message>
        <source>Remove a station</source>
        <translation>Een station verwijderen</translation>
    </message>
    <message>
        <source>a trainee named {trainee} is already in this class, at {host}. If that is you, close that station first; if not, add your initial to your name</source>
        <translation>er zit al een cursist met de naam {trainee} in deze klas, op {host}. Ben jij dat, sluit dan eerst dat station; zo niet, zet je voorletter bij je naam</translation>
    </message>
    <message>
        <source>removed by the instructor</source>
        <translation>verwijderd door de instructeur</translation>
    </message>
    <message>
        <source>the exercise is over; ask the instructor when the next one starts</source>
        <translation>de oefening is voorbij; vraag de instructeur wanneer de volgende begint</translation>
    </message>
    <message>
        <source>the station's id does not match its connection</source>
        <translation>de id van het station past niet bij zijn verbinding</translation>
    </message>
    <message>
        <source>this console speaks protocol {console}, this station {station}: install the same version of the trainer on both</source>
        <translation>deze console gebruikt protocol {console}, dit station {station}: installeer op beide dezelfde versie van de trainer</translation>
    </message>
    <message>
        <source>another PC</source>
        <translation>een andere pc</translation>
    </message>
    <message>
        <source>perfect</source>
        <translation>perfect</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>passief</translation>
    </message>
    <message>
        <source>panic</source>
        <translation>paniek</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>human</source>
        <translation>menselijk</translation>
    </message>
    <message>
        <source>No answer key: runs cannot be scored. Add one in the Answer key section.</source>
        <translation>Geen antwoordsleutel: oefeningen kunnen niet gescoord worden. Voeg er een toe in de sectie Antwoordsleutel.</translation>
    </message>
    <message>
        <source>The perfect trainee fails ({percent} %): the key asks for something that cannot be done in time, or names a clock that never starts.</source>
        <translation>De perfecte cursist zakt ({percent} %): de sleutel vraagt iets wat niet op tijd kan, of noemt een klok die nooit start.</translation>
    </message>
    <message>
        <source>Doing nothing passes: the key expects too little.</source>
        <translation>Niets doen is voldoende om te slagen: de sleutel verwacht te weinig.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>✗ 1 problem</source>
        <translation>✗ 1 probleem</translation>
    </message>
    <message>
        <source>✗ {count} problems</source>
        <translation>✗ {count} problemen</translation>
    </message>
    <message>
        <source>✓ checked</source>
        <translation>✓ gecontroleerd</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ geldig</translation>
    </message>
    <message>
        <source>, {invalid} invalid</source>
        <translation>, {invalid} ongeldig</translation>
    </message>
    <message>
        <source>{percent} % passed</source>
        <translation>{percent} % geslaagd</translation>
    </message>
    <message>
        <source>{percent} % failed</source>
        <translation>{percent} % niet geslaagd</translation>
    </message>
    <message>
        <source>Shape and dry run</source>
        <translation>Vorm en proefrun</translation>
    </message>
    <message>
        <source>Changed since this dry run: its scores may no longer hold; Ctrl+R runs it again.</source>
        <translation>Gewijzigd sinds deze proefrun: de scores kloppen misschien niet meer; Ctrl+R draait hem opnieuw.</translation>
    </message>
    <message>
        <source>Leave the exercise?</source>
        <translation>De oefening verlaten?</translation>
    </message>
    <message>
        <source>The exercise is still going on. Your run carries on at the console; join again to come back to it. Leave now?</source>
        <translation>De oefening loopt nog. Je oefening gaat door op de console; sluit opnieuw aan om erin terug te komen. Nu verlaten?</translation>
    </message>
    <message>
        <source>{lower} to {upper}</source>
        <translation>{lower} tot {upper}</translation>
    </message>
    <message>
        <source>{status}; source: {source}</source>
        <translation>{status}; bron: {source}</translation>
    </message>
    <message>
        <source>{name} (approximate)</source>
        <translation>{name} (bij benadering)</translation>
    </message>
    <message>
        <source>Runway {designators}, {length_m:,.0f} m x {width_m:.0f} m</source>
        <translation>Baan {designators}, {length_m:,.0f} m x {width_m:.0f} m</translation>
    </message>
    <message>
        <source>Drone {drone_id} deleted (Ctrl+Z brings it back); what still names it is listed under Problems.</source>
        <translation>Drone {drone_id} verwijderd (Ctrl+Z zet hem terug); wat hem nog noemt, staat onder Problemen.</translation>
    </message>
    <message>
        <source>Quit during the run?</source>
        <translation>Afsluiten tijdens de oefening?</translation>
    </message>
    <message>
        <source>The run is still going on. Quitting ends it here: the responses made so far stay in the training record, but the run is not scored now (its debrief can score it later). Quit now?</source>
        <translation>De oefening loopt nog. Afsluiten beëindigt haar hier: de handelingen tot nu toe blijven in het trainingsdossier, maar de oefening wordt nu niet gescoord (dat kan later in de nabespreking). Nu afsluiten?</translation>
    </message>
    <message>
        <source>Debrief a run</source>
        <translation>Een oefening nabespreken</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (gearchiveerd)</translation>
    </message>
    <message>
        <source>ID (optional)</source>
        <translation>Nummer (optioneel)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} toegevoegd.</translation>
    </message>
    <message>
        <source>Changed {name}.</source>
        <translation>{name} gewijzigd.</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>geen zone</translation>
    </message>
    <message>
        <source>{drone}: {height:.0f} m AGL, {speed:.1f} m/s, course {course:03.0f}°
{zones}</source>
        <translation>{drone}: {height:.0f} m AGL, {speed:.1f} m/s, koers {course:03.0f}°
{zones}</translation>
    </message>
    <message>
        <source>Responses (in the trainee view):</source>
        <translation>Handelingen (in het cursistbeeld):</translation>
    </message>
    <message>
        <source>End the run?</source>
        <translation>Oefening beëindigen?</translation>
    </message>
    <message>
        <source>The run is still going on. Restarting ends it here: the responses made so far stay in the training record, but the run is not scored now (its debrief can score it later). Restart now?</source>
        <translation>De oefening loopt nog. Opnieuw starten beëindigt haar hier: de handelingen tot nu toe blijven in het trainingsdossier, maar de oefening wordt nu niet gescoord (dat kan later in de nabespreking). Nu opnieuw starten?</translation>
    </message>
    <message>
        <source>The run is still going on. Another scenario ends it here: the responses made so far stay in the training record, but the run is not scored now (its debrief can score it later). Open another scenario?</source>
        <translation>De oefening loopt nog. Een ander scenario beëindigt haar hier: de handelingen tot nu toe blijven in het trainingsdossier, maar de oefening wordt nu niet gescoord (dat kan later in de nabespreking). Een ander scenario openen?</translation>
    </message>
    <message>
        <source>Type the log entry and press Enter (Enter on an empty line closes without)</source>
        <translation>Typ de logregel en druk op Enter (Enter op een lege regel sluit af zonder)</translation>
    </message>
    <message>
        <source>+{count} late</source>
        <translation>+{count} te laat binnen</translation>
    </message>
    <message>
        <source>Scored again with {count} response(s) the trainee made while their station was offline, which reached the console after the end.</source>
        <translation>Opnieuw gescoord met {count} handeling(en) die de cursist deed terwijl het station offline was en die de console pas na het einde bereikten.</translation>
    </message>
    <message>
        <source>{trainee}: {count} response(s) made while the station was offline reached the console after the end and are on the record; the sheet is scored again (export again to include them)</source>
        <translation>{trainee}: {count} handeling(en) van terwijl het station offline was, bereikten de console na het einde en staan in de registratie; het scoreformulier is opnieuw gescoord (exporteer opnieuw om ze mee te nemen)</translation>
    </message>
    <message>
        <source>Not connected: {trainees}. Responses made at a station while it was offline reach the training record only while this console is open. Close anyway?</source>
        <translation>Niet verbonden: {trainees}. Handelingen die op een station zijn gedaan terwijl het offline was, komen alleen in de trainingsregistratie zolang deze console open is. Toch sluiten?</translation>
    </message>
    <message>
        <source>wrong session code</source>
        <translation>verkeerde sessiecode</translation>
    </message>
    <message>
        <source>the console runs an older version of the trainer: install the same version on both (the console said: “{reason}”)</source>
        <translation>de console draait een oudere versie van de trainer: installeer op beide dezelfde versie (de console zei: “{reason}”)</translation>
    </message>
    <message>
        <source> (corrected by #{sequence})</source>
        <translation> (gecorrigeerd door #{sequence})</translation>
    </message>
    <message>
        <source>Ended early at {ended_at}: items due after it count as missed</source>
        <translation>Vroegtijdig beëindigd op {ended_at}: wat daarna verwacht werd, telt als gemist</translation>
    </message>
    <message>
        <source>Not scored: no score sheet for this run</source>
        <translation>Niet gescoord: deze oefening heeft geen scoreformulier</translation>
    </message>
    <message>
        <source>no trainee</source>
        <translation>geen cursist</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Incident afsluiten</translation>
    </message>
    <message>
        <source>first detection</source>
        <translation>eerste detectie</translation>
    </message>
    <message>
        <source>entry into a zone</source>
        <translation>binnenvliegen van een zone</translation>
    </message>
    <message>
        <source>exit from a zone</source>
        <translation>verlaten van een zone</translation>
    </message>
    <message>
        <source>an event of the drone</source>
        <translation>een gebeurtenis van de drone</translation>
    </message>
    <message>
        <source>a time after the start</source>
        <translation>een tijdstip na de start</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>stil hangen</translation>
    </message>
    <message>
        <source>loiter</source>
        <translation>rondhangen</translation>
    </message>
    <message>
        <source>orbit</source>
        <translation>cirkelbaan</translation>
    </message>
    <message>
        <source>return home</source>
        <translation>terug naar huis</translation>
    </message>
    <message>
        <source>flyaway (drifts with the wind)</source>
        <translation>flyaway (drijft af met de wind)</translation>
    </message>
    <message>
        <source>as a flight log flew</source>
        <translation>zoals een vluchtlog vloog</translation>
    </message>
    <message>
        <source>circuit</source>
        <translation>circuit</translation>
    </message>
    <message>
        <source>straight-in approach</source>
        <translation>rechtstreekse nadering</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>vertrek</translation>
    </message>
    <message>
        <source>left-hand</source>
        <translation>linkerhand</translation>
    </message>
    <message>
        <source>right-hand</source>
        <translation>rechterhand</translation>
    </message>
    <message>
        <source>tiny</source>
        <translation>zeer klein</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groot</translation>
    </message>
    <message>
        <source>no class (built before the classes)</source>
        <translation>geen klasse (gebouwd vóór de klassen)</translation>
    </message>
    <message>
        <source>lose the control link</source>
        <translation>besturingsverbinding verliezen</translation>
    </message>
    <message>
        <source>fly away</source>
        <translation>wegvliegen</translation>
    </message>
    <message>
        <source>battery low</source>
        <translation>accu bijna leeg</translation>
    </message>
    <message>
        <source>land</source>
        <translation>landen</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificatie</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identiteit</translation>
    </message>
    <message>
        <source>threat level</source>
        <translation>dreigingsniveau</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Write one and a half as {half}, fifteen hundred as {plain} or {grouped}.</source>
        <translation>“{text}” is geen getal. Schrijf anderhalf als {half} en vijftienhonderd als {plain} of {grouped}.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}; kept {kept}.</source>
        <translation>{value} valt buiten {low} tot {high}; {kept} blijft staan.</translation>
    </message>
    <message>
        <source>Item {row}: the note has {count} characters, at most {most}; not saved</source>
        <translation>Regel {row}: de notitie heeft {count} tekens, hoogstens {most}; niet bewaard</translation>
    </message>
    <message>
        <source>Previous moment ([)</source>
        <translation>Vorig moment ([)</translation>
    </message>
    <message>
        <source>1 s</source>
        <translation>1 s</translation>
    </message>
    <message>
        <source>One second back (,)</source>
        <translation>Eén seconde terug (,)</translation>
    </message>
    <message>
        <source>One second on (.)</source>
        <translation>Eén seconde verder (.)</translation>
    </message>
    <message>
        <source>Next moment (])</source>
        <translation>Volgend moment (])</translation>
    </message>
    <message>
        <source>{count} typed value(s) that are no number were not saved: the file keeps the value(s) before them.</source>
        <translation>{count} ingetypte waarde(n) die geen getal zijn, zijn niet opgeslagen: het bestand houdt de waarde(n) van daarvoor.</translation>
    </message>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} s geleden</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} ago</source>
        <translation>{minutes}:{seconds:02d} geleden</translation>
    </message>
    <message>
        <source>lost ({seconds} s)</source>
        <translation>verbroken ({seconds} s)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>{present} station(s), {connected} connected</source>
        <translation>{present} station(s), {connected} verbonden</translation>
    </message>
    <message>
        <source>{removed} removed</source>
        <translation>{removed} verwijderd</translation>
    </message>
    <message>
        <source>{trainee}: final, on the record</source>
        <translation>{trainee}: definitief, vastgelegd</translation>
    </message>
    <message>
        <source>{trainee}: live</source>
        <translation>{trainee}: actueel</translation>
    </message>
    <message>
        <source>The sheet as scored at the end:</source>
        <translation>Het scoreformulier zoals het bij het einde is gescoord:</translation>
    </message>
    <message>
        <source>Console no longer reachable (your score sheet is in)</source>
        <translation>Console niet meer bereikbaar (je scoreformulier is binnen)</translation>
    </message>
    <message>
        <source>, scores</source>
        <translation>, met scores</translation>
    </message>
    <message>
        <source>Item {row}: {typed} is outside what this item can give, {low} to {high}; override not saved</source>
        <translation>Regel {row}: {typed} valt buiten wat deze regel kan geven, {low} tot {high}; aanpassing niet bewaard</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>On time: done at {time}</source>
        <translation>Op tijd: gedaan om {time}</translation>
    </message>
    <message>
        <source>Late: done at {time}, {late:g} s after the window closed</source>
        <translation>Te laat: gedaan om {time}, {late:g} s nadat het tijdvenster sloot</translation>
    </message>
    <message>
        <source>Missed: what was done at {time} did not count</source>
        <translation>Gemist: wat om {time} gedaan werd, telde niet</translation>
    </message>
    <message>
        <source>Missed: not done in the run</source>
        <translation>Gemist: niet gedaan in de oefening</translation>
    </message>
    <message>
        <source>Not applicable: due after the run ended at {time}</source>
        <translation>Niet van toepassing: pas verwacht nadat de oefening om {time} eindigde</translation>
    </message>
    <message>
        <source>Not applicable: worth no points</source>
        <translation>Niet van toepassing: geen punten waard</translation>
    </message>
    <message>
        <source>Due {start} to {end} (window {window:g} s)</source>
        <translation>Verwacht van {start} tot {end} (tijdvenster {window:g} s)</translation>
    </message>
    <message>
        <source>{points} of {maximum} points</source>
        <translation>{points} van {maximum} punten</translation>
    </message>
    <message>
        <source>Incident: {incident}</source>
        <translation>Incident: {incident}</translation>
    </message>
    <message>
        <source>run ended</source>
        <translation>oefening beëindigd</translation>
    </message>
    <message>
        <source>When each response was due:</source>
        <translation>Wanneer elke handeling verwacht werd:</translation>
    </message>
    <message>
        <source>Due: {expected}, within {window:g} s (until {end})</source>
        <translation>Verwacht: {expected}, binnen {window:g} s (tot {end})</translation>
    </message>
    <message>
        <source>Hover over a band for what was due and what was done; with the keyboard, Tab to the bands, Up and Down to pick one, Enter to go to it</source>
        <translation>Wijs een balk aan voor wat verwacht en wat gedaan werd; met het toetsenbord: Tab naar de balken, Omhoog en Omlaag om er een te kiezen, Enter om erheen te gaan</translation>
    </message>
    <message>
        <source>When each response was due</source>
        <translation>Wanneer elke handeling verwacht werd</translation>
    </message>
    <message>
        <source>Overridden by the instructor: {outcome}</source>
        <translation>Aangepast door de instructeur: {outcome}</translation>
    </message>
    <message>
        <source>Computed: {outcome}</source>
        <translation>Berekend: {outcome}</translation>
    </message>
    <message>
        <source>(worked out from the scenario file: this record's sheet does not keep them)</source>
        <translation>(afgeleid uit het scenariobestand: het opgeslagen scoreformulier bewaart ze niet)</translation>
    </message>
    <message>
        <source>No band shows when each response was due</source>
        <translation>Geen balk toont wanneer elke handeling verwacht werd</translation>
    </message>
    <message>
        <source>{prefix}: this run was scored before they were kept, and its scenario file has changed since, so they cannot be worked out from it</source>
        <translation>{prefix}: deze oefening is gescoord voordat ze bewaard werden, en het scenariobestand is sindsdien gewijzigd, dus ze zijn er niet uit af te leiden</translation>
    </message>
    <message>
        <source>{prefix}: this run was scored before they were kept, and scoring it again now judges it otherwise; rescore it (drone-trainer rescore) to see them</source>
        <translation>{prefix}: deze oefening is gescoord voordat ze bewaard werden, en opnieuw scoren beoordeelt haar nu anders; scoor haar opnieuw (drone-trainer rescore) om ze te zien</translation>
    </message>
    <message>
        <source>{prefix}: this run was scored before they were kept, and scoring it again failed: {error}</source>
        <translation>{prefix}: deze oefening is gescoord voordat ze bewaard werden, en opnieuw scoren mislukte: {error}</translation>
    </message>
    <message>
        <source>Some responses have no band ({count}): scoring the run again now judges them otherwise; rescore it (drone-trainer rescore) to see them</source>
        <translation>Sommige handelingen hebben geen balk ({count}): opnieuw scoren beoordeelt ze nu anders; scoor de oefening opnieuw (drone-trainer rescore) om ze te zien</translation>
    </message>
    <message>
        <source>When due</source>
        <translation>Wanneer verwacht</translation>
    </message>
    <message>
        <source>Another station is already running on this computer with the folder {folder}. Both would join as the same station and take each other's place in the class. Close the other one, or give this one a folder of its own with --state-dir.</source>
        <translation>Er draait al een station op deze computer met de map {folder}. Beide zouden zich als hetzelfde station aanmelden en elkaars plaats in de klas innemen. Sluit het andere, of geef dit station een eigen map met --state-dir.</translation>
    </message>
    <message>
        <source>  recorded as run {run_id} for {trainee}</source>
        <translation>  vastgelegd als oefening {run_id} voor {trainee}</translation>
    </message>
    <message>
        <source>{points} {reason} · overridden by the instructor (computed: {computed})</source>
        <translation>{points} {reason} · aangepast door de instructeur (berekend: {computed})</translation>
    </message>
    <message>
        <source>{points} {reason} · overridden by the instructor: {outcome} (computed: {computed}, {computed_outcome})</source>
        <translation>{points} {reason} · aangepast door de instructeur: {outcome} (berekend: {computed}, {computed_outcome})</translation>
    </message>
    <message>
        <source>Computed: {result}</source>
        <translation>Berekend: {result}</translation>
    </message>
    <message>
        <source>, with the instructor's overrides</source>
        <translation>, met de aanpassingen van de instructeur</translation>
    </message>
    <message>
        <source>{count} of them with the instructor's overrides (computed: {percents}).</source>
        <translation>{count} daarvan met de aanpassingen van de instructeur (berekend: {percents}).</translation>
    </message>
    <message>
        <source>with the instructor's overrides</source>
        <translation>met de aanpassingen van de instructeur</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Geen samenvatting.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>The scenario could not be saved as {path}: {reason}.</source>
        <translation>Het scenario kon niet worden opgeslagen als {path}: {reason}.</translation>
    </message>
    <message>
        <source>The drone flies at its start's height, now {height} m above ground (the height of new waypoints).</source>
        <translation>De drone vliegt op de hoogte van zijn start, nu {height} m boven de grond (de hoogte van nieuwe waypoints).</translation>
    </message>
    <message>
        <source>{name} was saved with problems: this window keeps the version it has.</source>
        <translation>{name} is opgeslagen met problemen: dit venster houdt de versie die het heeft.</translation>
    </message>
    <message>
        <source>{name} was saved: the run under way keeps the version it started with; open the file again for the new one.</source>
        <translation>{name} is opgeslagen: de lopende oefening houdt de versie waarmee ze begon; open het bestand opnieuw voor de nieuwe.</translation>
    </message>
    <message>
        <source>{name} loaded again as saved in the editor.</source>
        <translation>{name} opnieuw geladen zoals opgeslagen in de editor.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Open the file in the scenario editor (to fix it)</source>
        <translation>Het bestand openen in de scenario-editor (om het te verbeteren)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>Score this run</source>
        <translation>Deze oefening scoren</translation>
    </message>
    <message>
        <source>Score the run from its record, as ended where it stopped: what fell due after that counts as missed (drone-trainer rescore does the same)</source>
        <translation>De oefening scoren uit wat er is vastgelegd, als beëindigd waar ze stopte: wat daarna aan de beurt was, telt als gemist (drone-trainer rescore doet hetzelfde)</translation>
    </message>
    <message>
        <source>Cannot score this run: {error}</source>
        <translation>Deze oefening kan niet gescoord worden: {error}</translation>
    </message>
    <message>
        <source>Not scored yet: open its debrief and press Score this run</source>
        <translation>Nog niet gescoord: open de nabespreking en kies Deze oefening scoren</translation>
    </message>
    <message>
        <source>{track} (lost: no longer on the map)</source>
        <translation>{track} (verloren: niet meer op de kaart)</translation>
    </message>
    <message>
        <source>No particular track (any incident)</source>
        <translation>Geen bepaalde track (elk incident)</translation>
    </message>
    <message>
        <source>{question} {track}, the selected track, is no longer on the map.</source>
        <translation>{question} {track}, de gekozen track, is niet meer op de kaart.</translation>
    </message>
    <message>
        <source>  (already suspended: no change)</source>
        <translation>  (al opgeschort: geen wijziging)</translation>
    </message>
    <message>
        <source>runway operations were suspended already: the earlier suspension stands</source>
        <translation>het baangebruik was al opgeschort: de eerdere opschorting blijft staan</translation>
    </message>
    <message>
        <source>  (already running: no change)</source>
        <translation>  (baan al open: geen wijziging)</translation>
    </message>
    <message>
        <source>runway operations were not suspended: there was nothing to resume</source>
        <translation>het baangebruik was niet opgeschort: er was niets te hervatten</translation>
    </message>
</context>
</TS>
