//! Layout rules: the addressee under a billing label, case-file parties, credits blocks, signature
//! delimiters, plural labels, transcripts in capitals, chat display names, IRC nicknames and the
//! fields of YAML and bulleted lists, and job titles as labels.

use super::*;

#[test]
fn the_addressee_line_under_a_bill_to_label_is_a_person() {
    let text = "Bill to:\nJoel Kowalski\nAcme Traders\n12 Oak Street Apt. 4, Springfield, IL 62704\n";
    assert!(has(text, "PERSON", "Joel Kowalski"), "{:?}", found(text));
    // Negative: a place on the line under the label stays the place, and one word is no addressee.
    let text = "Bill to:\nLeeds\n12 Oak Street\n";
    assert!(!found(text).iter().any(|(t, _)| *t == "PERSON"), "{:?}", found(text));
}

#[test]
fn case_file_parties_are_labels() {
    assert!(has("Complainant: Dmitri Sokolov\nDate: 3 May 2024", "PERSON", "Dmitri Sokolov"));
    // Negative: a party label with a common word after it names nobody.
    assert!(!found("Complainant: unknown\n").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn a_found_persons_word_is_that_person_where_the_gazetteer_guessed_a_town() {
    let f = found("Name: Dmitri Sokolov\n\nThe office called Sokolov.");
    assert_eq!(f.iter().filter(|(t, v)| *t == "PERSON" && v == "Sokolov").count(), 1, "{f:?}");
    assert!(!f.iter().any(|(t, _)| *t == "LOCATION"), "{f:?}");
    // Negative: a town that is no found person's word stays a place.
    let f = found("Name: Dmitri Sokolov\n\nHe moved to Leeds in May.");
    assert!(f.iter().any(|(t, v)| *t == "LOCATION" && v == "Leeds"), "{f:?}");
}

#[test]
fn bare_name_lines_in_a_credits_block_are_people() {
    let text = "CREDITS\n\nDESIGN AND CODE\nDMITRI SOKOLOV\n\nOFFICE TEAM\nNgozi Okonkwo\n";
    assert!(has(text, "PERSON", "DMITRI SOKOLOV"), "{:?}", found(text));
    assert!(has(text, "PERSON", "Ngozi Okonkwo"), "{:?}", found(text));
    assert!(!found(text).iter().any(|(_, v)| v.contains("DESIGN") || v.contains("TEAM")), "{:?}", found(text));
    // Negative: without a credits heading, a line of capitals is a heading, not a name.
    assert!(!found("REVIEW ORDER\nPlease review.\n").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn a_signature_delimiter_line_names_its_writer() {
    let text = "Please help.\n\n-- Ngozi (support): I have reset your session.";
    assert!(has(text, "PERSON", "Ngozi"), "{:?}", found(text));
    // Negative: a common word after the delimiter is a note, not a name.
    assert!(!found("-- Review: see below\n").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn a_name_alone_after_a_dash_at_the_end_of_a_line_signs_it() {
    assert!(has("Thanks for fixing the build! — Ngozi\n", "PERSON", "Ngozi"));
    assert!(has("2. Q3 roadmap — Dmitri Sokolov\n3. Pricing\n", "PERSON", "Dmitri Sokolov"));
    // Negatives: common words after the dash (a heading's subtitle), a name that does not end
    // the line, and a date.
    for text in ["Episode 42 — Customer Service\n", "Panel — Ngozi venue tour\n", "Council — May 2024\n"] {
        assert!(!found(text).iter().any(|(t, _)| *t == "PERSON"), "{text}: {:?}", found(text));
    }
}

#[test]
fn a_person_label_holding_an_organisation_gives_an_organisation() {
    let f = found("Issued by: Goodwin Partners\nDate: 3 May 2024");
    assert!(f.iter().any(|(t, v)| *t == "ORGANIZATION" && v == "Goodwin Partners"), "{f:?}");
    // Negative: a person under the same label stays a person.
    assert!(has("Issued by: Joel Goodwin\nDate: 3 May 2024", "PERSON", "Joel Goodwin"));
}

#[test]
fn a_plural_person_label_lists_people() {
    let f = found("Attendees: Joel Goodwin, Maria Garcia and Dmitri Kowalski\n");
    for name in ["Joel Goodwin", "Maria Garcia", "Dmitri Kowalski"] {
        assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == name), "{name}: {f:?}");
    }
    // Negative: the list ends at the first item that is no name.
    let f = found("Participants: Joel Goodwin, the office team and Maria Garcia\n");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v.contains("office")), "{f:?}");
}

#[test]
fn a_nationality_field_holds_a_place() {
    assert!(has("{\"nationality\": \"Tanzania\"}", "LOCATION", "Tanzania"));
    // Negative: a nationality written as a code is no written place.
    assert!(!found("{\"nationality\": \"GB\"}").iter().any(|(t, _)| *t == "LOCATION"));
}

#[test]
fn a_weak_full_name_spreads_to_its_later_mentions_and_possessives() {
    let f = found("I have known Dmitri Okonkwo for years. Okonkwo's work was careful and Okonkwo is liked.");
    assert!(f.iter().filter(|(t, v)| *t == "PERSON" && v.starts_with("Okonkwo")).count() >= 2, "{f:?}");
    // Negative: a pair of common words is no full name and does not spread.
    let f = found("Please Review Order today. Review the order again.");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v == "Review"), "{f:?}");
}

