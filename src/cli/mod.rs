//! The command line: `serve` (the default), `import`, `export`, `verify`, `rebuild`,
//! `create-admin`, `reset-password`, `demo`, `backup`.
//! Every subcommand takes `--data` (or `COMUNIZA_DATA`).

pub mod accounts;
pub mod backup;
pub mod control;
pub mod demo;
pub mod export;
mod idset;
pub mod import;
pub mod reminders;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use redb::Durability;

use crate::auth::password::hash_password;
use crate::cache::Capacities;
use crate::engine::{open_database, Engine, CACHE_BYTES};
use crate::http::conn::ConnLimits;
use crate::store::open::open_read_only;
use std::time::Duration;

#[derive(Debug, Parser)]
#[command(
    name = "comuniza",
    version,
    about = "A community lending library in one binary"
)]
pub struct Cli {
    /// The data file.
    #[arg(
        long,
        global = true,
        env = "COMUNIZA_DATA",
        default_value = "data/comuniza.redb"
    )]
    pub data: PathBuf,
    /// A TOML config file whose keys are the long flags (`addr = "0.0.0.0:8080"`); flags and
    /// environment variables win over it.
    #[arg(long, global = true, env = "COMUNIZA_CONFIG")]
    pub config: Option<PathBuf>,
    /// Log format: `text` (default) or `json` (one JSON object per line). `RUST_LOG` filters.
    #[arg(long, global = true, env = "COMUNIZA_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
    /// `comuniza` alone serves: these are `serve`'s options (`comuniza --addr 0.0.0.0:8080`).
    #[command(flatten)]
    pub serve: ServeArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site and the API (the default).
    Serve(Box<ServeArgs>),
    /// Import a Django `dumpdata` fixture into a new data file (all or nothing).
    Import {
        /// The fixture: `manage.py dumpdata users groups items loans badges` of a Comuniza site.
        file: PathBuf,
        /// Overwrite a data file that already holds a community.
        #[arg(long)]
        replace: bool,
        /// Comuniza's media folder: the photos its `items.itemimage` rows name are read from
        /// it (a missing or broken file is reported and skipped).
        #[arg(long, value_name = "DIR")]
        media: Option<PathBuf>,
    },
    /// Write the data file as a Django fixture.
    Export {
        /// Where to write the fixture (replaced if it exists).
        file: PathBuf,
        /// A folder to write the items' photos into (the full size of each), with their
        /// `items.itemimage` rows in the fixture; without it the fixture has no photos.
        #[arg(long, value_name = "DIR")]
        media: Option<PathBuf>,
    },
    /// Recompute every view from the base records; print each difference (exit 1 on any).
    Verify,
    /// Rewrite every view from the base records (and award badges whose rule holds).
    Rebuild,
    /// Create a staff account. The password is read from stdin (or --password-file).
    CreateAdmin {
        #[arg(long)]
        username: String,
        #[arg(long)]
        email: String,
        /// A file whose first line is the password (instead of stdin).
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
    /// Set a user's password (read from stdin or --password-file) and sign them out everywhere.
    ResetPassword {
        #[arg(long)]
        username: String,
        /// A file whose first line is the password (instead of stdin).
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
    /// Delete a member's account at their request: they become an anonymous former member
    /// (their loans, reviews and points stay); refused while a loan of theirs is open.
    DeleteAccount {
        #[arg(long)]
        username: String,
    },
    /// Fill an empty data file with a small demo community (cities, groups, items, loans, badges).
    Demo,
    /// Write a verified copy of the data file to DEST, also while the server runs.
    Backup {
        /// Where to write the copy.
        dest: PathBuf,
        /// Replace DEST if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "COMUNIZA_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// L1 entries kept for the hot pages (boards, badge list, map).
    #[arg(long, env = "COMUNIZA_CACHE_HOT", default_value_t = Capacities::default().hot)]
    pub cache_hot: usize,
    /// L1 entries kept for badge pages.
    #[arg(long, env = "COMUNIZA_CACHE_WARM", default_value_t = Capacities::default().warm)]
    pub cache_warm: usize,
    /// L1 entries kept for profiles.
    #[arg(long, env = "COMUNIZA_CACHE_COLD", default_value_t = Capacities::default().cold)]
    pub cache_cold: usize,
    /// Mark cookies `Secure`: set this when the site is reached over HTTPS (behind a proxy).
    #[arg(long, env = "COMUNIZA_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Days a sign-in lasts.
    #[arg(long, env = "COMUNIZA_SESSION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=365))]
    pub session_days: u32,
    /// One log line per request (target `comuniza::access`): method, route, path, status,
    /// microseconds, bytes, client. `--access-log false` turns it off.
    #[arg(long, env = "COMUNIZA_ACCESS_LOG", default_value_t = true, action = clap::ArgAction::Set)]
    pub access_log: bool,
    /// Reverse proxies (CIDR, comma separated) whose X-Forwarded-For names the client, for the
    /// sign-in rate limit, /metrics and the access log. Empty: the TCP peer is the client.
    #[arg(long, env = "COMUNIZA_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Networks (CIDR, comma separated) whose clients may read /metrics without the token.
    #[arg(
        long,
        env = "COMUNIZA_METRICS_ALLOW",
        value_delimiter = ',',
        default_value = "127.0.0.0/8,::1/128"
    )]
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// A token that opens /metrics from anywhere (`Authorization: Bearer TOKEN`).
    #[arg(long, env = "COMUNIZA_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Languages visitors may choose (tags, comma separated: `en,es,de`), the first being the
    /// default. By default those every page is translated into; others may be offered early,
    /// with their untranslated pages in English.
    #[arg(long, env = "COMUNIZA_LANGUAGES", value_delimiter = ',', value_parser = parse_language)]
    pub languages: Vec<crate::i18n::Lang>,
    /// A file whose first line is the metrics token (instead of --metrics-token).
    #[arg(
        long,
        env = "COMUNIZA_METRICS_TOKEN_FILE",
        conflicts_with = "metrics_token"
    )]
    pub metrics_token_file: Option<PathBuf>,
    /// Make a verified backup this often (`30m`, `6h`, `1d`); off unless given.
    #[arg(long, env = "COMUNIZA_BACKUP_EVERY", value_parser = backup::parse_every)]
    pub backup_every: Option<std::time::Duration>,
    /// How many scheduled backups to keep (the oldest are deleted).
    #[arg(long, env = "COMUNIZA_BACKUP_KEEP", default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..))]
    pub backup_keep: u32,
    /// Where scheduled backups go (default: `backups` next to the data file).
    #[arg(long, env = "COMUNIZA_BACKUP_DIR")]
    pub backup_dir: Option<PathBuf>,
    /// Open connections at most; past it new ones wait until one closes (logged).
    #[arg(long, env = "COMUNIZA_MAX_CONNECTIONS", default_value_t = ConnLimits::default().max_connections, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=1_000_000))]
    pub max_connections: usize,
    /// Seconds a request head may take to arrive whole (slow clients are cut off).
    #[arg(long, env = "COMUNIZA_HEADER_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds a kept-alive connection may wait for its next request.
    #[arg(long, env = "COMUNIZA_IDLE_TIMEOUT", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86400))]
    pub idle_timeout: u64,
    /// Seconds a request body may take to arrive whole.
    #[arg(long, env = "COMUNIZA_BODY_TIMEOUT", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub body_timeout: u64,
    /// Seconds after start before the reminder scheduler first looks (then every 10 minutes),
    /// so a restart does not add to its own start-up.
    #[arg(long, env = "COMUNIZA_REMINDERS_AFTER", default_value_t = 60, value_parser = clap::value_parser!(u64).range(0..=86400))]
    pub reminders_after: u64,
    /// An SMTP server to mail notifications through (off unless given):
    /// `smtp://[user@]host[:587]` (STARTTLS, required), `smtps://[user@]host[:465]` (TLS), or
    /// `smtp://host:25?tls=none` (a relay on this machine).
    #[arg(long, env = "COMUNIZA_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// A file whose first line is the SMTP password (the URL names the user).
    #[arg(long, env = "COMUNIZA_SMTP_PASSWORD_FILE")]
    pub smtp_password_file: Option<PathBuf>,
    /// The address mails come from; the site's name is the sender's name.
    #[arg(long, env = "COMUNIZA_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// The site's address as members reach it (`https://lend.example.org`), for the links in
    /// mails. Default: this server's own address.
    #[arg(long, env = "COMUNIZA_PUBLIC_URL")]
    pub public_url: Option<String>,
}

