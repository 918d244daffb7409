# The page chrome: menu, footer, messages every page may show.
skip-to-content = Aller au contenu
menu = Menu
menu-show = Afficher le menu
nav-main = Principal
nav-items = Objets
nav-groups = Groupes
nav-map = Carte
nav-badges = Badges
nav-boards = Classements
nav-search = Recherche
nav-my-items = Mes objets
nav-loans = Prêts
nav-admin = Administration
nav-inbox = Notifications
inbox-unread =
    { $count ->
        [0] Notifications, aucune non lue
        [one] Notifications, { $count } non lue
       *[other] Notifications, { $count } non lues
    }
sign-out = Se déconnecter
sign-in = Se connecter
sign-up = S’inscrire
footer-about = une bibliothèque de prêt entre voisins · fonctionne avec Comuniza
badge-earned = Vous avez obtenu un badge :
badge-see = Voir le badge
are-you-sure = { $action } : êtes-vous sûr ?

# The language switcher in the footer.
language = Langue
language-change = Changer
language-unknown = cette langue n’est pas proposée ici
language-account-help = La langue des pages du site pour vous, sur chaque appareil où vous vous connectez.
language-mine = Ma langue
language-browsers = Celle de mon navigateur (sinon celle du site)
save = Enregistrer

# Error pages.
error-back = Retour à l’accueil
error-sign-in-or = ou
error-create-account = créer un compte

# The home page.
home-title = Accueil
home-numbers = La communauté en chiffres
count-members = { $count ->
    [one] membre
   *[other] membres
}
count-groups = { $count ->
    [one] groupe
   *[other] groupes
}
count-items = { $count ->
    [one] objet
   *[other] objets
}
count-on-loan = { $count ->
    [one] objet prêté en ce moment
   *[other] objets prêtés en ce moment
}
home-newest = Derniers objets
home-no-items = Aucun objet partagé pour l’instant.
home-shared-by = partagé par
home-browse-items = Voir tous les objets
home-where = Où sont les groupes
home-full-map = La carte complète
home-browse-groups = parcourir les groupes
home-top = Le haut des classements
home-full-boards = Tous les classements
home-welcome = Bienvenue, { $name }
home-welcome-back = Content de vous revoir, { $name }
home-invited = { $by } vous invite à rejoindre { $group }.
home-accept-decline = Accepter ou refuser
home-share = Partager un objet
home-your-loans = Vos prêts
home-find-group = Trouver un groupe
home-join = Rejoindre la communauté
home-browse = Voir les objets

# The leaderboards.
boards-title = Classements
board-overall = Points
board-overall-what = points de réputation des badges, bonus et pénalités
board-lending = Prêts accordés
board-lending-what = 10 points pour chaque prêt rendu à son propriétaire
board-borrowing = Emprunts
board-borrowing-what = 10 points pour chaque objet emprunté et rendu
board-reputation = Confiance
board-reputation-what = confiance d’après les avis et les retours à l’heure (0-100)
board-no-one = Personne pour l’instant.
board-rank = Rang
board-member = Membre
board-score = Score
boards-yours = Votre place
boards-rank-of = sur { $total } · score { $score }
boards-sign-in-why = {" "}pour voir votre rang dans chaque classement.
boards-periods = Période
boards-period-all = Depuis toujours
boards-period-year = Cette année
boards-period-month = Ce mois-ci
boards-period-week = Cette semaine
boards-scope = Classements de
boards-scope-site = Tout le site
boards-show = Afficher
boards-in-site = { $period } sur tout le site
boards-in-group = { $period } dans { $group }
boards-since = depuis le { $day }
boards-not-on = pas encore dans ce classement
boards-unknown-period = La période « { $period } » n’existe pas : choisissez week, month, year ou all.
group-boards-none = Personne n’a encore prêté, emprunté ni gagné de points dans ce groupe ce mois-ci.
group-boards-all = Tous les classements de ce groupe
# A member whose name the viewer may not see.
a-member = un membre

# The map of the groups.
map-title = Carte des groupes
map-place-groups = { $place }{" "}: { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
map-credits = Contours des terres{" "}: Natural Earth (domaine public). Villes{" "}: GeoNames (CC BY 4.0).
map-each-group = Chaque cercle est un groupe{" "}: choisissez-le pour l’ouvrir.
map-each-place = Chaque cercle est un lieu où des groupes se retrouvent{" "}; plus il est grand, plus il y a de groupes. Zoomez pour voir chaque groupe.

# Pages of a list.
pages = Pages
page-number = Page { $page }
page-previous = Précédente
page-next = Suivante
page-newer = Plus récents
page-older = Plus anciens

# The list of items.
items-group = Groupe
items-all-groups = Tous les groupes
items-category = Catégorie
items-all-categories = Toutes les catégories
items-status = Statut
items-any-status = Tous les statuts
items-filter = Filtrer
items-clear = Effacer
items-condition = État{" "}:
items-shared-in = Partagés dans
items-corrected = Aucun objet ne correspond à «{" "}{ $asked }{" "}». Objets trouvés pour «{" "}{ $found }{" "}».
items-none-shared = Aucun objet n’est encore partagé.
items-none-match = Aucun objet ne correspond.
items-cut = Seuls les { $count } objets les plus récents ont été parcourus{" "}: choisissez un groupe pour en trouver de plus anciens.
status-available = Disponible
status-borrowed = Prêté ou promis
status-not-now = Pas en ce moment
status-special = Sous conditions
pill-promised = Promis
pill-coming-back = Retour en cours
pill-lent-out = Prêté
condition-new = Neuf
condition-excellent = Excellent
condition-good = Bon
condition-fair = Correct
condition-poor = Usé

# The search page.
search-titled = { $query } · Recherche
search-label = Chercher des objets, des groupes et des membres
search-tabs = Quoi chercher
search-members = Membres
search-hint = Des mots d’un titre, d’une description, d’un auteur, d’une catégorie, du nom ou du lieu d’un groupe, ou du nom d’un membre. Le dernier mot peut être inachevé.
search-corrected = Aucun résultat pour «{" "}{ $asked }{" "}». Résultats pour «{" "}{ $found }{" "}».
search-no-more = Plus aucun résultat.
search-back-first = Retour à la première page
search-nothing-items = Aucun objet ne correspond à «{" "}{ $query }{" "}». Essayez moins de mots ou d’autres mots.
search-nothing-groups = Aucun groupe ne correspond à «{" "}{ $query }{" "}». Essayez moins de mots ou d’autres mots.
search-nothing-members = Aucun membre ne correspond à «{" "}{ $query }{" "}». Essayez moins de mots ou d’autres mots.

# Who may see a group.
privacy-public = Public
privacy-request = Sur demande
privacy-private = Privé

# The map page.
map-heading = Carte des groupes
map-create = Créer un groupe
map-lead = Là où se retrouvent les groupes de la communauté. Choisissez un cercle pour voir ses groupes, zoomez, ou trouvez les groupes près d’une ville.
map-move = Déplacer la carte
map-zoom-in = Zoomer +
map-zoom-out = Dézoomer −
map-west = ← Ouest
map-north = ↑ Nord
map-south = ↓ Sud
map-east = Est →
map-go-to = Aller à{" "}:
region-europe = Europe
region-north-america = Amérique du Nord
region-central-america = Amérique centrale et Caraïbes
region-south-america = Amérique du Sud
region-africa = Afrique
region-middle-east = Moyen-Orient
region-asia = Asie
region-oceania = Océanie
region-world = Le monde entier
map-near = Groupes près de
map-near-placeholder = une ville ou un village
map-find = Trouver
map-places = Lieux avec des groupes
map-no-places = Aucun groupe n’a encore de lieu.
map-city = Ville
map-state = Région
map-country = Pays
near-unknown = Aucune ville nommée «{" "}{ $asked }{" "}» n’est connue ici. Essayez la grande ville la plus proche, ou ajoutez le code à deux lettres de son pays{" "}: «{" "}London, CA{" "}».
near-heading = Groupes près de { $place }
near-others = Ou un autre lieu de ce nom{" "}:
near-none = Aucun groupe que vous pouvez voir n’a encore de lieu sur la carte.
near-start = Créez-en un
near-under-km = à moins de 1{" "}km

# The list of groups.
groups-lead = Les groupes locaux partagent leurs objets entre eux{" "}: rejoignez-en un près de chez vous.
groups-see-map = Les voir sur la carte
groups-search-label = Chercher par nom ou par ville
groups-in = Groupes à { $place }.
groups-show-all = Voir tous les groupes
groups-count = { $count ->
    [one] { $count } groupe.
   *[other] { $count } groupes.
}
groups-found = { $count ->
    [one] { $count } groupe trouvé.
   *[other] { $count } groupes trouvés.
}
groups-none-match = Aucun groupe ne correspond. Essayez un autre nom ou une autre ville.
groups-none = Il n’y a pas encore de groupe.
groups-past-last = Cette page est au-delà de la dernière.
groups-you-member = Vous êtes membre
groups-request-sent = Demande envoyée
groups-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}

# Badges.
badges-secret = secret
badges-points-holders = { $points ->
    [one] { $points } point
   *[other] { $points } points
} · { $count ->
    [one] obtenu par { $count } membre
   *[other] obtenu par { $count } membres
}
badge-cat-lending = Prêter
badge-cat-borrowing = Emprunter
badge-cat-community = Communauté
badge-cat-reputation = Réputation
badge-cat-special = Spéciaux
badge-tier-bronze = bronze
badge-tier-silver = argent
badge-tier-gold = or
badge-tier-platinum = platine
badge-tier-special = spécial
badges-none = Ce site n’a pas encore de badges.
badges-lead = Les badges s’obtiennent en partageant, en empruntant, en rejoignant des groupes et en inspirant confiance.
badges-see-yours = Voir les vôtres
badges-your-secret = Vos badges secrets
badges-secret-only = Seuls ceux qui les ont obtenus peuvent les voir.
badges-join = Rejoignez-nous pour commencer à en gagner
badges-recent = Obtenu récemment par
badges-no-one = Personne ne l’a encore obtenu. Soyez le premier{" "}!

