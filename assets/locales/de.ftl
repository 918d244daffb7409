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
nav-loans = Ausleihen
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
