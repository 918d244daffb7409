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
boards-periods = Zeitraum
boards-period-all = Insgesamt
boards-period-year = Dieses Jahr
boards-period-month = Diesen Monat
boards-period-week = Diese Woche
boards-scope = Bestenlisten von
boards-scope-site = Die ganze Seite
boards-show = Anzeigen
boards-in-site = { $period } auf der ganzen Seite
boards-in-group = { $period } in { $group }
boards-since = seit { $day }
boards-not-on = noch nicht in dieser Liste
boards-unknown-period = Den Zeitraum „{ $period }“ gibt es nicht: Wähle week, month, year oder all.
group-boards-none = Diesen Monat hat in dieser Gruppe noch niemand verliehen, ausgeliehen oder Punkte bekommen.
group-boards-all = Alle Bestenlisten dieser Gruppe
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

# Table columns.
col-item = Gegenstand
col-with = Mit
col-when = Wann
col-status = Status
col-actions = Aktionen
col-loan = Ausleihe
col-borrower = Ausleihende Person
col-asked = Angefragt
edit = Bearbeiten
count-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

# Who sees an item.
visibility-public = Öffentlich
visibility-restricted = Nur seine Gruppen
visibility-private = Privat

# An item's page.
item-archived = Archiviert
item-category = Kategorie
item-condition = Zustand
item-none = Keine
item-longest-loan = Längste Ausleihe
item-owner = Besitzer
item-who-sees = Wer es sieht
item-staff-view = Du siehst diesen Gegenstand als Moderation: Der Besitzer hat ihn nicht mit dir geteilt.
fact-author = Autor
fact-publisher = Verlag
fact-year = Jahr
fact-isbn = ISBN
fact-languages = Sprachen
fact-format = Format
fact-subjects = Themen
record-of = Verleihbilanz von { $name }
record-owners = Verleihbilanz des Besitzers
record-lent = { $count ->
    [one] Ausleihe als Verleiher abgeschlossen
   *[other] Ausleihen als Verleiher abgeschlossen
}
record-borrowed = { $count ->
    [one] Gegenstand ausgeliehen
   *[other] Gegenstände ausgeliehen
}
record-trust = Vertrauenswert
record-rating = Durchschnittsbewertung ({ $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
})
record-no-reviews = noch keine Bewertungen
item-waiting = Der Gegenstand ist frei, und { $count ->
    [one] { $count } Mitglied wartet
   *[other] { $count } Mitglieder warten
} darauf: { $person } hat zuerst gefragt. Nimm unten eine Anfrage an oder lehne sie ab.
item-loans = Ausleihen dieses Gegenstands
item-no-loans = Noch hat niemand danach gefragt.
loan-number = Ausleihe { $number }
item-sign-in-to-ask = { $link }, um ihn auszuleihen.
item-you-asked = Du hast diesen Gegenstand angefragt: { $status }.
item-see-loan = Zu deiner Ausleihe
item-withdrawn = Du kannst ihn nicht anfragen: Dieser Gegenstand wurde zurückgezogen.
item-not-lending = Du kannst ihn gerade nicht anfragen: Der Besitzer verleiht ihn im Moment nicht.
ask-title = Ausleihen anfragen
ask-queued = Er ist gerade verliehen oder jemand anderem zugesagt. Frag an, und du bist Nummer { $number } in der Warteschlange: Der Besitzer kann zusagen, sobald er zurück ist.
ask-ahead = { $count ->
    [one] { $count } Mitglied hat
   *[other] { $count } Mitglieder haben
} vor dir gefragt: Du bist Nummer { $number } in der Warteschlange.
ask-special = Der Besitzer verleiht ihn unter besonderen Bedingungen: Schreib in deiner Nachricht, wofür du ihn brauchst.
ask-message = Nachricht an den Besitzer (freiwillig)
ask-group = Ausleihen über die Gruppe
ask-join-queue = In die Warteschlange
ask-send = Anfrage senden

# My items.
mine-lent-to = Verliehen an
mine-the-loan = Ausleihe
mine-edit-item = { $item } bearbeiten
mine-nothing = Du hast noch nichts geteilt.
mine-past-last = Diese Seite liegt hinter der letzten.
mine-back-newest = Zurück zu deinen neuesten Gegenständen

# Loans.
loans-title = Meine Ausleihen
loans-waiting-you = Wartet auf dich
loans-waiting-item = { $item } ist frei, und { $count ->
    [one] { $count } Mitglied wartet
   *[other] { $count } Mitglieder warten
} darauf: { $person } hat zuerst gefragt.
loans-requests = Anfragen zu beantworten
loans-asked = Deine Anfragen
loans-promised = Zugesagt, zu übergeben
loans-out = Verliehen
loans-returned = Zurückgegeben
loans-closed = Abgelehnt oder storniert
loans-all = Alle meine Ausleihen
loans-none-here = Hier gibt es keine Ausleihen.
loans-none = Noch keine Ausleihen.
loans-find = Etwas zum Ausleihen finden
loans-see-all = Alle { $count } ansehen
queue-place = Nummer { $number } von { $total } in der Warteschlange
action-approve = Zusagen
action-decline = Ablehnen
action-cancel = Anfrage zurückziehen
action-hand-over = Jetzt übergeben
action-given-back = Ich habe es zurückgegeben
action-confirm-back = Rückgabe bestätigen
action-about = { $action }: { $item }
loan-overdue = Überfällig
loan-asked-waiting = Angefragt, wartet auf Antwort
loan-asked-to-answer = Angefragt, zu beantworten
loan-promised-to-you = Dir zugesagt, abzuholen
loan-with-you = Bei dir
loan-given-back-waiting = Zurückgegeben, wartet auf den Besitzer
loan-given-back-to-confirm = Zurückgegeben, zu bestätigen
loan-declined-by-owner = Vom Besitzer abgelehnt
loan-declined = Abgelehnt
loan-cancelled = Storniert
relation-asking = angefragt bei { $person }
relation-promised-by = zugesagt von { $person }
relation-borrowing-from = ausgeliehen von { $person }
relation-borrowed-from = geliehen von { $person }
relation-asked = angefragt bei { $person }
relation-asked-by = angefragt von { $person }
relation-promised-to = zugesagt an { $person }
relation-lending-to = verliehen an { $person }
relation-lent-to = verliehen an { $person }
date-returned = zurück am { $date }
date-due = fällig am { $date }
date-promised = zugesagt am { $date }
date-asked = angefragt am { $date }

# A loan's page.
loan-title = Ausleihe von { $item }
loan-lender = Verleiher
loan-their-email = E-Mail
loan-through = Über die Gruppe
loan-handed-over = Übergeben
loan-due-back = Zurück bis
loan-given-back-note = von der ausleihenden Person zurückgegeben, wartet auf die Bestätigung des Verleihers
queue-you-first-free = Du bist als Erste oder Erster dran: Der Besitzer kann jetzt zusagen.
queue-you-first-lent = Du bist als Erste oder Erster dran. Der Gegenstand ist gerade verliehen oder zugesagt: Der Besitzer kann zusagen, sobald er zurück ist.
queue-you-behind = Du bist Nummer { $number } in der Warteschlange: { $count ->
    [one] { $count } Mitglied hat
   *[other] { $count } Mitglieder haben
} vor dir gefragt.
queue-staff-free = Nummer { $number } von { $total } in der Warteschlange; der Gegenstand ist frei.
queue-staff-lent = Nummer { $number } von { $total } in der Warteschlange; der Gegenstand ist verliehen oder zugesagt.
queue-owner-only = Der Gegenstand ist frei: Du kannst diese Anfrage jetzt annehmen.
queue-owner-first = Der Gegenstand ist frei, und diese Anfrage kam zuerst ({ $count ->
    [one] { $count } weitere wartet
   *[other] { $count } weitere warten
} dahinter).
queue-owner-free = Nummer { $number } von { $total } in der Warteschlange: Der Gegenstand ist frei, du kannst also annehmen, welche du willst.
queue-owner-lent = Nummer { $number } von { $total } in der Warteschlange. Der Gegenstand ist verliehen oder zugesagt: Du kannst eine Anfrage annehmen, sobald er zurück ist.
review-title = { $name } bewerten
review-how = Wie ist es gelaufen?
rating-1 = schlecht
rating-2 = mäßig
rating-3 = gut
rating-4 = sehr gut
rating-5 = ausgezeichnet
review-comment = Kommentar (freiwillig)
review-send = Bewertung senden
reviews = Bewertungen
review-by = von { $name }
more-time = Mehr Zeit
count-more-days = { $count ->
    [one] { $count } Tag mehr
   *[other] { $count } Tage mehr
}
extension-standing = { $who ->
    [you] Du hast
   *[other] Die ausleihende Person hat
} { $days } erbeten{ $state ->
    [to-answer] : Deine Antwort fehlt noch.
    [pending] : Die Antwort des Verleihers steht aus.
    [accepted] : angenommen, das Rückgabedatum hat sich verschoben.
    [declined] : abgelehnt.
   *[other] : nicht beantwortet, bevor der Gegenstand zurückkam.
}
extension-how-many = Wie viele Tage mehr? (1 bis { $count })
extension-why = Warum (freiwillig)
extension-ask = Mehr Zeit erbitten
extension-accept = Annehmen

# A conversation.
messages = Nachrichten
messages-private = Nur ihr beide lest dieses Gespräch. Deine E-Mail-Adresse wird nicht gezeigt: Teile Kontaktdaten hier nur, wenn du willst.
messages-private-join = Nur das Mitglied und die Admins der Gruppe lesen dieses Gespräch. Deine E-Mail-Adresse wird nicht gezeigt: Teile Kontaktdaten hier nur, wenn du willst.
messages-none = Noch keine Nachrichten.
messages-you = Du
messages-former-member = ein ehemaliges Mitglied
messages-reported = Du hast diese Nachricht gemeldet.
report = Melden
report-what = Was stimmt damit nicht? (freiwillig; die Moderation liest nur diese Nachricht und deine Notiz)
report-send = An die Moderation melden
messages-write = Nachricht schreiben
send = Senden

