//! Recognizer tests through the engine: valid values, invalid checksums and look-alikes.

use crate::engine::{Engine, SegmentContext};
use crate::policy::RedactionPolicy;

pub(crate) fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::builder().build().expect("engine builds"))
}

/// `(entity, value)` pairs found in `text` with the default policy.
pub(crate) fn found(text: &str) -> Vec<(String, String)> {
    found_with(text, None)
}

pub(crate) fn found_with(text: &str, field: Option<&str>) -> Vec<(String, String)> {
    let a = engine().prepare(&RedactionPolicy::default()).expect("policy");
    a.analyze(text, &SegmentContext { field_name: field, ..Default::default() })
        .into_iter()
        .map(|s| (s.entity_type.to_string(), text[s.start..s.end].to_string()))
        .collect()
}

/// `(value, score)` of every `entity` found in `text` when the policy names that type and sets
/// score_threshold 0 (how Presidio's recognizer cases are run).
/// Whether `value` is found as `entity` in `text` at threshold 0 (weak bare values included).
pub(crate) fn at0(text: &str, entity: &str, value: &str) -> bool {
    found_all(text, entity).iter().any(|(v, _)| v == value)
}

/// Whether nothing of type `entity` is found in `text`, even at threshold 0.
pub(crate) fn none(text: &str, entity: &str) -> bool {
    found_all(text, entity).is_empty()
}

pub(crate) fn found_all(text: &str, entity: &str) -> Vec<(String, f32)> {
    let policy = RedactionPolicy {
        entities: Some(vec![crate::EntityType::parse(entity).expect("entity type")]),
        score_threshold: Some(0.0),
        ..RedactionPolicy::default()
    };
    let a = engine().prepare(&policy).expect("policy");
    a.analyze(text, &SegmentContext::default())
        .into_iter()
        .filter(|s| s.entity_type.as_str() == entity)
        .map(|s| (text[s.start..s.end].to_string(), s.score))
        .collect()
}

pub(crate) fn has(text: &str, entity: &str, value: &str) -> bool {
    found(text).iter().any(|(e, v)| e == entity && v == value)
}

pub(crate) fn has_type(text: &str, entity: &str) -> bool {
    found(text).iter().any(|(e, _)| e == entity)
}

