# The page chrome: menu, footer, messages every page may show.
skip-to-content = Saltar al contenido
menu = Menú
menu-show = Mostrar el menú
nav-main = Principal
nav-items = Objetos
nav-groups = Grupos
nav-map = Mapa
nav-badges = Insignias
nav-boards = Clasificaciones
nav-search = Buscar
nav-my-items = Mis objetos
nav-loans = Préstamos
nav-admin = Administración
nav-inbox = Avisos
inbox-unread =
    { $count ->
        [0] Notificaciones, ninguna sin leer
       *[other] Notificaciones, { $count } sin leer
    }
sign-out = Cerrar sesión
sign-in = Entrar
sign-up = Crear cuenta
footer-about = una biblioteca vecinal de préstamos · funciona con Comuniza
badge-earned = Has ganado una insignia:
badge-see = Ver la insignia
are-you-sure = { $action }: ¿seguro?

# The language switcher in the footer.
language = Idioma
language-change = Cambiar
language-unknown = ese idioma no está disponible aquí
language-account-help = El idioma de las páginas del sitio para ti, en cada dispositivo donde entres.
language-mine = Mi idioma
language-browsers = El de mi navegador (si no, el del sitio)
save = Guardar

# Error pages.
error-back = Volver al inicio
error-sign-in-or = o
error-create-account = crear una cuenta

# The home page.
home-title = Inicio
home-numbers = La comunidad en cifras
count-members = { $count ->
    [one] miembro
   *[other] miembros
}
count-groups = { $count ->
    [one] grupo
   *[other] grupos
}
count-items = { $count ->
    [one] objeto
   *[other] objetos
}
count-on-loan = { $count ->
    [one] objeto prestado ahora
   *[other] objetos prestados ahora
}
home-newest = Objetos recientes
home-no-items = Aún no se ha compartido ningún objeto.
home-shared-by = compartido por
home-browse-items = Ver todos los objetos
home-where = Dónde están los grupos
home-full-map = El mapa completo
home-browse-groups = ver los grupos
home-top = Primeros puestos de las clasificaciones
home-full-boards = Clasificaciones completas
home-welcome = Te damos la bienvenida, { $name }
home-welcome-back = Hola de nuevo, { $name }
home-invited = { $by } te invita a unirte a { $group }.
home-accept-decline = Aceptar o rechazar
home-share = Compartir un objeto
home-your-loans = Tus préstamos
home-find-group = Buscar un grupo
home-join = Únete a la comunidad
home-browse = Ver objetos

# The leaderboards.
boards-title = Clasificaciones
board-overall = Puntos
board-overall-what = puntos de reputación por insignias, bonificaciones y penalizaciones
board-lending = Préstamos hechos
board-lending-what = 10 puntos por cada préstamo devuelto a su dueño
board-borrowing = Préstamos recibidos
board-borrowing-what = 10 puntos por cada objeto pedido y devuelto
board-reputation = Confianza
board-reputation-what = confianza según las reseñas y las devoluciones a tiempo (0-100)
board-no-one = Todavía nadie.
board-rank = Puesto
board-member = Miembro
board-score = Puntos
boards-yours = Tu posición
boards-rank-of = de { $total } · puntuación { $score }
boards-sign-in-why = {" "}para ver tu puesto en cada clasificación.
boards-periods = Periodo
boards-period-all = Desde siempre
boards-period-year = Este año
boards-period-month = Este mes
boards-period-week = Esta semana
boards-scope = Clasificaciones de
boards-scope-site = Todo el sitio
boards-show = Mostrar
boards-in-site = { $period } en todo el sitio
boards-in-group = { $period } en { $group }
boards-since = desde el { $day }
boards-not-on = todavía no estás en esta clasificación
boards-unknown-period = No existe el periodo «{ $period }»: elige week, month, year o all.
group-boards-none = Este mes todavía nadie ha prestado, pedido prestado ni ganado puntos en este grupo.
group-boards-all = Todas las clasificaciones de este grupo
# A member whose name the viewer may not see.
a-member = un miembro

# The map of the groups.
map-title = Mapa de los grupos
map-place-groups = { $place }: { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
map-credits = Contorno de las tierras: Natural Earth (dominio público). Ciudades: GeoNames (CC BY 4.0).
map-each-group = Cada círculo es un grupo: elígelo para abrirlo.
map-each-place = Cada círculo es un lugar donde se reúnen grupos; cuanto más grande, más grupos. Acerca el mapa para ver cada grupo.

# Pages of a list.
pages = Páginas
page-number = Página { $page }
page-previous = Anterior
page-next = Siguiente
page-newer = Más recientes
page-older = Más antiguos

# The list of items.
items-group = Grupo
items-all-groups = Todos los grupos
items-category = Categoría
items-all-categories = Todas las categorías
items-status = Estado
items-any-status = Cualquier estado
items-filter = Filtrar
items-clear = Quitar filtros
items-condition = Estado de uso:
items-shared-in = Compartidos en
items-corrected = Ningún objeto coincide con «{ $asked }». Se muestran objetos para «{ $found }».
items-none-shared = Aún no se comparte ningún objeto.
items-none-match = Ningún objeto coincide.
items-cut = Solo se buscó en los { $count } objetos más recientes: elige un grupo para encontrar otros más antiguos.
status-available = Disponible
status-borrowed = Prestado o comprometido
status-not-now = Ahora no
status-special = Con condiciones
pill-promised = Reservado
pill-coming-back = En devolución
pill-lent-out = Prestado
condition-new = Nuevo
condition-excellent = Excelente
condition-good = Bueno
condition-fair = Aceptable
condition-poor = Desgastado

# The search page.
search-titled = { $query } · Buscar
search-label = Buscar objetos, grupos y miembros
search-tabs = Qué buscar
search-members = Miembros
search-hint = Palabras de un título, una descripción, un autor, una categoría, el nombre o el lugar de un grupo, o el nombre de un miembro. La última palabra puede estar a medias.
search-corrected = Sin resultados para «{ $asked }». Se muestran resultados para «{ $found }».
search-no-more = No hay más resultados.
search-back-first = Volver a la primera página
search-nothing-items = Ningún objeto coincide con «{ $query }». Prueba con menos palabras o con otras.
search-nothing-groups = Ningún grupo coincide con «{ $query }». Prueba con menos palabras o con otras.
search-nothing-members = Ningún miembro coincide con «{ $query }». Prueba con menos palabras o con otras.

# Who may see a group.
privacy-public = Público
privacy-request = Se entra con solicitud
privacy-private = Privado

# The map page.
map-heading = Mapa de los grupos
map-create = Crear un grupo
map-lead = Dónde se reúnen los grupos de la comunidad. Elige un círculo para ver sus grupos, acerca el mapa o busca los grupos cerca de una ciudad.
map-move = Mover el mapa
map-zoom-in = Acercar +
map-zoom-out = Alejar −
map-west = ← Oeste
map-north = ↑ Norte
map-south = ↓ Sur
map-east = Este →
map-go-to = Ir a:
region-europe = Europa
region-north-america = América del Norte
region-central-america = Centroamérica y el Caribe
region-south-america = América del Sur
region-africa = África
region-middle-east = Oriente Medio
region-asia = Asia
region-oceania = Oceanía
region-world = El mundo entero
map-near = Grupos cerca de
map-near-placeholder = una ciudad o un pueblo
map-find = Buscar
map-places = Lugares con grupos
map-no-places = Ningún grupo tiene ubicación todavía.
map-city = Ciudad
map-state = Región
map-country = País
near-unknown = No se conoce aquí ninguna ciudad llamada «{ $asked }». Prueba con la ciudad grande más cercana o añade el código de dos letras de su país: «London, CA».
near-heading = Grupos cerca de { $place }
near-others = U otro lugar con ese nombre:
near-none = Ningún grupo que puedas ver tiene aún un lugar en el mapa.
near-start = Crea uno
near-under-km = a menos de 1 km

# The list of groups.
groups-lead = Los grupos locales comparten sus objetos entre sí: únete a uno cerca de ti.
groups-see-map = Verlos en el mapa
groups-search-label = Buscar por nombre o ciudad
groups-in = Grupos en { $place }.
groups-show-all = Ver todos los grupos
groups-count = { $count ->
    [one] { $count } grupo.
   *[other] { $count } grupos.
}
groups-found = { $count ->
    [one] { $count } grupo encontrado.
   *[other] { $count } grupos encontrados.
}
groups-none-match = Ningún grupo coincide. Prueba con otro nombre u otra ciudad.
groups-none = Todavía no hay grupos.
groups-past-last = Esta página va más allá de la última.
groups-you-member = Eres miembro
groups-request-sent = Solicitud enviada
groups-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}

# Badges.
badges-secret = secreta
badges-points-holders = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
} · { $count ->
    [one] la tiene { $count } miembro
   *[other] la tienen { $count } miembros
}
badge-cat-lending = Prestar
badge-cat-borrowing = Pedir prestado
badge-cat-community = Comunidad
badge-cat-reputation = Reputación
badge-cat-special = Especiales
badge-tier-bronze = bronce
badge-tier-silver = plata
badge-tier-gold = oro
badge-tier-platinum = platino
badge-tier-special = especial
badges-none = Este sitio aún no tiene insignias.
badges-lead = Las insignias se ganan compartiendo, pidiendo prestado, uniéndose y ganándose la confianza.
badges-see-yours = Ver las que tienes
badges-your-secret = Tus insignias secretas
badges-secret-only = Solo quien las ha ganado puede verlas.
badges-join = Únete para empezar a ganarlas
badges-recent = Ganada hace poco por
badges-no-one = Nadie la ha ganado todavía. ¡Sé la primera persona!

