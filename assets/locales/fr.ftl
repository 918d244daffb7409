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
