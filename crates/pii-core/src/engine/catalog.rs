//! The list of every entity type the engine can report, for discoverability (the gateway serves it
//! as `GET /api/v1/entities`): a description, the country whose identifier it is, whether a check
//! digit or structural rule validates it, and whether it is reported when a request names no types.

use serde::Serialize;

use super::kind::Kind;
use crate::EntityType;

/// One entity type as listed to users.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct EntityInfo {
    pub entity_type: EntityType,
    pub description: String,
    /// ISO 3166-1 alpha-2 code of the issuing country; `None` for types that are not national.
    pub country: Option<String>,
    /// A check digit or a structural rule (dates, region codes) is verified, beyond the shape.
    pub validated: bool,
    /// Reported when a request names no entity types; the others must be named in `entities`
    /// (or are seen at a lowered threshold only).
    pub enabled_by_default: bool,
}

/// The types of the NER recognizer (names, places, organisations), which no built-in kind reports.
const NER: &[(EntityType, &str)] = &[
    (EntityType::PERSON, "Names of people"),
    (EntityType::LOCATION, "Places: addresses, cities, countries"),
    (EntityType::ORGANIZATION, "Companies, agencies, institutions"),
    (EntityType::NRP, "Nationalities, religious or political groups"),
];

fn describe(k: Kind) -> (&'static str, Option<&'static str>, bool) {
    use Kind::*;
    match k {
        Email => ("E-mail addresses", None, true),
        Phone => ("Telephone numbers", None, true),
        CreditCard => ("Payment card numbers (Luhn, issuer prefixes)", None, true),
        Iban => ("International bank account numbers (ISO 13616 mod 97)", None, true),
        Ip => ("IPv4 and IPv6 addresses and CIDR blocks", None, true),
        Mac => ("MAC addresses", None, false),
        Url => ("URLs", None, false),
        Date => ("Dates and times", None, true),
        Crypto => ("Cryptocurrency wallet addresses (Base58Check, Bech32, Ethereum)", None, true),
        Secret => ("API keys, tokens, private keys and passwords", None, false),
        UsSsn => ("US Social Security numbers", Some("US"), true),
        UsItin => ("US Individual Taxpayer Identification numbers", Some("US"), true),
        UsPassport => ("US passport numbers", Some("US"), false),
        UsDriverLicense => ("US driver license numbers (state layouts)", Some("US"), false),
        UsBank => ("US bank account numbers", Some("US"), false),
        AbaRouting => ("ABA routing transit numbers", Some("US"), true),
        MedicalLicense => ("DEA registration and medical license numbers", Some("US"), true),
        UkNhs => ("NHS numbers", Some("GB"), true),
        UkNino => ("UK National Insurance numbers", Some("GB"), true),
        EsNif => ("Spanish DNI / NIF", Some("ES"), true),
        EsNie => ("Spanish foreigner identity numbers (NIE)", Some("ES"), true),
        ItFiscalCode => ("Italian fiscal codes (codice fiscale)", Some("IT"), true),
        PlPesel => ("Polish PESEL numbers", Some("PL"), true),
        FiHetu => ("Finnish personal identity codes (HETU)", Some("FI"), true),
        SePersonnummer => ("Swedish personal identity numbers", Some("SE"), true),
        NlBsn => ("Dutch citizen service numbers (BSN)", Some("NL"), true),
        FrNir => ("French social security numbers (NIR)", Some("FR"), true),
        DeTaxId => ("German tax identification numbers (Steuer-ID)", Some("DE"), true),
        InPan => ("Indian permanent account numbers (PAN)", Some("IN"), true),
        InAadhaar => ("Indian Aadhaar numbers (Verhoeff)", Some("IN"), true),
        SgNric => ("Singapore NRIC / FIN", Some("SG"), true),
        AuAbn => ("Australian Business Numbers", Some("AU"), true),
        AuAcn => ("Australian Company Numbers", Some("AU"), true),
        AuTfn => ("Australian Tax File Numbers", Some("AU"), true),
        AuMedicare => ("Australian Medicare numbers", Some("AU"), true),
        CaSin => ("Canadian Social Insurance Numbers", Some("CA"), true),
        BrCpf => ("Brazilian individual taxpayer numbers (CPF)", Some("BR"), true),
        BrCnpj => ("Brazilian company numbers (CNPJ)", Some("BR"), true),
        KrRrn => ("Korean resident registration numbers", Some("KR"), true),
        DeBsnr => ("German practice numbers (Betriebsstättennummer)", Some("DE"), false),
        DeFuehrerschein => ("German driving licence numbers (Führerschein)", Some("DE"), false),
        DeHandelsregister => ("German commercial register numbers (HRA / HRB)", Some("DE"), false),
        DeHealthInsurance => ("German health insurance numbers (KVNR)", Some("DE"), true),
        DeIdCard => ("German identity card numbers (Personalausweis)", Some("DE"), true),
        DeKfz => ("German number plates (Kfz-Kennzeichen)", Some("DE"), false),
        DeLanr => ("German lifelong physician numbers (LANR)", Some("DE"), true),
        DePassport => ("German passport numbers (Reisepass)", Some("DE"), true),
        DePlz => ("German postcodes (Postleitzahl)", Some("DE"), false),
        DeSocialSecurity => ("German pension insurance numbers (Rentenversicherungsnummer)", Some("DE"), true),
        DeTaxNumber => ("German tax numbers (Steuernummer)", Some("DE"), false),
        DeVatId => ("German VAT identification numbers (USt-IdNr.)", Some("DE"), true),
        EsPassport => ("Spanish passport numbers", Some("ES"), false),
        InGstin => ("Indian GST identification numbers", Some("IN"), true),
        InPassport => ("Indian passport numbers", Some("IN"), false),
        InVehicleRegistration => ("Indian vehicle registration numbers", Some("IN"), true),
        InVoter => ("Indian voter id numbers (EPIC)", Some("IN"), false),
        ItDriverLicense => ("Italian driving licence numbers", Some("IT"), false),
        ItIdentityCard => ("Italian identity card numbers (paper and CIE)", Some("IT"), false),
        ItPassport => ("Italian passport numbers", Some("IT"), false),
        ItVatCode => ("Italian VAT numbers (partita IVA)", Some("IT"), true),
        KrBrn => ("Korean business registration numbers", Some("KR"), true),
        KrDriverLicense => ("Korean driver license numbers", Some("KR"), true),
        KrFrn => ("Korean foreigner registration numbers", Some("KR"), true),
        KrPassport => ("Korean passport numbers", Some("KR"), false),
        NgNin => ("Nigerian National Identification Numbers (Verhoeff)", Some("NG"), true),
        NgVehicleRegistration => ("Nigerian vehicle registration plates", Some("NG"), false),
        PhTin => ("Philippine taxpayer identification numbers", Some("PH"), true),
        SeOrganisationsnummer => ("Swedish organisation numbers", Some("SE"), true),
        SgUen => ("Singapore Unique Entity Numbers", Some("SG"), true),
        ThTnin => ("Thai national identification numbers", Some("TH"), true),
        TrLicensePlate => ("Turkish number plates", Some("TR"), true),
        TrNationalId => ("Turkish identity numbers (TCKN)", Some("TR"), true),
        UkDrivingLicence => ("UK driving licence numbers (DVLA)", Some("GB"), true),
        UkPassport => ("UK passport numbers", Some("GB"), false),
        UkPostcode => ("UK postcodes", Some("GB"), false),
        UkVehicleRegistration => ("UK vehicle registration marks", Some("GB"), true),
        UsMbi => ("US Medicare Beneficiary Identifiers", Some("US"), false),
        UsNpi => ("US National Provider Identifiers", Some("US"), true),
        ZaIdNumber => ("South African identity numbers", Some("ZA"), true),
        FrSiren => ("French company numbers (SIREN, Luhn)", Some("FR"), true),
        FrSiret => ("French establishment numbers (SIRET, Luhn)", Some("FR"), true),
        BeNationalNumber => ("Belgian national register numbers (Rijksregisternummer / numéro national)", Some("BE"), true),
        PtNif => ("Portuguese tax numbers (NIF / número de contribuinte)", Some("PT"), true),
        PhMobileNumber => ("Philippine mobile numbers (+63 / 09xx, the NTC's mobile prefixes)", Some("PH"), true),
        TrPhoneNumber => ("Turkish phone numbers (+90 / 0, mobile 5xx and geographic area codes)", Some("TR"), true),
    }
}

