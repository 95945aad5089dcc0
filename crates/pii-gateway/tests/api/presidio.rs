//! `/presidio`: Presidio's analyzer and anonymizer shapes, statuses and error bodies, as its clients
//! see them (the test app's engine has no NER, so the texts hold structured values).

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

impl TestApp {
    async fn presidio(&self, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let url = format!("{}{path}", self.base.replace("/api/v1", "/presidio"));
        pii_test_utils::call_api(&self.client, method, url, Some(KEY_A), body).await
    }

    async fn presidio_raw(&self, path: &str, body: &'static str) -> (u16, Value) {
        let url = format!("{}{path}", self.base.replace("/api/v1", "/presidio"));
        let res =
            self.client.post(url).header("X-API-Key", KEY_A).header("Content-Type", "application/json").body(body).send().await.unwrap();
        (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
    }
}

const TEXT: &str = "write to grace.h@navy.example or call 212-555-0123";

#[tokio::test]
async fn analyze_answers_in_presidios_result_shape_for_one_text_and_for_a_batch() {
    let app = spawn_app().await;
    let (status, body) = app.presidio(Method::POST, "/analyze", Some(json!({"text": TEXT, "language": "en"}))).await;
    assert_eq!(status, 200, "{body}");
    let results = body.as_array().unwrap();
    let email = results.iter().find(|r| r["entity_type"] == "EMAIL_ADDRESS").unwrap();
    assert_eq!((email["start"].as_u64(), email["end"].as_u64()), (Some(9), Some(29)));
    assert!(email["analysis_explanation"].is_null() && email.as_object().unwrap().contains_key("analysis_explanation"));
    assert!(email.get("recognition_metadata").is_none());
    // A list of texts gives a list of result lists.
    let (status, body) = app.presidio(Method::POST, "/analyze", Some(json!({"text": [TEXT, "nothing here"], "language": "en"}))).await;
    assert_eq!(status, 200);
    assert_eq!(body.as_array().map(Vec::len), Some(2));
    assert_eq!(body[1], json!([]));
    // A threshold above every score leaves nothing; `entities` narrows the types.
    let (_, body) = app
        .presidio(
            Method::POST,
            "/analyze",
            Some(json!({"text": TEXT, "language": "en", "entities": ["PHONE_NUMBER"], "correlation_id": "c-1"})),
        )
        .await;
    assert!(body.as_array().unwrap().iter().all(|r| r["entity_type"] == "PHONE_NUMBER"), "{body}");
    assert!(!body.as_array().unwrap().is_empty());
}

#[tokio::test]
async fn analyze_refuses_missing_text_or_language_with_presidios_messages() {
    let app = spawn_app().await;
    let cases = [
        (json!({}), 500, "No text provided"),
        (json!({"language": "en"}), 500, "No text provided"),
        (json!({"text": TEXT}), 500, "No language provided"),
        (json!({"text": TEXT, "language": "xx"}), 500, "No matching recognizers were found to serve the request."),
    ];
    for (req, status, error) in cases {
        let (s, body) = app.presidio(Method::POST, "/analyze", Some(req.clone())).await;
        assert_eq!((s, body["error"].as_str()), (status, Some(error)), "{req}");
    }
    let (s, body) = app.presidio_raw("/analyze", "{\"text\": ").await;
    assert_eq!(s, 400, "{body}");
    assert!(body["error"].is_string());
}

#[tokio::test]
async fn ad_hoc_recognizers_allow_lists_and_decision_process_work_as_in_presidio() {
    let app = spawn_app().await;
    let req = json!({"text": "Ticket tk-4821 for Dr. Okafor", "language": "en", "ad_hoc_recognizers": [
        {"name": "Ticket recognizer", "supported_language": "en", "supported_entity": "TICKET", "patterns": [{"name": "ticket", "regex": "\\bTK-\\d{4}\\b", "score": 0.5}]},
        {"name": "Title recognizer", "supported_language": "en", "supported_entity": "TITLE", "deny_list": ["Dr."]}
    ], "return_decision_process": true});
    let (s, body) = app.presidio(Method::POST, "/analyze", Some(req)).await;
    assert_eq!(s, 200, "{body}");
    let ticket = body.as_array().unwrap().iter().find(|r| r["entity_type"] == "TICKET").unwrap_or_else(|| panic!("{body}"));
    // Presidio's ad-hoc patterns are case-insensitive by default.
    assert_eq!((ticket["start"].as_u64(), ticket["end"].as_u64()), (Some(7), Some(14)));
    assert_eq!(ticket["analysis_explanation"]["recognizer"], "Ticket recognizer");
    assert!(ticket["analysis_explanation"]["original_score"].is_number());
    assert!(body.as_array().unwrap().iter().any(|r| r["entity_type"] == "TITLE"), "{body}");

    let bad = json!({"text": "x", "language": "en", "ad_hoc_recognizers": [{"supported_entity": "ZIP", "patterns": [{"kind": "zip", "regex": "\\d{5}", "score": 0.1}]}]});
    let (s, body) = app.presidio(Method::POST, "/analyze", Some(bad)).await;
    assert_eq!(s, 400);
    assert_eq!(
        body["error"],
        "Failed to parse /analyze request for AnalyzerEngine.analyze(). Pattern.__init__() got an unexpected keyword argument 'kind'"
    );

    let allow = |list: Value, mode: Option<&str>| {
        let mut req = json!({"text": "mail ops@Corp.example now", "language": "en", "allow_list": list});
        if let Some(m) = mode {
            req["allow_list_match"] = json!(m);
        }
        req
    };
    let count = |b: &Value| b.as_array().map_or(99, |a| a.iter().filter(|r| r["entity_type"] == "EMAIL_ADDRESS").count());
    let (_, exact) = app.presidio(Method::POST, "/analyze", Some(allow(json!(["ops@Corp.example"]), None))).await;
    assert_eq!(count(&exact), 0, "{exact}");
    let (_, not_regex) = app.presidio(Method::POST, "/analyze", Some(allow(json!([".*@corp.example"]), None))).await;
    assert_eq!(count(&not_regex), 1, "{not_regex}");
    let (_, regex) = app.presidio(Method::POST, "/analyze", Some(allow(json!([".*@corp.example"]), Some("regex")))).await;
    assert_eq!(count(&regex), 0, "{regex}");
    let mut case_sensitive = allow(json!([".*@corp.example"]), Some("regex"));
    case_sensitive["regex_flags"] = json!(0);
    let (_, cs) = app.presidio(Method::POST, "/analyze", Some(case_sensitive)).await;
    assert_eq!(count(&cs), 1, "{cs}");
}

#[tokio::test]
async fn listings_and_health_answer_and_the_key_is_required() {
    let app = spawn_app().await;
    let (s, body) = app.presidio(Method::GET, "/supportedentities?language=en", None).await;
    assert_eq!(s, 200);
    assert!(body.as_array().unwrap().iter().any(|e| e == "EMAIL_ADDRESS"));
    let (s, _) = app.presidio(Method::GET, "/supportedentities?unknown=input", None).await;
    assert_eq!(s, 200);
    let (s, body) = app.presidio(Method::GET, "/supportedentities?language=he", None).await;
    assert_eq!((s, body["error"].as_str()), (500, Some("No matching recognizers were found to serve the request.")));
    let (s, body) = app.presidio(Method::GET, "/recognizers?language=en", None).await;
    assert_eq!(s, 200);
    assert!(body.as_array().unwrap().iter().any(|e| e == "builtin"));
    let (_, body) = app.presidio(Method::GET, "/anonymizers", None).await;
    assert_eq!(body, json!(["encrypt", "hash", "keep", "mask", "redact", "replace"]));
    let (_, body) = app.presidio(Method::GET, "/deanonymizers", None).await;
    assert_eq!(body, json!(["decrypt", "deanonymize_keep"]));
    let health = app.client.get(app.base.replace("/api/v1", "/presidio/health")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let url = app.base.replace("/api/v1", "/presidio/analyze");
    let unauth = app.client.post(url).json(&json!({"text": TEXT, "language": "en"})).send().await.unwrap();
    assert_eq!(unauth.status().as_u16(), 401);
}

#[tokio::test]
async fn anonymize_applies_presidios_rules_and_reports_items_in_the_new_text() {
    let app = spawn_app().await;
    let req = json!({
        "text": "Ada Lovelace, phone 0207 946 0000.",
        "anonymizers": {
            "DEFAULT": {"type": "replace", "new_value": "[GONE]"},
            "PHONE_NUMBER": {"type": "mask", "masking_char": "#", "chars_to_mask": 4, "from_end": true}
        },
        "analyzer_results": [
            {"start": 0, "end": 12, "score": 0.85, "entity_type": "PERSON"},
            {"start": 0, "end": 3, "score": 0.6, "entity_type": "FIRST_NAME"},
            {"start": 20, "end": 33, "score": 0.9, "entity_type": "PHONE_NUMBER"}
        ]
    });
    let (s, body) = app.presidio(Method::POST, "/anonymize", Some(req)).await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(body["text"], "[GONE], phone 0207 946 ####.");
    let mut items: Vec<Value> = body["items"].as_array().unwrap().clone();
    items.sort_by_key(|i| i["start"].as_u64());
    assert_eq!(
        items,
        vec![
            json!({"start": 0, "end": 6, "entity_type": "PERSON", "text": "[GONE]", "operator": "replace"}),
            json!({"start": 14, "end": 27, "entity_type": "PHONE_NUMBER", "text": "0207 946 ####", "operator": "mask"}),
        ]
    );
    let (s, body) = app.presidio(Method::POST, "/anonymize", Some(json!({"text": "", "analyzer_results": []}))).await;
    assert_eq!((s, body), (200, json!({"text": "", "items": []})));
}

#[tokio::test]
async fn anonymize_and_deanonymize_refuse_as_presidio_does() {
    let app = spawn_app().await;
    let custom = json!({"text": "abc", "anonymizers": {"DEFAULT": {"type": "custom", "new_value": "lambda x: x"}}, "analyzer_results": []});
    let cases = [
        ("/anonymize", json!({}), 400, "Invalid request json"),
        ("/anonymize", custom, 400, "Custom type anonymizer is not supported"),
        ("/anonymize", json!({"text": "abc"}), 422, "Invalid input, request must contain analyzer results"),
        (
            "/anonymize",
            json!({"text": "abc", "analyzer_results": [{"start": 0, "end": 9, "score": 1, "entity_type": "X"}]}),
            422,
            "Invalid analyzer result, start: 0 and end: 9, while text length is only 3.",
        ),
        ("/deanonymize", json!({}), 400, "Invalid request json"),
        (
            "/deanonymize",
            json!({"text": "abcd", "deanonymizers": {"X": {"type": "decrypt", "key": "invalidkey"}}, "anonymizer_results": [{"start": 0, "end": 4, "entity_type": "X"}]}),
            422,
            "Invalid input, key must be of length 128, 192 or 256 bits",
        ),
    ];
    for (path, req, status, error) in cases {
        let (s, body) = app.presidio(Method::POST, path, Some(req.clone())).await;
        assert_eq!((s, body["error"].as_str()), (status, Some(error)), "{path} {req}");
    }
    let (s, body) = app.presidio_raw("/anonymize", "{\"text\": \"a\", \"analyzer_results\": [],}").await;
    assert_eq!((s, body["error"].as_str()), (400, Some("The browser (or proxy) sent a request that this server could not understand.")));
    // Text without entities comes back unchanged; no text is the empty text.
    let (s, body) = app.presidio(Method::POST, "/deanonymize", Some(json!({"text": "unchanged"}))).await;
    assert_eq!((s, body), (200, json!({"text": "unchanged", "items": []})));
    let (s, body) = app.presidio(Method::POST, "/deanonymize", Some(json!({"key": "1111111111111111"}))).await;
    assert_eq!((s, body), (200, json!({"text": "", "items": []})));
}

#[tokio::test]
async fn encrypted_values_decrypt_with_the_callers_key_including_tokens_presidio_made() {
    let app = spawn_app().await;
    let text = "Grace Hopper is a rear admiral";
    let req = json!({"text": text, "anonymizers": {"DEFAULT": {"type": "encrypt", "key": "abcdefghijklmnop"}},
        "analyzer_results": [{"start": 0, "end": 12, "score": 0.9, "entity_type": "PERSON"}]});
    let (s, enc) = app.presidio(Method::POST, "/anonymize", Some(req)).await;
    assert_eq!(s, 200, "{enc}");
    assert!(!enc["text"].as_str().unwrap().contains("Grace"));
    let item = &enc["items"][0];
    let back = json!({"text": enc["text"], "deanonymizers": {"DEFAULT": {"type": "decrypt", "key": "abcdefghijklmnop"}},
        "anonymizer_results": [{"start": item["start"], "end": item["end"], "entity_type": "PERSON"}]});
    let (s, dec) = app.presidio(Method::POST, "/deanonymize", Some(back)).await;
    assert_eq!((s, dec["text"].as_str()), (200, Some(text)), "{dec}");
    // A token Presidio's documentation shows, under its key.
    let token = "e6HnOMnIxbd4a8Qea44LshQDnjvxwzBIaAz+YqHNnMW2mC5r3AWoay8Spsoajyyy";
    let req = json!({"text": token, "deanonymizers": {"NUMBER": {"type": "decrypt", "key": "1111111111111111"}},
        "anonymizer_results": [{"start": 0, "end": token.len(), "entity_type": "NUMBER"}]});
    let (s, dec) = app.presidio(Method::POST, "/deanonymize", Some(req)).await;
    assert_eq!(s, 200, "{dec}");
    assert_eq!(dec["text"], "text_for_encryption");
    assert_eq!(
        dec["items"],
        json!([{"start": 0, "end": 19, "entity_type": "NUMBER", "text": "text_for_encryption", "operator": "decrypt"}])
    );
}

#[tokio::test]
async fn presidio_analyze_serves_the_seven_languages_and_refuses_auto() {
    let app = spawn_app().await;
    for language in ["en", "fr", "de", "es", "it", "nl", "pt"] {
        let (status, body) =
            app.presidio(Method::POST, "/analyze", Some(json!({"text": "mail jo@example.org", "language": language}))).await;
        assert_eq!(status, 200, "{language}: {body}");
        assert_eq!(body.as_array().map(Vec::len), Some(1), "{language}: {body}");
    }
    // Presidio has no `auto`: a language is named or the request is refused in Presidio's words.
    let (status, body) = app.presidio(Method::POST, "/analyze", Some(json!({"text": "x", "language": "auto"}))).await;
    assert_eq!(status, 500, "{body}");
}
