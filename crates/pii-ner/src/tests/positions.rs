//! Names that stand in structural positions, whatever the name (issue 13, items 1 and 3): each rule
//! with a name the test lexicon does not know, and a value in the same position that is no name.

use super::*;

#[test]
fn dotted_leader_and_table_bar_labels_give_a_person_context() {
    assert!(has("Applicant ......... Chukwuemeka Balogun\nReference ......... A-22931", "PERSON", "Chukwuemeka Balogun"));
    assert!(has("| Name | Wiśniewski Krzysztof |\n| Department | Finance |", "PERSON", "Wiśniewski Krzysztof"));
    // A leader after a label that holds no person, and a person label whose value is no name.
    assert!(people("Reference ......... Oduya Kestrel\nSponsor ........... N/A").is_empty());
    assert!(people("| Name | Email |\n|---|---|").is_empty());
    // A header row's next key and a form's checkbox are no values of a person's column.
    assert!(people("Name          Address          Phone\n").is_empty(), "{:?}", people("Name          Address          Phone\n"));
    assert!(people("Patient          [ ] Kurativ\n").is_empty(), "{:?}", people("Patient          [ ] Kurativ\n"));
    assert!(has("  Surname:       BANKS\n  Forename(s):   Rita\n", "PERSON", "BANKS"), "{:?}", people("  Surname:       BANKS\n"));
}

#[test]
fn labels_after_an_enumerator_give_a_person_context() {
    assert!(has("[1] Full legal name: Oluwaseun Olatunji\n[2] Nationality: Kenyan", "PERSON", "Oluwaseun Olatunji"));
    assert!(has("(b) Claimant: Temitope Adeyemi-Obi", "PERSON", "Temitope Adeyemi-Obi"));
    assert!(people("[1] Full legal name: N/A").is_empty());
    assert!(people("[2] Nationality: Kenyan").is_empty());
}

#[test]
fn subject_is_a_weak_person_label() {
    assert!(has("Subject: Venkatesh Raghunathan\nCase number: 88-2031", "PERSON", "Venkatesh Raghunathan"));
    assert!(people("Subject: Q3 budget\n\nPlease see attached.").is_empty());
    assert!(people("Subject: Invoice paid").is_empty());
}

#[test]
fn commit_trailers_are_person_labels() {
    let text = "    Signed-off-by: Tsegaye Bekele <t.bekele@example.org>\n    Co-authored-by: Ngozi Eze <n@example.org>";
    assert!(has(text, "PERSON", "Tsegaye Bekele"));
    assert!(has(text, "PERSON", "Ngozi Eze"));
    assert!(people("    Signed-off-by: TBD").is_empty());
}

#[test]
fn speaker_columns_after_dates_and_arrows_are_people() {
    let wa = "12/03/24, 10:42 - Ayşe Yılmaz: running late\n12/03/24, 10:44 - Obinna: no worries";
    assert!(has(wa, "PERSON", "Ayşe Yılmaz"));
    assert!(has(wa, "PERSON", "Obinna"));
    let arrows = "wanjiru > are we still on for 3pm?\notieno > yes, room 4";
    assert!(has(arrows, "PERSON", "wanjiru"));
    assert!(has(arrows, "PERSON", "otieno"));
    // A bulleted list of turns (standup notes).
    let standup = "* Radu: blocked on the migration\n* Keanu: will review after lunch\n* Chidi: on leave until Weds\n";
    for name in ["Radu", "Keanu", "Chidi"] {
        assert!(has(standup, "PERSON", name), "{name}: {:?}", people(standup));
    }
    assert!(people("* Open: three tickets left\n* Files: uploaded to the share\n").is_empty());
    assert!(people("- combinators: functions that take parsers\n- macros: these are generally older\n").is_empty());
    // A menu path and a lone note are no speaker column.
    assert!(people("Open Settings > Access to reset it.").is_empty());
    assert!(people("12/03/24, 10:42 - Note: the deploy is done").is_empty());
    // An export that spells its month out, in its own language.
    let spelled = "24 novembre 2023, 18:02 - Zorvanne Quillet: je serai là vers 10h\n\
                   27 de octubre de 2023, 9:52 - Ayşe Yılmaz: vale, nos vemos allí\n";
    assert!(has(spelled, "PERSON", "Zorvanne Quillet"), "{:?}", people(spelled));
    assert!(has(spelled, "PERSON", "Ayşe Yılmaz"), "{:?}", people(spelled));
    // A contact saved with a kin word speaks by the name after it.
    let kin = "12/03/24, 18:47 - Tante Swantje: ich hab ihn gefunden\n12/03/24, 18:49 - Ansgar: super danke\n";
    assert!(has(kin, "PERSON", "Swantje"), "{:?}", people(kin));
    assert!(!people(kin).iter().any(|p| p.contains("Tante")), "{:?}", people(kin));
    // A speaker's particles are no words of the name: four tokens, three words.
    let particles = "15 avril 2024 18:09 - Aziliz Vasilescu: je m'occupe de la salle\n\
                     15 avril 2024 18:10 - Barthélemy de La Rochefoucauld: et moi de la musique\n";
    assert!(has(particles, "PERSON", "Barthélemy de La Rochefoucauld"), "{:?}", people(particles));
    // … also where the lists know neither word and the turn is the only one with particles.
    let unknown = "15 avril 2024 18:09 - Aziliz Vasilescu: je m'occupe de la salle\n\
                   15 avril 2024 18:10 - Zorvanne de La Quilletière: et moi de la musique\n\
                   15 avril 2024 18:11 - Aziliz Vasilescu: parfait\n";
    assert!(has(unknown, "PERSON", "Zorvanne de La Quilletière"), "{:?}", people(unknown));
    // Negative: a label whose lower-case words are no particles stays a label.
    assert!(people("15 avril 2024 18:10 - Compte rendu de La Réunion: voir pièce jointe\n").is_empty());
    // Negative: a word between numbers that is no month opens no turn.
    assert!(people("24 tickets 2023, 18:02 - Note: the deploy is done").is_empty());
}

