# The page chrome: menu, footer, messages every page may show.
skip-to-content = Saltar para o conteúdo
menu = Menu
menu-show = Mostrar o menu
nav-main = Principal
nav-items = Objetos
nav-groups = Grupos
nav-map = Mapa
nav-badges = Medalhas
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
badge-earned = Ganhou uma medalha:
badge-see = Ver a medalha
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

# The home page.
home-title = Início
home-numbers = A comunidade em números
count-members = { $count ->
    [one] membro
   *[other] membros
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
    [one] objeto emprestado agora
   *[other] objetos emprestados agora
}
home-newest = Objetos recentes
home-no-items = Ainda não foi partilhado nenhum objeto.
home-shared-by = partilhado por
home-browse-items = Ver todos os objetos
home-where = Onde estão os grupos
home-full-map = O mapa completo
home-browse-groups = ver os grupos
home-top = O topo das classificações
home-full-boards = Classificações completas
home-welcome = Bem-vindo/a, { $name }
home-welcome-back = Olá de novo, { $name }
home-invited = { $by } convida-o/a a juntar-se a { $group }.
home-accept-decline = Aceitar ou recusar
home-share = Partilhar um objeto
home-your-loans = Os seus empréstimos
home-find-group = Encontrar um grupo
home-join = Junte-se à comunidade
home-browse = Ver objetos

# The leaderboards.
boards-title = Classificações
board-overall = Pontos
board-overall-what = pontos de reputação de medalhas, bónus e penalizações
board-lending = Empréstimos feitos
board-lending-what = 10 pontos por cada empréstimo devolvido ao dono
board-borrowing = Empréstimos recebidos
board-borrowing-what = 10 pontos por cada objeto pedido e devolvido
board-reputation = Confiança
board-reputation-what = confiança segundo as avaliações e as devoluções a tempo (0-100)
board-no-one = Ainda ninguém.
board-rank = Lugar
board-member = Membro
board-score = Pontos
boards-yours = A sua posição
boards-rank-of = de { $total } · pontuação { $score }
boards-sign-in-why = {" "}para ver o seu lugar em cada classificação.
boards-periods = Período
boards-period-all = Desde sempre
boards-period-year = Este ano
boards-period-month = Este mês
boards-period-week = Esta semana
boards-scope = Classificações de
boards-scope-site = Todo o site
boards-show = Mostrar
boards-in-site = { $period } em todo o site
boards-in-group = { $period } em { $group }
boards-since = desde { $day }
boards-not-on = ainda não está nesta classificação
boards-unknown-period = O período «{ $period }» não existe: escolha week, month, year ou all.
group-boards-none = Este mês ainda ninguém emprestou, pediu emprestado nem ganhou pontos neste grupo.
group-boards-all = Todas as classificações deste grupo
# A member whose name the viewer may not see.
a-member = um membro

# The map of the groups.
map-title = Mapa dos grupos
map-place-groups = { $place }: { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
map-credits = Contorno das terras: Natural Earth (domínio público). Localidades: GeoNames (CC BY 4.0).
map-each-group = Cada círculo é um grupo: escolha-o para o abrir.
map-each-place = Cada círculo é um lugar onde se reúnem grupos; quanto maior, mais grupos. Aproxime o mapa para ver cada grupo.

# Pages of a list.
pages = Páginas
page-number = Página { $page }
page-previous = Anterior
page-next = Seguinte
page-newer = Mais recentes
page-older = Mais antigos

# The list of items.
items-group = Grupo
items-all-groups = Todos os grupos
items-category = Categoria
items-all-categories = Todas as categorias
items-status = Estado
items-any-status = Qualquer estado
items-filter = Filtrar
items-clear = Limpar
items-condition = Estado de conservação:
items-shared-in = Partilhados em
items-corrected = Nenhum objeto corresponde a «{ $asked }». Mostram-se objetos para «{ $found }».
items-none-shared = Ainda não se partilha nenhum objeto.
items-none-match = Nenhum objeto corresponde.
items-cut = Só se pesquisou nos { $count } objetos mais recentes: escolha um grupo para encontrar outros mais antigos.
status-available = Disponível
status-borrowed = Emprestado ou prometido
status-not-now = Agora não
status-special = Com condições
pill-promised = Prometido
pill-coming-back = A voltar
pill-lent-out = Emprestado
condition-new = Novo
condition-excellent = Excelente
condition-good = Bom
condition-fair = Razoável
condition-poor = Desgastado

# The search page.
search-titled = { $query } · Pesquisa
search-label = Pesquisar objetos, grupos e membros
search-tabs = O que pesquisar
search-members = Membros
search-hint = Palavras de um título, uma descrição, um autor, uma categoria, o nome ou o lugar de um grupo, ou o nome de um membro. A última palavra pode estar incompleta.
search-corrected = Sem resultados para «{ $asked }». Mostram-se resultados para «{ $found }».
search-no-more = Não há mais resultados.
search-back-first = Voltar à primeira página
search-nothing-items = Nenhum objeto corresponde a «{ $query }». Experimente menos palavras ou outras.
search-nothing-groups = Nenhum grupo corresponde a «{ $query }». Experimente menos palavras ou outras.
search-nothing-members = Nenhum membro corresponde a «{ $query }». Experimente menos palavras ou outras.

# Who may see a group.
privacy-public = Público
privacy-request = Adesão a pedido
privacy-private = Privado

# The map page.
map-heading = Mapa dos grupos
map-create = Criar um grupo
map-lead = Onde se reúnem os grupos da comunidade. Escolha um círculo para ver os grupos, aproxime o mapa ou encontre os grupos perto de uma localidade.
map-move = Mover o mapa
map-zoom-in = Aproximar +
map-zoom-out = Afastar −
map-west = ← Oeste
map-north = ↑ Norte
map-south = ↓ Sul
map-east = Este →
map-go-to = Ir para:
region-europe = Europa
region-north-america = América do Norte
region-central-america = América Central e Caraíbas
region-south-america = América do Sul
region-africa = África
region-middle-east = Médio Oriente
region-asia = Ásia
region-oceania = Oceânia
region-world = O mundo inteiro
map-near = Grupos perto de
map-near-placeholder = uma cidade ou vila
map-find = Encontrar
map-places = Lugares com grupos
map-no-places = Ainda nenhum grupo tem localização.
map-city = Cidade
map-state = Região
map-country = País
near-unknown = Não se conhece aqui nenhuma localidade chamada «{ $asked }». Experimente a cidade maior mais próxima ou acrescente o código de duas letras do país: «London, CA».
near-heading = Grupos perto de { $place }
near-others = Ou outro lugar com esse nome:
near-none = Nenhum grupo que possa ver tem ainda um lugar no mapa.
near-start = Crie um
near-under-km = a menos de 1 km

# The list of groups.
groups-lead = Os grupos locais partilham os seus objetos entre si: junte-se a um perto de si.
groups-see-map = Vê-los no mapa
groups-search-label = Pesquisar por nome ou cidade
groups-in = Grupos em { $place }.
groups-show-all = Ver todos os grupos
groups-count = { $count ->
    [one] { $count } grupo.
   *[other] { $count } grupos.
}
groups-found = { $count ->
    [one] { $count } grupo encontrado.
   *[other] { $count } grupos encontrados.
}
groups-none-match = Nenhum grupo corresponde. Experimente outro nome ou outra cidade.
groups-none = Ainda não há grupos.
groups-past-last = Esta página vai além da última.
groups-you-member = É membro
groups-request-sent = Pedido enviado
groups-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}

# Badges.
badges-secret = secreta
badges-points-holders = { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
} · { $count ->
    [one] ganha por { $count } membro
   *[other] ganha por { $count } membros
}
badge-cat-lending = Emprestar
badge-cat-borrowing = Pedir emprestado
badge-cat-community = Comunidade
badge-cat-reputation = Reputação
badge-cat-special = Especiais
badge-tier-bronze = bronze
badge-tier-silver = prata
badge-tier-gold = ouro
badge-tier-platinum = platina
badge-tier-special = especial
badges-none = Este site ainda não tem medalhas.
badges-lead = As medalhas ganham-se partilhando, pedindo emprestado, aderindo e inspirando confiança.
badges-see-yours = Ver as suas
badges-your-secret = As suas medalhas secretas
badges-secret-only = Só quem as ganhou as pode ver.
badges-join = Junte-se para começar a ganhá-las
badges-recent = Ganha recentemente por
badges-no-one = Ainda ninguém a ganhou. Seja o primeiro!

# Table columns.
col-item = Objeto
col-with = Com
col-when = Quando
col-status = Estado
col-actions = Ações
col-loan = Empréstimo
col-borrower = Quem pede
col-asked = Pedido
edit = Editar
count-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}

# Who sees an item.
visibility-public = Público
visibility-restricted = Só os seus grupos
visibility-private = Privado

