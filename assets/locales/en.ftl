# The page chrome: menu, footer, messages every page may show.
skip-to-content = Skip to content
menu = Menu
menu-show = Show the menu
nav-main = Main
nav-items = Items
nav-groups = Groups
nav-map = Map
nav-badges = Badges
nav-boards = Leaderboards
nav-search = Search
nav-my-items = My items
nav-loans = Loans
nav-admin = Admin
nav-inbox = Inbox
inbox-unread =
    { $count ->
        [0] Notifications, none unread
       *[other] Notifications, { $count } unread
    }
sign-out = Sign out
sign-in = Sign in
sign-up = Sign up
footer-about = a community lending library · runs on Comuniza
badge-earned = You earned a badge:
badge-see = See the badge
are-you-sure = { $action }: are you sure?

# The language switcher in the footer.
language = Language
language-change = Change
language-unknown = that language is not offered here
language-account-help = The language of the site's pages for you, on every device you sign in on.
language-mine = My language
language-browsers = My browser's (else the site's)
save = Save

# Error pages.
error-back = Back to the start
error-sign-in-or = or
error-create-account = create an account
