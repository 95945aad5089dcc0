//! The built-in entity kinds as a small `Copy` enum, so that the hot path compares bytes, not strings,
//! and context decisions fit in a bit set.

use crate::EntityType;

macro_rules! kinds {
    ($($kind:ident => $entity:ident),* $(,)?) => {
        /// One built-in entity type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub(crate) enum Kind {
            $($kind),*
        }

        impl Kind {
            pub(crate) const ALL: &'static [Kind] = &[$(Kind::$kind),*];

            /// The public entity type name.
            pub(crate) fn entity(self) -> EntityType {
                match self {
                    $(Kind::$kind => EntityType::$entity),*
                }
            }
        }
    };
}

kinds!(
    Email => EMAIL_ADDRESS,
    Phone => PHONE_NUMBER,
    CreditCard => CREDIT_CARD,
    Iban => IBAN_CODE,
    Ip => IP_ADDRESS,
    Mac => MAC_ADDRESS,
    Url => URL,
    Date => DATE_TIME,
    Crypto => CRYPTO,
    Secret => SECRET,
    UsSsn => US_SSN,
    UsItin => US_ITIN,
    UsPassport => US_PASSPORT,
    UsDriverLicense => US_DRIVER_LICENSE,
    UsBank => US_BANK_NUMBER,
    AbaRouting => ABA_ROUTING_NUMBER,
    MedicalLicense => MEDICAL_LICENSE,
    UkNhs => UK_NHS,
    UkNino => UK_NINO,
    EsNif => ES_NIF,
    EsNie => ES_NIE,
    ItFiscalCode => IT_FISCAL_CODE,
    PlPesel => PL_PESEL,
    FiHetu => FI_PERSONAL_IDENTITY_CODE,
    SePersonnummer => SE_PERSONNUMMER,
    NlBsn => NL_BSN,
    FrNir => FR_NIR,
    DeTaxId => DE_TAX_ID,
    InPan => IN_PAN,
    InAadhaar => IN_AADHAAR,
    SgNric => SG_NRIC_FIN,
    AuAbn => AU_ABN,
    AuAcn => AU_ACN,
    AuTfn => AU_TFN,
    AuMedicare => AU_MEDICARE,
    CaSin => CA_SIN,
    BrCpf => BR_CPF,
    BrCnpj => BR_CNPJ,
    KrRrn => KR_RRN,
    DeBsnr => DE_BSNR,
    DeFuehrerschein => DE_FUEHRERSCHEIN,
    DeHandelsregister => DE_HANDELSREGISTER,
    DeHealthInsurance => DE_HEALTH_INSURANCE,
    DeIdCard => DE_ID_CARD,
    DeKfz => DE_KFZ,
    DeLanr => DE_LANR,
    DePassport => DE_PASSPORT,
    DePlz => DE_PLZ,
    DeSocialSecurity => DE_SOCIAL_SECURITY,
    DeTaxNumber => DE_TAX_NUMBER,
    DeVatId => DE_VAT_ID,
    EsPassport => ES_PASSPORT,
    InGstin => IN_GSTIN,
    InPassport => IN_PASSPORT,
    InVehicleRegistration => IN_VEHICLE_REGISTRATION,
    InVoter => IN_VOTER,
    ItDriverLicense => IT_DRIVER_LICENSE,
    ItIdentityCard => IT_IDENTITY_CARD,
    ItPassport => IT_PASSPORT,
    ItVatCode => IT_VAT_CODE,
    KrBrn => KR_BRN,
    KrDriverLicense => KR_DRIVER_LICENSE,
    KrFrn => KR_FRN,
    KrPassport => KR_PASSPORT,
    NgNin => NG_NIN,
    NgVehicleRegistration => NG_VEHICLE_REGISTRATION,
    PhTin => PH_TIN,
    SeOrganisationsnummer => SE_ORGANISATIONSNUMMER,
    SgUen => SG_UEN,
    ThTnin => TH_TNIN,
    TrLicensePlate => TR_LICENSE_PLATE,
    TrNationalId => TR_NATIONAL_ID,
    UkDrivingLicence => UK_DRIVING_LICENCE,
    UkPassport => UK_PASSPORT,
    UkPostcode => UK_POSTCODE,
    UkVehicleRegistration => UK_VEHICLE_REGISTRATION,
    UsMbi => US_MBI,
    UsNpi => US_NPI,
    ZaIdNumber => ZA_ID_NUMBER,
    FrSiren => FR_SIREN,
    FrSiret => FR_SIRET,
    BeNationalNumber => BE_NATIONAL_NUMBER,
    PtNif => PT_NIF,
    PhMobileNumber => PH_MOBILE_NUMBER,
    TrPhoneNumber => TR_PHONE_NUMBER,
);

