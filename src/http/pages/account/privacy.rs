//! Who sees a member (DOMAIN.md, "Profile privacy"): their choice of profile visibility and
//! "leave me off the boards", explained in plain words, with a preview of what each kind of
//! visitor gets.

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use crate::domain::choice::ProfileVisibility;
use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::UserId;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, plural, saved};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::store::commands::SetProfilePrivacy;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;

/// Each choice and what it means, as the form offers them.
const CHOICES: [(ProfileVisibility, &str, &str); 3] = [
    (
        ProfileVisibility::Public,
        "Public",
        "Anyone can see your profile and your name, signed in or not.",
    ),
    (
        ProfileVisibility::Private,
        "Members of my groups",
        "Only people in a group with you see your profile and your name. Everyone else sees \"a member\".",
    ),
    (
        ProfileVisibility::LendersBorrowers,
        "People I have lent to or borrowed from",
        "Only people whose request you accepted, or who accepted yours, see your profile and your name.",
    ),
];

/// The account page's part about it.
pub(super) fn section(v: &Viewer, snap: &Snapshot, me: UserId) -> Result<Markup, StoreError> {
    let p = snap.privacy_of(me)?;
    let (groups, partners) = Audience::new(snap, Some((me, false))).circles()?;
    let named = |who: bool| {
        if who {
            "your name and profile"
        } else {
            "\"a member\""
        }
    };
    let by_group = p.visibility != ProfileVisibility::LendersBorrowers;
    let by_loan = p.visibility != ProfileVisibility::Private;
    let anyone = p.visibility == ProfileVisibility::Public;
    let on_boards = |who: bool| {
        if who && p.show_on_boards {
            "your name"
        } else {
            "\"a member\""
        }
    };
    Ok(html! {
        section.card #privacy aria-labelledby="privacy-h" {
            h2 #privacy-h { "Privacy" }
            form.stack method="post" action="/account/privacy" {
                (csrf_field(v))
                fieldset {
                    legend { "Who can see my profile and my name" }
                    @for (value, label, what) in CHOICES {
                        label.choice {
                            input type="radio" name="visibility" value=(value.as_str())
                                checked[p.visibility == value] required;
                            span { strong { (label) } br; span.muted { (what) } }
                        }
                    }
                }
                label.check {
                    input type="checkbox" name="off_boards" checked[!p.show_on_boards];
                    "Leave me off the boards (my rank and score stay, shown as \"a member\")"
                }
                button type="submit" { "Save privacy" }
            }
            h3 { "What others see now" }
            div.table-wrap { table.preview {
                thead { tr { th scope="col" { "Who" } th scope="col" { "Your profile and name" } th scope="col" { "The boards" } } }
                tbody {
                    tr { th scope="row" { "Anyone, signed in or not" } td { (named(anyone)) } td { (on_boards(anyone)) } }
                    tr {
                        th scope="row" { "Members of your groups " span.muted { "(" (plural(groups as u64, "group", "groups")) ")" } }
                        td { (named(anyone || by_group)) } td { (on_boards(anyone || by_group)) }
                    }
                    tr {
                        th scope="row" { "People you lent to or borrowed from " span.muted { "(" (plural(partners as u64, "person", "people")) ")" } }
                        td { (named(anyone || by_loan)) } td { (on_boards(anyone || by_loan)) }
                    }
                    tr { th scope="row" { "The other person of each of your loans" } td { "your name, on that loan and the item" } td { (on_boards(anyone || by_loan)) } }
                    tr { th scope="row" { "You, and the site's staff" } td { "everything" } td { "your name" } }
                }
            } }
            p.muted { "Privacy hides your name, never your figures: your ranks, scores and badge counts are the same for everyone." }
        }
    })
}

/// `POST /account/privacy`.
pub(super) async fn save(
    State(app): State<App>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let visibility = ProfileVisibility::parse(form.text("visibility"))
        .ok_or_else(|| AppError::bad_request("Choose who can see your profile."))?;
    let privacy = ProfilePrivacy {
        visibility,
        show_on_boards: !form.flag("off_boards"),
    };
    app.engine
        .writer
        .run(me.actor(), SetProfilePrivacy { privacy })
        .await?;
    Ok(saved(&app, "/account#privacy-h"))
}