/// Whether candidates of `k` are reported only once a check digit or structural rule passed: the
/// validator's verdict an explanation gives for them.
pub(crate) fn validated(k: Kind) -> bool {
    describe(k).2
}

/// Every entity type the engine can report, sorted by name.
pub fn entity_catalog() -> Vec<EntityInfo> {
    let mut all: Vec<EntityInfo> = Kind::ALL
        .iter()
        .map(|&k| {
            let (description, country, validated) = describe(k);
            EntityInfo {
                entity_type: k.entity(),
                description: description.to_owned(),
                country: country.map(str::to_owned),
                validated,
                enabled_by_default: k.enabled_by_default(),
            }
        })
        .chain(NER.iter().map(|(e, d)| EntityInfo {
            entity_type: e.clone(),
            description: (*d).to_owned(),
            country: None,
            validated: false,
            enabled_by_default: true,
        }))
        .collect();
    all.sort_by(|a, b| a.entity_type.cmp(&b.entity_type));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_type_is_listed_once() {
        let list = entity_catalog();
        for e in EntityType::BUILT_IN {
            assert_eq!(list.iter().filter(|i| i.entity_type == *e).count(), 1, "{e}");
        }
        assert_eq!(list.len(), EntityType::BUILT_IN.len());
        let pl = list.iter().find(|i| i.entity_type == EntityType::DE_PLZ).expect("listed");
        assert!(!pl.enabled_by_default && !pl.validated && pl.country.as_deref() == Some("DE"));
        let ssn = list.iter().find(|i| i.entity_type == EntityType::US_SSN).expect("listed");
        assert!(ssn.enabled_by_default && ssn.validated);
    }
}
