//! Context words of the identifiers added for parity with Presidio's entity list, in the language of
//! each country (kept apart from the main table of [`super::context`], which would pass 700 lines).
//!
//! A word that the main table already has ("passport", "license", "tin") is merged into its entry
//! there: it then also boosts the kinds listed here, and no longer rules them out. A *label* names
//! one identifier and rules out the other label-sensitive kinds, like the main table's labels; a
//! *hint* is a word that often comes near a value of the kind but names nothing ("Praxis",
//! "vehicle") and only boosts it.
//!
//! Words must start with an ASCII letter: the index matches ASCII word starts, so Hangul and Thai
//! context words are left out.

use super::kind::Kind::{self, *};

/// `(word, kinds it boosts, whether it is a label)`.
pub(super) const EXTRA: &[(&str, &[Kind], bool)] = &[
    // Germany.
    ("betriebsstättennummer", &[DeBsnr], true),
    ("betriebsstätten-nummer", &[DeBsnr], true),
    ("betriebsstätte", &[DeBsnr], true),
    ("bsnr", &[DeBsnr], true),
    ("praxisnummer", &[DeBsnr], true),
    ("praxis", &[DeBsnr], false),
    ("arztpraxis", &[DeBsnr], false),
    ("kassenärztliche vereinigung", &[DeBsnr, DeLanr], false),
    ("kv-nummer", &[DeBsnr, DeLanr], true),
    ("arztnummer", &[DeLanr], true),
    ("lanr", &[DeLanr], true),
    ("lebenslange arztnummer", &[DeLanr], true),
    ("arzt-nr", &[DeLanr], true),
    ("arzt nr", &[DeLanr], true),
    ("vertragsarzt", &[DeLanr], false),
    ("kassenarzt", &[DeLanr], false),
    ("rezept", &[DeLanr], false),
    ("hausarzt", &[DeLanr], false),
    ("facharzt", &[DeLanr], false),
    ("führerscheinnummer", &[DeFuehrerschein], true),
    ("führerschein", &[DeFuehrerschein], true),
    ("fuehrerschein", &[DeFuehrerschein], true),
    ("fahrerlaubnis", &[DeFuehrerschein], true),
    ("fahrerlaubnisnummer", &[DeFuehrerschein], true),
    ("handelsregister", &[DeHandelsregister], true),
    ("handelsregisternummer", &[DeHandelsregister], true),
    ("amtsgericht", &[DeHandelsregister], false),
    ("registergericht", &[DeHandelsregister], false),
    ("krankenversicherungsnummer", &[DeHealthInsurance], true),
    ("krankenversichertennummer", &[DeHealthInsurance], true),
    ("versichertennummer", &[DeHealthInsurance], true),
    ("kvnr", &[DeHealthInsurance], true),
    ("krankenkasse", &[DeHealthInsurance], false),
    ("krankenversicherung", &[DeHealthInsurance], false),
    ("gesundheitskarte", &[DeHealthInsurance], true),
    ("egk", &[DeHealthInsurance], true),
    ("versichertenkarte", &[DeHealthInsurance], true),
    ("personalausweis", &[DeIdCard], true),
    ("personalausweisnummer", &[DeIdCard], true),
    ("ausweis", &[DeIdCard], true),
    ("ausweisnummer", &[DeIdCard], true),
    ("dokumentennummer", &[DeIdCard, DePassport], true),
    ("reisepass", &[DePassport], true),
    ("reisepassnummer", &[DePassport], true),
    ("passnummer", &[DePassport], true),
    ("pass-nr", &[DePassport], true),
    ("kennzeichen", &[DeKfz], true),
    ("kfz-kennzeichen", &[DeKfz], true),
    ("kfz", &[DeKfz], true),
    ("nummernschild", &[DeKfz], true),
    ("fahrzeugkennzeichen", &[DeKfz], true),
    ("fahrzeug", &[DeKfz], false),
    ("zulassung", &[DeKfz], false),
    ("plz", &[DePlz], true),
    ("postleitzahl", &[DePlz], true),
    ("wohnort", &[DePlz], false),
    ("anschrift", &[DePlz], false),
    ("adresse", &[DePlz], false),
    ("postfach", &[DePlz], false),
    ("rentenversicherungsnummer", &[DeSocialSecurity], true),
    ("sozialversicherungsnummer", &[DeSocialSecurity], true),
    ("versicherungsnummer", &[DeSocialSecurity], true),
    ("rvnr", &[DeSocialSecurity], true),
    ("svnr", &[DeSocialSecurity], true),
    ("sv-nummer", &[DeSocialSecurity], true),
    ("rentenversicherung", &[DeSocialSecurity], false),
    ("sozialversicherung", &[DeSocialSecurity], false),
    ("sozialversicherungsausweis", &[DeSocialSecurity], false),
    ("steuernummer", &[DeTaxNumber, DeTaxId], true),
    ("steuer-nr", &[DeTaxNumber], true),
    ("steuer nr", &[DeTaxNumber], true),
    ("st.-nr", &[DeTaxNumber], true),
    ("st-nr", &[DeTaxNumber], true),
    ("finanzamt", &[DeTaxNumber, DeVatId], false),
    ("steuerid", &[DeTaxId], true),
    ("steuerliche identifikationsnummer", &[DeTaxId], true),
    ("umsatzsteuer-identifikationsnummer", &[DeVatId], true),
    ("umsatzsteueridentifikationsnummer", &[DeVatId], true),
    ("ust-idnr", &[DeVatId], true),
    ("ust-id", &[DeVatId], true),
    ("ustidnr", &[DeVatId], true),
    ("umsatzsteuer-id", &[DeVatId], true),
    ("vat", &[DeVatId, ItVatCode], true),
    ("vat id", &[DeVatId], true),
    ("rechnung", &[DeVatId], false),
    // Spain and Italy.
    ("pasaporte", &[EsPassport], true),
    ("patente", &[ItDriverLicense], true),
    ("patente di guida", &[ItDriverLicense], true),
    ("licenza di guida", &[ItDriverLicense], true),
    ("carta d'identità", &[ItIdentityCard], true),
    ("carta di identità", &[ItIdentityCard], true),
    ("carta identità", &[ItIdentityCard], true),
    ("cie", &[ItIdentityCard], true),
    ("passaporto", &[ItPassport], true),
    ("partita iva", &[ItVatCode], true),
    ("p.iva", &[ItVatCode], true),
    ("piva", &[ItVatCode], true),
    // Sweden and Turkey.
    ("organisationsnummer", &[SeOrganisationsnummer], true),
    ("orgnr", &[SeOrganisationsnummer], true),
    ("org nr", &[SeOrganisationsnummer], true),
    ("orgnummer", &[SeOrganisationsnummer], true),
    ("företagsnummer", &[SeOrganisationsnummer], true),
    ("tc kimlik", &[TrNationalId], true),
    ("kimlik", &[TrNationalId], true),
    ("kimlik no", &[TrNationalId], true),
    ("tckn", &[TrNationalId], true),
    ("tc no", &[TrNationalId], true),
    ("turkish id", &[TrNationalId], true),
    ("plaka", &[TrLicensePlate], true),
    ("araç plakası", &[TrLicensePlate], true),
    ("license plate", &[TrLicensePlate, NgVehicleRegistration, UkVehicleRegistration], true),
    ("licence plate", &[UkVehicleRegistration], true),
    ("number plate", &[TrLicensePlate, NgVehicleRegistration, UkVehicleRegistration], true),
    ("plate", &[TrLicensePlate, NgVehicleRegistration, InVehicleRegistration], false),
    // India.
    ("gstin", &[InGstin], true),
    ("gst", &[InGstin], true),
    ("gst number", &[InGstin], true),
    ("goods and services tax", &[InGstin], true),
    ("voter", &[InVoter], true),
    ("epic", &[InVoter], true),
    ("rto", &[InVehicleRegistration], true),
    ("vehicle", &[InVehicleRegistration, NgVehicleRegistration, UkVehicleRegistration], false),
    ("registration", &[InVehicleRegistration, NgVehicleRegistration, UkVehicleRegistration], false),
    // Korea.
    ("brn", &[KrBrn], true),
    ("business registration", &[KrBrn, SgUen], true),
    ("frn", &[KrFrn], true),
    ("foreigner registration", &[KrFrn], true),
    // Nigeria, Philippines, Singapore, Thailand, South Africa.
    ("nin", &[NgNin], true),
    ("nimc", &[NgNin], true),
    ("national identification number", &[NgNin], true),
    ("national identity number", &[NgNin], true),
    ("bir", &[PhTin], false),
    ("uen", &[SgUen], true),
    ("unique entity number", &[SgUen], true),
    ("acra", &[SgUen], false),
    ("tnin", &[ThTnin], true),
    ("thai id", &[ThTnin], true),
    ("thai national id", &[ThTnin], true),
    ("south african id", &[ZaIdNumber], true),
    ("rsa id", &[ZaIdNumber], true),
    ("smart id", &[ZaIdNumber], true),
    ("id number", &[ZaIdNumber], false),
    ("identity number", &[ZaIdNumber], false),
    ("national id", &[ZaIdNumber, DeIdCard, TrNationalId], false),
    // United Kingdom and United States.
    ("dvla", &[UkDrivingLicence, UkVehicleRegistration], true),
    ("hm passport", &[UkPassport], true),
    ("hmpo", &[UkPassport], true),
    ("post code", &[UkPostcode], true),
    ("postal code", &[UkPostcode], true),
    ("reg", &[UkVehicleRegistration], false),
    ("vrn", &[UkVehicleRegistration], true),
    ("car", &[UkVehicleRegistration], false),
    ("mbi", &[UsMbi], true),
    ("beneficiary", &[UsMbi], false),
    ("medicaid", &[UsMbi], false),
    ("national provider", &[UsNpi], true),
    ("provider", &[UsNpi], false),
    ("nas", &[CaSin], false),
    ("assurance sociale", &[CaSin], true),
    // Words of the main table that now name more kinds.
    ("passport", &[UkPassport, DePassport, EsPassport, InPassport, KrPassport], true),
    ("pass", &[DePassport], false),
    ("license", &[KrDriverLicense, ItDriverLicense, UkDrivingLicence], true),
    ("licence", &[UkDrivingLicence, ItDriverLicense], true),
    ("driving licence", &[UkDrivingLicence, DeFuehrerschein], true),
    ("driving license", &[UkDrivingLicence, DeFuehrerschein], true),
    ("tin", &[PhTin], true),
    ("tax id", &[PhTin], true),
    ("medicare", &[UsMbi], true),
    ("npi", &[UsNpi], true),
    ("postcode", &[UkPostcode], true),
];

#[cfg(test)]
mod tests {
    use super::EXTRA;

    #[test]
    fn extra_words_are_lower_case_and_start_with_an_ascii_letter() {
        for (w, kinds, _) in EXTRA {
            assert!(w.as_bytes()[0].is_ascii_lowercase() && !kinds.is_empty(), "{w}");
            assert_eq!(*w, w.to_lowercase(), "{w}");
        }
        let mut words: Vec<&str> = EXTRA.iter().map(|e| e.0).collect();
        words.sort_unstable();
        let n = words.len();
        words.dedup();
        assert_eq!(n, words.len(), "a word is listed twice");
    }
}