# Table columns.
col-item = Objeto
col-with = Con
col-when = Cuándo
col-status = Estado
col-actions = Acciones
col-loan = Préstamo
col-borrower = Quien lo pide
col-asked = Pedido
edit = Editar
count-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

# Who sees an item.
visibility-public = Público
visibility-restricted = Solo sus grupos
visibility-private = Privado

# An item's page.
item-archived = Archivado
item-category = Categoría
item-condition = Estado de conservación
item-none = Ninguno
item-longest-loan = Préstamo máximo
item-owner = Dueño
item-who-sees = Quién lo ve
item-staff-view = Ves este objeto como administración: su dueño no lo ha compartido contigo.
fact-author = Autoría
fact-publisher = Editorial
fact-year = Año
fact-isbn = ISBN
fact-languages = Idiomas
fact-format = Formato
fact-subjects = Temas
record-of = Historial de préstamos de { $name }
record-owners = Historial de préstamos del dueño
record-lent = { $count ->
    [one] préstamo completado como prestador
   *[other] préstamos completados como prestador
}
record-borrowed = { $count ->
    [one] objeto pedido prestado
   *[other] objetos pedidos prestados
}
record-trust = de confianza
record-rating = valoración media ({ $count ->
    [one] { $count } reseña
   *[other] { $count } reseñas
})
record-no-reviews = aún sin reseñas
item-waiting = El objeto está libre y { $count ->
    [one] { $count } persona lo espera
   *[other] { $count } personas lo esperan
}: { $person } lo pidió primero. Aprueba una de las solicitudes de abajo o recházalas.
item-loans = Préstamos de este objeto
item-no-loans = Nadie lo ha pedido todavía.
loan-number = Préstamo { $number }
item-sign-in-to-ask = { $link } para pedirlo prestado.
item-you-asked = Has pedido este objeto: { $status }.
item-see-loan = Ver tu préstamo
item-withdrawn = No puedes pedirlo: este objeto se ha retirado.
item-not-lending = No puedes pedirlo ahora: el dueño no lo presta en este momento.
ask-title = Pedirlo prestado
ask-queued = Ahora está prestado o prometido a otra persona. Pídelo y serás el número { $number } de la cola: el dueño podrá aceptar cuando vuelva.
ask-ahead = { $count ->
    [one] { $count } persona lo ha pedido
   *[other] { $count } personas lo han pedido
} antes que tú: serás el número { $number } de la cola.
ask-special = El dueño lo presta con condiciones especiales: cuenta en tu mensaje cómo lo usarías.
ask-message = Mensaje para el dueño (opcional)
ask-group = Pedirlo a través del grupo
ask-join-queue = Ponerme en la cola
ask-send = Enviar la solicitud

# My items.
mine-lent-to = Prestado a
mine-the-loan = préstamo
mine-edit-item = Editar { $item }
mine-nothing = Aún no has compartido nada.
mine-past-last = Esta página va más allá de la última.
mine-back-newest = Volver a tus objetos más recientes

# Loans.
loans-title = Mis préstamos
loans-waiting-you = Te esperan
loans-waiting-item = { $item } está libre y { $count ->
    [one] { $count } persona lo espera
   *[other] { $count } personas lo esperan
}: { $person } lo pidió primero.
loans-requests = Solicitudes por responder
loans-asked = Tus solicitudes
loans-promised = Prometido, por entregar
loans-out = Prestado ahora
loans-returned = Devuelto
loans-closed = Rechazado o cancelado
loans-all = Todos mis préstamos
loans-none-here = No hay préstamos aquí.
loans-none = Aún no tienes préstamos.
loans-find = Encuentra algo que pedir
loans-see-all = Ver los { $count }
queue-place = número { $number } de { $total } en la cola
action-approve = Aprobar
action-decline = Rechazar
action-cancel = Cancelar la solicitud
action-hand-over = Entregarlo ahora
action-given-back = Ya lo he devuelto
action-confirm-back = Confirmar que ha vuelto
action-about = { $action }: { $item }
loan-overdue = Con retraso
loan-asked-waiting = Pedido, esperando respuesta
loan-asked-to-answer = Pedido, por responder
loan-promised-to-you = Prometido, por recoger
loan-with-you = Lo tienes tú
loan-given-back-waiting = Devuelto, esperando al dueño
loan-given-back-to-confirm = Devuelto, por confirmar
loan-declined-by-owner = Rechazado por el dueño
loan-declined = Rechazado
loan-cancelled = Cancelado
relation-asking = pidiéndolo a { $person }
relation-promised-by = prometido por { $person }
relation-borrowing-from = te lo presta { $person }
relation-borrowed-from = te lo prestó { $person }
relation-asked = pedido a { $person }
relation-asked-by = pedido por { $person }
relation-promised-to = prometido a { $person }
relation-lending-to = prestado a { $person }
relation-lent-to = se lo prestaste a { $person }
date-returned = devuelto el { $date }
date-due = vence el { $date }
date-promised = prometido el { $date }
date-asked = pedido el { $date }

# A loan's page.
loan-title = Préstamo de { $item }
loan-lender = Prestador
loan-their-email = Su correo
loan-through = A través del grupo
loan-handed-over = Entregado
loan-due-back = Devolver antes de
loan-given-back-note = devuelto por quien lo tenía, falta que el prestador lo confirme
queue-you-first-free = Eres el primero de la cola: el dueño puede aceptar ya.
queue-you-first-lent = Eres el primero de la cola. Ahora está prestado o prometido a otra persona: el dueño podrá aceptar cuando vuelva.
queue-you-behind = Eres el número { $number } de la cola: { $count ->
    [one] { $count } persona lo pidió
   *[other] { $count } personas lo pidieron
} antes que tú.
queue-staff-free = Número { $number } de { $total } en la cola; el objeto está libre.
queue-staff-lent = Número { $number } de { $total } en la cola; el objeto está prestado o prometido.
queue-owner-only = El objeto está libre: puedes aprobar esta solicitud ya.
queue-owner-first = El objeto está libre y esta solicitud llegó primero ({ $count ->
    [one] { $count } más espera
   *[other] { $count } más esperan
} detrás).
queue-owner-free = Número { $number } de { $total } en la cola: el objeto está libre, así que puedes aprobar la que quieras.
queue-owner-lent = Número { $number } de { $total } en la cola. El objeto está prestado o prometido: podrás aprobar una solicitud cuando vuelva.
review-title = Reseña para { $name }
review-how = ¿Qué tal fue?
rating-1 = mal
rating-2 = regular
rating-3 = bien
rating-4 = muy bien
rating-5 = excelente
review-comment = Comentario (opcional)
review-send = Enviar la reseña
reviews = Reseñas
review-by = de { $name }
more-time = Más tiempo
count-more-days = { $count ->
    [one] { $count } día más
   *[other] { $count } días más
}
extension-standing = { $who ->
    [you] Pediste
   *[other] Quien lo tiene pidió
} { $days }{ $state ->
    [to-answer] : falta tu respuesta.
    [pending] : esperando la respuesta del prestador.
    [accepted] : aceptado, la fecha de devolución ha cambiado.
    [declined] : rechazado.
   *[other] : sin respuesta antes de que el objeto volviera.
}
extension-how-many = ¿Cuántos días más? (de 1 a { $count })
extension-why = Por qué (opcional)
extension-ask = Pedir más tiempo
extension-accept = Aceptar

# A conversation.
messages = Mensajes
messages-private = Solo vosotros dos leéis esta conversación. Tu correo no se muestra: comparte aquí tus datos de contacto solo si quieres.
messages-private-join = Solo la persona y los administradores del grupo leen esta conversación. Tu correo no se muestra: comparte aquí tus datos de contacto solo si quieres.
messages-none = Aún no hay mensajes.
messages-you = Tú
messages-former-member = una persona que ya no es miembro
messages-reported = Has denunciado este mensaje.
report = Denunciar
report-what = ¿Qué tiene de malo? (opcional; la administración lee este mensaje y tu nota, nada más)
report-send = Denunciar a la administración
messages-write = Escribe un mensaje
send = Enviar

# What an action did, said once on the next page.
flash-welcome = ¡Bienvenida, bienvenido! Tu cuenta está lista: busca un grupo cerca o comparte algo tuyo.
flash-shared = Tu objeto está compartido.
flash-item = Se han guardado los cambios del objeto.
flash-joined = Ya eres miembro del grupo.
flash-asked = Has pedido unirte: la administración del grupo te responderá.
flash-requested = Tu solicitud se ha enviado al dueño.
flash-approved = Has dicho que sí: el objeto queda prometido.
flash-declined = Has rechazado la solicitud.
flash-cancelled = La solicitud se ha retirado.
flash-handed = Entregado: el préstamo ha empezado.
flash-given = Marcado como devuelto: el dueño lo confirmará cuando lo tenga.
flash-returned = El objeto ha vuelto. Ya puedes valorar el préstamo.
flash-reviewed = Gracias por tu reseña.
flash-more-time = Has pedido más tiempo: el prestador te responderá.
flash-answered = Tu respuesta se ha enviado.
flash-saved = Guardado.
flash-password = Tu contraseña ha cambiado; se ha cerrado la sesión en tus otros dispositivos.
flash-sent = Tu mensaje se ha enviado.
flash-reported = Gracias: el mensaje se ha denunciado a la administración, que lo revisará.
flash-closed = La denuncia queda marcada como atendida.
flash-photos = Tus fotos se han añadido.
flash-photo-gone = La foto se ha borrado.
flash-picture = Tu foto se ha guardado.

