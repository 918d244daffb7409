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
