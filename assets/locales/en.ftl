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
boards-periods = Period
boards-period-all = All time
boards-period-year = This year
boards-period-month = This month
boards-period-week = This week
boards-scope = Boards of
boards-scope-site = The whole site
boards-show = Show
boards-in-site = { $period } across the site
boards-in-group = { $period } in { $group }
boards-since = since { $day }
boards-not-on = not on this board yet
boards-unknown-period = There is no period “{ $period }”: choose week, month, year or all.
group-boards-none = No one has lent, borrowed or earned points in this group this month yet.
group-boards-all = All of this group's boards
boards-hall = Hall of fame
boards-hall-what = The first three of each past month, as the month ended.
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

# Table columns.
col-item = Item
col-with = With
col-when = When
col-status = Status
col-actions = Actions
col-loan = Loan
col-borrower = Borrower
col-asked = Asked
edit = Edit
count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

# Who sees an item.
visibility-public = Public
visibility-restricted = Restricted to its groups
visibility-private = Private

# An item's page.
item-archived = Archived
item-category = Category
item-condition = Condition
item-none = None
item-longest-loan = Longest loan
item-owner = Owner
item-who-sees = Who sees it
item-staff-view = You see this item as staff: its owner has not shared it with you.
fact-author = Author
fact-publisher = Publisher
fact-year = Year
fact-isbn = ISBN
fact-languages = Languages
fact-format = Format
fact-subjects = Subjects
record-of = Lending record of { $name }
record-owners = The owner's lending record
record-lent = { $count ->
    [one] loan completed as lender
   *[other] loans completed as lender
}
record-borrowed = { $count ->
    [one] item borrowed
   *[other] items borrowed
}
record-trust = trust score
record-rating = average rating ({ $count ->
    [one] { $count } review
   *[other] { $count } reviews
})
record-no-reviews = no reviews yet
item-waiting = The item is free, and { $count ->
    [one] { $count } member is
   *[other] { $count } members are
} waiting for it: { $person } asked first. Approve one request below, or decline them.
item-loans = Loans of this item
item-no-loans = Nobody has asked for it yet.
loan-number = Loan { $number }
item-sign-in-to-ask = { $link } to ask to borrow it.
item-you-asked = You have asked for this item: { $status }.
item-see-loan = See your loan
item-withdrawn = You cannot ask for it right now: this item has been withdrawn.
item-not-lending = You cannot ask for it right now: the owner is not lending this item right now.
ask-title = Ask to borrow it
ask-queued = It is lent or promised to someone else now. Ask, and you will be number { $number } in the queue: the owner can say yes once it is back.
ask-ahead = { $count ->
    [one] { $count } member has
   *[other] { $count } members have
} asked before you: you will be number { $number } in the queue.
ask-special = The owner lends it under special conditions: say in your message how you would use it.
ask-message = Message to the owner (optional)
ask-group = Borrow through the group
ask-join-queue = Join the queue
ask-send = Send the request

# My items.
mine-lent-to = Lent to
mine-the-loan = loan
mine-edit-item = Edit { $item }
mine-nothing = You have not shared anything yet.
mine-past-last = This page is past the last one.
mine-back-newest = Back to your newest items

# Loans.
loans-title = My loans
loans-waiting-you = Waiting for you
loans-waiting-item = { $item } is free, and { $count ->
    [one] { $count } member is
   *[other] { $count } members are
} waiting for it: { $person } asked first.
loans-requests = Requests to answer
loans-asked = Your requests
loans-promised = Promised, to hand over
loans-out = Out on loan
loans-returned = Returned
loans-closed = Declined or cancelled
loans-all = All my loans
loans-none-here = No loans here.
loans-none = No loans yet.
loans-find = Find something to borrow
loans-see-all = See all { $count }
queue-place = number { $number } of { $total } in the queue
action-approve = Approve
action-decline = Decline
action-cancel = Cancel the request
action-hand-over = Hand it over now
action-given-back = I have given it back
action-confirm-back = Confirm it is back
action-about = { $action }: { $item }
loan-overdue = Overdue
loan-asked-waiting = Asked, waiting for an answer
loan-asked-to-answer = Asked, to answer
loan-promised-to-you = Promised to you, to collect
loan-with-you = With you
loan-given-back-waiting = Given back, waiting for the owner
loan-given-back-to-confirm = Given back, to confirm
loan-declined-by-owner = Declined by the owner
loan-declined = Declined
loan-cancelled = Cancelled
relation-asking = asking { $person }
relation-promised-by = promised by { $person }
relation-borrowing-from = borrowing from { $person }
relation-borrowed-from = borrowed from { $person }
relation-asked = asked { $person }
relation-asked-by = asked by { $person }
relation-promised-to = promised to { $person }
relation-lending-to = lending to { $person }
relation-lent-to = lent to { $person }
date-returned = returned { $date }
date-due = due { $date }
date-promised = promised { $date }
date-asked = asked { $date }

# A loan's page.
loan-title = Loan of { $item }
loan-lender = Lender
loan-their-email = Their email
loan-through = Through the group
loan-handed-over = Handed over
loan-due-back = Due back
loan-given-back-note = given back by the borrower, waiting for the lender to confirm
queue-you-first-free = You are first in line: the owner can say yes now.
queue-you-first-lent = You are first in line. The item is lent or promised to someone else now: the owner can say yes once it is back.
queue-you-behind = You are number { $number } in the queue: { $count ->
    [one] { $count } member
   *[other] { $count } members
} asked before you.
queue-staff-free = Number { $number } of { $total } in the queue; the item is free.
queue-staff-lent = Number { $number } of { $total } in the queue; the item is lent or promised now.
queue-owner-only = The item is free: you can approve this request now.
queue-owner-first = The item is free and this request came first ({ $count ->
    [one] { $count } more waits
   *[other] { $count } more wait
} behind it).
queue-owner-free = Number { $number } of { $total } in the queue: the item is free, so you may approve whichever you choose.
queue-owner-lent = Number { $number } of { $total } in the queue. The item is lent or promised now: you can approve a request once it is back.
review-title = Review { $name }
review-how = How did it go?
rating-1 = poor
rating-2 = fair
rating-3 = good
rating-4 = very good
rating-5 = excellent
review-comment = Comment (optional)
review-send = Send the review
reviews = Reviews
review-by = by { $name }
more-time = More time
count-more-days = { $count ->
    [one] { $count } more day
   *[other] { $count } more days
}
extension-standing = { $who ->
    [you] You asked for
   *[other] The borrower asked for
} { $days }{ $state ->
    [to-answer] : your answer is needed.
    [pending] : waiting for the lender's answer.
    [accepted] : accepted, the due date moved.
    [declined] : declined.
   *[other] : not answered before the item came back.
}
extension-how-many = How many more days? (1 to { $count })
extension-why = Why (optional)
extension-ask = Ask for more time
extension-accept = Accept