# La página de un grupo, sus formularios, invitaciones y solicitudes para entrar.
group-all = Todos los grupos
group-sign-in = Inicia sesión
group-sign-in-to-join = { $link } para unirte a este grupo.
group-archived-no-join = Este grupo está archivado: nadie puede unirse.
group-archived = Archivado
group-join = Unirme a este grupo
group-ask-to-join = Pedir entrar
group-admin-approves = Un administrador del grupo aprueba las solicitudes.
group-request-waiting = Tu solicitud espera aprobación
group-write-admins = Escribir a los administradores
group-withdraw-request = Retirar mi solicitud
group-you-admin = Eres administrador
group-leave = Salir de este grupo
group-you-banned = Tienes vetada la entrada a este grupo
group-edit = Editar el grupo
group-members = Miembros
group-no-members = Aún no hay miembros.
group-items = Objetos compartidos con el grupo
group-no-items = Aún no hay objetos que puedas ver compartidos con este grupo.
group-back-newest = Volver a los objetos más nuevos
group-run-by = Lo lleva { $person }.
group-about = Sobre el grupo
col-member = Miembro
col-role = Papel
col-since = Desde
col-link = Enlace
col-until = Hasta
col-used = Usos
col-state = Estado
member-pill-admin = administración
member-pill-member = miembro
member-pill-asks = pide entrar
member-pill-banned = vetado
member-pill-owner = fundador
member-ban = Vetar
member-unban = Levantar el veto
member-promote = Hacer administrador
member-demote = Hacer miembro
member-remove = Quitar
leaving-if = Si sales: { $what }.
leaving-if-both = Si sales: { $items }; { $requests }.
leaving-unshared = { $count ->
    [one] { $count } objeto tuyo deja de compartirse con este grupo
   *[other] { $count } objetos tuyos dejan de compartirse con este grupo
}
leaving-private = ({ $count ->
    [one] { $count } pasa a ser privado
   *[other] { $count } pasan a ser privados
})
leaving-ended = { $count ->
    [one] se cancela { $count } solicitud hecha a través de él
   *[other] se cancelan { $count } solicitudes hechas a través de él
}
leaving-left = Has salido de { $group }
leaving-unshared-title = Tus objetos ya no se comparten con él
leaving-now-private = ahora es privado: solo tú lo ves.
leaving-share-again = Volver a compartirlo
leaving-ended-title = Las solicitudes hechas a través de él se han cancelado
field-name = Nombre
field-description-optional = Descripción (opcional)
field-city = Ciudad
field-state-optional = Provincia o región (opcional)
field-country = País
field-latitude = Latitud (de -90 a 90)
field-longitude = Longitud (de -180 a 180)
field-username = Nombre de usuario
privacy-public-help = Cualquiera puede ver el grupo y sus miembros, y cualquiera puede unirse al momento.
privacy-request-help = Cualquiera puede ver el grupo, pero para entrar hay que pedirlo y que lo apruebe uno de sus administradores.
privacy-private-help = Solo lo ven sus miembros: no aparece en la lista ni en el mapa, y su página queda oculta para los demás.
group-who-sees = Quién puede verlo y unirse
group-where = Dónde se reúne
group-where-help = Deja la ciudad vacía si el grupo no tiene un lugar. Con coordenadas, el grupo aparece en el mapa (salvo si es privado).
group-create = Crear un grupo
group-create-lead = Serás su fundador y primer administrador.
group-create-send = Crear el grupo
group-edit-title = Editar { $group }
group-save = Guardar el grupo
group-archive-title = Archivar el grupo
group-archive-what = Un grupo archivado no aparece en la lista ni en el mapa, y nadie puede unirse. Sus miembros y objetos se quedan, y puedes reabrirlo.
group-archive = Archivar este grupo
group-archive-confirm = ¿Archivar este grupo?
group-reopen-title = Reabrir el grupo
group-reopen-what = Este grupo está archivado. Reábrelo para que vuelva a aparecer.
group-reopen = Reabrir este grupo
picker-find-place = Buscar un lugar
picker-placeholder = un pueblo o una ciudad
picker-title = Mapa: haz clic en un lugar para rellenar su latitud y longitud
picker-zoom-in = Acercar
picker-zoom-out = Alejar
picker-help = Haz clic en el mapa para rellenar las coordenadas; acerca la vista (con la rueda o +) y arrastra para situarlo hasta la calle; luego ajústalas si hace falta.
picker-unknown = No conocemos ningún pueblo ni ciudad con ese nombre.
picker-failed = No se ha podido buscar el lugar; escribe las coordenadas.
invite-people = Invitar a gente
invite-link-what = Un enlace permite a quien lo tenga ver este grupo y unirse al momento. Compártelo por mensaje o en papel; retíralo cuando ya haya cumplido.
invite-link-what-no-wait = Un enlace permite a quien lo tenga ver este grupo y unirse al momento, sin esperar aprobación. Compártelo por mensaje o en papel; retíralo cuando ya haya cumplido.
invite-valid-for = Válido durante
invite-how-many = Para cuántas personas
invite-make-link = Crear un enlace
invite-no-limit-help = 0 personas significa sin límite.
invite-uses = { $count } (sin límite)
invite-uses-of = { $count } de { $total }
invite-open = abierto
invite-expired = caducado
invite-used-up = agotado
invite-withdrawn = retirado
invite-withdraw = Retirar
invite-by-name = Invitar a un miembro por su nombre de usuario
invite = Invitar
invite-by-name-help = Encuentra la invitación en la página de su cuenta, y la acepta o la rechaza.
invite-invited = invitado
invitation = Invitación
invite-dead = Esta invitación ya no sirve
invite-dead-closed = Este grupo está cerrado.
invite-dead-expired = Esta invitación ha caducado.
invite-dead-used-up = Esta invitación se ha usado tantas veces como permitía.
invite-dead-withdrawn = Los administradores del grupo han retirado esta invitación.
invite-ask-new = Pide otra a quien te la dio.
invite-you-are-invited = Te invitan a unirte a
invite-sign-up = Crear una cuenta para unirme
invite-sign-in = Iniciar sesión para unirme
invite-come-back = Vuelves aquí en cuanto entres.
invite-already-member = Eres miembro.
invite-go-to-group = Ir al grupo
invite-cannot-join = No puedes unirte a este grupo.
invite-join = Unirme a { $group }
request-yours = Tu solicitud para entrar en { $group }
request-theirs = Solicitud de { $name } para entrar en { $group }
request-state = Estado de la solicitud: { $state }.
request-pending = esperando respuesta
request-approved = aprobada: ya es miembro
request-banned = entrada vetada en el grupo
request-write-admins = Escribe aquí a los administradores del grupo: lo leen y responden aquí.
request-answer-on = Apruébala o recházala en { $link }.
request-the-page = la página del grupo

# El perfil de un miembro y el progreso hacia una insignia.
stat-points = puntos
stat-trust = confianza
stat-rating = valoración media
profile-in-numbers = En cifras
figure-items-shared = Objetos compartidos
figure-items-lent = Objetos prestados
figure-items-borrowed = Objetos tomados prestados
figure-on-time = Devoluciones a tiempo
figure-late = Devoluciones tardías
figure-reviews-received = Reseñas recibidas
figure-reviews-given = Reseñas escritas
figure-groups-joined = Grupos a los que se unió
profile-no-badges = Aún no tiene insignias.
profile-earned = conseguida el { $date }
profile-since = miembro desde el { $date }
profile-yours = Este es tu perfil público.
profile-edit-account = Editar tu cuenta
profile-ranks = Puestos
profile-off-boards = Este miembro ha preferido no salir en las clasificaciones.
profile-score = puntuación { $score }
profile-see-boards = Ver las clasificaciones
profile-no-reviews = Aún no hay reseñas.
profile-no-items = Nada compartido que puedas ver.
profile-newest-of = Los { $count } más nuevos de { $total }.
stars-label = { $rating } de 5
review-as-borrower = como prestatario, de { $person }
review-as-lender = como prestador, de { $person }
progress-sign-in = { $link } para ver cuánto te falta para esta insignia.
progress-earned = Ya tienes esta insignia.
progress-yours = Tu progreso
progress-any-one = Cualquiera de estas la consigue.
progress-items-shared = { $have } / { $need } objetos compartidos
progress-items-borrowed = { $have } / { $need } objetos tomados prestados
progress-items-lent = { $have } / { $need } objetos prestados
progress-groups-joined = { $have } / { $need } grupos
progress-reviews-given = { $have } / { $need } reseñas escritas
progress-reviews = Reseñas recibidas: { $have } / { $need }
progress-rating-rule = Se consigue con una valoración media de { $rating } o más de las personas a las que prestas y de las que tomas prestado, con al menos { $reviews ->
    [one] { $reviews } reseña
   *[other] { $reviews } reseñas
}.
progress-no-reviews = Aún no tienes reseñas.
progress-rating-now = Tu media ahora: { $rating } con { $reviews ->
    [one] { $reviews } reseña
   *[other] { $reviews } reseñas
}.
progress-trust-rule = Se consigue con una confianza de { $score } o más. La confianza empieza en 50, sube con buenas valoraciones y préstamos devueltos a tiempo, y baja con las devoluciones tardías.
progress-trust-now = Tu confianza: { $score } / { $need }
progress-granted = Esta insignia no se cuenta sola: la administración del sitio la concede a quien hace lo que describe.
badge-secret-note = Una insignia secreta: solo la ve quien la ha conseguido.

