//! The rules of the recognizer by name, so that an explanation can say which one found a name,
//! place or organisation. Each candidate carries one byte for it ([`crate::cand::Cand::rule`]); the
//! rule modules do not set it themselves: the caller names the rule before running it
//! ([`crate::cand::Cands::rule`]).

/// One rule, or family of rules, of the recognizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Rule {
    #[default]
    Unnamed,
    FieldName,
    Label,
    QuotedPair,
    KeyEquals,
    CsvColumn,
    XmlElement,
    Address,
    CityState,
    Gazetteer,
    LegalForm,
    OrgHead,
    OrgPrefix,
    Firm,
    DefinedTerm,
    Title,
    Salutation,
    Signature,
    Speaker,
    Credit,
    Signoff,
    Possessive,
    Nickname,
    Role,
    SurnameFirst,
    Handle,
    Prose,
    Lowercase,
    Network,
    RepeatedPerson,
    RepeatedOrg,
    Retyped,
}

impl Rule {
    /// A stable name, shown in explanations.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Rule::Unnamed => "rule",
            Rule::FieldName => "structure: the field name of the segment",
            Rule::Label => "structure: labelled field (Label: value)",
            Rule::QuotedPair => "structure: quoted key and value",
            Rule::KeyEquals => "structure: key=value pair",
            Rule::CsvColumn => "structure: CSV column header",
            Rule::XmlElement => "structure: XML element name",
            Rule::Address => "place: address layout",
            Rule::CityState => "place: city and state or region",
            Rule::Gazetteer => "place: gazetteer",
            Rule::LegalForm => "organisation: legal form",
            Rule::OrgHead => "organisation: head word",
            Rule::OrgPrefix => "organisation: prefix word",
            Rule::Firm => "organisation: firm name",
            Rule::DefinedTerm => "organisation: defined term",
            Rule::Title => "person: title",
            Rule::Salutation => "person: salutation",
            Rule::Signature => "person: signature block",
            Rule::Speaker => "person: chat speaker",
            Rule::Credit => "person: credit line",
            Rule::Signoff => "person: sign-off",
            Rule::Possessive => "person: possessive",
            Rule::Nickname => "person: nickname",
            Rule::Role => "person: role noun",
            Rule::SurnameFirst => "person: surname first (Last, First)",
            Rule::Handle => "person: handle",
            Rule::Prose => "person: prose shape",
            Rule::Lowercase => "person: lower-case name",
            Rule::Network => "statistical model",
            Rule::RepeatedPerson => "propagation: repeat of a name found elsewhere in the text",
            Rule::RepeatedOrg => "propagation: repeat of an organisation found elsewhere in the text",
            Rule::Retyped => "propagation: a place or organisation guess that is a person found elsewhere",
        }
    }
}
