//! `/items/{id}`: one item with its owner, groups and the owner's lending record; the owner
//! also sees the item's loans. Signed-in members who may borrow it get the request form
//! (`POST /items/{id}/request`); an item the viewer may not see answers 404.

use crate::domain::records::UserId;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::status_pill as items_status_pill;
use super::{access_of, condition_label, lent_state, person, visibility_label, Access, People};
use crate::domain::choice::{ItemStatus, LoanStatus};
use crate::domain::limits;
use crate::domain::loan::{asking, Asking, Party};
use crate::domain::records::{Group, GroupId, Item, ItemDetails, ItemId, Loan, LoanId, User};
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::limits::run_limited;
use crate::http::pages::layout::{alert, csrf_field, refused, render, Nav};
use crate::http::pages::loans::{action_buttons, place_words, status_pill, today, Queue};
use crate::http::pages::sentence::Part;
use crate::http::session::{Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::CommandError;
use crate::store::commands::RequestLoan;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// Loans of an item its owner sees on its page (the newest).
const LOANS_SHOWN: usize = 20;

/// The item and its owner, if the viewer may see it (staff see every item, to moderate).
pub(crate) fn visible_item(
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
    if access.may_open_item(&item, owner.is_active) {
        Ok((id, item, owner))
    } else {
        Err(AppError::not_found("item"))
    }
}

/// The owner's figures; `named` when the viewer may know who the owner is.
fn lending_record(
    snap: &Snapshot,
    v: &Viewer,
    owner: &User,
    id: UserId,
    named: bool,
) -> Result<Markup, StoreError> {
    let f = snap.figures(id)?;
    let rating = (f.reviews_received > 0).then(|| f.rating_sum as f64 / f.reviews_received as f64);
    Ok(html! {
        section.card aria-labelledby="record" {
            h2 #record {
                @if named { (v.tr("record-of", &[("name", Arg::Text(&owner.display_name()))])) } @else { (v.t("record-owners")) }
            }
            ul.grid.stats {
                li.stat { strong { (v.number(f.items_lent)) } " " (v.tr("record-lent", &[("count", Arg::count(f.items_lent))])) }
                li.stat { strong { (v.number(f.items_borrowed)) } " " (v.tr("record-borrowed", &[("count", Arg::count(f.items_borrowed))])) }
                li.stat { strong { (v.number(f.trust_score)) } " " (v.t("record-trust")) }
                li.stat {
                    @if let Some(r) = rating {
                        strong { (v.decimal(r, 1)) } " " (v.tr("record-rating", &[("count", Arg::count(f.reviews_received))]))
                    } @else {
                        strong { "–" } " " (v.t("record-no-reviews"))
                    }
                }
            }
        }
    })
}

/// The item's loans its owner sees: every request waiting and the loan holding it (whatever
/// their number: those are the ones to act on), then the newest of the rest.
fn loans_of(snap: &Snapshot, id: ItemId, queue: &Queue) -> Result<Vec<(LoanId, Loan)>, StoreError> {
    let mut ids: Vec<LoanId> = queue.waiting.iter().map(|(l, _)| *l).collect();
    ids.extend(snap.open_loan_of(id)?);
    let rest = snap.loans_of_item(id)?.into_iter().rev();
    let room = LOANS_SHOWN.saturating_sub(ids.len());
    let rest: Vec<LoanId> = rest.filter(|l| !ids.contains(l)).take(room).collect();
    ids.extend(rest);
    let mut out = Vec::new();
    for loan_id in ids {
        if let Some(l) = snap.loan(loan_id)? {
            out.push((loan_id, l));
        }
    }
    Ok(out)
}