impl ServeArgs {
    /// The connection limits, the cap kept within the open-file limit (raised first to its
    /// hard limit: each connection is a file, and the data file, logs and sockets need some).
    fn conn_limits(&self) -> ConnLimits {
        const RESERVED_FILES: u64 = 64;
        let mut max = self.max_connections;
        if let Some(files) = crate::http::conn::raise_open_files() {
            let room = usize::try_from(files.saturating_sub(RESERVED_FILES)).unwrap_or(usize::MAX);
            if max > room {
                tracing::warn!(
                    "--max-connections {max} is more than the open-file limit ({files}) allows: \
                     {room} connections at most"
                );
                max = room.max(1);
            }
        }
        ConnLimits {
            max_connections: max,
            header_timeout: Duration::from_secs(self.header_timeout),
            idle_timeout: Duration::from_secs(self.idle_timeout),
            body_timeout: Duration::from_secs(self.body_timeout),
        }
    }

    /// The metrics token, from the flag or the first line of its file.
    /// The mail set-up, when an SMTP server is given (`listening`: this server's address, the
    /// links' default), and how the staff page names the server.
    fn mail(
        &self,
        listening: std::net::SocketAddr,
    ) -> Result<Option<(crate::mail::MailConfig, String)>, Box<dyn std::error::Error>> {
        let Some(url) = self.smtp_url.as_deref().filter(|u| !u.is_empty()) else {
            return Ok(None);
        };
        let password = match &self.smtp_password_file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    format!("reading the SMTP password from {}: {e}", path.display())
                })?;
                Some(text.lines().next().unwrap_or("").to_string())
            }
            None => None,
        };
        let transport = crate::mail::transport(url, password.as_deref())?;
        let from = self
            .mail_from
            .as_deref()
            .ok_or("--mail-from is needed with --smtp-url: the address mails come from")?;
        let from = from
            .parse()
            .map_err(|e| format!("--mail-from {from:?} is not an e-mail address: {e}"))?;
        let public_url = match &self.public_url {
            Some(u) if u.starts_with("http://") || u.starts_with("https://") => {
                u.trim_end_matches('/').to_string()
            }
            Some(u) => {
                return Err(
                    format!("--public-url {u:?} must start with http:// or https://").into(),
                )
            }
            None => {
                let own = format!("http://{}", shown_address(listening));
                tracing::warn!(
                    "links in mails point at {own}: set --public-url to the address members use"
                );
                own
            }
        };
        // The server as the staff page shows it: its scheme, host and port, never a password.
        let shown = url::Url::parse(url)
            .map(|u| {
                format!(
                    "{}://{}{}",
                    u.scheme(),
                    u.host_str().unwrap_or(""),
                    u.port().map_or(String::new(), |p| format!(":{p}"))
                )
            })
            .unwrap_or_default();
        // The languages are the web server's, set once it is configured.
        let sender = crate::mail::compose::Sender {
            from,
            public_url,
            languages: Vec::new(),
        };
        let first_retry =
            std::time::Duration::from_millis(crate::domain::mail::FIRST_RETRY.unsigned_abs());
        let config = crate::mail::MailConfig {
            transport,
            sender,
            first_retry,
        };
        Ok(Some((config, shown)))
    }

    fn metrics_token(&self) -> Result<Option<String>, Box<dyn std::error::Error>> {
        if let Some(path) = &self.metrics_token_file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("reading the metrics token from {}: {e}", path.display()))?;
            let token = text.lines().next().unwrap_or("").trim().to_string();
            if token.is_empty() {
                return Err(format!("{} holds no metrics token", path.display()).into());
            }
            return Ok(Some(token));
        }
        Ok(self.metrics_token.clone().filter(|t| !t.is_empty()))
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let data = cli.data;
    // With no subcommand, the top-level options are `serve`'s (read by clap exactly as
    // `serve`'s, defaults and `COMUNIZA_*` variables alike).
    let result = match cli.command.unwrap_or(Command::Serve(Box::new(cli.serve))) {
        Command::Serve(args) => serve(&data, *args),
        Command::Import {
            file,
            replace,
            media,
        } => import_command(&data, &file, replace, media.as_deref()),
        Command::Export { file, media } => (|| {
            // The fixture is written next to its name and renamed over it: never onto the
            // data file.
            let written = [file.clone(), export::temp_path(&file)];
            crate::store::backup::check_paths(&data, &file, &written)?;
            let db = open_read_only(&data, CACHE_BYTES)?;
            let today = crate::domain::time::day_of(crate::domain::time::now());
            let n = export::export_with_media(&db, &file, today, media.as_deref())?;
            println!("exported {n} records to {}", file.display());
            if let Some(dir) = &media {
                println!("photos written under {}", dir.join("items").display());
            }
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Verify => verify(&data),
        Command::Rebuild => (|| {
            let db = open_database(&data)?;
            let report = crate::views::rebuild::rebuild(
                &db,
                crate::domain::time::now(),
                Durability::Immediate,
            )?;
            println!("rebuilt the views of {} users", report.users);
            for (slug, n) in &report.awarded {
                println!("awarded {slug}: {n}");
            }
            Ok(ExitCode::SUCCESS)
        })(),
        Command::CreateAdmin {
            username,
            email,
            password_file,
        } => (|| {
            let plain = accounts::read_password(password_file.as_deref())?;
            let ask = control::Ask::CreateAdmin {
                username: username.clone(),
                email,
                password_hash: hash_password(&plain)?,
            };
            accounts::run(&data, ask)?;
            println!("created the staff account {username}");
            Ok(ExitCode::SUCCESS)
        })(),
        Command::ResetPassword {
            username,
            password_file,
        } => (|| {
            let plain = accounts::read_password(password_file.as_deref())?;
            let ask = control::Ask::ResetPassword {
                username: username.clone(),
                password_hash: hash_password(&plain)?,
            };
            accounts::run(&data, ask)?;
            println!(
                "set the password of {username} and signed them out everywhere \
                 (browsers and access tokens)"
            );
            Ok(ExitCode::SUCCESS)
        })(),
        Command::DeleteAccount { username } => (|| {
            let id = accounts::run(
                &data,
                control::Ask::DeleteAccount {
                    username: username.clone(),
                },
            )?;
            println!("deleted the account of {username} (user {id}): a former member now");
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Demo => demo_command(&data),
        Command::Backup { dest, force } => backup::command(&data, &dest, force).map(|r| {
            println!(
                "backup written to {}: {} bytes, {} rows in {} tables, verified, {:.1} s",
                r.path.display(),
                r.bytes,
                r.rows,
                r.tables,
                r.seconds
            );
            ExitCode::SUCCESS
        }),
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

type CliResult = Result<ExitCode, Box<dyn std::error::Error>>;

fn serve(data: &std::path::Path, args: ServeArgs) -> CliResult {
    let caps = Capacities {
        hot: args.cache_hot,
        warm: args.cache_warm,
        cold: args.cache_cold,
    };
    let metrics_token = args.metrics_token()?;
    let engine = Engine::open(data, caps)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let serving = engine.clone();
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&args.addr).await?;
        let mut mail = args.mail(listener.local_addr()?)?;
        tracing::info!(
            "serving {} on http://{}",
            data.display(),
            listener.local_addr()?
        );
        let config = crate::http::WebConfig {
            data_path: Some(data.to_path_buf()),
            secure_cookies: args.secure_cookies,
            session_days: args.session_days,
            access_log: args.access_log,
            trusted_proxies: args.trusted_proxies.clone(),
            metrics_allow: args.metrics_allow.clone(),
            metrics_token,
            backup_schedule: args
                .backup_every
                .map(|every| crate::store::backup::Schedule {
                    data: data.to_path_buf(),
                    every,
                    keep: args.backup_keep as usize,
                    dir: args.backup_dir.clone().unwrap_or_else(|| {
                        data.parent()
                            .unwrap_or(std::path::Path::new("."))
                            .join("backups")
                    }),
                }),
            last_backup: Default::default(),
            setup_token: None,
            conn: args.conn_limits(),
            mail_server: mail.as_ref().map(|(_, shown)| shown.clone()),
            languages: match args.languages.is_empty() {
                true => crate::i18n::FINISHED.to_vec(),
                false => {
                    // In the order given, each once ("en,es,en" offers two).
                    let mut seen = Vec::new();
                    for l in &args.languages {
                        if !seen.contains(l) {
                            seen.push(*l);
                        }
                    }
                    seen
                }
            },
        };
        if let Some((m, _)) = mail.as_mut() {
            m.sender.languages = config.languages.clone();
        }
        let last_backup = config.last_backup.clone();
        let schedule = config.backup_schedule.clone();
        let engine = serving.clone();
        let app = crate::http::App::new(serving, config);
        if crate::http::pages::account::site_is_empty(&app.engine).unwrap_or(false) {
            tracing::warn!(
                "this site has no administrator yet: open http://{}/setup?token={} to create \
                 one (the link stops working once it has been used, and when the server restarts), or run \
                 `comuniza create-admin`",
                shown_address(listener.local_addr()?),
                app.setup_token
            );
        }
        // On SIGTERM or Ctrl-C: stop accepting, let requests under way finish (at most
        // SHUTDOWN_WAIT), then the writer commits what is queued when the engine closes.
        let (stop, stopping) = tokio::sync::watch::channel(false);
        // Listened for now, before the first request is answered: a signal that came before
        // a spawned task first ran would kill the process the default way.
        let signalled = stop_signal();
        tokio::spawn(async move {
            signalled.await;
            tracing::info!("stopping: finishing the requests under way and the queued writes");
            let _ = stop.send(true);
        });
        let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|stop| *stop).await;
        };
        tokio::spawn({
            let (data, engine, stopped) = (
                data.to_path_buf(),
                engine.clone(),
                stopped(stopping.clone()),
            );
            async move {
                if let Err(e) = control::serve(&data, engine, stopped).await {
                    tracing::warn!(
                        "no control socket ({e}); `comuniza backup` cannot reach this server"
                    );
                }
            }
        });
        if let Some(schedule) = schedule {
            tracing::info!(
                "a backup every {:?} into {}, keeping {}",
                schedule.every,
                schedule.dir.display(),
                schedule.keep
            );
            tokio::spawn(backup::run_schedule(engine.clone(), schedule, last_backup));
        }
        let first = std::time::Duration::from_secs(args.reminders_after);
        tokio::spawn(reminders::run(engine.clone(), first));
        if let Some((mail, shown)) = mail {
            tracing::info!("mailing notifications through {shown}");
            engine.writer.set_mail(true);
            tokio::spawn(crate::mail::run(engine.clone(), mail));
        }
        let serving = crate::http::serve_app(listener, app, stopped(stopping.clone()));
        tokio::select! {
            served = serving => served?,
            _ = async {
                stopped(stopping).await;
                tokio::time::sleep(SHUTDOWN_WAIT).await;
            } => tracing::warn!("requests still running after {SHUTDOWN_WAIT:?}; stopping anyway"),
        }
        Ok::<_, Box<dyn std::error::Error>>(())
    });
    // Connections are gone with the runtime; then the data file is closed cleanly, also when
    // serving failed (an address in use).
    drop(runtime);
    engine.close();
    served?;
    tracing::info!("stopped; {} closed", data.display());
    Ok(ExitCode::SUCCESS)
}

