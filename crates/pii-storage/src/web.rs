//! Web inputs over HTTP(S): public addresses only (see [`crate::net_guard`]), bounded redirects,
//! time and size, no proxies from the environment (they would bypass the address check).

use std::time::Duration;

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{StreamExt, TryStreamExt};
use reqwest::redirect::Policy;
use url::Url;

use crate::StorageError;
use crate::net_guard::{GuardedResolver, NetPolicy, check_url_host};

const MAX_REDIRECTS: usize = 5;

#[derive(Debug, Clone)]
pub(crate) struct WebFetcher {
    client: reqwest::Client,
    policy: NetPolicy,
}

impl WebFetcher {
    pub(crate) fn new(net: NetPolicy, timeout: Duration) -> Result<Self, StorageError> {
        let redirect_net = net.clone();
        let policy = Policy::custom(move |attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
            }
            if !matches!(attempt.url().scheme(), "https" | "http") {
                return attempt.error("a redirect left http(s)");
            }
            match check_url_host(attempt.url(), &redirect_net) {
                Ok(()) => attempt.follow(),
                Err(why) => attempt.error(format!("redirect refused: {why}")),
            }
        });
        let client = reqwest::Client::builder()
            .no_proxy()
            .redirect(policy)
            .dns_resolver(std::sync::Arc::new(GuardedResolver { policy: net.clone() }))
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(30))
            .timeout(timeout)
            .user_agent(concat!("pii-redactor/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| StorageError::Invalid(format!("cannot build the HTTP client: {e}")))?;
        Ok(WebFetcher { client, policy: net })
    }

    /// Starts a GET and returns the body stream, its announced length and its ETag.
    pub(crate) async fn get(
        &self,
        url: &Url,
        max: u64,
    ) -> Result<(BoxStream<'static, Result<Bytes, StorageError>>, Option<u64>, Option<String>), StorageError> {
        check_url_host(url, &self.policy).map_err(StorageError::Forbidden)?;
        let resp = self.client.get(url.clone()).send().await.map_err(classify)?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_FOUND || status == reqwest::StatusCode::GONE {
            return Err(StorageError::NotFound);
        }
        if status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::FORBIDDEN {
            return Err(StorageError::Forbidden(format!("the server answered {status}")));
        }
        if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err(StorageError::Unavailable(format!("the server answered {status}")));
        }
        if !status.is_success() {
            return Err(StorageError::Invalid(format!("the server answered {status}")));
        }
        let len = resp.content_length();
        if len.is_some_and(|n| n > max) {
            return Err(StorageError::TooLarge(format!("the input announces more than {max} bytes")));
        }
        let etag = resp.headers().get(reqwest::header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_owned);
        Ok((resp.bytes_stream().map_err(classify).boxed(), len, etag))
    }
}

fn classify(e: reqwest::Error) -> StorageError {
    // Our own refusals (resolver, redirect policy) surface as errors whose chain holds the reason.
    let mut chain = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(&e);
    while let Some(s) = source {
        chain.push_str(&s.to_string());
        chain.push_str(": ");
        source = s.source();
    }
    if chain.contains("private networks are not allowed") || chain.contains("redirect refused") {
        let reason = chain.split(": ").find(|p| p.contains("not allowed") || p.contains("refused")).unwrap_or("refused");
        return StorageError::Forbidden(reason.to_owned());
    }
    if e.is_redirect() {
        return StorageError::Invalid("too many or invalid redirects".into());
    }
    if chain.contains("does not resolve") || chain.contains("failed to lookup") {
        return StorageError::NotFound;
    }
    StorageError::Unavailable(if e.is_timeout() { "timed out fetching the input".into() } else { "cannot fetch the input".into() })
}

/// An HTTP client for outbound notifications (callbacks): the same address guard as inputs, no
/// redirects (a callback that redirects is an error), no proxies from the environment.
///
/// # Errors
/// `StorageError::Invalid` when the client cannot be built.
pub fn notification_client(net: &NetPolicy, timeout: Duration) -> Result<reqwest::Client, StorageError> {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(Policy::none())
        .dns_resolver(std::sync::Arc::new(GuardedResolver { policy: net.clone() }))
        .connect_timeout(Duration::from_secs(10))
        .timeout(timeout)
        .user_agent(concat!("pii-redactor/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| StorageError::Invalid(format!("cannot build the HTTP client: {e}")))
}
