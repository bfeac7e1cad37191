//! Where the server keeps what it keeps, by configuration: a TOML file (`--config`) and
//! environment variables, which win over the file. Without either, the embedded back ends:
//! the SQLite file and the blob folder under `--data`.
//!
//! Secrets are read from the environment only (or a file it names), never from the TOML file
//! an admin may paste into a ticket, and never printed: `WAYFINDER_DATABASE_PASSWORD`,
//! `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.

use crate::postgres::PgConfig;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The configuration file, as an admin writes it (README, "Running on PostgreSQL and S3").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub database: Option<DatabaseSection>,
    pub blobs: Option<BlobsSection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSection {
    /// `postgres://user@host:port/database` (the password comes from the environment).
    pub url: Option<String>,
    /// The most connections one server process opens (16).
    pub max_connections: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlobsSection {
    pub s3_bucket: Option<String>,
    /// An S3-compatible service's address; none for Amazon S3 itself.
    pub s3_endpoint: Option<String>,
    pub s3_region: Option<String>,
}

/// The bucket holding blobs' chunks. The keys are secrets: never printed (`Debug` hides them).
#[derive(Clone)]
pub struct S3Config {
    pub bucket: String,
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
}

impl std::fmt::Debug for S3Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Config")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

/// The back ends the server runs on.
#[derive(Debug)]
pub struct Backends {
    pub database: Option<PgConfig>,
    pub bucket: Option<S3Config>,
}

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("the configuration file {0} is not valid: {1}")]
    Invalid(PathBuf, String),
    #[error("{0} is set but empty")]
    Empty(&'static str),
}

/// Reads `file` (if given) and the environment (`env`, `std::env::var` in the binary).
pub fn backends(
    file: Option<&Path>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Backends, ConfigError> {
    let parsed: File = match file {
        None => File::default(),
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| ConfigError::Read(path.to_owned(), e))?;
            // The parser's message names the line and the key, not secrets (there are none in
            // the file).
            toml::from_str(&text)
                .map_err(|e| ConfigError::Invalid(path.to_owned(), e.message().to_owned()))?
        }
    };
    let var = |name: &'static str| -> Result<Option<String>, ConfigError> {
        match env(name) {
            Some(v) if v.trim().is_empty() => Err(ConfigError::Empty(name)),
            other => Ok(other),
        }
    };
    let database_section = parsed.database.unwrap_or_default();
    let database = match var("WAYFINDER_DATABASE_URL")?.or(database_section.url) {
        None => None,
        Some(url) => Some(PgConfig {
            url,
            password: var("WAYFINDER_DATABASE_PASSWORD")?,
            max_connections: database_section.max_connections.unwrap_or(16),
        }),
    };
    let blobs_section = parsed.blobs.unwrap_or_default();
    let bucket = match var("WAYFINDER_S3_BUCKET")?.or(blobs_section.s3_bucket) {
        None => None,
        Some(bucket) => Some(S3Config {
            bucket,
            endpoint: var("WAYFINDER_S3_ENDPOINT")?.or(blobs_section.s3_endpoint),
            region: var("WAYFINDER_S3_REGION")?
                .or(blobs_section.s3_region)
                .unwrap_or_else(|| "us-east-1".to_owned()),
            access_key_id: var("AWS_ACCESS_KEY_ID")?,
            secret_access_key: var("AWS_SECRET_ACCESS_KEY")?,
        }),
    };
    Ok(Backends { database, bucket })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_file_names_the_back_ends_and_the_environment_wins_and_brings_the_secrets() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("server.toml");
        std::fs::write(
            &file,
            "[database]\nurl = \"postgres://wayfinder@db.internal/wayfinder\"\nmax_connections = 8\n\
             [blobs]\ns3_bucket = \"team-blobs\"\ns3_endpoint = \"https://s3.internal\"\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let got = backends(
            Some(&file),
            env(&[
                ("WAYFINDER_DATABASE_PASSWORD", "pg-secret-canary"),
                ("AWS_SECRET_ACCESS_KEY", "s3-secret-canary"),
                ("WAYFINDER_S3_REGION", "eu-west-3"),
            ]),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let database = got.database.as_ref().unwrap_or_else(|| panic!("database"));
        assert_eq!(database.url, "postgres://wayfinder@db.internal/wayfinder");
        assert_eq!(database.password.as_deref(), Some("pg-secret-canary"));
        assert_eq!(database.max_connections, 8);
        let bucket = got.bucket.as_ref().unwrap_or_else(|| panic!("bucket"));
        assert_eq!(bucket.bucket, "team-blobs");
        assert_eq!(bucket.region, "eu-west-3");
        assert_eq!(bucket.endpoint.as_deref(), Some("https://s3.internal"));
        let printed = format!("{got:?}");
        assert!(
            !printed.contains("canary"),
            "a secret was printed: {printed}"
        );
        let moved = backends(
            Some(&file),
            env(&[("WAYFINDER_DATABASE_URL", "postgres://other/db")]),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            moved.database.map(|d| d.url).as_deref(),
            Some("postgres://other/db")
        );
    }

    #[test]
    fn without_configuration_the_server_runs_embedded_and_a_wrong_file_says_where() {
        let none = backends(None, env(&[])).unwrap_or_else(|e| panic!("{e}"));
        assert!(none.database.is_none() && none.bucket.is_none());
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("server.toml");
        std::fs::write(&file, "[database]\npasword = \"x\"\n").unwrap_or_else(|e| panic!("{e}"));
        let wrong = backends(Some(&file), env(&[])).err().map(|e| e.to_string());
        assert!(
            wrong.as_deref().is_some_and(|m| m.contains("pasword")),
            "{wrong:?}"
        );
        assert!(matches!(
            backends(None, env(&[("WAYFINDER_S3_BUCKET", " ")])),
            Err(ConfigError::Empty("WAYFINDER_S3_BUCKET"))
        ));
    }
}
