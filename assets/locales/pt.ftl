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
