use super::super::kind::Kind;
use super::tables::*;
use super::*;

/// The verdict at `at`, with the keywords found as the scanner would (at every word start).
fn verdict(text: &str, at: &str) -> Verdict {
    let idx = ContextIndex::new().expect("test input");
    let start = text.find(at).expect("test input");
    let mut sc = ScanContext::default();
    let b = text.as_bytes();
    for p in 0..start {
        if letter_len(b, p) > 0 && !letter_before(b, p) && (p == 0 || !b[p - 1].is_ascii_digit()) {
            sc.word_at(&idx, b, p);
        }
    }
    sc.verdict(&idx, text, start, Verdict::default(), !0)
}

#[test]
fn the_nearest_label_decides() {
    let v = verdict("Phone: 087 701 7849, Card for deposit: 4042-8110", "4042");
    assert!(v.boost & Kind::CreditCard.bit() != 0);
    assert!(v.suppress & Kind::Phone.bit() != 0);
    let v = verdict("Order 5V30460369. Call me on 575.468.5512", "575");
    assert!(v.boost & Kind::Phone.bit() != 0);
    let v = verdict("my package with tracking 1324991126 was", "1324");
    assert!(v.suppress & Kind::UsBank.bit() != 0 && v.suppress & Kind::Phone.bit() != 0);
}

#[test]
fn longer_phrases_win_and_short_words_must_be_whole() {
    let v = verdict("Driver license: 892340907", "892");
    assert!(v.boost & Kind::UsDriverLicense.bit() != 0);
    assert!(v.suppress & Kind::MedicalLicense.bit() != 0);
    let v = verdict("the zipper 892340907", "892");
    assert_eq!(v.boost, 0);
}

#[test]
fn a_keyword_running_into_a_longer_word_gives_way_to_a_shorter_one() {
    // `drivers lic` does not end a word here; `drivers` does.
    let v = verdict("drivers lichfield 892340907", "892");
    assert!(v.boost & Kind::UsDriverLicense.bit() != 0);
    let v = verdict("drivers lic 892340907", "892");
    assert!(v.boost & Kind::UsDriverLicense.bit() != 0 && v.boost & Kind::MedicalLicense.bit() == 0);
}

#[test]
fn a_label_on_the_previous_line_counts_when_the_line_has_none() {
    let v = verdict("david: whats the account again\nbrittany: 63345054455 its", "633");
    assert!(v.boost & Kind::UsBank.bit() != 0);
}

#[test]
fn a_label_above_with_its_own_value_does_not_label_the_next_line() {
    // `DOB` labels its date; the phone number on the next line is no date.
    let v = verdict("DOB ....... 21/12/1952\nNext of kin ....... Garrett Blanchard (son) +49 231 992 60 27", "+49");
    assert!(v.suppress & Kind::Phone.bit() == 0 && v.boost == 0, "{v:?}");
    // Negative: a label left open at the end of the line above still labels the value below.
    let v = verdict("Date of birth:\n21/12/1952", "21/");
    assert!(v.boost & Kind::Date.bit() != 0, "{v:?}");
}

#[test]
fn csv_headers_are_found_and_cached() {
    let text = "Clinic list\ntime,patient,nhs_number,type\n12:30,Barry Lee,626 064 3705,new\n09:00,\"Pearson, Ruth\",314 725 4216,review\n";
    let idx = ContextIndex::new().expect("test input");
    let mut sc = ScanContext::default();
    for at in ["626", "314"] {
        let v = sc.verdict(&idx, text, text.find(at).expect("test input"), Verdict::default(), !0);
        assert!(v.boost & Kind::UkNhs.bit() != 0, "{at}");
    }
    let mut t = TableHeaders::default();
    let ls = text.find("Clinic").expect("test input");
    assert_eq!(t.table_of(text.as_bytes(), ls, ls + 11), None);
}

#[test]
fn a_wrapped_paragraph_with_as_many_commas_on_each_line_is_no_table() {
    let text = "ANA SOUSA, divorciada, natural de Maputo, residente em Rua Sete de Setembro, 75, 1571-365 Guimarães, contribuinte fiscal\nn.º 142018228, constitui seu bastante procurador João Vaz, casado, residente em Rua da Paz, 87, 5479-258 Torres Vedras, a quem\n";
    let ls = text.find("n.º").expect("test input");
    let le = ls + text[ls..].find('\n').expect("test input");
    assert_eq!(TableHeaders::default().table_of(text.as_bytes(), ls, le), None);
    // Negative: a header of short names above a row of as many fields is one.
    let text = "name,residence,tax number,notes\nAna Sousa,Guimarães,142018228,none\n";
    let ls = text.find("Ana").expect("test input");
    let le = ls + text[ls..].find('\n').expect("test input");
    assert_eq!(TableHeaders::default().table_of(text.as_bytes(), ls, le), Some((0, 31, b',')));
}

