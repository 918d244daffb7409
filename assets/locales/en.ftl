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

# The home page.
home-title = Home
home-numbers = The community in numbers
count-members = { $count ->
    [one] member
   *[other] members
}
count-groups = { $count ->
    [one] group
   *[other] groups
}
count-items = { $count ->
    [one] item
   *[other] items
}
count-on-loan = { $count ->
    [one] item out on loan
   *[other] items out on loan
}
home-newest = Newest items
home-no-items = No items shared yet.
home-shared-by = shared by
home-browse-items = Browse all items
home-where = Where the groups are
home-full-map = The full map
home-browse-groups = browse the groups
home-top = Top of the boards
home-full-boards = Full leaderboards
home-welcome = Welcome, { $name }
home-welcome-back = Welcome back, { $name }
home-invited = You are invited to join { $group } by { $by }.
home-accept-decline = Accept or decline
home-share = Share an item
home-your-loans = Your loans
home-find-group = Find a group
home-join = Join the community
home-browse = Browse items

# The leaderboards.
boards-title = Leaderboards
board-overall = Points
board-overall-what = reputation points from badges, bonuses and penalties
board-lending = Lending
board-lending-what = 10 points for every loan returned to its owner
board-borrowing = Borrowing
board-borrowing-what = 10 points for every item borrowed and returned
board-reputation = Trust
board-reputation-what = trust score from reviews and on-time returns (0-100)
board-no-one = No one yet.
board-rank = Rank
board-member = Member
board-score = Score
boards-yours = Your standing
boards-rank-of = of { $total } · score { $score }
boards-sign-in-why = {" "}to see your own rank on each board.
# A member whose name the viewer may not see.
a-member = a member

# The map of the groups.
map-title = Map of group locations
map-place-groups = { $place }: { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
map-credits = Land outline: Natural Earth (public domain). Towns: GeoNames (CC BY 4.0).
map-each-group = Each circle is a group: choose it to open the group.
map-each-place = Each circle is a place where groups meet; bigger circles, more groups. Zoom in to see each group.

# Pages of a list.
pages = Pages
page-number = Page { $page }
page-previous = Previous
page-next = Next
page-newer = Newer
page-older = Older

# The list of items.
items-group = Group
items-all-groups = All groups
items-category = Category
items-all-categories = All categories
items-status = Status
items-any-status = Any status
items-filter = Filter
items-clear = Clear
items-condition = Condition:
items-shared-in = Shared in
items-corrected = No items match “{ $asked }”. Showing items for “{ $found }”.
items-none-shared = No items are shared yet.
items-none-match = No items match.
items-cut = Only the newest { $count } items were searched: choose a group to find older ones.
status-available = Available
status-borrowed = Lent or promised
status-not-now = Not right now
status-special = Special conditions
pill-promised = Promised
pill-coming-back = Coming back
pill-lent-out = Lent out
condition-new = New
condition-excellent = Excellent
condition-good = Good
condition-fair = Fair
condition-poor = Poor

# The search page.
search-titled = { $query } · Search
search-label = Search items, groups and members
search-tabs = What to search
search-members = Members
search-hint = Words of a title, a description, an author, a category, a group's name or place, or a member's name. The last word may be unfinished.
search-corrected = No results for “{ $asked }”. Showing results for “{ $found }”.
search-no-more = No more results.
search-back-first = Back to the first page
search-nothing-items = Nothing matches “{ $query }” among items. Try fewer or other words.
search-nothing-groups = Nothing matches “{ $query }” among groups. Try fewer or other words.
search-nothing-members = Nothing matches “{ $query }” among members. Try fewer or other words.

# Who may see a group.
privacy-public = Public
privacy-request = Join on request
privacy-private = Private

# The map page.
map-heading = Map of groups
map-create = Create a group
map-lead = Where the community's groups meet. Choose a circle to see the groups there, zoom in, or find the groups near a town.
map-move = Move the map
map-zoom-in = Zoom in +
map-zoom-out = Zoom out −
map-west = ← West
map-north = ↑ North
map-south = ↓ South
map-east = East →
map-go-to = Go to:
region-europe = Europe
region-north-america = North America
region-central-america = Central America and the Caribbean
region-south-america = South America
region-africa = Africa
region-middle-east = Middle East
region-asia = Asia
region-oceania = Oceania
region-world = The whole world
map-near = Groups near
map-near-placeholder = a town or city
map-find = Find
map-places = Places with groups
map-no-places = No group has a location yet.
map-city = City
map-state = State
map-country = Country
near-unknown = No town or city called “{ $asked }” is known here. Try the nearest bigger town, or add its country's two-letter code: “London, CA”.
near-heading = Groups near { $place }
near-others = Or another place of that name:
near-none = No group you can see has a place on the map yet.
near-start = Start one
near-under-km = under 1 km

# The list of groups.
groups-lead = Local groups share their items with each other: join one near you.
groups-see-map = See them on the map
groups-search-label = Search by name or city
groups-in = Groups in { $place }.
groups-show-all = Show all groups
groups-count = { $count ->
    [one] { $count } group.
   *[other] { $count } groups.
}
groups-found = { $count ->
    [one] { $count } group found.
   *[other] { $count } groups found.
}
groups-none-match = No group matches. Try another name or city.
groups-none = There are no groups yet.
groups-past-last = This page is past the last one.
groups-you-member = You are a member
groups-request-sent = Request sent
groups-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

# Badges.
badges-secret = secret
badges-points-holders = { $points ->
    [one] { $points } point
   *[other] { $points } points
} · { $count ->
    [one] earned by { $count } member
   *[other] earned by { $count } members
}
badge-cat-lending = Lending
badge-cat-borrowing = Borrowing
badge-cat-community = Community
badge-cat-reputation = Reputation
badge-cat-special = Special
badge-tier-bronze = bronze
badge-tier-silver = silver
badge-tier-gold = gold
badge-tier-platinum = platinum
badge-tier-special = special
badges-none = This site has no badges yet.
badges-lead = Badges are earned by sharing, borrowing, joining and being trusted.
badges-see-yours = See the ones you hold
badges-your-secret = Your secret badges
badges-secret-only = Only those who earned them can see these.
badges-join = Join to start earning them
badges-recent = Recently earned by
badges-no-one = No one has earned it yet. Be the first!