/// The item's loans for its owner, with "waiting for you" above them when the item is free and
/// someone asked for it: the requests first, in queue order, with their answers, then the rest,
/// newest first.
fn loan_table(
    snap: &Snapshot,
    v: &Viewer,
    me: UserId,
    queue: &Queue,
    loans: &[(LoanId, Loan)],
) -> Result<Markup, StoreError> {
    let mut people = People::default();
    let zone = snap.zone_for(Some(me))?;
    let mut ordered: Vec<&(LoanId, Loan)> = loans
        .iter()
        .filter(|(_, l)| l.status == LoanStatus::Requested)
        .collect();
    ordered.sort_by_key(|(id, _)| *id);
    ordered.extend(
        loans
            .iter()
            .filter(|(_, l)| l.status != LoanStatus::Requested),
    );
    let mut rows = Vec::new();
    for (id, l) in ordered {
        let who = people
            .get(snap, l.borrower)?
            .map(User::display_name)
            .unwrap_or_default();
        let place = queue.place(*id);
        rows.push(html! {
            tr {
                td { a href={ "/loans/" (id) } { (v.tr("loan-number", &[("number", Arg::count(id.0))])) } }
                td data-label=(v.t("col-borrower")) { (who) }
                td { (status_pill(l, Party::Lender, (today(), v.lang))) (place_words(v, place, queue.free)) }
                td data-label=(v.t("col-asked")) { (v.day(&zone, l.requested_at)) }
                td.actions { (action_buttons(v, (*id, l), (me, queue.free), &format!("/items/{}", l.item), Some(&who))) }
            }
        });
    }
    let first = match queue.waiting.first() {
        Some((_, u)) if queue.waits_for_owner() => match people.get(snap, *u)? {
            Some(user) => Some(person(&v.audience(snap), (*u, user), v.lang)?),
            None => None,
        },
        _ => None,
    };
    Ok(html! {
        @if let Some(first) = &first {
            section.card.waiting aria-labelledby="waiting-for-you" {
                h2 #waiting-for-you { (v.t("loans-waiting-you")) }
                p { (v.say("item-waiting", &[("count", Part::count(queue.waiting.len())), ("person", Part::Markup(first.clone()))])) }
            }
        }
        section aria-labelledby="loans" {
            h2 #loans { (v.t("item-loans")) }
            @if rows.is_empty() {
                p.muted { (v.t("item-no-loans")) }
            } @else {
                div.table-wrap { table.stacked {
                    thead { tr { th { (v.t("col-loan")) } th { (v.t("col-borrower")) } th { (v.t("col-status")) } th { (v.t("col-asked")) } th { (v.t("col-actions")) } } }
                    tbody { @for r in rows { (r) } }
                } }
            }
        }
    })
}

/// The details a member filled in on Comuniza (a book's author and ISBN, ...), those that are.
fn book_facts(v: &Viewer, d: &ItemDetails) -> Markup {
    let year = d.year.map(|y| y.to_string()).unwrap_or_default();
    let facts = [
        (v.t("fact-author"), d.author.as_str()),
        (v.t("fact-publisher"), d.publisher.as_str()),
        (v.t("fact-year"), year.as_str()),
        (v.t("fact-isbn"), d.isbn.as_str()),
        (v.t("fact-languages"), d.languages.as_str()),
        (v.t("fact-format"), d.book_format.as_str()),
        (v.t("fact-subjects"), d.subjects.as_str()),
    ];
    html! {
        @for (label, value) in facts {
            // Comuniza writes "Anonymous" for an author left empty.
            @if !value.is_empty() && value != "Anonymous" {
                dt { (label) } dd { (value) }
            }
        }
    }
}

/// What the viewer can do about borrowing: the form, their open request, or why not.
fn borrow_part(
    v: &Viewer,
    access: &Access,
    id: ItemId,
    item: &Item,
    (mine, queue): (Option<&(LoanId, Loan)>, &Queue),
    (form, problem): (&Form, Option<&str>),
    groups: &[(GroupId, Group)],
) -> Markup {
    // When there is no form to show a refusal on, it goes above the reason why.
    let refused = alert(problem);
    let Some(me) = access.me else {
        return html! {
            p.notice { (v.say("item-sign-in-to-ask", &[("link", Part::Markup(html! { a href={ "/signin?next=/items/" (id) } { (v.t("sign-in")) } }))])) }
        };
    };
    if me == item.owner {
        return refused;
    }
    if let Some((loan, l)) = mine {
        let place = queue.place(*loan);
        return html! {
            (refused)
            p.notice {
                (v.say("item-you-asked", &[("status", Part::Markup(html! { (status_pill(l, Party::Borrower, (today(), v.lang))) (place_words(v, place, queue.free)) }))]))
                " " a href={ "/loans/" (loan) } { (v.t("item-see-loan")) }
            }
        };
    }
    let ahead = queue.waiting.len();
    let queued = match asking(item) {
        Asking::Closed(_) => {
            let why = if item.is_active {
                "item-not-lending"
            } else {
                "item-withdrawn"
            };
            return html! { (refused) p.notice { (v.t(why)) } };
        }
        Asking::Queued => true,
        Asking::Open => false,
    };
    let through: Vec<_> = groups
        .iter()
        .filter(|(g, _)| access.is_member(*g))
        .collect();
    html! {
        section.card aria-labelledby="ask" {
            h2 #ask { (v.t("ask-title")) }
            @if queued {
                p { (v.tr("ask-queued", &[("number", Arg::count(ahead + 1))])) }
            } @else if ahead > 0 {
                p { (v.tr("ask-ahead", &[("count", Arg::count(ahead)), ("number", Arg::count(ahead + 1))])) }
            }
            @if item.status == ItemStatus::SpecialConditions {
                p { (v.t("ask-special")) }
            }
            (refused)
            form.stack method="post" action={ "/items/" (id) "/request" } {
                (csrf_field(v))
                label { (v.t("ask-message"))
                    textarea name="message" rows="3" maxlength="2000" { (form.text("message")) }
                }
                @if through.len() > 1 {
                    label { (v.t("ask-group"))
                        select name="group" {
                            @for (g, group) in &through {
                                option value=(g) selected[form.text("group") == g.to_string()] { (group.name) }
                            }
                        }
                    }
                } @else if let Some((g, _)) = through.first() {
                    input type="hidden" name="group" value=(g);
                }
                button type="submit" { @if queued || ahead > 0 { (v.t("ask-join-queue")) } @else { (v.t("ask-send")) } }
            }
        }
    }
}