# Crear cuenta, entrar, la primera puesta en marcha y la cuenta de un miembro.
field-email = Correo electrónico
field-login = Nombre de usuario o correo
field-password = Contraseña
field-your-password = Tu contraseña
field-new-password = Contraseña (al menos 8 caracteres)
field-password-again = Repite la contraseña
field-first-name = Nombre (opcional)
field-last-name = Apellidos (opcional)
field-first-name-plain = Nombre
field-last-name-plain = Apellidos
field-current-password = Contraseña actual
field-current-password-email = Contraseña actual (solo para cambiar el correo)
field-new-password-change = Contraseña nueva (al menos 8 caracteres)
field-new-password-again = Repite la contraseña nueva
password-not-same = las dos contraseñas no coinciden
password-wrong-current = tu contraseña actual no es correcta
password-for-email = para cambiar tu correo, escribe también tu contraseña actual
setup-title = Puesta en marcha
setup-welcome = Te damos la bienvenida a Comuniza
setup-lead = Este sitio aún no tiene miembros. Crea la primera cuenta: será la de administración del sitio.
setup-create = Crear la cuenta de administración
setup-locked = Este sitio se está poniendo en marcha
setup-no-admin = Aún no tiene administración.
setup-if-you-run = Si llevas este servidor: abre el enlace de puesta en marcha que escribió en su registro al arrancar (termina en { $link }; mira { $journal } o { $docker }), o crea la cuenta de administración desde la línea de órdenes:
setup-come-back = Si no lo llevas tú: vuelve más tarde.
signup-title = Crear una cuenta
signup-already = ¿Ya eres miembro? { $link }.
signup-username-help = De 3 a 50 letras, cifras, - o _. En la página de tu cuenta eliges quién lo ve.
signup-send = Crear mi cuenta
signin-new-here = ¿Eres nuevo? { $link }.
signin-enter-both = Escribe tu nombre de usuario (o correo) y tu contraseña.
signin-wrong = Ese nombre de usuario y esa contraseña no coinciden.
signin-inactive = Esta cuenta no está activa. Pide a la administración del sitio que la reactive.
account-title = Tu cuenta
account-signed-in-as = Has entrado como { $name }. { $profile } ({ $who }).
account-see-profile = Ver tu perfil
account-who-sees-it = quién lo ve
account-profile = Perfil
account-save-profile = Guardar el perfil
account-change-password = Cambiar la contraseña
account-password-help = Al cambiarla se cierra la sesión en todos tus otros dispositivos y se revocan tus tokens de acceso.
account-mail = Avisos por correo
account-mail-help = Elige qué avisos te llegan también por correo, uno a uno o en un resumen diario: { $link }.
account-mail-link = ajustes de correo
account-data = Tus datos
account-data-help = Todo lo que este sitio guarda sobre ti (tu cuenta, objetos, préstamos, reseñas, insignias y puntos) en un solo archivo JSON.
account-data-download = Descargar mis datos
tokens-title = Tokens de acceso a la API
tokens-help = Un token permite a un programa actuar en tu nombre a través de la API JSON ({ $header }, solo bajo { $path }). Trátalo como una contraseña. Cambiar tu contraseña, cerrar todas las sesiones o que la administración cierre tu sesión revoca todos los tokens.
tokens-new = Tu token nuevo { $name }: cópialo ahora, solo se muestra una vez:
tokens-none = No tienes tokens.
tokens-starts-with = Empieza por
tokens-created = Creado
tokens-revoke = Revocar
tokens-name = Nombre del token
tokens-name-example = app del móvil
tokens-create = Crear un token
sessions-title = Sesiones
sessions-help = ¿Has perdido el móvil o entraste en un ordenador compartido? Cierra la sesión en todos los navegadores a la vez; tus tokens de acceso también se revocan.
sessions-sign-out-all = Cerrar todas las sesiones
picture-title = Foto
picture-yours = Tu foto
picture-help = Se muestra junto a tu nombre a quien pueda verlo (según tu privacidad, más abajo). Se quitan la ubicación y los datos de la cámara.
picture-field = Una foto (JPEG, PNG o WebP, hasta 15 MB)
picture-change = Cambiar la foto
picture-add = Añadir una foto
picture-remove = Quitar la foto
picture-choose-one = elige una foto
privacy-title = Privacidad
privacy-who = Quién puede ver mi perfil y mi nombre
profile-public = Público
profile-public-help = Cualquiera puede ver tu perfil y tu nombre, haya entrado o no.
profile-groups = Miembros de mis grupos
profile-groups-help = Solo quien está en un grupo contigo ve tu perfil y tu nombre. Los demás ven «un miembro».
profile-partners = Personas a las que he prestado o que me han prestado
profile-partners-help = Solo las personas cuya solicitud aceptaste, o que aceptaron la tuya, ven tu perfil y tu nombre.
privacy-off-boards = No salir en las clasificaciones (mi puesto y mi puntuación se quedan, como «un miembro»)
privacy-save = Guardar la privacidad
privacy-now = Lo que ven los demás ahora
privacy-col-who = Quién
privacy-col-profile = Tu perfil y nombre
privacy-col-boards = Las clasificaciones
privacy-anyone = Cualquiera, haya entrado o no
privacy-your-groups = Miembros de tus grupos
privacy-count-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
privacy-your-partners = Personas a las que prestaste o que te prestaron
privacy-count-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
privacy-other-person = La otra persona de cada uno de tus préstamos
privacy-on-that-loan = tu nombre, en ese préstamo y en el objeto
privacy-you-staff = Tú y la administración del sitio
privacy-everything = todo
privacy-name-profile = tu nombre y tu perfil
privacy-your-name = tu nombre
privacy-a-member = «un miembro»
privacy-figures = La privacidad oculta tu nombre, nunca tus cifras: tus puestos, puntuaciones e insignias son iguales para todos.
privacy-choose = Elige quién puede ver tu perfil.
contact-title = Contacto en los préstamos
contact-help = La persona a la que prestas o que te presta puede acordar la entrega más fácilmente si puede escribirte. Tu correo nunca se muestra en tu perfil, en las listas ni a nadie más.
contact-show = Mostrar mi correo a la otra persona de cada uno de mis préstamos
zone-title = Zona horaria
zone-now = Las fechas y horas de tus páginas se muestran en ella. Ahora son las { $time } allí.
zone-mine = Mi zona horaria
zone-sites = La del sitio ({ $zone })
invitations-title = Invitaciones a grupos
invited-by = invitación de { $by }
invited-by-an-admin = un administrador del grupo
invitation-accept = Aceptar y unirme
delete-title = Borrar tu cuenta
delete-cannot-undo = No se puede deshacer. { $link } antes si quieres guardarlos.
delete-download = Descarga tus datos
delete-removed = Se quitan el nombre, el correo, la contraseña y el perfil, y terminan todas las sesiones y tokens de acceso.
delete-items = Los objetos se archivan; las solicitudes hechas se retiran y las solicitudes de sus objetos se rechazan.
delete-groups = Terminan todas las membresías de grupos. { $who ->
    [you] Un grupo que fundaste
   *[they] Un grupo que fundó
} pasa a su administrador más antiguo (o a un miembro, hecho administrador); uno sin nadie más se archiva.
delete-records = Los préstamos, reseñas, insignias y puntos se quedan, como «Antiguo miembro», para que los registros de los demás sigan siendo correctos.
delete-open-first = { $first } (la otra persona espera el objeto o su devolución):
delete-finish-first = Termina antes los préstamos aún abiertos
delete-understand = Entiendo que mi cuenta se borra para siempre
delete-send = Borrar mi cuenta
delete-tick = marca la casilla para confirmar que quieres borrar tu cuenta
deleted-title = Tu cuenta está borrada
deleted-lead = Gracias por compartir con tus vecinos. Tu nombre ya no está en el sitio; los préstamos en los que participaste se quedan, como «Antiguo miembro».
deleted-page = Cuenta borrada
renamed-page = Bienvenida
renamed-title = Te damos la bienvenida al nuevo sitio
renamed-now = Tu nombre de usuario aquí es { $name }.
renamed-old = En el sitio anterior era { $name }, que no se pudo mantener tal cual: aquí los nombres de usuario se hacen con letras, cifras, _ y -, y dos no pueden diferir solo en mayúsculas.
renamed-sign-in = Entra con él o con tu correo, como antes. Puedes ver tu cuenta cuando quieras en { $link }.
renamed-account-page = la página de tu cuenta
renamed-continue = Continuar
mail-lead = Todo está en tu { $inbox } de este sitio. Elige qué te llega también por correo a { $email } (cámbialo en { $account }).
mail-inbox = bandeja de avisos
mail-your-account = tu cuenta
mail-off = Este sitio aún no envía correos: quien lo aloja no ha configurado un servidor de correo. Tus elecciones se guardan para cuando lo haga.
mail-by-email = Por correo
mail-digest-when = El resumen diario llega una vez al día, a partir de las 8:00 en tu zona horaria, con lo que aún no has leído.
mail-not-a-choice = { $kind }: no es una opción
mail-choice-off = Sin correo
mail-choice-each = Un correo cada vez
mail-choice-digest = En un resumen diario
mail-kind-request = Alguien pide prestada una cosa tuya
mail-kind-request-waiting = Una solicitud lleva 3 días esperando tu respuesta
mail-kind-approved = Aceptan tu solicitud
mail-kind-rejected = Rechazan tu solicitud o termina
mail-kind-cancelled = Retiran una solicitud de una cosa tuya
mail-kind-first = Tu solicitud es la primera de la cola
mail-kind-pickup = Empieza un préstamo (se entrega la cosa)
mail-kind-given-back = Te han devuelto una cosa: confírmalo
mail-kind-returned = Quien presta confirmó la devolución
mail-kind-extension = Alguien pide más tiempo
mail-kind-extension-answer = La respuesta a tu petición de más tiempo
mail-kind-due-soon = Un préstamo vence en dos días
mail-kind-due-today = Un préstamo vence hoy
mail-kind-overdue = Un préstamo está vencido
mail-kind-message = Un mensaje sobre un préstamo o una solicitud para entrar
mail-kind-review = Alguien te ha reseñado
mail-kind-join-request = Alguien pide entrar en un grupo que llevas
mail-kind-join-answer = La respuesta a tu solicitud para entrar
mail-kind-invitation = Un grupo te invita
mail-kind-badge = Has conseguido una insignia
mail-kind-other = Otras novedades
mail-about = los correos sobre «{ $kind }»
mail-every = todos los correos de este sitio (resúmenes incluidos)
mail-settings = tus ajustes de correo
unsubscribe-title = Dejar de recibir correos
unsubscribe-ask = ¿Dejar de enviar { $what } a { $email }? Tus avisos siguen en tu bandeja del sitio.
unsubscribe-send = Dejar de recibirlos
unsubscribe-change = Puedes cambiarlo, y cualquier otra elección, en { $link } cuando entres.
unsubscribed-page = Hecho
unsubscribed-title = Hecho
unsubscribed-what = Ya no se envían { $what } a { $email }.
unsubscribed-again = ¿Has cambiado de idea? Vuelve a elegir en { $link }.

