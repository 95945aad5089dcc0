//! Street addresses in each country's order (issue 19): the whole address is one LOCATION span.

use super::*;

fn locations(text: &str) -> Vec<String> {
    values_of(text, "LOCATION")
}

#[test]
fn european_and_brazilian_addresses_are_one_span() {
    for (text, want) in [
        ("Adresse : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
        ("Anschrift: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
        ("Krestel GmbH\nAm Markt 12, 84469 Leipzig", "Am Markt 12, 84469 Leipzig"),
        ("Domicilio: Calle Mayor 12, 3º B, 28013 Madrid", "Calle Mayor 12, 3º B, 28013 Madrid"),
        ("Domicilio: Paseo de Gracia, 163, 5º D, 27062 Alicante", "Paseo de Gracia, 163, 5º D, 27062 Alicante"),
        ("Sede: Via Roma 10, 00184 Roma", "Via Roma 10, 00184 Roma"),
        ("Sede: Via delle Rose 13, 91091 Napoli", "Via delle Rose 13, 91091 Napoli"),
        ("Adres: Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
        ("Adres: Prinsengracht 263-267, 1016 GV Amsterdam", "Prinsengracht 263-267, 1016 GV Amsterdam"),
        ("Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa"),
        ("Sede legale: Via Roma 1 - 00184 Roma", "Via Roma 1 - 00184 Roma"),
        ("Domicilio: Glorieta de los Naranjos 117, 43849 Badajoz", "Glorieta de los Naranjos 117, 43849 Badajoz"),
        ("Adresse : 83 cours Lafayette, 12894 Sarreguemines", "83 cours Lafayette, 12894 Sarreguemines"),
        ("Adresse : 232 lotissement Les Genêts, 29856 Trois-Rivières", "232 lotissement Les Genêts, 29856 Trois-Rivières"),
        ("Sede: Contrada San Vito 88, 46533 Vigevano", "Contrada San Vito 88, 46533 Vigevano"),
        (
            "Endereço: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
            "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        ),
        ("Local: Rua Augusta, 66 - Centro, Rio de Janeiro - RJ, 91506-602", "Rua Augusta, 66 - Centro, Rio de Janeiro - RJ, 91506-602"),
    ] {
        assert!(locations(text).iter().any(|l| l == want), "{text}: {:?}", locations(text));
    }
}

#[test]
fn look_alikes_of_addresses_are_not_streets() {
    // A preposition and a capitalised word before a number, without a postcode, is no street.
    assert!(locations("Am Montag 3 Leute, dann Schluss").is_empty());
    // Four digits and two capitals outside an address are no Dutch postcode.
    assert!(!locations("Sinds 2024 EU regels gelden").iter().any(|l| l.contains("2024")));
    // A dash after the house number without city and state is not a Brazilian tail.
    assert!(locations("Rua Augusta 66 - obrigado").iter().all(|l| !l.contains("obrigado")));
    // A dash and a number after the house number with a space is no range.
    assert!(locations("Adres: Keizersgracht 123 - 2024 verbouwd").iter().all(|l| !l.contains("2024")));
}

#[test]
fn prepositions_of_the_six_languages_make_a_town_a_place() {
    // `Salvador` is also a given name: only a preposition makes it the city.
    assert!(locations("A equipe da Costeval Ltda. em Salvador agradece.").iter().any(|l| l == "Salvador"));
    assert!(locations("Un saludo del equipo en Salvador.").iter().any(|l| l == "Salvador"));
    assert!(!locations("Salvador agradece o contato.").iter().any(|l| l == "Salvador"));
}

#[test]
fn polish_streets_with_their_lower_case_prefix_are_one_span() {
    assert_eq!(locations("residing at ul. Polna 224, 50-995 Wrocław (the Tenant)"), ["ul. Polna 224, 50-995 Wrocław"]);
    // Negative: `et al.` before a capitalised word and a year is a citation, not a street.
    assert!(locations("as shown by Kowalski et al. Smith 2019 and others").is_empty());
}

#[test]
fn a_year_after_a_copyright_mark_is_no_house_number() {
    for text in
        ["Copyright: 2012 Hayes Street <hs@example.org>\n", "Copyright \u{a9} 2012 Hayes Street\n", "Copyright (C) 2012 Hayes Street\n"]
    {
        assert!(locations(text).is_empty(), "{text}: {:?}", locations(text));
    }
    // The same number after an address label is a house number.
    assert_eq!(locations("Office: 2012 Hayes Street\n"), ["2012 Hayes Street"]);
}

#[test]
fn a_street_word_without_a_number_is_no_address() {
    for text in ["Les cours reprennent lundi pour 12 élèves.", "La route est fermée depuis 3 jours.", "Vivo en la contrada desde 2019."]
    {
        assert!(
            !locations(text).iter().any(|l| l.contains("cours") || l.contains("route") || l.contains("contrada")),
            "{text}: {:?}",
            locations(text)
        );
    }
}

#[test]
fn a_firm_under_its_label_ends_before_its_address() {
    let text = "Employer: Bluemarsh Tarvik, 232 lotissement Les Genêts, 29856 Trois-Rivières\n";
    assert!(values_of(text, "ORGANIZATION").iter().any(|o| o == "Bluemarsh Tarvik"), "{:?}", values_of(text, "ORGANIZATION"));
    // Negative: a comma before a word keeps the firm's name whole (`Grupo Vianorte, SGPS`).
    let text = "Employer: Bluemarsh, Tarvik and Sons\n";
    assert!(!values_of(text, "ORGANIZATION").iter().any(|o| o == "Bluemarsh"), "{:?}", values_of(text, "ORGANIZATION"));
}