impl Kind {
    /// This kind's bit in a [`KindSet`].
    pub(crate) const fn bit(self) -> KindSet {
        1 << (self as u8)
    }

    /// Tie-break when two spans of different kinds have the same score and length: the lower value
    /// wins. Checksummed, specific identifiers come before generic shapes.
    pub(crate) fn priority(self) -> u8 {
        match self {
            Kind::Email | Kind::Url | Kind::Crypto | Kind::Secret | Kind::Iban | Kind::CreditCard => 0,
            Kind::UkNhs | Kind::MedicalLicense | Kind::AbaRouting | Kind::ItFiscalCode | Kind::InAadhaar => 1,
            Kind::UsSsn
            | Kind::UsItin
            | Kind::UkNino
            | Kind::EsNif
            | Kind::EsNie
            | Kind::PlPesel
            | Kind::FiHetu
            | Kind::SePersonnummer
            | Kind::NlBsn
            | Kind::FrNir
            | Kind::DeTaxId
            | Kind::InPan
            | Kind::SgNric
            | Kind::AuAbn
            | Kind::AuAcn
            | Kind::AuTfn
            | Kind::AuMedicare
            | Kind::CaSin
            | Kind::BrCpf
            | Kind::BrCnpj
            | Kind::KrRrn => 2,
            Kind::Ip | Kind::Mac | Kind::Date => 3,
            // A country's phone number is the more specific claim on a number the generic phone also
            // reports: it wins a tie when a request names both.
            Kind::PhMobileNumber | Kind::TrPhoneNumber => 3,
            Kind::Phone => 4,
            Kind::UsPassport | Kind::UsDriverLicense => 5,
            Kind::UsBank => 6,
            // Identifiers with a check digit or a strict structure.
            Kind::DeHealthInsurance
            | Kind::DeSocialSecurity
            | Kind::DeVatId
            | Kind::DeIdCard
            | Kind::DePassport
            | Kind::DeLanr
            | Kind::InGstin
            | Kind::ItVatCode
            | Kind::KrBrn
            | Kind::KrFrn
            | Kind::KrDriverLicense
            | Kind::NgNin
            | Kind::PhTin
            | Kind::SeOrganisationsnummer
            | Kind::SgUen
            | Kind::ThTnin
            | Kind::TrNationalId
            | Kind::UkDrivingLicence
            | Kind::UsMbi
            | Kind::UsNpi
            | Kind::ZaIdNumber
            | Kind::FrSiren
            | Kind::FrSiret
            | Kind::BeNationalNumber
            | Kind::PtNif => 2,
            // Registers, plates and postcodes: specific layouts without a check digit.
            Kind::DeHandelsregister
            | Kind::DeTaxNumber
            | Kind::DeKfz
            | Kind::DeFuehrerschein
            | Kind::TrLicensePlate
            | Kind::UkPostcode
            | Kind::UkVehicleRegistration
            | Kind::NgVehicleRegistration
            | Kind::InVehicleRegistration
            | Kind::InVoter => 4,
            // Document numbers of a generic shape.
            Kind::EsPassport
            | Kind::InPassport
            | Kind::ItDriverLicense
            | Kind::ItIdentityCard
            | Kind::ItPassport
            | Kind::KrPassport
            | Kind::UkPassport => 5,
            Kind::DeBsnr | Kind::DePlz => 6,
        }
    }

    /// Whether the kind is reported at full score when a request names no entity types. Presidio
    /// leaves the recognizers of these types off by default because their shapes are common (a
    /// postcode is any five digits); here they are always scanned, but without an `entities` list
    /// naming them their scores are held below the default threshold ([`OFF_BY_DEFAULT_CAP`]), so
    /// that they show only when asked for by name or at a lowered threshold.
    pub(crate) fn enabled_by_default(self) -> bool {
        (self as u8) < (Kind::DeBsnr as u8)
            || matches!(
                self,
                Kind::ItDriverLicense
                    | Kind::ItIdentityCard
                    | Kind::ItPassport
                    | Kind::ItVatCode
                    | Kind::FrSiren
                    | Kind::FrSiret
                    | Kind::BeNationalNumber
                    | Kind::PtNif
            )
    }
}