# Avisos: la bandeja y las palabras de cada uno (también en correos y en la API).
notices-title = Avisos
notices-mark-all = Marcar todo como leído
notices-none-unread = Nada sin leer.
notices-unread = { $count ->
    [one] { $count } aviso sin leer.
   *[other] { $count } avisos sin leer.
}
notices-which-by-mail = ¿Cuáles llegan por correo?
notices-nothing-yet = Nada aún: aquí llegan las solicitudes de tus cosas, las respuestas a las tuyas y las novedades de tus grupos.
notices-new = nuevo
notices-mark-read = Marcar como leído
notice-someone = Alguien
notice-former-member = Un antiguo miembro
notice-a-member = Un miembro
notice-an-item = un objeto
notice-a-group = un grupo
notice-a-badge = una insignia
notice-quoted = «{ $name }»
notice-loan-request = { $who } pide prestado { $item }.
notice-loan-approved = { $who } ha dicho que sí: { $item } te queda prometido.
notice-loan-pickup = { $who } te ha entregado { $item }: el préstamo ha empezado.
notice-given-back = { $who } ha devuelto { $item }: confírmalo cuando lo tengas.
notice-returned = { $who } ha confirmado que { $item } ha vuelto. Ya puedes reseñar el préstamo.
notice-declined = { $who } ha rechazado tu solicitud de { $item }.
notice-ended-unshared = Tu solicitud de { $item } ha terminado: ya no se comparte.
notice-withdrew = { $who } ha retirado la solicitud de { $item }.
notice-withdrawn = Se ha retirado la solicitud de { $item }.
notice-more-time = { $who } pide más tiempo con { $item }.
notice-more-time-yes = { $who } te ha dado más tiempo con { $item }.
notice-more-time-no = { $who } no te ha dado más tiempo con { $item }.
notice-overdue = { $item } está vencido: devuélvelo o pide más tiempo.
notice-due-soon = { $item } se devuelve el { $date }: devuélvelo o pide más tiempo.
notice-due-soon-undated = { $item } se devuelve pronto: devuélvelo o pide más tiempo.
notice-due-today = { $item } se devuelve hoy.
notice-request-waiting = La solicitud de { $who } para { $item } lleva 3 días esperando tu respuesta.
notice-review = { $who } te ha reseñado tras el préstamo de { $item }.
notice-first-in-queue = { $item } vuelve a estar libre y tu solicitud es la primera: quien lo presta ya puede decir que sí.
notice-join-request = { $who } pide entrar en { $group }.
notice-join-yes = Ya eres miembro de { $group }.
notice-join-no = Se ha rechazado tu solicitud para entrar en { $group }.
notice-invitation = { $who } te invita a unirte a { $group }.
notice-badge = Has conseguido la insignia { $badge }.
notice-message-loan = { $who } te ha escrito sobre { $item }.
notice-message-your-request = { $who } ha escrito sobre tu solicitud para entrar en { $group }.
notice-message-their-request = { $who } ha escrito sobre su solicitud para entrar en { $group }.
notice-message-request-of = { $who } ha escrito sobre la solicitud de { $name } para entrar en { $group }.
notice-message-a-request = { $who } ha escrito sobre una solicitud para entrar en un grupo.
mail-digest-subject = { $count ->
    [one] { $count } aviso nuevo en { $site }
   *[other] { $count } avisos nuevos en { $site }
}
mail-stop-digests = Dejar de recibir estos resúmenes y cualquier otro correo
mail-stop-these = Dejar de recibir correos como este
mail-why = { $site }. Recibes este correo por { $settings }
mail-your-settings = tus ajustes de avisos

# Compartir y editar un objeto, y sus fotos.
item-share = Compartir un objeto
item-edit = Editar el objeto
item-edit-title = Editar { $item }
field-title = Título
field-longest-loan = Préstamo más largo, en días
item-lent-now-help = Ahora está prestado y aparece como prestado hasta que vuelva.
visibility-public-help = Lo ve todo el mundo, también quien no ha entrado.
visibility-restricted-help = Solo lo ven, y pueden pedirlo, los miembros activos de los grupos marcados abajo.
visibility-private-help = Solo lo ves tú; nadie puede pedirlo prestado.
item-groups-shared = Grupos con los que se comparte
item-no-group = Aún no eres miembro activo de ningún grupo: { $link }.
item-find-group = busca un grupo
item-photos-field = Fotos (opcional: hasta { $count }, JPEG, PNG o WebP; puedes añadir más luego)
item-photos-again = Si elegiste fotos, vuelve a elegirlas.
item-archive-it = Archivarlo: nadie más lo ve (puedes recuperarlo aquí)
item-archive-declines = { $count ->
    [one] Al archivarlo se rechaza la { $count } solicitud que lo espera.
   *[other] Al archivarlo se rechazan las { $count } solicitudes que lo esperan.
}
item-save = Guardar los cambios
item-share-send = Compartirlo
photos = Fotos
photo-choose = Elige una foto
photo-number = Foto { $number }
photo-number-of = { $number } de { $total }
photos-count = { $count } de { $total }. La primera es la que se ve en las listas.
photos-space-of = Las fotos de quien lo presta ocupan { $used } de { $total }.
photos-space = Las fotos de quien lo presta ocupan { $used }.
photo-primary = Foto principal
photo-describe = Descríbela (para quien no puede verla)
photo-save-text = Guardar el texto
photo-make-primary = Hacer principal
photo-earlier = Antes
photo-later = Después
photo-move-earlier = Mover la foto { $number } antes
photo-move-later = Mover la foto { $number } después
photo-delete = Borrar
photo-delete-number = Borrar la foto { $number }
photos-add-field = { $count ->
    [one] Añadir fotos (JPEG, PNG o WebP, hasta 15 MB cada una; queda { $count })
   *[other] Añadir fotos (JPEG, PNG o WebP, hasta 15 MB cada una; quedan { $count })
}
photos-add = Añadir fotos
photos-stripped = Se quitan la ubicación y los datos de la cámara de cada foto.
photos-full = Borra una para añadir otra.
photos-choose = elige al menos una foto

# Páginas de la administración.
settings-texts-in = En cada idioma
settings-texts-in-help = Lo que ven, en lugar de los textos de arriba, los miembros que leen en un idioma. Deja un campo vacío para mostrar el texto de arriba.
badge-texts-help = El nombre y la descripción de la insignia tal como los ven los miembros que leen cada idioma. Deja un campo vacío para mostrar los de la insignia.
badge-description = Descripción
admin-sections = Secciones de la administración
admin-overview = Resumen
admin-badges = Insignias y logros
admin-badges-about = Crea y edita insignias y las reglas que las conceden.
admin-categories = Categorías
admin-categories-about = Los tipos de cosas que comparten los miembros: añádelos, renómbralos, anídalos y archívalos.
admin-grants = Concesiones y puntos
admin-grants-about = Da una insignia a mano, o suma o quita puntos.
admin-users = Usuarios
admin-users-about = Busca miembros por nombre de usuario; activa, desactiva, permisos de administración, cierre de sesión.
admin-groups = Grupos
admin-groups-about = Archiva o recupera grupos.
admin-reports = Mensajes denunciados
admin-reports-about = Mensajes que los miembros han denunciado a la administración, con sus notas.
admin-settings = Ajustes del sitio
admin-settings-about = El nombre, el lema y la bienvenida del sitio, en cada idioma; su zona horaria, su idioma y sus límites.
admin-system = Caché y almacenamiento
admin-system-about = Aciertos de la caché L1, entradas y bytes, latencia de escritura, tamaño del archivo de datos, la bandeja de salida de correo.
admin-lead = Lleva la comunidad: sus insignias, miembros, grupos y ajustes.
admin-at-a-glance = De un vistazo
admin-count-users = { $count ->
    [one] usuario
   *[other] usuarios
}
admin-count-loans = { $count ->
    [one] préstamo
   *[other] préstamos
}
admin-count-open-loans = { $count ->
    [one] préstamo abierto
   *[other] préstamos abiertos
}
admin-count-badges = { $count ->
    [one] insignia
   *[other] insignias
}
start-title = Primeros pasos
start-left = Quedan { $count } de { $total } pasos.
start-done = Hecho:
start-name = { $link } y escribe su bienvenida.
start-name-link = Ponle nombre al sitio
start-categories = { $link } para las cosas que comparten los miembros (herramientas, libros, juegos...).
start-categories-link = Añade categorías
start-badges = Añade insignias: crea las tuyas en { $link }, o empieza con el conjunto estándar:
start-badges-standard = Añadir las insignias estándar
start-group = { $link } para tu barrio.
start-group-link = Crea un primer grupo
start-invite = Invita a miembros: comparte la dirección del sitio, o el enlace de invitación de un grupo desde su página.
settings-site-name = Nombre del sitio (en el menú y los títulos; vacío: Comuniza)
settings-tagline = Lema (bajo el nombre en la página de inicio)
settings-welcome = Mensaje de bienvenida (en la página de inicio)
settings-zone = Zona horaria (las fechas y horas se muestran en ella; cada miembro puede elegir la suya)
settings-language = Idioma (de los visitantes cuyo navegador no pide ninguno de los que ofrece el sitio)
settings-language-none = Ninguno: el primero ofrecido ({ $language })
settings-limits = Límites
settings-limits-help = Lo que un miembro puede crear, para que nadie pueda inundar las páginas del sitio. 0 significa sin límite; la administración nunca tiene límites.
settings-photos = Almacenamiento de fotos
settings-photos-help = Las fotos se guardan dentro del archivo de datos, así que una copia de seguridad también las copia. Estos valores limitan cuánto pueden ocupar.
settings-save = Guardar los ajustes
limit-items = Objetos nuevos por miembro y día
limit-groups = Grupos nuevos por miembro y día
limit-loan-requests = Solicitudes de préstamo por miembro y día
limit-signups = Altas por dirección y hora
limit-downloads = Descargas de sus datos por miembro y día
limit-messages = Mensajes por miembro y hora
limit-photo-uploads = Subidas de fotos por miembro y hora (cada una de hasta seis fotos)
quota-member = Fotos por miembro, en MB (0: sin límite)
quota-site = Fotos de todo el sitio, en MB (0: sin límite)