/// The viewer's own request or open loan of this item, if any.
fn my_loan(
    snap: &Snapshot,
    id: ItemId,
    me: Option<UserId>,
) -> Result<Option<(LoanId, Loan)>, StoreError> {
    let Some(me) = me else { return Ok(None) };
    for loan_id in snap.loans_of_item(id)?.into_iter().rev() {
        if let Some(l) = snap.loan(loan_id)? {
            if l.borrower == me && (l.status == LoanStatus::Requested || l.status.is_open()) {
                return Ok(Some((loan_id, l)));
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
    let audience = v.audience(snap);
    let (id, item, owner) = visible_item(snap, &access, id)?;
    let owner_named = audience.names_on_pages(item.owner)?;
    let category = match item.category {
        Some(c) => snap.category(c)?,
        None => None,
    };
    let mut groups = super::groups_named(snap, &item.groups)?;
    groups.retain(|(g, group)| access.lists_group(*g, group));
    let is_owner = access.me == Some(item.owner);
    let mine = my_loan(snap, id, access.me)?;
    let details = snap.item_details(id)?.unwrap_or_default();
    let queue = Queue::of(snap, id, &item)?;
    let lent = lent_state(snap, id, item.status)?;
    let photos = snap.item_photos(id)?;
    let main = html! {
        article.item-detail {
            h1 { (item.title) }
            p { (items_status_pill(item.status, lent, v.lang))
                @if !item.is_active { " " span.pill.danger { (v.t("item-archived")) } } }
            @if is_owner || access.staff {
                p.actions { a.button.secondary href={ "/items/" (id) "/edit" } { (v.t("edit")) } }
            }
            (super::photos::gallery(&photos, &item.title, v.lang))
            @if !item.description.is_empty() { p.description { (item.description) } }
            dl.facts {
                dt { (v.t("item-category")) } dd { (category.map(|c| c.name).unwrap_or_else(|| v.t("item-none").into())) }
                dt { (v.t("item-condition")) } dd { (condition_label(item.condition, v.lang)) }
                (book_facts(v, &details))
                dt { (v.t("item-longest-loan")) } dd { (v.tr("count-days", &[("count", Arg::count(item.max_loan_days))])) }
                dt { (v.t("item-owner")) } dd { (person(&audience, (item.owner, &owner), v.lang)?) }
                @if is_owner { dt { (v.t("item-who-sees")) } dd { (visibility_label(item.visibility, v.lang)) } }
                dt { (v.t("nav-groups")) }
                dd {
                    @if groups.is_empty() { (v.t("item-none")) }
                    @for (i, (_, g)) in groups.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href={ "/groups/" (g.slug) } { (g.name) }
                    }
                }
            }
            @if access.may_see(&item, owner.is_active) {
                (borrow_part(v, &access, id, &item, (mine.as_ref(), &queue), (form, problem), &groups))
            } @else {
                (alert(problem))
                p.notice { (v.t("item-staff-view")) }
            }
            (lending_record(snap, v, &owner, item.owner, owner_named)?)
            @if let (true, Some(me)) = (is_owner, access.me) {
                (loan_table(snap, v, me, &queue, &loans_of(snap, id, &queue)?)?)
            }
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
    let started = crate::domain::time::now();
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
        Ok(loan) => crate::http::pages::layout::done(
            &app,
            me.id,
            started,
            crate::http::flash::Said::Requested,
            &format!("/loans/{loan}"),
        ),
        Err(e) => {
            let snap = app.engine.snapshot()?;
            // An item the viewer may not see stays a 404 page, not the form.
            let (title, main) = detail(&snap, &v, &id, &form, Some(&e.message_in(v.lang)))?;
            Ok(refused(&e, &v, &title, Nav::Items, main))
        }
    }
}