# Table columns.
col-item = Objet
col-with = Avec
col-when = Quand
col-status = État
col-actions = Actions
col-loan = Prêt
col-borrower = Emprunteur
col-asked = Demandé
edit = Modifier
count-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}

# Who sees an item.
visibility-public = Public
visibility-restricted = Réservé à ses groupes
visibility-private = Privé

# An item's page.
item-archived = Archivé
item-category = Catégorie
item-condition = État
item-none = Aucun
item-longest-loan = Prêt le plus long
item-owner = Propriétaire
item-who-sees = Qui le voit
item-staff-view = Vous voyez cet objet en tant que modération : son propriétaire ne l'a pas partagé avec vous.
fact-author = Auteur
fact-publisher = Éditeur
fact-year = Année
fact-isbn = ISBN
fact-languages = Langues
fact-format = Format
fact-subjects = Sujets
record-of = Historique de prêts de { $name }
record-owners = Historique de prêts du propriétaire
record-lent = { $count ->
    [one] prêt terminé comme prêteur
   *[other] prêts terminés comme prêteur
}
record-borrowed = { $count ->
    [one] objet emprunté
   *[other] objets empruntés
}
record-trust = de confiance
record-rating = note moyenne ({ $count ->
    [one] { $count } avis
   *[other] { $count } avis
})
record-no-reviews = pas encore d'avis
item-waiting = L'objet est libre et { $count ->
    [one] { $count } membre l'attend
   *[other] { $count } membres l'attendent
} : { $person } l'a demandé en premier. Acceptez une demande ci-dessous, ou refusez-les.
item-loans = Prêts de cet objet
item-no-loans = Personne ne l'a encore demandé.
loan-number = Prêt { $number }
item-sign-in-to-ask = { $link } pour demander à l'emprunter.
item-you-asked = Vous avez demandé cet objet : { $status }.
item-see-loan = Voir votre prêt
item-withdrawn = Vous ne pouvez pas le demander : cet objet a été retiré.
item-not-lending = Vous ne pouvez pas le demander pour l'instant : le propriétaire ne le prête pas en ce moment.
ask-title = Demander à l'emprunter
ask-queued = Il est prêté ou promis à quelqu'un d'autre. Demandez-le et vous serez numéro { $number } dans la file : le propriétaire pourra accepter à son retour.
ask-ahead = { $count ->
    [one] { $count } membre l'a demandé
   *[other] { $count } membres l'ont demandé
} avant vous : vous serez numéro { $number } dans la file.
ask-special = Le propriétaire le prête sous conditions particulières : dites dans votre message comment vous l'utiliseriez.
ask-message = Message au propriétaire (facultatif)
ask-group = Emprunter via le groupe
ask-join-queue = Rejoindre la file
ask-send = Envoyer la demande

# My items.
mine-lent-to = Prêté à
mine-the-loan = prêt
mine-edit-item = Modifier { $item }
mine-nothing = Vous n'avez encore rien partagé.
mine-past-last = Cette page est au-delà de la dernière.
mine-back-newest = Retour à vos objets les plus récents

# Loans.
loans-title = Mes prêts
loans-waiting-you = Vous êtes attendu
loans-waiting-item = { $item } est libre et { $count ->
    [one] { $count } membre l'attend
   *[other] { $count } membres l'attendent
} : { $person } l'a demandé en premier.
loans-requests = Demandes à traiter
loans-asked = Vos demandes
loans-promised = Promis, à remettre
loans-out = En prêt
loans-returned = Rendu
loans-closed = Refusé ou annulé
loans-all = Tous mes prêts
loans-none-here = Aucun prêt ici.
loans-none = Pas encore de prêt.
loans-find = Trouver quelque chose à emprunter
loans-see-all = Voir les { $count }
queue-place = numéro { $number } sur { $total } dans la file
action-approve = Accepter
action-decline = Refuser
action-cancel = Annuler la demande
action-hand-over = Le remettre maintenant
action-given-back = Je l'ai rendu
action-confirm-back = Confirmer le retour
action-about = { $action } : { $item }
loan-overdue = En retard
loan-asked-waiting = Demandé, en attente de réponse
loan-asked-to-answer = Demandé, à traiter
loan-promised-to-you = Promis, à récupérer
loan-with-you = Chez vous
loan-given-back-waiting = Rendu, en attente du propriétaire
loan-given-back-to-confirm = Rendu, à confirmer
loan-declined-by-owner = Refusé par le propriétaire
loan-declined = Refusé
loan-cancelled = Annulé
relation-asking = demandé à { $person }
relation-promised-by = promis par { $person }
relation-borrowing-from = emprunté à { $person }
relation-borrowed-from = emprunté à { $person }
relation-asked = demandé à { $person }
relation-asked-by = demandé par { $person }
relation-promised-to = promis à { $person }
relation-lending-to = prêté à { $person }
relation-lent-to = prêté à { $person }
date-returned = rendu le { $date }
date-due = à rendre le { $date }
date-promised = promis le { $date }
date-asked = demandé le { $date }

# A loan's page.
loan-title = Prêt de { $item }
loan-lender = Prêteur
loan-their-email = Son e-mail
loan-through = Via le groupe
loan-handed-over = Remis
loan-due-back = À rendre le
loan-given-back-note = rendu par l'emprunteur, en attente de la confirmation du prêteur
queue-you-first-free = Vous êtes premier dans la file : le propriétaire peut accepter dès maintenant.
queue-you-first-lent = Vous êtes premier dans la file. L'objet est prêté ou promis à quelqu'un d'autre : le propriétaire pourra accepter à son retour.
queue-you-behind = Vous êtes numéro { $number } dans la file : { $count ->
    [one] { $count } membre l'a demandé
   *[other] { $count } membres l'ont demandé
} avant vous.
queue-staff-free = Numéro { $number } sur { $total } dans la file ; l'objet est libre.
queue-staff-lent = Numéro { $number } sur { $total } dans la file ; l'objet est prêté ou promis.
queue-owner-only = L'objet est libre : vous pouvez accepter cette demande maintenant.
queue-owner-first = L'objet est libre et cette demande est arrivée la première ({ $count ->
    [one] { $count } autre attend
   *[other] { $count } autres attendent
} derrière).
queue-owner-free = Numéro { $number } sur { $total } dans la file : l'objet est libre, vous pouvez donc accepter celle de votre choix.
queue-owner-lent = Numéro { $number } sur { $total } dans la file. L'objet est prêté ou promis : vous pourrez accepter une demande à son retour.
review-title = Évaluer { $name }
review-how = Comment cela s'est-il passé ?
rating-1 = mal
rating-2 = passable
rating-3 = bien
rating-4 = très bien
rating-5 = excellent
review-comment = Commentaire (facultatif)
review-send = Envoyer l'avis
reviews = Avis
review-by = par { $name }
more-time = Plus de temps
count-more-days = { $count ->
    [one] { $count } jour de plus
   *[other] { $count } jours de plus
}
extension-standing = { $who ->
    [you] Vous avez demandé
   *[other] L'emprunteur a demandé
} { $days } { $state ->
    [to-answer] : votre réponse est attendue.
    [pending] : en attente de la réponse du prêteur.
    [accepted] : accepté, la date de retour a changé.
    [declined] : refusé.
   *[other] : sans réponse avant le retour de l'objet.
}
extension-how-many = Combien de jours de plus ? (de 1 à { $count })
extension-why = Pourquoi (facultatif)
extension-ask = Demander plus de temps
extension-accept = Accepter

# A conversation.
messages = Messages
messages-private = Vous seuls, tous les deux, lisez cette conversation. Votre adresse e-mail n'est pas affichée : partagez ici vos coordonnées seulement si vous le souhaitez.
messages-private-join = Seuls le membre et les admins du groupe lisent cette conversation. Votre adresse e-mail n'est pas affichée : partagez ici vos coordonnées seulement si vous le souhaitez.
messages-none = Pas encore de message.
messages-you = Vous
messages-former-member = un ancien membre
messages-reported = Vous avez signalé ce message.
report = Signaler
report-what = Quel est le problème ? (facultatif ; la modération ne lit que ce message et votre note)
report-send = Signaler à la modération
messages-write = Écrire un message
send = Envoyer

# What an action did, said once on the next page.
flash-welcome = Bienvenue ! Votre compte est prêt : trouvez un groupe près de chez vous, ou partagez quelque chose qui vous appartient.
flash-shared = Votre objet est partagé.
flash-item = Vos modifications de l'objet sont enregistrées.
flash-joined = Vous êtes maintenant membre du groupe.
flash-asked = Vous avez demandé à rejoindre le groupe : ses admins vous répondront.
flash-requested = Votre demande est envoyée au propriétaire.
flash-approved = Vous avez accepté : l'objet lui est promis.
flash-declined = Vous avez refusé la demande.
flash-cancelled = La demande est retirée.
flash-handed = Remis : le prêt a commencé.
flash-given = Marqué comme rendu : le propriétaire confirmera dès qu'il l'aura.
flash-returned = L'objet est de retour. Vous pouvez maintenant évaluer le prêt.
flash-reviewed = Merci pour votre avis.
flash-more-time = Vous avez demandé plus de temps : le prêteur vous répondra.
flash-answered = Votre réponse est envoyée.
flash-saved = Enregistré.
flash-password = Votre mot de passe est changé ; vos autres appareils sont déconnectés.
flash-sent = Votre message est envoyé.
flash-reported = Merci : le message est signalé à la modération, qui va l'examiner.
flash-closed = Le signalement est marqué comme traité.
flash-photos = Vos photos sont ajoutées.
flash-photo-gone = La photo est supprimée.
flash-picture = Votre image est enregistrée.

