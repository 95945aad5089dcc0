//! The request bodies that carry a redaction policy: `POST /redact/uri`, `POST /redact/batch`,
//! `POST /analyze` and `POST /redact`. Each takes some of the policy fields, and each policy field
//! is written once, in [`policy_request!`], with its doc, serde default and OpenAPI type.
//!
//! Not `#[serde(flatten)]` of one policy struct: serde's `deny_unknown_fields` does not work with
//! flatten, the OpenAPI document would turn each body into an `allOf` without
//! `additionalProperties: false`, and the 422 for an unknown field would no longer list the
//! expected ones. The macro keeps every body a plain struct, so its wire format and schema are
//! what the repetition it replaced produced (`tests/proto.rs` holds the OpenAPI document).

use pii_core::policy::RedactionPolicy;
use serde::Deserialize;
use utoipa::ToSchema;

/// Declares a request body: its own leading fields, then the policy fields it takes (named, in wire
/// order; attributes written before a name, such as a doc comment, are added to that field), then
/// its own trailing fields after `then`. It derives `Deserialize` (with `deny_unknown_fields`) and
/// `ToSchema`, and a `policy()` that copies exactly the named fields into a [`RedactionPolicy`]
/// (the others keep their defaults; the key epoch is written when the policy is sealed,
/// `Principal::seal`).
///
/// The `@field` arms below are the one place each policy field is declared.
macro_rules! policy_request {
    (
        $(#[$($attr:tt)*])*
        pub struct $name:ident { $($head:tt)* }
        policy { $($(#[$($field_attr:tt)*])* $field:ident),* $(,)? }
        $(then { $($tail:tt)* })?
    ) => {
        policy_request!(@field [[$(#[$($attr)*])*] $name [$($head)*] [$($($tail)*)?]] []
            $([$(#[$($field_attr)*])*] $field)*);

        impl $name {
            /// The policy this request asks for.
            pub fn policy(&self) -> RedactionPolicy {
                // `Clone::clone`, not `.clone()`: clippy asks for `Copy` fields to be copied.
                RedactionPolicy { $($field: Clone::clone(&self.$field),)* ..RedactionPolicy::default() }
            }
        }
    };

    // Every policy field has been declared: write the struct.
    (@field [[$($attr:tt)*] $name:ident [$($head:tt)*] [$($tail:tt)*]] [$($fields:tt)*]) => {
        $($attr)*
        #[derive(Debug, Deserialize, ToSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $($head)* $($fields)* $($tail)* }
    };

    // One arm per policy field: its declaration, appended after the attributes the call gave it.
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] entities $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            #[schema(value_type = Option<Vec<String>>)]
            pub entities: Option<Vec<pii_core::EntityType>>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] score_threshold $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            pub score_threshold: Option<f32>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] allow_list $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            #[serde(default)]
            pub allow_list: Vec<String>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] deny_list $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            #[serde(default)]
            #[schema(value_type = Vec<Object>)]
            pub deny_list: Vec<pii_core::policy::DenyListEntry>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] ad_hoc_recognizers $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            #[serde(default)]
            #[schema(value_type = Vec<Object>)]
            pub ad_hoc_recognizers: Vec<pii_core::policy::AdHocRecognizer>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] operators $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            #[serde(default)]
            #[schema(value_type = Object)]
            pub operators: std::collections::BTreeMap<String, pii_core::policy::OperatorConfig>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] images $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            /// Image content (image files, scanned PDF pages): `ocr` (default: read and burn the findings
            /// out of the pixels), `remove` (blank every image), `fail` (the job ends `error` naming the page
            /// or image) or `keep` (unread, with a warning).
            #[serde(default)]
            #[schema(value_type = Option<String>)]
            pub images: pii_core::policy::ImagePolicy,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] unreadable_images $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            /// Under `images: ocr`, image content OCR cannot read with confidence: `remove` (default: blank
            /// it) or `fail` (the job ends `error` naming the page or image).
            #[serde(default)]
            #[schema(value_type = Option<String>)]
            pub unreadable_images: pii_core::policy::UnreadableImages,
        ] $($rest)*);
    };
    // No doc of its own: the scopes a job request and a text call offer differ, so each call says.
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] pseudonym_scope $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            #[schema(value_type = Option<String>)]
            pub pseudonym_scope: Option<pii_core::policy::PseudonymScope>,
        ] $($rest)*);
    };
    (@field $decl:tt [$($fields:tt)*] [$($a:tt)*] language $($rest:tt)*) => {
        policy_request!(@field $decl [$($fields)* $($a)*
            /// The language of the documents: `auto` (default: identified per document and segment) or
            /// one of `en`, `fr`, `de`, `es`, `it`, `nl`, `pt` to force it; any other value is a 422.
            #[serde(default)]
            #[schema(value_type = Option<String>)]
            pub language: pii_core::lang::LanguageChoice,
        ] $($rest)*);
    };
}

