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
error-create-account = crea una cuenta