#[test]
fn a_line_that_ends_a_sentence_labels_nothing_below_it() {
    let v = verdict("Payment by bank transfer quoting the invoice number.\nQueries: +46 18-589 00 97", "+46");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    // Negative: an abbreviated label at the end of the line above still labels the value.
    let v = verdict("Date of birth\n21/12/1952", "21/");
    assert!(v.boost & Kind::Date.bit() != 0, "{v:?}");
    let v = verdict("Tel.\n0161 496 0000", "0161");
    assert!(v.boost & Kind::Phone.bit() != 0, "{v:?}");
}

#[test]
fn a_chat_or_log_record_takes_no_label_from_the_record_above() {
    // `bank` is a sofa in Dutch, and the record above says nothing of the sender's number.
    let v = verdict("18-02-2025 09:16 - Fien: die van ons ligt hier op de bank\n18-02-2025 09:21 - 06-68802834: Is het een kater?", "06-");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    let v = verdict("[09:16] fien: op de bank\n[09:21] 06-68802834: kater?", "06-");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    // Negative: a line with no stamp still takes the label above it, and so does an answer inside
    // a stamped message.
    let v = verdict("Account number:\n12345678", "123");
    assert!(v.decided() != 0, "{v:?}");
    let v = verdict("[10:00] david: whats the account again\n[10:01] brittany: 63345054455 its", "633");
    assert!(v.decided() != 0, "{v:?}");
}

#[test]
fn a_keyword_inside_an_email_address_says_nothing_of_the_line() {
    // `accounts` would take the phone number for a bank account's.
    let v = verdict("Queries: accounts@pinecrest.co.uk or +46 18-589 00 97", "+46");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    // Negative: the same word outside an address still decides.
    let v = verdict("Account number: 12345678", "123");
    assert!(v.decided() != 0, "{v:?}");
}

#[test]
fn delimited_lines_count_quoted_fields_once() {
    let line = br#"name,"Doe, Jane",ssn,"a ""quoted"" word",x"#;
    assert_eq!(guess_delimiter(line), Some(b','));
    assert_eq!(count_fields(line, b','), 5);
    let ssn = line.windows(3).position(|w| w == b"ssn").unwrap();
    assert_eq!(column_of(line, b',', ssn), 2);
    assert_eq!(field_at(std::str::from_utf8(line).unwrap(), b',', 1), Some("\"Doe, Jane\""));
    assert_eq!(guess_delimiter(b"a\tb\tc, d"), Some(b'\t'));
    assert_eq!(guess_delimiter(b"one, two"), None);
}

#[test]
fn labels_in_six_languages_decide() {
    for (text, at) in [
        ("Téléphone : 06 12 34 56 78", "06"),
        ("TÉLÉPHONE : 06 12 34 56 78", "06"),
        ("Tél. 06 12 34 56 78", "06"),
        ("Telefonnummer: 030 12345678", "030"),
        ("Teléfono: 612 34 56 78", "612"),
        ("Telefoon: 020-123 4567", "020"),
        ("Telemóvel: 912 345 678", "912"),
        ("BSN: 388267161\nTelefoon: +31 6 60438157", "+31"),
    ] {
        let v = verdict(text, at);
        assert!(v.boost & Kind::Phone.bit() != 0, "{text}");
    }
    let v = verdict("Geburtsdatum: 10.08.1992", "10");
    assert!(v.boost & Kind::Date.bit() != 0 && v.suppress & Kind::Phone.bit() != 0);
    let v = verdict("Rechnungsnummer 030 12345678", "030");
    assert!(v.suppress & Kind::Phone.bit() != 0);
}