# What an action did, said once on the next page.
flash-welcome = Willkommen! Dein Konto ist bereit: Finde eine Gruppe in deiner Nähe oder teile etwas, das dir gehört.
flash-shared = Dein Gegenstand ist geteilt.
flash-item = Deine Änderungen am Gegenstand sind gespeichert.
flash-joined = Du bist jetzt Mitglied der Gruppe.
flash-asked = Du hast um Aufnahme gebeten: Die Admins der Gruppe antworten dir.
flash-requested = Deine Anfrage ist beim Besitzer.
flash-approved = Du hast zugesagt: Der Gegenstand ist versprochen.
flash-declined = Du hast die Anfrage abgelehnt.
flash-cancelled = Die Anfrage ist zurückgezogen.
flash-handed = Übergeben: Die Ausleihe hat begonnen.
flash-given = Als zurückgegeben markiert: Der Besitzer bestätigt, sobald er ihn hat.
flash-returned = Der Gegenstand ist zurück. Du kannst die Ausleihe jetzt bewerten.
flash-reviewed = Danke für deine Bewertung.
flash-more-time = Du hast um mehr Zeit gebeten: Der Verleiher antwortet dir.
flash-answered = Deine Antwort ist gesendet.
flash-saved = Gespeichert.
flash-password = Dein Passwort ist geändert; deine anderen Geräte sind abgemeldet.
flash-sent = Deine Nachricht ist gesendet.
flash-reported = Danke: Die Nachricht ist an die Moderation gemeldet, die sie sich ansieht.
flash-closed = Die Meldung ist als erledigt markiert.
flash-photos = Deine Fotos sind hinzugefügt.
flash-photo-gone = Das Foto ist gelöscht.
flash-picture = Dein Bild ist gespeichert.

# Die Seite einer Gruppe, ihre Formulare, Einladungen und Beitrittsanfragen.
group-all = Alle Gruppen
group-sign-in = Melde dich an
group-sign-in-to-join = { $link }, um dieser Gruppe beizutreten.
group-archived-no-join = Diese Gruppe ist archiviert: Niemand kann beitreten.
group-archived = Archiviert
group-join = Dieser Gruppe beitreten
group-ask-to-join = Beitritt anfragen
group-admin-approves = Eine Person aus der Gruppenleitung nimmt Anfragen an.
group-request-waiting = Deine Anfrage wartet auf Zusage
group-write-admins = Der Gruppenleitung schreiben
group-withdraw-request = Anfrage zurückziehen
group-you-admin = Du leitest die Gruppe
group-leave = Gruppe verlassen
group-you-banned = Du bist aus dieser Gruppe ausgeschlossen
group-edit = Gruppe bearbeiten
group-members = Mitglieder
group-no-members = Noch keine Mitglieder.
group-items = Mit der Gruppe geteilte Dinge
group-no-items = Noch keine Dinge, die du sehen kannst, sind mit dieser Gruppe geteilt.
group-back-newest = Zurück zu den neuesten Dingen
group-run-by = Geleitet von { $person }.
group-about = Über die Gruppe
col-member = Mitglied
col-role = Rolle
col-since = Seit
col-link = Link
col-until = Bis
col-used = Genutzt
col-state = Zustand
member-pill-admin = Leitung
member-pill-member = Mitglied
member-pill-asks = möchte beitreten
member-pill-banned = ausgeschlossen
member-pill-owner = Gründer·in
member-ban = Ausschließen
member-unban = Wieder zulassen
member-promote = Zur Leitung machen
member-demote = Zum Mitglied machen
member-remove = Entfernen
leaving-if = Wenn du austrittst: { $what }.
leaving-if-both = Wenn du austrittst: { $items }; { $requests }.
leaving-unshared = { $count ->
    [one] { $count } Ding von dir wird nicht mehr mit dieser Gruppe geteilt
   *[other] { $count } Dinge von dir werden nicht mehr mit dieser Gruppe geteilt
}
leaving-private = ({ $count ->
    [one] { $count } wird privat
   *[other] { $count } werden privat
})
leaving-ended = { $count ->
    [one] { $count } Anfrage über sie wird abgebrochen
   *[other] { $count } Anfragen über sie werden abgebrochen
}
leaving-left = Du hast { $group } verlassen
leaving-unshared-title = Deine Dinge werden nicht mehr mit ihr geteilt
leaving-now-private = ist jetzt privat: Nur du siehst es.
leaving-share-again = Wieder teilen
leaving-ended-title = Anfragen über sie sind abgebrochen
field-name = Name
field-description-optional = Beschreibung (freiwillig)
field-city = Ort
field-state-optional = Bundesland oder Region (freiwillig)
field-country = Land
field-latitude = Breitengrad (-90 bis 90)
field-longitude = Längengrad (-180 bis 180)
field-username = Benutzername
privacy-public-help = Alle sehen die Gruppe und ihre Mitglieder, und alle können sofort beitreten.
privacy-request-help = Alle sehen die Gruppe, aber ein Beitritt ist eine Anfrage, die jemand aus der Gruppenleitung annimmt.
privacy-private-help = Nur ihre Mitglieder sehen sie: Sie steht in keiner Liste und auf keiner Karte, und ihre Seite ist für alle anderen verborgen.
group-who-sees = Wer sie sieht und beitreten kann
group-where = Wo sie sich trifft
group-where-help = Lass den Ort leer, wenn die Gruppe keinen hat. Mit Koordinaten erscheint die Gruppe auf der Karte (außer sie ist privat).
group-create = Gruppe gründen
group-create-lead = Du wirst ihr Gründer und leitest sie als Erstes.
group-create-send = Gruppe gründen
group-edit-title = { $group } bearbeiten
group-save = Gruppe speichern
group-archive-title = Gruppe archivieren
group-archive-what = Eine archivierte Gruppe steht nicht mehr in der Liste und auf der Karte, und niemand kann beitreten. Mitglieder und Dinge bleiben, und du kannst sie wieder öffnen.
group-archive = Diese Gruppe archivieren
group-archive-confirm = Diese Gruppe archivieren?
group-reopen-title = Gruppe wieder öffnen
group-reopen-what = Diese Gruppe ist archiviert. Öffne sie wieder, damit sie wieder erscheint.
group-reopen = Diese Gruppe wieder öffnen
picker-find-place = Ort suchen
picker-placeholder = ein Dorf oder eine Stadt
picker-title = Karte: Klicke auf einen Ort, um Breiten- und Längengrad einzutragen
picker-zoom-in = Vergrößern
picker-zoom-out = Verkleinern
picker-help = Klicke auf die Karte, um die Koordinaten einzutragen; vergrößere (mit dem Mausrad oder +) und ziehe, um den Punkt bis auf die Straße zu setzen; passe sie dann bei Bedarf an.
picker-unknown = Kein Dorf und keine Stadt dieses Namens ist hier bekannt.
picker-failed = Der Ort ließ sich nicht nachschlagen; gib die Koordinaten bitte selbst ein.
invite-people = Leute einladen
invite-link-what = Mit einem Link kann jede Person, die ihn hat, diese Gruppe sehen und sofort beitreten. Teile ihn per Nachricht oder auf Papier; zieh ihn zurück, wenn er seinen Zweck erfüllt hat.
invite-link-what-no-wait = Mit einem Link kann jede Person, die ihn hat, diese Gruppe sehen und sofort beitreten, ohne auf eine Zusage zu warten. Teile ihn per Nachricht oder auf Papier; zieh ihn zurück, wenn er seinen Zweck erfüllt hat.
invite-valid-for = Gültig für
invite-how-many = Für wie viele Personen
invite-make-link = Link erstellen
invite-no-limit-help = 0 Personen heißt: ohne Grenze.
invite-uses = { $count } (ohne Grenze)
invite-uses-of = { $count } von { $total }
invite-open = offen
invite-expired = abgelaufen
invite-used-up = aufgebraucht
invite-withdrawn = zurückgezogen
invite-withdraw = Zurückziehen
invite-by-name = Ein Mitglied über den Benutzernamen einladen
invite = Einladen
invite-by-name-help = Die Einladung erscheint auf der Kontoseite der Person, die sie annimmt oder ablehnt.
invite-invited = eingeladen
invitation = Einladung
invite-dead = Diese Einladung gilt nicht mehr
invite-dead-closed = Diese Gruppe ist geschlossen.
invite-dead-expired = Diese Einladung ist abgelaufen.
invite-dead-used-up = Diese Einladung wurde so oft genutzt, wie sie erlaubt.
invite-dead-withdrawn = Die Gruppenleitung hat diese Einladung zurückgezogen.
invite-ask-new = Bitte die Person, die sie dir gegeben hat, um eine neue.
invite-you-are-invited = Du bist eingeladen, beizutreten:
invite-sign-up = Konto anlegen und beitreten
invite-sign-in = Anmelden und beitreten
invite-come-back = Sobald du drin bist, kommst du hierher zurück.
invite-already-member = Du bist Mitglied.
invite-go-to-group = Zur Gruppe
invite-cannot-join = Du kannst dieser Gruppe nicht beitreten.
invite-join = { $group } beitreten
request-yours = Deine Anfrage, { $group } beizutreten
request-theirs = Anfrage von { $name }, { $group } beizutreten
request-state = Stand der Anfrage: { $state }.
request-pending = wartet auf Antwort
request-approved = angenommen: jetzt Mitglied
request-banned = aus der Gruppe ausgeschlossen
request-write-admins = Schreib hier der Gruppenleitung: Sie liest es und antwortet hier.
request-answer-on = Nimm sie an oder lehne sie ab auf { $link }.
request-the-page = der Seite der Gruppe