#[test]
fn the_conformance_values_are_found() {
    let text = "Reporter: Margaret Okonkwo-Hale (margaret.hale@example.org), phone +1 415-555-0142.\n\
                Her card 4111 1111 1111 1111 was charged twice; SSN on file 123-45-6789.\n\
                Seen from 10.24.8.19.";
    let f = found(text);
    for (e, v) in [
        ("EMAIL_ADDRESS", "margaret.hale@example.org"),
        ("PHONE_NUMBER", "+1 415-555-0142"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("US_SSN", "123-45-6789"),
        ("IP_ADDRESS", "10.24.8.19"),
    ] {
        assert!(f.iter().any(|(fe, fv)| fe == e && fv == v), "{e} {v} not in {f:?}");
    }
}

#[test]
fn emails() {
    assert!(has("From: <owen_hayes26@aol.com>", "EMAIL_ADDRESS", "owen_hayes26@aol.com"));
    assert!(has("mailto:jo.ann+tag@mail.example.co.uk.", "EMAIL_ADDRESS", "jo.ann+tag@mail.example.co.uk"));
    assert!(!has_type("user@localhost and @mention and a@b.c", "EMAIL_ADDRESS"));
    // An internationalised top-level domain in its ASCII form (an IDNA A-label), not any digits.
    assert!(has("write to a@xn--d1acufc.xn--p1ai today", "EMAIL_ADDRESS", "a@xn--d1acufc.xn--p1ai"));
    assert!(has("Mail: INFO@XN--80AK6AA92E.XN--P1AI.", "EMAIL_ADDRESS", "INFO@XN--80AK6AA92E.XN--P1AI"));
    for t in ["a@host.x1 ", "a@host.xn-p1ai ", "a@host.xn-- ", "a@host.xn--p1ai- "] {
        assert!(!has_type(t, "EMAIL_ADDRESS"), "{t}");
    }
}

#[test]
fn credit_cards() {
    for v in
        ["4111 1111 1111 1111", "4501-0969-7734-3452", "371642435570320", "3755 611172 70007", "3839 506599 1903", "2239 9718 6597 8283"]
    {
        assert!(has(&format!("card {v}."), "CREDIT_CARD", v), "{v}");
    }
    // Luhn failure, mixed separators, partial numbers.
    assert!(!has_type("reference 6711-5319-7613-2798 failed", "CREDIT_CARD"));
    assert!(!has_type("card 4111 1111-1111 1111", "CREDIT_CARD"));
    assert!(!has_type("card ending 4821", "CREDIT_CARD"));
    // Luhn-valid but no card network issues this prefix and length.
    assert!(!has_type("checking account 61755577528918523.", "CREDIT_CARD"));
}

#[test]
fn social_security_numbers() {
    assert!(has("SSN: 293-54-4011", "US_SSN", "293-54-4011"));
    assert!(has("ssn: 684602108", "US_SSN", "684602108"));
    for bad in ["000-82-8114", "666-35-1136", "979-17-3902", "123-00-4567", "123-45-0000"] {
        assert!(!has_type(&format!("SSN {bad}"), "US_SSN"), "{bad}");
    }
    // Compact nine digits need context.
    assert!(!has_type("Order 684602108 shipped", "US_SSN"));
}

#[test]
fn ip_addresses() {
    assert!(has("login from 219.7.158.235 and", "IP_ADDRESS", "219.7.158.235"));
    assert!(has("login failed src_ip=10.94.16.45 attempts=2", "IP_ADDRESS", "10.94.16.45"));
    assert!(!has_type("resolved dependency libcore==10.8.2.9 sha256:ff", "IP_ADDRESS"));
    assert!(!has_type("the attribute OID 2.5.4.3 names the common name", "IP_ADDRESS"));
    assert!(has("the attribute OID 2.5.4.3 was read from host 10.0.0.12", "IP_ADDRESS", "10.0.0.12"));
    assert!(has("ip 2106:3f83:7fe2:5176::8c52 -", "IP_ADDRESS", "2106:3f83:7fe2:5176::8c52"));
    assert!(has("\"last_ip\": \"25da:83bc:4f7:8a5f:3be1:a9eb:911:6aaf\"", "IP_ADDRESS", "25da:83bc:4f7:8a5f:3be1:a9eb:911:6aaf"));
    // A zone index after a link-local or scoped multicast address is part of it (RFC 4007), not
    // after a global one, nor its trailing punctuation.
    assert!(has("iface fe80::1%eth0 up", "IP_ADDRESS", "fe80::1%eth0"));
    assert!(has("ping fe80::1ff:fe23:4567:890a%eth2.", "IP_ADDRESS", "fe80::1ff:fe23:4567:890a%eth2"));
    assert!(has("join ff02::1%3 now", "IP_ADDRESS", "ff02::1%3"));
    assert!(has("host 2001:db8:4::1%eth0 up", "IP_ADDRESS", "2001:db8:4::1"));
    assert!(!has("host 2001:db8:4::1%eth0 up", "IP_ADDRESS", "2001:db8:4::1%eth0"));
    assert!(!has("join ff0e::1%3 now", "IP_ADDRESS", "ff0e::1%3"));
    for bad in [
        "build 10.1.1.5 in staging",
        "release/8.6.9.1",
        "version 10.0.19045.3803",
        "deploying 10.8.4.8 to staging",
        "300.1.2.3",
        "at 12:34:56",
    ] {
        assert!(!has_type(bad, "IP_ADDRESS"), "{bad}");
    }
}

#[test]
fn phones_and_their_look_alikes() {
    assert!(has("Phone: 615 566 2065", "PHONE_NUMBER", "615 566 2065"));
    assert!(has("call us on +44 7960 224361.", "PHONE_NUMBER", "+44 7960 224361"));
    assert!(has("M: 07791 917062", "PHONE_NUMBER", "07791 917062"));
    assert!(has("Account Manager, Torres-Marsh\nM: (845) 802-5539", "PHONE_NUMBER", "(845) 802-5539"));
    assert!(!has_type("Tracking number: 8213612178", "PHONE_NUMBER"));
    assert!(!has_type("Admitted: 2024-04-13", "PHONE_NUMBER"));
    // Landlines shorter than the country's mobiles (Manila, Lagos), not only mobiles.
    assert!(has("Tel.: +63 2 8527 1234", "PHONE_NUMBER", "+63 2 8527 1234"));
    assert!(has("Tel.: +234 1 280 6400", "PHONE_NUMBER", "+234 1 280 6400"));
    assert!(has("Mobile: +63 917 123 4567", "PHONE_NUMBER", "+63 917 123 4567"));
    // Negative: still too short for the country.
    assert!(!has_type("Tel.: +63 2 852 71", "PHONE_NUMBER"));
    // The short labels of other countries' cards, and a Nordic eight-digit number after one.
    assert!(has("Cel.: 55 1234 5678", "PHONE_NUMBER", "55 1234 5678"));
    assert!(has("Tlf: 22 33 44 55", "PHONE_NUMBER", "22 33 44 55"));
    // Negative: the same digits without a phone's label.
    assert!(!has_type("Ref: 22 33 44 55", "PHONE_NUMBER"));
}

#[test]
#[ignore = "diagnostic: prints the DFA size contributed by each pattern"]
fn dfa_size_per_pattern() {
    use regex_automata::MatchKind;
    use regex_automata::dfa::{StartKind, dense};
    use regex_automata::util::syntax;
    let pats = super::patterns::all();
    let build = |ps: &[&str]| {
        dense::Builder::new()
            .configure(dense::Config::new().match_kind(MatchKind::All).start_kind(StartKind::Anchored).minimize(false))
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .build_many(ps)
            .map(|d| d.memory_usage())
            .unwrap_or(0)
    };
    let all: Vec<&str> = pats.iter().map(|p| p.regex.as_ref()).collect();
    println!("all: {}", build(&all));
    let t = std::time::Instant::now();
    let min = dense::Builder::new()
        .configure(dense::Config::new().match_kind(MatchKind::All).start_kind(StartKind::Anchored).minimize(true))
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .build_many(&all)
        .map(|d| (d.memory_usage(), d.stride()))
        .unwrap_or((0, 0));
    println!("minimized: {min:?} in {:?}", t.elapsed());
    if std::env::var("ALL").is_err() {
        return;
    }
    for (i, p) in pats.iter().enumerate() {
        let rest: Vec<&str> = all.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, r)| *r).collect();
        println!("{:?} {} alone={} without={}", p.kind, &p.regex[..p.regex.len().min(40)], build(&[p.regex.as_ref()]), build(&rest));
    }
}