#[test]
fn a_possessive_before_an_identifier_names_its_holder() {
    let f = found("Ngozi's social security number is on file; Mr Kowalski's new phone number too.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Ngozi"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Kowalski"), "{f:?}");
    // Negative: a common word owns things too (`the Customer's address`).
    let f = found("The Customer's address and the Office's phone number changed.");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn irc_nicknames_in_angle_brackets_are_speakers() {
    let f = found("<dmitri> did the deploy finish?\n<ngozi> yes it is done\n");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "dmitri"), "{f:?}");
    // After a time stamp, with an operator mark, and user names joined by `_` and `.`.
    let f = found("[2026-02-11 09:14] <kwame_a> morning! anyone seen the alert?\n[2026-02-11 09:15] <@sofiya.k> yeah, on it\n");
    for nick in ["kwame_a", "sofiya.k"] {
        assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == nick), "{nick}: {f:?}");
    }
    // A nick addressed in a message is the same person; other snake_case words stay code.
    let f = found("[09:14] <kwame_a> anyone seen the logs?\n[09:15] <ngozi> kwame_a: check max_retries first\n");
    assert_eq!(f.iter().filter(|(t, v)| *t == "PERSON" && v == "kwame_a").count(), 2, "{f:?}");
    assert!(!f.iter().any(|(_, v)| v.contains("max")), "{f:?}");
    // Generics in the same brackets are no nicks.
    let f = found("<T> is the value type\n<K> is the key type\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // Negative: markup is no chat log.
    let f = found("<dmitri> did the deploy finish?\n<ngozi> yes it is done </ngozi>\n");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v == "dmitri"), "{f:?}");
}

#[test]
fn a_display_name_line_may_bracket_its_time() {
    let f = found("Dmitri Okonkwo [10:02 AM]\nthe deploy is done\n");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Dmitri Okonkwo"), "{f:?}");
    // Negative: a heading with a bracketed time is no speaker.
    let f = found("Order Review [10:02 AM]\nthe deploy is done\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_greeting_to_two_people_names_both() {
    let f = found("Dear Joel and Maria,\n\nthanks for the review.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Joel"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Maria"), "{f:?}");
    // A second name the lists do not know, judged like the first.
    assert!(has("Dear Joel and Okonkwo,\n\nthanks.", "PERSON", "Okonkwo"));
    // Negative: the list stops at a word that is no name.
    assert!(!found("Hi Joel and welcome back.").iter().any(|(_, v)| v.contains("welcome")));
    let f = found("Hi Joel, Please review the order.");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v == "Please"), "{f:?}");
}

#[test]
fn speakers_in_capitals_make_a_transcript() {
    let f = found("DMITRI: Good morning, can you hear me?\nOKONKWO: Yes, we can hear you.\n");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "DMITRI"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "OKONKWO"), "{f:?}");
    // Negative: notes and warnings in capitals are common words, not speakers.
    let f = found("NOTE: the office is closed today.\nREVIEW: please review the order.\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // Negative: a contract's parties in capitals, each introduced by a name and a comma, are labels.
    let f = found("LOCADOR: Dmitri Okonkwo Sokolov, brasileiro, casado.\nLOCATARIA: Chidi Okonkwo, solteira, maior.\n");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v.starts_with("LOCA")), "{f:?}");
}