# Das Profil eines Mitglieds und der Fortschritt zu einem Abzeichen.
stat-points = Punkte
stat-trust = Vertrauen
stat-rating = Durchschnittsbewertung
profile-in-numbers = In Zahlen
figure-items-shared = Geteilte Dinge
figure-items-lent = Verliehene Dinge
figure-items-borrowed = Ausgeliehene Dinge
figure-on-time = Pünktliche Rückgaben
figure-late = Verspätete Rückgaben
figure-reviews-received = Erhaltene Bewertungen
figure-reviews-given = Abgegebene Bewertungen
figure-groups-joined = Beigetretene Gruppen
profile-no-badges = Noch keine Abzeichen.
profile-earned = erhalten am { $date }
profile-since = Mitglied seit { $date }
profile-yours = Das ist dein öffentliches Profil.
profile-edit-account = Konto bearbeiten
profile-ranks = Plätze
profile-off-boards = Dieses Mitglied möchte nicht in den Ranglisten stehen.
profile-score = Punktzahl { $score }
profile-see-boards = Zu den Ranglisten
profile-no-reviews = Noch keine Bewertungen.
profile-no-items = Nichts geteilt, was du sehen kannst.
profile-newest-of = Die { $count } neuesten von { $total }.
stars-label = { $rating } von 5
review-as-borrower = als ausleihende Person, von { $person }
review-as-lender = als verleihende Person, von { $person }
progress-sign-in = { $link }, um deinen Fortschritt zu diesem Abzeichen zu sehen.
progress-earned = Du hast dieses Abzeichen.
progress-yours = Dein Fortschritt
progress-any-one = Jede dieser Bedingungen reicht.
progress-items-shared = { $have } / { $need } geteilte Dinge
progress-items-borrowed = { $have } / { $need } ausgeliehene Dinge
progress-items-lent = { $have } / { $need } verliehene Dinge
progress-groups-joined = { $have } / { $need } beigetretene Gruppen
progress-reviews-given = { $have } / { $need } abgegebene Bewertungen
progress-reviews = Erhaltene Bewertungen: { $have } / { $need }
progress-rating-rule = Du erhältst es mit einer Durchschnittsbewertung von { $rating } oder besser von denen, an die du verleihst und von denen du ausleihst, bei mindestens { $reviews ->
    [one] { $reviews } Bewertung
   *[other] { $reviews } Bewertungen
}.
progress-no-reviews = Du hast noch keine Bewertungen.
progress-rating-now = Dein Durchschnitt jetzt: { $rating } aus { $reviews ->
    [one] { $reviews } Bewertung
   *[other] { $reviews } Bewertungen
}.
progress-trust-rule = Du erhältst es mit einem Vertrauenswert von { $score } oder mehr. Der Wert beginnt bei 50, steigt mit guten Bewertungen und pünktlich zurückgegebenen Dingen und sinkt mit verspäteten Rückgaben.
progress-trust-now = Dein Vertrauenswert: { $score } / { $need }
progress-granted = Dieses Abzeichen wird nicht automatisch gezählt: Das Team der Seite vergibt es an Mitglieder, die tun, was es beschreibt.
badge-secret-note = Ein geheimes Abzeichen: Nur wer es hat, sieht es.