/// The address to print in a link: a server listening on every address (`0.0.0.0`) is shown
/// as `localhost`, where its host can open it.
fn shown_address(addr: std::net::SocketAddr) -> String {
    if addr.ip().is_unspecified() {
        format!("localhost:{}", addr.port())
    } else {
        addr.to_string()
    }
}

/// The longest a stopping server waits for requests under way.
const SHUTDOWN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Completes on Ctrl-C (SIGINT) or SIGTERM (what systemd and `docker stop` send). Both are
/// listened for from the call on, not from the first poll of what it returns.
fn stop_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{signal, SignalKind};
    let listen = |kind: SignalKind, name: &str| match signal(kind) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!("cannot listen for {name} ({e})");
            None
        }
    };
    let (mut term, mut int) = (
        listen(SignalKind::terminate(), "SIGTERM"),
        listen(SignalKind::interrupt(), "SIGINT"),
    );
    async move {
        tokio::select! {
            () = received(term.as_mut()) => {}
            () = received(int.as_mut()) => {}
        }
    }
}

/// The next signal of `s`; never, when it could not be listened for.
async fn received(s: Option<&mut tokio::signal::unix::Signal>) {
    match s {
        Some(s) => {
            s.recv().await;
        }
        None => std::future::pending::<()>().await,
    }
}

