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
boards-periods = Període
boards-period-all = De sempre
boards-period-year = Aquest any
boards-period-month = Aquest mes
boards-period-week = Aquesta setmana
boards-scope = Classificacions de
boards-scope-site = Tot el lloc
boards-show = Mostra
boards-in-site = { $period } a tot el lloc
boards-in-group = { $period } a { $group }
boards-since = des del { $day }
boards-not-on = encara no ets en aquesta classificació
boards-unknown-period = No existeix el període «{ $period }»: tria week, month, year o all.
group-boards-none = Aquest mes encara ningú no ha prestat, demanat en préstec ni guanyat punts en aquest grup.
group-boards-all = Totes les classificacions d'aquest grup
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

# Table columns.
col-item = Objecte
col-with = Amb
col-when = Quan
col-status = Estat
col-actions = Accions
col-loan = Préstec
col-borrower = Qui el demana
col-asked = Demanat
edit = Edita
count-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dies
}

# Who sees an item.
visibility-public = Públic
visibility-restricted = Només els seus grups
visibility-private = Privat

# An item's page.
item-archived = Arxivat
item-category = Categoria
item-condition = Estat de conservació
item-none = Cap
item-longest-loan = Préstec màxim
item-owner = Propietari
item-who-sees = Qui el veu
item-staff-view = Veus aquest objecte com a administració: el propietari no te l'ha compartit.
fact-author = Autoria
fact-publisher = Editorial
fact-year = Any
fact-isbn = ISBN
fact-languages = Llengües
fact-format = Format
fact-subjects = Temes
record-of = Historial de préstecs de { $name }
record-owners = Historial de préstecs del propietari
record-lent = { $count ->
    [one] préstec completat com a prestador
   *[other] préstecs completats com a prestador
}
record-borrowed = { $count ->
    [one] objecte manllevat
   *[other] objectes manllevats
}
record-trust = de confiança
record-rating = valoració mitjana ({ $count ->
    [one] { $count } ressenya
   *[other] { $count } ressenyes
})
record-no-reviews = encara sense ressenyes
item-waiting = L'objecte és lliure i { $count ->
    [one] { $count } persona l'espera
   *[other] { $count } persones l'esperen
}: { $person } el va demanar primer. Aprova una de les sol·licituds de sota o rebutja-les.
item-loans = Préstecs d'aquest objecte
item-no-loans = Encara no l'ha demanat ningú.
loan-number = Préstec { $number }
item-sign-in-to-ask = { $link } per demanar-lo en préstec.
item-you-asked = Has demanat aquest objecte: { $status }.
item-see-loan = Mira el teu préstec
item-withdrawn = No el pots demanar: aquest objecte s'ha retirat.
item-not-lending = Ara no el pots demanar: el propietari no el deixa en aquest moment.
ask-title = Demana'l en préstec
ask-queued = Ara està deixat o promès a una altra persona. Demana'l i seràs el número { $number } de la cua: el propietari podrà acceptar quan torni.
ask-ahead = { $count ->
    [one] { $count } persona l'ha demanat
   *[other] { $count } persones l'han demanat
} abans que tu: seràs el número { $number } de la cua.
ask-special = El propietari el deixa amb condicions especials: explica al missatge com el faries servir.
ask-message = Missatge per al propietari (opcional)
ask-group = Demana'l a través del grup
ask-join-queue = Posa'm a la cua
ask-send = Envia la sol·licitud

# My items.
mine-lent-to = Deixat a
mine-the-loan = préstec
mine-edit-item = Edita { $item }
mine-nothing = Encara no has compartit res.
mine-past-last = Aquesta pàgina va més enllà de l'última.
mine-back-newest = Torna als teus objectes més nous

# Loans.
loans-title = Els meus préstecs
loans-waiting-you = T'esperen
loans-waiting-item = { $item } és lliure i { $count ->
    [one] { $count } persona l'espera
   *[other] { $count } persones l'esperen
}: { $person } el va demanar primer.
loans-requests = Sol·licituds per respondre
loans-asked = Les teves sol·licituds
loans-promised = Promès, per lliurar
loans-out = Deixat ara
loans-returned = Retornat
loans-closed = Rebutjat o cancel·lat
loans-all = Tots els meus préstecs
loans-none-here = Aquí no hi ha préstecs.
loans-none = Encara no tens préstecs.
loans-find = Troba alguna cosa per demanar
loans-see-all = Mira'ls tots ({ $count })
queue-place = número { $number } de { $total } a la cua
action-approve = Aprova
action-decline = Rebutja
action-cancel = Cancel·la la sol·licitud
action-hand-over = Lliura'l ara
action-given-back = Ja l'he retornat
action-confirm-back = Confirma que ha tornat
action-about = { $action }: { $item }
loan-overdue = Amb retard
loan-asked-waiting = Demanat, esperant resposta
loan-asked-to-answer = Demanat, per respondre
loan-promised-to-you = Promès, per recollir
loan-with-you = El tens tu
loan-given-back-waiting = Retornat, esperant el propietari
loan-given-back-to-confirm = Retornat, per confirmar
loan-declined-by-owner = Rebutjat pel propietari
loan-declined = Rebutjat
loan-cancelled = Cancel·lat
relation-asking = demanat a { $person }
relation-promised-by = promès per { $person }
relation-borrowing-from = te'l deixa { $person }
relation-borrowed-from = te'l va deixar { $person }
relation-asked = demanat a { $person }
relation-asked-by = demanat per { $person }
relation-promised-to = promès a { $person }
relation-lending-to = deixat a { $person }
relation-lent-to = el vas deixar a { $person }
date-returned = retornat el { $date }
date-due = venç el { $date }
date-promised = promès el { $date }
date-asked = demanat el { $date }