# Registrieren, Anmelden, der erste Start und das Konto eines Mitglieds.
field-email = E-Mail
field-login = Benutzername oder E-Mail
field-password = Passwort
field-your-password = Dein Passwort
field-new-password = Passwort (mindestens 8 Zeichen)
field-password-again = Passwort wiederholen
field-first-name = Vorname (freiwillig)
field-last-name = Nachname (freiwillig)
field-first-name-plain = Vorname
field-last-name-plain = Nachname
field-current-password = Aktuelles Passwort
field-current-password-email = Aktuelles Passwort (nur um die E-Mail zu ändern)
field-new-password-change = Neues Passwort (mindestens 8 Zeichen)
field-new-password-again = Neues Passwort wiederholen
password-not-same = die beiden Passwörter stimmen nicht überein
password-wrong-current = dein aktuelles Passwort stimmt nicht
password-for-email = um deine E-Mail zu ändern, gib auch dein aktuelles Passwort ein
setup-title = Erster Start
setup-welcome = Willkommen bei Comuniza
setup-lead = Diese Seite hat noch keine Mitglieder. Lege das erste Konto an: Es wird das der Verwaltung.
setup-create = Verwaltungskonto anlegen
setup-locked = Diese Seite wird gerade eingerichtet
setup-no-admin = Sie hat noch keine Verwaltung.
setup-if-you-run = Wenn du diesen Server betreibst: Öffne den Einrichtungslink, den er beim Start in sein Protokoll geschrieben hat (er endet auf { $link }; siehe { $journal } oder { $docker }), oder lege das Verwaltungskonto auf der Kommandozeile an:
setup-come-back = Wenn nicht: Komm bitte später wieder.
signup-title = Konto anlegen
signup-already = Schon Mitglied? { $link }.
signup-username-help = 3 bis 50 Buchstaben, Ziffern, - oder _. Auf deiner Kontoseite wählst du, wer ihn sieht.
signup-send = Mein Konto anlegen
signin-new-here = Neu hier? { $link }.
signin-enter-both = Gib deinen Benutzernamen (oder deine E-Mail) und dein Passwort ein.
signin-wrong = Benutzername und Passwort passen nicht zusammen.
signin-inactive = Dieses Konto ist nicht aktiv. Bitte das Team der Seite, es wieder zu aktivieren.
account-title = Dein Konto
account-signed-in-as = Angemeldet als { $name }. { $profile } ({ $who }).
account-see-profile = Dein Profil ansehen
account-who-sees-it = wer es sieht
account-profile = Profil
account-save-profile = Profil speichern
account-change-password = Passwort ändern
account-password-help = Eine Änderung meldet dich auf allen anderen Geräten ab und widerruft deine Zugangstoken.
account-mail = Benachrichtigungen per E-Mail
account-mail-help = Wähle, welche Benachrichtigungen auch per E-Mail kommen, einzeln oder in einer täglichen Zusammenfassung: { $link }.
account-mail-link = E-Mail-Einstellungen
account-data = Deine Daten
account-data-help = Alles, was diese Seite über dich speichert (Konto, Dinge, Ausleihen, Bewertungen, Abzeichen und Punkte), als eine JSON-Datei.
account-data-download = Meine Daten herunterladen
tokens-title = Zugangstoken für die API
tokens-help = Mit einem Token kann ein Programm über die JSON-API für dich handeln ({ $header }, nur unter { $path }). Behandle ihn wie ein Passwort. Ein neues Passwort, „Überall abmelden“ oder eine Abmeldung durch das Team widerruft alle Token.
tokens-new = Dein neuer Token { $name } – kopiere ihn jetzt, er wird nur einmal gezeigt:
tokens-none = Du hast keine Token.
tokens-starts-with = Beginnt mit
tokens-created = Erstellt
tokens-revoke = Widerrufen
tokens-name = Name des Tokens
tokens-name-example = Handy-App
tokens-create = Token erstellen
sessions-title = Sitzungen
sessions-help = Handy verloren oder an einem fremden Rechner angemeldet? Melde dich in allen Browsern auf einmal ab; deine Zugangstoken werden auch widerrufen.
sessions-sign-out-all = Überall abmelden
picture-title = Bild
picture-yours = Dein Bild
picture-help = Erscheint neben deinem Namen für alle, die ihn sehen dürfen (deine Privatsphäre unten). Ort und Kameradaten werden entfernt.
picture-field = Ein Foto (JPEG, PNG oder WebP, bis 15 MB)
picture-change = Bild ändern
picture-add = Bild hinzufügen
picture-remove = Bild entfernen
picture-choose-one = wähle ein Foto
privacy-title = Privatsphäre
privacy-who = Wer mein Profil und meinen Namen sehen kann
profile-public = Öffentlich
profile-public-help = Alle sehen dein Profil und deinen Namen, angemeldet oder nicht.
profile-groups = Mitglieder meiner Gruppen
profile-groups-help = Nur wer mit dir in einer Gruppe ist, sieht dein Profil und deinen Namen. Alle anderen sehen „ein Mitglied“.
profile-partners = Leute, an die ich verliehen oder von denen ich ausgeliehen habe
profile-partners-help = Nur Leute, deren Anfrage du angenommen hast oder die deine angenommen haben, sehen dein Profil und deinen Namen.
privacy-off-boards = Nicht in den Ranglisten zeigen (Platz und Punktzahl bleiben, als „ein Mitglied“)
privacy-save = Privatsphäre speichern
privacy-now = Was andere jetzt sehen
privacy-col-who = Wer
privacy-col-profile = Dein Profil und Name
privacy-col-boards = Die Ranglisten
privacy-anyone = Alle, angemeldet oder nicht
privacy-your-groups = Mitglieder deiner Gruppen
privacy-count-groups = { $count ->
    [one] { $count } Gruppe
   *[other] { $count } Gruppen
}
privacy-your-partners = Leute, an die du verliehen oder von denen du ausgeliehen hast
privacy-count-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
privacy-other-person = Die andere Person jeder deiner Ausleihen
privacy-on-that-loan = dein Name, bei dieser Ausleihe und dem Ding
privacy-you-staff = Du und das Team der Seite
privacy-everything = alles
privacy-name-profile = dein Name und Profil
privacy-your-name = dein Name
privacy-a-member = „ein Mitglied“
privacy-figures = Die Privatsphäre verbirgt deinen Namen, nie deine Zahlen: Plätze, Punktzahlen und Abzeichen sind für alle gleich.
privacy-choose = Wähle, wer dein Profil sehen kann.
contact-title = Kontakt bei Ausleihen
contact-help = Wer von dir leiht oder an dich verleiht, kann die Übergabe leichter absprechen, wenn er dir schreiben kann. Deine E-Mail erscheint nie auf deinem Profil, in Listen oder für andere.
contact-show = Meine E-Mail der anderen Person jeder meiner Ausleihen zeigen
zone-title = Zeitzone
zone-now = Daten und Uhrzeiten deiner Seiten werden darin gezeigt. Dort ist es jetzt { $time }.
zone-mine = Meine Zeitzone
zone-sites = Die der Seite ({ $zone })
invitations-title = Einladungen in Gruppen
invited-by = eingeladen von { $by }
invited-by-an-admin = der Gruppenleitung
invitation-accept = Annehmen und beitreten
delete-title = Dein Konto löschen
delete-cannot-undo = Das lässt sich nicht rückgängig machen. { $link } vorher, wenn du sie behalten willst.
delete-download = Lade deine Daten herunter
delete-removed = Name, E-Mail, Passwort und Profil werden entfernt, und alle Sitzungen und Zugangstoken enden.
delete-items = Dinge werden archiviert; gestellte Anfragen werden zurückgezogen und Anfragen für die Dinge abgelehnt.
delete-groups = Alle Gruppenmitgliedschaften enden. { $who ->
    [you] Eine Gruppe, die du gegründet hast,
   *[they] Eine Gruppe, die die Person gegründet hat,
} geht an die am längsten dabei gewesene Leitung (oder an ein Mitglied, das zur Leitung wird); eine ohne weitere Mitglieder wird archiviert.
delete-records = Ausleihen, Bewertungen, Abzeichen und Punkte bleiben, als „Ehemaliges Mitglied“, damit die Aufzeichnungen aller anderen stimmen.
delete-open-first = { $first } (die andere Person wartet auf das Ding oder seine Rückgabe):
delete-finish-first = Schließe zuerst die noch offenen Ausleihen ab
delete-understand = Ich verstehe, dass mein Konto endgültig gelöscht wird
delete-send = Mein Konto löschen
delete-tick = setze das Häkchen, um zu bestätigen, dass dein Konto gelöscht werden soll
deleted-title = Dein Konto ist gelöscht
deleted-lead = Danke, dass du mit deinen Nachbarn geteilt hast. Dein Name ist von der Seite verschwunden; die Ausleihen, an denen du beteiligt warst, bleiben, als „Ehemaliges Mitglied“.
deleted-page = Konto gelöscht
renamed-page = Willkommen
renamed-title = Willkommen auf der neuen Seite
renamed-now = Dein Benutzername hier ist { $name }.
renamed-old = Auf der alten Seite war es { $name }, was so nicht bleiben konnte: Benutzernamen bestehen hier aus Buchstaben, Ziffern, _ und -, und zwei dürfen sich nicht nur in Groß- und Kleinschreibung unterscheiden.
renamed-sign-in = Melde dich damit oder mit deiner E-Mail an, wie bisher. Dein Konto siehst du jederzeit auf { $link }.
renamed-account-page = deiner Kontoseite
renamed-continue = Weiter
mail-lead = Alles steht in deinem { $inbox } auf dieser Seite. Wähle, was auch per E-Mail an { $email } kommt (ändern unter { $account }).
mail-inbox = Posteingang
mail-your-account = deinem Konto
mail-off = Diese Seite verschickt noch keine E-Mails: Der Betrieb hat noch keinen Mailserver eingerichtet. Deine Wahl wird für später gespeichert.
mail-by-email = Per E-Mail
mail-digest-when = Die tägliche Zusammenfassung kommt einmal am Tag, ab 8:00 in deiner Zeitzone, mit allem, was du noch nicht gelesen hast.
mail-not-a-choice = { $kind }: keine gültige Wahl
mail-choice-off = Keine E-Mail
mail-choice-each = Jedes Mal eine E-Mail
mail-choice-digest = In der täglichen Zusammenfassung
mail-kind-request = Jemand möchte etwas von dir ausleihen
mail-kind-request-waiting = Eine Anfrage wartet seit 3 Tagen auf deine Antwort
mail-kind-approved = Deine Anfrage ist angenommen
mail-kind-rejected = Deine Anfrage ist abgelehnt oder endet
mail-kind-cancelled = Eine Anfrage für etwas von dir wurde zurückgezogen
mail-kind-first = Deine Anfrage ist als Erste in der Warteschlange
mail-kind-pickup = Eine Ausleihe beginnt (das Ding wird übergeben)
mail-kind-given-back = Jemand hat dir etwas zurückgegeben: bestätige es
mail-kind-returned = Die verleihende Person hat die Rückgabe bestätigt
mail-kind-extension = Jemand bittet um mehr Zeit
mail-kind-extension-answer = Die Antwort auf deine Bitte um mehr Zeit
mail-kind-due-soon = Eine Ausleihe ist in zwei Tagen fällig
mail-kind-due-today = Eine Ausleihe ist heute fällig
mail-kind-overdue = Eine Ausleihe ist überfällig
mail-kind-message = Eine Nachricht zu einer Ausleihe oder einer Beitrittsanfrage
mail-kind-review = Jemand hat dich bewertet
mail-kind-join-request = Jemand möchte einer Gruppe beitreten, die du leitest
mail-kind-join-answer = Die Antwort auf deine Beitrittsanfrage
mail-kind-invitation = Eine Gruppe lädt dich ein
mail-kind-badge = Du hast ein Abzeichen erhalten
mail-kind-other = Weitere Neuigkeiten
mail-about = E-Mails zu „{ $kind }“
mail-every = alle E-Mails dieser Seite (auch Zusammenfassungen)
mail-settings = deinen E-Mail-Einstellungen
unsubscribe-title = E-Mails abbestellen
unsubscribe-ask = Abbestellen: { $what } an { $email }? Deine Benachrichtigungen bleiben im Posteingang auf der Seite.
unsubscribe-send = Abbestellen
unsubscribe-change = Das und jede andere Wahl kannst du angemeldet in { $link } ändern.
unsubscribed-page = Abbestellt
unsubscribed-title = Erledigt
unsubscribed-what = Abbestellt: { $what } an { $email }.
unsubscribed-again = Doch anders entschieden? Wähle neu in { $link }.

# Benachrichtigungen: der Posteingang und die Worte jeder einzelnen (auch in E-Mails und der API).
notices-title = Benachrichtigungen
notices-mark-all = Alle als gelesen markieren
notices-none-unread = Nichts Ungelesenes.
notices-unread = { $count ->
    [one] { $count } ungelesene Benachrichtigung.
   *[other] { $count } ungelesene Benachrichtigungen.
}
notices-which-by-mail = Welche kommen per E-Mail?
notices-nothing-yet = Noch nichts: Hier kommen Anfragen für deine Dinge, Antworten auf deine und Neuigkeiten aus deinen Gruppen an.
notices-new = neu
notices-mark-read = Als gelesen markieren
notice-someone = Jemand
notice-former-member = Ein ehemaliges Mitglied
notice-a-member = Ein Mitglied
notice-an-item = ein Ding
notice-a-group = eine Gruppe
notice-a-badge = ein Abzeichen
notice-quoted = „{ $name }“
notice-loan-request = { $who } möchte { $item } ausleihen.
notice-loan-approved = { $who } hat zugesagt: { $item } ist dir versprochen.
notice-loan-pickup = { $who } hat dir { $item } übergeben: Die Ausleihe hat begonnen.
notice-given-back = { $who } hat { $item } zurückgegeben: Bestätige es, sobald du es hast.
notice-returned = { $who } hat bestätigt, dass { $item } zurück ist. Du kannst die Ausleihe jetzt bewerten.
notice-declined = { $who } hat deine Anfrage für { $item } abgelehnt.
notice-ended-unshared = Deine Anfrage für { $item } ist beendet: Es wird nicht mehr geteilt.
notice-withdrew = { $who } hat die Anfrage für { $item } zurückgezogen.
notice-withdrawn = Die Anfrage für { $item } wurde zurückgezogen.
notice-more-time = { $who } bittet um mehr Zeit mit { $item }.
notice-more-time-yes = { $who } hat dir mehr Zeit mit { $item } gegeben.
notice-more-time-no = { $who } hat mehr Zeit mit { $item } abgelehnt.
notice-overdue = { $item } ist überfällig: Bitte gib es zurück oder bitte um mehr Zeit.
notice-due-soon = { $item } ist am { $date } fällig: Gib es zurück oder bitte um mehr Zeit.
notice-due-soon-undated = { $item } ist bald fällig: Gib es zurück oder bitte um mehr Zeit.
notice-due-today = { $item } ist heute fällig.
notice-request-waiting = Die Anfrage von { $who } für { $item } wartet seit 3 Tagen auf deine Antwort.
notice-review = { $who } hat dich nach der Ausleihe von { $item } bewertet.
notice-first-in-queue = { $item } ist wieder frei, und deine Anfrage ist die erste: Die verleihende Person kann jetzt zusagen.
notice-join-request = { $who } möchte { $group } beitreten.
notice-join-yes = Du bist jetzt Mitglied von { $group }.
notice-join-no = Deine Anfrage, { $group } beizutreten, wurde abgelehnt.
notice-invitation = { $who } lädt dich ein, { $group } beizutreten.
notice-badge = Du hast das Abzeichen { $badge } erhalten.
notice-message-loan = { $who } hat dir zu { $item } geschrieben.
notice-message-your-request = { $who } hat zu deiner Beitrittsanfrage für { $group } geschrieben.
notice-message-their-request = { $who } hat zur eigenen Beitrittsanfrage für { $group } geschrieben.
notice-message-request-of = { $who } hat zur Beitrittsanfrage von { $name } für { $group } geschrieben.
notice-message-a-request = { $who } hat zu einer Beitrittsanfrage geschrieben.
mail-digest-subject = { $count ->
    [one] { $count } neue Benachrichtigung auf { $site }
   *[other] { $count } neue Benachrichtigungen auf { $site }
}
mail-stop-digests = Diese Zusammenfassungen und alle anderen E-Mails abbestellen
mail-stop-these = E-Mails wie diese abbestellen
mail-why = { $site }. Du bekommst diese E-Mail wegen { $settings }
mail-your-settings = deiner Benachrichtigungseinstellungen

