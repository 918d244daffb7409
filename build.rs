//! Prepares everything under `assets/` for serving: the files of `assets/css/` are joined (in
//! name order) into one `style.css`; every file is fingerprinted (`<stem>.<hash>.<ext>`, so it
//! can be cached for a year and a new release never serves a stale copy) and precompressed
//! with gzip and brotli, so the server only picks bytes. Writes `$OUT_DIR/assets.rs` with the
//! table the server looks files up in.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, e)| e).unwrap_or_default() {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Formats that are already compressed gain nothing from another pass.
fn compressible(path: &str) -> bool {
    !matches!(
        path.rsplit_once('.').map(|(_, e)| e),
        Some("png" | "jpg" | "jpeg" | "woff2" | "gz" | "br")
    )
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out);
        } else if !path.file_name().is_some_and(|n| {
            let n = n.to_string_lossy();
            // Hidden files, and tables the server reads itself (the map's gazetteer) rather
            // than serves.
            n.starts_with('.') || n.ends_with(".tsv")
        }) {
            out.push(path);
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).expect("in memory");
    enc.finish().expect("in memory")
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        enc.write_all(bytes).expect("in memory");
    }
    out
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let assets = root.join("assets");
    println!("cargo:rerun-if-changed=assets");
    let mut files = Vec::new();
    walk(&assets, &mut files);

    // (path under assets/, bytes): stylesheets joined into one file, the rest as they are.
    let mut served: Vec<(String, Vec<u8>)> = Vec::new();
    let mut style = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = std::fs::read(path).expect("asset is readable");
        let rel = path
            .strip_prefix(&assets)
            .expect("under assets")
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("locales/") {
            // Message catalogs are compiled into the binary (`i18n`), not served.
            continue;
        }
        if rel.starts_with("css/") && rel.ends_with(".css") {
            style.extend_from_slice(&bytes);
            style.push(b'\n');
        } else {
            served.push((rel, bytes));
        }
    }
    if !style.is_empty() {
        served.push(("style.css".into(), style));
    }

    let mut table = String::from("pub(crate) static ASSETS: &[Asset] = &[\n");
    for (i, (rel, bytes)) in served.iter().enumerate() {
        let (stem, ext) = rel.rsplit_once('.').unwrap_or((rel.as_str(), ""));
        let name = format!("{stem}.{:016x}.{ext}", fnv64(bytes));
        let write = |suffix: &str, data: &[u8]| {
            let p = out_dir.join(format!("asset-{i}{suffix}"));
            std::fs::write(&p, data).expect("OUT_DIR is writable");
            format!("include_bytes!({:?})", p.display().to_string())
        };
        let plain = write("", bytes);
        let (gz, br) = if compressible(rel) {
            let gz = gzip(bytes);
            let br = brotli(bytes);
            (
                if gz.len() < bytes.len() {
                    write(".gz", &gz)
                } else {
                    "&[]".into()
                },
                if br.len() < bytes.len() {
                    write(".br", &br)
                } else {
                    "&[]".into()
                },
            )
        } else {
            ("&[]".into(), "&[]".into())
        };
        let _ = writeln!(
            table,
            "    Asset {{ path: {rel:?}, name: {name:?}, content_type: {:?}, bytes: {plain}, gzip: {gz}, brotli: {br} }},",
            content_type(rel),
        );
    }
    table.push_str("];\n");
    std::fs::write(out_dir.join("assets.rs"), table).expect("OUT_DIR is writable");
}
