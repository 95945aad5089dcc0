//! The months of the six other languages, written out, where they differ from English's (which
//! [`super::CALENDAR`] holds with the week days): chat exports spell them in their stamps
//! (`24 novembre 2023, 18:02 -`), and German capitalises them like names (`bis Dezember`).

/// German months English does not share (`Mai` is a given name too and stays out).
pub(crate) const GERMAN_MONTHS: &[&str] = &["januar", "februar", "märz", "juni", "juli", "oktober", "dezember"];

/// Austrian German's January, and the French, Spanish, Italian, Dutch and Portuguese months English
/// does not share.
const OTHER_MONTHS: &[&str] = &[
    "jänner",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];

/// A month of the six other languages, written out in full, lower case.
pub(crate) fn other_language_month(lower: &str) -> bool {
    GERMAN_MONTHS.contains(&lower) || OTHER_MONTHS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::other_language_month;

    #[test]
    fn months_of_the_other_languages_are_told_apart_from_words() {
        for m in ["novembre", "octubre", "märz", "maart", "outubro", "dicembre"] {
            assert!(other_language_month(m), "{m}");
        }
        // Negative: English months are the calendar list's, and words are no months.
        assert!(!other_language_month("november"));
        assert!(!other_language_month("tickets"));
    }
}