#[test]
fn a_speaker_column_takes_capitalised_names_the_lists_do_not_know() {
    let text = "Dariush: can you check the logs\nParisa: on it\nDariush: thanks";
    assert!(has(text, "PERSON", "Dariush"));
    assert!(has(text, "PERSON", "Parisa"));
    // One `Word:` line is a label, not a speaker column.
    assert!(people("Kubernetes: deploy is done").is_empty());
}

#[test]
fn a_lower_case_speaker_that_is_a_word_is_a_name_when_written_capitalised() {
    let chat = "[08:10] Maria: who takes the shirts?\n[08:11] will: i did it last time\n[08:12] Maria: ok, Will can rest then\n";
    assert!(has(chat, "PERSON", "will"), "{:?}", people(chat));
    // Negative: the same word never written capitalised inside a sentence stays a word.
    let chat = "[08:10] Maria: who takes the shirts?\n[08:11] will: i did it last time\n[08:12] Maria: ok then\n";
    assert!(!has(chat, "PERSON", "will"), "{:?}", people(chat));
}

#[test]
fn run_in_headings_each_said_once_are_no_speaker_column() {
    let report = "Anamnese: Die Patientin stellte sich mit Fieber vor.\nVerlauf: Unter Therapie besserte sich der Zustand.\n";
    let found = people(report);
    assert!(!found.iter().any(|p| p == "Anamnese" || p == "Verlauf"), "{found:?}");
    // The same shape where the turns go on in lower case, or a speaker talks again.
    assert!(has("dariush: can you check the logs\nparisa: on it\n", "PERSON", "parisa"));
    let manual = "Détartrage : tous les trois mois, ou lorsque le voyant clignote.\nGarantie : deux ans à compter de la date d'achat.\n";
    assert!(people(manual).is_empty(), "{:?}", people(manual));
    assert!(has("Dariush: Can you check the logs?\nParisa: On it.\nDariush: Thanks.\n", "PERSON", "Parisa"));
}

#[test]
fn display_name_lines_of_a_chat_export_are_people() {
    let text = "Haruto Fujimoto  11:47\nhas anyone seen the dashboard?\n\nAinoa Quispe  11:49 AM\nyes";
    assert!(has(text, "PERSON", "Haruto Fujimoto"));
    assert!(has(text, "PERSON", "Ainoa Quispe"));
    assert!(people("Follow up  11:47\nthe invoice is paid").is_empty());
}

#[test]
fn mailbox_display_names_are_people_anywhere() {
    assert!(has("Please loop in Bence Szabó <b.szabo@example.org> before Friday.", "PERSON", "Bence Szabó"));
    assert!(has("To: \"Odhiambo, Achieng\" <a.odhiambo@example.org>", "PERSON", "Odhiambo, Achieng"));
    assert!(people("Write to Customer Service <help@example.org> for access.").is_empty());
    assert!(people("See <docs@example.org> for details.").is_empty());
}

#[test]
fn credits_name_people() {
    let text = "- Fix crash on empty input (thanks to Rodel Macaraeg and Analyn Bautista)";
    assert!(has(text, "PERSON", "Rodel Macaraeg"));
    assert!(has(text, "PERSON", "Analyn Bautista"));
    assert!(has("Originally written by Kiprotich Chebet.", "PERSON", "Kiprotich Chebet"));
    assert!(people("Thanks to the team for the award.").is_empty());
    assert!(people("written by Hand").is_empty());
}

