//! `pii-redactor redact FILE`: one local file, redacted in place of nothing (a new file is written).

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

pub(crate) fn run(
    settings: &Settings,
    file: &Path,
    output: Option<&Path>,
    entities: &[String],
    policy_file: Option<&Path>,
    language: Option<LanguageChoice>,
    print_findings: bool,
) -> anyhow::Result<()> {
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
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let format = pii_docs::sniff(name, &bytes[..bytes.len().min(8192)])?;
    let engine = crate::roles::engine(settings)?;
    let analyzer = engine.prepare(&policy)?;
    let limits = crate::roles::limits(settings);
    let input = Input::Memory(bytes.into());
    let analysis = pii_docs::analyze(&input, format, &analyzer, &limits, &mut |_| {})?;
    let master = MasterKey::load(settings.master_key.as_deref(), &settings.data_dir)?;
    let keys = master.tenant_keys(&pii_core::TenantId::parse("local")?, &pii_core::KeyEpoch::legacy());
    let out_path = output.map(Path::to_path_buf).unwrap_or_else(|| default_output(file));
    let mut out =
        std::io::BufWriter::new(std::fs::File::create(&out_path).with_context(|| format!("cannot create {}", out_path.display()))?);
    pii_docs::redact(&input, format, &analysis.findings, &analysis.readings, &policy, &keys, &limits, &mut out, &mut |_| {})?;
    std::io::Write::flush(&mut out)?;
    if print_findings {
        println!("{}", serde_json::to_string_pretty(&analysis.findings)?);
    }
    warn_languages_without_model(&analyzer);
    eprintln!("{} findings; wrote {}", analysis.findings.len(), out_path.display());
    Ok(())
}

/// Says which languages met in the input had no model on this machine (names, places and
/// organisations in them came from the structural rules alone), never silently.
pub(crate) fn warn_languages_without_model(analyzer: &pii_core::engine::Analyzer) {
    if let Some(w) = analyzer.language_warning() {
        eprintln!("warning: {w}");
    }
}