# Rechazos: por qué no se hizo algo.
not-found = { $what ->
    [item] no se encuentra el objeto
    [loan] no se encuentra el préstamo
    [group] no se encuentra el grupo
    [badge] no se encuentra la insignia
    [user] no se encuentra el usuario
    [member] no se encuentra el miembro
    [photo] no se encuentra la foto
    [invitation] no se encuentra la invitación
    [conversation] no se encuentra la conversación
    [message] no se encuentra el mensaje
    [notification] no se encuentra el aviso
    [category] no se encuentra la categoría
    [achievement] no se encuentra el logro
    [report] no se encuentra la denuncia
    [page] no se encuentra la página
    [session] no se encuentra la sesión
    [token] no se encuentra el token
    [membership] no se encuentra la membresía
    [image] no se encuentra la imagen
    [file] no se encuentra el archivo
    [link] no se encuentra el enlace
    [mail] no se encuentra el correo
   *[other] no se encuentra lo que buscas
}
error-too-large-mb = la petición es demasiado grande (como mucho { $size } MB): envía menos fotos o más pequeñas
error-too-large-kib = la petición es demasiado grande (como mucho { $size } KiB)
error-storage = el servidor no puede guardar cambios ahora: su disco está lleno o no admite escritura. No se ha cambiado nada. Vuelve a intentarlo más tarde; ya se ha avisado a quien aloja el sitio
error-server = algo ha fallado en el servidor; vuelve a intentarlo
refuse-own-item = no puedes pedir prestado un objeto tuyo
refuse-withdrawn = este objeto se ha retirado
refuse-not-lending = quien lo presta no lo está prestando ahora
refuse-already-asked = ya tienes una solicitud o un préstamo de este objeto
refuse-not-your-step = solo { $by ->
    [lender] quien presta
   *[borrower] quien pide prestado
} puede dar este paso del préstamo
refuse-step-now = este préstamo no admite ese paso en su estado actual
refuse-queued = el objeto está prestado o prometido a otra persona: esta solicitud espera en la cola hasta que vuelva
refuse-review-early = un préstamo se puede reseñar cuando se ha devuelto
refuse-reviewed = ya has reseñado este préstamo
refuse-admins-only = solo la administración del grupo puede hacer esto
refuse-owner-only = solo quien fundó el grupo o la administración del sitio pueden hacer esto
refuse-group-closed = este grupo está cerrado
refuse-banned = tienes vetada la entrada a este grupo
refuse-join-waiting = tu solicitud para entrar espera aprobación
refuse-already-member = ya eres miembro de este grupo
refuse-owner-leaves = quien fundó el grupo no puede salir de él
refuse-owner-moderated = no se puede moderar a quien fundó el grupo
refuse-membership-change = ese cambio no se aplica a esta membresía
error-sign-in = primero inicia sesión
error-bad-token = el token de acceso no es válido (revocado, mal escrito, o su cuenta no está activa)
error-token-on-page = un token de acceso solo abre la API JSON (direcciones bajo /api/); para usar las páginas del sitio, entra con tu contraseña en un navegador
error-too-many = demasiados intentos; espera { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} y vuelve a intentarlo
error-limit = { $limit ->
    [limit_items_per_day] objetos nuevos
    [limit_groups_per_day] grupos nuevos
    [limit_loan_requests_per_day] solicitudes de préstamo
    [limit_signups_per_hour] cuentas nuevas
    [limit_data_downloads_per_day] descargas de tus datos
    [limit_messages_per_hour] mensajes
   *[limit_photo_uploads_per_hour] subidas de fotos
}: este sitio permite como mucho { $count } por { $per ->
    [hour] hora
   *[day] día
} { $limit ->
    [limit_signups_per_hour] desde una misma dirección
   *[other] y miembro
}; espera { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} y vuelve a intentarlo
error-bad-csrf = no se ha podido aceptar este formulario: falta su token de seguridad o está caducado. Vuelve atrás, recarga la página y envíalo otra vez
refuse-more-time-borrower = solo quien pide prestado puede pedir más tiempo
refuse-more-time-lender = solo quien presta puede responder a una petición de más tiempo
refuse-more-time-not-lent = se puede pedir más tiempo mientras el objeto está prestado
refuse-more-time-over = el préstamo ya no está activo: no hay nada que alargar
refuse-more-time-asked = ya has pedido más tiempo
refuse-more-time-nothing = no hay ninguna petición de más tiempo que responder
refuse-closed-invite = este grupo está cerrado: reábrelo para invitar a gente
refuse-member-in-group = ese miembro ya está en el grupo
refuse-member-invited = ese miembro ya está invitado
refuse-item-owner-only = solo quien presta el objeto puede editarlo
refuse-lent-withdrawn = un objeto prestado no se puede retirar
refuse-member-banned = este miembro tiene vetada la entrada al grupo
refuse-report-own = no puedes denunciar tu propio mensaje
refuse-reported = ya has denunciado este mensaje
refuse-delete-own = solo puedes borrar tu propia cuenta
refuse-signed-in = esto necesita un miembro que haya entrado
refuse-staff-only = solo la administración puede hacer esto
refuse-inactive = esta cuenta no está activa
refuse-picture-own = solo el propio miembro puede elegir su foto
refuse-photos-owner = solo quien presta el objeto puede cambiar sus fotos
refuse-email-taken = esa dirección de correo ya está registrada
refuse-username-taken = ese nombre de usuario ya está cogido
refuse-profile-own = solo puedes editar tu propio perfil
refuse-password-own = solo puedes cambiar tu propia contraseña

