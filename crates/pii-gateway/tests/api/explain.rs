//! `return_decision_process`: the explanation of each finding on `POST /api/v1/analyze` (our field
//! names) and on `POST /presidio/analyze` (Presidio's), and its absence when not asked.

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

const PHONE: &str = "415 555 0142";

async fn analyze(app: &TestApp, body: Value) -> Vec<Value> {
    let (status, body) = app.call(Method::POST, "/analyze", Some(KEY_A), Some(body)).await;
    assert_eq!(status, 200, "{body}");
    body["findings"].as_array().cloned().unwrap_or_default()
}

async fn presidio(app: &TestApp, body: Value) -> Vec<Value> {
    let url = format!("{}/analyze", app.base.replace("/api/v1", "/presidio"));
    let (status, body) = pii_test_utils::call_api(&app.client, Method::POST, url, Some(KEY_A), Some(body)).await;
    assert_eq!(status, 200, "{body}");
    body.as_array().cloned().unwrap_or_default()
}

fn of_type<'a>(findings: &'a [Value], entity: &str) -> &'a Value {
    findings.iter().find(|f| f["entity_type"] == entity).unwrap_or_else(|| panic!("no {entity} in {findings:?}"))
}

#[tokio::test]
async fn analyze_explains_a_context_word_only_where_one_raised_the_score() {
    let app = spawn_app().await;
    let with = analyze(&app, json!({"text": format!("Phone: {PHONE}"), "return_decision_process": true})).await;
    let e = &of_type(&with, "PHONE_NUMBER")["explanation"];
    assert_eq!(e["recognizer"], "builtin", "{e}");
    assert!(e["rule"].as_str().unwrap().starts_with("PHONE_NUMBER pattern"), "{e}");
    assert!(e["pattern"].is_string(), "{e}");
    assert_eq!(e["context_words"], json!(["phone"]));
    assert_eq!(e["context_source"], "same_line");
    assert_eq!(e["context_improvement"], 0.35, "{e}");
    assert!(e["original_score"].as_f64().unwrap() < e["score"].as_f64().unwrap(), "{e}");
    assert_eq!(e["score"], of_type(&with, "PHONE_NUMBER")["score"]);

    // Negative: the same number without a label was raised by nothing.
    let without = analyze(&app, json!({"text": format!("{PHONE} today"), "return_decision_process": true})).await;
    let e = &of_type(&without, "PHONE_NUMBER")["explanation"];
    assert_eq!(e["context_words"], json!([]));
    assert!(e["context_source"].is_null() && e["context_improvement"] == 0.0, "{e}");
    assert_eq!(e["original_score"], e["score"]);
}

#[tokio::test]
async fn analyze_gives_the_validators_verdict_and_ad_hoc_names() {
    let app = spawn_app().await;
    let body = json!({
        "text": "card 4111 1111 1111 1111, ticket TK-4821, see https://example.org/x",
        "ad_hoc_recognizers": [{"name": "Tickets", "supported_entity": "TICKET", "context": ["ticket"],
            "patterns": [{"name": "ticket id", "regex": "TK-\\d{4}", "score": 0.3}]}],
        "return_decision_process": true
    });
    let findings = analyze(&app, body).await;
    let card = &of_type(&findings, "CREDIT_CARD")["explanation"];
    assert_eq!(card["validation_result"], true, "{card}");
    let url = &of_type(&findings, "URL")["explanation"];
    assert!(url["validation_result"].is_null() && url["pattern"].is_null(), "{url}");
    let ticket = &of_type(&findings, "TICKET")["explanation"];
    assert_eq!((ticket["recognizer"].as_str(), ticket["rule"].as_str()), (Some("Tickets"), Some("ticket id")));
    assert_eq!(ticket["context_words"], json!(["ticket"]));
    assert_eq!(ticket["context_source"], "nearby");
}

