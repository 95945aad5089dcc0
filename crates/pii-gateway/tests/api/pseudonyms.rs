//! `/api/v1/redact` with `pseudonymize`, `fpe` and `date_shift`: surrogates that validate, the same
//! surrogate within a scope only, dates shifted by one offset so intervals hold.

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

const TEXT: &str =
    "Patient Anna Kowalski (anna.kowalski@acme.de, card 4111 1111 1111 1111) was admitted on 2021-03-01 and discharged on 2021-03-08.";

fn body(scope: Option<&str>) -> Value {
    let mut b = json!({
        "text": TEXT,
        "deny_list": [{"value": "Anna Kowalski", "entity_type": "PERSON"}],
        "operators": {
            "PERSON": {"type": "pseudonymize"},
            "EMAIL_ADDRESS": {"type": "pseudonymize"},
            "CREDIT_CARD": {"type": "pseudonymize"},
            "DATE_TIME": {"type": "date_shift", "max_days": 30}
        }
    });
    if let Some(s) = scope {
        b["pseudonym_scope"] = json!(s);
    }
    b
}

async fn redact(app: &TestApp, key: &str, body: Value) -> String {
    let (status, resp) = app.call(Method::POST, "/redact", Some(key), Some(body)).await;
    assert_eq!(status, 200, "{resp}");
    resp["text"].as_str().expect("text").to_owned()
}

fn luhn_ok(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = d.iter().rev().enumerate().map(|(i, &v)| if i % 2 == 1 { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v }).sum();
    sum.is_multiple_of(10)
}

fn dates(text: &str) -> Vec<time::Date> {
    let re = regex::Regex::new(r"\d{4}-\d{2}-\d{2}").expect("regex");
    re.find_iter(text)
        .map(|m| time::Date::parse(m.as_str(), time::macros::format_description!("[year]-[month]-[day]")).expect("date"))
        .collect()
}

#[tokio::test]
async fn surrogates_validate_and_dates_keep_their_interval() {
    let app = spawn_app().await;
    let out = redact(&app, KEY_A, body(None)).await;
    // Dates are checked below by their shift: a shift of ±7 days rightly writes one of the two
    // original dates for the other (the admission moved onto the old discharge day).
    for original in ["Anna", "Kowalski", "anna.kowalski", "acme.de", "4111 1111 1111 1111"] {
        assert!(!out.contains(original), "{original} survived: {out}");
    }
    // The person keeps two parts, the e-mail follows the surrogate name.
    let person: Vec<&str> = out["Patient ".len()..].split(" (").next().expect("person").split(' ').collect();
    assert_eq!(person.len(), 2, "{out}");
    let mail = format!("{}.{}@", person[0].to_lowercase(), person[1].to_lowercase());
    assert!(out.contains(&mail), "{mail} in {out}");
    // The card keeps its brand, length and grouping and passes Luhn.
    let card_at = out.find("card ").expect("card") + 5;
    let card = &out[card_at..card_at + 19];
    assert!(card.starts_with('4') && luhn_ok(card) && card.split(' ').all(|g| g.len() == 4), "{card}");
    // One offset for both dates: the seven days between them hold.
    let d = dates(&out);
    assert_eq!(d.len(), 2, "{out}");
    assert_eq!((d[1] - d[0]).whole_days(), 7, "{out}");
    let shift = (d[0] - time::macros::date!(2021 - 03 - 01)).whole_days();
    assert!(shift != 0 && shift.abs() <= 30, "{shift}");
}

#[tokio::test]
async fn consistent_within_the_tenant_scope_and_never_across_tenants() {
    let app = spawn_app().await;
    // Default (job) scope: every call is its own scope.
    let a1 = redact(&app, KEY_A, body(None)).await;
    let a2 = redact(&app, KEY_A, body(None)).await;
    assert_ne!(a1, a2, "two calls in job scope share surrogates");
    // Tenant scope: the same surrogates in every call of the tenant, others for another tenant.
    let t1 = redact(&app, KEY_A, body(Some("tenant"))).await;
    let t2 = redact(&app, KEY_A, body(Some("tenant"))).await;
    assert_eq!(t1, t2);
    let b = redact(&app, KEY_B, body(Some("tenant"))).await;
    assert_ne!(t1, b);
    // Each tenant's offset is keyed by its own secret, one of the 2 × max_days non-zero offsets:
    // with 30 days two tenants share one once in 60 runs (CI saw it), so the dates are compared in a
    // window of ten years, where that happens once in 7,300.
    let wide = |scope: &str| {
        let mut b = body(Some(scope));
        b["operators"]["DATE_TIME"]["max_days"] = json!(3650);
        b
    };
    let (ta, tb) = (redact(&app, KEY_A, wide("tenant")).await, redact(&app, KEY_B, wide("tenant")).await);
    assert_ne!(dates(&ta), dates(&tb));
}

#[tokio::test]
async fn fpe_keeps_cards_valid_and_bad_windows_are_refused() {
    let app = spawn_app().await;
    let out = redact(&app, KEY_A, json!({"text": "card 4111 1111 1111 1111", "operators": {"CREDIT_CARD": {"type": "fpe"}}})).await;
    let card = &out["card ".len()..];
    assert!(card != "4111 1111 1111 1111" && card.len() == 19 && luhn_ok(card), "{out}");
    for bad in [0, 3651] {
        let (status, resp) = app
            .call(
                Method::POST,
                "/redact",
                Some(KEY_A),
                Some(json!({"text": "on 2021-03-01", "operators": {"DATE_TIME": {"type": "date_shift", "max_days": bad}}})),
            )
            .await;
        assert!((400..500).contains(&status), "{bad}: {status} {resp}");
    }
    let (status, _) = app.call(Method::POST, "/redact", Some(KEY_A), Some(json!({"text": "x", "pseudonym_scope": "planet"}))).await;
    assert!((400..500).contains(&status));
}

#[tokio::test]
async fn fpe_values_are_restored_for_their_tenant_only() {
    let app = spawn_app().await;
    let text = "card 4111 1111 1111 1111 iban DE89 3704 0044 0532 0130 00";
    let (status, resp) =
        app.call(Method::POST, "/redact", Some(KEY_A), Some(json!({"text": text, "operators": {"DEFAULT": {"type": "fpe"}}}))).await;
    assert_eq!(status, 200, "{resp}");
    let red = resp["text"].as_str().expect("text").to_owned();
    assert_ne!(red, text);
    // fpe keeps lengths, so the findings' offsets hold in the redacted text.
    let spans: Vec<Value> = resp["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| json!({"entity_type": f["entity_type"], "start": f["start"], "end": f["end"]}))
        .collect();
    assert_eq!(spans.len(), 2, "{resp}");
    let (status, back) = app.call(Method::POST, "/deanonymize", Some(KEY_A), Some(json!({"text": red, "fpe": spans}))).await;
    assert_eq!(status, 200, "{back}");
    assert_eq!(back["text"], text);
    assert_eq!(back["restored"].as_array().map(Vec::len), Some(2));
    let (status, other) = app.call(Method::POST, "/deanonymize", Some(KEY_B), Some(json!({"text": red, "fpe": spans}))).await;
    assert_eq!(status, 200, "{other}");
    assert_ne!(other["text"], text, "another tenant must not restore the values");
    let (status, _) = app
        .call(
            Method::POST,
            "/deanonymize",
            Some(KEY_A),
            Some(json!({"text": red, "fpe": [{"entity_type": "CREDIT_CARD", "start": 5, "end": 999}]})),
        )
        .await;
    assert!((400..500).contains(&status));
}
