//! A lone name no list knows, in a place only a person takes (`person/slot.rs`), the role nouns of
//! one's life (`my friend X`, `Host X`) and the court title `HHJ`. Each with a case it must leave
//! alone; and a party named with their address (`Thandiwe Nkosi of 14 Harbour Road`).

use super::*;

#[test]
fn a_lone_unknown_name_in_a_persons_place_is_a_person() {
    for (text, name) in [
        ("With love,\nthe Nam family\n", "Nam"),
        ("Shout-out to Mandla for staying late to fix the build.", "Mandla"),
        ("Thanks to Ekow!", "Ekow"),
        ("The export crashes on Marvin 8.2.18. Wiranto in my team sees it too.", "Wiranto"),
        ("This week Rhys sits down with the founders of a bakery.", "Rhys"),
        ("Summary: Aroha recommends a second interview.", "Aroha"),
        ("AOB: Ngozi asked about parking permits.", "Ngozi"),
        ("Thanks.\n\n--- Sukarni (Hardware) replied:\nThe part ships Monday.", "Sukarni"),
        ("Beloved wife of the late Thandiwe, much-loved parent of Meron and Rakan.", "Thandiwe"),
        ("Beloved wife of the late Thandiwe, much-loved parent of Meron and Rakan.", "Meron"),
        ("Beloved wife of the late Thandiwe, much-loved parent of Meron and Rakan.", "Rakan"),
    ] {
        let p = people(text);
        assert!(p.iter().any(|v| v == name), "{name} in {p:?} ({text:?})");
    }
}

#[test]
fn products_places_and_groups_in_the_same_words_are_no_people() {
    for text in [
        "Support for the Linux family of kernels.",
        "Thanks to Kubernetes operators, scaling is easy.",
        "Made with CLion. Thanks to JetBrains for supporting open source!",
        "Deploy to Verona edge done.",
        "The road to Ngozi is closed until Monday.",
        "The Parser (Beta) supports streaming now.",
        "The son of Zentrix Labs visited the plant.",
        "We planted it in the late Garden of the house.",
        "The crate in my team is Tokio 1.4, which runs fine.",
        "Tokio supports timers and sockets.",
    ] {
        assert!(people(text).is_empty(), "{text:?}: {:?}", people(text));
    }
}

#[test]
fn people_of_ones_life_and_the_court_title_name_the_person_after_them() {
    for (text, name) in [
        ("1. I appoint my friend Wiranto to be my executor.", "Wiranto"),
        ("Host Tejo talks to the founder of a bakery.", "Tejo"),
        ("COURT 4 — before HHJ Kaewkla\n10:00 small claims", "Kaewkla"),
        ("My partner, Hemi, also tried calling on Friday.", "Hemi"),
        ("Notfallkontakt: Ehefrau Svetlana Trautmann", "Svetlana Trautmann"),
        ("Sono uscito con mia moglie Giulia ieri sera.", "Giulia"),
        ("Segundo o comandante Evaristo Mascarenhas, as chamas começaram na cozinha.", "Evaristo Mascarenhas"),
        ("Dat bevestigt woordvoerder Bram Kuipers van de brandweer.", "Bram Kuipers"),
        // Who runs, chairs or learns in a firm, and a case's victim, in commas after the article
        // or the possessive; a signature's role above its name's line end.
        ("Representada pela sua gerente, Dandara Trindade, adiante designada.", "Dandara Trindade"),
        ("C'est son apprenti, Philibert Jourdain, qui l'a conçu.", "Philibert Jourdain"),
        ("A vítima, Zenaida Trindade, estava consciente.", "Zenaida Trindade"),
        ("Firmado:\nLa presidenta, Paqui Irigoyen Calleja\n", "Paqui Irigoyen Calleja"),
    ] {
        let p = people(text);
        assert!(p.iter().any(|v| v == name), "{name} in {p:?} ({text:?})");
    }
    // A role noun before a common word or a product is no person.
    assert!(people("Ask my friend Google or the Host Portal.").is_empty(), "{:?}", people("Ask my friend Google or the Host Portal."));
    assert!(people("The spokesperson Office closed early.").is_empty(), "{:?}", people("The spokesperson Office closed early."));
    // An office right before a capitalised word is a title, no person's role.
    let f = found("Visto il parere del direttore Sanitario, si autorizza.");
    assert!(!f.iter().any(|(t, v)| *t == "PERSON" && v == "Sanitario"), "{f:?}");
    // Nor is a role noun's department or title after its comma.
    assert!(people("La presidenta, Customer Service.").is_empty(), "{:?}", people("La presidenta, Customer Service."));
    // Nor is a list after a role noun that is nobody's own.
    assert!(people("Contact: Manager, Sales, then Support.").is_empty(), "{:?}", people("Contact: Manager, Sales, then Support."));
}

#[test]
fn a_quoted_nickname_joins_the_given_and_family_name_and_nee_marks_a_maiden_name() {
    // A widow's mark names her late husband's family the same way.
    let p = people("I NIPOTI\n       Zentrixa ved. Kowalczyk\n");
    assert!(p.iter().any(|v| v == "Kowalczyk"), "{p:?}");
    assert!(people("Il ved. non è chiaro.").is_empty(), "{:?}", people("Il ved. non è chiaro."));
    let p = people("Eleanor \"Nell\" Fairbrother, née Adeyemi, died peacefully on 3 May.");
    assert!(p.iter().any(|v| v == "Eleanor \"Nell\" Fairbrother"), "{p:?}");
    assert!(p.iter().any(|v| v == "Adeyemi"), "{p:?}");
    // A capitalised particle opens the family name.
    let p = people("Margarethe \"Greta\" Van Wyk, 87, of Pretoria, died on 2 June.");
    assert!(p.iter().any(|v| v == "Margarethe \"Greta\" Van Wyk"), "{p:?}");
    // Quoted words between capitalised words that are no names.
    let p = people("Click the \"Save\" Button, then Open \"Recent\" Files.");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn a_party_named_with_their_address_is_a_person() {
    for (text, name) in [
        ("This agreement is made between Thandiwe Nkosi of 14 Harbour Road, Leeds LS1 4AB (the Seller).", "Thandiwe Nkosi"),
        ("THIS IS THE LAST WILL of me JEPTOO CHEPKOECH of 857 Oxleas Avenue, Aberystwyth SY23 1AB.", "JEPTOO CHEPKOECH"),
        ("I, BONGANI MTHEMBU, of 22 Long Street, Leeds LS2 7EY, declare this my will.", "BONGANI MTHEMBU"),
    ] {
        let p = people(text);
        assert!(p.iter().any(|v| v == name), "{name} in {p:?} ({text:?})");
    }
    // Negative: a firm and an office at an address, and a name without one.
    for text in [
        "The buyer is Kestrel Analytics Ltd of 4 Mill Lane, Leeds LS1 7HH.",
        "The Head Office of 22 Long Street, Leeds LS2 7EY is closed.",
        "A Certificate of Incorporation was filed.",
    ] {
        assert!(people(text).is_empty(), "{text:?}: {:?}", people(text));
    }
}
