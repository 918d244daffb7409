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
