//! The domain of DOMAIN.md with no I/O: records, checked values, who may see what (`access`),
//! the loan state machine, the per-user figures, leaderboards, badge rules and the site's
//! settings (`settings`). Storage and HTTP depend on this module,
//! never the reverse.

pub mod access;
pub mod badges;
pub mod boards;
pub mod choice;
pub mod conversation;
pub mod decimal;
pub mod extension;
pub mod figures;
pub mod invite;
pub mod limits;
pub mod loan;
pub mod mail;
pub mod notice;
pub mod periods;
pub mod photo;
pub mod places;
pub mod privacy;
pub mod records;
pub mod reminder;
pub mod search;
pub mod settings;
pub mod time;
pub mod validate;
pub mod zone;
