# The page chrome: menu, footer, messages every page may show.
skip-to-content = Salta al contingut
menu = Menú
menu-show = Mostra el menú
nav-main = Principal
nav-items = Objectes
nav-groups = Grups
nav-map = Mapa
nav-badges = Insígnies
nav-boards = Classificacions
nav-search = Cerca
nav-my-items = Els meus objectes
nav-loans = Préstecs
nav-admin = Administració
nav-inbox = Avisos
inbox-unread =
    { $count ->
        [0] Notificacions, cap per llegir
       *[other] Notificacions, { $count } per llegir
    }
sign-out = Tanca la sessió
sign-in = Entra
sign-up = Crea un compte
footer-about = una biblioteca veïnal de préstecs · funciona amb Comuniza
badge-earned = Has guanyat una insígnia:
badge-see = Mostra la insígnia
are-you-sure = { $action }: n'estàs segur?

# The language switcher in the footer.
language = Llengua
language-change = Canvia
language-unknown = aquesta llengua no s'ofereix aquí
language-account-help = La llengua de les pàgines del lloc per a tu, a cada dispositiu on entris.
language-mine = La meva llengua
language-browsers = La del meu navegador (si no, la del lloc)
save = Desa

# Error pages.
error-back = Torna a l'inici
error-sign-in-or = o
error-create-account = crea un compte

# The home page.
home-title = Inici
home-numbers = La comunitat en xifres
count-members = { $count ->
    [one] membre
   *[other] membres
}
count-groups = { $count ->
    [one] grup
   *[other] grups
}
count-items = { $count ->
    [one] objecte
   *[other] objectes
}
count-on-loan = { $count ->
    [one] objecte prestat ara
   *[other] objectes prestats ara
}
home-newest = Objectes recents
home-no-items = Encara no s'ha compartit cap objecte.
home-shared-by = compartit per
home-browse-items = Mostra tots els objectes
home-where = On són els grups
home-full-map = El mapa sencer
home-browse-groups = mostra els grups
home-top = El capdavant de les classificacions
home-full-boards = Classificacions senceres
home-welcome = Et donem la benvinguda, { $name }
home-welcome-back = Hola de nou, { $name }
home-invited = { $by } et convida a unir-te a { $group }.
home-accept-decline = Accepta o rebutja
home-share = Comparteix un objecte
home-your-loans = Els teus préstecs
home-find-group = Troba un grup
home-join = Uneix-te a la comunitat
home-browse = Mostra els objectes

# The leaderboards.
boards-title = Classificacions
board-overall = Punts
board-overall-what = punts de reputació per insígnies, bonificacions i penalitzacions
board-lending = Préstecs fets
board-lending-what = 10 punts per cada préstec retornat al seu propietari
board-borrowing = Préstecs rebuts
board-borrowing-what = 10 punts per cada objecte demanat i retornat
board-reputation = Confiança
board-reputation-what = confiança segons les ressenyes i les devolucions a temps (0-100)
board-no-one = Encara ningú.
board-rank = Posició
board-member = Membre
board-score = Punts
boards-yours = La teva posició
boards-rank-of = de { $total } · puntuació { $score }
boards-sign-in-why = {" "}per veure la teva posició a cada classificació.
# A member whose name the viewer may not see.
a-member = un membre

# The map of the groups.
map-title = Mapa dels grups
map-place-groups = { $place }: { $count ->
    [one] { $count } grup
   *[other] { $count } grups
}
map-credits = Contorn de les terres: Natural Earth (domini públic). Poblacions: GeoNames (CC BY 4.0).
map-each-group = Cada cercle és un grup: tria'l per obrir-lo.
map-each-place = Cada cercle és un lloc on es troben grups; com més gran, més grups. Apropa el mapa per veure cada grup.

# Pages of a list.
pages = Pàgines
page-number = Pàgina { $page }
page-previous = Anterior
page-next = Següent
page-newer = Més recents
page-older = Més antics

# The list of items.
items-group = Grup
items-all-groups = Tots els grups
items-category = Categoria
items-all-categories = Totes les categories
items-status = Estat
items-any-status = Qualsevol estat
items-filter = Filtra
items-clear = Treu els filtres
items-condition = Estat d'ús:
items-shared-in = Compartits a
items-corrected = Cap objecte coincideix amb «{ $asked }». Es mostren objectes per a «{ $found }».
items-none-shared = Encara no es comparteix cap objecte.
items-none-match = Cap objecte coincideix.
items-cut = Només s'ha cercat en els { $count } objectes més recents: tria un grup per trobar-ne de més antics.
status-available = Disponible
status-borrowed = Prestat o compromès
status-not-now = Ara no
status-special = Amb condicions
pill-promised = Compromès
pill-coming-back = De tornada
pill-lent-out = Prestat
condition-new = Nou
condition-excellent = Excel·lent
condition-good = Bo
condition-fair = Acceptable
condition-poor = Desgastat

