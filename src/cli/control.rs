//! The local control socket of a running server (`DATA.control`, next to the data file, mode
//! 0600 so only the file's owner can use it). `comuniza backup` asks the server through it,
//! because the server holds the data file's lock; so do `create-admin` and `reset-password`.
//! One request per connection: a JSON line such as
//! `{"backup": {"dest": "/abs/dest", "force": false}}`, answered by `{"backup": report}`,
//! `{"user": id}` or `{"error": "..."}`.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

use crate::engine::Engine;
use crate::store::backup::{backup, BackupReport};

/// Where the server of `data` listens.
pub fn socket_path(data: &Path) -> PathBuf {
    let mut name = data.as_os_str().to_owned();
    name.push(".control");
    PathBuf::from(name)
}

/// What a command asks the server to do. Passwords travel as argon2id hashes made by the
/// command, never as plain text.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ask {
    Backup {
        dest: PathBuf,
        force: bool,
    },
    CreateAdmin {
        username: String,
        email: String,
        password_hash: String,
    },
    ResetPassword {
        username: String,
        password_hash: String,
    },
    DeleteAccount {
        username: String,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Answer {
    Backup(BackupReport),
    /// The id of the account made or changed.
    User(u64),
    Error(String),
}

/// Listens on the control socket until `stopped` completes; removes the socket then. A socket
/// file left by a server that was killed is replaced (the data file's lock, taken before this,
/// already proved that no other server runs on this file).
pub async fn serve(
    data: &Path,
    engine: Engine,
    stopped: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let path = socket_path(data);
    let _ = std::fs::remove_file(&path);
    let listener = tokio::net::UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    tokio::pin!(stopped);
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                tokio::spawn(answer(stream, engine.clone(), data.to_path_buf()));
            }
        }
    }
    let _ = std::fs::remove_file(&path);
    Ok(())
}

/// Carries out one request on a blocking thread (a backup reads the whole file; the account
/// commands wait for the writer).
fn carry_out(engine: &Engine, data: &Path, ask: Ask) -> Answer {
    match ask {
        Ask::Backup { dest, force } => match backup(&*engine.db, Some(data), &dest, force) {
            Ok(report) => {
                tracing::info!(
                    "backup written to {} ({} bytes, verified)",
                    report.path.display(),
                    report.bytes
                );
                Answer::Backup(report)
            }
            Err(e) => Answer::Error(e.to_string()),
        },
        Ask::CreateAdmin {
            username,
            email,
            password_hash,
        } => match super::accounts::create_admin(engine, &username, &email, password_hash) {
            Ok(id) => {
                tracing::info!("staff account {username} created from the command line");
                Answer::User(id)
            }
            Err(e) => Answer::Error(e.to_string()),
        },
        Ask::ResetPassword {
            username,
            password_hash,
        } => match super::accounts::reset_password(engine, &username, password_hash) {
            Ok(id) => {
                tracing::info!("password of {username} reset from the command line");
                Answer::User(id)
            }
            Err(e) => Answer::Error(e.to_string()),
        },
        Ask::DeleteAccount { username } => {
            match super::accounts::delete_account(engine, &username) {
                Ok(id) => {
                    tracing::info!("account {id} deleted from the command line");
                    Answer::User(id)
                }
                Err(e) => Answer::Error(e.to_string()),
            }
        }
    }
}

async fn answer(stream: tokio::net::UnixStream, engine: Engine, data: PathBuf) {
    let (read, mut write) = stream.into_split();
    let mut line = String::new();
    // One short line; anything longer is not a request of ours.
    let mut reader = tokio::io::BufReader::new(read).take(64 * 1024);
    let reply = match reader.read_line(&mut line).await {
        Err(e) => Answer::Error(format!("reading the request: {e}")),
        Ok(_) => match serde_json::from_str::<Ask>(&line) {
            Err(e) => Answer::Error(format!("not a request: {e}")),
            Ok(ask) => tokio::task::spawn_blocking(move || carry_out(&engine, &data, ask))
                .await
                .unwrap_or_else(|e| Answer::Error(format!("the request stopped: {e}"))),
        },
    };
    let mut text = serde_json::to_string(&reply).unwrap_or_default();
    text.push('\n');
    let _ = write.write_all(text.as_bytes()).await;
}

/// Sends `ask` to the server of `data`. `Ok(None)`: no server listens there.
fn ask(data: &Path, ask: &Ask) -> Result<Option<Answer>, Box<dyn std::error::Error>> {
    let path = socket_path(data);
    let mut stream = match std::os::unix::net::UnixStream::connect(&path) {
        Ok(s) => s,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused
            ) =>
        {
            return Ok(None)
        }
        Err(e) => return Err(format!("connecting to {}: {e}", path.display()).into()),
    };
    let mut text = serde_json::to_string(ask)?;
    text.push('\n');
    stream.write_all(text.as_bytes())?;
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line)?;
    match serde_json::from_str::<Answer>(&line) {
        Ok(Answer::Error(e)) => Err(e.into()),
        Ok(answer) => Ok(Some(answer)),
        Err(_) => Err(format!("the server answered something else: {line:?}").into()),
    }
}

fn unexpected() -> Box<dyn std::error::Error> {
    "the server answered another request".into()
}

/// Asks the server of `data` for a backup. `Ok(None)`: no server listens there.
pub fn ask_backup(
    data: &Path,
    dest: &Path,
    force: bool,
) -> Result<Option<BackupReport>, Box<dyn std::error::Error>> {
    let asked = Ask::Backup {
        dest: dest.to_path_buf(),
        force,
    };
    match ask(data, &asked)? {
        None => Ok(None),
        Some(Answer::Backup(report)) => Ok(Some(report)),
        Some(_) => Err(unexpected()),
    }
}

/// Asks the server of `data` to create an account or set a password (`create-admin`,
/// `reset-password`); answers the account's id. `Ok(None)`: no server listens there.
pub fn ask_account(data: &Path, asked: &Ask) -> Result<Option<u64>, Box<dyn std::error::Error>> {
    match ask(data, asked)? {
        None => Ok(None),
        Some(Answer::User(id)) => Ok(Some(id)),
        Some(_) => Err(unexpected()),
    }
}
