use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = pii_cli::Cli::parse();
    match pii_cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            pii_cli::exit_code(&e)
        }
    }
}