# A conversation.
messages = Messages
messages-private = Only the two of you read this conversation. Your e-mail address is not shown: share contact details here only if you want to.
messages-private-join = Only the member and the group's admins read this conversation. Your e-mail address is not shown: share contact details here only if you want to.
messages-none = No messages yet.
messages-you = You
messages-former-member = a former member
messages-reported = You reported this message.
report = Report
report-what = What is wrong with it? (optional; staff read this message and your note, nothing else)
report-send = Report to the site's staff
messages-write = Write a message
send = Send

# What an action did, said once on the next page.
flash-welcome = Welcome! Your account is ready: find a group near you, or share something you own.
flash-shared = Your item is shared.
flash-item = Your changes to the item are saved.
flash-joined = You are a member of the group now.
flash-asked = You asked to join: the group's admins will answer.
flash-requested = Your request is sent to the owner.
flash-approved = You said yes: the item is promised to them.
flash-declined = You declined the request.
flash-cancelled = The request is withdrawn.
flash-handed = Handed over: the loan has started.
flash-given = Marked as given back: the owner confirms once they have it.
flash-returned = The item is back. You can now review the loan.
flash-reviewed = Thank you for your review.
flash-more-time = You asked for more time: the lender will answer.
flash-answered = Your answer is sent.
flash-saved = Saved.
flash-password = Your password is changed; your other devices are signed out.
flash-sent = Your message is sent.
flash-reported = Thank you: the message is reported to the site's staff, who will look at it.
flash-closed = The report is marked as dealt with.
flash-photos = Your photos are added.
flash-photo-gone = The photo is deleted.
flash-picture = Your picture is saved.

# A group's page, its forms, invitations and requests to join.
group-all = All groups
group-sign-in = Sign in
group-sign-in-to-join = { $link } to join this group.
group-archived-no-join = This group is archived: no one can join it.
group-archived = Archived
group-join = Join this group
group-ask-to-join = Ask to join
group-admin-approves = An admin of the group approves requests.
group-request-waiting = Your request is waiting for approval
group-write-admins = Write to the admins
group-withdraw-request = Withdraw my request
group-you-admin = You are an admin
group-leave = Leave this group
group-you-banned = You are banned from this group
group-edit = Edit the group
group-members = Members
group-no-members = No members yet.
group-items = Items shared with the group
group-no-items = No items you can see are shared with this group yet.
group-back-newest = Back to the newest items
group-run-by = Run by { $person }.
group-about = About the group
col-member = Member
col-role = Role
col-since = Since
col-link = Link
col-until = Until
col-used = Used
col-state = State
member-pill-admin = admin
member-pill-member = member
member-pill-asks = asks to join
member-pill-banned = banned
member-pill-owner = owner
member-ban = Ban
member-unban = Unban
member-promote = Make admin
member-demote = Make member
member-remove = Remove
leaving-if = If you leave: { $what }.
leaving-if-both = If you leave: { $items }; { $requests }.
leaving-unshared = { $count ->
    [one] { $count } item of yours is no longer shared with this group
   *[other] { $count } items of yours are no longer shared with this group
}
leaving-private = ({ $count ->
    [one] { $count } becomes private
   *[other] { $count } become private
})
leaving-ended = { $count ->
    [one] { $count } request made through it is cancelled
   *[other] { $count } requests made through it are cancelled
}
leaving-left = You have left { $group }
leaving-unshared-title = Your items are no longer shared with it
leaving-now-private = is now private: only you see it.
leaving-share-again = Share it again
leaving-ended-title = Requests made through it are cancelled
field-name = Name
field-description-optional = Description (optional)
field-city = City
field-state-optional = State or region (optional)
field-country = Country
field-latitude = Latitude (-90 to 90)
field-longitude = Longitude (-180 to 180)
field-username = Username
privacy-public-help = Anyone can see the group and its members, and anyone can join at once.
privacy-request-help = Anyone can see the group, but joining is a request that one of its admins approves.
privacy-private-help = Only its members see it: it is not listed, not on the map, and its page is hidden from everyone else.
group-who-sees = Who can see and join it
group-where = Where it meets
group-where-help = Leave the city empty if the group has no place. With coordinates, the group shows on the map (unless it is private).
group-create = Create a group
group-create-lead = You will be its owner and first admin.
group-create-send = Create the group
group-edit-title = Edit { $group }
group-save = Save the group
group-archive-title = Archive the group
group-archive-what = An archived group is hidden from the list and the map, and no one can join it. Its members and items stay, and you can reopen it.
group-archive = Archive this group
group-archive-confirm = Archive this group?
group-reopen-title = Reopen the group
group-reopen-what = This group is archived. Reopen it to list it again.
group-reopen = Reopen this group
picker-find-place = Find a place
picker-placeholder = a town or city
picker-title = Map: click a place to fill in its latitude and longitude
picker-zoom-in = Zoom in
picker-zoom-out = Zoom out
picker-help = Click the map to fill in the coordinates; zoom in (the wheel or +) and drag to place it down to the street; then adjust them if needed.
picker-unknown = No town or city of that name is known here.
picker-failed = The place could not be looked up; type the coordinates instead.
invite-people = Invite people
invite-link-what = A link lets whoever holds it see this group and join at once. Share it by message or on paper; withdraw it when it has done its work.
invite-link-what-no-wait = A link lets whoever holds it see this group and join at once, without waiting for approval. Share it by message or on paper; withdraw it when it has done its work.
invite-valid-for = Valid for
invite-how-many = For how many people
invite-make-link = Make a link
invite-no-limit-help = 0 people means no limit.
invite-uses = { $count } (no limit)
invite-uses-of = { $count } of { $total }
invite-open = open
invite-expired = expired
invite-used-up = used up
invite-withdrawn = withdrawn
invite-withdraw = Withdraw
invite-by-name = Invite a member by username
invite = Invite
invite-by-name-help = They find the invitation on their account page, and accept or decline it.
invite-invited = invited
invitation = Invitation
invite-dead = This invitation no longer works
invite-dead-closed = This group is closed.
invite-dead-expired = This invitation has expired.
invite-dead-used-up = This invitation has been used as many times as it allows.
invite-dead-withdrawn = This invitation was withdrawn by the group's admins.
invite-ask-new = Ask the person who gave it to you for a new one.
invite-you-are-invited = You are invited to join
invite-sign-up = Create an account to join
invite-sign-in = Sign in to join
invite-come-back = You come back here once you are in.
invite-already-member = You are a member.
invite-go-to-group = Go to the group
invite-cannot-join = You cannot join this group.
invite-join = Join { $group }
request-yours = Your request to join { $group }
request-theirs = { $name }'s request to join { $group }
request-state = The request is { $state }.
request-pending = waiting for an answer
request-approved = approved: a member now
request-banned = banned from the group
request-write-admins = Write here to the group's admins: they read it and answer here.
request-answer-on = Approve or decline it on { $link }.
request-the-page = the group's page

