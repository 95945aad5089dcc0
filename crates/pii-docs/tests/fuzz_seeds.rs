//! The fuzz seeds as regression tests in the stable run: every file in `fuzz/seeds/<target>/` goes
//! through `pii_docs::fuzzing::run`, the body of the cargo-fuzz target of that name, so that a crash
//! the fuzzer once found (kept there as `regress-*`) stays fixed without a nightly toolchain.
//! A target without seeds fails the test rather than passing on nothing.
//!
//! The fuzz targets build `pii-docs` with its `fuzzing` feature, under which a panic in the PDF
//! parser surfaces instead of being caught; this build catches it, so a panic hook counts every
//! panic on the test's thread, caught or not, and any one fails the seed.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;

use pii_docs::Format;
use pii_docs::fuzzing::Outcome;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// The files of a folder, sorted; an empty list when it is missing.
fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

/// Every fuzz target with its format, read from `fuzz/fuzz_targets/` (target `csv` is `csv.rs`).
fn targets() -> Vec<(String, Format)> {
    let sources = files(&fuzz_dir().join("fuzz_targets"));
    assert!(!sources.is_empty(), "no fuzz targets in {}", fuzz_dir().join("fuzz_targets").display());
    sources
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let format = Format::parse(&name).unwrap_or_else(|e| panic!("fuzz target {name} is not named after a format: {e}"));
            (name, format)
        })
        .collect()
}

thread_local! {
    static PANICS: Cell<u32> = const { Cell::new(0) };
}

/// Counts the panics of the current thread (then prints them as usual).
fn count_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            PANICS.with(|p| p.set(p.get() + 1));
            previous(info);
        }));
    });
}

#[test]
fn every_fuzz_target_runs_the_shared_body_for_its_own_format() {
    for (name, format) in targets() {
        let path = fuzz_dir().join("fuzz_targets").join(format!("{name}.rs"));
        let source = std::fs::read_to_string(&path).unwrap();
        let call = format!("pii_docs::fuzzing::run(pii_docs::Format::{format:?}, data)");
        assert!(source.contains(&call), "{} does not call `{call}`: the replay would test other code", path.display());
    }
}

#[test]
fn every_fuzz_seed_replays_without_a_panic() {
    count_panics();
    let mut failures = Vec::new();
    let mut summary = Vec::new();
    for (name, format) in targets() {
        let dir = fuzz_dir().join("seeds").join(&name);
        let seeds = files(&dir);
        if seeds.is_empty() {
            failures.push(format!("{name}: no seeds in {}", dir.display()));
            continue;
        }
        let (mut redacted, mut refused) = (0, 0);
        for seed in &seeds {
            let data = std::fs::read(seed).unwrap();
            PANICS.with(|p| p.set(0));
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| pii_docs::fuzzing::run(format, &data)));
            let panics = PANICS.with(Cell::get);
            match outcome {
                Err(_) => failures.push(format!("{}: panicked", seed.display())),
                Ok(_) if panics > 0 => failures.push(format!("{}: {panics} panic(s) caught inside the document layer", seed.display())),
                Ok(Outcome::Redacted { .. }) => redacted += 1,
                Ok(Outcome::Refused(_)) => refused += 1,
            }
        }
        summary.push(format!("{name}: {} seed(s), {redacted} redacted, {refused} refused", seeds.len()));
    }
    println!("{}", summary.join("\n"));
    assert!(failures.is_empty(), "fuzz seeds that fail:\n{}", failures.join("\n"));
}