#[test]
fn two_word_speakers_in_capitals_make_a_transcript() {
    let text = "DMITRI SOKOLOV: Thanks for coming in today.\nCHIDI OKONKWO: Glad to be here.\nDMITRI SOKOLOV: Tell us about it.\n";
    let f = found(text);
    assert_eq!(f.iter().filter(|(t, v)| *t == "PERSON" && v == "DMITRI SOKOLOV").count(), 2, "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "CHIDI OKONKWO"), "{f:?}");
    // Negative: headings in capitals made of common words are no speakers, however many.
    let f = found("CUSTOMER SERVICE: the office is closed today.\nACCESS RESET: please review the order.\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn an_addressee_may_end_in_a_towns_name() {
    let text = "Bill to:\nJoel Leeds\nAcme Traders\n12 Oak Street\n";
    assert!(has(text, "PERSON", "Joel Leeds"), "{:?}", found(text));
    // Negative: a line that starts with a place is the place.
    let text = "Bill to:\nLeeds Office\n12 Oak Street\n";
    assert!(!found(text).iter().any(|(t, _)| *t == "PERSON"), "{:?}", found(text));
}

#[test]
fn a_found_name_in_lower_case_is_found_outside_chat_too() {
    let f = found("Name: Dmitri Okonkwo\n\nLater that day okonkwo called the office.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "okonkwo"), "{f:?}");
    // Negative: a found name that is an English word stays a word in lower case.
    let f = found("Name: Will Long\n\nThe visit will take long.");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && (v == "will" || v == "long")), "{f:?}");
}

#[test]
fn a_credits_block_ends_at_the_first_paragraph() {
    let text = "AUTHORS\nDMITRI OKONKWO\n\nThe office will review the order and we will deploy it when it is done.\n\nZSTD BUILD\n";
    let f = found(text);
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "DMITRI OKONKWO"), "{f:?}");
    // Negative: a line of capitals after the paragraph is a heading outside the block.
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v == "ZSTD BUILD"), "{f:?}");
}

#[test]
fn comment_lines_are_no_signatures() {
    let f = found("-- Okonkwo: first table\n-- Dmitri: second table\n-- Kowalski: third table\n");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v == "Okonkwo"), "{f:?}");
}

#[test]
fn a_rare_census_name_beside_a_town_is_a_person() {
    let text = "I have known Natalya Sokolov for six years.";
    assert!(has(text, "PERSON", "Natalya Sokolov"), "{:?}", found(text));
    // Negative: a common word borne by a few people is no name beside a town.
    let text = "Visit Winter Sokolov in May.";
    assert!(!found(text).iter().any(|(t, v)| *t == "PERSON" && v.contains("Winter")), "{:?}", found(text));
}

#[test]
fn a_credit_phrase_may_end_in_a_colon() {
    let f = found("Thanks to: Dmitri Okonkwo, Natalya Sokolov and Joel Goodwin");
    for name in ["Dmitri Okonkwo", "Natalya Sokolov", "Joel Goodwin"] {
        assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == name), "{name}: {f:?}");
    }
    // In capitals, `AND` joins two names and is in neither.
    let f = found("THANKS TO: DMITRI OKONKWO, NATALYA SOKOLOV AND JOEL GOODWIN");
    for name in ["DMITRI OKONKWO", "NATALYA SOKOLOV", "JOEL GOODWIN"] {
        assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == name), "{name}: {f:?}");
    }
    // Negative: the colon does not make a common phrase a name.
    let f = found("Thanks to: the office team");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_possessive_ending_is_cut_from_a_name_and_nothing_else_is() {
    fn cut(s: &str) -> &str {
        &s[..crate::without_possessive(s, 0, s.len())]
    }
    assert_eq!(cut("Kate's"), "Kate");
    assert_eq!(cut("Maria Lopez’s"), "Maria Lopez");
    assert_eq!(cut("GOODWIN'S"), "GOODWIN");
    // Negative: a name that ends in s, and an ending with nothing before it.
    assert_eq!(cut("James"), "James");
    assert_eq!(cut("'s"), "'s");
}

