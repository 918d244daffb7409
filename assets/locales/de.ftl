# The page chrome: menu, footer, messages every page may show.
skip-to-content = Zum Inhalt springen
menu = Menü
menu-show = Menü anzeigen
nav-main = Hauptmenü
nav-items = Gegenstände
nav-groups = Gruppen
nav-map = Karte
nav-badges = Abzeichen
nav-boards = Bestenlisten
nav-search = Suche
nav-my-items = Meine Gegenstände
nav-loans = Leihvorgänge
nav-admin = Verwaltung
nav-inbox = Posteingang
inbox-unread =
    { $count ->
        [0] Benachrichtigungen, keine ungelesen
       *[other] Benachrichtigungen, { $count } ungelesen
    }
sign-out = Abmelden
sign-in = Anmelden
sign-up = Registrieren
footer-about = eine Leihbibliothek für die Nachbarschaft · läuft mit Comuniza
badge-earned = Du hast ein Abzeichen erhalten:
badge-see = Abzeichen ansehen
are-you-sure = { $action }: Bist du sicher?

# The language switcher in the footer.
language = Sprache
language-change = Wechseln
language-unknown = diese Sprache wird hier nicht angeboten
language-account-help = Die Sprache der Seiten für dich, auf jedem Gerät, auf dem du dich anmeldest.
language-mine = Meine Sprache
language-browsers = Die meines Browsers (sonst die der Seite)
save = Speichern

# Error pages.
error-back = Zurück zur Startseite
error-sign-in-or = oder
error-create-account = ein Konto anlegen

# The home page.
home-title = Startseite
home-numbers = Die Gemeinschaft in Zahlen
count-members = { $count ->
    [one] Mitglied
   *[other] Mitglieder
}
count-groups = { $count ->
    [one] Gruppe
   *[other] Gruppen
}
count-items = { $count ->
    [one] Gegenstand
   *[other] Gegenstände
}
count-on-loan = { $count ->
    [one] Gegenstand gerade verliehen
   *[other] Gegenstände gerade verliehen
}
home-newest = Neueste Gegenstände
home-no-items = Noch wurde nichts geteilt.
home-shared-by = geteilt von
home-browse-items = Alle Gegenstände ansehen
home-where = Wo die Gruppen sind
home-full-map = Die ganze Karte
home-browse-groups = die Gruppen ansehen
home-top = Die Spitze der Bestenlisten
home-full-boards = Alle Bestenlisten
home-welcome = Willkommen, { $name }
home-welcome-back = Willkommen zurück, { $name }
home-invited = { $by } lädt dich in die Gruppe { $group } ein.
home-accept-decline = Annehmen oder ablehnen
home-share = Etwas teilen
home-your-loans = Deine Ausleihen
home-find-group = Eine Gruppe finden
home-join = Mitmachen
home-browse = Gegenstände ansehen

# The leaderboards.
boards-title = Bestenlisten
board-overall = Punkte
board-overall-what = Reputationspunkte aus Abzeichen, Boni und Abzügen
board-lending = Verleihen
board-lending-what = 10 Punkte für jede Ausleihe, die zurückgegeben wurde
board-borrowing = Ausleihen
board-borrowing-what = 10 Punkte für jeden ausgeliehenen und zurückgegebenen Gegenstand
board-reputation = Vertrauen
board-reputation-what = Vertrauen aus Bewertungen und pünktlichen Rückgaben (0-100)
board-no-one = Noch niemand.
board-rank = Platz
board-member = Mitglied
board-score = Punkte
boards-yours = Deine Platzierung
boards-rank-of = von { $total } · Punkte { $score }
boards-sign-in-why = , um deinen Platz in jeder Liste zu sehen.
# A member whose name the viewer may not see.
a-member = ein Mitglied

# The map of the groups.
map-title = Karte der Gruppen
map-place-groups = { $place }: { $count ->
    [one] { $count } Gruppe
   *[other] { $count } Gruppen
}
map-credits = Landumrisse: Natural Earth (gemeinfrei). Orte: GeoNames (CC BY 4.0).
map-each-group = Jeder Kreis ist eine Gruppe: Wähle ihn, um die Gruppe zu öffnen.
map-each-place = Jeder Kreis ist ein Ort, an dem sich Gruppen treffen; je größer, desto mehr Gruppen. Zoome hinein, um jede Gruppe zu sehen.

# Pages of a list.
pages = Seiten
page-number = Seite { $page }
page-previous = Zurück
page-next = Weiter
page-newer = Neuere
page-older = Ältere

# The list of items.
items-group = Gruppe
items-all-groups = Alle Gruppen
items-category = Kategorie
items-all-categories = Alle Kategorien
items-status = Status
items-any-status = Jeder Status
items-filter = Filtern
items-clear = Zurücksetzen
items-condition = Zustand:
items-shared-in = Geteilt in
items-corrected = Nichts passt zu „{ $asked }“. Gezeigt wird, was zu „{ $found }“ passt.
items-none-shared = Noch wird nichts geteilt.
items-none-match = Nichts passt.
items-cut = Nur die neuesten { $count } Gegenstände wurden durchsucht: Wähle eine Gruppe, um ältere zu finden.
status-available = Verfügbar
status-borrowed = Verliehen oder zugesagt
status-not-now = Gerade nicht
status-special = Unter Bedingungen
pill-promised = Zugesagt
pill-coming-back = Kommt zurück
pill-lent-out = Verliehen
condition-new = Neu
condition-excellent = Sehr gut
condition-good = Gut
condition-fair = Ordentlich
condition-poor = Abgenutzt