policy_request! {
    /// `POST /redact/uri`.
    pub struct RedactUriRequest {
        /// `s3://`, `gs://`, `az://`, `file://` (under the allowed roots) or `https://`.
        pub input_uri: String,
        /// Where to write the result; by default a `redacted/` folder beside the input.
        pub output_uri: Option<String>,
        /// Replace an object already at `output_uri` that no job of this tenant wrote (otherwise 409).
        #[serde(default)]
        pub overwrite: bool,
    }
    policy {
        entities, score_threshold, allow_list, deny_list, ad_hoc_recognizers, operators, images, unreadable_images,
        /// Within what `pseudonymize` surrogates and `date_shift` offsets stay the same: `job`, `batch`
        /// or `tenant`.
        pseudonym_scope,
        language,
    }
    then {
        /// Where to POST (signed) when the job ends.
        pub callback_url: Option<String>,
        /// Anything the caller wants echoed in the job and its callback (a JSON object, at most 4 KiB).
        #[schema(value_type = Option<Object>)]
        pub metadata: Option<serde_json::Value>,
    }
}

/// One input of a batch.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchItem {
    pub input_uri: String,
    pub output_uri: Option<String>,
}

policy_request! {
    /// `POST /redact/batch`: many inputs (listed, or every object under a prefix) with one policy.
    pub struct BatchRequest {
        /// Up to 10,000 inputs (`PII_REDACTOR_MAX_BATCH_ITEMS`).
        #[serde(default)]
        pub items: Vec<BatchItem>,
        /// Instead of items: every object below this prefix (`s3://bucket/dir/`, `file:///…/dir/`), of
        /// any number, listed and submitted page by page.
        pub input_prefix: Option<String>,
        /// Outputs go below this prefix, under the input's key relative to `input_prefix` (or its file
        /// name for listed items); by default beside each input under `redacted/`.
        pub output_prefix: Option<String>,
        /// Replace objects already at the outputs that no job of this tenant wrote (otherwise 409).
        #[serde(default)]
        pub overwrite: bool,
    }
    policy {
        entities, score_threshold, allow_list, deny_list, ad_hoc_recognizers, operators, images, unreadable_images,
        /// Within what `pseudonymize` surrogates and `date_shift` offsets stay the same: `job`, `batch`
        /// or `tenant`.
        pseudonym_scope,
        language,
    }
    then {
        /// Where to POST (signed) once every job of the batch has ended.
        pub callback_url: Option<String>,
        #[schema(value_type = Option<Object>)]
        pub metadata: Option<serde_json::Value>,
    }
}

policy_request! {
    /// `POST /analyze`.
    pub struct AnalyzeRequest {
        pub text: String,
    }
    // Finds only: no operators, images or pseudonyms.
    policy { entities, score_threshold, allow_list, deny_list, ad_hoc_recognizers, language }
    then {
        /// Return with each finding an `explanation`: the recognizer and rule that found it, its score
        /// before context, the context words that raised it and the validator's verdict. Slower; off
        /// by default.
        #[serde(default)]
        pub return_decision_process: bool,
    }
}

policy_request! {
    /// `POST /redact`: the analyze options plus operators.
    pub struct RedactTextRequest {
        pub text: String,
    }
    // No images; a call has no batch, so its pseudonym scopes are its own.
    policy {
        entities, score_threshold, allow_list, deny_list, ad_hoc_recognizers, operators, language,
        /// `job` (default: this call only) or `tenant` (the same surrogates in every call of the tenant).
        pseudonym_scope,
    }
}