# Ein Ding teilen und bearbeiten, und seine Fotos.
item-share = Ein Ding teilen
item-edit = Ding bearbeiten
item-edit-title = { $item } bearbeiten
field-title = Titel
field-longest-loan = Längste Ausleihe, in Tagen
item-lent-now-help = Es ist gerade verliehen und erscheint als ausgeliehen, bis es zurück ist.
visibility-public-help = Alle sehen es, auch Leute, die nicht angemeldet sind.
visibility-restricted-help = Nur aktive Mitglieder der unten angehakten Gruppen sehen es und können es anfragen.
visibility-private-help = Nur du siehst es; niemand kann es ausleihen.
item-groups-shared = Gruppen, mit denen es geteilt wird
item-no-group = Du bist noch in keiner Gruppe aktives Mitglied: { $link }.
item-find-group = such dir eine Gruppe
item-photos-field = Fotos (freiwillig: bis zu { $count }, JPEG, PNG oder WebP; mehr kannst du später hinzufügen)
item-photos-again = Falls du Fotos gewählt hattest, wähle sie bitte noch einmal.
item-archive-it = Archivieren: Niemand sonst sieht es mehr (du kannst es hier zurückholen)
item-archive-declines = { $count ->
    [one] Beim Archivieren wird die { $count } wartende Anfrage abgelehnt.
   *[other] Beim Archivieren werden die { $count } wartenden Anfragen abgelehnt.
}
item-save = Änderungen speichern
item-share-send = Teilen
photos = Fotos
photo-choose = Ein Foto wählen
photo-number = Foto { $number }
photo-number-of = { $number } von { $total }
photos-count = { $count } von { $total }. Das erste zeigen die Listen.
photos-space-of = Die Fotos der Besitzerin oder des Besitzers belegen { $used } von { $total }.
photos-space = Die Fotos der Besitzerin oder des Besitzers belegen { $used }.
photo-primary = Hauptfoto
photo-describe = Beschreibe es (für Menschen, die es nicht sehen können)
photo-save-text = Text speichern
photo-make-primary = Zum Hauptfoto machen
photo-earlier = Nach vorn
photo-later = Nach hinten
photo-move-earlier = Foto { $number } nach vorn
photo-move-later = Foto { $number } nach hinten
photo-delete = Löschen
photo-delete-number = Foto { $number } löschen
photos-add-field = { $count ->
    [one] Fotos hinzufügen (JPEG, PNG oder WebP, je bis 15 MB; noch { $count })
   *[other] Fotos hinzufügen (JPEG, PNG oder WebP, je bis 15 MB; noch { $count })
}
photos-add = Fotos hinzufügen
photos-stripped = Ort und Kameradaten werden aus jedem Foto entfernt.
photos-full = Lösche eines, um ein weiteres hinzuzufügen.
photos-choose = wähle mindestens ein Foto

# Seiten des Teams.
settings-texts-in = In jeder Sprache
settings-texts-in-help = Was Mitglieder, die in einer Sprache lesen, statt der Texte oben sehen. Lass ein Feld leer, um den Text oben zu zeigen.
badge-texts-help = Name und Beschreibung des Abzeichens, wie Mitglieder sie in jeder Sprache sehen. Lass ein Feld leer, um die des Abzeichens selbst zu zeigen.
badge-description = Beschreibung
admin-sections = Bereiche der Verwaltung
admin-overview = Übersicht
admin-badges = Abzeichen und Erfolge
admin-badges-about = Abzeichen und die Regeln, die sie vergeben, anlegen und bearbeiten.
admin-categories = Kategorien
admin-categories-about = Die Arten von Dingen, die Mitglieder teilen: hinzufügen, umbenennen, verschachteln und archivieren.
admin-grants = Vergaben und Punkte
admin-grants-about = Ein Abzeichen von Hand vergeben, oder Punkte hinzufügen oder abziehen.
admin-users = Benutzer
admin-users-about = Mitglieder nach Benutzernamen finden; aktivieren, deaktivieren, Verwaltungsrechte, Abmelden.
admin-groups = Gruppen
admin-groups-about = Gruppen archivieren oder wiederherstellen.
admin-reports = Gemeldete Nachrichten
admin-reports-about = Nachrichten, die Mitglieder dem Team gemeldet haben, mit ihren Notizen.
admin-settings = Einstellungen der Seite
admin-settings-about = Name, Motto und Begrüßung der Seite, in jeder Sprache; ihre Zeitzone, Sprache und Grenzen.
admin-system = Cache und Speicher
admin-system-about = Trefferquoten des L1-Caches, Einträge und Bytes, Schreiblatenz, Größe der Datendatei, der E-Mail-Ausgang.
admin-lead = Die Gemeinschaft führen: ihre Abzeichen, Mitglieder, Gruppen und Einstellungen.
admin-at-a-glance = Auf einen Blick
admin-count-users = { $count ->
    [one] Benutzer
   *[other] Benutzer
}
admin-count-loans = { $count ->
    [one] Ausleihe
   *[other] Ausleihen
}
admin-count-open-loans = { $count ->
    [one] offene Ausleihe
   *[other] offene Ausleihen
}
admin-count-badges = { $count ->
    [one] Abzeichen
   *[other] Abzeichen
}
start-title = Erste Schritte
start-left = Noch { $count } von { $total } Schritten.
start-done = Erledigt:
start-name = { $link } und schreib ihre Begrüßung.
start-name-link = Gib der Seite einen Namen
start-categories = { $link } für die Dinge, die Mitglieder teilen (Werkzeug, Bücher, Spiele ...).
start-categories-link = Leg Kategorien an
start-badges = Leg Abzeichen an: eigene unter { $link }, oder beginne mit dem Standardsatz:
start-badges-standard = Die Standardabzeichen hinzufügen
start-group = { $link } für deine Nachbarschaft.
start-group-link = Gründe eine erste Gruppe
start-invite = Lade Mitglieder ein: Teile die Adresse der Seite oder den Einladungslink einer Gruppe von ihrer Seite.
settings-site-name = Name der Seite (im Menü und in Seitentiteln; leer: Comuniza)
settings-tagline = Motto (unter dem Namen auf der Startseite)
settings-welcome = Begrüßung (auf der Startseite)
settings-zone = Zeitzone (Daten und Uhrzeiten werden darin gezeigt; Mitglieder können ihre eigene wählen)
settings-language = Sprache (für Besucher, deren Browser keine der angebotenen Sprachen wünscht)
settings-language-none = Keine: die erste angebotene ({ $language })
settings-limits = Grenzen
settings-limits-help = Was ein Mitglied anlegen darf, damit niemand die Seiten fluten kann. 0 heißt ohne Grenze; das Team hat nie Grenzen.
settings-photos = Fotospeicher
settings-photos-help = Fotos liegen in der Datendatei, eine Sicherung kopiert sie also mit. Diese Werte begrenzen, wie viel sie belegen dürfen.
settings-save = Einstellungen speichern
limit-items = Neue Dinge pro Mitglied und Tag
limit-groups = Neue Gruppen pro Mitglied und Tag
limit-loan-requests = Ausleihanfragen pro Mitglied und Tag
limit-signups = Registrierungen pro Adresse und Stunde
limit-downloads = Downloads der eigenen Daten pro Mitglied und Tag
limit-messages = Nachrichten pro Mitglied und Stunde
limit-photo-uploads = Foto-Uploads pro Mitglied und Stunde (je bis zu sechs Fotos)
quota-member = Fotos pro Mitglied, in MB (0: ohne Grenze)
quota-site = Fotos der ganzen Seite, in MB (0: ohne Grenze)

