//! The `comuniza` binary: parse the command line, start logging, hand over to the library.

use clap::Parser;

/// mimalloc rather than glibc's allocator: under load the server's threads (the workers and
/// the writer) allocated through glibc's shared arenas and waited on their locks; a profile of
/// reads mixed with writes showed a sixth of the CPU in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // The config file fills in the environment before the command line is read (flags and
    // variables win over it); nothing else runs yet.
    let args: Vec<String> = std::env::args().collect();
    if let Some(path) = comuniza::config::path_from(&args) {
        if let Err(e) = comuniza::config::apply(&path) {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    }
    let cli = comuniza::cli::Cli::parse();
    // Logs go to stderr through a background thread, so a slow terminal or journal never holds
    // up a request; the guard flushes what is left at exit.
    let (writer, _flush_at_exit) = tracing_appender::non_blocking(std::io::stderr());
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    if cli.log_format == "json" {
        logs.json().init();
    } else {
        logs.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init();
    }
    comuniza::cli::run(cli)
}
