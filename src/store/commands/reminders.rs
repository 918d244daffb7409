//! The scheduler's command (`domain::reminder`): every reminder due at `at` is sent, each once
//! (its key is written with it, in the same transaction). `at` is the clock the scheduler
//! read, so tests set it; the host alone runs it.

use redb::ReadableTable;

use super::notices::notify;
use super::{forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::choice::LoanStatus;
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::{LoanId, UserId};
use crate::domain::reminder::{daytime, for_borrower, key, request_waited};
use crate::domain::settings::Setting;
use crate::domain::time::Millis;
use crate::domain::zone::Zone;
use crate::store::tx::W;
use crate::views::maintain::Memo;

/// Sends the reminders due at `at`; answers how many went out.
#[derive(Debug, Clone, PartialEq)]
pub struct SendReminders {
    pub at: Millis,
}

impl Apply for SendReminders {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        if a.id.is_some() {
            return Err(forbidden(crate::i18n::phrase::Phrase::id(
                "refuse-reminders-server",
            )));
        }
        let at = self.at;
        let zones = Zones::of_site(w)?;
        let zone_of = |w: &mut W<'_>, user: UserId| zones.of(w, user);
        // Loans out: their borrowers. Requests waiting: their lenders.
        let mut due = Vec::new();
        for row in w.open_loans.iter()? {
            due.push(LoanId(row?.1.value()));
        }
        let mut waiting = Vec::new();
        for row in w.open_requests.iter()? {
            waiting.push(LoanId(row?.0.value().2));
        }
        let mut sent = 0;
        for id in due {
            let Some(loan) = w.loans.get(id)? else {
                continue;
            };
            let Some(due_day) = loan.due_date.filter(|_| loan.status == LoanStatus::Active) else {
                continue;
            };
            let zone = zone_of(w, loan.borrower)?;
            let Some((today, hour)) = zone.day_and_hour(at) else {
                continue;
            };
            let Some((kind, round)) = for_borrower(due_day, today) else {
                continue;
            };
            if daytime(hour) && send_once(w, id, key(kind, round), at)? {
                notify(w, loan.borrower, Notice::new(kind, at).on_loan(id))?;
                sent += 1;
            }
        }
        for id in waiting {
            let Some(loan) = w.loans.get(id)? else {
                continue;
            };
            if loan.status != LoanStatus::Requested || !request_waited(loan.requested_at, at) {
                continue;
            }
            // A request queued behind a loan under way cannot be answered yet: no reminder.
            if w.open_loans.get(loan.item)?.is_some() {
                continue;
            }
            let zone = zone_of(w, loan.lender)?;
            let Some((_, hour)) = zone.day_and_hour(at) else {
                continue;
            };
            let kind = Kind::LoanRequestWaiting;
            if daytime(hour) && send_once(w, id, key(kind, 0), at)? {
                let told = Notice::new(kind, at).on_loan(id).by(loan.borrower);
                notify(w, loan.lender, told)?;
                sent += 1;
            }
        }
        Ok(sent)
    }
}

/// Records that the reminder `key` of `loan` goes out now; `false` when it already went.
fn send_once(w: &mut W<'_>, loan: LoanId, key: u64, at: Millis) -> Result<bool, CommandError> {
    if w.reminders_sent.open()?.get((loan.0, key))?.is_some() {
        return Ok(false);
    }
    w.reminders_sent.open()?.insert((loan.0, key), at)?;
    Ok(true)
}

/// The zone each member's day is counted in: theirs, else the site's.
pub(crate) struct Zones {
    site: Option<String>,
}

impl Zones {
    pub(crate) fn of_site(w: &mut W<'_>) -> Result<Zones, CommandError> {
        let site = w
            .settings
            .open()?
            .get(Setting::TimeZone.key())?
            .map(|v| v.value().to_string());
        Ok(Zones { site })
    }

    pub(crate) fn of(&self, w: &mut W<'_>, user: UserId) -> Result<Zone, CommandError> {
        let own = w
            .user_time_zones
            .open()?
            .get(user.0)?
            .map(|v| v.value().to_string());
        Ok(Zone::stored(own.or_else(|| self.site.clone()).as_deref()))
    }
}
