//! Bounds on what one request may cost, each with a clear answer.

use reqwest::Method;
use serde_json::json;

use crate::*;

#[tokio::test]
async fn oversized_requests_and_options_are_refused_with_clear_answers() {
    let app = spawn_app().await;
    let uri = app.put_input("l.txt", b"x");
    // Request body over the limit (64 KiB in this app; a batch may carry 10,000 items, so its own
    // bound is the larger of that and 8 MiB).
    let big = "a".repeat(70 * 1024);
    let huge = "a".repeat(9 << 20);
    for (path, filler) in [("/analyze", &big), ("/redact/uri", &big), ("/redact/batch", &huge)] {
        let (status, body) = app.call(Method::POST, path, Some(KEY_A), Some(json!({"text": filler, "input_uri": filler}))).await;
        assert_eq!(status, 413, "{path}: {body}");
        assert!(body["detail"].as_str().unwrap().contains("limit"), "{body}");
    }
    // A batch over the item limit (50 here).
    let items: Vec<_> = (0..51).map(|_| json!({"input_uri": uri})).collect();
    let (status, body) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items}))).await;
    assert_eq!(status, 413, "{body}");
    // Policies out of bounds.
    for bad in [
        json!({"input_uri": uri, "score_threshold": 2}),
        json!({"input_uri": uri, "entities": ["not a type"]}),
        json!({"input_uri": uri, "allow_list": ["x".repeat(300)]}),
        json!({"input_uri": uri, "metadata": {"blob": "y".repeat(5000)}}),
        json!({"input_uri": uri, "metadata": [1, 2]}),
        json!({"input_uri": uri, "callback_url": "ftp://example.com/x"}),
        json!({"input_uri": uri, "callback_url": "http://[::1]:8080/x"}),
        json!({"input_uri": uri, "ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"regex": "a".repeat(2000), "score": 0.5}]}]}),
        json!({"input_uri": uri, "unknown_field": 1}),
    ] {
        let (status, body) = app.call(Method::POST, "/redact/uri", Some(KEY_A), Some(bad.clone())).await;
        assert_eq!(status, 422, "{bad} -> {body}");
        assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
    // Malformed JSON is 400, a wrong shape 422.
    let resp = app
        .client
        .post(format!("{}/redact/uri", app.base))
        .header("X-API-Key", KEY_A)
        .header("Content-Type", "application/json")
        .body("{oops")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let (status, _) = app.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": 5}))).await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn synchronous_analysis_returns_char_offsets_and_redaction_applies_operators() {
    let app = spawn_app().await;
    let text = "Ünïcødé 😀 mail a.b@example.com, SSN 123-45-6789.";
    let (status, body) = app.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": text}))).await;
    assert_eq!(status, 200, "{body}");
    let chars: Vec<char> = text.chars().collect();
    let email = body["findings"].as_array().unwrap().iter().find(|f| f["entity_type"] == "EMAIL_ADDRESS").expect("email found");
    let (s, e) = (email["start"].as_u64().unwrap() as usize, email["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "a.b@example.com");
    let (status, body) = app
        .call(Method::POST, "/redact", Some(KEY_A), Some(json!({"text": text, "operators": {"DEFAULT": {"type": "replace", "new_value": "[X]"}, "US_SSN": {"type": "mask", "masking_char": "#", "chars_to_mask": 7}}})))
        .await;
    assert_eq!(status, 200, "{body}");
    let red = body["text"].as_str().unwrap();
    // As in Presidio, masking counts every character, separators included.
    assert!(red.contains("mail [X],") && red.contains("SSN #######6789."), "{red}");
    let (status, body) = app.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": text, "entities": ["US_SSN"]}))).await;
    assert_eq!(status, 200);
    assert!(body["findings"].as_array().unwrap().iter().all(|f| f["entity_type"] == "US_SSN"));
    // Hashes are stable within a tenant and differ across tenants.
    let hash = json!({"text": "a.b@example.com", "operators": {"DEFAULT": {"type": "hash"}}});
    let (_, a1) = app.call(Method::POST, "/redact", Some(KEY_A), Some(hash.clone())).await;
    let (_, a2) = app.call(Method::POST, "/redact", Some(KEY_A), Some(hash.clone())).await;
    let (_, b1) = app.call(Method::POST, "/redact", Some(KEY_B), Some(hash)).await;
    assert_eq!(a1["text"], a2["text"]);
    assert_ne!(a1["text"], b1["text"]);
    assert!(!a1["text"].as_str().unwrap().contains("example.com"));
    // Encrypted values come back with the same tenant's key only.
    let enc = json!({"text": "write to a.b@example.com", "operators": {"DEFAULT": {"type": "encrypt"}}});
    let (status, sealed) = app.call(Method::POST, "/redact", Some(KEY_A), Some(enc)).await;
    assert_eq!(status, 200, "{sealed}");
    let token_text = sealed["text"].as_str().unwrap().to_owned();
    assert!(!token_text.contains("a.b@example.com"), "{token_text}");
    let (status, back) = app.call(Method::POST, "/deanonymize", Some(KEY_A), Some(json!({"text": token_text}))).await;
    assert_eq!(status, 200, "{back}");
    assert_eq!(back["text"], "write to a.b@example.com");
    assert_eq!(back["restored"][0]["entity_type"], "EMAIL_ADDRESS");
    assert_eq!((back["restored"][0]["start"].as_u64(), back["restored"][0]["end"].as_u64()), (Some(9), Some(24)));
    let (status, other) = app.call(Method::POST, "/deanonymize", Some(KEY_B), Some(json!({"text": token_text}))).await;
    assert!(matches!(status, 400 | 422), "{status} {other}");
    assert!(!other.to_string().contains("a.b@example.com"));
}

#[tokio::test]
async fn a_large_policy_times_many_items_is_refused_before_anything_is_built() {
    let app = spawn_app().await;
    let uri = app.put_input("p.txt", b"x");
    // A 1.6 MB deny list (10,000 values of 160 characters) for 50 items: 80 MB of stored policy.
    let deny: Vec<String> = (0..10_000).map(|i| format!("{i:0>160}")).collect();
    let items: Vec<_> = (0..50).map(|i| json!({"input_uri": uri, "output_uri": format!("{uri}.{i}.out")})).collect();
    let (status, body) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items, "deny_list": deny}))).await;
    assert_eq!(status, 413, "{body}");
    assert!(body["detail"].as_str().unwrap().contains("fewer items"), "{body}");
    // (A fresh connection for what follows: the server may close one it answered 413 on.)
    let fresh = reqwest::Client::new();
    let (_, jobs) = pii_test_utils::call_api(&fresh, Method::GET, format!("{}/jobs", app.base), Some(KEY_A), None).await;
    assert_eq!(jobs, json!([]), "nothing was created");
    // Negative: the same deny list for a few items is accepted.
    let items: Vec<_> = (0..3).map(|i| json!({"input_uri": uri, "output_uri": format!("{uri}.{i}.out")})).collect();
    let (status, body) = pii_test_utils::call_api(
        &fresh,
        Method::POST,
        format!("{}/redact/batch", app.base),
        Some(KEY_A),
        Some(json!({"items": items, "deny_list": deny})),
    )
    .await;
    assert_eq!(status, 202, "{body}");
}

