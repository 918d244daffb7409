//! Sign-in bookkeeping: browser sessions and personal access tokens. The HTTP layer checks the
//! password and makes the secrets; only their SHA-256 is written here, so the data file (and a
//! backup of it) holds nothing that signs anyone in.

use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::{forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::records::{AccessToken, Session, UserId};
use crate::domain::time::Millis;
use crate::domain::validate::check_text;
use crate::store::codec::Stored;
use crate::store::read::secrets_of;
use crate::store::tx::W;
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// A SHA-256 digest of a session cookie or token secret.
pub type SecretHash = [u8; 32];

/// Most sessions one user keeps; signing in again drops the oldest beyond this.
const MAX_SESSIONS: usize = 32;
/// Most access tokens one user may hold.
const MAX_TOKENS: usize = 20;

/// Sign-in, by `Actor::System` once the HTTP layer has checked the password. Also drops the
/// user's expired sessions.
#[derive(Debug, Clone, PartialEq)]
pub struct StartSession {
    pub user: UserId,
    pub hash: SecretHash,
    pub csrf: String,
    pub lifetime: Millis,
}

impl Apply for StartSession {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let StartSession {
            user,
            ref hash,
            ref csrf,
            lifetime,
        } = *self;
        if a.id.is_some() {
            return Err(forbidden(Phrase::id("refuse-sessions-signin")));
        }
        let u = w.users.get(user)?.ok_or(CommandError::NotFound("user"))?;
        if !u.is_active {
            return Err(forbidden(Phrase::id("refuse-inactive")));
        }
        // Comuniza's `last_login`.
        w.last_logins.open()?.insert(user.0, w.now)?;
        // Drop the user's expired sessions, and the oldest ones beyond the cap.
        let mut live = Vec::new();
        for key in secrets_of(&*w.sessions_by_user.open()?, user.0)? {
            let session = match w.sessions.open()?.get(key.as_slice())? {
                Some(v) => Some(Session::decode(v.value())?),
                None => None,
            };
            match session {
                Some(s) if s.expires_at > w.now => live.push((s.created_at, key)),
                _ => end_one(w, user, &key)?,
            }
        }
        live.sort();
        while live.len() >= MAX_SESSIONS {
            let (_, key) = live.remove(0);
            end_one(w, user, &key)?;
        }
        let session = Session {
            user,
            csrf: csrf.to_string(),
            created_at: w.now,
            expires_at: w.now.saturating_add(lifetime),
        };
        w.sessions
            .open()?
            .insert(hash.as_slice(), session.encode().as_slice())?;
        w.sessions_by_user
            .open()?
            .insert((user.0, hash.as_slice()), ())?;
        Ok(user.0)
    }
}

fn end_one(w: &mut W<'_>, user: UserId, hash: &[u8]) -> Result<(), StoreError> {
    w.sessions.open()?.remove(hash)?;
    w.sessions_by_user.open()?.remove((user.0, hash))?;
    Ok(())
}

/// Signing out: whoever holds the cookie may end its session.
#[derive(Debug, Clone, PartialEq)]
pub struct EndSession {
    pub hash: SecretHash,
}

impl Apply for EndSession {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, _a: Acting) -> CommandResult {
        let EndSession { ref hash } = *self;
        let session = match w.sessions.open()?.get(hash.as_slice())? {
            Some(v) => Session::decode(v.value())?,
            None => return Err(CommandError::NotFound("session")),
        };
        end_one(w, session.user, hash)?;
        Ok(session.user.0)
    }
}

/// Signs a user out everywhere (themselves, or staff for anyone): every browser session and
/// every personal access token, so that a stolen token dies with a password change too.
#[derive(Debug, Clone, PartialEq)]
pub struct EndAllSessions {
    pub user: UserId,
}

impl Apply for EndAllSessions {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let EndAllSessions { user } = *self;
        if !a.is(user) {
            a.require_staff()?;
        }
        sign_out_everywhere(w, user)?;
        Ok(user.0)
    }
}

/// Ends every session and revokes every access token of `user` (also when an account is
/// deactivated: reactivating it must not bring old tokens back).
pub(super) fn sign_out_everywhere(w: &mut W<'_>, user: UserId) -> Result<(), StoreError> {
    for key in secrets_of(&*w.sessions_by_user.open()?, user.0)? {
        end_one(w, user, &key)?;
    }
    for key in secrets_of(&*w.tokens_by_user.open()?, user.0)? {
        w.tokens.open()?.remove(key.as_slice())?;
        w.tokens_by_user.open()?.remove((user.0, key.as_slice()))?;
    }
    Ok(())
}

/// A personal access token (its digest; the secret is shown once and never stored).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateToken {
    pub hash: SecretHash,
    pub name: String,
    pub prefix: String,
}

impl Apply for CreateToken {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateToken {
            ref hash,
            ref name,
            ref prefix,
        } = *self;
        let user = a.member()?;
        let name = check_text("name", name, 100, true)?;
        if secrets_of(&*w.tokens_by_user.open()?, user.0)?.len() >= MAX_TOKENS {
            return Err(CommandError::Conflict(
                Phrase::id("conflict-tokens-max").number("max", MAX_TOKENS),
            ));
        }
        let token = AccessToken {
            user,
            name,
            prefix: prefix.to_string(),
            created_at: w.now,
        };
        w.tokens
            .open()?
            .insert(hash.as_slice(), token.encode().as_slice())?;
        w.tokens_by_user
            .open()?
            .insert((user.0, hash.as_slice()), ())?;
        Ok(user.0)
    }
}

/// Revokes a token: its owner, or staff.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeToken {
    pub hash: SecretHash,
}

impl Apply for RevokeToken {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let RevokeToken { ref hash } = *self;
        let token = match w.tokens.open()?.get(hash.as_slice())? {
            Some(v) => AccessToken::decode(v.value())?,
            None => return Err(CommandError::NotFound("token")),
        };
        if !a.is(token.user) {
            a.require_staff()?;
        }
        w.tokens.open()?.remove(hash.as_slice())?;
        w.tokens_by_user
            .open()?
            .remove((token.user.0, hash.as_slice()))?;
        Ok(token.user.0)
    }
}