# The search page.
search-titled = { $query } · Suche
search-label = Gegenstände, Gruppen und Mitglieder suchen
search-tabs = Was suchen
search-members = Mitglieder
search-hint = Wörter aus einem Titel, einer Beschreibung, einem Autor, einer Kategorie, dem Namen oder Ort einer Gruppe oder dem Namen eines Mitglieds. Das letzte Wort darf unvollständig sein.
search-corrected = Keine Treffer für „{ $asked }“. Gezeigt werden Treffer für „{ $found }“.
search-no-more = Keine weiteren Treffer.
search-back-first = Zurück zur ersten Seite
search-nothing-items = Kein Gegenstand passt zu „{ $query }“. Versuche weniger oder andere Wörter.
search-nothing-groups = Keine Gruppe passt zu „{ $query }“. Versuche weniger oder andere Wörter.
search-nothing-members = Kein Mitglied passt zu „{ $query }“. Versuche weniger oder andere Wörter.

# Who may see a group.
privacy-public = Öffentlich
privacy-request = Beitritt auf Anfrage
privacy-private = Privat

# The map page.
map-heading = Karte der Gruppen
map-create = Gruppe gründen
map-lead = Wo sich die Gruppen der Gemeinschaft treffen. Wähle einen Kreis, um die Gruppen dort zu sehen, zoome hinein oder finde die Gruppen in der Nähe eines Ortes.
map-move = Karte bewegen
map-zoom-in = Vergrößern +
map-zoom-out = Verkleinern −
map-west = ← Westen
map-north = ↑ Norden
map-south = ↓ Süden
map-east = Osten →
map-go-to = Gehe zu:
region-europe = Europa
region-north-america = Nordamerika
region-central-america = Mittelamerika und Karibik
region-south-america = Südamerika
region-africa = Afrika
region-middle-east = Naher Osten
region-asia = Asien
region-oceania = Ozeanien
region-world = Die ganze Welt
map-near = Gruppen in der Nähe von
map-near-placeholder = eine Stadt oder ein Ort
map-find = Finden
map-places = Orte mit Gruppen
map-no-places = Noch hat keine Gruppe einen Ort.
map-city = Stadt
map-state = Region
map-country = Land
near-unknown = Hier ist kein Ort namens „{ $asked }“ bekannt. Versuche die nächste größere Stadt oder füge das zweistellige Länderkürzel hinzu: „London, CA“.
near-heading = Gruppen in der Nähe von { $place }
near-others = Oder ein anderer Ort dieses Namens:
near-none = Noch hat keine Gruppe, die du sehen kannst, einen Ort auf der Karte.
near-start = Gründe eine
near-under-km = unter 1 km

# The list of groups.
groups-lead = Gruppen vor Ort teilen ihre Gegenstände miteinander: Tritt einer in deiner Nähe bei.
groups-see-map = Auf der Karte ansehen
groups-search-label = Nach Name oder Ort suchen
groups-in = Gruppen in { $place }.
groups-show-all = Alle Gruppen zeigen
groups-count = { $count ->
    [one] { $count } Gruppe.
   *[other] { $count } Gruppen.
}
groups-found = { $count ->
    [one] { $count } Gruppe gefunden.
   *[other] { $count } Gruppen gefunden.
}
groups-none-match = Keine Gruppe passt. Versuche einen anderen Namen oder Ort.
groups-none = Noch gibt es keine Gruppen.
groups-past-last = Diese Seite liegt hinter der letzten.
groups-you-member = Du bist Mitglied
groups-request-sent = Anfrage gesendet
groups-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}

# Badges.
badges-secret = geheim
badges-points-holders = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} · { $count ->
    [one] { $count } Mitglied hat es
   *[other] { $count } Mitglieder haben es
}
badge-cat-lending = Verleihen
badge-cat-borrowing = Ausleihen
badge-cat-community = Gemeinschaft
badge-cat-reputation = Ansehen
badge-cat-special = Besondere
badge-tier-bronze = Bronze
badge-tier-silver = Silber
badge-tier-gold = Gold
badge-tier-platinum = Platin
badge-tier-special = besonders
badges-none = Diese Seite hat noch keine Abzeichen.
badges-lead = Abzeichen verdient man durch Teilen, Ausleihen, Mitmachen und Vertrauen.
badges-see-yours = Deine ansehen
badges-your-secret = Deine geheimen Abzeichen
badges-secret-only = Nur wer sie verdient hat, sieht sie.
badges-join = Mach mit und sammle sie
badges-recent = Zuletzt verdient von
badges-no-one = Noch niemand hat es verdient. Sei die erste Person!