# An item's page.
item-archived = Arquivado
item-category = Categoria
item-condition = Estado de conservação
item-none = Nenhum
item-longest-loan = Empréstimo máximo
item-owner = Dono
item-who-sees = Quem o vê
item-staff-view = Vês este objeto como administração: o dono não o partilhou contigo.
fact-author = Autoria
fact-publisher = Editora
fact-year = Ano
fact-isbn = ISBN
fact-languages = Línguas
fact-format = Formato
fact-subjects = Temas
record-of = Histórico de empréstimos de { $name }
record-owners = Histórico de empréstimos do dono
record-lent = { $count ->
    [one] empréstimo concluído como quem empresta
   *[other] empréstimos concluídos como quem empresta
}
record-borrowed = { $count ->
    [one] objeto pedido emprestado
   *[other] objetos pedidos emprestados
}
record-trust = de confiança
record-rating = avaliação média ({ $count ->
    [one] { $count } avaliação
   *[other] { $count } avaliações
})
record-no-reviews = ainda sem avaliações
item-waiting = O objeto está livre e { $count ->
    [one] { $count } pessoa espera
   *[other] { $count } pessoas esperam
} por ele: { $person } pediu primeiro. Aprova um dos pedidos abaixo ou recusa-os.
item-loans = Empréstimos deste objeto
item-no-loans = Ainda ninguém o pediu.
loan-number = Empréstimo { $number }
item-sign-in-to-ask = { $link } para o pedir emprestado.
item-you-asked = Pediste este objeto: { $status }.
item-see-loan = Ver o teu empréstimo
item-withdrawn = Não o podes pedir: este objeto foi retirado.
item-not-lending = Não o podes pedir agora: o dono não o está a emprestar neste momento.
ask-title = Pedir emprestado
ask-queued = Está emprestado ou prometido a outra pessoa. Pede-o e serás o número { $number } da fila: o dono pode aceitar quando ele voltar.
ask-ahead = { $count ->
    [one] { $count } pessoa pediu
   *[other] { $count } pessoas pediram
} antes de ti: serás o número { $number } da fila.
ask-special = O dono empresta-o em condições especiais: diz na tua mensagem como o usarias.
ask-message = Mensagem para o dono (opcional)
ask-group = Pedir através do grupo
ask-join-queue = Entrar na fila
ask-send = Enviar o pedido

# My items.
mine-lent-to = Emprestado a
mine-the-loan = empréstimo
mine-edit-item = Editar { $item }
mine-nothing = Ainda não partilhaste nada.
mine-past-last = Esta página fica depois da última.
mine-back-newest = Voltar aos teus objetos mais recentes

# Loans.
loans-title = Os meus empréstimos
loans-waiting-you = À tua espera
loans-waiting-item = { $item } está livre e { $count ->
    [one] { $count } pessoa espera
   *[other] { $count } pessoas esperam
} por ele: { $person } pediu primeiro.
loans-requests = Pedidos por responder
loans-asked = Os teus pedidos
loans-promised = Prometido, por entregar
loans-out = Emprestado agora
loans-returned = Devolvido
loans-closed = Recusado ou cancelado
loans-all = Todos os meus empréstimos
loans-none-here = Não há empréstimos aqui.
loans-none = Ainda não tens empréstimos.
loans-find = Encontra algo para pedir
loans-see-all = Ver os { $count }
queue-place = número { $number } de { $total } na fila
action-approve = Aprovar
action-decline = Recusar
action-cancel = Cancelar o pedido
action-hand-over = Entregar agora
action-given-back = Já o devolvi
action-confirm-back = Confirmar que voltou
action-about = { $action }: { $item }
loan-overdue = Em atraso
loan-asked-waiting = Pedido, à espera de resposta
loan-asked-to-answer = Pedido, por responder
loan-promised-to-you = Prometido, por recolher
loan-with-you = Está contigo
loan-given-back-waiting = Devolvido, à espera do dono
loan-given-back-to-confirm = Devolvido, por confirmar
loan-declined-by-owner = Recusado pelo dono
loan-declined = Recusado
loan-cancelled = Cancelado
relation-asking = pedido a { $person }
relation-promised-by = prometido por { $person }
relation-borrowing-from = empresta-to { $person }
relation-borrowed-from = emprestou-to { $person }
relation-asked = pedido a { $person }
relation-asked-by = pedido por { $person }
relation-promised-to = prometido a { $person }
relation-lending-to = emprestado a { $person }
relation-lent-to = emprestaste-o a { $person }
date-returned = devolvido a { $date }
date-due = termina a { $date }
date-promised = prometido a { $date }
date-asked = pedido a { $date }

# A loan's page.
loan-title = Empréstimo de { $item }
loan-lender = Quem empresta
loan-their-email = O seu e-mail
loan-through = Através do grupo
loan-handed-over = Entregue
loan-due-back = Devolver até
loan-given-back-note = devolvido por quem o tinha, falta a confirmação de quem empresta
queue-you-first-free = És o primeiro da fila: o dono pode aceitar já.
queue-you-first-lent = És o primeiro da fila. Está emprestado ou prometido a outra pessoa: o dono pode aceitar quando voltar.
queue-you-behind = És o número { $number } da fila: { $count ->
    [one] { $count } pessoa pediu
   *[other] { $count } pessoas pediram
} antes de ti.
queue-staff-free = Número { $number } de { $total } na fila; o objeto está livre.
queue-staff-lent = Número { $number } de { $total } na fila; o objeto está emprestado ou prometido.
queue-owner-only = O objeto está livre: podes aprovar este pedido já.
queue-owner-first = O objeto está livre e este pedido chegou primeiro ({ $count ->
    [one] { $count } espera
   *[other] { $count } esperam
} atrás dele).
queue-owner-free = Número { $number } de { $total } na fila: o objeto está livre, por isso podes aprovar o que quiseres.
queue-owner-lent = Número { $number } de { $total } na fila. O objeto está emprestado ou prometido: podes aprovar um pedido quando voltar.
review-title = Avaliar { $name }
review-how = Como correu?
rating-1 = mal
rating-2 = razoável
rating-3 = bem
rating-4 = muito bem
rating-5 = excelente
review-comment = Comentário (opcional)
review-send = Enviar a avaliação
reviews = Avaliações
review-by = de { $name }
more-time = Mais tempo
count-more-days = { $count ->
    [one] mais { $count } dia
   *[other] mais { $count } dias
}
extension-standing = { $who ->
    [you] Pediste
   *[other] Quem o tem pediu
} { $days }{ $state ->
    [to-answer] : falta a tua resposta.
    [pending] : à espera da resposta de quem empresta.
    [accepted] : aceite, a data de devolução mudou.
    [declined] : recusado.
   *[other] : sem resposta antes de o objeto voltar.
}
extension-how-many = Quantos dias mais? (de 1 a { $count })
extension-why = Porquê (opcional)
extension-ask = Pedir mais tempo
extension-accept = Aceitar

# A conversation.
messages = Mensagens
messages-private = Só vocês os dois leem esta conversa. O teu e-mail não é mostrado: partilha aqui os teus contactos só se quiseres.
messages-private-join = Só a pessoa e os administradores do grupo leem esta conversa. O teu e-mail não é mostrado: partilha aqui os teus contactos só se quiseres.
messages-none = Ainda não há mensagens.
messages-you = Tu
messages-former-member = alguém que já não é membro
messages-reported = Denunciaste esta mensagem.
report = Denunciar
report-what = O que tem de errado? (opcional; a administração lê esta mensagem e a tua nota, mais nada)
report-send = Denunciar à administração
messages-write = Escreve uma mensagem
send = Enviar

# What an action did, said once on the next page.
flash-welcome = Bem-vindo! A tua conta está pronta: encontra um grupo perto de ti ou partilha algo teu.
flash-shared = O teu objeto está partilhado.
flash-item = As alterações ao objeto foram guardadas.
flash-joined = Já és membro do grupo.
flash-asked = Pediste para entrar: a administração do grupo vai responder.
flash-requested = O teu pedido foi enviado ao dono.
flash-approved = Disseste que sim: o objeto fica prometido.
flash-declined = Recusaste o pedido.
flash-cancelled = O pedido foi retirado.
flash-handed = Entregue: o empréstimo começou.
flash-given = Marcado como devolvido: o dono confirma quando o tiver.
flash-returned = O objeto voltou. Já podes avaliar o empréstimo.
flash-reviewed = Obrigado pela tua avaliação.
flash-more-time = Pediste mais tempo: quem empresta vai responder.
flash-answered = A tua resposta foi enviada.
flash-saved = Guardado.
flash-password = A tua palavra-passe mudou; as sessões nos teus outros dispositivos foram terminadas.
flash-sent = A tua mensagem foi enviada.
flash-reported = Obrigado: a mensagem foi denunciada à administração, que a vai analisar.
flash-closed = A denúncia está marcada como tratada.
flash-photos = As tuas fotos foram adicionadas.
flash-photo-gone = A foto foi apagada.
flash-picture = A tua imagem foi guardada.