/// The highest score a kind that is off by default gets when the request names no entity types.
pub(crate) const OFF_BY_DEFAULT_CAP: f32 = 0.3;

/// Whether the entity type `e` is off by default (see [`Kind::enabled_by_default`]). Called for
/// every finding above the cap.
pub(crate) fn off_by_default(e: &EntityType) -> bool {
    kind_of(e).is_some_and(|k| !k.enabled_by_default())
}

/// Whether `e` is one of the types a name recognizer reports (a person, place, organisation or
/// group), which no pattern of this crate finds.
pub(crate) fn is_name_type(e: &EntityType) -> bool {
    matches!(e.as_str(), "PERSON" | "LOCATION" | "ORGANIZATION" | "NRP")
}

/// Slots of [`kind_of`]'s open-addressing table: a power of two, about three times the kinds.
const KIND_SLOTS: usize = 256;

const _: () = assert!(Kind::ALL.len() * 2 < KIND_SLOTS);

/// The built-in kind named `e`, `None` for any other name (names, places, ad-hoc types). The
/// default entity filter and conflict resolution ask it for every finding: one hash of the name and
/// one compare, where searching the type names spent about 4% of the structured recognizers' time
/// in string compares.
pub(crate) fn kind_of(e: &EntityType) -> Option<Kind> {
    static INDEX: std::sync::LazyLock<[Option<Kind>; KIND_SLOTS]> = std::sync::LazyLock::new(|| {
        let mut t = [None; KIND_SLOTS];
        for &k in Kind::ALL {
            let mut slot = name_hash(k.entity().as_str().as_bytes());
            while t[slot].is_some() {
                slot = (slot + 1) % KIND_SLOTS;
            }
            t[slot] = Some(k);
        }
        t
    });
    let name = e.as_str().as_bytes();
    let mut slot = name_hash(name);
    while let Some(k) = INDEX[slot] {
        if k.entity().as_str().as_bytes() == name {
            return Some(k);
        }
        slot = (slot + 1) % KIND_SLOTS;
    }
    None
}

/// FNV-1a of a type name, reduced to a slot of [`kind_of`]'s table.
fn name_hash(name: &[u8]) -> usize {
    let h = name.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    (h ^ (h >> 16)) as usize % KIND_SLOTS
}

/// A set of kinds as a bit set.
pub(crate) type KindSet = u128;

const _: () = assert!(Kind::ALL.len() <= 128);

/// The priority of any entity type, built-in or not (lower wins a tie).
pub(crate) fn entity_priority(e: &EntityType) -> u8 {
    kind_of(e).map_or(7, Kind::priority)
}

/// Whether `e` is a structured built-in type whose adjacent values are distinct values (two phone
/// numbers in a list), as opposed to names, places and organisations.
pub(crate) fn is_structured(e: &EntityType) -> bool {
    kind_of(e).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_of_finds_every_built_in_kind_by_its_name() {
        for &k in Kind::ALL {
            assert_eq!(kind_of(&k.entity()), Some(k));
            assert!(k.entity().is_built_in(), "{} is not in EntityType::BUILT_IN", k.entity());
            let read: EntityType = serde_json::from_str(&format!("\"{}\"", k.entity())).expect("a valid name");
            assert_eq!(kind_of(&read), Some(k), "the name as a request carries it");
        }
    }

    #[test]
    fn kind_of_knows_no_other_name() {
        for name in ["PERSON", "LOCATION", "ORGANIZATION", "NRP", "CUSTOM_ID", "PHONE_NUMBERS", "PHONE", "X"] {
            let e = EntityType::parse(name).expect("a valid name");
            assert_eq!(kind_of(&e), None, "{name}");
            assert!(!off_by_default(&e));
            assert_eq!(entity_priority(&e), 7);
        }
        assert!(off_by_default(&EntityType::DE_PLZ));
        assert!(!off_by_default(&EntityType::PHONE_NUMBER));
    }
}
