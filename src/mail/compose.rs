//! A mail of the outbox in words: its notifications as the inbox says them (made now, from the
//! records as they are), a plain-text part and a simple HTML part, the site's name as the
//! sender's name, a one-click unsubscribe link for its kind (RFC 8058: `List-Unsubscribe` and
//! `List-Unsubscribe-Post`), and a Message-ID of its outbox number, the same on every try, so
//! a receiving server can tell a retry from a new mail.

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;
use maud::html;

use super::link;
use crate::domain::mail::{Mail, ALL_KINDS};
use crate::domain::notice::Notice;
use crate::domain::records::User;
use crate::http::pages::notices::words::{words, Words};
use crate::http::pages::sentence::{sentence, Part};
use crate::i18n::{self, Arg, Lang};
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;

/// What composing needs from the host's set-up.
pub struct Sender {
    pub from: lettre::Address,
    /// The site's address as members reach it (`https://lend.example.org`), for links.
    pub public_url: String,
    /// The languages the site offers, the first its default (a mail speaks one of them).
    pub languages: Vec<Lang>,
}

/// Why a mail cannot be made (nothing to send will ever come of it).
#[derive(Debug, thiserror::Error)]
pub enum NotMade {
    #[error("the account is closed or gone")]
    NoAccount,
    #[error("its notifications are gone")]
    NothingLeft,
    #[error("the member's address is not one mail can go to: {0}")]
    BadAddress(String),
    #[error("{0}")]
    Store(#[from] StoreError),
}

macro_rules! raw_header {
    ($name:ident, $text:literal) => {
        #[derive(Clone)]
        struct $name(String);

        impl Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($text)
            }

            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($name(s.to_string()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

raw_header!(ListUnsubscribe, "List-Unsubscribe");
raw_header!(ListUnsubscribePost, "List-Unsubscribe-Post");

/// The words of a mail's notifications, each with its absolute link.
fn told(
    snap: &Snapshot,
    (user, lang): (&User, Lang),
    mail: &Mail,
    public_url: &str,
) -> Result<Vec<(Notice, Words)>, NotMade> {
    let audience = Audience::new(snap, Some((mail.user, user.is_staff)));
    let mut out = Vec::new();
    for &n in &mail.notices {
        if let Some(notice) = snap.notice(mail.user, n)? {
            let mut w = words(snap, &audience, &notice, lang)?;
            w.href = format!("{public_url}{}", w.href);
            out.push((notice, w));
        }
    }
    Ok(out)
}

/// Mail number `id` as it goes out now.
pub fn compose(snap: &Snapshot, sender: &Sender, id: u64, mail: &Mail) -> Result<Message, NotMade> {
    let user = snap
        .user(mail.user)?
        .filter(|u| u.is_active)
        .ok_or(NotMade::NoAccount)?;
    let to: lettre::Address = user
        .email
        .parse()
        .map_err(|_| NotMade::BadAddress(user.email.clone()))?;
    let base = sender.public_url.trim_end_matches('/');
    let lang = crate::http::session::member_language(snap, mail.user, &sender.languages)?;
    let items = told(snap, (&user, lang), mail, base)?;
    let Some((first, first_words)) = items.first() else {
        return Err(NotMade::NothingLeft);
    };
    let site = crate::http::session::site_name_in(snap, lang)?;
    let kind = if mail.digest {
        ALL_KINDS
    } else {
        first.kind().code()
    };
    let key = snap.site_key(link::KEY_NAME)?.unwrap_or_default();
    let unsubscribe = format!("{base}/unsubscribe/{}", link::token(&key, mail.user, kind));
    let settings = format!("{base}/account/notifications");
    let subject = if mail.digest {
        let count = Arg::count(items.len());
        i18n::format(
            lang,
            "mail-digest-subject",
            &[("count", count), ("site", Arg::Text(&site))],
        )
    } else {
        first_words.text.chars().take(120).collect()
    };
    let stop = i18n::text(
        lang,
        if mail.digest {
            "mail-stop-digests"
        } else {
            "mail-stop-these"
        },
    );
    let why = |settings: &str| {
        i18n::format(
            lang,
            "mail-why",
            &[
                ("site", Arg::Text(&site)),
                ("settings", Arg::Text(settings)),
            ],
        )
    };
    let mut text = String::new();
    for (_, w) in &items {
        text.push_str(&format!("{}\n{}\n\n", w.text, w.href));
    }
    let settings_words = i18n::text(lang, "mail-your-settings");
    text.push_str(&format!(
        "-- \n{}: {settings}\n{stop}: {unsubscribe}\n",
        why(settings_words)
    ));
    let html = html! {
        (maud::DOCTYPE)
        html lang=(lang.tag()) {
            body {
                @for (_, w) in &items {
                    p { a href=(w.href) { (w.text) } }
                }
                hr;
                p {
                    small {
                        (sentence(lang, "mail-why", &[
                            ("site", Part::Text(&site)),
                            ("settings", Part::Markup(html! { a href=(settings) { (settings_words) } })),
                        ])) ". "
                        a href=(unsubscribe) { (stop) } "."
                    }
                }
            }
        }
    };
    let from = Mailbox::new(Some(site.clone()), sender.from.clone());
    let domain = sender.from.domain().to_string();
    Message::builder()
        .from(from)
        .to(Mailbox::new(Some(user.display_name()), to))
        .subject(subject)
        .message_id(Some(format!("<outbox-{id}.{}@{domain}>", mail.created_at)))
        .header(ListUnsubscribe(format!("<{unsubscribe}>")))
        .header(ListUnsubscribePost("List-Unsubscribe=One-Click".into()))
        .multipart(MultiPart::alternative_plain_html(text, html.into_string()))
        .map_err(|e| NotMade::BadAddress(e.to_string()))
}