# A member's profile and a badge's progress.
stat-points = points
stat-trust = trust score
stat-rating = average rating
profile-in-numbers = In numbers
figure-items-shared = Items shared
figure-items-lent = Items lent
figure-items-borrowed = Items borrowed
figure-on-time = On-time returns
figure-late = Late returns
figure-reviews-received = Reviews received
figure-reviews-given = Reviews given
figure-groups-joined = Groups joined
profile-no-badges = No badges yet.
profile-earned = earned { $date }
profile-since = member since { $date }
profile-yours = This is your public profile.
profile-edit-account = Edit your account
profile-ranks = Ranks
profile-off-boards = This member chose to stay off the boards.
profile-score = score { $score }
profile-see-boards = See the leaderboards
profile-no-reviews = No reviews yet.
profile-no-items = Nothing shared that you can see.
profile-newest-of = The { $count } newest of { $total }.
stars-label = { $rating } out of 5
review-as-borrower = as a borrower, from { $person }
review-as-lender = as a lender, from { $person }
progress-sign-in = { $link } to see your progress towards this badge.
progress-earned = You have earned this badge.
progress-yours = Your progress
progress-any-one = Any one of these earns it.
progress-items-shared = { $have } / { $need } items shared
progress-items-borrowed = { $have } / { $need } items borrowed
progress-items-lent = { $have } / { $need } items lent
progress-groups-joined = { $have } / { $need } groups joined
progress-reviews-given = { $have } / { $need } reviews given
progress-reviews = Reviews received: { $have } / { $need }
progress-rating-rule = Earned with an average rating of { $rating } or better from the people you lend to and borrow from, over at least { $reviews ->
    [one] { $reviews } review
   *[other] { $reviews } reviews
}.
progress-no-reviews = You have no reviews yet.
progress-rating-now = Your average now: { $rating } from { $reviews ->
    [one] { $reviews } review
   *[other] { $reviews } reviews
}.
progress-trust-rule = Earned with a trust score of { $score } or more. The score starts at 50, rises with good ratings and loans returned on time, and falls with late returns.
progress-trust-now = Your trust score: { $score } / { $need }
progress-granted = This badge is not counted automatically: the site's staff award it to members who do what it describes.
progress-period-top-week = Awarded when each week ends to { $rank ->
    [one] the first
   *[other] the first { $rank }
} on that week's { $board } board (ties included).
progress-period-top-month = Awarded when each month ends to { $rank ->
    [one] the first
   *[other] the first { $rank }
} on that month's { $board } board (ties included).
progress-period-top-year = Awarded when each year ends to { $rank ->
    [one] the first
   *[other] the first { $rank }
} on that year's { $board } board (ties included).
badge-secret-note = A secret badge: only those who earned it see it.