# A página de um grupo, os seus formulários, convites e pedidos de adesão.
group-all = Todos os grupos
group-sign-in = Inicia sessão
group-sign-in-to-join = { $link } para aderir a este grupo.
group-archived-no-join = Este grupo está arquivado: ninguém pode aderir.
group-archived = Arquivado
group-join = Aderir a este grupo
group-ask-to-join = Pedir para aderir
group-admin-approves = Um administrador do grupo aprova os pedidos.
group-request-waiting = O teu pedido aguarda aprovação
group-write-admins = Escrever aos administradores
group-withdraw-request = Retirar o meu pedido
group-you-admin = És administrador
group-leave = Sair deste grupo
group-you-banned = Estás excluído deste grupo
group-edit = Editar o grupo
group-members = Membros
group-no-members = Ainda não há membros.
group-items = Objetos partilhados com o grupo
group-no-items = Ainda não há objetos que possas ver partilhados com este grupo.
group-back-newest = Voltar aos objetos mais recentes
group-run-by = Dinamizado por { $person }.
group-about = Sobre o grupo
col-member = Membro
col-role = Papel
col-since = Desde
col-link = Ligação
col-until = Até
col-used = Usos
col-state = Estado
member-pill-admin = administração
member-pill-member = membro
member-pill-asks = pede para aderir
member-pill-banned = excluído
member-pill-owner = fundador
member-ban = Excluir
member-unban = Readmitir
member-promote = Tornar administrador
member-demote = Tornar membro
member-remove = Remover
leaving-if = Se saíres: { $what }.
leaving-if-both = Se saíres: { $items }; { $requests }.
leaving-unshared = { $count ->
    [one] { $count } objeto teu deixa de ser partilhado com este grupo
   *[other] { $count } objetos teus deixam de ser partilhados com este grupo
}
leaving-private = ({ $count ->
    [one] { $count } passa a privado
   *[other] { $count } passam a privados
})
leaving-ended = { $count ->
    [one] { $count } pedido feito através dele é cancelado
   *[other] { $count } pedidos feitos através dele são cancelados
}
leaving-left = Saíste de { $group }
leaving-unshared-title = Os teus objetos deixaram de ser partilhados com ele
leaving-now-private = agora é privado: só tu o vês.
leaving-share-again = Voltar a partilhá-lo
leaving-ended-title = Os pedidos feitos através dele foram cancelados
field-name = Nome
field-description-optional = Descrição (opcional)
field-city = Cidade
field-state-optional = Distrito ou região (opcional)
field-country = País
field-latitude = Latitude (de -90 a 90)
field-longitude = Longitude (de -180 a 180)
field-username = Nome de utilizador
privacy-public-help = Qualquer pessoa vê o grupo e os seus membros, e qualquer pessoa pode aderir de imediato.
privacy-request-help = Qualquer pessoa vê o grupo, mas aderir é um pedido que um dos administradores aprova.
privacy-private-help = Só os membros o veem: não aparece na lista nem no mapa, e a sua página fica escondida de todos os outros.
group-who-sees = Quem o pode ver e aderir
group-where = Onde se reúne
group-where-help = Deixa a cidade vazia se o grupo não tiver lugar. Com coordenadas, o grupo aparece no mapa (exceto se for privado).
group-create = Criar um grupo
group-create-lead = Serás o seu fundador e primeiro administrador.
group-create-send = Criar o grupo
group-edit-title = Editar { $group }
group-save = Guardar o grupo
group-archive-title = Arquivar o grupo
group-archive-what = Um grupo arquivado deixa de aparecer na lista e no mapa, e ninguém pode aderir. Os membros e os objetos ficam, e podes reabri-lo.
group-archive = Arquivar este grupo
group-archive-confirm = Arquivar este grupo?
group-reopen-title = Reabrir o grupo
group-reopen-what = Este grupo está arquivado. Reabre-o para voltar a aparecer.
group-reopen = Reabrir este grupo
picker-find-place = Procurar um lugar
picker-placeholder = uma vila ou cidade
picker-title = Mapa: clica num lugar para preencher a latitude e a longitude
picker-zoom-in = Aproximar
picker-zoom-out = Afastar
picker-help = Clica no mapa para preencher as coordenadas; aproxima (com a roda ou +) e arrasta para o situar até à rua; depois ajusta-as se for preciso.
picker-unknown = Não conhecemos nenhuma vila ou cidade com esse nome.
picker-failed = Não foi possível procurar o lugar; escreve as coordenadas.
invite-people = Convidar pessoas
invite-link-what = Uma ligação permite a quem a tiver ver este grupo e aderir de imediato. Partilha-a por mensagem ou em papel; retira-a quando tiver cumprido o seu papel.
invite-link-what-no-wait = Uma ligação permite a quem a tiver ver este grupo e aderir de imediato, sem esperar aprovação. Partilha-a por mensagem ou em papel; retira-a quando tiver cumprido o seu papel.
invite-valid-for = Válida durante
invite-how-many = Para quantas pessoas
invite-make-link = Criar uma ligação
invite-no-limit-help = 0 pessoas quer dizer sem limite.
invite-uses = { $count } (sem limite)
invite-uses-of = { $count } de { $total }
invite-open = aberta
invite-expired = expirada
invite-used-up = esgotada
invite-withdrawn = retirada
invite-withdraw = Retirar
invite-by-name = Convidar um membro pelo nome de utilizador
invite = Convidar
invite-by-name-help = A pessoa encontra o convite na página da sua conta, e aceita-o ou recusa-o.
invite-invited = convidado
invitation = Convite
invite-dead = Este convite já não funciona
invite-dead-closed = Este grupo está fechado.
invite-dead-expired = Este convite expirou.
invite-dead-used-up = Este convite foi usado tantas vezes quantas permitia.
invite-dead-withdrawn = Os administradores do grupo retiraram este convite.
invite-ask-new = Pede um novo a quem to deu.
invite-you-are-invited = Foste convidado a aderir a
invite-sign-up = Criar uma conta para aderir
invite-sign-in = Iniciar sessão para aderir
invite-come-back = Voltas aqui assim que entrares.
invite-already-member = És membro.
invite-go-to-group = Ir para o grupo
invite-cannot-join = Não podes aderir a este grupo.
invite-join = Aderir a { $group }
request-yours = O teu pedido para aderir a { $group }
request-theirs = Pedido de { $name } para aderir a { $group }
request-state = Estado do pedido: { $state }.
request-pending = à espera de resposta
request-approved = aprovado: já é membro
request-banned = excluído do grupo
request-write-admins = Escreve aqui aos administradores do grupo: eles leem e respondem aqui.
request-answer-on = Aprova-o ou recusa-o na { $link }.
request-the-page = página do grupo

# O perfil de um membro e o progresso para um distintivo.
stat-points = pontos
stat-trust = confiança
stat-rating = avaliação média
profile-in-numbers = Em números
figure-items-shared = Objetos partilhados
figure-items-lent = Objetos emprestados
figure-items-borrowed = Objetos pedidos emprestados
figure-on-time = Devoluções a tempo
figure-late = Devoluções atrasadas
figure-reviews-received = Avaliações recebidas
figure-reviews-given = Avaliações dadas
figure-groups-joined = Grupos a que aderiu
profile-no-badges = Ainda sem distintivos.
profile-earned = obtido a { $date }
profile-since = membro desde { $date }
profile-yours = Este é o teu perfil público.
profile-edit-account = Editar a tua conta
profile-ranks = Posições
profile-off-boards = Este membro preferiu ficar fora das classificações.
profile-score = pontuação { $score }
profile-see-boards = Ver as classificações
profile-no-reviews = Ainda sem avaliações.
profile-no-items = Nada partilhado que possas ver.
profile-newest-of = Os { $count } mais recentes de { $total }.
stars-label = { $rating } em 5
review-as-borrower = como quem pediu emprestado, de { $person }
review-as-lender = como quem emprestou, de { $person }
progress-sign-in = { $link } para veres o teu progresso para este distintivo.
progress-earned = Já tens este distintivo.
progress-yours = O teu progresso
progress-any-one = Qualquer uma destas condições basta.
progress-items-shared = { $have } / { $need } objetos partilhados
progress-items-borrowed = { $have } / { $need } objetos pedidos emprestados
progress-items-lent = { $have } / { $need } objetos emprestados
progress-groups-joined = { $have } / { $need } grupos
progress-reviews-given = { $have } / { $need } avaliações dadas
progress-reviews = Avaliações recebidas: { $have } / { $need }
progress-rating-rule = Obtém-se com uma avaliação média de { $rating } ou melhor das pessoas a quem emprestas e de quem pedes emprestado, com pelo menos { $reviews ->
    [one] { $reviews } avaliação
   *[other] { $reviews } avaliações
}.
progress-no-reviews = Ainda não tens avaliações.
progress-rating-now = A tua média agora: { $rating } em { $reviews ->
    [one] { $reviews } avaliação
   *[other] { $reviews } avaliações
}.
progress-trust-rule = Obtém-se com uma confiança de { $score } ou mais. A confiança começa em 50, sobe com boas avaliações e empréstimos devolvidos a tempo, e desce com devoluções atrasadas.
progress-trust-now = A tua confiança: { $score } / { $need }
progress-granted = Este distintivo não é contado automaticamente: a equipa do site atribui-o a quem faz o que ele descreve.
badge-secret-note = Um distintivo secreto: só o vê quem o obteve.

