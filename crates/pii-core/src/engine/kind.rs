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
);

impl Kind {
    /// This kind's bit in a [`KindSet`].
    pub(crate) const fn bit(self) -> u64 {
        1u64 << (self as u8)
    }

    /// Tie-break when two spans of different kinds have the same score and length: the lower value
    /// wins. Checksummed, specific identifiers come before generic shapes.
    pub(crate) fn priority(self) -> u8 {
        match self {
            Kind::Email | Kind::Url | Kind::Crypto | Kind::Secret | Kind::Iban | Kind::CreditCard => 0,
            Kind::UkNhs | Kind::MedicalLicense | Kind::AbaRouting | Kind::ItFiscalCode | Kind::InAadhaar => 1,
            Kind::UsSsn | Kind::UsItin | Kind::UkNino | Kind::EsNif | Kind::EsNie | Kind::PlPesel | Kind::FiHetu
            | Kind::SePersonnummer | Kind::NlBsn | Kind::FrNir | Kind::DeTaxId | Kind::InPan | Kind::SgNric
            | Kind::AuAbn | Kind::AuAcn | Kind::AuTfn | Kind::AuMedicare | Kind::CaSin | Kind::BrCpf
            | Kind::BrCnpj | Kind::KrRrn => 2,
            Kind::Ip | Kind::Mac | Kind::Date => 3,
            Kind::Phone => 4,
            Kind::UsPassport | Kind::UsDriverLicense => 5,
            Kind::UsBank => 6,
        }
    }
}

/// A set of kinds as a bit set.
pub(crate) type KindSet = u64;

const _: () = assert!(Kind::ALL.len() <= 64);

/// The priority of any entity type, built-in or not (lower wins a tie).
pub(crate) fn entity_priority(e: &EntityType) -> u8 {
    Kind::ALL.iter().find(|k| k.entity() == *e).map_or(7, |k| k.priority())
}

/// Whether `e` is a structured built-in type whose adjacent values are distinct values (two phone
/// numbers in a list), as opposed to names, places and organisations.
pub(crate) fn is_structured(e: &EntityType) -> bool {
    Kind::ALL.iter().any(|k| k.entity() == *e)
}
