//! The optional config file (`--config FILE` or `COMUNIZA_CONFIG`): TOML whose keys are the long
//! flags of `comuniza serve` (and `data`), e.g. `addr = "0.0.0.0:8080"`,
//! `session-days = 14`, `metrics-allow = ["10.0.0.0/8"]`. Precedence: a flag, then its
//! environment variable, then the file, then the default. The file works by filling in the
//! `COMUNIZA_*` variables that are not set, before the command line is read, so clap applies
//! the one precedence everywhere. A key that is not an option is an error naming it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::CommandFactory;

/// The config file named by `--config FILE`, `--config=FILE` or `COMUNIZA_CONFIG`.
pub fn path_from(args: &[String]) -> Option<PathBuf> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--config" {
            return it.next().map(PathBuf::from);
        }
        if let Some(p) = a.strip_prefix("--config=") {
            return Some(PathBuf::from(p));
        }
    }
    std::env::var_os("COMUNIZA_CONFIG").map(PathBuf::from)
}

/// The environment variable of each option a config file may set, by its long name.
fn known() -> BTreeMap<String, String> {
    let cli = crate::cli::Cli::command();
    let serve = cli
        .find_subcommand("serve")
        .expect("serve is a subcommand")
        .clone();
    cli.get_arguments()
        .chain(serve.get_arguments())
        .filter_map(|a| {
            let long = a.get_long()?;
            let env = a.get_env()?.to_str()?;
            (long != "config").then(|| (long.to_string(), env.to_string()))
        })
        .collect()
}

/// The `(variable, value)` pairs a config file's text sets.
pub fn settings(text: &str) -> Result<Vec<(String, String)>, String> {
    let table: toml::Table = text.parse().map_err(|e| format!("not TOML: {e}"))?;
    let known = known();
    let mut out = Vec::new();
    for (key, value) in table {
        let Some(env) = known.get(&key) else {
            let names: Vec<&str> = known.keys().map(String::as_str).collect();
            return Err(format!(
                "unknown setting {key:?} (known: {})",
                names.join(", ")
            ));
        };
        let text = match value {
            toml::Value::String(s) => s,
            toml::Value::Integer(n) => n.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Array(items) => items
                .iter()
                .map(|v| match v {
                    toml::Value::String(s) => Ok(s.clone()),
                    other => Err(format!("{key}: list items are strings, not {other}")),
                })
                .collect::<Result<Vec<_>, _>>()?
                .join(","),
            other => return Err(format!("{key}: {other} is not a value this option takes")),
        };
        out.push((env.clone(), text));
    }
    Ok(out)
}

/// Reads the config file and sets each of its variables that the environment does not set.
/// Call before any thread starts (it changes the process environment).
pub fn apply(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("reading the config file {}: {e}", path.display()))?;
    let pairs = settings(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    for (env, value) in pairs {
        if std::env::var_os(&env).is_none() {
            std::env::set_var(env, value);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_long_flags_and_values_become_their_variables() {
        let got = settings(
            "addr = \"0.0.0.0:9000\"\nsession-days = 14\nsecure-cookies = true\n\
             metrics-allow = [\"10.0.0.0/8\", \"::1/128\"]\ndata = \"/srv/c.redb\"\n",
        )
        .unwrap();
        let want = [
            ("COMUNIZA_ADDR", "0.0.0.0:9000"),
            ("COMUNIZA_DATA", "/srv/c.redb"),
            ("COMUNIZA_METRICS_ALLOW", "10.0.0.0/8,::1/128"),
            ("COMUNIZA_SECURE_COOKIES", "true"),
            ("COMUNIZA_SESSION_DAYS", "14"),
        ];
        let mut got: Vec<(&str, &str)> =
            got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        got.sort();
        assert_eq!(got, want);
        // The connection limits are keys like every other option.
        let limits = settings(
            "max-connections = 512\nheader-timeout = 5\nidle-timeout = 30\nbody-timeout = 20\n",
        )
        .unwrap();
        assert_eq!(
            limits,
            [
                ("COMUNIZA_BODY_TIMEOUT".to_string(), "20".to_string()),
                ("COMUNIZA_HEADER_TIMEOUT".into(), "5".into()),
                ("COMUNIZA_IDLE_TIMEOUT".into(), "30".into()),
                ("COMUNIZA_MAX_CONNECTIONS".into(), "512".into()),
            ]
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_naming_them() {
        let e = settings("adress = \"x\"").unwrap_err();
        assert!(e.contains("unknown setting \"adress\""), "{e}");
        assert!(e.contains("addr"), "the known names are listed: {e}");
        assert!(settings("addr = [1, 2]").unwrap_err().contains("addr"));
        assert!(settings("addr = ").unwrap_err().contains("not TOML"));
    }

    #[test]
    fn the_config_flag_is_found_in_either_form() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            path_from(&args(&["comuniza", "--config", "c.toml", "serve"])),
            Some(PathBuf::from("c.toml"))
        );
        assert_eq!(
            path_from(&args(&["comuniza", "serve", "--config=d.toml"])),
            Some(PathBuf::from("d.toml"))
        );
    }
}
