//! A server that is hostile or broken, and the app's link to it: an endless answer is cut off
//! with memory bounded, a redirect is not followed, and a server that answers without moving
//! anything forward ends the round instead of looping it for ever. The honest side is the
//! real team (real vaults, the real server); the hostile one is a few lines of axum.

use axum::body::Body;
use axum::routing::post;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use wayfinder_link::{LinkError, Remote, ServerAddress, round};
use wayfinder_sync::wire::{self, Challenge, Done, PushAck, Rosters, Session};

/// Serves `app` on a port of this machine; its address.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let address = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    address
}

fn remote(address: &str) -> Remote {
    Remote::new(ServerAddress::parse(address, false).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The most memory this process has held so far, in bytes (Linux's high-water mark).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kib| kib * 1024)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_answer_is_cut_off_and_the_app_holds_little_of_it() {
    const GIB: usize = 1 << 30;
    // A gibibyte of answer, streamed a mebibyte at a time, with no length announced.
    let address = serve(axum::Router::new().fallback(post(|| async {
        let chunks = futures_stream(GIB / (1 << 20));
        Body::from_stream(chunks)
    })))
    .await;
    let before = peak_memory();
    let answer: Result<Done, LinkError> = remote(&address).call("/v1/rosters", None, &Done).await;
    let grown = peak_memory().saturating_sub(before);
    eprintln!(
        "peak memory grew by {} MiB reading a 1 GiB answer",
        grown >> 20
    );
    assert!(matches!(answer, Err(LinkError::Protocol)), "{answer:?}");
    assert!(
        grown < 160 << 20,
        "reading the answer held {} MiB",
        grown >> 20
    );

    // An answer that announces its gibibyte is refused before a byte of it is read.
    let address = serve(axum::Router::new().fallback(post(|| async {
        axum::http::Response::builder()
            .header("content-length", (GIB as u64).to_string())
            .body(Body::from_stream(futures_stream(1)))
            .unwrap_or_else(|e| panic!("{e}"))
    })))
    .await;
    let answer: Result<Done, LinkError> = remote(&address).call("/v1/rosters", None, &Done).await;
    assert!(matches!(answer, Err(LinkError::Protocol)), "{answer:?}");
}

/// `n` pieces of a mebibyte of zeros.
fn futures_stream(
    n: usize,
) -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static {
    struct Pieces(usize);
    impl futures_core::Stream for Pieces {
        type Item = Result<Vec<u8>, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            if self.0 == 0 {
                return std::task::Poll::Ready(None);
            }
            self.0 -= 1;
            std::task::Poll::Ready(Some(Ok(vec![0u8; 1 << 20])))
        }
    }
    Pieces(n)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_is_not_followed() {
    let reached = Arc::new(AtomicUsize::new(0));
    let counter = reached.clone();
    let elsewhere = serve(axum::Router::new().fallback(post(move || {
        counter.fetch_add(1, Ordering::SeqCst);
        async { wire::encode(&Done) }
    })))
    .await;
    let target = format!("{elsewhere}/v1/rosters");
    let address = serve(axum::Router::new().fallback(post(move || {
        let target = target.clone();
        async move {
            axum::http::Response::builder()
                .status(307)
                .header("location", target)
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}"))
        }
    })))
    .await;
    let answer: Result<Done, LinkError> = remote(&address).call("/v1/rosters", None, &Done).await;
    assert!(answer.is_err(), "{answer:?}");
    assert_eq!(
        reached.load(Ordering::SeqCst),
        0,
        "her request was carried to an address she never typed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_acknowledges_nothing_ends_the_round() {
    let team = wayfinder_testkit::team::three().await;
    // The coordinator shares a case through the real server, then edits it: one edit to send.
    let lucia = team.lucia.id();
    let case = wayfinder_core::CaseId::new(wayfinder_testkit::now(), [3; 10]);
    team.amira.with(|v| {
        v.create_case(
            case,
            &wayfinder_testkit::child("Layla Haddad"),
            wayfinder_testkit::now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(case, &[lucia], false)
            .unwrap_or_else(|e| panic!("{e}"));
    });
    team.amira.sync().await;
    team.amira.with(|v| {
        v.edit_field(
            *case.as_bytes(),
            "assignee",
            Some("Amira"),
            wayfinder_testkit::now(),
            wayfinder_testkit::today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    // The "server" logs her in, has no news, takes the shares, and stores none of her edits.
    let pushes = Arc::new(AtomicUsize::new(0));
    let counted = pushes.clone();
    let hostile = serve(
        axum::Router::new()
            .route(
                "/v1/challenge",
                post(|| async { wire::encode(&Challenge { nonce: [1; 32] }) }),
            )
            .route(
                "/v1/login",
                post(|| async {
                    wire::encode(&Session {
                        token: [2; 32],
                        expires_millis: u64::MAX,
                    })
                }),
            )
            .route(
                "/v1/rosters",
                post(|| async { wire::encode(&Rosters { chain: vec![] }) }),
            )
            .route("/v1/share", post(|| async { wire::encode(&Done) }))
            .route(
                "/v1/push",
                post(move || {
                    counted.fetch_add(1, Ordering::SeqCst);
                    async { wire::encode(&PushAck { stored: vec![] }) }
                }),
            ),
    )
    .await;
    let round = tokio::time::timeout(
        Duration::from_secs(120),
        round(&team.amira.vault, &remote(&hostile)),
    )
    .await;
    let Ok(answer) = round else {
        panic!(
            "the round did not end: {} pushes so far",
            pushes.load(Ordering::SeqCst)
        );
    };
    assert!(matches!(answer, Err(LinkError::Protocol)), "{answer:?}");
    assert_eq!(
        pushes.load(Ordering::SeqCst),
        1,
        "the same push was sent again"
    );
    // Nothing left her outbox: the real server receives it all at the next round.
    let pending = team
        .amira
        .with(|v| v.sync_pending().unwrap_or_else(|e| panic!("{e}")));
    assert!(!pending.unsent.is_empty());
    let progress = team.amira.sync().await;
    assert_eq!(progress.pushed, 1, "{progress:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_past_her_share_of_the_server_keeps_her_edits_and_others_go_on() {
    use wayfinder_testkit::{child, now, today};
    // A server that lets each member store 64 KiB.
    let team = wayfinder_testkit::team::three_within(wayfinder_server::Limits {
        member_bytes: 64 * 1024,
    })
    .await;
    let lucia = team.lucia.id();
    let case = wayfinder_core::CaseId::new(now(), [9; 10]);
    team.amira.with(|v| {
        v.create_case(case, &child("Layla Haddad"), now())
            .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(case, &[lucia], false)
            .unwrap_or_else(|e| panic!("{e}"));
    });
    team.amira.sync().await;
    team.lucia.sync().await;
    // Lucía writes far more than her share: refused as such, and every edit waits in her app.
    for n in 0..40 {
        team.lucia.with(|v| {
            v.add_entity(
                case,
                wayfinder_core::EntityKind::Note,
                &[("text", &format!("{n}: {}", "a long note ".repeat(300)))],
                now(),
                today(),
            )
            .unwrap_or_else(|e| panic!("{e}"))
        });
    }
    let refused = team.lucia.try_sync().await;
    assert!(
        matches!(
            refused,
            Err(LinkError::Refused(
                wayfinder_sync::RefusalCode::QuotaExceeded
            ))
        ),
        "{refused:?}"
    );
    let unsent: u32 = team.lucia.with(|v| {
        v.sync_pending()
            .unwrap_or_else(|e| panic!("{e}"))
            .unsent
            .iter()
            .map(|(_, n)| n)
            .sum()
    });
    assert!(unsent > 0, "her edits left her app");
    // Amira, within her share, still syncs; Lucía, past hers, still hears from her.
    team.amira.with(|v| {
        v.edit_field(*case.as_bytes(), "assignee", Some("Amira"), now(), today())
            .unwrap_or_else(|e| panic!("{e}"))
    });
    team.amira.sync().await;
    // An original she imports waits too, without stopping what she receives.
    let scan = vec![0x5A; 100 * 1024];
    team.lucia
        .with(|v| wayfinder_testkit::add_original(v, case, "Scan", &scan, None, "scan"));
    let again = team.lucia.try_sync().await;
    assert!(
        matches!(
            again,
            Err(LinkError::Refused(
                wayfinder_sync::RefusalCode::QuotaExceeded
            ))
        ),
        "{again:?}"
    );
    let assignee = team.lucia.with(|v| {
        v.field_heads(*case.as_bytes())
            .unwrap_or_default()
            .into_iter()
            .find(|(f, _)| f == "assignee")
            .and_then(|(_, h)| h.value)
    });
    assert_eq!(assignee.as_deref(), Some("Amira"));
}
