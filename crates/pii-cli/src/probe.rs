//! `pii-redactor probe URL`: a container health check without curl in the image. Only loopback
//! URLs are accepted, since a health check asks the process beside it and nothing else.

use std::net::IpAddr;
use std::time::Duration;

use anyhow::{Context, bail};

/// Whether `url` is plain http to a loopback address (`127.0.0.0/8`, `::1`, `localhost`).
fn is_loopback_http(url: &url::Url) -> bool {
    url.scheme() == "http"
        && match url.host() {
            Some(url::Host::Ipv4(a)) => IpAddr::V4(a).is_loopback(),
            Some(url::Host::Ipv6(a)) => IpAddr::V6(a).is_loopback(),
            Some(url::Host::Domain(d)) => d == "localhost",
            None => false,
        }
}

/// Succeeds when `url` answers 2xx within `timeout`.
///
/// # Errors
/// A URL that is not loopback http, no answer in time, or an answer other than 2xx.
pub async fn run(url: &str, timeout: Duration) -> anyhow::Result<()> {
    let parsed = url::Url::parse(url).with_context(|| format!("not a URL: {url}"))?;
    if !is_loopback_http(&parsed) {
        bail!("probe asks only this machine: give an http:// URL on 127.0.0.1, ::1 or localhost");
    }
    let client = reqwest::Client::builder().timeout(timeout).no_proxy().build()?;
    let status = client.get(parsed).send().await.with_context(|| format!("{url} did not answer"))?.status();
    if !status.is_success() {
        bail!("{url} answered {status}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_http_urls_are_probed() {
        for ok in ["http://127.0.0.1:9090/readyz", "http://[::1]:8080/api/v1/readyz", "http://localhost:9090/healthz", "http://127.3.2.1/x"]
        {
            assert!(is_loopback_http(&url::Url::parse(ok).unwrap()), "{ok}");
        }
        for bad in ["https://127.0.0.1/readyz", "http://10.0.0.1:9090/readyz", "http://example.com/readyz", "file:///etc/passwd"] {
            assert!(!is_loopback_http(&url::Url::parse(bad).unwrap()), "{bad}");
        }
    }
}
