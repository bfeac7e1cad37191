//! `wayfinder-audit verify STATEMENT.json`: checks a disclosure statement without the vault.
//! It prints what the statement says and the key that signed it, and exits 0 if it holds; a
//! statement altered in any byte, or not one at all, exits 1 saying why.

use std::io::Write as _;
use std::process::ExitCode;
use wayfinder_sync::statement::verify;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command, path] = args.as_slice() else {
        let _ = writeln!(
            std::io::stderr(),
            "usage: wayfinder-audit verify STATEMENT.json"
        );
        return ExitCode::from(2);
    };
    if command != "verify" {
        let _ = writeln!(
            std::io::stderr(),
            "usage: wayfinder-audit verify STATEMENT.json"
        );
        return ExitCode::from(2);
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "wayfinder-audit: cannot read {path}: {e}"
            );
            return ExitCode::FAILURE;
        }
    };
    match verify(&bytes) {
        Ok(verified) => {
            let mut out = std::io::stdout().lock();
            let body = &verified.body;
            let _ = writeln!(
                out,
                "valid: {} disclosures of case {}, made {} by {}",
                body.disclosures.len(),
                body.case,
                body.made_at,
                body.made_by
            );
            let _ = writeln!(
                out,
                "signed with key {} (fingerprint {}): compare it with the member's key in the team",
                verified.key, verified.fingerprint
            );
            for d in &body.disclosures {
                let _ = writeln!(
                    out,
                    "{}  {}  to {}  {}  sha256 {}",
                    d.at,
                    d.report,
                    d.recipient,
                    d.file.as_deref().unwrap_or("-"),
                    d.sha256.as_deref().unwrap_or("not recorded")
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "wayfinder-audit: refused: {e}");
            ExitCode::FAILURE
        }
    }
}