#[tokio::test]
async fn every_entity_type_is_listed_with_its_country_and_whether_it_is_validated() {
    let app = spawn_app().await;
    let (status, _) = app.call(Method::GET, "/entities", None, None).await;
    assert_eq!(status, 401);
    let (status, list) = app.call(Method::GET, "/entities", Some(KEY_A), None).await;
    assert_eq!(status, 200);
    let list = list.as_array().unwrap();
    let find = |t: &str| list.iter().find(|e| e["entity_type"] == t).cloned();
    for t in [
        "PERSON",
        "US_SSN",
        "IBAN_CODE",
        "DE_TAX_ID",
        "UK_POSTCODE",
        "ZA_ID_NUMBER",
        "FR_SIRET",
        "BE_NATIONAL_NUMBER",
        "PT_NIF",
        "PH_MOBILE_NUMBER",
        "TR_PHONE_NUMBER",
    ] {
        assert!(find(t).is_some(), "{t} is listed");
    }
    // Presidio keeps the country phone types off by default; so does the listing.
    let tr = find("TR_PHONE_NUMBER").unwrap();
    assert_eq!((&tr["country"], &tr["validated"], &tr["enabled_by_default"]), (&json!("TR"), &json!(true), &json!(false)));
    assert_eq!(find("US_SSN").unwrap()["country"], "US");
    assert_eq!(find("IBAN_CODE").unwrap()["validated"], true);
    assert_eq!(find("PERSON").unwrap()["enabled_by_default"], true);
    // Negative: no type is listed twice, and no made-up name appears.
    let mut names: Vec<&str> = list.iter().map(|e| e["entity_type"].as_str().unwrap()).collect();
    let n = names.len();
    names.dedup();
    assert_eq!(names.len(), n);
    assert!(find("NOT_A_TYPE").is_none());
}