# Signing up and in, the first run, and a member's account.
field-email = Email
field-login = Username or email
field-password = Password
field-your-password = Your password
field-new-password = Password (at least 8 characters)
field-password-again = Password again
field-first-name = First name (optional)
field-last-name = Last name (optional)
field-first-name-plain = First name
field-last-name-plain = Last name
field-current-password = Current password
field-current-password-email = Current password (only to change your email)
field-new-password-change = New password (at least 8 characters)
field-new-password-again = New password again
password-not-same = the two passwords are not the same
password-wrong-current = your current password is not right
password-for-email = to change your email, enter your current password too
setup-title = First run
setup-welcome = Welcome to Comuniza
setup-lead = This site has no members yet. Create the first account: it will be the site's administrator.
setup-create = Create the administrator
setup-locked = This site is being set up
setup-no-admin = It has no administrator yet.
setup-if-you-run = If you run this server: open the setup link it printed in its log when it started (it ends in { $link }; see { $journal } or { $docker }), or create the administrator at the command line:
setup-come-back = If you do not run it: please come back later.
signup-title = Create an account
signup-already = Already a member? { $link }.
signup-username-help = 3 to 50 letters, digits, - or _. Your account page lets you choose who sees it.
signup-send = Create my account
signin-new-here = New here? { $link }.
signin-enter-both = Enter your username (or email) and your password.
signin-wrong = That username and password do not match.
signin-inactive = This account is not active. Ask the site's staff to reactivate it.
account-title = Your account
account-signed-in-as = Signed in as { $name }. { $profile } ({ $who }).
account-see-profile = See your profile
account-who-sees-it = who sees it
account-profile = Profile
account-save-profile = Save profile
account-change-password = Change password
account-password-help = Changing it signs you out on every other device and revokes your access tokens.
account-mail = E-mail notifications
account-mail-help = Choose which notifications also come by e-mail, one by one or in a daily digest: { $link }.
account-mail-link = e-mail settings
account-data = Your data
account-data-help = Everything this site keeps about you (your account, items, loans, reviews, badges and points) as one JSON file.
account-data-download = Download my data
tokens-title = Access tokens for the API
tokens-help = A token lets a program act as you through the JSON API ({ $header }, under { $path } only). Treat it like a password. Changing your password, signing out everywhere, or the staff signing you out revokes every token.
tokens-new = Your new token { $name } — copy it now, it is shown only once:
tokens-none = You have no tokens.
tokens-starts-with = Starts with
tokens-created = Created
tokens-revoke = Revoke
tokens-name = Token name
tokens-name-example = phone app
tokens-create = Create token
sessions-title = Sessions
sessions-help = Lost a phone, or signed in on a shared computer? Sign out of every browser at once; your access tokens are revoked too.
sessions-sign-out-all = Sign out everywhere
picture-title = Picture
picture-yours = Your picture
picture-help = Shown beside your name to whoever may see it (your privacy choices below). Location and camera details are removed.
picture-field = A photo (JPEG, PNG or WebP, up to 15 MB)
picture-change = Change picture
picture-add = Add picture
picture-remove = Remove picture
picture-choose-one = choose one photo
privacy-title = Privacy
privacy-who = Who can see my profile and my name
profile-public = Public
profile-public-help = Anyone can see your profile and your name, signed in or not.
profile-groups = Members of my groups
profile-groups-help = Only people in a group with you see your profile and your name. Everyone else sees "a member".
profile-partners = People I have lent to or borrowed from
profile-partners-help = Only people whose request you accepted, or who accepted yours, see your profile and your name.
privacy-off-boards = Leave me off the boards (my rank and score stay, shown as "a member")
privacy-save = Save privacy
privacy-now = What others see now
privacy-col-who = Who
privacy-col-profile = Your profile and name
privacy-col-boards = The boards
privacy-anyone = Anyone, signed in or not
privacy-your-groups = Members of your groups
privacy-count-groups = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
privacy-your-partners = People you lent to or borrowed from
privacy-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
privacy-other-person = The other person of each of your loans
privacy-on-that-loan = your name, on that loan and the item
privacy-you-staff = You, and the site's staff
privacy-everything = everything
privacy-name-profile = your name and profile
privacy-your-name = your name
privacy-a-member = "a member"
privacy-figures = Privacy hides your name, never your figures: your ranks, scores and badge counts are the same for everyone.
privacy-choose = Choose who can see your profile.
contact-title = Contact on loans
contact-help = The person you lend to or borrow from can arrange the hand-over more easily when they can write to you. Your email is never shown on your profile, in lists or to anyone else.
contact-show = Show my email to the other person of each of my loans
zone-title = Time zone
zone-now = Dates and times on your pages are shown in it. It is now { $time } there.
zone-mine = My time zone
zone-sites = The site's ({ $zone })
invitations-title = Invitations to groups
invited-by = invited by { $by }
invited-by-an-admin = an admin of the group
invitation-accept = Accept and join
delete-title = Delete your account
delete-cannot-undo = This cannot be undone. { $link } first if you want to keep it.
delete-download = Download your data
delete-removed = The name, email, password and profile are removed, and every session and access token ends.
delete-items = Items are archived; requests made are withdrawn and requests for the items declined.
delete-groups = Every group membership ends. { $who ->
    [you] A group you own
   *[they] A group they own
} passes to its longest-serving admin (or member, made an admin); one with no one else in it is archived.
delete-records = Loans, reviews, badges and points stay, under "Former member", so that everyone else's records stay right.
delete-open-first = { $first } (the other person is waiting for the item or its return):
delete-finish-first = First finish the loans still open
delete-understand = I understand that my account is deleted for good
delete-send = Delete my account
delete-tick = tick the box to say you want your account deleted
deleted-title = Your account is deleted
deleted-lead = Thank you for sharing with your neighbours. Your name is gone from the site; the loans you took part in stay, under "Former member".
deleted-page = Account deleted
renamed-page = Welcome
renamed-title = Welcome to the new site
renamed-now = Your username here is { $name }.
renamed-old = On the old site it was { $name }, which could not be kept as it was: usernames here are made of letters, digits, _ and -, and no two may differ only in capitals.
renamed-sign-in = Sign in with it or with your email, as before. You can see your account at any time on { $link }.
renamed-account-page = your account page
renamed-continue = Continue
mail-lead = Everything is in your { $inbox } on this site. Choose what also comes by e-mail to { $email } (change it on { $account }).
mail-inbox = inbox
mail-your-account = your account
mail-off = This site sends no e-mail yet: its host has not set up a mail server. Your choices are kept for when it does.
mail-by-email = By e-mail
mail-digest-when = The daily digest comes once a day, from 8:00 in your time zone, with what you have not read yet.
mail-not-a-choice = { $kind }: not a choice
mail-choice-off = No e-mail
mail-choice-each = An e-mail each time
mail-choice-digest = In a daily digest
mail-kind-request = Someone asks to borrow your thing
mail-kind-request-waiting = A request waited 3 days for your answer
mail-kind-approved = Your request is accepted
mail-kind-rejected = Your request is declined or ends
mail-kind-cancelled = A request for your thing is withdrawn
mail-kind-first = Your request is first in the queue
mail-kind-pickup = A loan starts (the thing is handed over)
mail-kind-given-back = A borrower gave your thing back: confirm it
mail-kind-returned = The lender confirmed the return
mail-kind-extension = A borrower asks for more time
mail-kind-extension-answer = The answer to your request for more time
mail-kind-due-soon = A loan is due in two days
mail-kind-due-today = A loan is due today
mail-kind-overdue = A loan is overdue
mail-kind-message = A message about a loan or a join request
mail-kind-review = Someone reviewed you
mail-kind-join-request = Someone asks to join a group you run
mail-kind-join-answer = The answer to your request to join
mail-kind-invitation = A group invites you
mail-kind-badge = You earned a badge
mail-kind-other = Other news
mail-about = e-mails about “{ $kind }”
mail-every = every e-mail from this site (digests included)
mail-settings = your e-mail settings
unsubscribe-title = Stop e-mails
unsubscribe-ask = Stop { $what } to { $email }? Your notifications stay in your inbox on the site.
unsubscribe-send = Stop them
unsubscribe-change = You can change this, and every other choice, on { $link } when signed in.
unsubscribed-page = Stopped
unsubscribed-title = Done
unsubscribed-what = No more { $what } to { $email }.
unsubscribed-again = Changed your mind? Choose again on { $link }.

