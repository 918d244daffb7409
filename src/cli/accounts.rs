//! `create-admin`, `reset-password` and `delete-account`: accounts made, mended or deleted by
//! the host, through the
//! running server's control socket when it holds the data file. The password is
//! never a command-line flag (it would show in `ps` and shell history): it is read from
//! `--password-file`, or as one line from stdin (not echoed when stdin is a terminal).

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use crate::auth::password::check_new_password;
use crate::engine::Engine;
use crate::store::commands::Actor;
use crate::store::commands::{CreateUser, DeleteAccount, SetPassword};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The new password, from `file` or stdin, checked like the web forms check it.
pub fn read_password(file: Option<&Path>) -> Result<String> {
    let line = match file {
        Some(f) => std::fs::read_to_string(f)
            .map_err(|e| format!("cannot read the password file {}: {e}", f.display()))?
            .lines()
            .next()
            .unwrap_or("")
            .to_string(),
        None => read_stdin_line()?,
    };
    let plain = line.trim_end_matches(['\r', '\n']).to_string();
    check_new_password(&plain)?;
    Ok(plain)
}

/// One line of stdin; on a terminal, asked for and read without echo (through `stty`, when
/// the system has it; otherwise the line is read as typed).
fn read_stdin_line() -> Result<String> {
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    let stty = |arg: &str| {
        std::process::Command::new("stty")
            .arg(arg)
            .stdin(std::process::Stdio::inherit())
            .status()
            .is_ok_and(|s| s.success())
    };
    let mut hidden = false;
    if tty {
        eprint!("New password (at least 8 characters): ");
        std::io::stderr().flush()?;
        hidden = stty("-echo");
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if hidden {
        stty("echo");
        eprintln!();
    }
    read?;
    Ok(line)
}

/// Creates a staff account with an already hashed password; answers its id.
pub fn create_admin(engine: &Engine, username: &str, email: &str, password: String) -> Result<u64> {
    let cmd = CreateUser {
        username: username.to_string(),
        email: email.to_string(),
        first_name: String::new(),
        last_name: String::new(),
        password,
        is_staff: true,
    };
    Ok(engine.writer.run_blocking(Actor::System, cmd)?)
}

/// Sets a user's password (already hashed) and signs them out everywhere: sessions and access
/// tokens alike. Answers their id.
pub fn reset_password(engine: &Engine, username: &str, password: String) -> Result<u64> {
    let user = engine
        .snapshot()?
        .user_id_by_username(username.trim())?
        .ok_or_else(|| format!("no user is named {username:?}"))?;
    let cmd = SetPassword {
        user,
        password,
        sign_out: true,
    };
    engine.writer.run_blocking(Actor::System, cmd)?;
    Ok(user.0)
}

/// Deletes a member's account, for a member who asked the host (`DeleteAccount`: they become
/// an anonymous former member). Answers their id.
pub fn delete_account(engine: &Engine, username: &str) -> Result<u64> {
    let user = engine
        .snapshot()?
        .user_id_by_username(username.trim())?
        .ok_or_else(|| format!("no user is named {username:?}"))?;
    engine
        .writer
        .run_blocking(Actor::System, DeleteAccount { user })?;
    Ok(user.0)
}

/// `create-admin`, `reset-password` or `delete-account`: through the running server when there is one (it holds
/// the data file), else on the file itself. Answers the account's id.
pub fn run(data: &Path, ask: super::control::Ask) -> Result<u64> {
    use super::control::Ask;
    if let Some(id) = super::control::ask_account(data, &ask)? {
        return Ok(id);
    }
    let engine = Engine::open(data, crate::cache::Capacities::default())?;
    let done = match ask {
        Ask::CreateAdmin {
            username,
            email,
            password_hash,
        } => create_admin(&engine, &username, &email, password_hash),
        Ask::ResetPassword {
            username,
            password_hash,
        } => reset_password(&engine, &username, password_hash),
        Ask::DeleteAccount { username } => delete_account(&engine, &username),
        Ask::Backup { .. } => Err("not an account command".into()),
    };
    engine.close();
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::password::{hash_password, verify_password, Verdict};
    use crate::cache::Capacities;
    use crate::domain::records::User;
    use crate::domain::records::UserId;

    fn hash(plain: &str) -> String {
        hash_password(plain).unwrap()
    }

    fn user(engine: &Engine, id: u64) -> User {
        engine
            .snapshot()
            .unwrap()
            .user(UserId(id))
            .unwrap()
            .unwrap()
    }

    #[test]
    fn create_admin_then_reset_its_password() {
        let dir = tempfile::tempdir().unwrap();
        let engine = Engine::open(&dir.path().join("c.redb"), Capacities::default()).unwrap();
        let pw = dir.path().join("pw");
        std::fs::write(&pw, "first password\n").unwrap();
        let plain = read_password(Some(&pw)).unwrap();
        assert_eq!(plain, "first password");
        let id = create_admin(&engine, "host", "host@example.org", hash(&plain)).unwrap();
        let u = user(&engine, id);
        assert!(u.is_staff && u.is_active);
        assert!(matches!(
            verify_password(&u.password, "first password"),
            Verdict::Right { .. }
        ));
        // The same username again is refused.
        assert!(create_admin(&engine, "HOST", "other@example.org", hash(&plain)).is_err());
        assert_eq!(
            reset_password(&engine, "Host", hash("second password")).unwrap(),
            id
        );
        let u = user(&engine, id);
        assert!(matches!(
            verify_password(&u.password, "second password"),
            Verdict::Right { .. }
        ));
        assert!(reset_password(&engine, "nobody", hash("second password")).is_err());
        // Too short a password never reaches the data file.
        std::fs::write(&pw, "short\n").unwrap();
        assert!(read_password(Some(&pw)).is_err());
    }
}