# Criar conta, entrar, o primeiro arranque e a conta de um membro.
field-email = E-mail
field-login = Nome de utilizador ou e-mail
field-password = Palavra-passe
field-your-password = A tua palavra-passe
field-new-password = Palavra-passe (pelo menos 8 caracteres)
field-password-again = Repete a palavra-passe
field-first-name = Nome próprio (opcional)
field-last-name = Apelido (opcional)
field-first-name-plain = Nome próprio
field-last-name-plain = Apelido
field-current-password = Palavra-passe atual
field-current-password-email = Palavra-passe atual (só para mudar o e-mail)
field-new-password-change = Nova palavra-passe (pelo menos 8 caracteres)
field-new-password-again = Repete a nova palavra-passe
password-not-same = as duas palavras-passe não são iguais
password-wrong-current = a tua palavra-passe atual não está certa
password-for-email = para mudar o e-mail, escreve também a tua palavra-passe atual
setup-title = Primeiro arranque
setup-welcome = Bem-vindo ao Comuniza
setup-lead = Este site ainda não tem membros. Cria a primeira conta: será a da administração do site.
setup-create = Criar a conta de administração
setup-locked = Este site está a ser preparado
setup-no-admin = Ainda não tem administração.
setup-if-you-run = Se geres este servidor: abre a ligação de preparação que ele escreveu no registo ao arrancar (termina em { $link }; vê { $journal } ou { $docker }), ou cria a conta de administração na linha de comandos:
setup-come-back = Se não és tu: volta mais tarde, por favor.
signup-title = Criar uma conta
signup-already = Já és membro? { $link }.
signup-username-help = De 3 a 50 letras, algarismos, - ou _. Na página da tua conta escolhes quem o vê.
signup-send = Criar a minha conta
signin-new-here = És novo aqui? { $link }.
signin-enter-both = Escreve o teu nome de utilizador (ou e-mail) e a tua palavra-passe.
signin-wrong = Esse nome de utilizador e essa palavra-passe não correspondem.
signin-inactive = Esta conta não está ativa. Pede à equipa do site que a reative.
account-title = A tua conta
account-signed-in-as = Entraste como { $name }. { $profile } ({ $who }).
account-see-profile = Ver o teu perfil
account-who-sees-it = quem o vê
account-profile = Perfil
account-save-profile = Guardar o perfil
account-change-password = Mudar a palavra-passe
account-password-help = Mudá-la termina a sessão em todos os teus outros dispositivos e revoga os teus tokens de acesso.
account-mail = Notificações por e-mail
account-mail-help = Escolhe que notificações chegam também por e-mail, uma a uma ou num resumo diário: { $link }.
account-mail-link = definições de e-mail
account-data = Os teus dados
account-data-help = Tudo o que este site guarda sobre ti (a conta, objetos, empréstimos, avaliações, distintivos e pontos) num só ficheiro JSON.
account-data-download = Descarregar os meus dados
tokens-title = Tokens de acesso à API
tokens-help = Um token permite a um programa agir em teu nome através da API JSON ({ $header }, só em { $path }). Trata-o como uma palavra-passe. Mudar a palavra-passe, terminar todas as sessões ou a equipa terminar a tua sessão revoga todos os tokens.
tokens-new = O teu novo token { $name } — copia-o agora, só é mostrado uma vez:
tokens-none = Não tens tokens.
tokens-starts-with = Começa por
tokens-created = Criado
tokens-revoke = Revogar
tokens-name = Nome do token
tokens-name-example = app do telemóvel
tokens-create = Criar um token
sessions-title = Sessões
sessions-help = Perdeste o telemóvel, ou entraste num computador partilhado? Termina a sessão em todos os navegadores de uma vez; os teus tokens de acesso também são revogados.
sessions-sign-out-all = Terminar todas as sessões
picture-title = Fotografia
picture-yours = A tua fotografia
picture-help = Aparece junto ao teu nome para quem o pode ver (as tuas escolhas de privacidade, abaixo). A localização e os dados da câmara são removidos.
picture-field = Uma fotografia (JPEG, PNG ou WebP, até 15 MB)
picture-change = Mudar a fotografia
picture-add = Adicionar uma fotografia
picture-remove = Remover a fotografia
picture-choose-one = escolhe uma fotografia
privacy-title = Privacidade
privacy-who = Quem pode ver o meu perfil e o meu nome
profile-public = Público
profile-public-help = Qualquer pessoa vê o teu perfil e o teu nome, com ou sem sessão.
profile-groups = Membros dos meus grupos
profile-groups-help = Só quem está num grupo contigo vê o teu perfil e o teu nome. Os outros veem «um membro».
profile-partners = Pessoas a quem emprestei ou que me emprestaram
profile-partners-help = Só as pessoas cujo pedido aceitaste, ou que aceitaram o teu, veem o teu perfil e o teu nome.
privacy-off-boards = Ficar fora das classificações (a minha posição e pontuação ficam, como «um membro»)
privacy-save = Guardar a privacidade
privacy-now = O que os outros veem agora
privacy-col-who = Quem
privacy-col-profile = O teu perfil e nome
privacy-col-boards = As classificações
privacy-anyone = Qualquer pessoa, com ou sem sessão
privacy-your-groups = Membros dos teus grupos
privacy-count-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
privacy-your-partners = Pessoas a quem emprestaste ou que te emprestaram
privacy-count-people = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
privacy-other-person = A outra pessoa de cada um dos teus empréstimos
privacy-on-that-loan = o teu nome, nesse empréstimo e no objeto
privacy-you-staff = Tu, e a equipa do site
privacy-everything = tudo
privacy-name-profile = o teu nome e perfil
privacy-your-name = o teu nome
privacy-a-member = «um membro»
privacy-figures = A privacidade esconde o teu nome, nunca os teus números: as posições, pontuações e distintivos são iguais para todos.
privacy-choose = Escolhe quem pode ver o teu perfil.
contact-title = Contacto nos empréstimos
contact-help = A pessoa a quem emprestas ou que te empresta combina a entrega mais facilmente se te puder escrever. O teu e-mail nunca aparece no teu perfil, em listas ou para mais ninguém.
contact-show = Mostrar o meu e-mail à outra pessoa de cada um dos meus empréstimos
zone-title = Fuso horário
zone-now = As datas e horas das tuas páginas aparecem nele. Agora são { $time } lá.
zone-mine = O meu fuso horário
zone-sites = O do site ({ $zone })
invitations-title = Convites para grupos
invited-by = convite de { $by }
invited-by-an-admin = um administrador do grupo
invitation-accept = Aceitar e aderir
delete-title = Apagar a tua conta
delete-cannot-undo = Não se pode desfazer. { $link } antes, se os quiseres guardar.
delete-download = Descarrega os teus dados
delete-removed = O nome, o e-mail, a palavra-passe e o perfil são removidos, e todas as sessões e tokens de acesso terminam.
delete-items = Os objetos são arquivados; os pedidos feitos são retirados e os pedidos dos objetos recusados.
delete-groups = Todas as adesões a grupos terminam. { $who ->
    [you] Um grupo que fundaste
   *[they] Um grupo que a pessoa fundou
} passa para o administrador mais antigo (ou para um membro, tornado administrador); um sem mais ninguém é arquivado.
delete-records = Os empréstimos, avaliações, distintivos e pontos ficam, como «Antigo membro», para que os registos de todos os outros continuem certos.
delete-open-first = { $first } (a outra pessoa espera o objeto ou a sua devolução):
delete-finish-first = Primeiro termina os empréstimos ainda abertos
delete-understand = Compreendo que a minha conta é apagada para sempre
delete-send = Apagar a minha conta
delete-tick = marca a caixa para dizer que queres apagar a tua conta
deleted-title = A tua conta foi apagada
deleted-lead = Obrigado por partilhares com os teus vizinhos. O teu nome saiu do site; os empréstimos em que participaste ficam, como «Antigo membro».
deleted-page = Conta apagada
renamed-page = Bem-vindo
renamed-title = Bem-vindo ao novo site
renamed-now = O teu nome de utilizador aqui é { $name }.
renamed-old = No site antigo era { $name }, que não pôde ficar igual: aqui os nomes de utilizador são feitos de letras, algarismos, _ e -, e dois não podem diferir só nas maiúsculas.
renamed-sign-in = Entra com ele ou com o teu e-mail, como antes. Podes ver a tua conta a qualquer momento na { $link }.
renamed-account-page = página da tua conta
renamed-continue = Continuar
mail-lead = Está tudo na tua { $inbox } neste site. Escolhe o que chega também por e-mail para { $email } (muda-o na { $account }).
mail-inbox = caixa de entrada
mail-your-account = tua conta
mail-off = Este site ainda não envia e-mails: quem o aloja não configurou um servidor de correio. As tuas escolhas ficam guardadas para quando o fizer.
mail-by-email = Por e-mail
mail-digest-when = O resumo diário chega uma vez por dia, a partir das 8:00 no teu fuso horário, com o que ainda não leste.
mail-not-a-choice = { $kind }: não é uma opção
mail-choice-off = Sem e-mail
mail-choice-each = Um e-mail de cada vez
mail-choice-digest = Num resumo diário
mail-kind-request = Alguém pede emprestada uma coisa tua
mail-kind-request-waiting = Um pedido espera há 3 dias pela tua resposta
mail-kind-approved = O teu pedido é aceite
mail-kind-rejected = O teu pedido é recusado ou termina
mail-kind-cancelled = Um pedido de uma coisa tua é retirado
mail-kind-first = O teu pedido é o primeiro da fila
mail-kind-pickup = Começa um empréstimo (a coisa é entregue)
mail-kind-given-back = Devolveram-te uma coisa: confirma-o
mail-kind-returned = Quem emprestou confirmou a devolução
mail-kind-extension = Alguém pede mais tempo
mail-kind-extension-answer = A resposta ao teu pedido de mais tempo
mail-kind-due-soon = Um empréstimo termina daqui a dois dias
mail-kind-due-today = Um empréstimo termina hoje
mail-kind-overdue = Um empréstimo está atrasado
mail-kind-message = Uma mensagem sobre um empréstimo ou um pedido de adesão
mail-kind-review = Alguém te avaliou
mail-kind-join-request = Alguém pede para aderir a um grupo que diriges
mail-kind-join-answer = A resposta ao teu pedido de adesão
mail-kind-invitation = Um grupo convida-te
mail-kind-badge = Obtiveste um distintivo
mail-kind-other = Outras novidades
mail-about = os e-mails sobre «{ $kind }»
mail-every = todos os e-mails deste site (resumos incluídos)
mail-settings = as tuas definições de e-mail
unsubscribe-title = Deixar de receber e-mails
unsubscribe-ask = Deixar de enviar { $what } para { $email }? As tuas notificações ficam na tua caixa de entrada no site.
unsubscribe-send = Deixar de receber
unsubscribe-change = Podes mudar isto, e qualquer outra escolha, em { $link } com sessão iniciada.
unsubscribed-page = Feito
unsubscribed-title = Feito
unsubscribed-what = Já não se enviam { $what } para { $email }.
unsubscribed-again = Mudaste de ideias? Escolhe de novo em { $link }.

