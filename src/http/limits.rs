//! Creation limits at the edge: the forms and the API run a creating command through
//! [`run_limited`], which counts it against the site's setting first (a refused command gives
//! its slot back) and answers 429 with `Retry-After` past the limit.

use std::net::IpAddr;

use super::error::AppError;
use super::state::App;
use crate::auth::limiter::Slot;
use crate::domain::limits::Limit;
use crate::domain::records::{Id, UserId};
use crate::store::commands::{Actor, Command};

/// The limit the site's settings give (its default when unset).
pub fn limit_value(app: &App, limit: Limit) -> Result<usize, AppError> {
    let stored = app.engine.snapshot()?.setting(limit.setting)?;
    Ok(limit.value(stored.as_deref()))
}

/// Who is creating: a member (staff are not limited) or, for sign-ups, an address.
#[derive(Debug, Clone, Copy)]
pub enum Creator {
    Member { id: UserId, is_staff: bool },
    Address(Option<IpAddr>),
}

impl From<&super::session::Me> for Creator {
    fn from(me: &super::session::Me) -> Creator {
        Creator::Member {
            id: me.id,
            is_staff: me.is_staff,
        }
    }
}

/// Counts one creation, or refuses it with the time until the oldest one in the window ages
/// out. `None`: nothing was counted (no limit applies).
pub fn reserve(app: &App, creator: Creator, limit: Limit) -> Result<Option<Slot>, AppError> {
    let (member, address) = match creator {
        Creator::Member { is_staff: true, .. } => return Ok(None),
        Creator::Member { id, .. } => (Some(id), None),
        Creator::Address(ip) => (None, ip),
    };
    let n = limit_value(app, limit)?;
    if n == 0 {
        return Ok(None);
    }
    let now = std::time::Instant::now();
    app.quota
        .reserve_at(limit.kind, member, address, n, limit.per.window(), now)
        .map_err(|wait| AppError::too_many_created(limit, n, wait))
}

/// A creation counted ahead of long work (photos processed before the item is made): given
/// back when dropped, unless kept once the creation is done. So a refusal, or a client that
/// goes away meanwhile, does not use up the member's limit.
pub struct Reserved<'a> {
    app: &'a App,
    slot: Option<Slot>,
}

impl Reserved<'_> {
    /// The creation happened: it stays counted.
    pub fn keep(mut self) {
        self.slot = None;
    }
}

impl Drop for Reserved<'_> {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.app.quota.release(Some(slot));
        }
    }
}

/// [`reserve`], given back unless [`Reserved::keep`] is called.
pub fn reserve_for<'a>(
    app: &'a App,
    creator: Creator,
    limit: Limit,
) -> Result<Reserved<'a>, AppError> {
    Ok(Reserved {
        app,
        slot: reserve(app, creator, limit)?,
    })
}

/// Runs a creating command as `actor` within its limit.
pub async fn run_limited(
    app: &App,
    creator: Creator,
    limit: Limit,
    actor: Actor,
    cmd: impl Into<Command>,
) -> Result<Id, AppError> {
    let counted = reserve_for(app, creator, limit)?;
    let id = app.engine.writer.run(actor, cmd).await?;
    counted.keep();
    Ok(id)
}
