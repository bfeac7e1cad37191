//! A team of three on the real server in this process, formed as the app forms one: the
//! coordinator creates it with the server's creation code, invites a translator and a liaison,
//! each joins with her code, and the coordinator admits both. The start of every test in which
//! members share, sync, or one of them misbehaves.

use crate::server::{Running, serve_with};
use crate::{FAST_KDF, now, passphrase};
use std::sync::Mutex;
use wayfinder_link::{LinkError, Progress, Remote, ServerAddress, round, team};
use wayfinder_sync::{CreationCode, MemberId, Role};
use wayfinder_vault::{OpenVault, VaultDir};

/// One member: her own vault (in a folder of her own) and her link to the server.
pub struct Member {
    pub name: &'static str,
    pub vault: Mutex<OpenVault>,
    pub remote: Remote,
    _dir: tempfile::TempDir,
}

impl Member {
    /// A new vault that has joined nothing yet, linked to the server at `address`.
    pub fn new(name: &'static str, address: &str) -> Member {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (vault, _) = VaultDir::new(dir.path().join("vault"))
            .create(&passphrase(), FAST_KDF, now())
            .unwrap_or_else(|e| panic!("{e}"));
        let address = ServerAddress::parse(address, false).unwrap_or_else(|e| panic!("{e}"));
        Member {
            name,
            vault: Mutex::new(vault),
            remote: Remote::new(address).unwrap_or_else(|e| panic!("{e}")),
            _dir: dir,
        }
    }

    /// Runs `work` on her open vault.
    pub fn with<T>(&self, work: impl FnOnce(&mut OpenVault) -> T) -> T {
        let mut vault = self.vault.lock().unwrap_or_else(|e| panic!("{e}"));
        work(&mut vault)
    }

    /// Her member id (her vault's author id).
    pub fn id(&self) -> MemberId {
        self.with(|v| v.team_identity().unwrap_or_else(|e| panic!("{e}")).member())
    }

    /// One sync round, which must succeed.
    pub async fn sync(&self) -> Progress {
        round(&self.vault, &self.remote)
            .await
            .unwrap_or_else(|e| panic!("{} could not sync: {e:?}", self.name))
    }

    /// One sync round: what it made, or the code of its error.
    pub async fn try_sync(&self) -> Result<Progress, LinkError> {
        round(&self.vault, &self.remote).await
    }
}

/// The server and its three members, all admitted.
pub struct Team {
    pub server: Running,
    /// Admin and coordinator: she created the team.
    pub amira: Member,
    pub lucia: Member,
    pub nadia: Member,
    _data: tempfile::TempDir,
}

/// Amira (admin) creates the team on a new server; Lucía (liaison) and Nadia (translator) join
/// with the codes she gives them, and she admits them. Call it inside a Tokio runtime.
pub async fn three() -> Team {
    three_within(wayfinder_server::Limits::default()).await
}

/// As [`three`], on a server within `limits`.
pub async fn three_within(limits: wayfinder_server::Limits) -> Team {
    let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let server = serve_with(data.path(), 0, limits).await;
    let (workspace, code) = wayfinder_server::reserve_workspace(server.store.as_ref())
        .unwrap_or_else(|e| panic!("{e}"));
    let creation = CreationCode { workspace, code }.to_text();
    let amira = Member::new("Amira", &server.address);
    let lucia = Member::new("Lucía", &server.address);
    let nadia = Member::new("Nadia", &server.address);
    team::create(&amira.vault, &amira.remote, &creation, amira.name)
        .await
        .unwrap_or_else(|e| panic!("create: {}", e.code()));
    for (who, role) in [(&lucia, Role::Liaison), (&nadia, Role::Translator)] {
        let invitation = team::invite(&amira.vault, &amira.remote, role)
            .await
            .unwrap_or_else(|e| panic!("invite: {}", e.code()));
        team::join(&who.vault, &who.remote, &invitation, who.name)
            .await
            .unwrap_or_else(|e| panic!("join: {}", e.code()));
    }
    let waiting = team::waiting(&amira.vault, &amira.remote)
        .await
        .unwrap_or_else(|e| panic!("waiting: {}", e.code()));
    let ids: Vec<MemberId> = waiting.iter().map(|m| m.identity.member).collect();
    team::admit(&amira.vault, &amira.remote, &ids)
        .await
        .unwrap_or_else(|e| panic!("admit: {}", e.code()));
    for member in [&amira, &lucia, &nadia] {
        member.sync().await;
    }
    Team {
        server,
        amira,
        lucia,
        nadia,
        _data: data,
    }
}