# Ablehnungen: warum etwas nicht getan wurde.
not-found = { $what ->
    [item] Ding nicht gefunden
    [loan] Ausleihe nicht gefunden
    [group] Gruppe nicht gefunden
    [badge] Abzeichen nicht gefunden
    [user] Benutzer nicht gefunden
    [member] Mitglied nicht gefunden
    [photo] Foto nicht gefunden
    [invitation] Einladung nicht gefunden
    [conversation] Gespräch nicht gefunden
    [message] Nachricht nicht gefunden
    [notification] Benachrichtigung nicht gefunden
    [category] Kategorie nicht gefunden
    [achievement] Erfolg nicht gefunden
    [report] Meldung nicht gefunden
    [page] Seite nicht gefunden
    [session] Sitzung nicht gefunden
    [token] Token nicht gefunden
    [membership] Mitgliedschaft nicht gefunden
    [image] Bild nicht gefunden
    [file] Datei nicht gefunden
    [link] Link nicht gefunden
    [mail] E-Mail nicht gefunden
   *[other] nicht gefunden
}
error-too-large-mb = die Anfrage ist zu groß (höchstens { $size } MB): schick weniger oder kleinere Fotos
error-too-large-kib = die Anfrage ist zu groß (höchstens { $size } KiB)
error-storage = der Server kann gerade keine Änderungen speichern: seine Festplatte ist voll oder nicht beschreibbar. Nichts wurde geändert. Bitte versuch es später noch einmal; der Betrieb der Seite ist benachrichtigt
error-server = auf dem Server ist etwas schiefgegangen; bitte versuch es noch einmal
refuse-own-item = du kannst dein eigenes Ding nicht ausleihen
refuse-withdrawn = dieses Ding wurde zurückgezogen
refuse-not-lending = die Person verleiht dieses Ding gerade nicht
refuse-already-asked = du hast für dieses Ding schon eine Anfrage oder Ausleihe
refuse-not-your-step = nur { $by ->
    [lender] die verleihende Person
   *[borrower] die ausleihende Person
} kann diesen Schritt der Ausleihe tun
refuse-step-now = diese Ausleihe erlaubt diesen Schritt in ihrem jetzigen Stand nicht
refuse-queued = das Ding ist verliehen oder jemand anderem versprochen: diese Anfrage wartet in der Warteschlange, bis es zurück ist
refuse-review-early = eine Ausleihe kann bewertet werden, sobald sie zurückgegeben ist
refuse-reviewed = du hast diese Ausleihe schon bewertet
refuse-admins-only = nur die Gruppenleitung darf das
refuse-owner-only = nur die Gründerin oder der Gründer der Gruppe oder das Team darf das
refuse-group-closed = diese Gruppe ist geschlossen
refuse-banned = du bist aus dieser Gruppe ausgeschlossen
refuse-join-waiting = deine Beitrittsanfrage wartet auf Zusage
refuse-already-member = du bist schon Mitglied dieser Gruppe
refuse-owner-leaves = wer die Gruppe gegründet hat, kann sie nicht verlassen
refuse-owner-moderated = wer die Gruppe gegründet hat, kann nicht moderiert werden
refuse-membership-change = diese Änderung passt nicht zu dieser Mitgliedschaft
error-sign-in = bitte melde dich zuerst an
error-bad-token = der Zugangstoken ist nicht gültig (widerrufen, vertippt, oder sein Konto ist nicht aktiv)
error-token-on-page = ein Zugangstoken öffnet nur die JSON-API (Adressen unter /api/); um die Seiten zu nutzen, melde dich im Browser mit deinem Passwort an
error-too-many = zu viele Versuche; bitte warte { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
} und versuch es noch einmal
error-limit = { $limit ->
    [limit_items_per_day] neue Dinge
    [limit_groups_per_day] neue Gruppen
    [limit_loan_requests_per_day] Ausleihanfragen
    [limit_signups_per_hour] neue Konten
    [limit_data_downloads_per_day] Downloads deiner Daten
    [limit_messages_per_hour] Nachrichten
   *[limit_photo_uploads_per_hour] Foto-Uploads
}: diese Seite erlaubt höchstens { $count } pro { $per ->
    [hour] Stunde
   *[day] Tag
} { $limit ->
    [limit_signups_per_hour] von einer Adresse
   *[other] und Mitglied
}; bitte warte { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
} und versuch es noch einmal
error-bad-csrf = dieses Formular konnte nicht angenommen werden: sein Sicherheitstoken fehlt oder ist veraltet. Geh zurück, lade die Seite neu und schick es noch einmal
refuse-more-time-borrower = nur die ausleihende Person kann um mehr Zeit bitten
refuse-more-time-lender = nur die verleihende Person kann eine Bitte um mehr Zeit beantworten
refuse-more-time-not-lent = um mehr Zeit kann man bitten, solange das Ding verliehen ist
refuse-more-time-over = die Ausleihe ist nicht mehr aktiv: es gibt nichts zu verlängern
refuse-more-time-asked = du hast schon um mehr Zeit gebeten
refuse-more-time-nothing = es gibt keine Bitte um mehr Zeit zu beantworten
refuse-closed-invite = diese Gruppe ist geschlossen: öffne sie wieder, um Leute einzuladen
refuse-member-in-group = dieses Mitglied ist schon in der Gruppe
refuse-member-invited = dieses Mitglied ist schon eingeladen
refuse-item-owner-only = nur wer das Ding teilt, kann es bearbeiten
refuse-lent-withdrawn = ein verliehenes Ding kann nicht zurückgezogen werden
refuse-member-banned = dieses Mitglied ist aus der Gruppe ausgeschlossen
refuse-report-own = du kannst deine eigene Nachricht nicht melden
refuse-reported = du hast diese Nachricht schon gemeldet
refuse-delete-own = du kannst nur dein eigenes Konto löschen
refuse-signed-in = dafür musst du angemeldet sein
refuse-staff-only = nur das Team darf das
refuse-inactive = dieses Konto ist nicht aktiv
refuse-picture-own = nur das Mitglied selbst kann sein Bild wählen
refuse-photos-owner = nur wer das Ding teilt, kann seine Fotos ändern
refuse-email-taken = diese E-Mail-Adresse ist schon registriert
refuse-username-taken = dieser Benutzername ist vergeben
refuse-profile-own = du kannst nur dein eigenes Profil bearbeiten
refuse-password-own = du kannst nur dein eigenes Passwort ändern