# Notificações: a caixa de entrada e as palavras de cada uma (também nos e-mails e na API).
notices-title = Notificações
notices-mark-all = Marcar tudo como lido
notices-none-unread = Nada por ler.
notices-unread = { $count ->
    [one] { $count } notificação por ler.
   *[other] { $count } notificações por ler.
}
notices-which-by-mail = Quais chegam por e-mail?
notices-nothing-yet = Ainda nada: aqui chegam os pedidos das tuas coisas, as respostas aos teus e as novidades dos teus grupos.
notices-new = nova
notices-mark-read = Marcar como lida
notice-someone = Alguém
notice-former-member = Um antigo membro
notice-a-member = Um membro
notice-an-item = um objeto
notice-a-group = um grupo
notice-a-badge = um distintivo
notice-quoted = «{ $name }»
notice-loan-request = { $who } pede emprestado { $item }.
notice-loan-approved = { $who } disse que sim: { $item } fica-te prometido.
notice-loan-pickup = { $who } entregou-te { $item }: o empréstimo começou.
notice-given-back = { $who } devolveu { $item }: confirma quando o tiveres.
notice-returned = { $who } confirmou que { $item } voltou. Já podes avaliar o empréstimo.
notice-declined = { $who } recusou o teu pedido de { $item }.
notice-ended-unshared = O teu pedido de { $item } terminou: já não é partilhado.
notice-withdrew = { $who } retirou o pedido de { $item }.
notice-withdrawn = O pedido de { $item } foi retirado.
notice-more-time = { $who } pede mais tempo com { $item }.
notice-more-time-yes = { $who } deu-te mais tempo com { $item }.
notice-more-time-no = { $who } recusou mais tempo com { $item }.
notice-overdue = { $item } está atrasado: devolve-o ou pede mais tempo.
notice-due-soon = { $item } deve ser devolvido a { $date }: devolve-o, ou pede mais tempo.
notice-due-soon-undated = { $item } deve ser devolvido em breve: devolve-o, ou pede mais tempo.
notice-due-today = { $item } deve ser devolvido hoje.
notice-request-waiting = O pedido de { $who } para { $item } espera há 3 dias pela tua resposta.
notice-review = { $who } avaliou-te depois do empréstimo de { $item }.
notice-first-in-queue = { $item } está livre outra vez e o teu pedido é o primeiro: quem empresta já pode dizer que sim.
notice-join-request = { $who } pede para aderir a { $group }.
notice-join-yes = Já és membro de { $group }.
notice-join-no = O teu pedido para aderir a { $group } foi recusado.
notice-invitation = { $who } convida-te a aderir a { $group }.
notice-badge = Obtiveste o distintivo { $badge }.
notice-message-loan = { $who } escreveu-te sobre { $item }.
notice-message-your-request = { $who } escreveu sobre o teu pedido para aderir a { $group }.
notice-message-their-request = { $who } escreveu sobre o seu pedido para aderir a { $group }.
notice-message-request-of = { $who } escreveu sobre o pedido de { $name } para aderir a { $group }.
notice-message-a-request = { $who } escreveu sobre um pedido para aderir a um grupo.
mail-digest-subject = { $count ->
    [one] { $count } notificação nova em { $site }
   *[other] { $count } notificações novas em { $site }
}
mail-stop-digests = Deixar de receber estes resumos e qualquer outro e-mail
mail-stop-these = Deixar de receber e-mails como este
mail-why = { $site }. Recebes este e-mail por causa das { $settings }
mail-your-settings = tuas definições de notificações

# Partilhar e editar um objeto, e as suas fotografias.
item-share = Partilhar um objeto
item-edit = Editar o objeto
item-edit-title = Editar { $item }
field-title = Título
field-longest-loan = Empréstimo mais longo, em dias
item-lent-now-help = Está emprestado agora e aparece como emprestado até voltar.
visibility-public-help = Toda a gente o vê, também quem não tem sessão iniciada.
visibility-restricted-help = Só os membros ativos dos grupos marcados abaixo o veem e o podem pedir.
visibility-private-help = Só tu o vês; ninguém o pode pedir emprestado.
item-groups-shared = Grupos com que é partilhado
item-no-group = Ainda não és membro ativo de nenhum grupo: { $link }.
item-find-group = procura um grupo
item-photos-field = Fotografias (opcional: até { $count }, JPEG, PNG ou WebP; podes juntar mais depois)
item-photos-again = Se escolheste fotografias, escolhe-as outra vez.
item-archive-it = Arquivá-lo: mais ninguém o vê (podes trazê-lo de volta aqui)
item-archive-declines = { $count ->
    [one] Arquivá-lo recusa o { $count } pedido que está à espera dele.
   *[other] Arquivá-lo recusa os { $count } pedidos que estão à espera dele.
}
item-save = Guardar as alterações
item-share-send = Partilhá-lo
photos = Fotografias
photo-choose = Escolher uma fotografia
photo-number = Fotografia { $number }
photo-number-of = { $number } de { $total }
photos-count = { $count } de { $total }. A primeira é a que aparece nas listas.
photos-space-of = As fotografias de quem empresta ocupam { $used } de { $total }.
photos-space = As fotografias de quem empresta ocupam { $used }.
photo-primary = Fotografia principal
photo-describe = Descreve-a (para quem não a pode ver)
photo-save-text = Guardar o texto
photo-make-primary = Tornar principal
photo-earlier = Antes
photo-later = Depois
photo-move-earlier = Mover a fotografia { $number } para antes
photo-move-later = Mover a fotografia { $number } para depois
photo-delete = Apagar
photo-delete-number = Apagar a fotografia { $number }
photos-add-field = { $count ->
    [one] Juntar fotografias (JPEG, PNG ou WebP, até 15 MB cada; falta { $count })
   *[other] Juntar fotografias (JPEG, PNG ou WebP, até 15 MB cada; faltam { $count })
}
photos-add = Juntar fotografias
photos-stripped = A localização e os dados da câmara são removidos de cada fotografia.
photos-full = Apaga uma para juntar outra.
photos-choose = escolhe pelo menos uma fotografia

# Páginas da equipa.
settings-texts-in = Em cada língua
settings-texts-in-help = O que os membros que leem numa língua veem em vez dos textos acima. Deixa um campo vazio para mostrar o texto acima.
badge-texts-help = O nome e a descrição do distintivo tal como os membros que leem cada língua os veem. Deixa um campo vazio para mostrar os do distintivo.
badge-description = Descrição
admin-sections = Secções da administração
admin-overview = Resumo
admin-badges = Distintivos e conquistas
admin-badges-about = Criar e editar distintivos e as regras que os atribuem.
admin-categories = Categorias
admin-categories-about = Os tipos de coisas que os membros partilham: juntar, mudar o nome, aninhar e arquivar.
admin-grants = Atribuições e pontos
admin-grants-about = Dar um distintivo à mão, ou somar ou tirar pontos.
admin-users = Utilizadores
admin-users-about = Procurar membros pelo nome de utilizador; ativar, desativar, permissões de equipa, terminar sessão.
admin-groups = Grupos
admin-groups-about = Arquivar ou recuperar grupos.
admin-reports = Mensagens denunciadas
admin-reports-about = Mensagens que os membros denunciaram à equipa, com as suas notas.
admin-settings = Definições do site
admin-settings-about = O nome, o lema e a mensagem de boas-vindas do site, em cada língua; o fuso horário, a língua e os limites.
admin-system = Cache e armazenamento
admin-system-about = Taxas de acerto da cache L1, entradas e bytes, latência de escrita, tamanho do ficheiro de dados, a caixa de saída de e-mail.
admin-lead = Gerir a comunidade: os distintivos, membros, grupos e definições.
admin-at-a-glance = De relance
admin-count-users = { $count ->
    [one] utilizador
   *[other] utilizadores
}
admin-count-loans = { $count ->
    [one] empréstimo
   *[other] empréstimos
}
admin-count-open-loans = { $count ->
    [one] empréstimo aberto
   *[other] empréstimos abertos
}
admin-count-badges = { $count ->
    [one] distintivo
   *[other] distintivos
}
start-title = Primeiros passos
start-left = Faltam { $count } de { $total } passos.
start-done = Feito:
start-name = { $link } e escreve a mensagem de boas-vindas.
start-name-link = Dá um nome ao site
start-categories = { $link } para as coisas que os membros partilham (ferramentas, livros, jogos...).
start-categories-link = Junta categorias
start-badges = Junta distintivos: cria os teus em { $link }, ou começa com o conjunto padrão:
start-badges-standard = Juntar os distintivos padrão
start-group = { $link } para o teu bairro.
start-group-link = Cria um primeiro grupo
start-invite = Convida membros: partilha o endereço do site, ou a ligação de convite de um grupo a partir da sua página.
settings-site-name = Nome do site (no menu e nos títulos; vazio: Comuniza)
settings-tagline = Lema (por baixo do nome na página inicial)
settings-welcome = Mensagem de boas-vindas (na página inicial)
settings-zone = Fuso horário (as datas e horas aparecem nele; cada membro pode escolher o seu)
settings-language = Língua (dos visitantes cujo navegador não pede nenhuma das que o site oferece)
settings-language-none = Nenhuma: a primeira oferecida ({ $language })
settings-limits = Limites
settings-limits-help = O que um membro pode criar, para que ninguém possa inundar as páginas do site. 0 quer dizer sem limite; a equipa nunca tem limites.
settings-photos = Armazenamento de fotografias
settings-photos-help = As fotografias ficam dentro do ficheiro de dados, por isso uma cópia de segurança também as copia. Estes valores limitam quanto podem ocupar.
settings-save = Guardar as definições
limit-items = Objetos novos por membro e por dia
limit-groups = Grupos novos por membro e por dia
limit-loan-requests = Pedidos de empréstimo por membro e por dia
limit-signups = Registos por endereço e por hora
limit-downloads = Descargas dos seus dados por membro e por dia
limit-messages = Mensagens por membro e por hora
limit-photo-uploads = Envios de fotografias por membro e por hora (cada um até seis fotografias)
quota-member = Fotografias por membro, em MB (0: sem limite)
quota-site = Fotografias de todo o site, em MB (0: sem limite)