#[test]
fn the_travel_name_form_is_a_person_before_its_title() {
    let text = " KOWALSKI/DMITRI MR  SEAT 23B\n OKONKWO-SOKOLOV/CHIDI ANNA MRS  SEAT 4C\n";
    let f = found(text);
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "KOWALSKI/DMITRI"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "OKONKWO-SOKOLOV/CHIDI ANNA"), "{f:?}");
    // Negative: without a title the shape is an abbreviation pair, and a path is no name.
    let f = found("Check the AND/OR GATE wiring and TCP/IP settings.\nSee /usr/SHARE/DOC MR notes.\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // Alone on its line, without a title, or a single name with its title after it.
    let f = found("BOARDING PASS\nKOWALSKI/ZENTRIXA\nFROM LEEDS\n\nBOARDING PASS\nOKONKWO MRS\n");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "KOWALSKI/ZENTRIXA"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "OKONKWO"), "{f:?}");
    // Negative: abbreviation pairs and common words alone on their line are no names.
    let f = found("NOTES\nTCP/IP\nINPUT/OUTPUT\nCUSTOMER/SERVICE\nCUSTOMER MR\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_family_name_in_capitals_before_a_comma_opens_a_person() {
    let text = "Bed 2: ZAMORA-CERVANTES, Xóchitl, 24y. Awaiting MRI.\nKOWALSKI, Dmitri (day 3)\n";
    let f = found(text);
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "ZAMORA-CERVANTES, Xóchitl"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "KOWALSKI, Dmitri"), "{f:?}");
    // A court list's second party after `v`.
    let f = found(
        "10:30  Bellweather Ltd v KOWALSKI, Dmitri  Hearing
",
    );
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "KOWALSKI, Dmitri"), "{f:?}");
    // Negative: a common word or a heading in capitals, and a place after the comma, are no name.
    let f = found("Status: CLOSED, Paid yesterday.\nNOTE, Customer Service\nCUSTOMER, Leeds\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // A party's role after the comma is no given name.
    let f = found("KOWALSKA, Petitioner\n");
    assert!(!f.iter().any(|(_, v)| v.contains("Petitioner")), "{f:?}");
    // Two words in capitals before the role are the party's whole name.
    let f = found("MARIA KOWALSKA, Petitioner\nv.\nDMITRI PETROV, Respondent\n");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "MARIA KOWALSKA"), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "DMITRI PETROV"), "{f:?}");
}

#[test]
fn a_participle_and_by_label_names_who_did_it() {
    // Both words are also towns: only the label says person.
    assert!(
        has("Interview conducted by: Ngozi Sokolov\n", "PERSON", "Ngozi Sokolov"),
        "{:?}",
        found("Interview conducted by: Ngozi Sokolov\n")
    );
    assert!(has("Witnessed by: Salvador García\n", "PERSON", "Salvador García"), "{:?}", found("Witnessed by: Salvador García\n"));
    // Negative: `by` after a word that is no participle is no such label, and the weak label
    // still wants a name after it.
    assert!(!found("Stand by: Customer Service\n").iter().any(|(t, _)| *t == "PERSON"));
    assert!(!found("Sorted by: closed\n").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn a_comma_and_space_inside_a_tight_csv_row_is_part_of_a_cell() {
    let text = "given_name,family_name,office,start_date\nAnna,Kowalski,Leeds,March 3, 2021\nJoel,Okonkwo,Leeds,2021-03-04\n";
    let f = found(text);
    for v in ["Anna", "Kowalski", "Joel", "Okonkwo"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == v), "{v}: {f:?}");
    }
    // Negative: in a table written with spaces after its commas, the extra cell is not joined,
    // and the row that does not fit stays outside the table.
    let text = "given_name, family_name, office\nclosed, paid, Leeds, yesterday\n";
    let f = found(text);
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_town_guessed_beside_a_person_is_part_of_the_name() {
    let f = found("I saw a man I now know to be Ngozi Kowalski outside the shop.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Ngozi Kowalski"), "{f:?}");
    let f = found("Bed 3: MARIA SOKOLOV, 74y. Post-op day 2.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "MARIA SOKOLOV"), "{f:?}");
    // Negative: a word before the town that is no given name leaves it a town, and punctuation
    // keeps a person and a town apart.
    let f = found("Bed 3: THE SOKOLOV WARD, 74y.");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v.contains("SOKOLOV")), "{f:?}");
    let f = found("Joel Kowalski, Leeds\n");
    assert!(f.iter().any(|(t, v)| *t == "LOCATION" && v == "Leeds"), "{f:?}");
}