# Notifications: the inbox, and the words of each (also in e-mails and the API).
notices-title = Notifications
notices-mark-all = Mark all read
notices-none-unread = Nothing unread.
notices-unread = { $count ->
    [one] { $count } unread notification.
   *[other] { $count } unread notifications.
}
notices-which-by-mail = Which come by e-mail?
notices-nothing-yet = Nothing yet: requests for your things, answers to yours, and news from your groups arrive here.
notices-new = new
notices-mark-read = Mark read
notice-someone = Someone
notice-former-member = A former member
notice-a-member = A member
notice-an-item = an item
notice-a-group = a group
notice-a-badge = a badge
notice-quoted = “{ $name }”
notice-loan-request = { $who } asks to borrow { $item }.
notice-loan-approved = { $who } said yes: { $item } is promised to you.
notice-loan-pickup = { $who } handed you { $item }: the loan has started.
notice-given-back = { $who } has given { $item } back: confirm once you have it.
notice-returned = { $who } confirmed { $item } is back. You can review the loan.
notice-declined = { $who } declined your request for { $item }.
notice-ended-unshared = Your request for { $item } ended: it is no longer shared.
notice-withdrew = { $who } withdrew the request for { $item }.
notice-withdrawn = The request for { $item } was withdrawn.
notice-more-time = { $who } asks for more time with { $item }.
notice-more-time-yes = { $who } gave you more time with { $item }.
notice-more-time-no = { $who } declined more time with { $item }.
notice-overdue = { $item } is overdue: please return it or ask for more time.
notice-due-soon = { $item } is due back on { $date }: return it, or ask for more time.
notice-due-soon-undated = { $item } is due back soon: return it, or ask for more time.
notice-due-today = { $item } is due back today.
notice-request-waiting = { $who }'s request for { $item } has waited 3 days for your answer.
notice-review = { $who } reviewed you after the loan of { $item }.
notice-first-in-queue = { $item } is free again, and your request is first: the owner can now say yes.
notice-join-request = { $who } asks to join { $group }.
notice-join-yes = You are a member of { $group } now.
notice-join-no = Your request to join { $group } was declined.
notice-invitation = { $who } invites you to join { $group }.
notice-badge = You earned the badge { $badge }.
notice-message-loan = { $who } wrote to you about { $item }.
notice-message-your-request = { $who } wrote about your request to join { $group }.
notice-message-their-request = { $who } wrote about their request to join { $group }.
notice-message-request-of = { $who } wrote about { $name }'s request to join { $group }.
notice-message-a-request = { $who } wrote about a request to join a group.
mail-digest-subject = { $count ->
    [one] { $count } notification new on { $site }
   *[other] { $count } notifications new on { $site }
}
mail-stop-digests = Stop these digests and every other e-mail
mail-stop-these = Stop e-mails like this one
mail-why = { $site }. You get this e-mail because of { $settings }
mail-your-settings = your notification settings

# Sharing and editing an item, and its photos.
item-share = Share an item
item-edit = Edit item
item-edit-title = Edit { $item }
field-title = Title
field-longest-loan = Longest loan, in days
item-lent-now-help = It is lent out now and shows as borrowed until it comes back.
visibility-public-help = Everyone sees it, also visitors who are not signed in.
visibility-restricted-help = Only active members of the groups ticked below see it and may ask for it.
visibility-private-help = Only you see it; nobody can ask to borrow it.
item-groups-shared = Groups it is shared in
item-no-group = You are not an active member of any group yet: { $link }.
item-find-group = find a group
item-photos-field = Photos (optional: up to { $count }, JPEG, PNG or WebP; more can be added later)
item-photos-again = If you chose photos, choose them again.
item-archive-it = Archive it: nobody else sees it any more (you can bring it back here)
item-archive-declines = { $count ->
    [one] Archiving it declines the { $count } request waiting for it.
   *[other] Archiving it declines the { $count } requests waiting for it.
}
item-save = Save changes
item-share-send = Share it
photos = Photos
photo-choose = Choose a photo
photo-number = Photo { $number }
photo-number-of = { $number } of { $total }
photos-count = { $count } of { $total }. The first is the one lists show.
photos-space-of = The owner's photos take { $used } of { $total }.
photos-space = The owner's photos take { $used }.
photo-primary = Primary photo
photo-describe = Describe it (for people who cannot see it)
photo-save-text = Save text
photo-make-primary = Make primary
photo-earlier = Earlier
photo-later = Later
photo-move-earlier = Move photo { $number } earlier
photo-move-later = Move photo { $number } later
photo-delete = Delete
photo-delete-number = Delete photo { $number }
photos-add-field = { $count ->
    [one] Add photos (JPEG, PNG or WebP, up to 15 MB each; { $count } more)
   *[other] Add photos (JPEG, PNG or WebP, up to 15 MB each; { $count } more)
}
photos-add = Add photos
photos-stripped = Location and camera details are removed from every photo.
photos-full = Delete one to add another.
photos-choose = choose at least one photo

# Staff pages.
settings-texts-in = In each language
settings-texts-in-help = What members reading one language see instead of the texts above. Leave a field empty to show the text above.
badge-texts-help = The badge's name and description as members reading each language see them. Leave a field empty to show the badge's own.
badge-description = Description
admin-sections = Admin sections
admin-overview = Overview
admin-badges = Badges and achievements
admin-badges-about = Create and edit badges and the rules that award them.
admin-categories = Categories
admin-categories-about = The kinds of things members share: add, rename, nest and archive them.
admin-grants = Grants and points
admin-grants-about = Give a badge by hand, or add or take away points.
admin-users = Users
admin-users-about = Find members by username; activate, deactivate, staff rights, sign-out.
admin-groups = Groups
admin-groups-about = Archive or restore groups.
admin-reports = Reported messages
admin-reports-about = Messages members reported to staff, with their notes.
admin-settings = Site settings
admin-settings-about = The site's name, tagline and welcome message, in each language; its time zone, language and limits.
admin-system = Cache and storage
admin-system-about = L1 hit ratios, entries and bytes, commit latency, data file size, the e-mail outbox.
admin-lead = Run the community: its badges, members, groups and settings.
admin-at-a-glance = At a glance
admin-count-users = { $count ->
    [one] user
   *[other] users
}
admin-count-loans = { $count ->
    [one] loan
   *[other] loans
}
admin-count-open-loans = { $count ->
    [one] open loan
   *[other] open loans
}
admin-count-badges = { $count ->
    [one] badge
   *[other] badges
}
start-title = Getting started
start-left = { $count } of { $total } steps left.
start-done = Done:
start-name = { $link }, and write its welcome message.
start-name-link = Name the site
start-categories = { $link } for the things members share (tools, books, games ...).
start-categories-link = Add categories
start-badges = Add badges: make your own on { $link }, or start with the standard set:
start-badges-standard = Add the standard badges
start-group = { $link } for your neighbourhood.
start-group-link = Start a first group
start-invite = Invite members: share the site's address, or a group's invitation link from its page.
settings-site-name = Site name (in the menu and page titles; empty: Comuniza)
settings-tagline = Tagline (under the name on the home page)
settings-welcome = Welcome message (on the home page)
settings-zone = Time zone (dates and times are shown in it; members may choose their own)
settings-language = Language (of visitors whose browser asks for none the site offers)
settings-language-none = None: the first offered ({ $language })
settings-limits = Limits
settings-limits-help = What one member may start, so that nobody can flood the site's pages. 0 means no limit; staff are never limited.
settings-photos = Photo storage
settings-photos-help = Photos are kept inside the data file, so a backup copies them too. These bound how much they may take.
settings-save = Save settings
limit-items = New items per member per day
limit-groups = New groups per member per day
limit-loan-requests = Loan requests per member per day
limit-signups = Sign-ups per address per hour
limit-downloads = Downloads of their data per member per day
limit-messages = Messages per member per hour
limit-photo-uploads = Photo uploads per member per hour (each up to six photos)
quota-member = Photos per member, in MB (0: no bound)
quota-site = Photos on the whole site, in MB (0: no bound)