# Recusas: porque é que algo não foi feito.
not-found = { $what ->
    [item] objeto não encontrado
    [loan] empréstimo não encontrado
    [group] grupo não encontrado
    [badge] distintivo não encontrado
    [user] utilizador não encontrado
    [member] membro não encontrado
    [photo] fotografia não encontrada
    [invitation] convite não encontrado
    [conversation] conversa não encontrada
    [message] mensagem não encontrada
    [notification] notificação não encontrada
    [category] categoria não encontrada
    [achievement] conquista não encontrada
    [report] denúncia não encontrada
    [page] página não encontrada
    [session] sessão não encontrada
    [token] token não encontrado
    [membership] adesão não encontrada
    [image] imagem não encontrada
    [file] ficheiro não encontrado
    [link] ligação não encontrada
    [mail] e-mail não encontrado
   *[other] não encontrado
}
error-too-large-mb = o pedido é demasiado grande (no máximo { $size } MB): envia menos fotografias ou mais pequenas
error-too-large-kib = o pedido é demasiado grande (no máximo { $size } KiB)
error-storage = o servidor não consegue guardar alterações agora: o disco está cheio ou não permite escrita. Nada foi alterado. Tenta mais tarde; quem aloja o site já foi avisado
error-server = algo correu mal no servidor; tenta outra vez
refuse-own-item = não podes pedir emprestado um objeto teu
refuse-withdrawn = este objeto foi retirado
refuse-not-lending = quem o empresta não o está a emprestar agora
refuse-already-asked = já tens um pedido ou um empréstimo deste objeto
refuse-not-your-step = só { $by ->
    [lender] quem empresta
   *[borrower] quem pede emprestado
} pode dar este passo do empréstimo
refuse-step-now = este empréstimo não permite esse passo no estado em que está
refuse-queued = o objeto está emprestado ou prometido a outra pessoa: este pedido espera na fila até ele voltar
refuse-review-early = um empréstimo pode ser avaliado depois de devolvido
refuse-reviewed = já avaliaste este empréstimo
refuse-admins-only = só a administração do grupo pode fazer isto
refuse-owner-only = só quem fundou o grupo ou a equipa do site podem fazer isto
refuse-group-closed = este grupo está fechado
refuse-banned = estás excluído deste grupo
refuse-join-waiting = o teu pedido de adesão aguarda aprovação
refuse-already-member = já és membro deste grupo
refuse-owner-leaves = quem fundou o grupo não pode sair dele
refuse-owner-moderated = quem fundou o grupo não pode ser moderado
refuse-membership-change = essa alteração não se aplica a esta adesão
error-sign-in = primeiro inicia sessão
error-bad-token = o token de acesso não é válido (revogado, mal escrito, ou a sua conta não está ativa)
error-token-on-page = um token de acesso só abre a API JSON (endereços em /api/); para usar as páginas do site, entra com a tua palavra-passe num navegador
error-too-many = demasiadas tentativas; espera { $minutes ->
    [one] um minuto
   *[other] { $minutes } minutos
} e tenta outra vez
error-limit = { $limit ->
    [limit_items_per_day] objetos novos
    [limit_groups_per_day] grupos novos
    [limit_loan_requests_per_day] pedidos de empréstimo
    [limit_signups_per_hour] contas novas
    [limit_data_downloads_per_day] descargas dos teus dados
    [limit_messages_per_hour] mensagens
   *[limit_photo_uploads_per_hour] envios de fotografias
}: este site permite no máximo { $count } por { $per ->
    [hour] hora
   *[day] dia
} { $limit ->
    [limit_signups_per_hour] a partir do mesmo endereço
   *[other] e por membro
}; espera { $minutes ->
    [one] um minuto
   *[other] { $minutes } minutos
} e tenta outra vez
error-bad-csrf = não foi possível aceitar este formulário: falta o token de segurança ou expirou. Volta atrás, recarrega a página e envia-o outra vez
refuse-more-time-borrower = só quem pede emprestado pode pedir mais tempo
refuse-more-time-lender = só quem empresta pode responder a um pedido de mais tempo
refuse-more-time-not-lent = pode pedir-se mais tempo enquanto o objeto está emprestado
refuse-more-time-over = o empréstimo já não está ativo: não há nada a prolongar
refuse-more-time-asked = já pediste mais tempo
refuse-more-time-nothing = não há nenhum pedido de mais tempo para responder
refuse-closed-invite = este grupo está fechado: reabre-o para convidar pessoas
refuse-member-in-group = esse membro já está no grupo
refuse-member-invited = esse membro já está convidado
refuse-item-owner-only = só quem empresta o objeto o pode editar
refuse-lent-withdrawn = um objeto emprestado não pode ser retirado
refuse-member-banned = este membro está excluído do grupo
refuse-report-own = não podes denunciar a tua própria mensagem
refuse-reported = já denunciaste esta mensagem
refuse-delete-own = só podes apagar a tua própria conta
refuse-signed-in = esta ação precisa de um membro com sessão iniciada
refuse-staff-only = só a equipa pode fazer isto
refuse-inactive = esta conta não está ativa
refuse-picture-own = só o próprio membro pode escolher a sua fotografia
refuse-photos-owner = só quem empresta o objeto pode mudar as suas fotografias
refuse-email-taken = esse endereço de e-mail já está registado
refuse-username-taken = esse nome de utilizador já está ocupado
refuse-profile-own = só podes editar o teu próprio perfil
refuse-password-own = só podes mudar a tua própria palavra-passe