#[test]
fn a_word_inside_an_accented_word_is_no_keyword() {
    // `ssn` is a keyword; inside `Aßssn` (after a non-ASCII letter) it starts no word.
    let idx = ContextIndex::new().expect("test input");
    let text = "Aßssn 123";
    let b = text.as_bytes();
    let p = text.find("ssn").expect("test input");
    assert!(letter_before(b, p));
    assert!(!letter_before("« ssn".as_bytes(), "« ssn".find("ssn").expect("test input")));
    assert!(idx.keyword_at(b, p, b.len()).is_some(), "the index itself matches; the scanner skips the position");
    // A keyword running into an accented letter is no keyword.
    assert!(idx.keyword_at("nifé".as_bytes(), 0, 5).is_none());
}

#[test]
fn hangul_and_thai_keywords_are_found_inside_words() {
    let idx = ContextIndex::new().expect("test input");
    for name in ["여권번호", "고객여권번호", "여권번호를"] {
        let mut v = Verdict::default();
        idx.field(name, &mut v);
        assert!(v.boost & Kind::KrPassport.bit() != 0, "{name}");
    }
    let mut v = Verdict::default();
    idx.field("ผู้ถือบัตรประชาชน", &mut v);
    assert!(v.boost & Kind::ThTnin.bit() != 0);
    // The script test at its edges: the first and last Hangul syllables, a Thai letter; not the
    // Jamo after them, Yi, CJK or Latin.
    for (c, want) in
        [("가", true), ("힣", true), ("ก", true), ("๛", true), ("ힰ", false), ("ꀀ", false), ("一", false), ("é", false), ("a", false)]
    {
        assert_eq!(substring_script(c.as_bytes(), 0), want, "{c}");
    }
    // Other Hangul, Thai or CJK words are no keyword.
    for name in ["번호", "ผู้ถือ", "护照号码"] {
        let mut v = Verdict::default();
        idx.field(name, &mut v);
        assert_eq!(v.decided(), 0, "{name}");
    }
}

#[test]
fn a_contact_cards_line_word_is_nearer_than_a_label_above_it() {
    let text = "GP surgery: Kestrel Park Medical Centre\nContact 1: Eetu Laaksonen\n  Home: +30 231 0464389\n";
    let v = verdict(text, "+30");
    assert!(v.boost & Kind::Phone.bit() != 0, "{v:?}");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    // Negative: the hint boosts phones only; it rules out nothing else after it.
    let v = verdict("Work permit 892340907", "892");
    assert!(v.suppress & Kind::UsDriverLicense.bit() == 0, "{v:?}");
    let v = verdict("Medical Centre ref 0464389", "0464389");
    assert!(v.suppress & Kind::Phone.bit() != 0, "{v:?}");
}

#[test]
fn whole_labels_are_known_as_labels() {
    let idx = ContextIndex::new().expect("test input");
    for l in ["Partita IVA", "Steuer-ID", "steuer id:", "PASSPORT", "Social Security"] {
        assert!(idx.is_label(l), "{l}");
    }
    // Negative: a label inside a longer phrase, a hint and a name are not labels.
    for l in ["Partita IVA Rossi", "home", "Maria Rossi", ""] {
        assert!(!idx.is_label(l), "{l}");
    }
}

#[test]
fn a_context_word_in_the_sentence_before_says_nothing_of_the_value() {
    let v = verdict("Pensez à votre dossier. Merci de nous prévenir au 01.72.94.02.15", "01.72");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    let v = verdict("Pensez à votre carte Vitale. Merci de nous prévenir au 01.72.94.02.15", "01.72");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    // Negative: in the value's own sentence, and after an abbreviation's full stop, it still does.
    let v = verdict("Your order no. 12 34 56 78 90 ships today", "12 34");
    assert!(v.suppress & Kind::Phone.bit() != 0, "{v:?}");
    let v = verdict("Invoice Nr. 0612345678", "0612");
    assert!(v.suppress & Kind::Phone.bit() != 0, "{v:?}");
}

#[test]
fn an_acronym_spelled_as_a_word_of_another_language_labels_only_in_capitals() {
    // Spanish `sin` (without) ending the line above labels no Canadian SIN on the next.
    let v = verdict("escrituras en regla. Trato directo, sin\nintermediarios. Tratar con Homero Orellana: 993 808 456.", "993");
    assert!(v.suppress & Kind::Phone.bit() == 0, "{v:?}");
    // Negative: the acronym in capitals still labels its number.
    let v = verdict("SIN: 130 692 544", "130");
    assert!(v.boost & Kind::CaSin.bit() != 0, "{v:?}");
}
