//! `pii-redactor redact FILE`: one local file, redacted in place of nothing (a new file is written).
//! `-` as the file reads standard input and, unless `-o` says otherwise, writes standard output, so
//! the command sits in a pipe (`pg_dump … | pii-redactor redact - --format text > clean.sql`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use pii_core::EntityType;
use pii_core::lang::LanguageChoice;
use pii_core::policy::RedactionPolicy;
use pii_docs::Input;
use pii_runtime::Settings;
use pii_runtime::keys::MasterKey;

fn default_output(file: &Path) -> PathBuf {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("output");
    let name = match file.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("{stem}.redacted.{ext}"),
        None => format!("{stem}.redacted"),
    };
    file.with_file_name(name)
}

/// The policy of a `--policy` file: the API's policy fields, and nothing the service sets itself.
fn read_policy(path: &Path) -> anyhow::Result<RedactionPolicy> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the policy file {}", path.display()))?;
    // The error gives the position and, for a misspelt or missing field name or option, serde's
    // message; never other messages, which may quote a value of the file (a deny list is PII).
    let policy: RedactionPolicy = serde_json::from_str(&text).map_err(|e| {
        let msg = e.to_string();
        let why = if ["unknown field", "missing field", "unknown variant"].iter().any(|p| msg.starts_with(p)) {
            msg.split(" at line ").next().unwrap_or_default().to_owned()
        } else {
            format!("{:?} error", e.classify())
        };
        anyhow::anyhow!("{}: not a policy (line {}, column {}): {why}", path.display(), e.line(), e.column())
    })?;
    anyhow::ensure!(policy.sealed.is_none(), "{}: `sealed` is set by the service, not in a policy file", path.display());
    Ok(policy)
}

/// `-`, the name for standard input or output.
pub(crate) fn is_std(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The whole of standard input, refused beyond `max` bytes (the service's input limit).
pub(crate) fn read_stdin(max: u64) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().take(max.saturating_add(1)).read_to_end(&mut bytes).context("cannot read standard input")?;
    anyhow::ensure!(bytes.len() as u64 <= max, "standard input is larger than the {max}-byte input limit (PII_REDACTOR_MAX_INPUT_BYTES)");
    Ok(bytes)
}

/// What `redact` was asked to do, as the command line gave it.
pub(crate) struct RedactFile<'a> {
    pub file: &'a Path,
    pub output: Option<&'a Path>,
    pub format: Option<&'a str>,
    pub entities: &'a [String],
    pub policy_file: Option<&'a Path>,
    pub language: Option<LanguageChoice>,
    pub print_findings: bool,
}

pub(crate) fn run(settings: &Settings, args: &RedactFile<'_>) -> anyhow::Result<()> {
    let RedactFile { file, output, format, entities, policy_file, language, print_findings } = *args;
    let mut policy = match policy_file {
        Some(path) => read_policy(path)?,
        None => RedactionPolicy::default(),
    };
    if !entities.is_empty() {
        policy.entities = Some(entities.iter().map(|e| EntityType::parse(e)).collect::<Result<_, _>>()?);
    }
    if let Some(language) = language {
        policy.language = language;
    }
    policy.validate()?;
    let limits = crate::roles::limits(settings);
    let out_path = match output {
        Some(p) => p.to_path_buf(),
        None if is_std(file) => PathBuf::from("-"),
        None => default_output(file),
    };
    anyhow::ensure!(
        !(print_findings && is_std(&out_path)),
        "--findings prints to standard output, where the redacted file goes too: give -o FILE"
    );
    let bytes = if is_std(file) {
        read_stdin(limits.max_input_bytes)?
    } else {
        std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?
    };
    let format = match format {
        Some(f) => pii_docs::Format::parse(f)?,
        None => {
            let name = if is_std(file) { "" } else { file.file_name().and_then(|n| n.to_str()).unwrap_or_default() };
            pii_docs::sniff(name, &bytes[..bytes.len().min(8192)])?
        }
    };
    let engine = crate::roles::engine(settings)?;
    let analyzer = engine.prepare(&policy)?;
    let input = Input::Memory(bytes.into());
    let analysis = pii_docs::analyze(&input, format, &analyzer, &limits, &mut |_| {})?;
    let master = MasterKey::load(settings.master_key.as_deref(), &settings.data_dir)?;
    let keys = master.tenant_keys(&pii_core::TenantId::parse("local")?, &pii_core::KeyEpoch::legacy());
    let sink: Box<dyn Write> = if is_std(&out_path) {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(&out_path).with_context(|| format!("cannot create {}", out_path.display()))?)
    };
    let mut out = std::io::BufWriter::new(sink);
    pii_docs::redact(&input, format, &analysis.findings, &analysis.readings, &policy, &keys, &limits, &mut out, &mut |_| {})?;
    out.flush()?;
    if print_findings {
        println!("{}", serde_json::to_string_pretty(&analysis.findings)?);
    }
    warn_languages_without_model(&analyzer);
    let to = if is_std(&out_path) { "standard output".to_owned() } else { out_path.display().to_string() };
    eprintln!("{} findings; wrote {to}", analysis.findings.len());
    Ok(())
}

/// Says which languages met in the input had no model on this machine (names, places and
/// organisations in them came from the structural rules alone), never silently.
pub(crate) fn warn_languages_without_model(analyzer: &pii_core::engine::Analyzer) {
    if let Some(w) = analyzer.language_warning() {
        eprintln!("warning: {w}");
    }
}