invalid = { $field ->
    [title] Titel
    [description] Beschreibung
    [name] Name
    [username] Benutzername
    [email] E-Mail
    [password] Passwort
    [first_name] Vorname
    [last_name] Nachname
    [city] Ort
    [country] Land
    [latitude] Breitengrad
    [longitude] Längengrad
    [max_loan_days] Längste Ausleihe
    [rating] Bewertung
    [comment] Kommentar
    [request_message] Nachricht
    [body] Nachricht
    [note] Notiz
    [days] Tage
    [max_uses] Für wie viele Personen
    [category] Kategorie
    [groups] Gruppen
    [visibility] Wer es sieht
    [photos] Fotos
    [slug] Kurzname
    [icon] Symbol
    [points] Punkte
    [display_order] Reihenfolge
    [trigger_type] Auslöser
    [threshold_value] Schwelle
    [conditions] Bedingungen
    [transaction_type] Art der Punkte
    [parent] Oberkategorie
    [from] Zusammenzuführende Kategorie
    [into] Zielkategorie
    [code] Link
    [badge] Abzeichen
    [lang] Sprache
    [position] Position
    [group] Gruppe
    [kind] Art
    [status] Verfügbarkeit
    [condition] Zustand
   *[other] { $label }
}: { $reason }
invalid-username-length = muss 3 bis 50 Zeichen lang sein
invalid-username-chars = darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten
invalid-required = muss ausgefüllt werden
invalid-too-long = darf höchstens { $max } Zeichen lang sein
invalid-email = ist keine gültige E-Mail-Adresse
invalid-too-short = muss mindestens { $min } Zeichen lang sein
invalid-whole-number = muss eine ganze Zahl sein
invalid-choice = ist keine der Möglichkeiten
invalid-both-coordinates = gib Breiten- und Längengrad an, oder keines von beiden
invalid-city-with-coordinates = muss angegeben werden, wenn die Gruppe Koordinaten hat
invalid-days = wähle 1 bis { $max } Tage
invalid-range = muss zwischen 1 und { $max } liegen
invalid-status-borrowed = wird durch Ausleihen auf „ausgeliehen“ gesetzt, nicht von Hand
invalid-category = ist keine Kategorie
invalid-groups-member = darf nur Gruppen nennen, in denen du aktives Mitglied bist
invalid-restricted-group = ein eingeschränktes Ding braucht mindestens eine Gruppe
invalid-photo-twice = dieses Foto ist schon bei diesem Ding
invalid-empty-message = ist leer: schreib zuerst etwas
invalid-rating = muss eine ganze Zahl von 1 bis 5 sein
refuse-admins-edit = nur die Gruppenleitung darf sie bearbeiten
users-starts-with = Benutzername beginnt mit
users-none = Kein Benutzername beginnt so.
users-showing = { $count } gezeigt.
users-showing-first = { $count } gezeigt (die ersten { $count }; tipp mehr vom Namen, um einzugrenzen).
users-user = Benutzer
users-joined = Beigetreten
users-deleted = gelöscht
users-active = aktiv
users-inactive = inaktiv
users-staff = Team
users-deactivate = Deaktivieren
users-activate = Aktivieren
users-remove-staff = Aus dem Team nehmen
users-make-staff = Ins Team aufnehmen
users-delete = Konto löschen
users-delete-title = Das Konto von { $name } löschen
users-delete-lead = Für ein Mitglied, das darum gebeten hat. Das lässt sich nicht rückgängig machen.
users-delete-asked = Das Mitglied hat darum gebeten, sein Konto zu löschen
users-delete-send = Das Konto löschen
users-back = Zurück zu den Benutzern
users-delete-page = Ein Konto löschen
users-delete-tick = setze das Häkchen, um zu bestätigen, dass das Mitglied darum gebeten hat
admin-groups-lead = Eine archivierte Gruppe nimmt keine neuen Mitglieder oder Ausleihanfragen an und verschwindet von der Karte; wiederhergestellt ist sie wie vorher.
page-back-first = Zurück zur ersten Seite
admin-col-group = Gruppe
admin-col-place = Ort
admin-archive = Archivieren
admin-restore = Wiederherstellen
reports-in-loan = das Gespräch einer Ausleihe (Ausleihe { $number })
reports-in-join = eine Beitrittsanfrage
reports-in-other = ein Gespräch
reports-none-waiting = Keine Meldung wartet auf dich.
reports-waiting = { $count } warten.
reports-private = Gespräche sind privat: Das Team sieht nur die Nachrichten, die Mitglieder ihm melden.
reports-none = Nichts wurde gemeldet.
reports-meta = Geschrieben von { $author } in { $place }; gemeldet von { $reporter } am { $date }.
reports-note = Notiz dazu:
reports-dealt = Erledigt.
reports-mark-dealt = Als erledigt markieren
categories-top-choice = (keine: eine oberste Kategorie)
categories-choose = (wählen)
categories-lead = Was Mitglieder teilen, nach Arten: Ein Ding gehört zu einer Kategorie. Archiviere eine Kategorie, um sie für keine neuen Dinge anzubieten (Dinge behalten ihre).
categories-new = Neue Kategorie
categories-under = Unter
categories-add = Hinzufügen
categories-move-title = Eine Kategorie verschieben
categories-move = Verschieben
categories-move-under = unter
categories-merge-title = Zwei Kategorien zusammenführen
categories-merge-help = Jedes Ding der ersten kommt in die zweite, ihre Unterkategorien auch, und die erste wird entfernt. Sonst ändert sich an den Dingen der Mitglieder nichts.
categories-merge = Zusammenführen
categories-merge-into = mit
categories-none = Noch keine Kategorien.
categories-offered = Angeboten
categories-offered-check = angeboten
categories-top = (oberste)
grants-badge-done = Das Abzeichen wurde vergeben.
grants-points-done = Die Punkte wurden verbucht.
grants-badge-title = Ein Abzeichen vergeben
grants-badge-help = Für Abzeichen, die keine Regel vergibt (Serien, besondere Taten), oder um einen Fehler auszugleichen. Die Punkte des Abzeichens kommen mit.
grants-no-badges = Es gibt noch keine Abzeichen: { $link }.
grants-create-first = leg zuerst eines an
grants-badge = Abzeichen
grants-badge-send = Abzeichen vergeben
grants-points-title = Punkte anpassen
grants-points-help = Punkte hinzufügen (Bonus, Serienbonus, verdient) oder abziehen (Strafe, eine negative Zahl).
grants-kind = Art
grants-points = Punkte (negativ zum Abziehen)
grants-why = Warum
grants-points-send = Punkte verbuchen
bad-form-parts = das Formular hat mehr als { $max } Teile
bad-form-text = das Formular enthält Text, der kein gültiges UTF-8 ist (ein Zeichen, das diese Seite nicht lesen kann); nichts wurde geändert. Bitte tippe ihn noch einmal ein und schick das Formular von seiner Seite aus ab
bad-form-type = diese Adresse erwartet ein Formular (application/x-www-form-urlencoded)
bad-form-unreadable = das Formular konnte nicht gelesen werden: { $why }
bad-json = der JSON-Inhalt konnte nicht gelesen werden: { $why }
bad-loan-role = role muss lender oder borrower sein
bad-loan-state = state muss open oder finished sein
bad-no-token = diesen Token gibt es nicht
bad-page = page muss eine ganze Zahl ab 1 sein
bad-photo-action = wähle, was mit dem Foto geschehen soll
bad-photos-multipart = schick die Fotos als multipart/form-data-Dateien mit dem Namen "image"
bad-place-query = q: der Name eines Ortes hat höchstens 100 Zeichen
bad-search-empty = q: gib die Wörter an, nach denen gesucht werden soll
bad-search-kind = kind: eines von items, groups, members
bad-search-long = q: höchstens { $max } Bytes
bad-search-page = page: die Suche zeigt nur ihre ersten { $max } Seiten
bad-yes-no = { $name } muss true oder false sein
busy-member-uploads = du schickst schon { $count } Formulare mit Fotos: warte, bis sie angekommen sind, und schick dieses dann noch einmal
busy-photos = der Server ist mit anderen Fotos beschäftigt; bitte versuch es in einer Minute noch einmal
busy-signins = der Server prüft gerade andere Anmeldungen; bitte versuch es in ein paar Sekunden noch einmal
busy-uploads = der Server empfängt gerade andere Fotos; bitte versuch es in einer Minute noch einmal
conflict-badge-slug = ein Abzeichen mit diesem Kurznamen gibt es schon
conflict-banned = dieses Mitglied ist aus dieser Gruppe ausgeschlossen: lass es zuerst wieder zu
conflict-code-taken = dieser Link-Code ist schon vergeben
conflict-delete-open-loans = { $count ->
    [one] 1 Ausleihe ist noch offen (zugesagt oder verliehen): schließ sie zuerst ab und lösch dann das Konto
   *[other] { $count } Ausleihen sind noch offen (zugesagt oder verliehen): schließ sie zuerst ab und lösch dann das Konto
}
conflict-delete-staff = ein Konto des Teams kann nicht gelöscht werden: nimm es zuerst aus dem Team
conflict-deleted-account = ein gelöschtes Konto kann nicht wieder aktiviert werden
conflict-first-admin = diese Seite hat schon ihr erstes Verwaltungskonto; melde dich stattdessen an
conflict-has-badge = das Mitglied hat dieses Abzeichen schon
conflict-member-photos-full = mit diesen Fotos kämen die Fotos der Besitzerin oder des Besitzers auf { $after } der { $bound }, die jedem Mitglied zustehen: entferne zuerst einige Fotos oder wähle weniger
conflict-open-links = diese Gruppe hat schon { $max } offene Links: zieh zuerst einen zurück
conflict-overflow = durch diese Änderung würde { $field } eines Mitglieds den größten Wert überschreiten, der sich speichern lässt; nichts wurde geändert
conflict-report-dealt = diese Meldung ist schon erledigt
conflict-site-photos-full = der Fotospeicher der Seite ist voll ({ $used } von { $bound }): wende dich an das Team der Seite
conflict-tokens-max = du hast schon { $max } Token; widerrufe zuerst einen
error-body-timeout = der Inhalt der Anfrage ist nicht innerhalb von { $seconds } s angekommen
error-body-unreadable = die Anfrage konnte nicht gelesen werden: { $why }
invalid-achievement-points = Punkte für Erfolge gibt es nur mit Abzeichen
invalid-badge = ist kein Abzeichen
invalid-choose-category = wähle eine Kategorie
invalid-control-chars = darf keine Steuerzeichen und keine Zeichen zum Umkehren der Schreibrichtung enthalten
invalid-coordinate = muss eine Zahl von -{ $limit } bis { $limit } mit höchstens 6 Nachkommastellen sein
invalid-from-to = muss zwischen { $min } und { $max } liegen
invalid-groups-order = müssen je einmal und in aufsteigender Reihenfolge genannt sein
invalid-invisible = darf keine unsichtbaren Zeichen enthalten (Steuerzeichen für die Schreibrichtung, Zeichen ohne Breite)
invalid-json-object = muss ein JSON-Objekt sein
invalid-language = wähle eine Sprache aus der Liste
invalid-length = muss 1 bis { $max } Zeichen lang sein
invalid-limit = muss eine ganze Zahl sein (0: ohne Grenze)
invalid-limit-max = darf höchstens { $max } sein (0: ohne Grenze)
invalid-link-code = ist kein Link-Code
invalid-loan-group = muss eine der Gruppen des Dings sein, in denen du Mitglied bist
invalid-megabytes = muss eine ganze Zahl in MB sein
invalid-megabytes-max = darf höchstens { $max } MB sein
invalid-merge-archived = diese Kategorie ist archiviert: biete sie zuerst wieder an
invalid-merge-same = wähle eine andere Kategorie als Ziel
invalid-min-reviews = min_reviews muss eine ganze Zahl ab 0 sein
invalid-name-username = dein Name darf nicht der Benutzername eines anderen Mitglieds sein
invalid-one-of = muss einer dieser Werte sein: { $list }
invalid-own-ancestor = würde eine Kategorie unter sich selbst einordnen
invalid-photos-fewer = ein Ding hat höchstens { $max } Fotos: wähle weniger
invalid-photos-full = ein Ding hat höchstens { $max } Fotos: entferne zuerst eines
invalid-photos-room = ein Ding hat höchstens { $max } Fotos: es passen noch { $count } dazu
invalid-points-nonzero = muss eine Zahl ungleich 0 zwischen -{ $max } und { $max } sein
invalid-role = role muss "lender" oder "borrower" sein
invalid-site-language = ist keine Sprache der Seite
invalid-slug-chars = darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten
invalid-slug-start = muss mit einem Buchstaben oder einer Ziffer beginnen
invalid-threshold-type = type muss "rating" oder "trust_score" sein
invalid-uses-max = darf höchstens { $max } sein (oder 0: ohne Grenze)
invalid-value-range = value muss eine Zahl von 0 bis { $max } sein
invalid-zone = wähle eine Zeitzone aus der Liste, etwa Europe/Berlin
photo-named-not-added = „{ $name }“ wurde nicht hinzugefügt: { $why }
photo-not-added = Das Foto wurde nicht hinzugefügt: { $why }
photo-refused-broken = das Foto lässt sich nicht lesen: { $why }
photo-refused-not-a-photo = nur Fotos im Format JPEG, PNG oder WebP werden angenommen
photo-refused-pixels = das Foto hat { $count } Megapixel: angenommen werden höchstens 40
photo-refused-too-large = die Datei ist größer als 15 MB: wähle ein kleineres Foto
refuse-api-anonymous = melde dich mit einem persönlichen Zugangstoken an (Authorization: Bearer)
refuse-api-session = die schreibende API braucht einen persönlichen Zugangstoken (Authorization: Bearer); erstelle einen auf deiner Kontoseite
refuse-create-staff = nur das Team darf Konten für das Team anlegen
refuse-deactivate-self = du kannst dein eigenes Konto nicht deaktivieren
refuse-mail-server = E-Mails verschickt der Server selbst
refuse-reminders-server = Erinnerungen verschickt der Server selbst
refuse-sessions-signin = eine Sitzung beginnt mit der Anmeldung
refuse-staff-page = diese Seite ist nur für das Team
refuse-unstaff-self = du kannst dich nicht selbst aus dem Team nehmen
unavailable-backup-made = die Sicherung konnte nicht erstellt werden: { $why }
unavailable-backup-read = die Sicherung konnte nicht gelesen werden: { $why }
badge-admin-lead = Alle Abzeichen, auch inaktive und geheime. Jeder aktive Erfolg eines Abzeichens vergibt es; eines ohne Erfolge vergibt nur das Team von Hand.
badge-admin-type = Stufe
badge-admin-category = Kategorie
badge-admin-points = Punkte
badge-admin-order = Reihenfolge
badge-admin-earned = Vergeben
badge-admin-achievements = Erfolge
badge-admin-state = Status
badge-admin-by-hand = keine (von Hand vergeben)
badge-admin-off = aus
badge-admin-active = aktiv
badge-admin-inactive = inaktiv
badge-admin-new = Neues Abzeichen
badge-admin-create = Abzeichen anlegen
badge-admin-all = ← Alle Abzeichen
badge-admin-title = Abzeichen: { $name }
badge-admin-public = Öffentliche Seite ansehen
badge-admin-edit = Bearbeiten
badge-admin-save = Abzeichen speichern
badge-admin-rules-help = Die Regeln, nach denen dieses Abzeichen vergeben wird. Wer sie nach einer Änderung erfüllt, bekommt es sofort.
badge-admin-achievement = Erfolg { $number }
badge-admin-save-achievement = Erfolg speichern
badge-admin-new-achievement = Neuer Erfolg
badge-admin-add-achievement = Erfolg hinzufügen
badge-admin-edit-title = Abzeichen bearbeiten
badge-admin-slug = Kurzname (Buchstaben, Ziffern und -, steht in seiner Adresse)
badge-admin-description = Beschreibung
badge-admin-icon = Symbol (ein Emoji oder ein kurzer Name)
badge-admin-points-field = Punkte (gibt es mit dem Abzeichen)
badge-admin-order-field = Reihenfolge der Anzeige (kleinere zuerst)
badge-admin-active-check = Aktiv (wird gezeigt und vergeben)
badge-admin-secret-check = Geheim (nur für die sichtbar, die es verdient haben)
badge-admin-trigger = Auslöser
badge-admin-threshold = Schwelle (leer: 1)
badge-admin-conditions = Bedingungen (ein JSON-Objekt)
badge-admin-active-plain = Aktiv
badge-admin-triggers = Was die Auslöser bedeuten
trigger-item-shared = Vergeben, sobald das Mitglied mindestens so viele aktive Dinge teilt, wie die Schwelle angibt.
trigger-loan-completed = Vergeben, sobald das Mitglied mindestens so viele Dinge ausgeliehen (und zurückgegeben) hat, wie die Schwelle angibt; mit den Bedingungen {"{"}"role": "lender"{"}"}, sobald es so viele verliehen hat.
trigger-group-joined = Vergeben, sobald das Mitglied in mindestens so vielen Gruppen aktives Mitglied ist, wie die Schwelle angibt.
trigger-review-given = Vergeben, sobald das Mitglied mindestens so viele Bewertungen geschrieben hat, wie die Schwelle angibt.
trigger-threshold-reached = Vergeben für gutes Ansehen: Bedingungen {"{"}"type": "rating", "value": 4.5, "min_reviews": 3{"}"} (Durchschnittsbewertung mindestens value, aus mindestens min_reviews Bewertungen) oder {"{"}"type": "trust_score", "value": 80, "min_reviews": 0{"}"}.
trigger-by-hand = Nie automatisch vergeben: Das Team vergibt es von Hand.
size-b = { $n } B
size-kib = { $n } KiB
size-mib = { $n } MiB
size-gib = { $n } GiB
size-tib = { $n } TiB
size-percent = { $n } %
sys-lead = Zähler seit dem Start des Servers.
sys-l1 = L1-Cache
sys-l1-help = Fertige Antworten in drei Segmenten: hot (Bestenlisten, Abzeichenliste, Karte), warm (Abzeichenseiten), cold (Profile). Jeder Schreibvorgang macht genau das ungültig, was er geändert hat.
sys-hit-ratio = Trefferquote
sys-entries-of-capacity = Einträge gemessen an der Kapazität
sys-bytes-held = Belegte Bytes
sys-l1-caption = L1-Zähler pro Segment
sys-segment = Segment
sys-hits = Treffer
sys-misses = Fehltreffer
sys-fills = Füllungen
sys-dropped = Verworfene Füllungen
sys-invalidations = Invalidierungen
sys-evictions = LRU-Verdrängungen
sys-entries = Einträge
sys-bytes = Bytes
sys-capacity = Kapazität
sys-off = aus
sys-writer = Schreiber
sys-writer-help = Ein einziger Schreiber speichert wartende Befehle gemeinsam (Group Commit).
sys-per-commit = Befehle pro Schreibvorgang
sys-last = zuletzt
sys-average = im Schnitt
sys-max = maximal
sys-commits = Schreibvorgänge
sys-commands = Befehle
sys-refused = Abgelehnte Befehle
sys-avg-latency = Durchschnittliche Schreiblatenz
sys-last-latency = Letzte Schreiblatenz
sys-last-batch = Letzte Stapelgröße
sys-max-batch = Größte Stapelgröße
sys-file = Datendatei
sys-size = Größe
sys-size-value = { $size } ({ $bytes } Bytes)
sys-unknown = unbekannt
sys-path = Pfad
sys-photos = Fotos
sys-stored = Gespeichert
sys-stored-value = { $count ->
    [one] { $size } in 1 Datei
   *[other] { $size } in { $count } Dateien
}
sys-of-file = ({ $percent } der Datendatei)
sys-site-bound = Grenze der Seite
sys-no-bound = keine Grenze
sys-used = ({ $percent } belegt)
sys-member-bound = Grenze pro Mitglied
sys-items-photos = Dinge mit Fotos
sys-avatars = Mitglieder mit Bild
sys-bounds-set = Die Grenzen legst du in den { $link } fest.
sys-mail = E-Mail
sys-mail-through = Benachrichtigungen, die Mitglieder per E-Mail gewählt haben, werden über { $server } verschickt.
sys-mail-off = Aus: Es ist kein Mailserver eingerichtet ({ $flag }, siehe README). Benachrichtigungen bleiben im Posteingang.
sys-queued = In der Warteschlange
sys-failing = Fehlgeschlagen (nach einer Ablehnung wieder eingereiht)
sys-sent = Gesendet (letzte 30 Tage)
sys-given-up = Aufgegeben
sys-col-mail = E-Mail
sys-col-to = An
sys-col-state = Status
sys-col-tries = Versuche
sys-col-when = Wann
sys-col-answer = Antwort des Servers
sys-digest = (Zusammenfassung)
sys-former = ein ehemaliges Mitglied
sys-pill-queued = wartet
sys-pill-failing = fehlgeschlagen, wird erneut versucht
sys-pill-sent = gesendet
sys-pill-given-up = aufgegeben
sys-backups = Sicherungen
sys-backups-every = Automatische Sicherung { $every } in { $dir }; die { $keep } neuesten bleiben erhalten.
sys-backups-none = Keine geplanten Sicherungen (starte den Server mit { $flag }).
sys-backup-last = Letzte geplante Sicherung
sys-backup-result = Ergebnis
sys-backup-verified = geprüft, { $size }, { $path }
sys-backup-failed = fehlgeschlagen:
sys-backup-help = Lade eine konsistente Kopie der Datendatei herunter; sie wird vor dem Senden geprüft. Zum Wiederherstellen hältst du den Server an, legst die Kopie an die Stelle der Datendatei und startest den Server wieder.
sys-backup-download = Eine Sicherung herunterladen
duration-days = { $count ->
    [one] jeden Tag
   *[other] alle { $count } Tage
}
duration-hours = { $count ->
    [one] jede Stunde
   *[other] alle { $count } Stunden
}
duration-minutes = { $count ->
    [one] jede Minute
   *[other] alle { $count } Minuten
}
duration-seconds = { $count ->
    [one] jede Sekunde
   *[other] alle { $count } Sekunden
}
status-name = { $code ->
    [400] Ungültige Anfrage
    [401] Anmeldung nötig
    [403] Verboten
    [404] Nicht gefunden
    [405] Methode nicht erlaubt
    [408] Zeitüberschreitung
    [409] Konflikt
    [413] Zu groß
    [415] Nicht unterstützter Inhaltstyp
    [422] Nicht verarbeitbar
    [429] Zu viele Anfragen
    [500] Serverfehler
    [503] Nicht verfügbar
   *[other] Fehler
}
boards-hall = Ruhmeshalle
boards-hall-what = Die ersten drei jedes vergangenen Monats, so wie der Monat endete.
trigger-period-top = Vergeben am Ende eines Zeitraums an die Ersten einer Bestenliste der Seite in diesem Zeitraum: Bedingungen {"{"}"board": "lending", "period": "month"{"}"} (board overall, lending oder borrowing; period week, month oder year) und als Schwelle die Plätze, die gewinnen (1: der erste, Gleichstand eingeschlossen). „Verleiher des Monats“ ist diese Regel.
progress-period-top-week = Vergeben am Ende jeder Woche an { $rank ->
    [one] den Ersten
   *[other] die ersten { $rank }
} der Liste „{ $board }“ dieser Woche (bei Gleichstand alle).
progress-period-top-month = Vergeben am Ende jedes Monats an { $rank ->
    [one] den Ersten
   *[other] die ersten { $rank }
} der Liste „{ $board }“ dieses Monats (bei Gleichstand alle).
progress-period-top-year = Vergeben am Ende jedes Jahres an { $rank ->
    [one] den Ersten
   *[other] die ersten { $rank }
} der Liste „{ $board }“ dieses Jahres (bei Gleichstand alle).
invalid-period-top = braucht {"{"}"board": "overall", "lending" oder "borrowing", "period": "week", "month" oder "year"{"}"}
