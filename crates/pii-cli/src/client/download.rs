//! `jobs download`: the redacted file streamed to disk (or standard output) as it arrives, with a
//! progress bar on a terminal. A redacted archive can be gigabytes: it is never held in memory, the
//! only time limit is the idle one (no byte for `--idle-timeout`), and a download that breaks off
//! leaves no truncated file under the target name (it is written beside it and renamed at the end).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use reqwest::{Method, Response};

use super::http::{Call, Client};
use crate::failure::Failure;

/// Where the bytes go.
enum Target {
    Stdout,
    File(PathBuf),
}

/// The file name the server suggests, made safe to write in the current folder.
fn suggested_name(resp: &Response, id: &str) -> String {
    resp.headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("filename=").nth(1))
        .map(|n| n.trim_matches('"').replace(['/', '\\'], "_"))
        .filter(|n| !n.is_empty() && n != "." && n != "..")
        .unwrap_or_else(|| format!("{id}.out"))
}

pub(crate) async fn run(client: &Client, id: &str, output: Option<&Path>) -> anyhow::Result<()> {
    let path = format!("/jobs/{id}/download");
    let mut resp = client.send(&Call::new(Method::GET, &path)).await?;
    let target = match output {
        Some(p) if p.as_os_str() == "-" => Target::Stdout,
        Some(p) => Target::File(p.to_path_buf()),
        None => Target::File(PathBuf::from(suggested_name(&resp, id))),
    };
    let expected = resp.content_length();
    let bar = match expected {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{spinner} {bytes}/{total_bytes} {bar:30} {bytes_per_sec} eta {eta}")?.progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner().with_style(ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec}")?),
    };
    let received = match &target {
        Target::Stdout => copy(&mut resp, &mut std::io::stdout().lock(), &bar).await?,
        Target::File(dest) => {
            let part = part_path(dest);
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&part)
                .with_context(|| format!("cannot create {}", part.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let copied = copy(&mut resp, &mut w, &bar).await.and_then(|n| {
                w.flush()?;
                Ok(n)
            });
            let n = match copied {
                Ok(n) if expected.is_none_or(|e| e == n) => n,
                Ok(n) => {
                    let _ = std::fs::remove_file(&part);
                    return Err(Failure::Unreachable(format!("the download ended after {n} of {} bytes", expected.unwrap_or(0))).into());
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&part);
                    return Err(e);
                }
            };
            std::fs::rename(&part, dest).with_context(|| format!("cannot write {}", dest.display()))?;
            n
        }
    };
    bar.finish_and_clear();
    if let Target::File(dest) = &target {
        eprintln!("wrote {} ({received} bytes)", dest.display());
    }
    Ok(())
}

/// The body into `out`, chunk by chunk.
async fn copy(resp: &mut Response, out: &mut impl Write, bar: &ProgressBar) -> anyhow::Result<u64> {
    let mut n = 0u64;
    loop {
        let chunk =
            resp.chunk().await.map_err(|e| Failure::Unreachable(format!("the download stalled or broke off after {n} bytes: {e}")))?;
        let Some(bytes) = chunk else { return Ok(n) };
        out.write_all(&bytes).context("cannot write the download")?;
        n += bytes.len() as u64;
        bar.set_position(n);
    }
}

/// A hidden sibling of `dest` to write into before the rename.
fn part_path(dest: &Path) -> PathBuf {
    let name = dest.file_name().and_then(|n| n.to_str()).unwrap_or("download");
    dest.with_file_name(format!(".{name}.part-{}", std::process::id()))
}
