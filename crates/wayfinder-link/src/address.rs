//! The server's address. The app speaks to the server over HTTPS; plain `http://` carries
//! sealed data but leaves the session token and who talks to whom open to anyone on the path,
//! so it is accepted only to this machine (a server on the same laptop, or a tunnel), or
//! when she confirms it.

use crate::LinkError;
use url::{Host, Url};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerAddress(Url);

impl ServerAddress {
    /// Reads what she typed: `https://sync.example.org`, `sync.example.org` (HTTPS is
    /// assumed), `http://localhost:8787`. Plain HTTP to any other machine needs `confirmed`.
    pub fn parse(text: &str, confirmed: bool) -> Result<ServerAddress, LinkError> {
        let text = text.trim();
        let with_scheme = if text.contains("://") {
            text.to_owned()
        } else {
            format!("https://{text}")
        };
        let url = Url::parse(&with_scheme).map_err(|_| LinkError::BadAddress)?;
        if url.host().is_none()
            || !url.username().is_empty()
            || url.password().is_some()
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return Err(LinkError::BadAddress);
        }
        match url.scheme() {
            "https" => {}
            "http" if is_this_machine(&url) || confirmed => {}
            "http" => return Err(LinkError::PlainHttp),
            _ => return Err(LinkError::BadAddress),
        }
        Ok(ServerAddress(url))
    }

    /// The address as it is kept and shown.
    pub fn as_str(&self) -> &str {
        self.0.as_str().trim_end_matches('/')
    }

    /// The URL of one of the protocol's paths (`/v1/...`), below any path the address has.
    pub(crate) fn endpoint(&self, path: &str) -> String {
        format!("{}{path}", self.as_str())
    }
}

fn is_this_machine(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str, confirmed: bool) -> &'static str {
        match ServerAddress::parse(text, confirmed) {
            Ok(_) => "ok",
            Err(e) => e.code(),
        }
    }

    #[test]
    fn https_anywhere_plain_http_only_here_unless_confirmed() {
        assert_eq!(code("https://sync.example.org", false), "ok");
        assert_eq!(
            ServerAddress::parse(" sync.example.org ", false)
                .map(|a| a.as_str().to_owned())
                .ok()
                .as_deref(),
            Some("https://sync.example.org")
        );
        assert_eq!(code("http://localhost:8787", false), "ok");
        assert_eq!(code("http://127.0.0.1:8787", false), "ok");
        assert_eq!(code("http://[::1]:8787", false), "ok");
        assert_eq!(code("http://sync.example.org", false), "link-plain-http");
        assert_eq!(code("http://192.168.1.20:8787", false), "link-plain-http");
        assert_eq!(
            code("http://localhost.example.org", false),
            "link-plain-http"
        );
        assert_eq!(code("http://sync.example.org", true), "ok");
        assert_eq!(code("ftp://sync.example.org", true), "link-bad-address");
        assert_eq!(
            code("https://user:pw@sync.example.org", false),
            "link-bad-address"
        );
        assert_eq!(code("", false), "link-bad-address");
        assert_eq!(code("https://", false), "link-bad-address");
        let with_path = ServerAddress::parse("https://example.org/wayfinder/", false)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            with_path.endpoint("/v1/pull"),
            "https://example.org/wayfinder/v1/pull"
        );
    }
}