invalid = { $field ->
    [title] Título
    [description] Descripción
    [name] Nombre
    [username] Nombre de usuario
    [email] Correo electrónico
    [password] Contraseña
    [first_name] Nombre
    [last_name] Apellidos
    [city] Ciudad
    [country] País
    [latitude] Latitud
    [longitude] Longitud
    [max_loan_days] Préstamo más largo
    [rating] Valoración
    [comment] Comentario
    [request_message] Mensaje
    [body] Mensaje
    [note] Nota
    [days] Días
    [max_uses] Para cuántas personas
    [category] Categoría
    [groups] Grupos
    [visibility] Quién lo ve
    [photos] Fotos
    [slug] Nombre corto
    [icon] Icono
    [points] Puntos
    [display_order] Orden
    [trigger_type] Desencadenante
    [threshold_value] Umbral
    [conditions] Condiciones
    [transaction_type] Tipo de puntos
    [parent] Categoría superior
    [from] Categoría que se fusiona
    [into] Categoría de destino
    [code] Enlace
    [badge] Insignia
    [lang] Idioma
    [position] Posición
    [group] Grupo
    [kind] Tipo
    [status] Disponibilidad
    [condition] Estado de conservación
   *[other] { $label }
}: { $reason }
invalid-username-length = debe tener de 3 a 50 caracteres
invalid-username-chars = solo puede tener letras, cifras, «_» y «-»
invalid-required = es obligatorio
invalid-too-long = debe tener como mucho { $max } caracteres
invalid-email = no es una dirección de correo válida
invalid-too-short = debe tener al menos { $min } caracteres
invalid-whole-number = debe ser un número entero
invalid-choice = no es una de las opciones
invalid-both-coordinates = indica latitud y longitud, o ninguna de las dos
invalid-city-with-coordinates = es obligatoria cuando el grupo tiene coordenadas
invalid-days = elige de 1 a { $max } días
invalid-range = debe ser de 1 a { $max }
invalid-status-borrowed = pasa a «prestado» con los préstamos, no a mano
invalid-category = no es una categoría
invalid-groups-member = solo puede nombrar grupos de los que eres miembro activo
invalid-restricted-group = un objeto restringido necesita al menos un grupo
invalid-photo-twice = esa foto ya está en este objeto
invalid-empty-message = está vacío: escribe algo primero
invalid-rating = debe ser un número entero del 1 al 5
refuse-admins-edit = solo la administración del grupo puede editarlo
users-starts-with = El nombre de usuario empieza por
users-none = Ningún nombre de usuario empieza así.
users-showing = Se muestran { $count }.
users-showing-first = Se muestran { $count } (los primeros { $count }; escribe más del nombre para acotar).
users-user = Usuario
users-joined = Alta
users-deleted = borrada
users-active = activa
users-inactive = inactiva
users-staff = administración
users-deactivate = Desactivar
users-activate = Activar
users-remove-staff = Quitar de la administración
users-make-staff = Hacer administración
users-delete = Borrar la cuenta
users-delete-title = Borrar la cuenta de { $name }
users-delete-lead = Para un miembro que lo ha pedido. No se puede deshacer.
users-delete-asked = El miembro ha pedido que se borre su cuenta
users-delete-send = Borrar la cuenta
users-back = Volver a los usuarios
users-delete-page = Borrar una cuenta
users-delete-tick = marca la casilla para confirmar que el miembro lo ha pedido
admin-groups-lead = Un grupo archivado no admite miembros nuevos ni solicitudes de préstamo y sale del mapa; recuperarlo lo devuelve tal como estaba.
page-back-first = Volver a la primera página
admin-col-group = Grupo
admin-col-place = Lugar
admin-archive = Archivar
admin-restore = Recuperar
reports-in-loan = la conversación de un préstamo (préstamo { $number })
reports-in-join = una solicitud para entrar en un grupo
reports-in-other = una conversación
reports-none-waiting = Ninguna denuncia te espera.
reports-waiting = { $count } en espera.
reports-private = Las conversaciones son privadas: la administración solo ve los mensajes que los miembros le denuncian.
reports-none = No se ha denunciado nada.
reports-meta = Escrito por { $author } en { $place }; denunciado por { $reporter } el { $date }.
reports-note = Su nota:
reports-dealt = Resuelta.
reports-mark-dealt = Marcar como resuelta
categories-top-choice = (ninguna: una categoría principal)
categories-choose = (elige)
categories-lead = Lo que comparten los miembros, por tipos: un objeto pertenece a una categoría. Archiva una categoría para no ofrecerla a objetos nuevos (los objetos conservan la suya).
categories-new = Categoría nueva
categories-under = Dentro de
categories-add = Añadir
categories-move-title = Mover una categoría
categories-move = Mover
categories-move-under = dentro de
categories-merge-title = Unir dos categorías
categories-merge-help = Cada objeto de la primera pasa a la segunda, también sus subcategorías, y la primera se quita. Los objetos de los miembros no cambian en nada más.
categories-merge = Unir
categories-merge-into = con
categories-none = Aún no hay categorías.
categories-offered = Ofrecida
categories-offered-check = ofrecida
categories-top = (principal)
grants-badge-done = Se ha concedido la insignia.
grants-points-done = Se han registrado los puntos.
grants-badge-title = Conceder una insignia
grants-badge-help = Para insignias que ninguna regla concede (rachas, acciones especiales) o para enmendar un error. Los puntos de la insignia vienen con ella.
grants-no-badges = Aún no hay insignias: { $link }.
grants-create-first = crea una primero
grants-badge = Insignia
grants-badge-send = Conceder la insignia
grants-points-title = Ajustar puntos
grants-points-help = Suma puntos (bonificación, bonificación por racha, ganados) o quítalos (penalización, un número negativo).
grants-kind = Tipo
grants-points = Puntos (negativos para quitar)
grants-why = Por qué
grants-points-send = Registrar los puntos
bad-form-parts = el formulario tiene más de { $max } partes
bad-form-text = el formulario contiene texto que no es UTF-8 válido (un carácter que este sitio no puede leer); no se ha cambiado nada. Vuelve a escribirlo y envía el formulario desde su página
bad-form-type = esta dirección espera un formulario (application/x-www-form-urlencoded)
bad-form-unreadable = no se ha podido leer el formulario: { $why }
bad-json = no se ha podido leer el cuerpo JSON: { $why }
bad-loan-role = role debe ser lender o borrower
bad-loan-state = state debe ser open o finished
bad-no-token = ese token no existe
bad-page = page debe ser un número entero a partir de 1
bad-photo-action = elige qué hacer con la foto
bad-photos-multipart = envía las fotos como archivos multipart/form-data con el nombre "image"
bad-place-query = q: el nombre de un lugar tiene como mucho 100 caracteres
bad-search-empty = q: indica las palabras que quieres buscar
bad-search-kind = kind: una de estas opciones: items, groups, members
bad-search-long = q: como mucho { $max } bytes
bad-search-page = page: la búsqueda solo muestra sus primeras { $max } páginas
bad-yes-no = { $name } debe ser true o false
busy-member-uploads = ya estás enviando { $count } formularios con fotos: espera a que lleguen y vuelve a enviar este
busy-photos = el servidor está ocupado con otras fotos; vuelve a intentarlo dentro de un minuto
busy-signins = el servidor está ocupado comprobando otros inicios de sesión; vuelve a intentarlo dentro de unos segundos
busy-uploads = el servidor está recibiendo otras fotos; vuelve a intentarlo dentro de un minuto
conflict-badge-slug = ya existe una insignia con ese nombre corto
conflict-banned = ese miembro tiene vetada la entrada a este grupo: levántale el veto primero
conflict-code-taken = ese código de enlace ya está cogido
conflict-delete-open-loans = { $count ->
    [one] aún queda 1 préstamo abierto (prometido o prestado): termínalo primero y después borra la cuenta
   *[other] aún quedan { $count } préstamos abiertos (prometidos o prestados): termínalos primero y después borra la cuenta
}
conflict-delete-staff = no se puede borrar una cuenta de administración: quítale antes los permisos de administración
conflict-deleted-account = una cuenta borrada no se puede volver a activar
conflict-first-admin = este sitio ya tiene su primera cuenta de administración; inicia sesión
conflict-has-badge = el miembro ya tiene esta insignia
conflict-member-photos-full = con estas fotos, las del dueño ocuparían { $after } de los { $bound } que puede guardar cada miembro: borra antes algunas fotos o elige menos
conflict-open-links = este grupo ya tiene { $max } enlaces abiertos: retira uno primero
conflict-overflow = este cambio llevaría el valor { $field } de un miembro más allá del máximo que puede guardar; no se ha cambiado nada
conflict-report-dealt = esta denuncia ya se ha resuelto
conflict-site-photos-full = el almacenamiento de fotos del sitio está lleno ({ $used } de { $bound }): avisa a la administración del sitio
conflict-tokens-max = ya tienes { $max } tokens; revoca uno primero
error-body-timeout = el cuerpo de la petición no ha llegado en { $seconds } s
error-body-unreadable = no se ha podido leer la petición: { $why }
invalid-achievement-points = los puntos de logro vienen con las insignias
invalid-badge = no es una insignia
invalid-choose-category = elige una categoría
invalid-control-chars = no puede contener caracteres de control ni de cambio de dirección
invalid-coordinate = debe ser un número de -{ $limit } a { $limit } con 6 decimales como mucho
invalid-from-to = debe ser de { $min } a { $max }
invalid-groups-order = deben aparecer una sola vez cada uno, en orden ascendente
invalid-invisible = no puede contener caracteres invisibles (controles de dirección, caracteres de ancho cero)
invalid-json-object = debe ser un objeto JSON
invalid-language = elige un idioma de la lista
invalid-length = debe tener de 1 a { $max } caracteres
invalid-limit = debe ser un número entero (0: sin límite)
invalid-limit-max = debe ser como mucho { $max } (0: sin límite)
invalid-link-code = no es un código de enlace
invalid-loan-group = debe ser uno de los grupos del objeto de los que eres miembro
invalid-megabytes = debe ser un número entero de MB
invalid-megabytes-max = debe ser como mucho { $max } MB
invalid-merge-archived = esa categoría está archivada: vuelve a ofrecerla primero
invalid-merge-same = elige otra categoría con la que unirla
invalid-min-reviews = min_reviews debe ser un número entero igual o mayor que 0
invalid-name-username = tu nombre no puede ser el nombre de usuario de otro miembro
invalid-one-of = debe ser una de estas opciones: { $list }
invalid-own-ancestor = haría que una categoría quedara dentro de sí misma
invalid-photos-fewer = un objeto tiene como mucho { $max } fotos: elige menos
invalid-photos-full = un objeto tiene como mucho { $max } fotos: borra una primero
invalid-photos-room = un objeto tiene como mucho { $max } fotos: puedes añadir { $count } más
invalid-points-nonzero = debe ser un número distinto de cero, entre -{ $max } y { $max }
invalid-role = role debe ser "lender" o "borrower"
invalid-site-language = no es un idioma del sitio
invalid-slug-chars = solo puede tener letras, cifras, «-» y «_»
invalid-slug-start = debe empezar por una letra o una cifra
invalid-threshold-type = type debe ser "rating" o "trust_score"
invalid-uses-max = debe ser como mucho { $max } (o 0 para no poner límite)
invalid-value-range = value debe ser un número de 0 a { $max }
invalid-zone = elige una zona horaria de la lista, como Europe/Lisbon
photo-named-not-added = «{ $name }» no se ha añadido: { $why }
photo-not-added = La foto no se ha añadido: { $why }
photo-refused-broken = no se puede leer la foto: { $why }
photo-refused-not-a-photo = solo se admiten fotos JPEG, PNG y WebP
photo-refused-pixels = la foto tiene { $count } megapíxeles: se admiten 40 como mucho
photo-refused-too-large = el archivo pasa de 15 MB: elige una foto más pequeña
refuse-api-anonymous = identifícate con un token de acceso personal (Authorization: Bearer)
refuse-api-session = la API de escritura pide un token de acceso personal (Authorization: Bearer); crea uno en la página de tu cuenta
refuse-create-staff = solo la administración puede crear cuentas de administración
refuse-deactivate-self = no puedes desactivar tu propia cuenta
refuse-mail-server = los correos los envía el propio servidor
refuse-reminders-server = los recordatorios los envía el propio servidor
refuse-sessions-signin = las sesiones se inician al entrar
refuse-staff-page = esta página es para la administración del sitio
refuse-unstaff-self = no puedes quitarte tus propios permisos de administración
unavailable-backup-made = no se ha podido hacer la copia de seguridad: { $why }
unavailable-backup-read = no se ha podido leer la copia de seguridad: { $why }
badge-admin-lead = Todas las insignias, también las inactivas y las secretas. Una insignia se concede con cualquiera de sus logros activos; la que no tiene logros solo se concede a mano.
badge-admin-type = Tipo
badge-admin-category = Categoría
badge-admin-points = Puntos
badge-admin-order = Orden
badge-admin-earned = La tienen
badge-admin-achievements = Logros
badge-admin-state = Estado
badge-admin-by-hand = ninguno (se concede a mano)
badge-admin-off = desactivado
badge-admin-active = activa
badge-admin-inactive = inactiva
badge-admin-new = Insignia nueva
badge-admin-create = Crear la insignia
badge-admin-all = ← Todas las insignias
badge-admin-title = Insignia: { $name }
badge-admin-public = Ver su página pública
badge-admin-edit = Editar
badge-admin-save = Guardar la insignia
badge-admin-rules-help = Las reglas que conceden esta insignia. Al cambiarlas, se concede al momento a todas las personas que ahora las cumplen.
badge-admin-achievement = Logro { $number }
badge-admin-save-achievement = Guardar el logro
badge-admin-new-achievement = Logro nuevo
badge-admin-add-achievement = Añadir el logro
badge-admin-edit-title = Editar la insignia
badge-admin-slug = Nombre corto (letras, cifras y -, se usa en su dirección)
badge-admin-description = Descripción
badge-admin-icon = Icono (un emoji o un nombre breve)
badge-admin-points-field = Puntos (se dan con la insignia)
badge-admin-order-field = Orden de aparición (los números más bajos, primero)
badge-admin-active-check = Activa (aparece en la lista y se concede)
badge-admin-secret-check = Secreta (solo la ve en la lista quien la ha conseguido)
badge-admin-trigger = Desencadenante
badge-admin-threshold = Umbral (vacío: 1)
badge-admin-conditions = Condiciones (un objeto JSON)
badge-admin-active-plain = Activo
badge-admin-triggers = Qué significa cada desencadenante
trigger-item-shared = Se concede cuando el miembro tiene compartidos al menos tantos objetos activos como indica el umbral.
trigger-loan-completed = Se concede cuando el miembro ha pedido prestados al menos tantos objetos como indica el umbral (préstamos devueltos); con las condiciones {"{"}"role": "lender"{"}"}, cuando ha prestado esa cantidad.
trigger-group-joined = Se concede cuando el miembro es miembro activo de al menos tantos grupos como indica el umbral.
trigger-review-given = Se concede cuando el miembro ha escrito al menos tantas reseñas como indica el umbral.
trigger-threshold-reached = Se concede por reputación: condiciones {"{"}"type": "rating", "value": 4.5, "min_reviews": 3{"}"} (valoración media de al menos value, con al menos min_reviews reseñas) o {"{"}"type": "trust_score", "value": 80, "min_reviews": 0{"}"}.
trigger-by-hand = Nunca se concede automáticamente: la administración la concede a mano.
size-b = { $n } B
size-kib = { $n } KiB
size-mib = { $n } MiB
size-gib = { $n } GiB
size-tib = { $n } TiB
size-percent = { $n } %
sys-lead = Contadores desde que arrancó el servidor.
sys-l1 = Caché L1
sys-l1-help = Respuestas ya preparadas en tres segmentos: hot (clasificaciones, lista de insignias, mapa), warm (páginas de insignias), cold (perfiles). Cada escritura invalida exactamente lo que ha cambiado.
sys-hit-ratio = Tasa de aciertos
sys-entries-of-capacity = Entradas / capacidad
sys-bytes-held = Bytes ocupados
sys-l1-caption = Contadores de la caché L1 por segmento
sys-segment = Segmento
sys-hits = Aciertos
sys-misses = Fallos
sys-fills = Cargas
sys-dropped = Cargas descartadas
sys-invalidations = Invalidaciones
sys-evictions = Expulsiones LRU
sys-entries = Entradas
sys-bytes = Bytes
sys-capacity = Capacidad
sys-off = desactivado
sys-writer = Escritura
sys-writer-help = Un único proceso de escritura guarda juntas las órdenes en cola (group commit).
sys-per-commit = Órdenes por escritura
sys-last = última
sys-average = media
sys-max = máxima
sys-commits = Escrituras
sys-commands = Órdenes
sys-refused = Órdenes rechazadas
sys-avg-latency = Latencia media de escritura
sys-last-latency = Latencia de la última escritura
sys-last-batch = Tamaño del último lote
sys-max-batch = Tamaño del lote más grande
sys-file = Archivo de datos
sys-size = Tamaño
sys-size-value = { $size } ({ $bytes } bytes)
sys-unknown = desconocido
sys-path = Ruta
sys-photos = Fotos
sys-stored = Almacenadas
sys-stored-value = { $count ->
    [one] { $size } en 1 archivo
   *[other] { $size } en { $count } archivos
}
sys-of-file = ({ $percent } del archivo de datos)
sys-site-bound = Límite del sitio
sys-no-bound = sin límite
sys-used = ({ $percent } ocupado)
sys-member-bound = Límite por miembro
sys-items-photos = Objetos con fotos
sys-avatars = Miembros con foto
sys-bounds-set = Los límites se fijan en { $link }.
sys-mail = Correo
sys-mail-through = Los avisos que eligen los miembros se envían por correo a través de { $server }.
sys-mail-off = Desactivado: no hay ningún servidor de correo configurado ({ $flag }, mira el README). Los avisos se quedan en la bandeja.
sys-queued = En cola
sys-failing = Con fallos (otra vez en cola tras un rechazo)
sys-sent = Enviados (últimos 30 días)
sys-given-up = Abandonados
sys-col-mail = Correo
sys-col-to = Para
sys-col-state = Estado
sys-col-tries = Intentos
sys-col-when = Cuándo
sys-col-answer = Respuesta del servidor
sys-digest = (resumen)
sys-former = un antiguo miembro
sys-pill-queued = en cola
sys-pill-failing = con fallos, se reintentará
sys-pill-sent = enviado
sys-pill-given-up = abandonado
sys-backups = Copias de seguridad
sys-backups-every = Cada { $every } en { $dir }, guardando las { $keep } más recientes.
sys-backups-none = No hay copias programadas (arranca el servidor con { $flag }).
sys-backup-last = Última copia programada
sys-backup-result = Resultado
sys-backup-verified = verificada, { $size }, { $path }
sys-backup-failed = ha fallado:
sys-backup-help = Descarga una copia coherente del archivo de datos, comprobada antes de enviarla. Para restaurarla, detén el servidor, pon la copia en lugar del archivo de datos y vuelve a arrancar el servidor.
sys-backup-download = Descargar una copia de seguridad
duration-days = { $count ->
    [one] día
   *[other] { $count } días
}
duration-hours = { $count ->
    [one] hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] minuto
   *[other] { $count } minutos
}
duration-seconds = { $count ->
    [one] segundo
   *[other] { $count } segundos
}
status-name = { $code ->
    [400] Petición incorrecta
    [401] Hay que iniciar sesión
    [403] Prohibido
    [404] No encontrado
    [405] Método no permitido
    [408] Tiempo agotado
    [409] Conflicto
    [413] Demasiado grande
    [415] Tipo de contenido no admitido
    [422] No se puede procesar
    [429] Demasiadas peticiones
    [500] Error del servidor
    [503] No disponible
   *[other] Error
}
boards-hall = Salón de la fama
boards-hall-what = Los tres primeros de cada mes pasado, tal como acabó el mes.
trigger-period-top = Se concede al terminar un periodo a los primeros de una clasificación del sitio en ese periodo: condiciones {"{"}"board": "lending", "period": "month"{"}"} (board overall, lending o borrowing; period week, month o year) y el umbral, los puestos que ganan (1: el primero, empates incluidos). «Quien más presta del mes» es esta regla.
progress-period-top-week = Se concede al terminar cada semana { $rank ->
    [one] al primero
   *[other] a los { $rank } primeros
} de la clasificación de { $board } de esa semana (empates incluidos).
progress-period-top-month = Se concede al terminar cada mes { $rank ->
    [one] al primero
   *[other] a los { $rank } primeros
} de la clasificación de { $board } de ese mes (empates incluidos).
progress-period-top-year = Se concede al terminar cada año { $rank ->
    [one] al primero
   *[other] a los { $rank } primeros
} de la clasificación de { $board } de ese año (empates incluidos).
invalid-period-top = necesita {"{"}"board": "overall", "lending" o "borrowing", "period": "week", "month" o "year"{"}"}
