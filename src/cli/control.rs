//! The local control socket of a running server (`DATA.control`, next to the data file, mode
//! 0600 so only the file's owner can use it). `comuniza backup` asks the server through it,
//! because the server holds the data file's lock. One request per connection: a JSON line
//! `{"backup": "/abs/dest", "force": false}`, answered by `{"ok": report}` or
//! `{"error": "..."}`.

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

#[derive(Serialize, Deserialize)]
struct Ask {
    backup: PathBuf,
    force: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Answer {
    Ok(BackupReport),
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
                tokio::spawn(answer(stream, engine.clone()));
            }
        }
    }
    let _ = std::fs::remove_file(&path);
    Ok(())
}

async fn answer(stream: tokio::net::UnixStream, engine: Engine) {
    let (read, mut write) = stream.into_split();
    let mut line = String::new();
    // One short line; anything longer is not a request of ours.
    let mut reader = tokio::io::BufReader::new(read).take(64 * 1024);
    let reply = match reader.read_line(&mut line).await {
        Err(e) => Answer::Error(format!("reading the request: {e}")),
        Ok(_) => match serde_json::from_str::<Ask>(&line) {
            Err(e) => Answer::Error(format!("not a request: {e}")),
            Ok(ask) => {
                let made = tokio::task::spawn_blocking(move || {
                    backup(&*engine.db, &ask.backup, ask.force)
                })
                .await;
                match made {
                    Ok(Ok(report)) => {
                        tracing::info!(
                            "backup written to {} ({} bytes, verified)",
                            report.path.display(),
                            report.bytes
                        );
                        Answer::Ok(report)
                    }
                    Ok(Err(e)) => Answer::Error(e.to_string()),
                    Err(e) => Answer::Error(format!("the backup stopped: {e}")),
                }
            }
        },
    };
    let mut text = serde_json::to_string(&reply).unwrap_or_default();
    text.push('\n');
    let _ = write.write_all(text.as_bytes()).await;
}

/// Asks the server of `data` for a backup. `Ok(None)`: no server listens there.
pub fn ask_backup(
    data: &Path,
    dest: &Path,
    force: bool,
) -> Result<Option<BackupReport>, Box<dyn std::error::Error>> {
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
    let mut ask = serde_json::to_string(&Ask {
        backup: dest.to_path_buf(),
        force,
    })?;
    ask.push('\n');
    stream.write_all(ask.as_bytes())?;
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line)?;
    match serde_json::from_str::<Answer>(&line) {
        Ok(Answer::Ok(report)) => Ok(Some(report)),
        Ok(Answer::Error(e)) => Err(e.into()),
        Err(_) => Err(format!("the server answered something else: {line:?}").into()),
    }
}