#[test]
fn copyright_holders_are_people_also_in_all_caps() {
    assert!(has("Copyright (c) 2019 Eero Korhonen\n\nPermission is hereby granted", "PERSON", "Eero Korhonen"));
    let caps = "COPYRIGHT 2020 DIMITRIOS ANTONOPOULOS. ALL RIGHTS RESERVED.";
    assert!(has(caps, "PERSON", "DIMITRIOS ANTONOPOULOS"));
    let two = " * (c) Zsófia Tóth and Réka Kovács";
    assert!(has(two, "PERSON", "Zsófia Tóth"));
    assert!(has(two, "PERSON", "Réka Kovács"));
    // Organisations and collectives hold copyrights too.
    assert!(people("Copyright 2018 Kestrel Analytics Inc.").is_empty());
    assert!(people("Copyright (c) 2019 The Garden Team").is_empty());
}

#[test]
fn items_under_an_authors_heading_are_people() {
    let text = "## Authors\n\n- Sanni Mäkinen\n- Arash Tehrani <a.tehrani@example.org>\n\n## License\n\n- Follow up";
    assert!(has(text, "PERSON", "Sanni Mäkinen"));
    assert!(has(text, "PERSON", "Arash Tehrani"));
    assert!(people("## Features\n\n- Kestrel Mode\n- Garden View").is_empty());
    // A meeting's guests, one per line without bullets.
    let invite = "Guests\nSanni Mäkinen - optional\nArash Tehrani\n\nAgenda: delivery performance.";
    assert!(has(invite, "PERSON", "Sanni Mäkinen"), "{:?}", people(invite));
    assert!(has(invite, "PERSON", "Arash Tehrani"), "{:?}", people(invite));
    // Negative: bare lines under a heading that names no people.
    assert!(people("Features\nKestrel Mode\nGarden View\n").is_empty());
}

#[test]
fn xml_elements_named_like_person_fields_hold_people() {
    let text = "<customer>\n  <firstName>Zsófia</firstName>\n  <lastName>Szabó</lastName>\n  <tier>Gold</tier>\n</customer>";
    assert!(has(text, "PERSON", "Zsófia"));
    assert!(has(text, "PERSON", "Szabó"));
    assert!(people("<tier>Kestrel</tier>\n<name>N/A</name>").is_empty());
}

#[test]
fn form_labels_are_no_speaker_column() {
    let form = "Name: Kestrel Oduya\nDOB: 6 Dec 1975\nSSN: 293-54-4411\nFollow-up: clinic visit in two weeks\nPlan: repeat the test\nInvoice: INV-2025";
    let p = people(form);
    assert!(p.iter().all(|v| v == "Kestrel Oduya"), "{p:?}");
    assert!(people("Subject: RE: RE: contract").is_empty());
    // A label with a lower-case word inside talks no turn, so a repeated one-word label below it
    // (`Posologia:` under each medicine) makes no column either.
    let prescription = "Local de prescrição: Clínica Casa Certa Lda.\n1. Doxiciclina 100 mg\n   Posologia: 1 cápsula por dia.\n2. Gel\n   Posologia: aplicar à noite nas zonas afetadas.\n";
    assert!(people(prescription).is_empty(), "{:?}", people(prescription));
    // Negative: a speaker column of names with lower-case particles still talks.
    let chat = "Jan van Dijk: zullen we om tien uur beginnen?\nSanne de Vries: prima, tot dan\nJan van Dijk: top\n";
    assert!(has(chat, "PERSON", "Sanne de Vries"), "{:?}", people(chat));
}

#[test]
fn a_given_name_after_with_in_a_chat_of_another_language_is_a_person() {
    let pt = "bea: oi amiga, tudo bem?\ncarol: tudo! falou com o samuel?\nbea: ainda não\n";
    assert!(has(pt, "PERSON", "samuel"), "{:?}", found(pt));
    let de = "jens: hast du schon mit anna gesprochen?\ntobi: nee, die ist im urlaub\n";
    assert!(has(de, "PERSON", "anna"), "{:?}", found(de));
    // Negative: the article before a common word, and `com` outside a chat.
    assert!(!found("bea: falou com o banco?\ncarol: ainda não\n").iter().any(|(t, v)| *t == "PERSON" && v == "banco"));
}

#[test]
fn particles_open_a_family_name_after_a_title_or_an_initial() {
    let text = "Dear Mr. van den Goodwin,\nthe report of R. ten Hayes is attached.\n";
    assert!(has(text, "PERSON", "van den Goodwin"), "{:?}", people(text));
    assert!(has(text, "PERSON", "R. ten Hayes"), "{:?}", people(text));
    // Negative: a particle after a title with no name after it is no name, and a particle opens
    // nothing after an ordinary word.
    let text = "Ask the Dr. about the van.\nWe went to de la playa.\n";
    assert!(people(text).is_empty(), "{:?}", people(text));
}
