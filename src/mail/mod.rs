//! E-mail, optional: when the host gives an SMTP server (`--smtp-url`), the notifications each
//! member chose are also mailed. Commands write a notification and its mail in one transaction
//! (the outbox, `domain::mail`); this task, inside the server (no worker process), delivers
//! what is due, oldest first: it composes each mail (`compose`), hands it to the server and
//! records the answer through the writer (sent; or refused, to try again with backoff, or for
//! good). It wakes when a mail is queued and when a retry falls due, and makes the daily
//! digests every few minutes.
//!
//! Exactly once, as far as SMTP allows: a mail is marked sent only after the server accepted
//! it, so a crash before that sends it again after the restart, never loses it; a crash in
//! the moment between the server's acceptance and the record would send it twice, with the
//! same Message-ID.

pub mod compose;
pub mod link;

use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use password_hash::rand_core::{OsRng, RngCore};
use tokio::sync::broadcast::error::RecvError;

use crate::domain::time::now;
use crate::engine::Engine;
use crate::store::commands::{Actor, ComposeDigests, EnsureSiteKey, MailFailed, MailSent};
use crate::store::writer::Event;
use compose::{compose, NotMade, Sender};

/// How often digests are looked for (a digest goes out at most this long after its hour).
const DIGESTS_EVERY: Duration = Duration::from_secs(5 * 60);
/// The longest the mailer sleeps without looking at the outbox.
const IDLE: Duration = Duration::from_secs(60);
/// Mails taken from the outbox at a time.
const BATCH: usize = 20;
/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// The host's mail set-up.
pub struct MailConfig {
    pub transport: AsyncSmtpTransport<Tokio1Executor>,
    pub sender: Sender,
    /// The first wait before a refused mail is tried again (`domain::mail::FIRST_RETRY`;
    /// tests shorten it).
    pub first_retry: Duration,
}

/// An SMTP server from its URL: `smtp://host[:port]` speaks STARTTLS and requires it (port 587
/// by default), `smtps://host[:port]` is TLS from the first byte (465); `?tls=none` sends in
/// the clear, for a relay on the same machine. A user and password may be in the URL; a
/// password from a file (`password`) takes the URL's place.
pub fn transport(
    url: &str,
    password: Option<&str>,
) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let bad = |why: &str| format!("--smtp-url {url:?}: {why}");
    let parsed = url::Url::parse(url).map_err(|e| bad(&e.to_string()))?;
    let host = parsed
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| bad("it names no host"))?
        .to_string();
    let plain = match parsed.query_pairs().find(|(k, _)| k == "tls") {
        None => false,
        Some((_, v)) if v == "none" => true,
        Some((_, v)) => return Err(bad(&format!("tls={v} is not known (only tls=none)"))),
    };
    let tls = || TlsParameters::new(host.clone()).map_err(|e| bad(&e.to_string()));
    let (port, tls) = match (parsed.scheme(), plain) {
        ("smtp", true) => (25, Tls::None),
        ("smtp", false) => (587, Tls::Required(tls()?)),
        ("smtps", false) => (465, Tls::Wrapper(tls()?)),
        ("smtps", true) => return Err(bad("smtps is TLS: it cannot be tls=none")),
        (other, _) => return Err(bad(&format!("{other}: use smtp:// or smtps://"))),
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(parsed.port().unwrap_or(port))
        .tls(tls)
        .timeout(Some(SMTP_TIMEOUT));
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8()
            .map(|c| c.into_owned())
            .map_err(|_| bad("its user or password is not UTF-8"))
    };
    let secret = match password {
        Some(p) => Some(p.to_string()),
        None => parsed.password().map(decode).transpose()?,
    };
    if let Some(secret) = secret {
        let user = decode(parsed.username())?;
        if user.is_empty() {
            return Err(bad("a password needs a user: smtp://user@host"));
        }
        builder = builder.credentials(Credentials::new(user, secret));
    }
    Ok(builder.build())
}