# The search page.
search-titled = { $query } · Cerca
search-label = Cerca objectes, grups i membres
search-tabs = Què cercar
search-members = Membres
search-hint = Paraules d'un títol, una descripció, un autor, una categoria, el nom o el lloc d'un grup, o el nom d'un membre. L'última paraula pot estar a mig escriure.
search-corrected = Cap resultat per a «{ $asked }». Es mostren resultats per a «{ $found }».
search-no-more = No hi ha més resultats.
search-back-first = Torna a la primera pàgina
search-nothing-items = Cap objecte coincideix amb «{ $query }». Prova amb menys paraules o amb d'altres.
search-nothing-groups = Cap grup coincideix amb «{ $query }». Prova amb menys paraules o amb d'altres.
search-nothing-members = Cap membre coincideix amb «{ $query }». Prova amb menys paraules o amb d'altres.

# Who may see a group.
privacy-public = Públic
privacy-request = S'hi entra amb sol·licitud
privacy-private = Privat

# The map page.
map-heading = Mapa dels grups
map-create = Crea un grup
map-lead = On es troben els grups de la comunitat. Tria un cercle per veure'n els grups, apropa el mapa o troba els grups a prop d'una població.
map-move = Mou el mapa
map-zoom-in = Apropa +
map-zoom-out = Allunya −
map-west = ← Oest
map-north = ↑ Nord
map-south = ↓ Sud
map-east = Est →
map-go-to = Vés a:
region-europe = Europa
region-north-america = Amèrica del Nord
region-central-america = Amèrica Central i el Carib
region-south-america = Amèrica del Sud
region-africa = Àfrica
region-middle-east = Orient Mitjà
region-asia = Àsia
region-oceania = Oceania
region-world = El món sencer
map-near = Grups a prop de
map-near-placeholder = una ciutat o un poble
map-find = Troba
map-places = Llocs amb grups
map-no-places = Encara cap grup no té ubicació.
map-city = Ciutat
map-state = Regió
map-country = País
near-unknown = Aquí no es coneix cap població anomenada «{ $asked }». Prova amb la ciutat gran més propera o afegeix el codi de dues lletres del país: «London, CA».
near-heading = Grups a prop de { $place }
near-others = O un altre lloc amb aquest nom:
near-none = Encara cap grup que puguis veure no té lloc al mapa.
near-start = Crea'n un
near-under-km = a menys d'1 km

# The list of groups.
groups-lead = Els grups locals comparteixen els seus objectes entre ells: uneix-te a un de proper.
groups-see-map = Mostra'ls al mapa
groups-search-label = Cerca per nom o ciutat
groups-in = Grups a { $place }.
groups-show-all = Mostra tots els grups
groups-count = { $count ->
    [one] { $count } grup.
   *[other] { $count } grups.
}
groups-found = { $count ->
    [one] { $count } grup trobat.
   *[other] { $count } grups trobats.
}
groups-none-match = Cap grup coincideix. Prova amb un altre nom o una altra ciutat.
groups-none = Encara no hi ha cap grup.
groups-past-last = Aquesta pàgina va més enllà de l'última.
groups-you-member = Ets membre
groups-request-sent = Sol·licitud enviada
groups-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}

# Badges.
badges-secret = secreta
badges-points-holders = { $points ->
    [one] { $points } punt
   *[other] { $points } punts
} · { $count ->
    [one] la té { $count } membre
   *[other] la tenen { $count } membres
}
badge-cat-lending = Prestar
badge-cat-borrowing = Demanar prestat
badge-cat-community = Comunitat
badge-cat-reputation = Reputació
badge-cat-special = Especials
badge-tier-bronze = bronze
badge-tier-silver = plata
badge-tier-gold = or
badge-tier-platinum = platí
badge-tier-special = especial
badges-none = Aquest lloc encara no té insígnies.
badges-lead = Les insígnies es guanyen compartint, demanant prestat, unint-se i guanyant-se la confiança.
badges-see-yours = Mostra les que tens
badges-your-secret = Les teves insígnies secretes
badges-secret-only = Només qui les ha guanyades les pot veure.
badges-join = Uneix-te per començar a guanyar-les
badges-recent = Guanyada fa poc per
badges-no-one = Encara ningú no l'ha guanyada. Sigues el primer!