#[tokio::test]
async fn analyze_has_no_explanation_unless_asked() {
    let app = spawn_app().await;
    for body in [json!({"text": format!("Phone: {PHONE}")}), json!({"text": format!("Phone: {PHONE}"), "return_decision_process": false})] {
        let findings = analyze(&app, body).await;
        let phone = of_type(&findings, "PHONE_NUMBER").as_object().unwrap();
        assert!(!phone.contains_key("explanation"), "{phone:?}");
    }
    // The findings themselves are the same either way.
    let plain = analyze(&app, json!({"text": format!("Phone: {PHONE}, card 4111 1111 1111 1111")})).await;
    let explained =
        analyze(&app, json!({"text": format!("Phone: {PHONE}, card 4111 1111 1111 1111"), "return_decision_process": true})).await;
    let strip = |v: &[Value]| -> Vec<Value> {
        v.iter()
            .map(|f| {
                let mut f = f.clone();
                f.as_object_mut().unwrap().remove("explanation");
                f
            })
            .collect()
    };
    assert_eq!(strip(&plain), strip(&explained));
    let (status, _) = app.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": "x", "return_decision_process": "yes"}))).await;
    assert_eq!(status, 422, "a non-boolean is refused like any malformed field");
}

#[tokio::test]
async fn presidio_analyze_fills_the_explanation_with_the_engines_values() {
    let app = spawn_app().await;
    let base = json!({"language": "en", "return_decision_process": true});
    let with = presidio(&app, json!({"text": format!("Phone: {PHONE}"), "language": "en", "return_decision_process": true})).await;
    let e = &of_type(&with, "PHONE_NUMBER")["analysis_explanation"];
    assert_eq!(e["supportive_context_word"], "phone", "{e}");
    assert!(e["score_context_improvement"].as_f64().unwrap() > 0.0, "{e}");
    assert!(e["original_score"].as_f64().unwrap() < e["score"].as_f64().unwrap(), "{e}");
    assert!(e["pattern_name"].as_str().unwrap().starts_with("PHONE_NUMBER pattern"), "{e}");
    assert!(e["pattern"].is_string() && e["regex_flags"] == 0, "{e}");
    assert!(e["textual_explanation"].as_str().unwrap().contains("phone"), "{e}");
    // Presidio's `context` counts as context too.
    let caller =
        presidio(&app, json!({"text": PHONE, "context": ["mobile", "phone"], "language": "en", "return_decision_process": true})).await;
    assert_eq!(of_type(&caller, "PHONE_NUMBER")["analysis_explanation"]["supportive_context_word"], "phone");

    // Negative: without a label, no word and no improvement.
    let mut req = base.clone();
    req["text"] = json!(format!("{PHONE} today"));
    let without = presidio(&app, req).await;
    let e = &of_type(&without, "PHONE_NUMBER")["analysis_explanation"];
    assert_eq!((e["supportive_context_word"].as_str(), e["score_context_improvement"].as_f64()), (Some(""), Some(0.0)), "{e}");
    assert_eq!(e["original_score"], e["score"]);

    let mut req = base;
    req["text"] = json!("card 4111 1111 1111 1111");
    let card = presidio(&app, req).await;
    assert_eq!(of_type(&card, "CREDIT_CARD")["analysis_explanation"]["validation_result"], true);
}

#[tokio::test]
async fn presidio_ad_hoc_explanations_give_back_the_pattern_and_its_flags() {
    let app = spawn_app().await;
    let req = json!({"text": "Ticket tk-4821", "language": "en", "return_decision_process": true, "ad_hoc_recognizers": [
        {"name": "Ticket recognizer", "supported_language": "en", "supported_entity": "TICKET",
         "patterns": [{"name": "ticket", "regex": "\\bTK-\\d{4}\\b", "score": 0.5}]}]});
    let results = presidio(&app, req).await;
    let e = &of_type(&results, "TICKET")["analysis_explanation"];
    assert_eq!((e["recognizer"].as_str(), e["pattern_name"].as_str()), (Some("Ticket recognizer"), Some("ticket")), "{e}");
    assert_eq!((e["pattern"].as_str(), e["regex_flags"].as_i64()), (Some("\\bTK-\\d{4}\\b"), Some(26)), "{e}");
    assert_eq!(e["validation_result"], Value::Null);
}