#[test]
fn table_rows_take_their_label_from_the_header_not_from_earlier_cells() {
    let text = "time,patient,nhs_number,type\n14:45,Anna Price,542 687 0225,new\n";
    assert!(has(text, "UK_NHS", "542 687 0225"), "{:?}", found(text));
    let text = "emp_id,employee,ssn,deposit_account,net_pay\nE44009,\"Smith, Logan\",753583512,22771179177897,12.50\n";
    assert!(has(text, "US_SSN", "753583512"), "{:?}", found(text));
    assert!(has(text, "US_BANK_NUMBER", "22771179177897"), "{:?}", found(text));
}

#[test]
fn the_field_name_of_a_segment_is_a_label() {
    assert!(found_with("684602108", Some("ssn")).iter().any(|(e, _)| e == "US_SSN"));
    assert!(found_with("684602108", Some("order_id")).is_empty());
    // camelCase keys and element names, as in JSON and XML.
    assert!(found_with("4746851312", Some("accountNumber")).iter().any(|(e, _)| e == "US_BANK_NUMBER"));
    assert!(found_with("684602108", Some("customerSsn")).iter().any(|(e, _)| e == "US_SSN"));
    assert!(found_with("4746851312", Some("ACCOUNTANT")).is_empty(), "upper case has no humps");
}

