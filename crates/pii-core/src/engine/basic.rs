//! First recognizers: e-mail, phone, credit card (Luhn), US SSN (valid ranges), IP address (parsed).

use std::sync::Arc;

use regex::Regex;

use super::{Recognizer, SegmentContext, Span};
use crate::{CoreError, EntityType};

struct RegexRecognizer {
    name: &'static str,
    entity: [EntityType; 1],
    re: Regex,
    score: f32,
    validate: fn(&str) -> bool,
}

impl Recognizer for RegexRecognizer {
    fn name(&self) -> &str {
        self.name
    }

    fn supported_entities(&self) -> &[EntityType] {
        &self.entity
    }

    fn analyze(&self, text: &str, _ctx: &SegmentContext<'_>, out: &mut Vec<Span>) {
        for m in self.re.find_iter(text) {
            if (self.validate)(m.as_str()) {
                out.push(Span { entity_type: self.entity[0].clone(), start: m.start(), end: m.end(), score: self.score });
            }
        }
    }
}

fn compile(p: &str) -> Result<Regex, CoreError> {
    Regex::new(p).map_err(|e| CoreError::invalid("built-in pattern", e.to_string()))
}

pub(super) fn recognizers() -> Result<Vec<Arc<dyn Recognizer>>, CoreError> {
    let list: Vec<RegexRecognizer> = vec![
        RegexRecognizer {
            name: "email",
            entity: [EntityType::EMAIL_ADDRESS],
            re: compile(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")?,
            score: 1.0,
            validate: |_| true,
        },
        RegexRecognizer {
            name: "credit_card",
            entity: [EntityType::CREDIT_CARD],
            re: compile(r"\b(?:\d[ -]?){12,18}\d\b")?,
            score: 1.0,
            validate: luhn_ok,
        },
        RegexRecognizer {
            name: "us_ssn",
            entity: [EntityType::US_SSN],
            re: compile(r"\b\d{3}([- ]?)\d{2}([- ]?)\d{4}\b")?,
            score: 0.85,
            validate: ssn_ok,
        },
        RegexRecognizer {
            name: "phone",
            entity: [EntityType::PHONE_NUMBER],
            re: compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\b\d{2,4}[ .-])\d{3,4}[ .-]?\d{3,4}\b")?,
            score: 0.75,
            validate: |s| s.bytes().filter(u8::is_ascii_digit).count() >= 10,
        },
        RegexRecognizer {
            name: "ip_address",
            entity: [EntityType::IP_ADDRESS],
            re: compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}\b")?,
            score: 0.95,
            validate: |s| s.parse::<std::net::IpAddr>().is_ok(),
        },
    ];
    Ok(list.into_iter().map(|r| Arc::new(r) as Arc<dyn Recognizer>).collect())
}

fn luhn_ok(s: &str) -> bool {
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if !(13..=19).contains(&digits.len()) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    sum % 10 == 0
}

fn ssn_ok(s: &str) -> bool {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    if d.len() != 9 {
        return false;
    }
    let (area, group, serial) = (&d[..3], &d[3..5], &d[5..]);
    area != "000" && area != "666" && !area.starts_with('9') && group != "00" && serial != "0000"
}
