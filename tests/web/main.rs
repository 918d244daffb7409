//! Web tests: every form and page over real HTTP against a spawned server, signed in through
//! the forms themselves (cookies, CSRF), including refusals that must change nothing.

#[path = "../common/mod.rs"]
#[allow(dead_code)]
mod helpers;

mod browser;

#[path = "../common/phone.rs"]
#[allow(dead_code)]
mod phone;

#[path = "../common/smtp.rs"]
#[allow(dead_code)]
mod smtp;

mod account;
mod admin;
mod authz;
mod backups;
mod compression;
mod content;
mod conversations;
mod extensions;
mod feedback;
mod first_run;
mod groups;
mod hardening;
mod invites;
mod items;
mod languages;
mod leaving_site;
mod lists;
mod live;
mod loan_api;
mod loans;
mod mail;
mod moving;
mod notices;
mod ops;
mod period_boards;
mod photos;
mod privacy;
mod profiles;
mod queue;
mod reminders;
mod search;
mod zones;