# Refusals: why an action was not done.
not-found = { $what } not found
error-too-large-mb = the request is too large (at most { $size } MB): send fewer or smaller photos
error-too-large-kib = the request is too large (at most { $size } KiB)
error-storage = the server cannot save changes right now: its disk is full or not writable. Nothing was changed. Please try again later; the site's host has been told
error-server = something went wrong on the server; please try again
refuse-own-item = you cannot borrow your own item
refuse-withdrawn = this item has been withdrawn
refuse-not-lending = the owner is not lending this item right now
refuse-already-asked = you already have a request or loan for this item
refuse-not-your-step = only the { $by ->
    [lender] lender
   *[borrower] borrower
} may { $step ->
    [approve] approve
    [reject] reject
    [cancel] cancel
    [hand-over] hand over
    [give-back] report the return of
   *[confirm-back] confirm the return of
} this loan
refuse-step-now = cannot { $step ->
    [approve] approve
    [reject] reject
    [cancel] cancel
    [hand-over] hand over
    [give-back] report the return of
   *[confirm-back] confirm the return of
} a loan that is { $status ->
    [requested] requested
    [approved] approved
    [active] active
    [rejected] rejected
    [cancelled] cancelled
    [borrower_returned] borrower returned
   *[returned] returned
}
refuse-queued = the item is lent or promised to someone else: this request waits in the queue until it is back
refuse-review-early = a loan can be reviewed once it is returned
refuse-reviewed = you have already reviewed this loan
refuse-admins-only = only the group's admins may do this
refuse-owner-only = only the group's owner or staff may do this
refuse-group-closed = this group is closed
refuse-banned = you are banned from this group
refuse-join-waiting = your request to join is waiting for approval
refuse-already-member = you are already a member of this group
refuse-owner-leaves = the owner cannot leave the group
refuse-owner-moderated = the group's owner cannot be moderated
refuse-membership-change = that change does not apply to this membership
error-sign-in = please sign in first
error-bad-token = the access token is not valid (revoked, mistyped, or its account is not active)
error-token-on-page = an access token opens the JSON API only (addresses under /api/); to use the site's pages, sign in with your password in a browser
error-too-many = too many attempts; please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again
error-limit = { $limit ->
    [limit_items_per_day] new items
    [limit_groups_per_day] new groups
    [limit_loan_requests_per_day] loan requests
    [limit_signups_per_hour] new accounts
    [limit_data_downloads_per_day] downloads of your data
    [limit_messages_per_hour] messages
   *[limit_photo_uploads_per_hour] photo uploads
}: this site allows at most { $count } per { $per ->
    [hour] hour
   *[day] day
} { $limit ->
    [limit_signups_per_hour] from one address
   *[other] for each member
}; please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again
error-bad-csrf = this form could not be accepted: its security token is missing or out of date. Go back, reload the page and send it again
refuse-more-time-borrower = only the borrower may ask for more time
refuse-more-time-lender = only the lender may answer a request for more time
refuse-more-time-not-lent = more time can be asked for while the item is lent out
refuse-more-time-over = the loan is no longer active: there is nothing to extend
refuse-more-time-asked = you have already asked for more time
refuse-more-time-nothing = there is no request for more time to answer
refuse-closed-invite = this group is closed: reopen it to invite people
refuse-member-in-group = that member is already in the group
refuse-member-invited = that member is invited already
refuse-item-owner-only = only the item's owner may edit it
refuse-lent-withdrawn = an item that is lent out cannot be withdrawn
refuse-member-banned = this member is banned from the group
refuse-report-own = you cannot report your own message
refuse-reported = you already reported this message
refuse-delete-own = you may only delete your own account
refuse-signed-in = this action needs a signed-in member
refuse-staff-only = only staff may do this
refuse-inactive = this account is not active
refuse-picture-own = only the member may choose their picture
refuse-photos-owner = only the item's owner may change its photos
refuse-email-taken = that email address is already registered
refuse-username-taken = that username is taken
refuse-profile-own = you may only edit your own profile
refuse-password-own = you may only change your own password