# La page d'un groupe, ses formulaires, invitations et demandes d'adhésion.
group-all = Tous les groupes
group-sign-in = Connectez-vous
group-sign-in-to-join = { $link } pour rejoindre ce groupe.
group-archived-no-join = Ce groupe est archivé : personne ne peut le rejoindre.
group-archived = Archivé
group-join = Rejoindre ce groupe
group-ask-to-join = Demander à rejoindre
group-admin-approves = Un administrateur du groupe accepte les demandes.
group-request-waiting = Votre demande attend une réponse
group-write-admins = Écrire aux administrateurs
group-withdraw-request = Retirer ma demande
group-you-admin = Vous êtes administrateur
group-leave = Quitter ce groupe
group-you-banned = Vous êtes exclu de ce groupe
group-edit = Modifier le groupe
group-members = Membres
group-no-members = Pas encore de membres.
group-items = Objets partagés avec le groupe
group-no-items = Aucun objet que vous pouvez voir n'est encore partagé avec ce groupe.
group-back-newest = Revenir aux objets les plus récents
group-run-by = Animé par { $person }.
group-about = À propos du groupe
col-member = Membre
col-role = Rôle
col-since = Depuis
col-link = Lien
col-until = Jusqu'au
col-used = Utilisé
col-state = État
member-pill-admin = admin
member-pill-member = membre
member-pill-asks = demande à entrer
member-pill-banned = exclu
member-pill-owner = fondateur
member-ban = Exclure
member-unban = Réadmettre
member-promote = Nommer admin
member-demote = Repasser membre
member-remove = Retirer
leaving-if = Si vous partez : { $what }.
leaving-if-both = Si vous partez : { $items } ; { $requests }.
leaving-unshared = { $count ->
    [one] { $count } de vos objets n'est plus partagé avec ce groupe
   *[other] { $count } de vos objets ne sont plus partagés avec ce groupe
}
leaving-private = ({ $count ->
    [one] { $count } devient privé
   *[other] { $count } deviennent privés
})
leaving-ended = { $count ->
    [one] { $count } demande faite par son biais est annulée
   *[other] { $count } demandes faites par son biais sont annulées
}
leaving-left = Vous avez quitté { $group }
leaving-unshared-title = Vos objets ne sont plus partagés avec lui
leaving-now-private = est maintenant privé : vous seul le voyez.
leaving-share-again = Le partager à nouveau
leaving-ended-title = Les demandes faites par son biais sont annulées
field-name = Nom
field-description-optional = Description (facultative)
field-city = Ville
field-state-optional = Région ou province (facultative)
field-country = Pays
field-latitude = Latitude (de -90 à 90)
field-longitude = Longitude (de -180 à 180)
field-username = Nom d'utilisateur
privacy-public-help = Tout le monde voit le groupe et ses membres, et tout le monde peut le rejoindre aussitôt.
privacy-request-help = Tout le monde voit le groupe, mais pour entrer il faut une demande qu'accepte l'un de ses administrateurs.
privacy-private-help = Seuls ses membres le voient : il n'est ni dans la liste ni sur la carte, et sa page est cachée à tous les autres.
group-who-sees = Qui peut le voir et le rejoindre
group-where = Où il se réunit
group-where-help = Laissez la ville vide si le groupe n'a pas de lieu. Avec des coordonnées, le groupe apparaît sur la carte (sauf s'il est privé).
group-create = Créer un groupe
group-create-lead = Vous en serez le fondateur et le premier administrateur.
group-create-send = Créer le groupe
group-edit-title = Modifier { $group }
group-save = Enregistrer le groupe
group-archive-title = Archiver le groupe
group-archive-what = Un groupe archivé disparaît de la liste et de la carte, et personne ne peut le rejoindre. Ses membres et ses objets restent, et vous pouvez le rouvrir.
group-archive = Archiver ce groupe
group-archive-confirm = Archiver ce groupe ?
group-reopen-title = Rouvrir le groupe
group-reopen-what = Ce groupe est archivé. Rouvrez-le pour qu'il réapparaisse.
group-reopen = Rouvrir ce groupe
picker-find-place = Trouver un lieu
picker-placeholder = une ville ou un village
picker-title = Carte : cliquez sur un lieu pour remplir sa latitude et sa longitude
picker-zoom-in = Zoomer
picker-zoom-out = Dézoomer
picker-help = Cliquez sur la carte pour remplir les coordonnées ; zoomez (avec la molette ou +) et faites glisser pour le placer jusqu'à la rue ; ajustez-les ensuite si besoin.
picker-unknown = Aucune ville ni aucun village de ce nom n'est connu ici.
picker-failed = Le lieu n'a pas pu être cherché ; saisissez les coordonnées.
invite-people = Inviter des gens
invite-link-what = Un lien permet à qui le détient de voir ce groupe et de le rejoindre aussitôt. Partagez-le par message ou sur papier ; retirez-le quand il a servi.
invite-link-what-no-wait = Un lien permet à qui le détient de voir ce groupe et de le rejoindre aussitôt, sans attendre d'accord. Partagez-le par message ou sur papier ; retirez-le quand il a servi.
invite-valid-for = Valable
invite-how-many = Pour combien de personnes
invite-make-link = Créer un lien
invite-no-limit-help = 0 personne veut dire sans limite.
invite-uses = { $count } (sans limite)
invite-uses-of = { $count } sur { $total }
invite-open = ouvert
invite-expired = expiré
invite-used-up = épuisé
invite-withdrawn = retiré
invite-withdraw = Retirer
invite-by-name = Inviter un membre par son nom d'utilisateur
invite = Inviter
invite-by-name-help = La personne trouve l'invitation sur la page de son compte, et l'accepte ou la refuse.
invite-invited = invité
invitation = Invitation
invite-dead = Cette invitation ne fonctionne plus
invite-dead-closed = Ce groupe est fermé.
invite-dead-expired = Cette invitation a expiré.
invite-dead-used-up = Cette invitation a servi autant de fois qu'elle le permet.
invite-dead-withdrawn = Les administrateurs du groupe ont retiré cette invitation.
invite-ask-new = Demandez-en une nouvelle à la personne qui vous l'a donnée.
invite-you-are-invited = Vous êtes invité à rejoindre
invite-sign-up = Créer un compte pour rejoindre
invite-sign-in = Se connecter pour rejoindre
invite-come-back = Vous revenez ici une fois connecté.
invite-already-member = Vous êtes membre.
invite-go-to-group = Aller au groupe
invite-cannot-join = Vous ne pouvez pas rejoindre ce groupe.
invite-join = Rejoindre { $group }
request-yours = Votre demande pour rejoindre { $group }
request-theirs = Demande de { $name } pour rejoindre { $group }
request-state = État de la demande : { $state }.
request-pending = en attente de réponse
request-approved = acceptée : membre désormais
request-banned = exclu du groupe
request-write-admins = Écrivez ici aux administrateurs du groupe : ils le lisent et répondent ici.
request-answer-on = Acceptez-la ou refusez-la sur { $link }.
request-the-page = la page du groupe

# Le profil d'un membre et la progression vers un badge.
stat-points = points
stat-trust = confiance
stat-rating = note moyenne
profile-in-numbers = En chiffres
figure-items-shared = Objets partagés
figure-items-lent = Objets prêtés
figure-items-borrowed = Objets empruntés
figure-on-time = Retours à l'heure
figure-late = Retours en retard
figure-reviews-received = Avis reçus
figure-reviews-given = Avis donnés
figure-groups-joined = Groupes rejoints
profile-no-badges = Pas encore de badge.
profile-earned = obtenu le { $date }
profile-since = membre depuis le { $date }
profile-yours = Voici votre profil public.
profile-edit-account = Modifier votre compte
profile-ranks = Rangs
profile-off-boards = Ce membre a choisi de ne pas figurer dans les classements.
profile-score = score { $score }
profile-see-boards = Voir les classements
profile-no-reviews = Pas encore d'avis.
profile-no-items = Rien de partagé que vous puissiez voir.
profile-newest-of = Les { $count } plus récents sur { $total }.
stars-label = { $rating } sur 5
review-as-borrower = en tant qu'emprunteur, par { $person }
review-as-lender = en tant que prêteur, par { $person }
progress-sign-in = { $link } pour voir où vous en êtes pour ce badge.
progress-earned = Vous avez obtenu ce badge.
progress-yours = Votre progression
progress-any-one = L'une ou l'autre de ces conditions suffit.
progress-items-shared = { $have } / { $need } objets partagés
progress-items-borrowed = { $have } / { $need } objets empruntés
progress-items-lent = { $have } / { $need } objets prêtés
progress-groups-joined = { $have } / { $need } groupes rejoints
progress-reviews-given = { $have } / { $need } avis donnés
progress-reviews = Avis reçus : { $have } / { $need }
progress-rating-rule = Obtenu avec une note moyenne de { $rating } ou mieux de la part des personnes à qui vous prêtez et de qui vous empruntez, sur au moins { $reviews ->
    [one] { $reviews } avis
   *[other] { $reviews } avis
}.
progress-no-reviews = Vous n'avez pas encore d'avis.
progress-rating-now = Votre moyenne actuelle : { $rating } sur { $reviews ->
    [one] { $reviews } avis
   *[other] { $reviews } avis
}.
progress-trust-rule = Obtenu avec un score de confiance de { $score } ou plus. Le score part de 50, monte avec les bonnes notes et les prêts rendus à l'heure, et baisse avec les retours en retard.
progress-trust-now = Votre score de confiance : { $score } / { $need }
progress-granted = Ce badge n'est pas compté automatiquement : l'équipe du site le décerne aux membres qui font ce qu'il décrit.
badge-secret-note = Un badge secret : seuls ceux qui l'ont obtenu le voient.

