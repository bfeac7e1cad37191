//! What an admin watches: the server's health (`GET /health`) and its metrics in Prometheus'
//! text format (`GET /metrics`): requests by route and status, how long they took, refusals by
//! code, and how many operations and bytes it stores. Counts and timings only: never a name,
//! a workspace, a case, a member or anything sealed, since a route is named by its pattern and
//! a refusal by its code.

use crate::Shared;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::time::Instant;
use wayfinder_sync::RefusalCode;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answered {
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Refused {
    code: String,
}

/// Request latencies from a millisecond to about a minute, doubling.
fn latency() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 17))
}

/// The server's counters, shared by every request.
pub struct Metrics {
    registry: Registry,
    requests: Family<Answered, Counter>,
    seconds: Family<Route, Histogram, fn() -> Histogram>,
    refusals: Family<Refused, Counter>,
    operations: Gauge,
    stored_bytes: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("wayfinder");
        let requests = Family::<Answered, Counter>::default();
        let seconds = Family::<Route, Histogram, fn() -> Histogram>::new_with_constructor(
            latency as fn() -> Histogram,
        );
        let refusals = Family::<Refused, Counter>::default();
        let operations = Gauge::default();
        let stored_bytes = Gauge::default();
        registry.register(
            "requests",
            "Requests answered, by route and HTTP status",
            requests.clone(),
        );
        registry.register(
            "request_seconds",
            "How long requests took, by route",
            seconds.clone(),
        );
        registry.register("refusals", "Requests refused, by code", refusals.clone());
        registry.register(
            "operations_stored",
            "Sealed operations the server holds",
            operations.clone(),
        );
        registry.register(
            "stored_bytes",
            "Bytes members have stored: sealed operations and originals' chunks",
            stored_bytes.clone(),
        );
        Metrics {
            registry,
            requests,
            seconds,
            refusals,
            operations,
            stored_bytes,
        }
    }
}

/// Counts each request by the route it matched (its pattern, never its path), its status and
/// its refusal's code, and times it.
pub(crate) async fn measure(
    State(metrics): State<Arc<Metrics>>,
    request: Request,
    next: Next,
) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    metrics
        .seconds
        .get_or_create(&Route {
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&Answered {
            route,
            status: response.status().as_u16(),
        })
        .inc();
    if let Some(code) = response.extensions().get::<RefusalCode>() {
        metrics
            .refusals
            .get_or_create(&Refused {
                code: code.as_str().to_owned(),
            })
            .inc();
    }
    response
}

/// What `/metrics` and `/health` read.
#[derive(Clone)]
pub(crate) struct Watch {
    pub store: Shared,
    pub blobs: crate::Blobs,
    pub metrics: Arc<Metrics>,
}

/// `GET /metrics`: every counter in Prometheus' text format, the store's totals read now.
pub(crate) async fn metrics(State(watch): State<Watch>) -> Response {
    let store = watch.store.clone();
    let totals = tokio::task::spawn_blocking(move || store.totals()).await;
    if let Ok(Ok(totals)) = totals {
        watch
            .metrics
            .operations
            .set(i64::try_from(totals.operations).unwrap_or(i64::MAX));
        watch
            .metrics
            .stored_bytes
            .set(i64::try_from(totals.stored_bytes).unwrap_or(i64::MAX));
    }
    let mut text = String::new();
    if encode(&mut text, &watch.metrics.registry).is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

/// `GET /health`: 200 "ok" when the database and the blob storage answer; else 503 with
/// what does not, one line each (for the admin, no data).
pub(crate) async fn health(State(watch): State<Watch>) -> Response {
    use object_store::ObjectStoreExt;
    let store = watch.store.clone();
    let database = tokio::task::spawn_blocking(move || store.ping());
    let probe = object_store::path::Path::from("health-probe");
    let blobs = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        watch.blobs.objects().head(&probe),
    );
    let (database, blobs) = tokio::join!(database, blobs);
    let mut wrong = String::new();
    if !matches!(database, Ok(Ok(()))) {
        wrong.push_str("the server's database does not answer\n");
    }
    if !matches!(blobs, Ok(Ok(_) | Err(object_store::Error::NotFound { .. }))) {
        wrong.push_str("the server's blob storage does not answer\n");
    }
    if wrong.is_empty() {
        (StatusCode::OK, "ok\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, wrong).into_response()
    }
}
