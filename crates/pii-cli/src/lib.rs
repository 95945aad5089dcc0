//! The `pii-redactor` binary's logic: the command line, and the composition root that builds the
//! adapters from the settings and starts each role. `main.rs` only parses and reports errors.

mod admin;
mod analyze;
mod client;
mod failure;
mod keys;
mod probe;
mod redact_file;
mod roles;

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};
use pii_core::lang::LanguageChoice;

pub use failure::{Failure, exit_code};

/// Finds personal data in documents and writes redacted copies.
#[derive(Debug, Parser)]
#[command(name = "pii-redactor", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Everything in one process: the API, the detector and the redactor. With no configuration it uses
    /// SQLite and files under ./data and an in-process queue; DATABASE_URL and AMQP_URL switch to
    /// PostgreSQL and RabbitMQ.
    Serve,
    /// The HTTP API and the job bookkeeping (outbox relay, status events, sweeper).
    Gateway,
    /// The detector worker (needs AMQP_URL).
    Detector,
    /// The redactor worker (needs AMQP_URL).
    Redactor,
    /// Applies the database migrations and exits.
    Migrate,
    /// Exits 0 when a health endpoint on this machine answers 2xx within the timeout, 1 otherwise: a
    /// container health check for images without curl (`probe http://127.0.0.1:9090/readyz`).
    Probe {
        /// An http:// URL on a loopback address.
        url: String,
        #[arg(long, default_value_t = 3)]
        timeout_secs: u64,
    },
    /// Manages API keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Finds entities in a JSON-lines file of `{"id", "text"}` documents, using every core; writes
    /// `{"id", "spans": [{"entity_type", "start", "end", "score"}]}` lines (with `--explain`, each
    /// span also carries the `explanation` of `POST /api/v1/analyze`). `-` for either file is
    /// standard input or output.
    Analyze {
        #[arg(long, short)]
        input: PathBuf,
        #[arg(long, short)]
        output: PathBuf,
        /// Threads to use (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// `auto` (identified per document) or a language to analyse every document in: en, fr,
        /// de, es, it, nl, pt.
        #[arg(long, default_value = "auto")]
        language: LanguageChoice,
        /// Say why for each span: recognizer, rule or pattern, score before context, the context
        /// word that raised it, the validator's verdict. Slower.
        #[arg(long)]
        explain: bool,
    },
    /// Submits input URIs as a batch (arguments, `--from-file F`, or `-` for standard input); with
    /// `--wait`, follows it with a progress bar and prints a summary per status.
    Submit(client::SubmitArgs),
    /// Prints a completion script for a shell (bash, zsh, fish, elvish, powershell):
    /// `pii-redactor completions bash > /etc/bash_completion.d/pii-redactor`.
    Completions { shell: clap_complete::Shell },
    /// Jobs on a server: list, get, download, delete, retry, cancel.
    Jobs {
        #[command(subcommand)]
        command: client::JobsCommand,
    },
    /// Batches on a server.
    Batches {
        #[command(subcommand)]
        command: BatchesCommand,
    },
    /// Redacts one local file and writes the result (default: beside it, with `.redacted` before the
    /// extension). `-` reads standard input and writes standard output (or `-o FILE`).
    Redact {
        file: PathBuf,
        /// Where to write the redacted file; `-` is standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The file's format (text, csv, tsv, json, ndjson, html, xml, docx, xlsx, pdf, eml, png,
        /// jpeg, tiff, bmp, webp, gif) instead of telling it from the name and content: for
        /// standard input, which has no name.
        #[arg(long)]
        format: Option<String>,
        /// Only these entity types (comma-separated); overrides the policy file's `entities`.
        #[arg(long, value_delimiter = ',')]
        entities: Vec<String>,
        /// A JSON file with the policy fields of the API (`operators`, `pseudonym_scope`, `images`,
        /// `allow_list`, `deny_list`, `score_threshold`, ...), as a job or `POST /redact` takes them.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// `auto` or a language to analyse the file in (en, fr, de, es, it, nl, pt); overrides the
        /// policy file's `language`.
        #[arg(long)]
        language: Option<LanguageChoice>,
        /// Print the findings as JSON on standard output.
        #[arg(long)]
        findings: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BatchesCommand {
    /// Shows a batch: counts per status and progress.
    Get {
        #[command(flatten)]
        conn: client::Connection,
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Creates a key for a tenant and prints it once; only its digest is stored.
    Create {
        #[arg(long)]
        tenant: String,
        /// What the key may do, `+`-separated (jobs:read, jobs:write, analyze, deanonymize,
        /// admin); default: every scope but deanonymize.
        #[arg(long)]
        scopes: Option<String>,
    },
    /// Lists keys (their ids and prefixes, never the keys).
    List {
        #[arg(long)]
        tenant: Option<String>,
    },
    /// Revokes a key by its id.
    Revoke { id: String },
}

/// Runs a command to completion.
///
/// # Errors
/// Anything that stops the command, with its cause chain.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    // Client commands need no server settings, so they are read only where needed.
    let settings = pii_runtime::Settings::from_env;
    let result = match cli.command {
        Command::Serve => runtime.block_on(roles::serve(settings()?)),
        Command::Gateway => runtime.block_on(roles::gateway(settings()?)),
        Command::Detector => runtime.block_on(roles::detector(settings()?)),
        Command::Redactor => runtime.block_on(roles::redactor(settings()?)),
        Command::Migrate => runtime.block_on(roles::migrate(settings()?)),
        Command::Probe { url, timeout_secs } => runtime.block_on(probe::run(&url, std::time::Duration::from_secs(timeout_secs))),
        Command::Keys { command } => runtime.block_on(keys::run(settings()?, command)),
        Command::Analyze { input, output, threads, language, explain } => {
            analyze::run(&settings()?, &input, &output, threads, language, explain)
        }
        Command::Redact { file, output, format, entities, policy, language, findings } => {
            let args = redact_file::RedactFile {
                file: &file,
                output: output.as_deref(),
                format: format.as_deref(),
                entities: &entities,
                policy_file: policy.as_deref(),
                language,
                print_findings: findings,
            };
            redact_file::run(&settings()?, &args)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "pii-redactor", &mut std::io::stdout());
            Ok(())
        }
        Command::Submit(args) => runtime.block_on(client::submit(args)),
        Command::Jobs { command } => runtime.block_on(client::jobs(command)),
        Command::Batches { command: BatchesCommand::Get { conn, id } } => runtime.block_on(client::batch_get(conn, id)),
    };
    // A role has drained for its grace period by now; work it abandoned may still hold a blocking
    // thread (a long detection), whose message the broker gets back when the connection closes.
    // Waiting for that thread would overrun the grace period the orchestrator allows.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    result
}