#[test]
fn school_and_minutes_labels_name_people() {
    let f = found("Pupil: Ngozi Sokolov    Form: 8C\n");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Ngozi Sokolov"), "{f:?}");
    let f = found("Present: Cllr Joel Kowalski (Chair), Cllr Anna Hayes\nApologies: Samuel Goodwin\n");
    for v in ["Joel Kowalski", "Anna Hayes", "Samuel Goodwin"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == v), "{v}: {f:?}");
    }
    let f = found("Aanwezig: Joel Kowalski, Anna de Jong\nAnwesend: Samuel Goodwin\n");
    for v in ["Joel Kowalski", "Anna de Jong", "Samuel Goodwin"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == v), "{v}: {f:?}");
    }
    // Negative: the labels still want a name after them.
    let f = found("Present: yes\nAbsent: none\nChair: closed\nAanwezig: ja\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_known_label_then_a_column_gap_is_a_field() {
    let f = found("Surname\tOKONKWO-HAYES\nLast name    Kowalczyk\nclaimant = DMITRI, Anna\n");
    for v in ["OKONKWO-HAYES", "Kowalczyk", "DMITRI, Anna"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == v), "{v}: {f:?}");
    }
    // Negative: a header row of a table names no one, and a line that opens with no known label
    // is no field.
    let f = found("Name\tDepartment\tPhone\nPaid\tSokolov\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn who_served_sold_or_signed_is_a_person() {
    let f = found("Cashier: Kowalczyk\nSigned for by: Dmitri Okonkwo\nServer: Anna Hayes\n");
    for v in ["Kowalczyk", "Dmitri Okonkwo", "Anna Hayes"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == v), "{v}: {f:?}");
    }
    // Negative: a label that also names machines wants a name after it.
    let f = found("Server: db01 closed\nUser: closed\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_markdown_table_and_a_cell_after_a_number_hold_people() {
    let text = "| Surname, Forename | Dept | Ext |\n|---|---|---|\n| Kowalczyk, Anna | Legal | 9797 |\n| Sokolov, Dmitri | Ops | 5782 |\n";
    let f = found(text);
    for v in ["Kowalczyk, Anna", "Sokolov, Dmitri"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == v), "{v}: {f:?}");
    }
    let f = found("MMR 1\t24 March 2016\tJ. Kowalczyk\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "J. Kowalczyk"), "{f:?}");
    // Negative: a cell written as code is an identifier, and a column definition in fenced code
    // is no form field.
    let f = found("| Name | Access |\n|---|---|\n| `hayes` | reset |\n\n```\nname    HAYES GOODWIN\n```\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // Negative: a house number before a street name in running text is still an address's.
    let f = found("She lives at 12 Hayes Path now.\n");
    assert!(!f.iter().any(|(t, x)| *t == "PERSON" && x.contains("Hayes")), "{f:?}");
}

#[test]
fn a_line_that_is_only_a_name_in_capitals_is_a_person() {
    let f = found("IN LOVING MEMORY\nJOEL KOWALCZYK\n1941 - 2026\n\nDILRUKSHI DISSANAYAKE\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "JOEL KOWALCZYK"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "DILRUKSHI DISSANAYAKE"), "{f:?}");
    // Two names in columns (a wedding announcement's families), and a title before the name.
    let f = found("ANNA KOWALSKI                MARK SMITH\nannounce the wedding\n\nDR SAMUEL GOODWIN\n");
    for name in ["ANNA KOWALSKI", "MARK SMITH", "SAMUEL GOODWIN"] {
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == name), "{name}: {f:?}");
    }
    // Negative: columns of common words are a table's heading.
    let f = found("CUSTOMER SERVICE         OPEN ACCESS\nINPUT OUTPUT\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    let f = found("OSTAP KOVALCHUK-SHEVCHUK\n1934 - 2026\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "OSTAP KOVALCHUK-SHEVCHUK"), "{f:?}");
    // A particle inside the name is judged with the names around it.
    let f = found("EMPLOYEE OF THE MONTH\nANNA VAN DER KOWALCZYK\nFor outstanding service.\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "ANNA VAN DER KOWALCZYK"), "{f:?}");
    // Negative: a particle between common words is still a heading.
    let f = found("CENTRE DE LA VILLE\nZENTRIXA DE OLUMBRE\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // Negative: headings of common words, a place and a firm in capitals are no names.
    let f =
        found("CUSTOMER SERVICE\nSALT LAKE CITY\nKOWALCZYK LIMITED\nACCESS RESET\nCUSTOMER-SERVICE DESK\n\nFICHE D'EMBAUCHE\n\nNom : X\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_line_of_name_shaped_words_above_a_street_address_is_a_person() {
    for (text, name) in [
        ("CURRÍCULUM VITAE\n\nZORVANNE ELQUIST VENTAROS\nCalle Hornos Caleros 12, 28001 Madrid\n", "ZORVANNE ELQUIST VENTAROS"),
        ("Zorvanne Quilletière\n12 rue de la Paix, 75002 Paris\n", "Zorvanne Quilletière"),
        ("Familie Quilletière\nKeizersgracht 123, 1015 CJ Amsterdam\n", "Quilletière"),
    ] {
        let f = found(text);
        assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == name), "{name}: {f:?}");
    }
    // Negative: a firm's head, common words or a sentence above the address are no person.
    for text in [
        "Farmacia Zentrixa\nCalle Hornos Caleros 12, 28001 Madrid\n",
        "CUSTOMER SERVICE\n12 rue de la Paix, 75002 Paris\n",
        "Open Access Customer Service\n12 rue de la Paix, 75002 Paris\n",
    ] {
        let f = found(text);
        assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{text}: {f:?}");
    }
}

