//! Who sees a member (DOMAIN.md, "Profile privacy"): their choice of profile visibility and
//! "leave me off the boards", explained in plain words, with a preview of what each kind of
//! visitor gets.

use crate::i18n::Arg;
use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use crate::domain::choice::ProfileVisibility;
use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::UserId;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, saved};
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
        "profile-public",
        "profile-public-help",
    ),
    (
        ProfileVisibility::Private,
        "profile-groups",
        "profile-groups-help",
    ),
    (
        ProfileVisibility::LendersBorrowers,
        "profile-partners",
        "profile-partners-help",
    ),
];

/// The account page's part about it.
pub(super) fn section(v: &Viewer, snap: &Snapshot, me: UserId) -> Result<Markup, StoreError> {
    let p = snap.privacy_of(me)?;
    let (groups, partners) = Audience::new(snap, Some((me, false))).circles()?;
    let named = |who: bool| {
        v.t(if who {
            "privacy-name-profile"
        } else {
            "privacy-a-member"
        })
    };
    let by_group = p.visibility != ProfileVisibility::LendersBorrowers;
    let by_loan = p.visibility != ProfileVisibility::Private;
    let anyone = p.visibility == ProfileVisibility::Public;
    let on_boards = |who: bool| {
        v.t(if who && p.show_on_boards {
            "privacy-your-name"
        } else {
            "privacy-a-member"
        })
    };
    Ok(html! {
        section.card #privacy aria-labelledby="privacy-h" {
            h2 #privacy-h { (v.t("privacy-title")) }
            form.stack method="post" action="/account/privacy" {
                (csrf_field(v))
                fieldset {
                    legend { (v.t("privacy-who")) }
                    @for (value, label, what) in CHOICES {
                        label.choice {
                            input type="radio" name="visibility" value=(value.as_str())
                                checked[p.visibility == value] required;
                            span { strong { (v.t(label)) } br; span.muted { (v.t(what)) } }
                        }
                    }
                }
                label.check {
                    input type="checkbox" name="off_boards" checked[!p.show_on_boards];
                    (v.t("privacy-off-boards"))
                }
                button type="submit" { (v.t("privacy-save")) }
            }
            h3 { (v.t("privacy-now")) }
            @let (profile, boards) = (v.t("privacy-col-profile"), v.t("privacy-col-boards"));
            // Stacked on a phone, each answer labelled: the words are long in some languages.
            div.table-wrap { table.preview.stacked {
                thead { tr { th scope="col" { (v.t("privacy-col-who")) } th scope="col" { (profile) } th scope="col" { (boards) } } }
                tbody {
                    tr { th scope="row" { (v.t("privacy-anyone")) } td data-label=(profile) { (named(anyone)) } td data-label=(boards) { (on_boards(anyone)) } }
                    tr {
                        th scope="row" { (v.t("privacy-your-groups")) " " span.muted { "(" (v.tr("privacy-count-groups", &[("count", Arg::count(groups))])) ")" } }
                        td data-label=(profile) { (named(anyone || by_group)) } td data-label=(boards) { (on_boards(anyone || by_group)) }
                    }
                    tr {
                        th scope="row" { (v.t("privacy-your-partners")) " " span.muted { "(" (v.tr("privacy-count-people", &[("count", Arg::count(partners))])) ")" } }
                        td data-label=(profile) { (named(anyone || by_loan)) } td data-label=(boards) { (on_boards(anyone || by_loan)) }
                    }
                    tr { th scope="row" { (v.t("privacy-other-person")) } td data-label=(profile) { (v.t("privacy-on-that-loan")) } td data-label=(boards) { (on_boards(anyone || by_loan)) } }
                    tr { th scope="row" { (v.t("privacy-you-staff")) } td data-label=(profile) { (v.t("privacy-everything")) } td data-label=(boards) { (v.t("privacy-your-name")) } }
                }
            } }
            p.muted { (v.t("privacy-figures")) }
        }
    })
}

/// `POST /account/privacy`.
pub(super) async fn save(
    State(app): State<App>,
    Posted(Member { viewer: _, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let visibility = ProfileVisibility::parse(form.text("visibility"))
        .ok_or_else(|| AppError::bad_request(crate::i18n::phrase::Phrase::id("privacy-choose")))?;
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
