//! `/items/{id}`: one item with its owner, groups and the owner's lending record; the owner
//! also sees the item's loans. Signed-in members who may borrow it get the request form
//! (`POST /items/{id}/request`); an item the viewer may not see answers 404.

use crate::domain::records::UserId;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::{access_of, condition_label, person, status_pill, visibility_label, Access, People};
use crate::domain::choice::{ItemStatus, LoanStatus};
use crate::domain::limits;
use crate::domain::records::{Group, GroupId, Item, ItemId, Loan, LoanId, User};
use crate::domain::time::{day_of, format_date};
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::limits::run_limited;
use crate::http::pages::layout::{alert, csrf_field, plural, redirect, refused, render, Nav};
use crate::http::pages::loans::{loan_status_pill, today};
use crate::http::session::{Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::CommandError;
use crate::store::commands::RequestLoan;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// Loans of an item its owner sees on its page (the newest).
const LOANS_SHOWN: usize = 20;

/// The item and its owner, if the viewer may see it (staff see every item, to moderate).
pub(super) fn visible_item(
    snap: &Snapshot,
    access: &Access,
    id: &str,
) -> Result<(ItemId, Item, User), AppError> {
    let id: ItemId = id.parse().map_err(|_| AppError::not_found("item"))?;
    let item = snap.item(id)?;
    let Some(item) = item else {
        return Err(AppError::not_found("item"));
    };
    let owner = snap
        .user(item.owner)?
        .ok_or_else(|| AppError::not_found("item"))?;
    if access.may_see(&item, owner.is_active) || access.staff {
        Ok((id, item, owner))
    } else {
        Err(AppError::not_found("item"))
    }
}

fn lending_record(snap: &Snapshot, owner: &User, id: UserId) -> Result<Markup, StoreError> {
    let f = snap.figures(id)?;
    let rating = (f.reviews_received > 0).then(|| f.rating_sum as f64 / f.reviews_received as f64);
    Ok(html! {
        section.card aria-labelledby="record" {
            h2 #record { "Lending record of " (owner.display_name()) }
            ul.grid.stats {
                li.stat { strong { (f.items_lent) } " loans completed as lender" }
                li.stat { strong { (f.items_borrowed) } " items borrowed" }
                li.stat { strong { (f.trust_score) } " trust score" }
                li.stat {
                    @if let Some(r) = rating {
                        strong { (format!("{r:.1}")) } " average rating (" (f.reviews_received) " reviews)"
                    } @else {
                        strong { "–" } " no reviews yet"
                    }
                }
            }
        }
    })
}

/// The item's loans, newest first, for its owner.
fn loans_of(snap: &Snapshot, id: ItemId) -> Result<Vec<(LoanId, Loan)>, StoreError> {
    let mut out = Vec::new();
    for loan_id in snap.loans_of_item(id)?.into_iter().rev().take(LOANS_SHOWN) {
        if let Some(l) = snap.loan(loan_id)? {
            out.push((loan_id, l));
        }
    }
    Ok(out)
}

fn loan_table(snap: &Snapshot, loans: &[(LoanId, Loan)]) -> Result<Markup, StoreError> {
    let mut people = People::default();
    let mut rows = Vec::new();
    for (id, l) in loans {
        let who = people
            .get(snap, l.borrower)?
            .map(User::display_name)
            .unwrap_or_default();
        rows.push(html! {
            tr {
                td { a href={ "/loans/" (id) } { "Loan " (id) } }
                td { (who) }
                td { (loan_status_pill(l, today())) }
                td { (format_date(day_of(l.requested_at))) }
            }
        });
    }
    Ok(html! {
        section aria-labelledby="loans" {
            h2 #loans { "Loans of this item" }
            @if rows.is_empty() {
                p.muted { "Nobody has asked for it yet." }
            } @else {
                div.table-wrap { table {
                    thead { tr { th { "Loan" } th { "Borrower" } th { "Status" } th { "Requested" } } }
                    tbody { @for r in rows { (r) } }
                } }
            }
        }
    })
}

/// What the viewer can do about borrowing: the form, their open request, or why not.
fn borrow_part(
    v: &Viewer,
    access: &Access,
    id: ItemId,
    item: &Item,
    mine: Option<(LoanId, LoanStatus)>,
    (form, problem): (&Form, Option<&str>),
    groups: &[(GroupId, Group)],
) -> Markup {
    // When there is no form to show a refusal on, it goes above the reason why.
    let refused = alert(problem);
    let Some(me) = access.me else {
        return html! {
            p.notice { a href={ "/signin?next=/items/" (id) } { "Sign in" } " to ask to borrow it." }
        };
    };
    if me == item.owner {
        return refused;
    }
    if let Some((loan, status)) = mine {
        return html! {
            (refused)
            p.notice { "You have asked for this item (" (status.as_str().replace('_', " ")) "): "
                a href={ "/loans/" (loan) } { "see your loan" } "." }
        };
    }
    if !item.is_active
        || !matches!(
            item.status,
            ItemStatus::Available | ItemStatus::SpecialConditions
        )
    {
        return html! { (refused) p.notice { "This item cannot be requested right now." } };
    }
    let through: Vec<_> = groups
        .iter()
        .filter(|(g, _)| access.is_member(*g))
        .collect();
    html! {
        section.card aria-labelledby="ask" {
            h2 #ask { "Ask to borrow it" }
            @if item.status == ItemStatus::SpecialConditions {
                p { "The owner lends it under special conditions: say in your message how you would use it." }
            }
            (refused)
            form.stack method="post" action={ "/items/" (id) "/request" } {
                (csrf_field(v))
                label { "Message to the owner (optional)"
                    textarea name="message" rows="3" maxlength="2000" { (form.text("message")) }
                }
                @if through.len() > 1 {
                    label { "Borrow through the group"
                        select name="group" {
                            @for (g, group) in &through {
                                option value=(g) selected[form.text("group") == g.to_string()] { (group.name) }
                            }
                        }
                    }
                } @else if let Some((g, _)) = through.first() {
                    input type="hidden" name="group" value=(g);
                }
                button type="submit" { "Send the request" }
            }
        }
    }
}

/// The viewer's own request or open loan of this item, if any.
fn my_loan(
    snap: &Snapshot,
    id: ItemId,
    me: Option<UserId>,
) -> Result<Option<(LoanId, LoanStatus)>, StoreError> {
    let Some(me) = me else { return Ok(None) };
    for loan_id in snap.loans_of_item(id)?.into_iter().rev() {
        if let Some(l) = snap.loan(loan_id)? {
            if l.borrower == me && (l.status == LoanStatus::Requested || l.status.is_open()) {
                return Ok(Some((loan_id, l.status)));
            }
        }
    }
    Ok(None)
}

fn detail(
    snap: &Snapshot,
    v: &Viewer,
    id: &str,
    form: &Form,
    problem: Option<&str>,
) -> Result<(String, Markup), AppError> {
    let access = access_of(snap, v)?;
    let (id, item, owner) = visible_item(snap, &access, id)?;
    let category = match item.category {
        Some(c) => snap.category(c)?,
        None => None,
    };
    let mut groups = super::groups_named(snap, &item.groups)?;
    groups.retain(|(g, group)| access.lists_group(*g, group));
    let is_owner = access.me == Some(item.owner);
    let mine = my_loan(snap, id, access.me)?;
    let main = html! {
        article.item-detail {
            h1 { (item.title) }
            p { (status_pill(item.status))
                @if !item.is_active { " " span.pill.danger { "Archived" } } }
            @if is_owner || access.staff {
                p.actions { a.button.secondary href={ "/items/" (id) "/edit" } { "Edit" } }
            }
            @if !item.description.is_empty() { p.description { (item.description) } }
            dl.facts {
                dt { "Category" } dd { (category.map(|c| c.name).unwrap_or_else(|| "None".into())) }
                dt { "Condition" } dd { (condition_label(item.condition)) }
                dt { "Longest loan" } dd { (plural(item.max_loan_days.into(), "day", "days")) }
                dt { "Owner" } dd { (person(&owner)) }
                @if is_owner { dt { "Who sees it" } dd { (visibility_label(item.visibility)) } }
                dt { "Groups" }
                dd {
                    @if groups.is_empty() { "None" }
                    @for (i, (_, g)) in groups.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href={ "/groups/" (g.slug) } { (g.name) }
                    }
                }
            }
            @if access.may_see(&item, owner.is_active) {
                (borrow_part(v, &access, id, &item, mine, (form, problem), &groups))
            } @else {
                (alert(problem))
                p.notice { "You see this item as staff: its owner has not shared it with you." }
            }
            (lending_record(snap, &owner, item.owner)?)
            @if is_owner { (loan_table(snap, &loans_of(snap, id)?)?) }
        }
    };
    Ok((item.title, main))
}

pub(super) async fn page(
    snap: Snap,
    v: Viewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (title, main) = detail(&snap, &v, &id, &Form::default(), None)?;
    Ok(render(&v, &title, Nav::Items, main))
}

pub(super) async fn request(
    State(app): State<App>,
    Path(id): Path<String>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let me = &me;
    let item: ItemId = id.parse().map_err(|_| AppError::not_found("item"))?;
    let attempt = async {
        let group = form
            .optional_number("group")
            .map_err(|e| AppError::from(CommandError::from(e)))?;
        let cmd = RequestLoan {
            item,
            group,
            message: form.text("message").to_string(),
        };
        run_limited(&app, me.into(), limits::LOAN_REQUESTS, actor, cmd).await
    };
    match attempt.await {
        Ok(loan) => Ok(redirect(&format!("/loans/{loan}"))),
        Err(e) => {
            let snap = app.engine.snapshot()?;
            // An item the viewer may not see stays a 404 page, not the form.
            let (title, main) = detail(&snap, &v, &id, &form, Some(&e.message()))?;
            Ok(refused(&e, &v, &title, Nav::Items, main))
        }
    }
}