#[test]
fn a_title_case_line_that_stands_apart_and_is_only_a_name_is_a_person() {
    let f = found("This is to certify that\n\nDilrukshi Dissanayake\n\nhas completed First Aid at Work.\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi Dissanayake"), "{f:?}");
    // Negatives: the same line inside a paragraph (no blank line around it), and headings of
    // common words or a place standing apart, are no names.
    let f = found("The holder is\nDilrukshi Dissanayake\nwho completed the course.\n");
    assert!(!f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi Dissanayake"), "{f:?}");
    let f = found("Intro.\n\nCustomer Service\n\nSalt Lake City\n\nAccess Reset\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn the_last_line_of_a_letter_under_its_last_sentence_is_the_signer() {
    let f = found("Dear Sir,\nplease accept my resignation from 1 April.\nThank you for your trust.\nDilrukshi Dissanayake");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi Dissanayake"), "{f:?}");
    // Negatives: the same line with text after it, or under a line that ends no sentence.
    let f = found("Thank you for your trust.\nDilrukshi Dissanayake\nwill reply soon.");
    assert!(!f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi Dissanayake"), "{f:?}");
    let f = found("Our office moved to\nDilrukshi Dissanayake");
    assert!(!f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi Dissanayake"), "{f:?}");
}

#[test]
fn a_name_the_address_beside_it_spells_is_a_person() {
    let f = found(
        "<tr><td>Zentrixa Okonkwo</td><td>Logistics</td><td>okonkwo.z@example.com</td></tr>\nMedia contact: Dilrukshi, dilrukshi.d@example.org\n",
    );
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Zentrixa Okonkwo"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi"), "{f:?}");
    // A word of the name that is also a common word joins when the address spells it too, and a
    // middle initial stays inside.
    let f =
        found("Submitted by Will Okonkwo (will_okonkwo64@example.com)\nsent to anna.kowalczyk@example.net (name=\"Anna M. Kowalczyk\")\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Will Okonkwo"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Anna M. Kowalczyk"), "{f:?}");
    // Negative: a word the address does not spell, a common word it does, and a short word are
    // left to the other rules.
    let f = found("Support Access: access.desk@example.com\nLogistics team: ops@example.com\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn one_name_no_list_knows_fills_a_weak_label() {
    let f = found("Driver: Rashidi  Route 33\nServer: Zentrixa\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Rashidi"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Zentrixa"), "{f:?}");
    // Negative: a word with more after it, a place, or a lower-case word is not taken.
    let f = found("Driver: Rashidi update pending\nServer: Leeds\nServer: zentrixa\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
    // A word that is also a family name, with a sentence going on after it (`Subject:` of a mail).
    let f = found("Subject: Green light for the launch\n\nHi team,\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_word_coordinated_with_a_person_is_a_person() {
    let f = found("Lovely stay! Joel Kowalczyk & Zentrixa from Leeds\nOOO: Anna Hayes (holiday), Dilrukshi (training)\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Zentrixa"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi"), "{f:?}");
    // `or` joins too, and a common word may open the sentence before the pair.
    let f = found("Ask Zentrixa or Anna Hayes for the keys.\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Zentrixa"), "{f:?}");
    // Negative: a common word, a place or an organisation's word after the joiner is not taken.
    let f = found("Thanks to Joel Kowalczyk and Customer Service.\nJoel Kowalczyk and Leeds Council met.\n");
    assert!(!f.iter().any(|(t, x)| *t == "PERSON" && (x == "Customer" || x == "Leeds")), "{f:?}");
    // Nor a party's role after the name.
    let f = found(
        "Then Joel Kowalczyk, Petitioner, spoke.
",
    );
    assert!(!f.iter().any(|(t, x)| *t == "PERSON" && x == "Petitioner"), "{f:?}");
}

#[test]
fn the_addressee_at_a_sentences_end_is_a_person() {
    let f = found("Thanks for riding, Zentrixa\nSee you on the ride back, Dilrukshi!\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Zentrixa"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dilrukshi"), "{f:?}");
    // Negative: a town, a firm's suffix and a common word after the comma are no addressees.
    let f = found(
        "We have offices in town, Leeds.\nthe invoice was paid by Acme, Inc.\nit was closed, Thanks\nthe specification of the basic rules for the encoding, Zentrixa\naccess was reset and closed\n",
    );
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn an_addressee_label_holding_only_a_name_names_a_person() {
    let f = found("BILL TO: Joel Kowalczyk\nDeliver to: Kowalczyk, Anna\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Joel Kowalczyk"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Kowalczyk, Anna"), "{f:?}");
    // Negative: a reply under a firm's label that opens with a greeting is a message to a person.
    let f = found("Reply from the company:\nHello, Anna! We are sorry for the delay.\n");
    assert!(!f.iter().any(|(t, _)| *t == "ORGANIZATION"), "{f:?}");
    // Negative: a town after the comma is where the person is, not a given name.
    let f = found("Physician: Dr Joel Kowalczyk, Leeds\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Joel Kowalczyk"), "{f:?}");
    // A title opening the value says person, whatever the lists know of the names.
    let f = found("Deliver to: Mrs Zentrixa Oduya\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x.ends_with("Zentrixa Oduya")), "{f:?}");
    // Negative: an address after the label stays an address.
    let f = found("Ship to: 12 Oak Street, Leeds\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_sentence_after_a_place_label_is_no_place() {
    let f = found("News from the Leeds office: Anna is back from leave on Monday and the kitchen is open\n");
    assert!(!f.iter().any(|(t, x)| *t == "LOCATION" && x.contains("back from leave")), "{f:?}");
    // Negative: an address with its particles stays one place.
    let f = found("Office: 12 rue de la Paix, Paris\n");
    assert!(f.iter().any(|(t, x)| *t == "LOCATION" && x.starts_with("12 rue de la Paix")), "{f:?}");
}

#[test]
fn a_name_before_an_age_is_a_person() {
    let f = found("Bed 1: Sokolov, Dmitri, 51y. Post-op day 2.\nBed 2: NGOZI OKONKWO, 26 y/o, obs stable.\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Sokolov, Dmitri"), "{f:?}");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "NGOZI OKONKWO"), "{f:?}");
    // Negatives: common words before an age, and a count that is no age (`51M downloads`).
    let f = found("Customer Service, 12 years running.\nRelease: Zentrixa, 51M downloads.\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_label_after_a_full_stop_in_capitals_opens_a_field() {
    let f = found("Obs stable. NOK: Dmitri Sokolov 0123 456 789. Slept well.\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dmitri Sokolov"), "{f:?}");
    // Negative: the label opens a field, but a value of common words names nobody.
    let f = found("Obs stable. NOK: none recorded yet.\n");
    assert!(!f.iter().any(|(t, _)| *t == "PERSON"), "{f:?}");
}

#[test]
fn a_labels_qualifier_in_brackets_does_not_hide_the_label() {
    use crate::structure::{KeyClass, classify_key};
    assert!(matches!(classify_key("Received by (print)"), Some(KeyClass::Person { .. })));
    assert!(matches!(classify_key("Name (block capitals)"), Some(KeyClass::Person { .. })));
    assert!(matches!(classify_key("Forename(s)"), Some(KeyClass::Person { .. })));
    assert!(matches!(classify_key("oncall_backup"), Some(KeyClass::Person { .. })));
    // Assignment labels of the six other languages, and their operators.
    for label in ["Assegnato a", "Asignado a", "Toegewezen aan", "operatore", "Person injured", "Handing over", "Receiving", "Taking over"]
    {
        assert!(matches!(classify_key(label), Some(KeyClass::Person { .. })), "{label}");
    }
    assert_eq!(classify_key("Assegnato"), None);
    assert!(has("Received by (print): Dmitri Sokolov\nDriver: x\n", "PERSON", "Dmitri Sokolov"));
    assert!(has("Handing over: Glaiza   Receiving: Chaiwat\n\nBay A\n", "PERSON", "Chaiwat"));
    // Negative: a receiving field of a goods-in form holds no person.
    assert!(!found("Receiving: 12 pallets\n").iter().any(|(t, _)| *t == "PERSON"));
    // Negatives: a label no list knows stays unknown with its qualifier gone, and brackets alone
    // are no label.
    assert_eq!(classify_key("Total (print)"), None);
    assert_eq!(classify_key("(print)"), None);
}

#[test]
fn a_plural_mark_inside_a_label_is_dropped_like_one_at_its_end() {
    use crate::structure::{KeyClass, classify_key};
    assert!(matches!(classify_key("Nome(s) próprio(s)"), Some(KeyClass::Person { weak: false })));
    assert!(matches!(classify_key("Apelido(s)"), Some(KeyClass::Person { weak: false })));
    // Negative: a label no list knows stays unknown without its plural marks.
    assert_eq!(classify_key("Quarto(s) reservado(s)"), None);
}

#[test]
fn a_german_plural_in_n_is_the_label_of_its_singular() {
    use crate::structure::{KeyClass, classify_key};
    assert!(matches!(classify_key("Vornamen"), Some(KeyClass::Person { .. })));
    assert!(matches!(classify_key("Nachnamen"), Some(KeyClass::Person { .. })));
    // Negative: a word in `-en` that is no plural of a label.
    assert_eq!(classify_key("Bemerkungen"), None);
}

#[test]
fn a_label_in_both_genders_is_the_label_of_either() {
    use crate::structure::{KeyClass, classify_key};
    assert!(matches!(classify_key("Trabajador/a"), Some(KeyClass::Person { .. })));
    assert!(matches!(classify_key("Schüler/in"), Some(KeyClass::Person { .. })));
    // Negative: a path or a unit is no label, and a label no list knows stays unknown.
    assert_eq!(classify_key("km/h"), None);
    assert_eq!(classify_key("Brutto/Netto"), None);
}

#[test]
fn a_name_then_a_job_title_after_a_comma_is_a_signer() {
    let f = found("has completed First Aid at Work\non 3 May 2024\n\nDmitri Sokolov, Lead Trainer\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Dmitri Sokolov"), "{f:?}");
    // A given name that is also a place or a word, before a family name no list knows.
    let f = found("\nCarolina Loureiro, Lead Trainer\n");
    assert!(f.iter().any(|(t, x)| *t == "PERSON" && x == "Carolina Loureiro"), "{f:?}");
    // Negatives: a firm before the comma, and common words before a job title (also after a given
    // name that is a word: `Will Power`).
    for (text, before) in [
        ("Kowalski GmbH, Lead Trainer\n", "Kowalski"),
        ("Customer Service, Account Manager\n", "Customer"),
        ("Will Power, Account Manager\n", "Will"),
    ] {
        assert!(!found(text).iter().any(|(t, x)| *t == "PERSON" && x.contains(before)), "{text}: {:?}", found(text));
    }
}

#[test]
fn labels_after_a_bullet_and_a_yaml_list_under_an_empty_label_are_fields() {
    let yaml = "attendees:\n  - name: Kiri Waititi\n    email: kiri.w@example.org\n  - name: Bogdan Ionescu\n";
    for name in ["Kiri Waititi", "Bogdan Ionescu"] {
        assert!(has(yaml, "PERSON", name), "{name}: {:?}", found(yaml));
    }
    assert!(has("- Owner: Dawit Bekele\n- Status: done\n", "PERSON", "Dawit Bekele"));
    // Negative: a bulleted label whose value is no name.
    assert!(people("- Status: Done\n- Priority: High\n").is_empty(), "{:?}", people("- Status: Done\n- Priority: High\n"));
}

#[test]
fn a_job_title_labels_the_person_who_holds_it() {
    let chart = "ORG CHART - Finance\nCFO ............................ Gideon Asamoah\n  Head of Tax .................. Soo-ah Park\n";
    for name in ["Gideon Asamoah", "Soo-ah Park"] {
        assert!(has(chart, "PERSON", name), "{name}: {:?}", found(chart));
    }
    // Negative: a department's label, and a job title over no name.
    assert!(people("team: Tidewell A/S\n").is_empty(), "{:?}", people("team: Tidewell A/S\n"));
    assert!(people("Project Manager: TBD\n").is_empty(), "{:?}", people("Project Manager: TBD\n"));
}

#[test]
fn a_name_label_with_whose_name_it_is_labels_a_person() {
    use crate::structure::{KeyClass, classify_key};
    for label in ["Name des Täuflings", "Nome del battezzato", "Name of the deceased", "Nom de l'enfant", "Naam van het kind"] {
        assert!(matches!(classify_key(label), Some(KeyClass::Person { weak: true })), "{label}");
    }
    assert!(has("Name des Täuflings ............ Pöppelmann, Wulf\ngeboren ..... 3.4.2020\n", "PERSON", "Pöppelmann, Wulf"));
    // Negative: a firm's or a street's name, and a name label with nothing after the preposition.
    assert!(!matches!(classify_key("Name der Firma"), Some(KeyClass::Person { .. })));
    assert!(!matches!(classify_key("Name of the bank"), Some(KeyClass::Person { .. })));
    assert!(!matches!(classify_key("Nome della via"), Some(KeyClass::Person { .. })));
    assert!(!matches!(classify_key("Name of"), Some(KeyClass::Person { .. })));
}

#[test]
fn godparents_and_witnesses_of_a_register_are_people() {
    for (text, name) in
        [("Padrino:   Di Lauro Ibrahima\nMadrina:   —\n", "Di Lauro Ibrahima"), ("Taufpate: Wulf Pöppelmann\n", "Wulf Pöppelmann")]
    {
        assert!(has(text, "PERSON", name), "{text}");
    }
    // `Family, Given` before an apposition stays one name.
    assert!(has("Marraine : Grondin, Farida, tante de l'enfant\n", "PERSON", "Grondin, Farida"));
    // Negative: an empty godparent's field names nobody.
    assert!(!found("Madrina:   —\n").iter().any(|(t, _)| *t == "PERSON"));
}
