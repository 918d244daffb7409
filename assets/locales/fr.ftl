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
nav-inbox = Messages
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
