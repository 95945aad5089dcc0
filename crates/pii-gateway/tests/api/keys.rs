//! Keys across gateways and under a spray: a revocation reaches every gateway within about a second
//! (the authentication epoch), and an address that keeps failing is stopped before the store is asked.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use pii_gateway::Gateway;
use reqwest::Method;

use crate::*;

#[tokio::test]
async fn a_revoked_key_stops_working_on_every_gateway_within_about_a_second() {
    let app = spawn_app().await;
    // A second gateway on the same store, with its own key cache.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let second = Gateway::build(app.state.clone(), listener, 1).unwrap();
    let other = format!("http://127.0.0.1:{}/api/v1", second.port());
    let stop = tokio_util::sync::CancellationToken::new();
    tokio::spawn(second.run_until_stopped(stop.clone()));
    let call_other = |key: &'static str| pii_test_utils::call_api(&app.client, Method::GET, format!("{other}/jobs"), Some(key), None);
    // The second gateway has verified and cached the key.
    assert_eq!(call_other(KEY_A).await.0, 200);
    assert_eq!(call_other(KEY_A).await.0, 200);
    let (_, keys) = app.call(Method::GET, "/admin/keys?tenant_id=tenant-a", Some(KEY_ADMIN), None).await;
    let id = keys.as_array().unwrap()[0]["id"].as_str().unwrap().to_owned();
    let (status, _) = app.call(Method::DELETE, &format!("/admin/keys/{id}"), Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200);
    let revoked = Instant::now();
    // Polled with a deadline well under the 30-second key cache the second gateway keeps.
    let deadline = revoked + Duration::from_secs(5);
    loop {
        if call_other(KEY_A).await.0 == 401 {
            break;
        }
        assert!(Instant::now() < deadline, "the second gateway still accepts the revoked key");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Negative: the other tenant's key still works there.
    assert_eq!(call_other(KEY_B).await.0, 200);
    stop.cancel();
}

#[tokio::test]
async fn an_address_spraying_keys_is_stopped_before_the_store_is_asked() {
    let app = spawn_app().await;
    // A few wrong keys do not lock anyone out.
    for i in 0..5 {
        let (status, _) = app.call(Method::GET, "/jobs", Some(&format!("pk_wrong_key_{i:0>24}")), None).await;
        assert_eq!(status, 401);
    }
    assert_eq!(app.call(Method::GET, "/jobs", Some(KEY_A), None).await.0, 200);
    // Past the limit, the address gets 429 with Retry-After, whatever key it sends.
    let mut limited = None;
    for i in 5..(pii_gateway::auth_guard::MAX_FAILURES + 5) {
        let resp = app.client.get(format!("{}/jobs", app.base)).header("X-API-Key", format!("pk_wrong_key_{i:0>24}")).send().await.unwrap();
        if resp.status().as_u16() == 429 {
            limited = resp.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
            break;
        }
        assert_eq!(resp.status().as_u16(), 401);
    }
    let retry_after: u64 = limited.expect("the spray was stopped").parse().unwrap();
    assert!(retry_after >= 1);
    assert_eq!(app.call(Method::GET, "/jobs", Some(KEY_A), None).await.0, 429, "the same address waits out the window");
}