#[test]
fn word_runs_are_measured_like_the_byte_table() {
    let text: Vec<u8> = (0u8..=255).chain(b"abcdefghijklmnopqrstuvwxyz`{@[AZaz09/:".iter().copied()).collect();
    let mut samples: Vec<Vec<u8>> = vec![b"abcdefghXabc".to_vec(), b"abcdefgh".to_vec(), b"abc1efghijklmnopq ".to_vec(), b"".to_vec()];
    // Every byte value at every position of a block of letters, and of letters and digits.
    for base in [b"abcdefghijklmnop", b"AB12cd34EF56gh78"] {
        for pos in 0..base.len() {
            for &b in &text {
                let mut s = base.to_vec();
                s[pos] = b;
                samples.push(s);
            }
        }
    }
    for s in samples {
        for i in 0..=s.len() {
            let word = s[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let digit = s[i..i + word].iter().any(u8::is_ascii_digit);
            assert_eq!(super::word_run(&s, i), (word, digit), "{:?} from {i}", String::from_utf8_lossy(&s));
        }
    }
}

#[test]
fn weak_forms_show_only_at_threshold_zero() {
    let cases = [
        ("Today is 2024-03-15T14:30:00.123Z, or not?", "DATE_TIME", "2024-03-15T14:30:00.123Z"),
        ("Today is 2024-06-05T09:15:30.500-07:00 or not?", "DATE_TIME", "2024-06-05T09:15:30.500-07:00"),
        ("Today is 05/21", "DATE_TIME", "05/21"),
        ("Today is 5/2021", "DATE_TIME", "5/2021"),
        ("Today is 21-May", "DATE_TIME", "21-May"),
        ("Today is May-2021", "DATE_TIME", "May-2021"),
        ("my ip: ::1", "IP_ADDRESS", "::1"),
        ("src=:: dst=::1", "IP_ADDRESS", "::"),
        ("Default 0.0.0.0", "IP_ADDRESS", "0.0.0.0"),
        ("Today is 21.5.21", "DATE_TIME", "21.5.21"),
        ("130692544", "CA_SIN", "130692544"),
        ("130 692 544", "CA_SIN", "130 692 544"),
        ("9601211234567", "KR_RRN", "9601211234567"),
        ("945456787654", "US_BANK_NUMBER", "945456787654"),
        ("H12234567", "US_DRIVER_LICENSE", "H12234567"),
        ("876 543 210", "AU_TFN", "876 543 210"),
        ("000 000 019", "AU_ACN", "000 000 019"),
        ("006249976", "AU_ACN", "006249976"),
        ("2123 45670 1", "AU_MEDICARE", "2123 45670 1"),
        ("12345678903", "DE_TAX_ID", "12345678903"),
    ];
    for (text, entity, value) in cases {
        assert!(found_all(text, entity).iter().any(|(v, _)| v == value), "{entity} {value}: {:?}", found_all(text, entity));
        assert!(!has(text, entity, value), "{entity} {value} at the default threshold");
    }
    let negatives = [
        ("Today is5/21", "DATE_TIME"),
        ("Today is 13/21", "DATE_TIME"),
        ("Today is 2024-13-15T14:30Z", "DATE_TIME"),
        ("std::cout and MyClass::toString and :::", "IP_ADDRESS"),
        ("10.0.0.0/33", "IP_ADDRESS"),
        ("::ffff:256.0.0.1 and 2001::db8::1", "IP_ADDRESS"),
        ("130692545", "CA_SIN"),
        ("960121+1021413", "KR_RRN"),
        ("760413-5212134", "KR_RRN"),
        ("824 753 557", "AU_TFN"),
        ("2123 25870 1", "AU_MEDICARE"),
        ("11112345678", "DE_TAX_ID"),
        ("C12T345672", "US_DRIVER_LICENSE"),
    ];
    for (text, entity) in negatives {
        assert!(found_all(text, entity).is_empty(), "{entity} in {text:?}: {:?}", found_all(text, entity));
    }
    // Embedded IPv4 addresses are part of the IPv6 address.
    for v in ["::192.168.1.1", "0:0:0:0:0:FFFF:129.144.52.38", "2001:db8:0:0:0:0:192.168.1.1"] {
        assert!(has(&format!("addr {v} up"), "IP_ADDRESS", v), "{v}");
    }
    // CIDR blocks are addresses at full score.
    assert!(has("route 10.24.0.0/16 via gw", "IP_ADDRESS", "10.24.0.0/16"));
}

#[test]
fn types_off_by_default_stay_below_the_threshold_unless_named() {
    let text = "Kennzeichen: B AB 1234, Steuernummer: 0981508150999";
    assert!(!has_type(text, "DE_KFZ") && !has_type(text, "DE_TAX_NUMBER"), "{:?}", found(text));
    assert!(found_all(text, "DE_KFZ").iter().any(|(v, s)| v == "B AB 1234" && *s >= 0.4));
}

#[test]
fn labels_in_six_languages_lift_their_identifiers() {
    for (text, entity, value) in [
        ("Steuer-ID: 65929970489", "DE_TAX_ID", "65929970489"),
        ("Steuer-Identifikationsnummer 65 929 970 489", "DE_TAX_ID", "65 929 970 489"),
        ("Ihre Steueridentifikationsnummer lautet 65929970489.", "DE_TAX_ID", "65929970489"),
        ("P.IVA 01234567897", "IT_VAT_CODE", "01234567897"),
        ("Partita IVA: 01234567897", "IT_VAT_CODE", "01234567897"),
        ("Partita IVA e Codice Fiscale 01234567897", "IT_VAT_CODE", "01234567897"),
        ("C.F./P.I.: 01234567897", "IT_VAT_CODE", "01234567897"),
        ("P. IVA: IT01234567897", "IT_VAT_CODE", "IT01234567897"),
        ("Telefoon: +31 6 60438157", "PHONE_NUMBER", "+31 6 60438157"),
        ("BSN: 388267161\nTelefoon: +31 6 60438157", "PHONE_NUMBER", "+31 6 60438157"),
        ("Telemóvel: (11) 95890-8706", "PHONE_NUMBER", "(11) 95890-8706"),
        ("Puede llamarme al 930 844 389", "PHONE_NUMBER", "930 844 389"),
    ] {
        assert!(has(text, entity, value), "{text}: {:?}", found(text));
    }
    // Eleven digits with a valid Luhn digit but no label stay below the default threshold, and an
    // invoice number is no phone.
    assert!(!has("01234567897", "IT_VAT_CODE", "01234567897"));
    assert!(!has("IT01234567897", "IT_VAT_CODE", "IT01234567897"));
    assert!(!has_type("Rechnungsnummer 930 844 389", "PHONE_NUMBER"));
}

#[test]
fn url_heads_are_told_by_their_first_four_bytes() {
    for s in ["http://a.example", "HTTPS://a.example", "Ftp://x", "wWw.example.org", "http"] {
        assert!(super::url_head(s.as_bytes(), 0), "{s}");
    }
    for s in ["htt", "hello", "ftp.example", "wwwx.example", "email", "https"[1..].as_ref(), "fact:"] {
        assert!(!super::url_head(s.as_bytes(), 0), "{s}");
    }
}

#[test]
fn www_urls_need_a_domain_after_www() {
    assert!(has("see www.microsoft.com today", "URL", "www.microsoft.com"));
    assert!(has("see WWW.bbc.co.uk/news today", "URL", "WWW.bbc.co.uk/news"));
    assert!(has("see https://example.org/a today", "URL", "https://example.org/a"));
    assert!(!has_type("see www.microsoft today", "URL"));
    assert!(!has_type("see 'www.microsoft' today", "URL"));
}