invalid = { $label }: { $reason }
invalid-username-length = must be 3 to 50 characters long
invalid-username-chars = may hold only letters, digits, '_' and '-'
invalid-required = is required
invalid-too-long = must be at most { $max } characters
invalid-email = is not a valid email address
invalid-too-short = must be at least { $min } characters
invalid-whole-number = must be a whole number
invalid-choice = is not one of the choices
invalid-both-coordinates = give both latitude and longitude, or neither
invalid-city-with-coordinates = is required when the group has coordinates
invalid-days = choose 1 to { $max } days
invalid-range = must be 1 to { $max }
invalid-status-borrowed = is set to borrowed by loans, not by hand
invalid-category = is not a category
invalid-groups-member = may only name groups you are an active member of
invalid-restricted-group = a restricted item needs at least one group
invalid-photo-twice = that photo is already on this item
invalid-empty-message = is empty: write something first
invalid-rating = must be a whole number from 1 to 5
refuse-admins-edit = only the group's admins may edit it
users-starts-with = Username starts with
users-none = No username starts with that.
users-showing = Showing { $count }.
users-showing-first = Showing { $count } (the first { $count }; type more of the name to narrow).
users-user = User
users-joined = Joined
users-deleted = deleted
users-active = active
users-inactive = inactive
users-staff = staff
users-deactivate = Deactivate
users-activate = Activate
users-remove-staff = Remove staff
users-make-staff = Make staff
users-delete = Delete account
users-delete-title = Delete the account of { $name }
users-delete-lead = For a member who asked for it. This cannot be undone.
users-delete-asked = The member asked for their account to be deleted
users-delete-send = Delete the account
users-back = Back to the users
users-delete-page = Delete an account
users-delete-tick = tick the box to say the member asked for it
admin-groups-lead = An archived group takes no new members or loan requests and leaves the map; restoring it brings it back as it was.
page-back-first = Back to the first page
admin-col-group = Group
admin-col-place = Place
admin-archive = Archive
admin-restore = Restore
reports-in-loan = a loan's conversation (loan { $number })
reports-in-join = a request to join a group
reports-in-other = a conversation
reports-none-waiting = No report waits for you.
reports-waiting = { $count } waiting.
reports-private = Conversations are private: staff see only the messages members report to them.
reports-none = Nothing was reported.
reports-meta = Written by { $author } in { $place }; reported by { $reporter } on { $date }.
reports-note = Their note:
reports-dealt = Dealt with.
reports-mark-dealt = Mark as dealt with
categories-top-choice = (none: a top category)
categories-choose = (choose)
categories-lead = What members share, in kinds: an item belongs to one category. Archive a category to offer it for no new item (items keep theirs).
categories-new = New category
categories-under = Under
categories-add = Add
categories-move-title = Move a category
categories-move = Move
categories-move-under = under
categories-merge-title = Merge two categories
categories-merge-help = Every item of the first moves to the second, its sub-categories too, and the first is removed. Members' items are not otherwise changed.
categories-merge = Merge
categories-merge-into = into
categories-none = No categories yet.
categories-offered = Offered
categories-offered-check = offered
categories-top = (top)
grants-badge-done = The badge was granted.
grants-points-done = The points were recorded.
grants-badge-title = Grant a badge
grants-badge-help = For badges no rule awards (streaks, special actions) or to make up for a mistake. The badge's points come with it.
grants-no-badges = There are no badges yet: { $link }.
grants-create-first = create one first
grants-badge = Badge
grants-badge-send = Grant badge
grants-points-title = Adjust points
grants-points-help = Add points (bonus, streak bonus, earned) or take them away (penalty, a negative number).
grants-kind = Kind
grants-points = Points (negative to take away)
grants-why = Why
grants-points-send = Record points
bad-form-parts = the form has more than { $max } parts
bad-form-text = the form holds text that is not valid UTF-8 (a character this site cannot read); nothing was changed. Please type it again and send the form from its page
bad-form-type = this address takes a form (application/x-www-form-urlencoded)
bad-form-unreadable = the form could not be read: { $why }
bad-json = the JSON body could not be read: { $why }
bad-loan-role = role must be lender or borrower
bad-loan-state = state must be open or finished
bad-no-token = there is no such token
bad-page = page must be a whole number from 1
bad-photo-action = choose what to do with the photo
bad-photos-multipart = send the photos as multipart/form-data files named "image"
bad-place-query = q: a place's name is at most 100 characters
bad-search-empty = q: give the words to search for
bad-search-kind = kind: one of items, groups, members
bad-search-long = q: at most { $max } bytes
bad-search-page = page: search shows its first { $max } pages
bad-yes-no = { $name } must be true or false
busy-member-uploads = you are sending { $count } forms with photos already: wait for them to arrive, then send this one again
busy-photos = the server is busy with other photos; please try again in a minute
busy-signins = the server is busy checking other sign-ins; please try again in a few seconds
busy-uploads = the server is receiving other photos; please try again in a minute
conflict-badge-slug = a badge with that slug exists
conflict-banned = that member is banned from this group: unban them first
conflict-code-taken = that link code is taken
conflict-delete-open-loans = { $count ->
    [one] 1 loan is still open (promised or lent out): finish it first, then delete the account
   *[other] { $count } loans are still open (promised or lent out): finish them first, then delete the account
}
conflict-delete-staff = a staff account cannot be deleted: take its staff rights away first
conflict-deleted-account = a deleted account cannot be switched back on
conflict-first-admin = this site already has its first admin; sign in instead
conflict-has-badge = the member already has this badge
conflict-member-photos-full = these photos would take the owner's photos to { $after } of the { $bound } each member may keep: remove some photos first, or choose fewer
conflict-open-links = this group has { $max } open links already: withdraw one first
conflict-overflow = this change would take a member's { $field } past the largest value it can hold; nothing was changed
conflict-report-dealt = this report was already dealt with
conflict-site-photos-full = the site's photo storage is full ({ $used } of { $bound }): ask the site's staff
conflict-tokens-max = you already have { $max } tokens; revoke one first
error-body-timeout = the request body did not arrive within { $seconds } s
error-body-unreadable = the request could not be read: { $why }
invalid-achievement-points = achievement points come with badges
invalid-badge = is not a badge
invalid-choose-category = choose a category
invalid-control-chars = may not hold control characters or direction overrides
invalid-coordinate = must be a number from -{ $limit } to { $limit } with at most 6 decimals
invalid-from-to = must be from { $min } to { $max }
invalid-groups-order = must be listed once each, ascending
invalid-invisible = may not hold invisible characters (direction controls, zero-width characters)
invalid-json-object = must be a JSON object
invalid-language = choose a language from the list
invalid-length = must be 1 to { $max } characters long
invalid-limit = must be a whole number (0: no limit)
invalid-limit-max = must be at most { $max } (0: no limit)
invalid-link-code = is not a link code
invalid-loan-group = must be one of the item's groups you are a member of
invalid-megabytes = must be a whole number of MB
invalid-megabytes-max = must be at most { $max } MB
invalid-merge-archived = that category is archived: offer it again first
invalid-merge-same = choose another category to merge into
invalid-min-reviews = min_reviews must be a whole number of 0 or more
invalid-period-top = needs {"{"}"board": "overall", "lending" or "borrowing", "period": "week", "month" or "year"{"}"}
invalid-name-username = your name may not be another member's username
invalid-one-of = must be one of { $list }
invalid-own-ancestor = would make a category its own ancestor
invalid-photos-fewer = an item has at most { $max } photos: choose fewer
invalid-photos-full = an item has at most { $max } photos: remove one first
invalid-photos-room = an item has at most { $max } photos: { $count } more can be added
invalid-points-nonzero = must be a non-zero number up to { $max } either way
invalid-role = role must be "lender" or "borrower"
invalid-site-language = is not a language of the site
invalid-slug-chars = may hold only letters, digits, '-' and '_'
invalid-slug-start = must start with a letter or a digit
invalid-threshold-type = type must be "rating" or "trust_score"
invalid-uses-max = must be at most { $max } (or 0 for no limit)
invalid-value-range = value must be a number from 0 to { $max }
invalid-zone = choose a time zone from the list, such as Europe/Lisbon
photo-named-not-added = “{ $name }” was not added: { $why }
photo-not-added = The photo was not added: { $why }
photo-refused-broken = the photo cannot be read: { $why }
photo-refused-not-a-photo = only JPEG, PNG and WebP photos are taken
photo-refused-pixels = the photo has { $count } megapixels: at most 40 are taken
photo-refused-too-large = the file is over 15 MB: choose a smaller photo
refuse-api-anonymous = sign in with a personal access token (Authorization: Bearer)
refuse-api-session = the write API takes a personal access token (Authorization: Bearer); create one on your account page
refuse-create-staff = only staff may create staff accounts
refuse-deactivate-self = you cannot deactivate your own account
refuse-mail-server = mail is sent by the server itself
refuse-reminders-server = reminders are sent by the server itself
refuse-sessions-signin = sessions are started by signing in
refuse-staff-page = this page is for the site's staff
refuse-unstaff-self = you cannot remove your own staff rights
unavailable-backup-made = the backup could not be made: { $why }
unavailable-backup-read = the backup could not be read: { $why }
badge-admin-lead = Every badge, including inactive and secret ones. A badge is awarded by any of its active achievements; one without achievements is granted only by hand.
badge-admin-type = Type
badge-admin-category = Category
badge-admin-points = Points
badge-admin-order = Order
badge-admin-earned = Earned
badge-admin-achievements = Achievements
badge-admin-state = State
badge-admin-by-hand = none (granted by hand)
badge-admin-off = off
badge-admin-active = active
badge-admin-inactive = inactive
badge-admin-new = New badge
badge-admin-create = Create badge
badge-admin-all = ← All badges
badge-admin-title = Badge: { $name }
badge-admin-public = See its public page
badge-admin-edit = Edit
badge-admin-save = Save badge
badge-admin-rules-help = The rules that award this badge. Changing them awards it at once to everyone they now hold for.
badge-admin-achievement = Achievement { $number }
badge-admin-save-achievement = Save achievement
badge-admin-new-achievement = New achievement
badge-admin-add-achievement = Add achievement
badge-admin-edit-title = Edit badge
badge-admin-slug = Slug (letters, digits and -, used in its address)
badge-admin-description = Description
badge-admin-icon = Icon (an emoji or a short name)
badge-admin-points-field = Points (given with the badge)
badge-admin-order-field = Display order (lower first)
badge-admin-active-check = Active (listed and awarded)
badge-admin-secret-check = Secret (listed only to those who earned it)
badge-admin-trigger = Trigger
badge-admin-threshold = Threshold (empty: 1)
badge-admin-conditions = Conditions (a JSON object)
badge-admin-active-plain = Active
badge-admin-triggers = What each trigger means
trigger-item-shared = Awarded when the member has at least the threshold active items shared.
trigger-loan-completed = Awarded when the member has borrowed at least the threshold items (loans returned); with conditions {"{"}"role": "lender"{"}"}, when they have lent that many.
trigger-group-joined = Awarded when the member is an active member of at least the threshold groups.
trigger-review-given = Awarded when the member has written at least the threshold reviews.
trigger-threshold-reached = Awarded on reputation: conditions {"{"}"type": "rating", "value": 4.5, "min_reviews": 3{"}"} (average rating at least value, over at least min_reviews reviews) or {"{"}"type": "trust_score", "value": 80, "min_reviews": 0{"}"}.
trigger-by-hand = Never awarded automatically: staff grant it by hand.
trigger-period-top = Awarded when a period ends to the first on one of the site's boards of that period: conditions {"{"}"board": "lending", "period": "month"{"}"} (board overall, lending or borrowing; period week, month or year) and the threshold the ranks that win (1: the first, ties included). "Lender of the month" is this rule.
size-b = { $n } B
size-kib = { $n } KiB
size-mib = { $n } MiB
size-gib = { $n } GiB
size-tib = { $n } TiB
size-percent = { $n }%
sys-lead = Counters since the server started.
sys-l1 = L1 cache
sys-l1-help = Ready responses in three segments: hot (boards, badge list, map), warm (badge pages), cold (profiles). Each commit invalidates exactly what it changed.
sys-hit-ratio = Hit ratio
sys-entries-of-capacity = Entries of capacity
sys-bytes-held = Bytes held
sys-l1-caption = L1 counters per segment
sys-segment = Segment
sys-hits = Hits
sys-misses = Misses
sys-fills = Fills
sys-dropped = Dropped fills
sys-invalidations = Invalidations
sys-evictions = LRU evictions
sys-entries = Entries
sys-bytes = Bytes
sys-capacity = Capacity
sys-off = off
sys-writer = Writer
sys-writer-help = One writer commits queued commands together (group commit).
sys-per-commit = Commands per commit
sys-last = last
sys-average = average
sys-max = max
sys-commits = Commits
sys-commands = Commands
sys-refused = Refused commands
sys-avg-latency = Average commit latency
sys-last-latency = Last commit latency
sys-last-batch = Last batch size
sys-max-batch = Largest batch size
sys-file = Data file
sys-size = Size
sys-size-value = { $size } ({ $bytes } bytes)
sys-unknown = unknown
sys-path = Path
sys-photos = Photos
sys-stored = Stored
sys-stored-value = { $count ->
    [one] { $size } in 1 file
   *[other] { $size } in { $count } files
}
sys-of-file = ({ $percent } of the data file)
sys-site-bound = Site's bound
sys-no-bound = no bound
sys-used = ({ $percent } used)
sys-member-bound = Each member's bound
sys-items-photos = Items with photos
sys-avatars = Members with a picture
sys-bounds-set = Bounds are set in { $link }.
sys-mail = E-mail
sys-mail-through = Notifications members chose are mailed through { $server }.
sys-mail-off = Off: no mail server is set ({ $flag }, see the README). Notifications stay in the inbox.
sys-queued = Queued
sys-failing = Failing (queued again after a refusal)
sys-sent = Sent (last 30 days)
sys-given-up = Given up
sys-col-mail = Mail
sys-col-to = To
sys-col-state = State
sys-col-tries = Tries
sys-col-when = When
sys-col-answer = Server's answer
sys-digest = (digest)
sys-former = a former member
sys-pill-queued = queued
sys-pill-failing = failing, will retry
sys-pill-sent = sent
sys-pill-given-up = given up
sys-backups = Backups
sys-backups-every = Every { $every } into { $dir }, keeping the newest { $keep }.
sys-backups-none = No scheduled backups (start the server with { $flag }).
sys-backup-last = Last scheduled backup
sys-backup-result = Result
sys-backup-verified = verified, { $size }, { $path }
sys-backup-failed = failed:
sys-backup-help = Download a consistent copy of the data file, checked before it is sent. To restore it, stop the server, put the copy in place of the data file and start the server.
sys-backup-download = Download a backup
duration-days = { $count ->
    [one] day
   *[other] { $count } days
}
duration-hours = { $count ->
    [one] hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] second
   *[other] { $count } seconds
}
status-name = { $code ->
    [400] Bad Request
    [401] Sign-in Needed
    [403] Forbidden
    [404] Not Found
    [405] Method Not Allowed
    [408] Request Timeout
    [409] Conflict
    [413] Too Large
    [415] Unsupported Media Type
    [422] Cannot Be Processed
    [429] Too Many Requests
    [500] Server Error
    [503] Unavailable
   *[other] Error
}