# S'inscrire, se connecter, la première mise en route et le compte d'un membre.
field-email = E-mail
field-login = Nom d'utilisateur ou e-mail
field-password = Mot de passe
field-your-password = Votre mot de passe
field-new-password = Mot de passe (au moins 8 caractères)
field-password-again = Mot de passe, encore
field-first-name = Prénom (facultatif)
field-last-name = Nom (facultatif)
field-first-name-plain = Prénom
field-last-name-plain = Nom
field-current-password = Mot de passe actuel
field-current-password-email = Mot de passe actuel (seulement pour changer d'e-mail)
field-new-password-change = Nouveau mot de passe (au moins 8 caractères)
field-new-password-again = Nouveau mot de passe, encore
password-not-same = les deux mots de passe ne sont pas les mêmes
password-wrong-current = votre mot de passe actuel n'est pas le bon
password-for-email = pour changer d'e-mail, saisissez aussi votre mot de passe actuel
setup-title = Première mise en route
setup-welcome = Bienvenue sur Comuniza
setup-lead = Ce site n'a pas encore de membres. Créez le premier compte : ce sera celui de l'administration du site.
setup-create = Créer le compte d'administration
setup-locked = Ce site est en cours de mise en route
setup-no-admin = Il n'a pas encore d'administration.
setup-if-you-run = Si vous faites tourner ce serveur : ouvrez le lien de mise en route qu'il a écrit dans son journal au démarrage (il finit par { $link } ; voyez { $journal } ou { $docker }), ou créez le compte d'administration en ligne de commande :
setup-come-back = Sinon : revenez plus tard, s'il vous plaît.
signup-title = Créer un compte
signup-already = Déjà membre ? { $link }.
signup-username-help = De 3 à 50 lettres, chiffres, - ou _. La page de votre compte vous laisse choisir qui le voit.
signup-send = Créer mon compte
signin-new-here = Nouveau ici ? { $link }.
signin-enter-both = Saisissez votre nom d'utilisateur (ou e-mail) et votre mot de passe.
signin-wrong = Ce nom d'utilisateur et ce mot de passe ne correspondent pas.
signin-inactive = Ce compte n'est pas actif. Demandez à l'équipe du site de le réactiver.
account-title = Votre compte
account-signed-in-as = Connecté en tant que { $name }. { $profile } ({ $who }).
account-see-profile = Voir votre profil
account-who-sees-it = qui le voit
account-profile = Profil
account-save-profile = Enregistrer le profil
account-change-password = Changer le mot de passe
account-password-help = Le changer vous déconnecte de tous vos autres appareils et révoque vos jetons d'accès.
account-mail = Notifications par e-mail
account-mail-help = Choisissez quelles notifications arrivent aussi par e-mail, une à une ou dans un résumé quotidien : { $link }.
account-mail-link = réglages des e-mails
account-data = Vos données
account-data-help = Tout ce que ce site garde sur vous (votre compte, vos objets, prêts, avis, badges et points) dans un seul fichier JSON.
account-data-download = Télécharger mes données
tokens-title = Jetons d'accès à l'API
tokens-help = Un jeton permet à un programme d'agir en votre nom par l'API JSON ({ $header }, sous { $path } seulement). Traitez-le comme un mot de passe. Changer de mot de passe, se déconnecter partout ou être déconnecté par l'équipe révoque tous les jetons.
tokens-new = Votre nouveau jeton { $name } — copiez-le maintenant, il n'est montré qu'une fois :
tokens-none = Vous n'avez aucun jeton.
tokens-starts-with = Commence par
tokens-created = Créé
tokens-revoke = Révoquer
tokens-name = Nom du jeton
tokens-name-example = appli du téléphone
tokens-create = Créer un jeton
sessions-title = Sessions
sessions-help = Téléphone perdu, ou connecté sur un ordinateur partagé ? Déconnectez-vous de tous les navigateurs d'un coup ; vos jetons d'accès sont révoqués aussi.
sessions-sign-out-all = Se déconnecter partout
picture-title = Photo
picture-yours = Votre photo
picture-help = Montrée à côté de votre nom à qui peut le voir (vos choix de confidentialité ci-dessous). Le lieu et les données de l'appareil sont retirés.
picture-field = Une photo (JPEG, PNG ou WebP, jusqu'à 15 Mo)
picture-change = Changer la photo
picture-add = Ajouter une photo
picture-remove = Retirer la photo
picture-choose-one = choisissez une photo
privacy-title = Confidentialité
privacy-who = Qui peut voir mon profil et mon nom
profile-public = Public
profile-public-help = Tout le monde peut voir votre profil et votre nom, connecté ou non.
profile-groups = Les membres de mes groupes
profile-groups-help = Seules les personnes d'un groupe commun voient votre profil et votre nom. Les autres voient « un membre ».
profile-partners = Les personnes à qui j'ai prêté ou qui m'ont prêté
profile-partners-help = Seules les personnes dont vous avez accepté la demande, ou qui ont accepté la vôtre, voient votre profil et votre nom.
privacy-off-boards = Ne pas figurer dans les classements (mon rang et mon score restent, en tant que « un membre »)
privacy-save = Enregistrer la confidentialité
privacy-now = Ce que les autres voient maintenant
privacy-col-who = Qui
privacy-col-profile = Votre profil et votre nom
privacy-col-boards = Les classements
privacy-anyone = Tout le monde, connecté ou non
privacy-your-groups = Les membres de vos groupes
privacy-count-groups = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
privacy-your-partners = Les personnes à qui vous avez prêté ou qui vous ont prêté
privacy-count-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
privacy-other-person = L'autre personne de chacun de vos prêts
privacy-on-that-loan = votre nom, sur ce prêt et l'objet
privacy-you-staff = Vous, et l'équipe du site
privacy-everything = tout
privacy-name-profile = votre nom et votre profil
privacy-your-name = votre nom
privacy-a-member = « un membre »
privacy-figures = La confidentialité cache votre nom, jamais vos chiffres : vos rangs, scores et badges sont les mêmes pour tout le monde.
privacy-choose = Choisissez qui peut voir votre profil.
contact-title = Contact pour les prêts
contact-help = La personne à qui vous prêtez ou qui vous prête organise plus facilement la remise si elle peut vous écrire. Votre e-mail n'est jamais montré sur votre profil, dans les listes ni à personne d'autre.
contact-show = Montrer mon e-mail à l'autre personne de chacun de mes prêts
zone-title = Fuseau horaire
zone-now = Les dates et heures de vos pages y sont affichées. Il y est maintenant { $time }.
zone-mine = Mon fuseau horaire
zone-sites = Celui du site ({ $zone })
invitations-title = Invitations à des groupes
invited-by = invitation de { $by }
invited-by-an-admin = un administrateur du groupe
invitation-accept = Accepter et rejoindre
delete-title = Supprimer votre compte
delete-cannot-undo = C'est définitif. { $link } avant si vous voulez les garder.
delete-download = Téléchargez vos données
delete-removed = Le nom, l'e-mail, le mot de passe et le profil sont effacés, et toutes les sessions et tous les jetons d'accès prennent fin.
delete-items = Les objets sont archivés ; les demandes faites sont retirées et les demandes pour les objets refusées.
delete-groups = Toutes les adhésions aux groupes prennent fin. { $who ->
    [you] Un groupe que vous avez fondé
   *[they] Un groupe que la personne a fondé
} passe à son administrateur le plus ancien (ou à un membre, nommé administrateur) ; un groupe sans personne d'autre est archivé.
delete-records = Les prêts, avis, badges et points restent, sous « Ancien membre », pour que les historiques des autres restent justes.
delete-open-first = { $first } (l'autre personne attend l'objet ou son retour) :
delete-finish-first = Terminez d'abord les prêts encore ouverts
delete-understand = Je comprends que mon compte est supprimé définitivement
delete-send = Supprimer mon compte
delete-tick = cochez la case pour dire que vous voulez supprimer votre compte
deleted-title = Votre compte est supprimé
deleted-lead = Merci d'avoir partagé avec vos voisins. Votre nom a disparu du site ; les prêts auxquels vous avez pris part restent, sous « Ancien membre ».
deleted-page = Compte supprimé
renamed-page = Bienvenue
renamed-title = Bienvenue sur le nouveau site
renamed-now = Votre nom d'utilisateur ici est { $name }.
renamed-old = Sur l'ancien site c'était { $name }, qui n'a pas pu être gardé tel quel : ici les noms d'utilisateur sont faits de lettres, de chiffres, de _ et de -, et deux ne peuvent pas différer seulement par les majuscules.
renamed-sign-in = Connectez-vous avec lui ou avec votre e-mail, comme avant. Vous pouvez voir votre compte à tout moment sur { $link }.
renamed-account-page = la page de votre compte
renamed-continue = Continuer
mail-lead = Tout est dans votre { $inbox } sur ce site. Choisissez ce qui arrive aussi par e-mail à { $email } (à changer dans { $account }).
mail-inbox = boîte de réception
mail-your-account = votre compte
mail-off = Ce site n'envoie pas encore d'e-mails : son hébergeur n'a pas configuré de serveur de courrier. Vos choix sont gardés pour quand il le fera.
mail-by-email = Par e-mail
mail-digest-when = Le résumé quotidien arrive une fois par jour, à partir de 8 h dans votre fuseau horaire, avec ce que vous n'avez pas encore lu.
mail-not-a-choice = { $kind } : ce n'est pas un choix
mail-choice-off = Pas d'e-mail
mail-choice-each = Un e-mail à chaque fois
mail-choice-digest = Dans un résumé quotidien
mail-kind-request = Quelqu'un demande à emprunter une chose à vous
mail-kind-request-waiting = Une demande attend votre réponse depuis 3 jours
mail-kind-approved = Votre demande est acceptée
mail-kind-rejected = Votre demande est refusée ou prend fin
mail-kind-cancelled = Une demande pour une chose à vous est retirée
mail-kind-first = Votre demande est la première de la file
mail-kind-pickup = Un prêt commence (la chose est remise)
mail-kind-given-back = On vous a rendu une chose : confirmez-le
mail-kind-returned = Le prêteur a confirmé le retour
mail-kind-extension = Quelqu'un demande plus de temps
mail-kind-extension-answer = La réponse à votre demande de plus de temps
mail-kind-due-soon = Un prêt arrive à échéance dans deux jours
mail-kind-due-today = Un prêt arrive à échéance aujourd'hui
mail-kind-overdue = Un prêt est en retard
mail-kind-message = Un message sur un prêt ou une demande d'adhésion
mail-kind-review = Quelqu'un a laissé un avis sur vous
mail-kind-join-request = Quelqu'un demande à rejoindre un groupe que vous animez
mail-kind-join-answer = La réponse à votre demande d'adhésion
mail-kind-invitation = Un groupe vous invite
mail-kind-badge = Vous avez obtenu un badge
mail-kind-other = Autres nouvelles
mail-about = les e-mails sur « { $kind } »
mail-every = tous les e-mails de ce site (résumés compris)
mail-settings = vos réglages des e-mails
unsubscribe-title = Arrêter les e-mails
unsubscribe-ask = Arrêter { $what } à { $email } ? Vos notifications restent dans votre boîte de réception sur le site.
unsubscribe-send = Les arrêter
unsubscribe-change = Vous pouvez changer cela, et tout autre choix, dans { $link } une fois connecté.
unsubscribed-page = Arrêtés
unsubscribed-title = C'est fait
unsubscribed-what = Plus de { $what } à { $email }.
unsubscribed-again = Changé d'avis ? Choisissez à nouveau dans { $link }.

# Notifications : la boîte de réception et les mots de chacune (aussi dans les e-mails et l'API).
notices-title = Notifications
notices-mark-all = Tout marquer comme lu
notices-none-unread = Rien de non lu.
notices-unread = { $count ->
    [one] { $count } notification non lue.
   *[other] { $count } notifications non lues.
}
notices-which-by-mail = Lesquelles arrivent par e-mail ?
notices-nothing-yet = Rien pour l'instant : les demandes pour vos objets, les réponses aux vôtres et les nouvelles de vos groupes arrivent ici.
notices-new = nouveau
notices-mark-read = Marquer comme lu
notice-someone = Quelqu'un
notice-former-member = Un ancien membre
notice-a-member = Un membre
notice-an-item = un objet
notice-a-group = un groupe
notice-a-badge = un badge
notice-quoted = « { $name } »
notice-loan-request = { $who } demande à emprunter { $item }.
notice-loan-approved = { $who } a dit oui : { $item } vous est promis.
notice-loan-pickup = { $who } vous a remis { $item } : le prêt a commencé.
notice-given-back = { $who } a rendu { $item } : confirmez-le quand vous l'avez.
notice-returned = { $who } a confirmé que { $item } est revenu. Vous pouvez donner votre avis sur le prêt.
notice-declined = { $who } a refusé votre demande pour { $item }.
notice-ended-unshared = Votre demande pour { $item } a pris fin : l'objet n'est plus partagé.
notice-withdrew = { $who } a retiré la demande pour { $item }.
notice-withdrawn = La demande pour { $item } a été retirée.
notice-more-time = { $who } demande plus de temps avec { $item }.
notice-more-time-yes = { $who } vous a donné plus de temps avec { $item }.
notice-more-time-no = { $who } a refusé plus de temps avec { $item }.
notice-overdue = { $item } est en retard : rendez-le ou demandez plus de temps.
notice-due-soon = { $item } est à rendre le { $date } : rendez-le, ou demandez plus de temps.
notice-due-soon-undated = { $item } est bientôt à rendre : rendez-le, ou demandez plus de temps.
notice-due-today = { $item } est à rendre aujourd'hui.
notice-request-waiting = La demande de { $who } pour { $item } attend votre réponse depuis 3 jours.
notice-review = { $who } a donné son avis sur vous après le prêt de { $item }.
notice-first-in-queue = { $item } est de nouveau libre, et votre demande est la première : le propriétaire peut maintenant dire oui.
notice-join-request = { $who } demande à rejoindre { $group }.
notice-join-yes = Vous êtes maintenant membre de { $group }.
notice-join-no = Votre demande pour rejoindre { $group } a été refusée.
notice-invitation = { $who } vous invite à rejoindre { $group }.
notice-badge = Vous avez obtenu le badge { $badge }.
notice-message-loan = { $who } vous a écrit au sujet de { $item }.
notice-message-your-request = { $who } a écrit au sujet de votre demande pour rejoindre { $group }.
notice-message-their-request = { $who } a écrit au sujet de sa demande pour rejoindre { $group }.
notice-message-request-of = { $who } a écrit au sujet de la demande de { $name } pour rejoindre { $group }.
notice-message-a-request = { $who } a écrit au sujet d'une demande pour rejoindre un groupe.
mail-digest-subject = { $count ->
    [one] { $count } nouvelle notification sur { $site }
   *[other] { $count } nouvelles notifications sur { $site }
}
mail-stop-digests = Arrêter ces résumés et tout autre e-mail
mail-stop-these = Arrêter les e-mails comme celui-ci
mail-why = { $site }. Vous recevez cet e-mail à cause de { $settings }
mail-your-settings = vos réglages de notifications

# Partager et modifier un objet, et ses photos.
item-share = Partager un objet
item-edit = Modifier l'objet
item-edit-title = Modifier { $item }
field-title = Titre
field-longest-loan = Prêt le plus long, en jours
item-lent-now-help = Il est prêté en ce moment et apparaît comme emprunté jusqu'à son retour.
visibility-public-help = Tout le monde le voit, même les visiteurs non connectés.
visibility-restricted-help = Seuls les membres actifs des groupes cochés ci-dessous le voient et peuvent le demander.
visibility-private-help = Vous seul le voyez ; personne ne peut demander à l'emprunter.
item-groups-shared = Groupes avec lesquels il est partagé
item-no-group = Vous n'êtes encore membre actif d'aucun groupe : { $link }.
item-find-group = trouvez un groupe
item-photos-field = Photos (facultatif : jusqu'à { $count }, JPEG, PNG ou WebP ; vous pourrez en ajouter plus tard)
item-photos-again = Si vous aviez choisi des photos, choisissez-les à nouveau.
item-archive-it = L'archiver : plus personne d'autre ne le voit (vous pouvez le faire revenir ici)
item-archive-declines = { $count ->
    [one] L'archiver refuse la { $count } demande qui l'attend.
   *[other] L'archiver refuse les { $count } demandes qui l'attendent.
}
item-save = Enregistrer les modifications
item-share-send = Le partager
photos = Photos
photo-choose = Choisir une photo
photo-number = Photo { $number }
photo-number-of = { $number } sur { $total }
photos-count = { $count } sur { $total }. La première est celle que montrent les listes.
photos-space-of = Les photos du propriétaire occupent { $used } sur { $total }.
photos-space = Les photos du propriétaire occupent { $used }.
photo-primary = Photo principale
photo-describe = Décrivez-la (pour les personnes qui ne peuvent pas la voir)
photo-save-text = Enregistrer le texte
photo-make-primary = En faire la principale
photo-earlier = Avant
photo-later = Après
photo-move-earlier = Avancer la photo { $number }
photo-move-later = Reculer la photo { $number }
photo-delete = Supprimer
photo-delete-number = Supprimer la photo { $number }
photos-add-field = { $count ->
    [one] Ajouter des photos (JPEG, PNG ou WebP, jusqu'à 15 Mo chacune ; encore { $count })
   *[other] Ajouter des photos (JPEG, PNG ou WebP, jusqu'à 15 Mo chacune ; encore { $count })
}
photos-add = Ajouter des photos
photos-stripped = Le lieu et les données de l'appareil sont retirés de chaque photo.
photos-full = Supprimez-en une pour en ajouter une autre.
photos-choose = choisissez au moins une photo

# Pages de l'équipe.
settings-texts-in = Dans chaque langue
settings-texts-in-help = Ce que voient, à la place des textes ci-dessus, les membres qui lisent une langue. Laissez un champ vide pour montrer le texte ci-dessus.
badge-texts-help = Le nom et la description du badge tels que les voient les membres qui lisent chaque langue. Laissez un champ vide pour montrer ceux du badge.
badge-description = Description
admin-sections = Rubriques de l'administration
admin-overview = Vue d'ensemble
admin-badges = Badges et succès
admin-badges-about = Créer et modifier les badges et les règles qui les décernent.
admin-categories = Catégories
admin-categories-about = Les sortes de choses que partagent les membres : les ajouter, renommer, imbriquer et archiver.
admin-grants = Attributions et points
admin-grants-about = Décerner un badge à la main, ou ajouter ou retirer des points.
admin-users = Utilisateurs
admin-users-about = Trouver des membres par nom d'utilisateur ; activer, désactiver, droits d'équipe, déconnexion.
admin-groups = Groupes
admin-groups-about = Archiver ou restaurer des groupes.
admin-reports = Messages signalés
admin-reports-about = Les messages que les membres ont signalés à l'équipe, avec leurs notes.
admin-settings = Réglages du site
admin-settings-about = Le nom, la devise et le message d'accueil du site, dans chaque langue ; son fuseau horaire, sa langue et ses limites.
admin-system = Cache et stockage
admin-system-about = Taux de réussite du cache L1, entrées et octets, latence d'écriture, taille du fichier de données, la boîte d'envoi des e-mails.
admin-lead = Faire vivre la communauté : ses badges, ses membres, ses groupes et ses réglages.
admin-at-a-glance = En un coup d'œil
admin-count-users = { $count ->
    [one] utilisateur
   *[other] utilisateurs
}
admin-count-loans = { $count ->
    [one] prêt
   *[other] prêts
}
admin-count-open-loans = { $count ->
    [one] prêt en cours
   *[other] prêts en cours
}
admin-count-badges = { $count ->
    [one] badge
   *[other] badges
}
start-title = Pour commencer
start-left = { $count } étapes sur { $total } restantes.
start-done = Fait :
start-name = { $link }, et écrivez son message d'accueil.
start-name-link = Nommez le site
start-categories = { $link } pour les choses que partagent les membres (outils, livres, jeux...).
start-categories-link = Ajoutez des catégories
start-badges = Ajoutez des badges : créez les vôtres dans { $link }, ou commencez avec le jeu standard :
start-badges-standard = Ajouter les badges standard
start-group = { $link } pour votre quartier.
start-group-link = Créez un premier groupe
start-invite = Invitez des membres : partagez l'adresse du site, ou le lien d'invitation d'un groupe depuis sa page.
settings-site-name = Nom du site (dans le menu et les titres ; vide : Comuniza)
settings-tagline = Devise (sous le nom sur la page d'accueil)
settings-welcome = Message d'accueil (sur la page d'accueil)
settings-zone = Fuseau horaire (les dates et heures y sont affichées ; chaque membre peut choisir le sien)
settings-language = Langue (des visiteurs dont le navigateur ne demande aucune des langues proposées)
settings-language-none = Aucune : la première proposée ({ $language })
settings-limits = Limites
settings-limits-help = Ce qu'un membre peut créer, pour que personne ne puisse inonder les pages du site. 0 veut dire sans limite ; l'équipe n'est jamais limitée.
settings-photos = Stockage des photos
settings-photos-help = Les photos sont gardées dans le fichier de données, une sauvegarde les copie donc aussi. Ces valeurs bornent la place qu'elles peuvent prendre.
settings-save = Enregistrer les réglages
limit-items = Nouveaux objets par membre et par jour
limit-groups = Nouveaux groupes par membre et par jour
limit-loan-requests = Demandes de prêt par membre et par jour
limit-signups = Inscriptions par adresse et par heure
limit-downloads = Téléchargements de ses données par membre et par jour
limit-messages = Messages par membre et par heure
limit-photo-uploads = Envois de photos par membre et par heure (chacun jusqu'à six photos)
quota-member = Photos par membre, en Mo (0 : sans borne)
quota-site = Photos de tout le site, en Mo (0 : sans borne)

# Refus : pourquoi une action n'a pas été faite.
not-found = { $what ->
    [item] objet introuvable
    [loan] prêt introuvable
    [group] groupe introuvable
    [badge] badge introuvable
    [user] utilisateur introuvable
    [member] membre introuvable
    [photo] photo introuvable
    [invitation] invitation introuvable
    [conversation] conversation introuvable
    [message] message introuvable
    [notification] notification introuvable
    [category] catégorie introuvable
    [achievement] succès introuvable
    [report] signalement introuvable
    [page] page introuvable
    [session] session introuvable
    [token] jeton introuvable
    [membership] adhésion introuvable
    [image] image introuvable
    [file] fichier introuvable
    [link] lien introuvable
    [mail] e-mail introuvable
   *[other] introuvable
}
error-too-large-mb = la requête est trop grosse (au plus { $size } Mo) : envoyez moins de photos ou des photos plus petites
error-too-large-kib = la requête est trop grosse (au plus { $size } Kio)
error-storage = le serveur ne peut pas enregistrer de modifications pour l'instant : son disque est plein ou en lecture seule. Rien n'a été changé. Réessayez plus tard ; l'hébergeur du site est prévenu
error-server = quelque chose s'est mal passé sur le serveur ; réessayez
refuse-own-item = vous ne pouvez pas emprunter votre propre objet
refuse-withdrawn = cet objet a été retiré
refuse-not-lending = le propriétaire ne prête pas cet objet en ce moment
refuse-already-asked = vous avez déjà une demande ou un prêt pour cet objet
refuse-not-your-step = seul { $by ->
    [lender] le prêteur
   *[borrower] l'emprunteur
} peut faire cette étape du prêt
refuse-step-now = ce prêt ne permet pas cette étape dans son état actuel
refuse-queued = l'objet est prêté ou promis à quelqu'un d'autre : cette demande attend dans la file jusqu'à son retour
refuse-review-early = un prêt peut recevoir un avis une fois rendu
refuse-reviewed = vous avez déjà donné votre avis sur ce prêt
refuse-admins-only = seuls les administrateurs du groupe peuvent faire cela
refuse-owner-only = seuls le fondateur du groupe ou l'équipe du site peuvent faire cela
refuse-group-closed = ce groupe est fermé
refuse-banned = vous êtes exclu de ce groupe
refuse-join-waiting = votre demande d'adhésion attend une réponse
refuse-already-member = vous êtes déjà membre de ce groupe
refuse-owner-leaves = le fondateur ne peut pas quitter le groupe
refuse-owner-moderated = le fondateur du groupe ne peut pas être modéré
refuse-membership-change = ce changement ne s'applique pas à cette adhésion
error-sign-in = connectez-vous d'abord
error-bad-token = le jeton d'accès n'est pas valide (révoqué, mal saisi, ou son compte n'est pas actif)
error-token-on-page = un jeton d'accès n'ouvre que l'API JSON (adresses sous /api/) ; pour utiliser les pages du site, connectez-vous avec votre mot de passe dans un navigateur
error-too-many = trop de tentatives ; attendez { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
} et réessayez
error-limit = { $limit ->
    [limit_items_per_day] nouveaux objets
    [limit_groups_per_day] nouveaux groupes
    [limit_loan_requests_per_day] demandes de prêt
    [limit_signups_per_hour] nouveaux comptes
    [limit_data_downloads_per_day] téléchargements de vos données
    [limit_messages_per_hour] messages
   *[limit_photo_uploads_per_hour] envois de photos
} : ce site en permet au plus { $count } par { $per ->
    [hour] heure
   *[day] jour
} { $limit ->
    [limit_signups_per_hour] depuis une même adresse
   *[other] et par membre
} ; attendez { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
} et réessayez
error-bad-csrf = ce formulaire n'a pas pu être accepté : son jeton de sécurité manque ou a expiré. Revenez en arrière, rechargez la page et renvoyez-le
refuse-more-time-borrower = seul l'emprunteur peut demander plus de temps
refuse-more-time-lender = seul le prêteur peut répondre à une demande de plus de temps
refuse-more-time-not-lent = on peut demander plus de temps tant que l'objet est prêté
refuse-more-time-over = le prêt n'est plus actif : il n'y a rien à prolonger
refuse-more-time-asked = vous avez déjà demandé plus de temps
refuse-more-time-nothing = il n'y a aucune demande de plus de temps à laquelle répondre
refuse-closed-invite = ce groupe est fermé : rouvrez-le pour inviter des gens
refuse-member-in-group = ce membre est déjà dans le groupe
refuse-member-invited = ce membre est déjà invité
refuse-item-owner-only = seul le propriétaire de l'objet peut le modifier
refuse-lent-withdrawn = un objet prêté ne peut pas être retiré
refuse-member-banned = ce membre est exclu du groupe
refuse-report-own = vous ne pouvez pas signaler votre propre message
refuse-reported = vous avez déjà signalé ce message
refuse-delete-own = vous ne pouvez supprimer que votre propre compte
refuse-signed-in = cette action demande un membre connecté
refuse-staff-only = seule l'équipe peut faire cela
refuse-inactive = ce compte n'est pas actif
refuse-picture-own = seul le membre peut choisir sa photo
refuse-photos-owner = seul le propriétaire de l'objet peut changer ses photos
refuse-email-taken = cette adresse e-mail est déjà enregistrée
refuse-username-taken = ce nom d'utilisateur est pris
refuse-profile-own = vous ne pouvez modifier que votre propre profil
refuse-password-own = vous ne pouvez changer que votre propre mot de passe

invalid = { $field ->
    [title] Titre
    [description] Description
    [name] Nom
    [username] Nom d'utilisateur
    [email] E-mail
    [password] Mot de passe
    [first_name] Prénom
    [last_name] Nom
    [city] Ville
    [country] Pays
    [latitude] Latitude
    [longitude] Longitude
    [max_loan_days] Prêt le plus long
    [rating] Note
    [comment] Commentaire
    [request_message] Message
    [body] Message
    [note] Note
    [days] Jours
    [max_uses] Pour combien de personnes
    [category] Catégorie
    [groups] Groupes
    [visibility] Qui le voit
    [photos] Photos
    [slug] Nom court
    [icon] Icône
    [points] Points
    [display_order] Ordre
    [trigger_type] Déclencheur
    [threshold_value] Seuil
    [conditions] Conditions
    [transaction_type] Sorte de points
    [parent] Catégorie parente
    [from] Catégorie à fusionner
    [into] Catégorie cible
    [code] Lien
    [badge] Badge
    [lang] Langue
    [position] Position
    [group] Groupe
    [kind] Sorte
    [status] Disponibilité
    [condition] État
   *[other] { $label }
} : { $reason }
invalid-username-length = doit faire de 3 à 50 caractères
invalid-username-chars = ne peut contenir que des lettres, des chiffres, « _ » et « - »
invalid-required = est obligatoire
invalid-too-long = doit faire au plus { $max } caractères
invalid-email = n'est pas une adresse e-mail valide
invalid-too-short = doit faire au moins { $min } caractères
invalid-whole-number = doit être un nombre entier
invalid-choice = n'est pas l'un des choix
invalid-both-coordinates = donnez la latitude et la longitude, ou aucune des deux
invalid-city-with-coordinates = est obligatoire quand le groupe a des coordonnées
invalid-days = choisissez de 1 à { $max } jours
invalid-range = doit être entre 1 et { $max }
invalid-status-borrowed = passe à « emprunté » avec les prêts, pas à la main
invalid-category = n'est pas une catégorie
invalid-groups-member = ne peut nommer que des groupes dont vous êtes membre actif
invalid-restricted-group = un objet restreint a besoin d'au moins un groupe
invalid-photo-twice = cette photo est déjà sur cet objet
invalid-empty-message = est vide : écrivez d'abord quelque chose
invalid-rating = doit être un nombre entier de 1 à 5
refuse-admins-edit = seuls les administrateurs du groupe peuvent le modifier
users-starts-with = Le nom d'utilisateur commence par
users-none = Aucun nom d'utilisateur ne commence ainsi.
users-showing = { $count } affichés.
users-showing-first = { $count } affichés (les { $count } premiers ; tapez plus du nom pour affiner).
users-user = Utilisateur
users-joined = Inscrit
users-deleted = supprimé
users-active = actif
users-inactive = inactif
users-staff = équipe
users-deactivate = Désactiver
users-activate = Activer
users-remove-staff = Retirer de l'équipe
users-make-staff = Mettre dans l'équipe
users-delete = Supprimer le compte
users-delete-title = Supprimer le compte de { $name }
users-delete-lead = Pour un membre qui l'a demandé. C'est définitif.
users-delete-asked = Le membre a demandé la suppression de son compte
users-delete-send = Supprimer le compte
users-back = Retour aux utilisateurs
users-delete-page = Supprimer un compte
users-delete-tick = cochez la case pour dire que le membre l'a demandé
admin-groups-lead = Un groupe archivé ne prend plus de nouveaux membres ni de demandes de prêt et quitte la carte ; le restaurer le rend tel qu'il était.
page-back-first = Revenir à la première page
admin-col-group = Groupe
admin-col-place = Lieu
admin-archive = Archiver
admin-restore = Restaurer
reports-in-loan = la conversation d'un prêt (prêt { $number })
reports-in-join = une demande d'adhésion à un groupe
reports-in-other = une conversation
reports-none-waiting = Aucun signalement ne vous attend.
reports-waiting = { $count } en attente.
reports-private = Les conversations sont privées : l'équipe ne voit que les messages que les membres lui signalent.
reports-none = Rien n'a été signalé.
reports-meta = Écrit par { $author } dans { $place } ; signalé par { $reporter } le { $date }.
reports-note = Sa note :
reports-dealt = Traité.
reports-mark-dealt = Marquer comme traité
categories-top-choice = (aucune : une catégorie principale)
categories-choose = (choisir)
categories-lead = Ce que partagent les membres, par sortes : un objet appartient à une catégorie. Archivez une catégorie pour ne plus la proposer aux nouveaux objets (les objets gardent la leur).
categories-new = Nouvelle catégorie
categories-under = Sous
categories-add = Ajouter
categories-move-title = Déplacer une catégorie
categories-move = Déplacer
categories-move-under = sous
categories-merge-title = Fusionner deux catégories
categories-merge-help = Chaque objet de la première passe dans la seconde, ses sous-catégories aussi, et la première est retirée. Les objets des membres ne changent pas autrement.
categories-merge = Fusionner
categories-merge-into = dans
categories-none = Pas encore de catégorie.
categories-offered = Proposée
categories-offered-check = proposée
categories-top = (principale)
grants-badge-done = Le badge a été décerné.
grants-points-done = Les points ont été enregistrés.
grants-badge-title = Décerner un badge
grants-badge-help = Pour les badges qu'aucune règle ne décerne (séries, actions spéciales) ou pour réparer une erreur. Les points du badge viennent avec lui.
grants-no-badges = Il n'y a pas encore de badge : { $link }.
grants-create-first = créez-en un d'abord
grants-badge = Badge
grants-badge-send = Décerner le badge
grants-points-title = Ajuster les points
grants-points-help = Ajoutez des points (bonus, bonus de série, gagnés) ou retirez-en (pénalité, un nombre négatif).
grants-kind = Sorte
grants-points = Points (négatifs pour retirer)
grants-why = Pourquoi
grants-points-send = Enregistrer les points
bad-form-parts = le formulaire a plus de { $max } parties
bad-form-text = le formulaire contient du texte qui n'est pas de l'UTF-8 valide (un caractère que ce site ne sait pas lire) ; rien n'a été changé. Saisissez-le à nouveau et renvoyez le formulaire depuis sa page
bad-form-type = cette adresse attend un formulaire (application/x-www-form-urlencoded)
bad-form-unreadable = le formulaire n'a pas pu être lu : { $why }
bad-json = le corps JSON n'a pas pu être lu : { $why }
bad-loan-role = role doit valoir lender ou borrower
bad-loan-state = state doit valoir open ou finished
bad-no-token = ce jeton n'existe pas
bad-page = page doit être un nombre entier à partir de 1
bad-photo-action = choisissez quoi faire de la photo
bad-photos-multipart = envoyez les photos en multipart/form-data, comme fichiers nommés "image"
bad-place-query = q: le nom d'un lieu fait au plus 100 caractères
bad-search-empty = q: indiquez les mots à chercher
bad-search-kind = kind: l'un de items, groups, members
bad-search-long = q: au plus { $max } octets
bad-search-page = page: la recherche ne montre que ses { $max } premières pages
bad-yes-no = { $name } doit valoir true ou false
busy-member-uploads = vous envoyez déjà { $count } formulaires avec des photos : attendez qu'ils arrivent, puis renvoyez celui-ci
busy-photos = le serveur est occupé par d'autres photos ; réessayez dans une minute
busy-signins = le serveur est occupé à vérifier d'autres connexions ; réessayez dans quelques secondes
busy-uploads = le serveur reçoit d'autres photos ; réessayez dans une minute
conflict-badge-slug = un badge porte déjà ce nom court
conflict-banned = ce membre est exclu de ce groupe : réadmettez-le d'abord
conflict-code-taken = ce code de lien est déjà pris
conflict-delete-open-loans = { $count ->
    [one] { $count } prêt est encore en cours (promis ou prêté) : terminez-le d'abord, puis supprimez le compte
   *[other] { $count } prêts sont encore en cours (promis ou prêtés) : terminez-les d'abord, puis supprimez le compte
}
conflict-delete-staff = un compte de l'équipe ne peut pas être supprimé : retirez-lui d'abord ses droits d'équipe
conflict-deleted-account = un compte supprimé ne peut pas être réactivé
conflict-first-admin = ce site a déjà son premier administrateur ; connectez-vous plutôt
conflict-has-badge = le membre a déjà ce badge
conflict-member-photos-full = avec ces photos, celles du propriétaire occuperaient { $after } sur les { $bound } que chaque membre peut garder : supprimez d'abord des photos, ou choisissez-en moins
conflict-open-links = ce groupe a déjà { $max } liens ouverts : retirez-en un d'abord
conflict-overflow = ce changement porterait le champ { $field } d'un membre au-delà de la plus grande valeur qu'il peut contenir ; rien n'a été changé
conflict-report-dealt = ce signalement a déjà été traité
conflict-site-photos-full = le stockage des photos du site est plein ({ $used } sur { $bound }) : adressez-vous à l'équipe du site
conflict-tokens-max = vous avez déjà { $max } jetons ; révoquez-en un d'abord
error-body-timeout = le corps de la requête n'est pas arrivé en { $seconds } s
error-body-unreadable = la requête n'a pas pu être lue : { $why }
invalid-achievement-points = les points de succès viennent avec les badges
invalid-badge = n'est pas un badge
invalid-choose-category = choisissez une catégorie
invalid-control-chars = ne peut pas contenir de caractères de contrôle ni de forçages de direction
invalid-coordinate = doit être un nombre de -{ $limit } à { $limit } avec au plus 6 décimales
invalid-from-to = doit être entre { $min } et { $max }
invalid-groups-order = doivent être listés une seule fois chacun, par ordre croissant
invalid-invisible = ne peut pas contenir de caractères invisibles (contrôles de direction, caractères de largeur nulle)
invalid-json-object = doit être un objet JSON
invalid-language = choisissez une langue dans la liste
invalid-length = doit faire de 1 à { $max } caractères
invalid-limit = doit être un nombre entier (0 : sans limite)
invalid-limit-max = doit être au plus { $max } (0 : sans limite)
invalid-link-code = n'est pas un code de lien
invalid-loan-group = doit être l'un des groupes de l'objet dont vous êtes membre
invalid-megabytes = doit être un nombre entier de Mo
invalid-megabytes-max = doit être au plus { $max } Mo
invalid-merge-archived = cette catégorie est archivée : proposez-la de nouveau d'abord
invalid-merge-same = choisissez une autre catégorie dans laquelle fusionner
invalid-min-reviews = min_reviews doit être un nombre entier, 0 ou plus
invalid-name-username = votre nom ne peut pas être le nom d'utilisateur d'un autre membre
invalid-one-of = doit être l'une de ces valeurs : { $list }
invalid-own-ancestor = ferait d'une catégorie son propre ancêtre
invalid-photos-fewer = un objet a au plus { $max } photos : choisissez-en moins
invalid-photos-full = un objet a au plus { $max } photos : supprimez-en une d'abord
invalid-photos-room = un objet a au plus { $max } photos : vous pouvez encore en ajouter { $count }
invalid-points-nonzero = doit être un nombre non nul, d'au plus { $max } en plus ou en moins
invalid-role = role doit valoir "lender" ou "borrower"
invalid-site-language = n'est pas une langue du site
invalid-slug-chars = ne peut contenir que des lettres, des chiffres, « - » et « _ »
invalid-slug-start = doit commencer par une lettre ou un chiffre
invalid-threshold-type = type doit valoir "rating" ou "trust_score"
invalid-uses-max = doit être au plus { $max } (ou 0 pour sans limite)
invalid-value-range = value doit être un nombre de 0 à { $max }
invalid-zone = choisissez un fuseau horaire dans la liste, comme Europe/Paris
photo-named-not-added = La photo « { $name } » n'a pas été ajoutée : { $why }
photo-not-added = La photo n'a pas été ajoutée : { $why }
photo-refused-broken = la photo ne peut pas être lue : { $why }
photo-refused-not-a-photo = seules les photos JPEG, PNG et WebP sont acceptées
photo-refused-pixels = la photo fait { $count } mégapixels : 40 au plus sont acceptés
photo-refused-too-large = le fichier dépasse 15 Mo : choisissez une photo plus petite
refuse-api-anonymous = connectez-vous avec un jeton d'accès personnel (Authorization: Bearer)
refuse-api-session = l'API d'écriture demande un jeton d'accès personnel (Authorization: Bearer) ; créez-en un sur la page de votre compte
refuse-create-staff = seule l'équipe peut créer des comptes de l'équipe
refuse-deactivate-self = vous ne pouvez pas désactiver votre propre compte
refuse-mail-server = les e-mails sont envoyés par le serveur lui-même
refuse-reminders-server = les rappels sont envoyés par le serveur lui-même
refuse-sessions-signin = une session s'ouvre en se connectant
refuse-staff-page = cette page est réservée à l'équipe du site
refuse-unstaff-self = vous ne pouvez pas retirer vos propres droits d'équipe
unavailable-backup-made = la sauvegarde n'a pas pu être faite : { $why }
unavailable-backup-read = la sauvegarde n'a pas pu être lue : { $why }
badge-admin-lead = Tous les badges, y compris les inactifs et les secrets. Un badge est décerné par n'importe lequel de ses succès actifs ; un badge sans succès ne se décerne qu'à la main.
badge-admin-type = Type
badge-admin-category = Catégorie
badge-admin-points = Points
badge-admin-order = Ordre
badge-admin-earned = Obtenu
badge-admin-achievements = Succès
badge-admin-state = État
badge-admin-by-hand = aucun (décerné à la main)
badge-admin-off = désactivé
badge-admin-active = actif
badge-admin-inactive = inactif
badge-admin-new = Nouveau badge
badge-admin-create = Créer le badge
badge-admin-all = ← Tous les badges
badge-admin-title = Badge : { $name }
badge-admin-public = Voir sa page publique
badge-admin-edit = Modifier
badge-admin-save = Enregistrer le badge
badge-admin-rules-help = Les règles qui décernent ce badge. Les modifier le décerne aussitôt à tous ceux qui les remplissent désormais.
badge-admin-achievement = Succès { $number }
badge-admin-save-achievement = Enregistrer le succès
badge-admin-new-achievement = Nouveau succès
badge-admin-add-achievement = Ajouter le succès
badge-admin-edit-title = Modifier le badge
badge-admin-slug = Nom court (lettres, chiffres et -, utilisé dans son adresse)
badge-admin-description = Description
badge-admin-icon = Icône (un emoji ou un nom court)
badge-admin-points-field = Points (donnés avec le badge)
badge-admin-order-field = Ordre d'affichage (les plus petits d'abord)
badge-admin-active-check = Actif (listé et décerné)
badge-admin-secret-check = Secret (listé seulement pour ceux qui l'ont obtenu)
badge-admin-trigger = Déclencheur
badge-admin-threshold = Seuil (vide : 1)
badge-admin-conditions = Conditions (un objet JSON)
badge-admin-active-plain = Actif
badge-admin-triggers = Ce que veut dire chaque déclencheur
trigger-item-shared = Décerné quand le membre partage au moins autant d'objets actifs que le seuil.
trigger-loan-completed = Décerné quand le membre a emprunté au moins autant d'objets que le seuil (prêts rendus) ; avec les conditions {"{"}"role": "lender"{"}"}, quand il en a prêté autant.
trigger-group-joined = Décerné quand le membre est membre actif d'au moins autant de groupes que le seuil.
trigger-review-given = Décerné quand le membre a écrit au moins autant d'avis que le seuil.
trigger-threshold-reached = Décerné selon la réputation : conditions {"{"}"type": "rating", "value": 4.5, "min_reviews": 3{"}"} (note moyenne d'au moins value, sur au moins min_reviews avis) ou {"{"}"type": "trust_score", "value": 80, "min_reviews": 0{"}"}.
trigger-by-hand = Jamais décerné automatiquement : l'équipe le décerne à la main.
size-b = { $n } o
size-kib = { $n } Kio
size-mib = { $n } Mio
size-gib = { $n } Gio
size-tib = { $n } Tio
size-percent = { $n } %
sys-lead = Compteurs depuis le démarrage du serveur.
sys-l1 = Cache L1
sys-l1-help = Des réponses toutes prêtes, en trois segments : hot (classements, liste des badges, carte), warm (pages des badges), cold (profils). Chaque écriture invalide exactement ce qu'elle a changé.
sys-hit-ratio = Taux de réussite
sys-entries-of-capacity = Entrées / capacité
sys-bytes-held = Octets occupés
sys-l1-caption = Compteurs du cache L1 par segment
sys-segment = Segment
sys-hits = Réussites
sys-misses = Échecs
sys-fills = Remplissages
sys-dropped = Remplissages abandonnés
sys-invalidations = Invalidations
sys-evictions = Évictions LRU
sys-entries = Entrées
sys-bytes = Octets
sys-capacity = Capacité
sys-off = désactivé
sys-writer = Processus d'écriture
sys-writer-help = Un seul processus d'écriture enregistre ensemble les commandes en attente (écriture groupée, ou « group commit »).
sys-per-commit = Commandes par écriture
sys-last = dernière
sys-average = moyenne
sys-max = max
sys-commits = Écritures
sys-commands = Commandes
sys-refused = Commandes refusées
sys-avg-latency = Latence moyenne d'une écriture
sys-last-latency = Latence de la dernière écriture
sys-last-batch = Taille du dernier lot
sys-max-batch = Taille du plus grand lot
sys-file = Fichier de données
sys-size = Taille
sys-size-value = { $size } ({ $bytes } octets)
sys-unknown = inconnue
sys-path = Chemin
sys-photos = Photos
sys-stored = Stockées
sys-stored-value = { $count ->
    [one] { $size } dans { $count } fichier
   *[other] { $size } dans { $count } fichiers
}
sys-of-file = ({ $percent } du fichier de données)
sys-site-bound = Borne du site
sys-no-bound = sans borne
sys-used = ({ $percent } utilisés)
sys-member-bound = Borne de chaque membre
sys-items-photos = Objets avec des photos
sys-avatars = Membres avec une photo
sys-bounds-set = Les bornes se règlent dans { $link }.
sys-mail = E-mail
sys-mail-through = Les notifications que les membres ont choisi de recevoir par e-mail partent via { $server }.
sys-mail-off = Désactivé : aucun serveur de courrier n'est configuré ({ $flag }, voir le README). Les notifications restent dans la boîte de réception.
sys-queued = En attente
sys-failing = En échec (remis en attente après un refus)
sys-sent = Envoyés (30 derniers jours)
sys-given-up = Abandonnés
sys-col-mail = E-mail
sys-col-to = Destinataire
sys-col-state = État
sys-col-tries = Tentatives
sys-col-when = Quand
sys-col-answer = Réponse du serveur
sys-digest = (résumé)
sys-former = un ancien membre
sys-pill-queued = en attente
sys-pill-failing = en échec, sera réessayé
sys-pill-sent = envoyé
sys-pill-given-up = abandonné
sys-backups = Sauvegardes
sys-backups-every = Une sauvegarde est faite { $every } dans { $dir } ; les { $keep } plus récentes sont gardées.
sys-backups-none = Pas de sauvegarde programmée (démarrez le serveur avec { $flag }).
sys-backup-last = Dernière sauvegarde programmée
sys-backup-result = Résultat
sys-backup-verified = vérifiée, { $size }, { $path }
sys-backup-failed = échec :
sys-backup-help = Téléchargez une copie cohérente du fichier de données, vérifiée avant l'envoi. Pour la restaurer, arrêtez le serveur, mettez la copie à la place du fichier de données, puis redémarrez le serveur.
sys-backup-download = Télécharger une sauvegarde
duration-days = { $count ->
    [one] chaque jour
   *[other] tous les { $count } jours
}
duration-hours = { $count ->
    [one] chaque heure
   *[other] toutes les { $count } heures
}
duration-minutes = { $count ->
    [one] chaque minute
   *[other] toutes les { $count } minutes
}
duration-seconds = { $count ->
    [one] chaque seconde
   *[other] toutes les { $count } secondes
}
status-name = { $code ->
    [400] Requête incorrecte
    [401] Connexion nécessaire
    [403] Interdit
    [404] Introuvable
    [405] Méthode non autorisée
    [408] Délai dépassé
    [409] Conflit
    [413] Trop volumineux
    [415] Type de contenu non pris en charge
    [422] Impossible à traiter
    [429] Trop de requêtes
    [500] Erreur du serveur
    [503] Indisponible
   *[other] Erreur
}
boards-hall = Tableau d'honneur
boards-hall-what = Les trois premiers de chaque mois passé, tels que le mois s'est terminé.
trigger-period-top = Décerné à la fin d'une période aux premiers d'un classement du site sur cette période : conditions {"{"}"board": "lending", "period": "month"{"}"} (board overall, lending ou borrowing ; period week, month ou year) et pour seuil les rangs gagnants (1 : le premier, ex æquo compris). « Prêteur du mois » est cette règle.
progress-period-top-week = Décerné à la fin de chaque semaine { $rank ->
    [one] au premier
   *[other] aux { $rank } premiers
} du classement { $board } de cette semaine (ex æquo compris).
progress-period-top-month = Décerné à la fin de chaque mois { $rank ->
    [one] au premier
   *[other] aux { $rank } premiers
} du classement { $board } de ce mois (ex æquo compris).
progress-period-top-year = Décerné à la fin de chaque année { $rank ->
    [one] au premier
   *[other] aux { $rank } premiers
} du classement { $board } de cette année (ex æquo compris).
invalid-period-top = demande {"{"}"board": "overall", "lending" ou "borrowing", "period": "week", "month" ou "year"{"}"}