invalid = { $field ->
    [title] Título
    [description] Descrição
    [name] Nome
    [username] Nome de utilizador
    [email] E-mail
    [password] Palavra-passe
    [first_name] Nome próprio
    [last_name] Apelido
    [city] Cidade
    [country] País
    [latitude] Latitude
    [longitude] Longitude
    [max_loan_days] Empréstimo mais longo
    [rating] Avaliação
    [comment] Comentário
    [request_message] Mensagem
    [body] Mensagem
    [note] Nota
    [days] Dias
    [max_uses] Para quantas pessoas
    [category] Categoria
    [groups] Grupos
    [visibility] Quem o vê
    [photos] Fotografias
    [slug] Nome curto
    [icon] Ícone
    [points] Pontos
    [display_order] Ordem
    [trigger_type] Acionador
    [threshold_value] Limiar
    [conditions] Condições
    [transaction_type] Tipo de pontos
    [parent] Categoria superior
    [from] Categoria a fundir
    [into] Categoria de destino
    [code] Ligação
    [badge] Distintivo
    [lang] Idioma
    [position] Posição
    [group] Grupo
    [kind] Tipo
    [status] Disponibilidade
    [condition] Estado de conservação
   *[other] { $label }
}: { $reason }
invalid-username-length = deve ter de 3 a 50 caracteres
invalid-username-chars = só pode ter letras, algarismos, «_» e «-»
invalid-required = é obrigatório
invalid-too-long = deve ter no máximo { $max } caracteres
invalid-email = não é um endereço de e-mail válido
invalid-too-short = deve ter pelo menos { $min } caracteres
invalid-whole-number = deve ser um número inteiro
invalid-choice = não é uma das opções
invalid-both-coordinates = indica latitude e longitude, ou nenhuma das duas
invalid-city-with-coordinates = é obrigatória quando o grupo tem coordenadas
invalid-days = escolhe de 1 a { $max } dias
invalid-range = deve ser de 1 a { $max }
invalid-status-borrowed = passa a «emprestado» com os empréstimos, não à mão
invalid-category = não é uma categoria
invalid-groups-member = só pode indicar grupos de que és membro ativo
invalid-restricted-group = um objeto restrito precisa de pelo menos um grupo
invalid-photo-twice = essa fotografia já está neste objeto
invalid-empty-message = está vazio: escreve alguma coisa primeiro
invalid-rating = deve ser um número inteiro de 1 a 5
refuse-admins-edit = só a administração do grupo o pode editar
users-starts-with = O nome de utilizador começa por
users-none = Nenhum nome de utilizador começa assim.
users-showing = A mostrar { $count }.
users-showing-first = A mostrar { $count } (os primeiros { $count }; escreve mais do nome para afinar).
users-user = Utilizador
users-joined = Registo
users-deleted = apagada
users-active = ativa
users-inactive = inativa
users-staff = equipa
users-deactivate = Desativar
users-activate = Ativar
users-remove-staff = Tirar da equipa
users-make-staff = Pôr na equipa
users-delete = Apagar a conta
users-delete-title = Apagar a conta de { $name }
users-delete-lead = Para um membro que o pediu. Não se pode desfazer.
users-delete-asked = O membro pediu que a sua conta fosse apagada
users-delete-send = Apagar a conta
users-back = Voltar aos utilizadores
users-delete-page = Apagar uma conta
users-delete-tick = marca a caixa para dizer que o membro o pediu
admin-groups-lead = Um grupo arquivado não aceita novos membros nem pedidos de empréstimo e sai do mapa; recuperá-lo devolve-o tal como estava.
page-back-first = Voltar à primeira página
admin-col-group = Grupo
admin-col-place = Lugar
admin-archive = Arquivar
admin-restore = Recuperar
reports-in-loan = a conversa de um empréstimo (empréstimo { $number })
reports-in-join = um pedido de adesão a um grupo
reports-in-other = uma conversa
reports-none-waiting = Nenhuma denúncia está à tua espera.
reports-waiting = { $count } à espera.
reports-private = As conversas são privadas: a equipa só vê as mensagens que os membros lhe denunciam.
reports-none = Nada foi denunciado.
reports-meta = Escrita por { $author } em { $place }; denunciada por { $reporter } a { $date }.
reports-note = A sua nota:
reports-dealt = Resolvida.
reports-mark-dealt = Marcar como resolvida
categories-top-choice = (nenhuma: uma categoria principal)
categories-choose = (escolhe)
categories-lead = O que os membros partilham, por tipos: um objeto pertence a uma categoria. Arquiva uma categoria para não a oferecer a objetos novos (os objetos mantêm a sua).
categories-new = Categoria nova
categories-under = Dentro de
categories-add = Juntar
categories-move-title = Mover uma categoria
categories-move = Mover
categories-move-under = dentro de
categories-merge-title = Juntar duas categorias
categories-merge-help = Cada objeto da primeira passa para a segunda, também as suas subcategorias, e a primeira é removida. Os objetos dos membros não mudam em mais nada.
categories-merge = Juntar
categories-merge-into = com
categories-none = Ainda não há categorias.
categories-offered = Oferecida
categories-offered-check = oferecida
categories-top = (principal)
grants-badge-done = O distintivo foi atribuído.
grants-points-done = Os pontos foram registados.
grants-badge-title = Atribuir um distintivo
grants-badge-help = Para distintivos que nenhuma regra atribui (sequências, ações especiais) ou para emendar um erro. Os pontos do distintivo vêm com ele.
grants-no-badges = Ainda não há distintivos: { $link }.
grants-create-first = cria um primeiro
grants-badge = Distintivo
grants-badge-send = Atribuir o distintivo
grants-points-title = Ajustar pontos
grants-points-help = Soma pontos (bónus, bónus de sequência, ganhos) ou tira-os (penalização, um número negativo).
grants-kind = Tipo
grants-points = Pontos (negativos para tirar)
grants-why = Porquê
grants-points-send = Registar os pontos
bad-form-parts = o formulário tem mais de { $max } partes
bad-form-text = o formulário contém texto que não é UTF-8 válido (um carácter que este site não consegue ler); nada foi alterado. Escreve-o outra vez e envia o formulário a partir da sua página
bad-form-type = este endereço recebe um formulário (application/x-www-form-urlencoded)
bad-form-unreadable = não foi possível ler o formulário: { $why }
bad-json = não foi possível ler o corpo JSON: { $why }
bad-loan-role = role tem de ser lender ou borrower
bad-loan-state = state tem de ser open ou finished
bad-no-token = esse token não existe
bad-page = page tem de ser um número inteiro a partir de 1
bad-photo-action = escolhe o que fazer com a fotografia
bad-photos-multipart = envia as fotografias como ficheiros multipart/form-data com o nome "image"
bad-place-query = q: o nome de um lugar tem no máximo 100 caracteres
bad-search-empty = q: indica as palavras a pesquisar
bad-search-kind = kind: um de items, groups, members
bad-search-long = q: no máximo { $max } bytes
bad-search-page = page: a pesquisa só mostra as primeiras { $max } páginas
bad-yes-no = { $name } tem de ser true ou false
busy-member-uploads = já estás a enviar { $count } formulários com fotografias: espera que cheguem e depois envia este outra vez
busy-photos = o servidor está ocupado com outras fotografias; tenta outra vez daqui a um minuto
busy-signins = o servidor está ocupado a verificar outras entradas; tenta outra vez daqui a alguns segundos
busy-uploads = o servidor está a receber outras fotografias; tenta outra vez daqui a um minuto
conflict-badge-slug = já existe um distintivo com esse nome curto
conflict-banned = esse membro está excluído deste grupo: readmite-o primeiro
conflict-code-taken = esse código de ligação já está ocupado
conflict-delete-open-loans = { $count ->
    [one] { $count } empréstimo ainda está aberto (prometido ou emprestado): termina-o primeiro e depois apaga a conta
   *[other] { $count } empréstimos ainda estão abertos (prometidos ou emprestados): termina-os primeiro e depois apaga a conta
}
conflict-delete-staff = uma conta da equipa não pode ser apagada: tira-lhe primeiro as permissões de equipa
conflict-deleted-account = uma conta apagada não pode voltar a ser ativada
conflict-first-admin = este site já tem o seu primeiro administrador; inicia sessão em vez disso
conflict-has-badge = o membro já tem este distintivo
conflict-member-photos-full = com estas fotografias, as do dono passariam a ocupar { $after } dos { $bound } que cada membro pode guardar: remove primeiro algumas fotografias, ou escolhe menos
conflict-open-links = este grupo já tem { $max } ligações abertas: retira uma primeiro
conflict-overflow = esta alteração levaria o campo { $field } de um membro além do maior valor que pode guardar; nada foi alterado
conflict-report-dealt = esta denúncia já foi tratada
conflict-site-photos-full = o armazenamento de fotografias do site está cheio ({ $used } de { $bound }): fala com a equipa do site
conflict-tokens-max = já tens { $max } tokens; revoga um primeiro
error-body-timeout = o corpo do pedido não chegou em { $seconds } s
error-body-unreadable = não foi possível ler o pedido: { $why }
invalid-achievement-points = os pontos de conquistas vêm com os distintivos
invalid-badge = não é um distintivo
invalid-choose-category = escolhe uma categoria
invalid-control-chars = não pode ter caracteres de controlo nem de inversão de direção
invalid-coordinate = deve ser um número de -{ $limit } a { $limit } com no máximo 6 casas decimais
invalid-from-to = deve ser de { $min } a { $max }
invalid-groups-order = devem aparecer uma só vez cada um, por ordem crescente
invalid-invisible = não pode ter caracteres invisíveis (controlos de direção, caracteres de largura zero)
invalid-json-object = deve ser um objeto JSON
invalid-language = escolhe uma língua da lista
invalid-length = deve ter de 1 a { $max } caracteres
invalid-limit = deve ser um número inteiro (0: sem limite)
invalid-limit-max = deve ser no máximo { $max } (0: sem limite)
invalid-link-code = não é um código de ligação
invalid-loan-group = deve ser um dos grupos do objeto de que és membro
invalid-megabytes = deve ser um número inteiro de MB
invalid-megabytes-max = deve ser no máximo { $max } MB
invalid-merge-archived = essa categoria está arquivada: volta a oferecê-la primeiro
invalid-merge-same = escolhe outra categoria com que a juntar
invalid-min-reviews = min_reviews deve ser um número inteiro igual ou maior que 0
invalid-name-username = o teu nome não pode ser o nome de utilizador de outro membro
invalid-one-of = deve ser um destes: { $list }
invalid-own-ancestor = tornaria uma categoria antepassada de si mesma
invalid-photos-fewer = um objeto tem no máximo { $max } fotografias: escolhe menos
invalid-photos-full = um objeto tem no máximo { $max } fotografias: remove uma primeiro
invalid-photos-room = um objeto tem no máximo { $max } fotografias: podes juntar mais { $count }
invalid-points-nonzero = deve ser um número diferente de zero, no máximo { $max } para mais ou para menos
invalid-role = role deve ser "lender" ou "borrower"
invalid-site-language = não é uma língua do site
invalid-slug-chars = só pode ter letras, algarismos, «-» e «_»
invalid-slug-start = deve começar por uma letra ou um algarismo
invalid-threshold-type = type deve ser "rating" ou "trust_score"
invalid-uses-max = deve ser no máximo { $max } (ou 0 para sem limite)
invalid-value-range = value deve ser um número de 0 a { $max }
invalid-zone = escolhe um fuso horário da lista, como Europe/Lisbon
photo-named-not-added = A fotografia «{ $name }» não foi adicionada: { $why }
photo-not-added = A fotografia não foi adicionada: { $why }
photo-refused-broken = não é possível ler a fotografia: { $why }
photo-refused-not-a-photo = só se aceitam fotografias JPEG, PNG e WebP
photo-refused-pixels = a fotografia tem { $count } megapíxeis: aceitam-se no máximo 40
photo-refused-too-large = o ficheiro tem mais de 15 MB: escolhe uma fotografia mais pequena
refuse-api-anonymous = entra com um token de acesso pessoal (Authorization: Bearer)
refuse-api-session = a API de escrita precisa de um token de acesso pessoal (Authorization: Bearer); cria um na página da tua conta
refuse-create-staff = só a equipa pode criar contas da equipa
refuse-deactivate-self = não podes desativar a tua própria conta
refuse-mail-server = os e-mails são enviados pelo próprio servidor
refuse-reminders-server = os lembretes são enviados pelo próprio servidor
refuse-sessions-signin = uma sessão começa ao iniciar sessão
refuse-staff-page = esta página é para a equipa do site
refuse-unstaff-self = não podes tirar as tuas próprias permissões de equipa
unavailable-backup-made = não foi possível fazer a cópia de segurança: { $why }
unavailable-backup-read = não foi possível ler a cópia de segurança: { $why }
badge-admin-lead = Todos os distintivos, incluindo os inativos e os secretos. Um distintivo é atribuído por qualquer uma das suas conquistas ativas; um sem conquistas só se atribui à mão.
badge-admin-type = Tipo
badge-admin-category = Categoria
badge-admin-points = Pontos
badge-admin-order = Ordem
badge-admin-earned = Obtido
badge-admin-achievements = Conquistas
badge-admin-state = Estado
badge-admin-by-hand = nenhuma (atribuído à mão)
badge-admin-off = desativada
badge-admin-active = ativo
badge-admin-inactive = inativo
badge-admin-new = Distintivo novo
badge-admin-create = Criar o distintivo
badge-admin-all = ← Todos os distintivos
badge-admin-title = Distintivo: { $name }
badge-admin-public = Ver a sua página pública
badge-admin-edit = Editar
badge-admin-save = Guardar o distintivo
badge-admin-rules-help = As regras que atribuem este distintivo. Mudá-las atribui-o de imediato a todos os que agora as cumprem.
badge-admin-achievement = Conquista { $number }
badge-admin-save-achievement = Guardar a conquista
badge-admin-new-achievement = Conquista nova
badge-admin-add-achievement = Juntar a conquista
badge-admin-edit-title = Editar o distintivo
badge-admin-slug = Nome curto (letras, algarismos e -, usado no seu endereço)
badge-admin-description = Descrição
badge-admin-icon = Ícone (um emoji ou um nome curto)
badge-admin-points-field = Pontos (dados com o distintivo)
badge-admin-order-field = Ordem de apresentação (os menores primeiro)
badge-admin-active-check = Ativo (listado e atribuído)
badge-admin-secret-check = Secreto (listado só para quem o obteve)
badge-admin-trigger = Acionador
badge-admin-threshold = Limiar (vazio: 1)
badge-admin-conditions = Condições (um objeto JSON)
badge-admin-active-plain = Ativa
badge-admin-triggers = O que quer dizer cada acionador
trigger-item-shared = Atribuído quando o membro tem pelo menos tantos objetos ativos partilhados como o limiar.
trigger-loan-completed = Atribuído quando o membro pediu emprestados pelo menos tantos objetos como o limiar (empréstimos devolvidos); com as condições {"{"}"role": "lender"{"}"}, quando emprestou outros tantos.
trigger-group-joined = Atribuído quando o membro é membro ativo de pelo menos tantos grupos como o limiar.
trigger-review-given = Atribuído quando o membro escreveu pelo menos tantas avaliações como o limiar.
trigger-threshold-reached = Atribuído pela reputação: condições {"{"}"type": "rating", "value": 4.5, "min_reviews": 3{"}"} (avaliação média de pelo menos value, em pelo menos min_reviews avaliações) ou {"{"}"type": "trust_score", "value": 80, "min_reviews": 0{"}"}.
trigger-by-hand = Nunca é atribuído automaticamente: a equipa atribui-o à mão.
size-b = { $n } B
size-kib = { $n } KiB
size-mib = { $n } MiB
size-gib = { $n } GiB
size-tib = { $n } TiB
size-percent = { $n } %
sys-lead = Contadores desde que o servidor arrancou.
sys-l1 = Cache L1
sys-l1-help = Respostas prontas em três segmentos: hot (classificações, lista de distintivos, mapa), warm (páginas dos distintivos), cold (perfis). Cada escrita invalida exatamente o que alterou.
sys-hit-ratio = Taxa de acerto
sys-entries-of-capacity = Entradas / capacidade
sys-bytes-held = Bytes ocupados
sys-l1-caption = Contadores da cache L1 por segmento
sys-segment = Segmento
sys-hits = Acertos
sys-misses = Falhas
sys-fills = Preenchimentos
sys-dropped = Preenchimentos descartados
sys-invalidations = Invalidações
sys-evictions = Remoções LRU
sys-entries = Entradas
sys-bytes = Bytes
sys-capacity = Capacidade
sys-off = desligado
sys-writer = Processo de escrita
sys-writer-help = Um só processo de escrita grava em conjunto os comandos em fila (escrita agrupada, «group commit»).
sys-per-commit = Comandos por escrita
sys-last = última
sys-average = média
sys-max = máximo
sys-commits = Escritas
sys-commands = Comandos
sys-refused = Comandos recusados
sys-avg-latency = Latência média de escrita
sys-last-latency = Latência da última escrita
sys-last-batch = Tamanho do último lote
sys-max-batch = Tamanho do maior lote
sys-file = Ficheiro de dados
sys-size = Tamanho
sys-size-value = { $size } ({ $bytes } bytes)
sys-unknown = desconhecido
sys-path = Caminho
sys-photos = Fotografias
sys-stored = Guardadas
sys-stored-value = { $count ->
    [one] { $size } em { $count } ficheiro
   *[other] { $size } em { $count } ficheiros
}
sys-of-file = ({ $percent } do ficheiro de dados)
sys-site-bound = Limite do site
sys-no-bound = sem limite
sys-used = ({ $percent } usado)
sys-member-bound = Limite de cada membro
sys-items-photos = Objetos com fotografias
sys-avatars = Membros com fotografia
sys-bounds-set = Os limites definem-se em { $link }.
sys-mail = E-mail
sys-mail-through = As notificações que os membros escolheram receber por e-mail são enviadas através de { $server }.
sys-mail-off = Desligado: não há nenhum servidor de correio definido ({ $flag }, vê o README). As notificações ficam na caixa de entrada.
sys-queued = Em fila
sys-failing = Com falhas (de novo em fila depois de uma recusa)
sys-sent = Enviados (últimos 30 dias)
sys-given-up = Abandonados
sys-col-mail = E-mail
sys-col-to = Para
sys-col-state = Estado
sys-col-tries = Tentativas
sys-col-when = Quando
sys-col-answer = Resposta do servidor
sys-digest = (resumo)
sys-former = um antigo membro
sys-pill-queued = em fila
sys-pill-failing = com falhas, vai tentar de novo
sys-pill-sent = enviado
sys-pill-given-up = abandonado
sys-backups = Cópias de segurança
sys-backups-every = Faz-se uma cópia de segurança { $every } para { $dir }, e guardam-se as { $keep } mais recentes.
sys-backups-none = Sem cópias de segurança agendadas (arranca o servidor com { $flag }).
sys-backup-last = Última cópia de segurança agendada
sys-backup-result = Resultado
sys-backup-verified = verificada, { $size }, { $path }
sys-backup-failed = falhou:
sys-backup-help = Descarrega uma cópia coerente do ficheiro de dados, verificada antes de ser enviada. Para a repor, para o servidor, põe a cópia no lugar do ficheiro de dados e volta a arrancar o servidor.
sys-backup-download = Descarregar uma cópia de segurança
duration-days = { $count ->
    [one] todos os dias
   *[other] a cada { $count } dias
}
duration-hours = { $count ->
    [one] a cada hora
   *[other] a cada { $count } horas
}
duration-minutes = { $count ->
    [one] a cada minuto
   *[other] a cada { $count } minutos
}
duration-seconds = { $count ->
    [one] a cada segundo
   *[other] a cada { $count } segundos
}
status-name = { $code ->
    [400] Pedido inválido
    [401] É preciso iniciar sessão
    [403] Proibido
    [404] Não encontrado
    [405] Método não permitido
    [408] Tempo esgotado
    [409] Conflito
    [413] Demasiado grande
    [415] Tipo de conteúdo não suportado
    [422] Não é possível processar
    [429] Demasiados pedidos
    [500] Erro do servidor
    [503] Indisponível
   *[other] Erro
}
boards-hall = Galeria da fama
boards-hall-what = Os três primeiros de cada mês passado, tal como o mês terminou.
trigger-period-top = Atribuído no fim de um período aos primeiros de uma classificação do site nesse período: condições {"{"}"board": "lending", "period": "month"{"}"} (board overall, lending ou borrowing; period week, month ou year) e como limiar os lugares que ganham (1: o primeiro, empates incluídos). «Quem mais empresta do mês» é esta regra.
progress-period-top-week = Atribuído no fim de cada semana { $rank ->
    [one] ao primeiro
   *[other] aos { $rank } primeiros
} da classificação de { $board } dessa semana (empates incluídos).
progress-period-top-month = Atribuído no fim de cada mês { $rank ->
    [one] ao primeiro
   *[other] aos { $rank } primeiros
} da classificação de { $board } desse mês (empates incluídos).
progress-period-top-year = Atribuído no fim de cada ano { $rank ->
    [one] ao primeiro
   *[other] aos { $rank } primeiros
} da classificação de { $board } desse ano (empates incluídos).
invalid-period-top = precisa de {"{"}"board": "overall", "lending" ou "borrowing", "period": "week", "month" ou "year"{"}"}