fn demo_command(data: &std::path::Path) -> CliResult {
    let started = std::time::Instant::now();
    let s = demo::demo(data)?;
    println!(
        "demo community written to {} in {:.1} s: {} users, {} groups, {} items, {} loans, {} reviews, {} badges",
        data.display(),
        started.elapsed().as_secs_f64(),
        s.users,
        s.groups,
        s.items,
        s.loans,
        s.reviews,
        s.badges
    );
    println!("staff account:  {} / {}", demo::ADMIN.0, demo::ADMIN.1);
    println!(
        "member account: {} / {} (every demo member has this password)",
        demo::MEMBER,
        demo::MEMBER_PASSWORD
    );
    println!(
        "start the site with: cargo run --release -- --data {0}   (or, installed: comuniza --data {0})",
        data.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// redb's page cache for `verify`, which reads each table once, in order: a small one does,
/// and leaves the memory to the recomputed views.
const VERIFY_CACHE_BYTES: usize = 32 << 20;

fn verify(data: &std::path::Path) -> CliResult {
    // Read-only, so a verify never changes the file it checks (beyond redb's repair of a file
    // that was not closed cleanly, which the next start would make anyway).
    let db = open_read_only(data, VERIFY_CACHE_BYTES).map_err(|e| -> Box<dyn std::error::Error> {
        if e.is_held() {
            format!(
                "{e}. To check a running site, back it up and verify the copy:\n  \
                 comuniza backup /tmp/check.redb --data {0} && comuniza verify --data /tmp/check.redb",
                data.display()
            )
            .into()
        } else {
            e.into()
        }
    })?;
    let d = crate::views::verify::verify(&db)?;
    if crate::views::rebuild::behind(&db)? {
        println!(
            "verify: this file's figures follow an earlier release's rules; the differences \
             below go away when the server (or `comuniza rebuild`) next opens it"
        );
    }
    for line in &d.lines {
        println!("{line}");
    }
    if d.count == 0 {
        println!("verify: every view agrees with the records");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("verify: {} differences", d.count);
        Ok(ExitCode::from(1))
    }
}

fn import_command(
    data: &std::path::Path,
    file: &std::path::Path,
    replace: bool,
    media: Option<&std::path::Path>,
) -> CliResult {
    let progress = std::io::stderr().is_terminal();
    let r = import::import_with_media(data, file, replace, progress, media)?;
    println!("imported {} in {:.1} s", file.display(), r.seconds);
    print!("{}", r.read);
    if let Some(m) = &r.media {
        print!("{m}");
    }
    if r.statuses_corrected > 0 {
        println!(
            "item statuses corrected to match their loans: {}",
            r.statuses_corrected
        );
    }
    let awarded: u64 = r.rebuild.awarded.values().sum();
    println!("badges awarded: {awarded}");
    if awarded > 0 {
        let dated = awarded - r.rebuild.dated_now;
        println!(
            "  {dated} dated when their rule first held; {} dated now (the records do not tell when)",
            r.rebuild.dated_now
        );
    }
    for (slug, n) in &r.rebuild.awarded {
        println!("  {slug}: {n}");
    }
    Ok(ExitCode::SUCCESS)
}

/// A language tag of `--languages`.
fn parse_language(tag: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::of_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = crate::i18n::Lang::ALL.iter().map(|l| l.tag()).collect();
        format!("no language {tag:?} (there are: {})", known.join(", "))
    })
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn the_command_alone_takes_the_serve_options() {
        let cli = Cli::try_parse_from(["comuniza", "--addr", "127.0.0.1:8091"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.serve.addr, "127.0.0.1:8091");
        let cli = Cli::try_parse_from(["comuniza", "serve", "--addr", "0.0.0.0:80"]).unwrap();
        match cli.command {
            Some(Command::Serve(args)) => assert_eq!(args.addr, "0.0.0.0:80"),
            other => panic!("{other:?}"),
        }
        assert!(Cli::try_parse_from(["comuniza", "--nonsense"]).is_err());
    }
}