# A loan's page.
loan-title = Préstec de { $item }
loan-lender = Prestador
loan-their-email = El seu correu
loan-through = A través del grup
loan-handed-over = Lliurat
loan-due-back = Retornar abans de
loan-given-back-note = retornat per qui el tenia, falta que el prestador ho confirmi
queue-you-first-free = Ets el primer de la cua: el propietari pot acceptar ara mateix.
queue-you-first-lent = Ets el primer de la cua. Ara està deixat o promès a una altra persona: el propietari podrà acceptar quan torni.
queue-you-behind = Ets el número { $number } de la cua: { $count ->
    [one] { $count } persona l'ha demanat
   *[other] { $count } persones l'han demanat
} abans que tu.
queue-staff-free = Número { $number } de { $total } a la cua; l'objecte és lliure.
queue-staff-lent = Número { $number } de { $total } a la cua; l'objecte està deixat o promès.
queue-owner-only = L'objecte és lliure: pots aprovar aquesta sol·licitud ara mateix.
queue-owner-first = L'objecte és lliure i aquesta sol·licitud va arribar primer ({ $count ->
    [one] { $count } més espera
   *[other] { $count } més esperen
} darrere).
queue-owner-free = Número { $number } de { $total } a la cua: l'objecte és lliure, així que pots aprovar la que vulguis.
queue-owner-lent = Número { $number } de { $total } a la cua. L'objecte està deixat o promès: podràs aprovar una sol·licitud quan torni.
review-title = Ressenya per a { $name }
review-how = Com ha anat?
rating-1 = malament
rating-2 = regular
rating-3 = bé
rating-4 = molt bé
rating-5 = excel·lent
review-comment = Comentari (opcional)
review-send = Envia la ressenya
reviews = Ressenyes
review-by = de { $name }
more-time = Més temps
count-more-days = { $count ->
    [one] { $count } dia més
   *[other] { $count } dies més
}
extension-standing = { $who ->
    [you] Vas demanar
   *[other] Qui el té va demanar
} { $days }{ $state ->
    [to-answer] : falta la teva resposta.
    [pending] : esperant la resposta del prestador.
    [accepted] : acceptat, la data de retorn ha canviat.
    [declined] : rebutjat.
   *[other] : sense resposta abans que l'objecte tornés.
}
extension-how-many = Quants dies més? (d'1 a { $count })
extension-why = Per què (opcional)
extension-ask = Demana més temps
extension-accept = Accepta

# A conversation.
messages = Missatges
messages-private = Només vosaltres dos llegiu aquesta conversa. El teu correu no es mostra: comparteix aquí les teves dades de contacte només si vols.
messages-private-join = Només la persona i els administradors del grup llegeixen aquesta conversa. El teu correu no es mostra: comparteix aquí les teves dades de contacte només si vols.
messages-none = Encara no hi ha missatges.
messages-you = Tu
messages-former-member = una persona que ja no n'és membre
messages-reported = Has denunciat aquest missatge.
report = Denuncia
report-what = Què té de dolent? (opcional; l'administració llegeix aquest missatge i la teva nota, res més)
report-send = Denuncia-ho a l'administració
messages-write = Escriu un missatge
send = Envia

# What an action did, said once on the next page.
flash-welcome = Benvinguda, benvingut! El teu compte està a punt: troba un grup a prop o comparteix alguna cosa teva.
flash-shared = El teu objecte està compartit.
flash-item = S'han desat els canvis de l'objecte.
flash-joined = Ja ets membre del grup.
flash-asked = Has demanat d'unir-te: l'administració del grup et respondrà.
flash-requested = La teva sol·licitud s'ha enviat al propietari.
flash-approved = Has dit que sí: l'objecte queda promès.
flash-declined = Has rebutjat la sol·licitud.
flash-cancelled = La sol·licitud s'ha retirat.
flash-handed = Lliurat: el préstec ha començat.
flash-given = Marcat com a retornat: el propietari ho confirmarà quan el tingui.
flash-returned = L'objecte ha tornat. Ja pots valorar el préstec.
flash-reviewed = Gràcies per la teva ressenya.
flash-more-time = Has demanat més temps: el prestador et respondrà.
flash-answered = La teva resposta s'ha enviat.
flash-saved = Desat.
flash-password = La teva contrasenya ha canviat; s'ha tancat la sessió als teus altres dispositius.
flash-sent = El teu missatge s'ha enviat.
flash-reported = Gràcies: el missatge s'ha denunciat a l'administració, que el revisarà.
flash-closed = La denúncia queda marcada com a atesa.
flash-photos = S'han afegit les teves fotos.
flash-photo-gone = La foto s'ha esborrat.
flash-picture = La teva foto s'ha desat.

# La pàgina d'un grup, els seus formularis, invitacions i sol·licituds per entrar-hi.
group-all = Tots els grups
group-sign-in = Inicia la sessió
group-sign-in-to-join = { $link } per unir-te a aquest grup.
group-archived-no-join = Aquest grup està arxivat: ningú no s'hi pot unir.
group-archived = Arxivat
group-join = Unir-me a aquest grup
group-ask-to-join = Demanar d'entrar-hi
group-admin-approves = Un administrador del grup aprova les sol·licituds.
group-request-waiting = La teva sol·licitud espera aprovació
group-write-admins = Escriure als administradors
group-withdraw-request = Retirar la meva sol·licitud
group-you-admin = Ets administrador
group-leave = Sortir d'aquest grup
group-you-banned = Tens vetada l'entrada a aquest grup
group-edit = Editar el grup
group-members = Membres
group-no-members = Encara no hi ha membres.
group-items = Objectes compartits amb el grup
group-no-items = Encara no hi ha objectes que puguis veure compartits amb aquest grup.
group-back-newest = Tornar als objectes més nous
group-run-by = El porta { $person }.
group-about = Sobre el grup
col-member = Membre
col-role = Paper
col-since = Des de
col-link = Enllaç
col-until = Fins a
col-used = Usos
col-state = Estat
member-pill-admin = administració
member-pill-member = membre
member-pill-asks = demana d'entrar
member-pill-banned = vetat
member-pill-owner = fundador
member-ban = Vetar
member-unban = Aixecar el veto
member-promote = Fer administrador
member-demote = Fer membre
member-remove = Treure
leaving-if = Si surts: { $what }.
leaving-if-both = Si surts: { $items }; { $requests }.
leaving-unshared = { $count ->
    [one] { $count } objecte teu deixa de compartir-se amb aquest grup
   *[other] { $count } objectes teus deixen de compartir-se amb aquest grup
}
leaving-private = ({ $count ->
    [one] { $count } passa a ser privat
   *[other] { $count } passen a ser privats
})
leaving-ended = { $count ->
    [one] es cancel·la { $count } sol·licitud feta a través seu
   *[other] es cancel·len { $count } sol·licituds fetes a través seu
}
leaving-left = Has sortit de { $group }
leaving-unshared-title = Els teus objectes ja no s'hi comparteixen
leaving-now-private = ara és privat: només tu el veus.
leaving-share-again = Tornar-lo a compartir
leaving-ended-title = Les sol·licituds fetes a través seu s'han cancel·lat
field-name = Nom
field-description-optional = Descripció (opcional)
field-city = Ciutat
field-state-optional = Província o regió (opcional)
field-country = País
field-latitude = Latitud (de -90 a 90)
field-longitude = Longitud (de -180 a 180)
field-username = Nom d'usuari
privacy-public-help = Tothom pot veure el grup i els seus membres, i tothom s'hi pot unir a l'acte.
privacy-request-help = Tothom pot veure el grup, però per entrar-hi cal demanar-ho i que ho aprovi un dels administradors.
privacy-private-help = Només el veuen els seus membres: no surt a la llista ni al mapa, i la seva pàgina queda amagada per a la resta.
group-who-sees = Qui el pot veure i unir-s'hi
group-where = On es troba
group-where-help = Deixa la ciutat buida si el grup no té un lloc. Amb coordenades, el grup surt al mapa (tret que sigui privat).
group-create = Crear un grup
group-create-lead = En seràs el fundador i el primer administrador.
group-create-send = Crear el grup
group-edit-title = Editar { $group }
group-save = Desar el grup
group-archive-title = Arxivar el grup
group-archive-what = Un grup arxivat no surt a la llista ni al mapa, i ningú no s'hi pot unir. Els membres i els objectes s'hi queden, i el pots tornar a obrir.
group-archive = Arxivar aquest grup
group-archive-confirm = Vols arxivar aquest grup?
group-reopen-title = Tornar a obrir el grup
group-reopen-what = Aquest grup està arxivat. Torna'l a obrir perquè torni a sortir.
group-reopen = Tornar a obrir aquest grup
picker-find-place = Cercar un lloc
picker-placeholder = un poble o una ciutat
picker-title = Mapa: fes clic en un lloc per omplir-ne la latitud i la longitud
picker-zoom-in = Apropar
picker-zoom-out = Allunyar
picker-help = Fes clic al mapa per omplir les coordenades; apropa la vista (amb la roda o +) i arrossega per situar-lo fins al carrer; després ajusta-les si cal.
picker-unknown = No coneixem cap poble ni ciutat amb aquest nom.
picker-failed = No s'ha pogut cercar el lloc; escriu les coordenades.
invite-people = Convidar gent
invite-link-what = Un enllaç permet a qui el tingui veure aquest grup i unir-s'hi a l'acte. Comparteix-lo per missatge o en paper; retira'l quan hagi fet la seva feina.
invite-link-what-no-wait = Un enllaç permet a qui el tingui veure aquest grup i unir-s'hi a l'acte, sense esperar aprovació. Comparteix-lo per missatge o en paper; retira'l quan hagi fet la seva feina.
invite-valid-for = Vàlid durant
invite-how-many = Per a quantes persones
invite-make-link = Crear un enllaç
invite-no-limit-help = 0 persones vol dir sense límit.
invite-uses = { $count } (sense límit)
invite-uses-of = { $count } de { $total }
invite-open = obert
invite-expired = caducat
invite-used-up = exhaurit
invite-withdrawn = retirat
invite-withdraw = Retirar
invite-by-name = Convidar un membre pel seu nom d'usuari
invite = Convidar
invite-by-name-help = Troba la invitació a la pàgina del seu compte, i l'accepta o la rebutja.
invite-invited = convidat
invitation = Invitació
invite-dead = Aquesta invitació ja no serveix
invite-dead-closed = Aquest grup està tancat.
invite-dead-expired = Aquesta invitació ha caducat.
invite-dead-used-up = Aquesta invitació s'ha fet servir tantes vegades com permetia.
invite-dead-withdrawn = Els administradors del grup han retirat aquesta invitació.
invite-ask-new = Demana'n una altra a qui te la va donar.
invite-you-are-invited = Et conviden a unir-te a
invite-sign-up = Crear un compte per unir-me
invite-sign-in = Iniciar la sessió per unir-me
invite-come-back = Tornes aquí tan bon punt entris.
invite-already-member = Ets membre.
invite-go-to-group = Anar al grup
invite-cannot-join = No et pots unir a aquest grup.
invite-join = Unir-me a { $group }
request-yours = La teva sol·licitud per entrar a { $group }
request-theirs = Sol·licitud de { $name } per entrar a { $group }
request-state = Estat de la sol·licitud: { $state }.
request-pending = esperant resposta
request-approved = aprovada: ja és membre
request-banned = entrada vetada al grup
request-write-admins = Escriu aquí als administradors del grup: ho llegeixen i responen aquí.
request-answer-on = Aprova-la o rebutja-la a { $link }.
request-the-page = la pàgina del grup

# El perfil d'un membre i el progrés cap a una insígnia.
stat-points = punts
stat-trust = confiança
stat-rating = valoració mitjana
profile-in-numbers = En xifres
figure-items-shared = Objectes compartits
figure-items-lent = Objectes deixats
figure-items-borrowed = Objectes manllevats
figure-on-time = Retorns a temps
figure-late = Retorns tardans
figure-reviews-received = Ressenyes rebudes
figure-reviews-given = Ressenyes escrites
figure-groups-joined = Grups on ha entrat
profile-no-badges = Encara no té insígnies.
profile-earned = aconseguida el { $date }
profile-since = membre des del { $date }
profile-yours = Aquest és el teu perfil públic.
profile-edit-account = Editar el teu compte
profile-ranks = Posicions
profile-off-boards = Aquest membre ha preferit no sortir a les classificacions.
profile-score = puntuació { $score }
profile-see-boards = Veure les classificacions
profile-no-reviews = Encara no hi ha ressenyes.
profile-no-items = Res compartit que puguis veure.
profile-newest-of = Els { $count } més nous de { $total }.
stars-label = { $rating } de 5
review-as-borrower = com a prestatari, de { $person }
review-as-lender = com a prestador, de { $person }
progress-sign-in = { $link } per veure quant et falta per a aquesta insígnia.
progress-earned = Ja tens aquesta insígnia.
progress-yours = El teu progrés
progress-any-one = Qualsevol d'aquestes l'aconsegueix.
progress-items-shared = { $have } / { $need } objectes compartits
progress-items-borrowed = { $have } / { $need } objectes manllevats
progress-items-lent = { $have } / { $need } objectes deixats
progress-groups-joined = { $have } / { $need } grups
progress-reviews-given = { $have } / { $need } ressenyes escrites
progress-reviews = Ressenyes rebudes: { $have } / { $need }
progress-rating-rule = S'aconsegueix amb una valoració mitjana de { $rating } o més de les persones a qui deixes i de qui manlleves, amb almenys { $reviews ->
    [one] { $reviews } ressenya
   *[other] { $reviews } ressenyes
}.
progress-no-reviews = Encara no tens ressenyes.
progress-rating-now = La teva mitjana ara: { $rating } amb { $reviews ->
    [one] { $reviews } ressenya
   *[other] { $reviews } ressenyes
}.
progress-trust-rule = S'aconsegueix amb una confiança de { $score } o més. La confiança comença a 50, puja amb bones valoracions i préstecs retornats a temps, i baixa amb els retorns tardans.
progress-trust-now = La teva confiança: { $score } / { $need }
progress-granted = Aquesta insígnia no es compta sola: l'administració del lloc la concedeix a qui fa el que descriu.
badge-secret-note = Una insígnia secreta: només la veu qui l'ha aconseguida.

# Crear un compte, entrar, la primera posada en marxa i el compte d'un membre.
field-email = Correu electrònic
field-login = Nom d'usuari o correu
field-password = Contrasenya
field-your-password = La teva contrasenya
field-new-password = Contrasenya (almenys 8 caràcters)
field-password-again = Repeteix la contrasenya
field-first-name = Nom (opcional)
field-last-name = Cognoms (opcional)
field-first-name-plain = Nom
field-last-name-plain = Cognoms
field-current-password = Contrasenya actual
field-current-password-email = Contrasenya actual (només per canviar el correu)
field-new-password-change = Contrasenya nova (almenys 8 caràcters)
field-new-password-again = Repeteix la contrasenya nova
password-not-same = les dues contrasenyes no coincideixen
password-wrong-current = la teva contrasenya actual no és correcta
password-for-email = per canviar el correu, escriu també la teva contrasenya actual
setup-title = Posada en marxa
setup-welcome = Et donem la benvinguda a Comuniza
setup-lead = Aquest lloc encara no té membres. Crea el primer compte: serà el de l'administració del lloc.
setup-create = Crear el compte d'administració
setup-locked = Aquest lloc s'està posant en marxa
setup-no-admin = Encara no té administració.
setup-if-you-run = Si portes aquest servidor: obre l'enllaç de posada en marxa que va escriure al registre en arrencar (acaba en { $link }; mira { $journal } o { $docker }), o crea el compte d'administració des de la línia d'ordres:
setup-come-back = Si no el portes tu: torna més tard.
signup-title = Crear un compte
signup-already = Ja ets membre? { $link }.
signup-username-help = De 3 a 50 lletres, xifres, - o _. A la pàgina del teu compte tries qui el veu.
signup-send = Crear el meu compte
signin-new-here = Ets nou? { $link }.
signin-enter-both = Escriu el teu nom d'usuari (o correu) i la teva contrasenya.
signin-wrong = Aquest nom d'usuari i aquesta contrasenya no coincideixen.
signin-inactive = Aquest compte no és actiu. Demana a l'administració del lloc que el reactivi.
account-title = El teu compte
account-signed-in-as = Has entrat com a { $name }. { $profile } ({ $who }).
account-see-profile = Veure el teu perfil
account-who-sees-it = qui el veu
account-profile = Perfil
account-save-profile = Desar el perfil
account-change-password = Canviar la contrasenya
account-password-help = En canviar-la es tanca la sessió a tots els altres dispositius i es revoquen els teus tokens d'accés.
account-mail = Avisos per correu
account-mail-help = Tria quins avisos et arriben també per correu, un a un o en un resum diari: { $link }.
account-mail-link = configuració del correu
account-data = Les teves dades
account-data-help = Tot el que aquest lloc guarda sobre tu (el compte, objectes, préstecs, ressenyes, insígnies i punts) en un sol fitxer JSON.
account-data-download = Descarregar les meves dades
tokens-title = Tokens d'accés a l'API
tokens-help = Un token permet a un programa actuar en nom teu a través de l'API JSON ({ $header }, només sota { $path }). Tracta'l com una contrasenya. Canviar la contrasenya, tancar totes les sessions o que l'administració et tanqui la sessió revoca tots els tokens.
tokens-new = El teu token nou { $name }: copia'l ara, només es mostra una vegada:
tokens-none = No tens cap token.
tokens-starts-with = Comença per
tokens-created = Creat
tokens-revoke = Revocar
tokens-name = Nom del token
tokens-name-example = app del mòbil
tokens-create = Crear un token
sessions-title = Sessions
sessions-help = Has perdut el mòbil o vas entrar en un ordinador compartit? Tanca la sessió a tots els navegadors alhora; els teus tokens d'accés també es revoquen.
sessions-sign-out-all = Tancar totes les sessions
picture-title = Foto
picture-yours = La teva foto
picture-help = Es mostra al costat del teu nom a qui el pugui veure (segons la teva privadesa, més avall). Se'n treuen la ubicació i les dades de la càmera.
picture-field = Una foto (JPEG, PNG o WebP, fins a 15 MB)
picture-change = Canviar la foto
picture-add = Afegir una foto
picture-remove = Treure la foto
picture-choose-one = tria una foto
privacy-title = Privadesa
privacy-who = Qui pot veure el meu perfil i el meu nom
profile-public = Públic
profile-public-help = Tothom pot veure el teu perfil i el teu nom, hagi entrat o no.
profile-groups = Membres dels meus grups
profile-groups-help = Només qui és en un grup amb tu veu el teu perfil i el teu nom. La resta veu «un membre».
profile-partners = Persones a qui he deixat o que m'han deixat
profile-partners-help = Només les persones la sol·licitud de les quals vas acceptar, o que van acceptar la teva, veuen el teu perfil i el teu nom.
privacy-off-boards = No sortir a les classificacions (la meva posició i puntuació s'hi queden, com a «un membre»)
privacy-save = Desar la privadesa
privacy-now = El que veuen els altres ara
privacy-col-who = Qui
privacy-col-profile = El teu perfil i nom
privacy-col-boards = Les classificacions
privacy-anyone = Tothom, hagi entrat o no
privacy-your-groups = Membres dels teus grups
privacy-count-groups = { $count ->
    [one] { $count } grup
   *[other] { $count } grups
}
privacy-your-partners = Persones a qui vas deixar o que et van deixar
privacy-count-people = { $count ->
    [one] { $count } persona
   *[other] { $count } persones
}
privacy-other-person = L'altra persona de cadascun dels teus préstecs
privacy-on-that-loan = el teu nom, en aquell préstec i en l'objecte
privacy-you-staff = Tu i l'administració del lloc
privacy-everything = tot
privacy-name-profile = el teu nom i el teu perfil
privacy-your-name = el teu nom
privacy-a-member = «un membre»
privacy-figures = La privadesa amaga el teu nom, mai les teves xifres: les posicions, puntuacions i insígnies són iguals per a tothom.
privacy-choose = Tria qui pot veure el teu perfil.
contact-title = Contacte en els préstecs
contact-help = La persona a qui deixes o que et deixa pot acordar el lliurament més fàcilment si et pot escriure. El teu correu mai no es mostra al perfil, a les llistes ni a ningú més.
contact-show = Mostrar el meu correu a l'altra persona de cadascun dels meus préstecs
zone-title = Fus horari
zone-now = Les dates i hores de les teves pàgines s'hi mostren. Ara hi són les { $time }.
zone-mine = El meu fus horari
zone-sites = El del lloc ({ $zone })
invitations-title = Invitacions a grups
invited-by = invitació de { $by }
invited-by-an-admin = un administrador del grup
invitation-accept = Acceptar i unir-me
delete-title = Esborrar el teu compte
delete-cannot-undo = No es pot desfer. { $link } abans si les vols guardar.
delete-download = Descarrega les teves dades
delete-removed = Se'n treuen el nom, el correu, la contrasenya i el perfil, i s'acaben totes les sessions i tokens d'accés.
delete-items = Els objectes s'arxiven; les sol·licituds fetes es retiren i les dels seus objectes es rebutgen.
delete-groups = S'acaben totes les pertinences a grups. { $who ->
    [you] Un grup que vas fundar
   *[they] Un grup que va fundar
} passa al seu administrador més antic (o a un membre, fet administrador); un sense ningú més s'arxiva.
delete-records = Els préstecs, ressenyes, insígnies i punts s'hi queden, com a «Antic membre», perquè els registres dels altres continuïn sent correctes.
delete-open-first = { $first } (l'altra persona espera l'objecte o el seu retorn):
delete-finish-first = Acaba abans els préstecs encara oberts
delete-understand = Entenc que el meu compte s'esborra per sempre
delete-send = Esborrar el meu compte
delete-tick = marca la casella per confirmar que vols esborrar el teu compte
deleted-title = El teu compte està esborrat
deleted-lead = Gràcies per compartir amb els teus veïns. El teu nom ja no és al lloc; els préstecs on vas participar s'hi queden, com a «Antic membre».
deleted-page = Compte esborrat
renamed-page = Benvinguda
renamed-title = Et donem la benvinguda al nou lloc
renamed-now = El teu nom d'usuari aquí és { $name }.
renamed-old = Al lloc anterior era { $name }, que no es va poder mantenir tal qual: aquí els noms d'usuari es fan amb lletres, xifres, _ i -, i dos no poden diferir només en majúscules.
renamed-sign-in = Entra amb ell o amb el teu correu, com abans. Pots veure el teu compte quan vulguis a { $link }.
renamed-account-page = la pàgina del teu compte
renamed-continue = Continuar
mail-lead = Tot és a la teva { $inbox } d'aquest lloc. Tria què t'arriba també per correu a { $email } (canvia'l a { $account }).
mail-inbox = safata d'avisos
mail-your-account = el teu compte
mail-off = Aquest lloc encara no envia correus: qui l'allotja no ha configurat un servidor de correu. Les teves tries es guarden per a quan ho faci.
mail-by-email = Per correu
mail-digest-when = El resum diari arriba un cop al dia, a partir de les 8:00 al teu fus horari, amb el que encara no has llegit.
mail-not-a-choice = { $kind }: no és una opció
mail-choice-off = Sense correu
mail-choice-each = Un correu cada vegada
mail-choice-digest = En un resum diari
mail-kind-request = Algú demana en préstec una cosa teva
mail-kind-request-waiting = Una sol·licitud fa 3 dies que espera la teva resposta
mail-kind-approved = Accepten la teva sol·licitud
mail-kind-rejected = Rebutgen la teva sol·licitud o s'acaba
mail-kind-cancelled = Retiren una sol·licitud d'una cosa teva
mail-kind-first = La teva sol·licitud és la primera de la cua
mail-kind-pickup = Comença un préstec (es lliura la cosa)
mail-kind-given-back = T'han retornat una cosa: confirma-ho
mail-kind-returned = Qui deixa ha confirmat el retorn
mail-kind-extension = Algú demana més temps
mail-kind-extension-answer = La resposta a la teva petició de més temps
mail-kind-due-soon = Un préstec venç d'aquí a dos dies
mail-kind-due-today = Un préstec venç avui
mail-kind-overdue = Un préstec ha vençut
mail-kind-message = Un missatge sobre un préstec o una sol·licitud per entrar
mail-kind-review = Algú t'ha fet una ressenya
mail-kind-join-request = Algú demana entrar en un grup que portes
mail-kind-join-answer = La resposta a la teva sol·licitud per entrar
mail-kind-invitation = Un grup et convida
mail-kind-badge = Has aconseguit una insígnia
mail-kind-other = Altres novetats
mail-about = els correus sobre «{ $kind }»
mail-every = tots els correus d'aquest lloc (resums inclosos)
mail-settings = la configuració del teu correu
unsubscribe-title = Deixar de rebre correus
unsubscribe-ask = Deixar d'enviar { $what } a { $email }? Els teus avisos continuen a la teva safata del lloc.
unsubscribe-send = Deixar de rebre'ls
unsubscribe-change = Ho pots canviar, i qualsevol altra tria, a { $link } quan hi entris.
unsubscribed-page = Fet
unsubscribed-title = Fet
unsubscribed-what = Ja no s'envien { $what } a { $email }.
unsubscribed-again = Has canviat d'idea? Torna a triar a { $link }.

# Avisos: la safata i les paraules de cadascun (també als correus i a l'API).
notices-title = Avisos
notices-mark-all = Marcar-ho tot com a llegit
notices-none-unread = Res sense llegir.
notices-unread = { $count ->
    [one] { $count } avís sense llegir.
   *[other] { $count } avisos sense llegir.
}
notices-which-by-mail = Quins arriben per correu?
notices-nothing-yet = Encara res: aquí arriben les sol·licituds de les teves coses, les respostes a les teves i les novetats dels teus grups.
notices-new = nou
notices-mark-read = Marcar com a llegit
notice-someone = Algú
notice-former-member = Un antic membre
notice-a-member = Un membre
notice-an-item = un objecte
notice-a-group = un grup
notice-a-badge = una insígnia
notice-quoted = «{ $name }»
notice-loan-request = { $who } demana en préstec { $item }.
notice-loan-approved = { $who } ha dit que sí: { $item } et queda promès.
notice-loan-pickup = { $who } t'ha lliurat { $item }: el préstec ha començat.
notice-given-back = { $who } ha retornat { $item }: confirma-ho quan el tinguis.
notice-returned = { $who } ha confirmat que { $item } ha tornat. Ja pots fer una ressenya del préstec.
notice-declined = { $who } ha rebutjat la teva sol·licitud de { $item }.
notice-ended-unshared = La teva sol·licitud de { $item } s'ha acabat: ja no es comparteix.
notice-withdrew = { $who } ha retirat la sol·licitud de { $item }.
notice-withdrawn = S'ha retirat la sol·licitud de { $item }.
notice-more-time = { $who } demana més temps amb { $item }.
notice-more-time-yes = { $who } t'ha donat més temps amb { $item }.
notice-more-time-no = { $who } no t'ha donat més temps amb { $item }.
notice-overdue = { $item } ha vençut: retorna'l o demana més temps.
notice-due-soon = { $item } es retorna el { $date }: retorna'l o demana més temps.
notice-due-soon-undated = { $item } es retorna aviat: retorna'l o demana més temps.
notice-due-today = { $item } es retorna avui.
notice-request-waiting = La sol·licitud de { $who } per a { $item } fa 3 dies que espera la teva resposta.
notice-review = { $who } t'ha fet una ressenya després del préstec de { $item }.
notice-first-in-queue = { $item } torna a estar lliure i la teva sol·licitud és la primera: qui el deixa ja pot dir que sí.
notice-join-request = { $who } demana entrar a { $group }.
notice-join-yes = Ja ets membre de { $group }.
notice-join-no = S'ha rebutjat la teva sol·licitud per entrar a { $group }.
notice-invitation = { $who } et convida a unir-te a { $group }.
notice-badge = Has aconseguit la insígnia { $badge }.
notice-message-loan = { $who } t'ha escrit sobre { $item }.
notice-message-your-request = { $who } ha escrit sobre la teva sol·licitud per entrar a { $group }.
notice-message-their-request = { $who } ha escrit sobre la seva sol·licitud per entrar a { $group }.
notice-message-request-of = { $who } ha escrit sobre la sol·licitud de { $name } per entrar a { $group }.
notice-message-a-request = { $who } ha escrit sobre una sol·licitud per entrar a un grup.
mail-digest-subject = { $count ->
    [one] { $count } avís nou a { $site }
   *[other] { $count } avisos nous a { $site }
}
mail-stop-digests = Deixar de rebre aquests resums i qualsevol altre correu
mail-stop-these = Deixar de rebre correus com aquest
mail-why = { $site }. Reps aquest correu per { $settings }
mail-your-settings = la configuració dels teus avisos

# Compartir i editar un objecte, i les seves fotos.
item-share = Compartir un objecte
item-edit = Editar l'objecte
item-edit-title = Editar { $item }
field-title = Títol
field-longest-loan = Préstec més llarg, en dies
item-lent-now-help = Ara està deixat i surt com a manllevat fins que torni.
visibility-public-help = El veu tothom, també qui no ha entrat.
visibility-restricted-help = Només el veuen, i el poden demanar, els membres actius dels grups marcats a sota.
visibility-private-help = Només el veus tu; ningú no el pot demanar en préstec.
item-groups-shared = Grups amb què es comparteix
item-no-group = Encara no ets membre actiu de cap grup: { $link }.
item-find-group = cerca un grup
item-photos-field = Fotos (opcional: fins a { $count }, JPEG, PNG o WebP; en pots afegir més després)
item-photos-again = Si havies triat fotos, torna-les a triar.
item-archive-it = Arxivar-lo: ningú més no el veu (el pots recuperar aquí)
item-archive-declines = { $count ->
    [one] En arxivar-lo es rebutja la { $count } sol·licitud que l'espera.
   *[other] En arxivar-lo es rebutgen les { $count } sol·licituds que l'esperen.
}
item-save = Desar els canvis
item-share-send = Compartir-lo
photos = Fotos
photo-choose = Tria una foto
photo-number = Foto { $number }
photo-number-of = { $number } de { $total }
photos-count = { $count } de { $total }. La primera és la que surt a les llistes.
photos-space-of = Les fotos de qui el deixa ocupen { $used } de { $total }.
photos-space = Les fotos de qui el deixa ocupen { $used }.
photo-primary = Foto principal
photo-describe = Descriu-la (per a qui no la pot veure)
photo-save-text = Desar el text
photo-make-primary = Fer principal
photo-earlier = Abans
photo-later = Després
photo-move-earlier = Moure la foto { $number } abans
photo-move-later = Moure la foto { $number } després
photo-delete = Esborrar
photo-delete-number = Esborrar la foto { $number }
photos-add-field = { $count ->
    [one] Afegir fotos (JPEG, PNG o WebP, fins a 15 MB cadascuna; en queda { $count })
   *[other] Afegir fotos (JPEG, PNG o WebP, fins a 15 MB cadascuna; en queden { $count })
}
photos-add = Afegir fotos
photos-stripped = Se'n treuen la ubicació i les dades de la càmera de cada foto.
photos-full = Esborra'n una per afegir-ne una altra.
photos-choose = tria almenys una foto

# Pàgines de l'administració.
settings-texts-in = En cada idioma
settings-texts-in-help = El que veuen, en lloc dels textos de dalt, els membres que llegeixen en un idioma. Deixa un camp buit per mostrar el text de dalt.
badge-texts-help = El nom i la descripció de la insígnia tal com els veuen els membres que llegeixen cada idioma. Deixa un camp buit per mostrar els de la insígnia.
badge-description = Descripció
admin-sections = Seccions de l'administració
admin-overview = Resum
admin-badges = Insígnies i assoliments
admin-badges-about = Crea i edita insígnies i les regles que les concedeixen.
admin-categories = Categories
admin-categories-about = Els tipus de coses que comparteixen els membres: afegeix-los, canvia'ls el nom, niua'ls i arxiva'ls.
admin-grants = Concessions i punts
admin-grants-about = Dona una insígnia a mà, o suma o treu punts.
admin-users = Usuaris
admin-users-about = Cerca membres pel nom d'usuari; activa, desactiva, permisos d'administració, tancament de sessió.
admin-groups = Grups
admin-groups-about = Arxiva o recupera grups.
admin-reports = Missatges denunciats
admin-reports-about = Missatges que els membres han denunciat a l'administració, amb les seves notes.
admin-settings = Configuració del lloc
admin-settings-about = El nom, el lema i la benvinguda del lloc, en cada idioma; el fus horari, l'idioma i els límits.
admin-system = Memòria cau i emmagatzematge
admin-system-about = Encerts de la memòria cau L1, entrades i bytes, latència d'escriptura, mida del fitxer de dades, la safata de sortida del correu.
admin-lead = Porta la comunitat: les insígnies, els membres, els grups i la configuració.
admin-at-a-glance = D'un cop d'ull
admin-count-users = { $count ->
    [one] usuari
   *[other] usuaris
}
admin-count-loans = { $count ->
    [one] préstec
   *[other] préstecs
}
admin-count-open-loans = { $count ->
    [one] préstec obert
   *[other] préstecs oberts
}
admin-count-badges = { $count ->
    [one] insígnia
   *[other] insígnies
}
start-title = Primers passos
start-left = Queden { $count } de { $total } passos.
start-done = Fet:
start-name = { $link } i escriu-ne la benvinguda.
start-name-link = Posa nom al lloc
start-categories = { $link } per a les coses que comparteixen els membres (eines, llibres, jocs...).
start-categories-link = Afegeix categories
start-badges = Afegeix insígnies: crea les teves a { $link }, o comença amb el conjunt estàndard:
start-badges-standard = Afegir les insígnies estàndard
start-group = { $link } per al teu barri.
start-group-link = Crea un primer grup
start-invite = Convida membres: comparteix l'adreça del lloc, o l'enllaç d'invitació d'un grup des de la seva pàgina.
settings-site-name = Nom del lloc (al menú i als títols; buit: Comuniza)
settings-tagline = Lema (sota el nom a la pàgina d'inici)
settings-welcome = Missatge de benvinguda (a la pàgina d'inici)
settings-zone = Fus horari (les dates i hores s'hi mostren; cada membre pot triar el seu)
settings-language = Idioma (dels visitants el navegador dels quals no demana cap dels que ofereix el lloc)
settings-language-none = Cap: el primer ofert ({ $language })
settings-limits = Límits
settings-limits-help = El que un membre pot crear, perquè ningú no pugui inundar les pàgines del lloc. 0 vol dir sense límit; l'administració mai no té límits.
settings-photos = Emmagatzematge de fotos
settings-photos-help = Les fotos es guarden dins el fitxer de dades, de manera que una còpia de seguretat també les copia. Aquests valors limiten quant poden ocupar.
settings-save = Desar la configuració
limit-items = Objectes nous per membre i dia
limit-groups = Grups nous per membre i dia
limit-loan-requests = Sol·licituds de préstec per membre i dia
limit-signups = Altes per adreça i hora
limit-downloads = Descàrregues de les seves dades per membre i dia
limit-messages = Missatges per membre i hora
limit-photo-uploads = Pujades de fotos per membre i hora (cadascuna de fins a sis fotos)
quota-member = Fotos per membre, en MB (0: sense límit)
quota-site = Fotos de tot el lloc, en MB (0: sense límit)

# Refusos: per què no s'ha fet una cosa.
not-found = { $what ->
    [item] no es troba l'objecte
    [loan] no es troba el préstec
    [group] no es troba el grup
    [badge] no es troba la insígnia
    [user] no es troba l'usuari
    [member] no es troba el membre
    [photo] no es troba la foto
    [invitation] no es troba la invitació
    [conversation] no es troba la conversa
    [message] no es troba el missatge
    [notification] no es troba l'avís
    [category] no es troba la categoria
    [achievement] no es troba l'assoliment
    [report] no es troba la denúncia
    [page] no es troba la pàgina
    [session] no es troba la sessió
    [token] no es troba el token
    [membership] no es troba la pertinença
    [image] no es troba la imatge
    [file] no es troba el fitxer
    [link] no es troba l'enllaç
    [mail] no es troba el correu
   *[other] no es troba el que busques
}
error-too-large-mb = la petició és massa gran (com a màxim { $size } MB): envia menys fotos o més petites
error-too-large-kib = la petició és massa gran (com a màxim { $size } KiB)
error-storage = el servidor no pot desar canvis ara: el disc és ple o no s'hi pot escriure. No s'ha canviat res. Torna-ho a provar més tard; ja s'ha avisat qui allotja el lloc
error-server = alguna cosa ha fallat al servidor; torna-ho a provar
refuse-own-item = no pots demanar en préstec un objecte teu
refuse-withdrawn = aquest objecte s'ha retirat
refuse-not-lending = qui el deixa no el deixa ara
refuse-already-asked = ja tens una sol·licitud o un préstec d'aquest objecte
refuse-not-your-step = només { $by ->
    [lender] qui deixa
   *[borrower] qui manlleva
} pot fer aquest pas del préstec
refuse-step-now = aquest préstec no admet aquest pas en el seu estat actual
refuse-queued = l'objecte està deixat o promès a una altra persona: aquesta sol·licitud espera a la cua fins que torni
refuse-review-early = un préstec es pot ressenyar quan s'ha retornat
refuse-reviewed = ja has ressenyat aquest préstec
refuse-admins-only = només l'administració del grup pot fer això
refuse-owner-only = només qui va fundar el grup o l'administració del lloc poden fer això
refuse-group-closed = aquest grup està tancat
refuse-banned = tens vetada l'entrada a aquest grup
refuse-join-waiting = la teva sol·licitud per entrar espera aprovació
refuse-already-member = ja ets membre d'aquest grup
refuse-owner-leaves = qui va fundar el grup no en pot sortir
refuse-owner-moderated = no es pot moderar qui va fundar el grup
refuse-membership-change = aquest canvi no s'aplica a aquesta pertinença
error-sign-in = primer inicia la sessió
error-bad-token = el token d'accés no és vàlid (revocat, mal escrit, o el seu compte no és actiu)
error-token-on-page = un token d'accés només obre l'API JSON (adreces sota /api/); per fer servir les pàgines del lloc, entra amb la teva contrasenya en un navegador
error-too-many = massa intents; espera { $minutes ->
    [one] un minut
   *[other] { $minutes } minuts
} i torna-ho a provar
error-limit = { $limit ->
    [limit_items_per_day] objectes nous
    [limit_groups_per_day] grups nous
    [limit_loan_requests_per_day] sol·licituds de préstec
    [limit_signups_per_hour] comptes nous
    [limit_data_downloads_per_day] descàrregues de les teves dades
    [limit_messages_per_hour] missatges
   *[limit_photo_uploads_per_hour] pujades de fotos
}: aquest lloc permet com a màxim { $count } per { $per ->
    [hour] hora
   *[day] dia
} { $limit ->
    [limit_signups_per_hour] des d'una mateixa adreça
   *[other] i membre
}; espera { $minutes ->
    [one] un minut
   *[other] { $minutes } minuts
} i torna-ho a provar
error-bad-csrf = no s'ha pogut acceptar aquest formulari: li falta el token de seguretat o està caducat. Torna enrere, recarrega la pàgina i torna a enviar-lo
refuse-more-time-borrower = només qui manlleva pot demanar més temps
refuse-more-time-lender = només qui deixa pot respondre una petició de més temps
refuse-more-time-not-lent = es pot demanar més temps mentre l'objecte està deixat
refuse-more-time-over = el préstec ja no és actiu: no hi ha res a allargar
refuse-more-time-asked = ja has demanat més temps
refuse-more-time-nothing = no hi ha cap petició de més temps per respondre
refuse-closed-invite = aquest grup està tancat: torna'l a obrir per convidar gent
refuse-member-in-group = aquest membre ja és al grup
refuse-member-invited = aquest membre ja està convidat
refuse-item-owner-only = només qui deixa l'objecte el pot editar
refuse-lent-withdrawn = un objecte deixat no es pot retirar
refuse-member-banned = aquest membre té vetada l'entrada al grup
refuse-report-own = no pots denunciar el teu propi missatge
refuse-reported = ja has denunciat aquest missatge
refuse-delete-own = només pots esborrar el teu propi compte
refuse-signed-in = això necessita un membre que hagi entrat
refuse-staff-only = només l'administració pot fer això
refuse-inactive = aquest compte no és actiu
refuse-picture-own = només el mateix membre pot triar la seva foto
refuse-photos-owner = només qui deixa l'objecte en pot canviar les fotos
refuse-email-taken = aquesta adreça de correu ja està registrada
refuse-username-taken = aquest nom d'usuari ja està agafat
refuse-profile-own = només pots editar el teu propi perfil
refuse-password-own = només pots canviar la teva pròpia contrasenya

invalid = { $field ->
    [title] Títol
    [description] Descripció
    [name] Nom
    [username] Nom d'usuari
    [email] Correu electrònic
    [password] Contrasenya
    [first_name] Nom
    [last_name] Cognoms
    [city] Ciutat
    [country] País
    [latitude] Latitud
    [longitude] Longitud
    [max_loan_days] Préstec més llarg
    [rating] Valoració
    [comment] Comentari
    [request_message] Missatge
    [body] Missatge
    [note] Nota
    [days] Dies
    [max_uses] Per a quantes persones
    [category] Categoria
    [groups] Grups
    [visibility] Qui el veu
    [photos] Fotos
    [slug] Nom curt
    [icon] Icona
    [points] Punts
    [display_order] Ordre
    [trigger_type] Activador
    [threshold_value] Llindar
    [conditions] Condicions
    [transaction_type] Tipus de punts
    [parent] Categoria superior
    [from] Categoria que es fusiona
    [into] Categoria de destinació
    [code] Enllaç
    [badge] Insígnia
    [lang] Idioma
    [position] Posició
    [group] Grup
    [kind] Tipus
    [status] Disponibilitat
    [condition] Estat de conservació
   *[other] { $label }
}: { $reason }
invalid-username-length = ha de tenir de 3 a 50 caràcters
invalid-username-chars = només pot tenir lletres, xifres, «_» i «-»
invalid-required = és obligatori
invalid-too-long = ha de tenir com a màxim { $max } caràcters
invalid-email = no és una adreça de correu vàlida
invalid-too-short = ha de tenir almenys { $min } caràcters
invalid-whole-number = ha de ser un nombre enter
invalid-choice = no és una de les opcions
invalid-both-coordinates = indica latitud i longitud, o cap de les dues
invalid-city-with-coordinates = és obligatòria quan el grup té coordenades
invalid-days = tria de 1 a { $max } dies
invalid-range = ha de ser entre 1 i { $max }
invalid-status-borrowed = passa a «manllevat» amb els préstecs, no a mà
invalid-category = no és una categoria
invalid-groups-member = només pot nomenar grups dels quals ets membre actiu
invalid-restricted-group = un objecte restringit necessita almenys un grup
invalid-photo-twice = aquesta foto ja és en aquest objecte
invalid-empty-message = és buit: escriu alguna cosa primer
invalid-rating = ha de ser un nombre enter de l'1 al 5
refuse-admins-edit = només l'administració del grup el pot editar
users-starts-with = El nom d'usuari comença per
users-none = Cap nom d'usuari no comença així.
users-showing = Se'n mostren { $count }.
users-showing-first = Se'n mostren { $count } (els primers { $count }; escriu més del nom per acotar).
users-user = Usuari
users-joined = Alta
users-deleted = esborrat
users-active = actiu
users-inactive = inactiu
users-staff = administració
users-deactivate = Desactivar
users-activate = Activar
users-remove-staff = Treure de l'administració
users-make-staff = Fer administració
users-delete = Esborrar el compte
users-delete-title = Esborrar el compte de { $name }
users-delete-lead = Per a un membre que ho ha demanat. No es pot desfer.
users-delete-asked = El membre ha demanat que se li esborri el compte
users-delete-send = Esborrar el compte
users-back = Tornar als usuaris
users-delete-page = Esborrar un compte
users-delete-tick = marca la casella per confirmar que el membre ho ha demanat
admin-groups-lead = Un grup arxivat no admet membres nous ni sol·licituds de préstec i surt del mapa; recuperar-lo el torna tal com era.
page-back-first = Tornar a la primera pàgina
admin-col-group = Grup
admin-col-place = Lloc
admin-archive = Arxivar
admin-restore = Recuperar
reports-in-loan = la conversa d'un préstec (préstec { $number })
reports-in-join = una sol·licitud per entrar a un grup
reports-in-other = una conversa
reports-none-waiting = Cap denúncia no t'espera.
reports-waiting = { $count } en espera.
reports-private = Les converses són privades: l'administració només veu els missatges que els membres li denuncien.
reports-none = No s'ha denunciat res.
reports-meta = Escrit per { $author } a { $place }; denunciat per { $reporter } el { $date }.
reports-note = La seva nota:
reports-dealt = Resolta.
reports-mark-dealt = Marcar com a resolta
categories-top-choice = (cap: una categoria principal)
categories-choose = (tria)
categories-lead = El que comparteixen els membres, per tipus: un objecte pertany a una categoria. Arxiva una categoria per no oferir-la a objectes nous (els objectes conserven la seva).
categories-new = Categoria nova
categories-under = Dins de
categories-add = Afegir
categories-move-title = Moure una categoria
categories-move = Moure
categories-move-under = dins de
categories-merge-title = Unir dues categories
categories-merge-help = Cada objecte de la primera passa a la segona, també les seves subcategories, i la primera es treu. Els objectes dels membres no canvien en res més.
categories-merge = Unir
categories-merge-into = amb
categories-none = Encara no hi ha categories.
categories-offered = Oferta
categories-offered-check = oferta
categories-top = (principal)
grants-badge-done = S'ha concedit la insígnia.
grants-points-done = S'han registrat els punts.
grants-badge-title = Concedir una insígnia
grants-badge-help = Per a insígnies que cap regla no concedeix (ratxes, accions especials) o per esmenar un error. Els punts de la insígnia hi van inclosos.
grants-no-badges = Encara no hi ha insígnies: { $link }.
grants-create-first = crea'n una primer
grants-badge = Insígnia
grants-badge-send = Concedir la insígnia
grants-points-title = Ajustar punts
grants-points-help = Suma punts (bonificació, bonificació per ratxa, guanyats) o treu-ne (penalització, un nombre negatiu).
grants-kind = Tipus
grants-points = Punts (negatius per treure)
grants-why = Per què
grants-points-send = Registrar els punts
bad-form-parts = el formulari té més de { $max } parts
bad-form-text = el formulari conté text que no és UTF-8 vàlid (un caràcter que aquest lloc no pot llegir); no s'ha canviat res. Torna'l a escriure i envia el formulari des de la seva pàgina
bad-form-type = aquesta adreça espera un formulari (application/x-www-form-urlencoded)
bad-form-unreadable = no s'ha pogut llegir el formulari: { $why }
bad-json = no s'ha pogut llegir el cos JSON: { $why }
bad-loan-role = role ha de ser lender o borrower
bad-loan-state = state ha de ser open o finished
bad-no-token = aquest token no existeix
bad-page = page ha de ser un nombre enter a partir d'1
bad-photo-action = tria què vols fer amb la foto
bad-photos-multipart = envia les fotos com a fitxers multipart/form-data amb el nom "image"
bad-place-query = q: el nom d'un lloc té com a màxim 100 caràcters
bad-search-empty = q: indica les paraules que vols cercar
bad-search-kind = kind: una d'aquestes opcions: items, groups, members
bad-search-long = q: com a màxim { $max } bytes
bad-search-page = page: la cerca només mostra les primeres { $max } pàgines
bad-yes-no = { $name } ha de ser true o false
busy-member-uploads = ja estàs enviant { $count } formularis amb fotos: espera que arribin i torna a enviar aquest
busy-photos = el servidor està ocupat amb altres fotos; torna-ho a provar d'aquí a un minut
busy-signins = el servidor està ocupat comprovant altres inicis de sessió; torna-ho a provar d'aquí a uns segons
busy-uploads = el servidor està rebent altres fotos; torna-ho a provar d'aquí a un minut
conflict-badge-slug = ja hi ha una insígnia amb aquest nom curt
conflict-banned = aquest membre té vetada l'entrada a aquest grup: aixeca-li el veto primer
conflict-code-taken = aquest codi d'enllaç ja està agafat
conflict-delete-open-loans = { $count ->
    [one] encara queda 1 préstec obert (promès o deixat): acaba'l primer i després esborra el compte
   *[other] encara queden { $count } préstecs oberts (promesos o deixats): acaba'ls primer i després esborra el compte
}
conflict-delete-staff = no es pot esborrar un compte d'administració: treu-li abans els permisos d'administració
conflict-deleted-account = un compte esborrat no es pot tornar a activar
conflict-first-admin = aquest lloc ja té el primer compte d'administració; inicia la sessió
conflict-has-badge = el membre ja té aquesta insígnia
conflict-member-photos-full = amb aquestes fotos, les del propietari ocuparien { $after } dels { $bound } que pot guardar cada membre: esborra'n abans algunes o tria'n menys
conflict-open-links = aquest grup ja té { $max } enllaços oberts: retira'n un primer
conflict-overflow = aquest canvi portaria el valor { $field } d'un membre més enllà del màxim que pot guardar; no s'ha canviat res
conflict-report-dealt = aquesta denúncia ja s'ha resolt
conflict-site-photos-full = l'emmagatzematge de fotos del lloc és ple ({ $used } de { $bound }): avisa l'administració del lloc
conflict-tokens-max = ja tens { $max } tokens; revoca'n un primer
error-body-timeout = el cos de la petició no ha arribat en { $seconds } s
error-body-unreadable = no s'ha pogut llegir la petició: { $why }
invalid-achievement-points = els punts d'assoliment venen amb les insígnies
invalid-badge = no és una insígnia
invalid-choose-category = tria una categoria
invalid-control-chars = no pot contenir caràcters de control ni de canvi de direcció
invalid-coordinate = ha de ser un nombre de -{ $limit } a { $limit } amb 6 decimals com a màxim
invalid-from-to = ha de ser entre { $min } i { $max }
invalid-groups-order = han d'aparèixer un sol cop cadascun, en ordre ascendent
invalid-invisible = no pot contenir caràcters invisibles (controls de direcció, caràcters d'amplada zero)
invalid-json-object = ha de ser un objecte JSON
invalid-language = tria un idioma de la llista
invalid-length = ha de tenir d'1 a { $max } caràcters
invalid-limit = ha de ser un nombre enter (0: sense límit)
invalid-limit-max = ha de ser com a màxim { $max } (0: sense límit)
invalid-link-code = no és un codi d'enllaç
invalid-loan-group = ha de ser un dels grups de l'objecte dels quals ets membre
invalid-megabytes = ha de ser un nombre enter de MB
invalid-megabytes-max = ha de ser com a màxim { $max } MB
invalid-merge-archived = aquesta categoria està arxivada: torna-la a oferir primer
invalid-merge-same = tria una altra categoria amb què unir-la
invalid-min-reviews = min_reviews ha de ser un nombre enter igual o més gran que 0
invalid-name-username = el teu nom no pot ser el nom d'usuari d'un altre membre
invalid-one-of = ha de ser una d'aquestes opcions: { $list }
invalid-own-ancestor = faria que una categoria quedés dins d'ella mateixa
invalid-photos-fewer = un objecte té com a màxim { $max } fotos: tria'n menys
invalid-photos-full = un objecte té com a màxim { $max } fotos: esborra'n una primer
invalid-photos-room = un objecte té com a màxim { $max } fotos: en pots afegir { $count } més
invalid-points-nonzero = ha de ser un nombre diferent de zero, entre -{ $max } i { $max }
invalid-role = role ha de ser "lender" o "borrower"
invalid-site-language = no és un idioma del lloc
invalid-slug-chars = només pot tenir lletres, xifres, «-» i «_»
invalid-slug-start = ha de començar per una lletra o una xifra
invalid-threshold-type = type ha de ser "rating" o "trust_score"
invalid-uses-max = ha de ser com a màxim { $max } (o 0 per no posar-hi límit)
invalid-value-range = value ha de ser un nombre de 0 a { $max }
invalid-zone = tria un fus horari de la llista, com ara Europe/Lisbon
photo-named-not-added = «{ $name }» no s'ha afegit: { $why }
photo-not-added = La foto no s'ha afegit: { $why }
photo-refused-broken = no es pot llegir la foto: { $why }
photo-refused-not-a-photo = només s'admeten fotos JPEG, PNG i WebP
photo-refused-pixels = la foto té { $count } megapíxels: se n'admeten 40 com a màxim
photo-refused-too-large = el fitxer passa de 15 MB: tria una foto més petita
refuse-api-anonymous = identifica't amb un token d'accés personal (Authorization: Bearer)
refuse-api-session = l'API d'escriptura demana un token d'accés personal (Authorization: Bearer); crea'n un a la pàgina del teu compte
refuse-create-staff = només l'administració pot crear comptes d'administració
refuse-deactivate-self = no pots desactivar el teu propi compte
refuse-mail-server = els correus els envia el mateix servidor
refuse-reminders-server = els recordatoris els envia el mateix servidor
refuse-sessions-signin = les sessions s'inicien en entrar
refuse-staff-page = aquesta pàgina és per a l'administració del lloc
refuse-unstaff-self = no et pots treure els teus propis permisos d'administració
unavailable-backup-made = no s'ha pogut fer la còpia de seguretat: { $why }
unavailable-backup-read = no s'ha pogut llegir la còpia de seguretat: { $why }
badge-admin-lead = Totes les insígnies, també les inactives i les secretes. Una insígnia es concedeix amb qualsevol dels seus assoliments actius; la que no té assoliments només es concedeix a mà.
badge-admin-type = Tipus
badge-admin-category = Categoria
badge-admin-points = Punts
badge-admin-order = Ordre
badge-admin-earned = La tenen
badge-admin-achievements = Assoliments
badge-admin-state = Estat
badge-admin-by-hand = cap (es concedeix a mà)
badge-admin-off = desactivat
badge-admin-active = activa
badge-admin-inactive = inactiva
badge-admin-new = Insígnia nova
badge-admin-create = Crear la insígnia
badge-admin-all = ← Totes les insígnies
badge-admin-title = Insígnia: { $name }
badge-admin-public = Veure'n la pàgina pública
badge-admin-edit = Editar
badge-admin-save = Desar la insígnia
badge-admin-rules-help = Les regles que concedeixen aquesta insígnia. Si les canvies, es concedeix a l'acte a tothom que ara les compleix.
badge-admin-achievement = Assoliment { $number }
badge-admin-save-achievement = Desar l'assoliment
badge-admin-new-achievement = Assoliment nou
badge-admin-add-achievement = Afegir l'assoliment
badge-admin-edit-title = Editar la insígnia
badge-admin-slug = Nom curt (lletres, xifres i -, s'usa a la seva adreça)
badge-admin-description = Descripció
badge-admin-icon = Icona (un emoji o un nom breu)
badge-admin-points-field = Punts (es donen amb la insígnia)
badge-admin-order-field = Ordre d'aparició (els nombres més baixos, primer)
badge-admin-active-check = Activa (surt a la llista i es concedeix)
badge-admin-secret-check = Secreta (només la veu a la llista qui l'ha aconseguida)
badge-admin-trigger = Activador
badge-admin-threshold = Llindar (buit: 1)
badge-admin-conditions = Condicions (un objecte JSON)
badge-admin-active-plain = Actiu
badge-admin-triggers = Què vol dir cada activador
trigger-item-shared = Es concedeix quan el membre té compartits almenys tants objectes actius com indica el llindar.
trigger-loan-completed = Es concedeix quan el membre ha manllevat almenys tants objectes com indica el llindar (préstecs retornats); amb les condicions {"{"}"role": "lender"{"}"}, quan n'ha deixat tants.
trigger-group-joined = Es concedeix quan el membre és membre actiu d'almenys tants grups com indica el llindar.
trigger-review-given = Es concedeix quan el membre ha escrit almenys tantes ressenyes com indica el llindar.
trigger-threshold-reached = Es concedeix per reputació: condicions {"{"}"type": "rating", "value": 4.5, "min_reviews": 3{"}"} (valoració mitjana d'almenys value, amb almenys min_reviews ressenyes) o {"{"}"type": "trust_score", "value": 80, "min_reviews": 0{"}"}.
trigger-by-hand = Mai no es concedeix automàticament: l'administració la concedeix a mà.
size-b = { $n } B
size-kib = { $n } KiB
size-mib = { $n } MiB
size-gib = { $n } GiB
size-tib = { $n } TiB
size-percent = { $n } %
sys-lead = Comptadors des que es va engegar el servidor.
sys-l1 = Memòria cau L1
sys-l1-help = Respostes ja preparades en tres segments: hot (classificacions, llista d'insígnies, mapa), warm (pàgines d'insígnies), cold (perfils). Cada escriptura invalida exactament el que ha canviat.
sys-hit-ratio = Taxa d'encerts
sys-entries-of-capacity = Entrades / capacitat
sys-bytes-held = Bytes ocupats
sys-l1-caption = Comptadors de la memòria cau L1 per segment
sys-segment = Segment
sys-hits = Encerts
sys-misses = Fallades
sys-fills = Càrregues
sys-dropped = Càrregues descartades
sys-invalidations = Invalidacions
sys-evictions = Expulsions LRU
sys-entries = Entrades
sys-bytes = Bytes
sys-capacity = Capacitat
sys-off = desactivat
sys-writer = Escriptura
sys-writer-help = Un únic procés d'escriptura desa juntes les ordres de la cua (group commit).
sys-per-commit = Ordres per escriptura
sys-last = última
sys-average = mitjana
sys-max = màxima
sys-commits = Escriptures
sys-commands = Ordres
sys-refused = Ordres rebutjades
sys-avg-latency = Latència mitjana d'escriptura
sys-last-latency = Latència de l'última escriptura
sys-last-batch = Mida de l'últim lot
sys-max-batch = Mida del lot més gran
sys-file = Fitxer de dades
sys-size = Mida
sys-size-value = { $size } ({ $bytes } bytes)
sys-unknown = desconeguda
sys-path = Camí
sys-photos = Fotos
sys-stored = Emmagatzemades
sys-stored-value = { $count ->
    [one] { $size } en 1 fitxer
   *[other] { $size } en { $count } fitxers
}
sys-of-file = ({ $percent } del fitxer de dades)
sys-site-bound = Límit del lloc
sys-no-bound = sense límit
sys-used = ({ $percent } ocupat)
sys-member-bound = Límit per membre
sys-items-photos = Objectes amb fotos
sys-avatars = Membres amb foto
sys-bounds-set = Els límits es fixen a { $link }.
sys-mail = Correu
sys-mail-through = Els avisos que trien els membres s'envien per correu a través de { $server }.
sys-mail-off = Desactivat: no hi ha cap servidor de correu configurat ({ $flag }, mira el README). Els avisos es queden a la safata.
sys-queued = A la cua
sys-failing = Amb errors (de nou a la cua després d'un rebuig)
sys-sent = Enviats (últims 30 dies)
sys-given-up = Abandonats
sys-col-mail = Correu
sys-col-to = Per a
sys-col-state = Estat
sys-col-tries = Intents
sys-col-when = Quan
sys-col-answer = Resposta del servidor
sys-digest = (resum)
sys-former = un antic membre
sys-pill-queued = a la cua
sys-pill-failing = amb errors, es reintentarà
sys-pill-sent = enviat
sys-pill-given-up = abandonat
sys-backups = Còpies de seguretat
sys-backups-every = Cada { $every } a { $dir }, conservant les { $keep } més recents.
sys-backups-none = No hi ha còpies programades (engega el servidor amb { $flag }).
sys-backup-last = Última còpia programada
sys-backup-result = Resultat
sys-backup-verified = verificada, { $size }, { $path }
sys-backup-failed = ha fallat:
sys-backup-help = Descarrega una còpia coherent del fitxer de dades, comprovada abans d'enviar-la. Per restaurar-la, atura el servidor, posa la còpia al lloc del fitxer de dades i torna a engegar el servidor.
sys-backup-download = Descarregar una còpia de seguretat
duration-days = { $count ->
    [one] dia
   *[other] { $count } dies
}
duration-hours = { $count ->
    [one] hora
   *[other] { $count } hores
}
duration-minutes = { $count ->
    [one] minut
   *[other] { $count } minuts
}
duration-seconds = { $count ->
    [one] segon
   *[other] { $count } segons
}
status-name = { $code ->
    [400] Petició incorrecta
    [401] Cal iniciar la sessió
    [403] Prohibit
    [404] No trobat
    [405] Mètode no permès
    [408] Temps esgotat
    [409] Conflicte
    [413] Massa gran
    [415] Tipus de contingut no admès
    [422] No es pot processar
    [429] Massa peticions
    [500] Error del servidor
    [503] No disponible
   *[other] Error
}
boards-hall = Saló de la fama
boards-hall-what = Els tres primers de cada mes passat, tal com va acabar el mes.
trigger-period-top = Es concedeix en acabar un període als primers d'una classificació del lloc en aquell període: condicions {"{"}"board": "lending", "period": "month"{"}"} (board overall, lending o borrowing; period week, month o year) i el llindar, els llocs que guanyen (1: el primer, empats inclosos). «Qui més presta del mes» és aquesta regla.
progress-period-top-week = Es concedeix en acabar cada setmana { $rank ->
    [one] al primer
   *[other] als { $rank } primers
} de la classificació de { $board } d'aquella setmana (empats inclosos).
progress-period-top-month = Es concedeix en acabar cada mes { $rank ->
    [one] al primer
   *[other] als { $rank } primers
} de la classificació de { $board } d'aquell mes (empats inclosos).
progress-period-top-year = Es concedeix en acabar cada any { $rank ->
    [one] al primer
   *[other] als { $rank } primers
} de la classificació de { $board } d'aquell any (empats inclosos).
invalid-period-top = necessita {"{"}"board": "overall", "lending" o "borrowing", "period": "week", "month" o "year"{"}"}