/// Delivers mail until the task is dropped. The caller switches mail on first
/// (`Writer::set_mail`), so that no write between the start and this task's first turn goes
/// unmailed; without its signing key it switches mail off again.
pub async fn run(engine: Engine, config: MailConfig) {
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    let ensured = engine
        .writer
        .run(
            Actor::System,
            EnsureSiteKey {
                name: link::KEY_NAME,
                key,
            },
        )
        .await;
    if let Err(e) = ensured {
        tracing::error!("no mail: the signing key could not be kept ({e})");
        engine.writer.set_mail(false);
        return;
    }
    let mut events = engine.writer.subscribe();
    let mut digests_at = tokio::time::Instant::now();
    let mut accepted = Accepted::default();
    loop {
        if tokio::time::Instant::now() >= digests_at {
            digests_at += DIGESTS_EVERY;
            match engine
                .writer
                .run(Actor::System, ComposeDigests { at: now() })
                .await
            {
                Ok(0) => {}
                Ok(n) => tracing::info!("{n} daily digests queued"),
                Err(e) => tracing::warn!("digests not made this time: {e}"),
            }
        }
        if let Err(trouble) = deliver_due(&engine, &config, &mut accepted).await {
            // The file could not be read or written: try again later, not at once.
            tracing::warn!("mail waits: {trouble}");
            tokio::time::sleep(IDLE).await;
            continue;
        }
        let next = engine
            .snapshot()
            .ok()
            .and_then(|s| s.next_mail_at().ok().flatten());
        let wait = next.map_or(IDLE, |at| {
            Duration::from_millis(u64::try_from(at - now()).unwrap_or(0)).min(IDLE)
        });
        let wait = wait.min(digests_at.saturating_duration_since(tokio::time::Instant::now()));
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = mail_queued(&mut events) => {}
        }
    }
}

/// Completes when a mail is queued (or events were missed, which may hide one).
async fn mail_queued(events: &mut tokio::sync::broadcast::Receiver<Event>) {
    loop {
        match events.recv().await {
            Ok(Event::MailQueued) | Err(RecvError::Lagged(_)) => return,
            Ok(_) => {}
            // The writer is gone: the server is stopping; wait for the task to be dropped.
            Err(RecvError::Closed) => std::future::pending::<()>().await,
        }
    }
}

/// Mails the mail server accepted whose record of it has not been written yet (the writer
/// refused it: a full disk). They are not sent again while this server runs; their record is
/// retried.
#[derive(Default)]
struct Accepted(std::collections::HashSet<u64>);

/// Sends every mail due now, a batch at a time; each answer is recorded before the next. An
/// error: the outbox could not be read or an answer not recorded (the caller waits).
async fn deliver_due(
    engine: &Engine,
    config: &MailConfig,
    accepted: &mut Accepted,
) -> Result<(), String> {
    loop {
        let due = engine
            .snapshot()
            .and_then(|s| s.due_mails(now(), BATCH))
            .map_err(|e| format!("the outbox could not be read: {e}"))?;
        if due.is_empty() {
            return Ok(());
        }
        for (id, mail) in due {
            let answer = if accepted.0.contains(&id) {
                Ok(())
            } else {
                let made = engine
                    .snapshot()
                    .map_err(NotMade::from)
                    .and_then(|snap| compose(&snap, &config.sender, id, &mail));
                match made {
                    Ok(message) => match config.transport.send(message).await {
                        Ok(_) => Ok(()),
                        Err(e) => Err((e.to_string(), e.is_permanent())),
                    },
                    Err(NotMade::Store(e)) => {
                        return Err(format!("mail {id} could not be made: {e}"));
                    }
                    Err(e) => Err((e.to_string(), true)),
                }
            };
            let recorded = match answer {
                Ok(()) => {
                    accepted.0.insert(id);
                    let sent = engine.writer.run(Actor::System, MailSent { id }).await;
                    if sent.is_ok() {
                        accepted.0.remove(&id);
                    }
                    sent
                }
                Err((error, permanent)) => {
                    tracing::warn!("mail {id} not sent: {error}");
                    let failed = MailFailed {
                        id,
                        error,
                        permanent,
                        first_retry: config.first_retry.as_millis() as i64,
                    };
                    engine.writer.run(Actor::System, failed).await
                }
            };
            recorded.map_err(|e| format!("mail {id}: the answer could not be recorded: {e}"))?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_choose_tls_and_refuse_what_they_cannot_mean() {
        assert!(transport("smtp://mail.example.org", None).is_ok());
        assert!(transport("smtps://u:p%40ss@mail.example.org:465", None).is_ok());
        assert!(transport("smtp://127.0.0.1:2525?tls=none", None).is_ok());
        for bad in [
            "mail.example.org",
            "http://mail.example.org",
            "smtps://mail.example.org?tls=none",
            "smtp://mail.example.org?tls=maybe",
            "smtp://:secret@mail.example.org",
        ] {
            assert!(transport(bad, None).is_err(), "{bad}");
        }
        assert!(
            transport("smtp://mail.example.org", Some("from a file")).is_err(),
            "a password from a file needs a user in the URL"
        );
        assert!(transport("smtp://me@mail.example.org", Some("from a file")).is_ok());
    }
}
