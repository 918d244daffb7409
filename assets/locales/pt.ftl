# The page chrome: menu, footer, messages every page may show.
skip-to-content = Saltar para o conteúdo
menu = Menu
menu-show = Mostrar o menu
nav-main = Principal
nav-items = Objetos
nav-groups = Grupos
nav-map = Mapa
nav-badges = Distintivos
nav-boards = Classificações
nav-search = Pesquisa
nav-my-items = Os meus objetos
nav-loans = Empréstimos
nav-admin = Administração
nav-inbox = Avisos
inbox-unread =
    { $count ->
        [0] Notificações, nenhuma por ler
       *[other] Notificações, { $count } por ler
    }
sign-out = Terminar sessão
sign-in = Entrar
sign-up = Criar conta
footer-about = uma biblioteca de empréstimos entre vizinhos · funciona com Comuniza
badge-earned = Ganhou um distintivo:
badge-see = Ver o distintivo
are-you-sure = { $action }: tem a certeza?

# The language switcher in the footer.
language = Língua
language-change = Mudar
language-unknown = essa língua não está disponível aqui
language-account-help = A língua das páginas do site para si, em cada dispositivo onde entrar.
language-mine = A minha língua
language-browsers = A do meu navegador (senão a do site)
save = Guardar

# Error pages.
error-back = Voltar ao início
error-sign-in-or = ou
error-create-account = criar uma conta
