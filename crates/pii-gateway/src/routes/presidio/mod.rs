//! `/presidio`: Presidio's REST API (analyzer and anonymizer) with its request and response shapes,
//! field names, status codes and `{"error": …}` bodies, so that a Presidio client changes only its
//! base URL and adds the `X-API-Key` header. Detection is this engine's; the anonymizer follows
//! Presidio's rules to the character (`pii_core::presidio`).

mod adhoc;
mod analyze;
mod anonymize;
mod body;
mod catalog;
mod error;
mod explain;

use actix_web::middleware::from_fn;
use actix_web::web;

pub use error::PresidioError;

/// Wires the `/presidio` scope: `health` is open like the API's `healthz`, the rest needs a key.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/presidio").route("/health", web::get().to(catalog::health)).service(
            web::scope("")
                .wrap(from_fn(crate::auth::authenticate))
                .route("/analyze", web::post().to(analyze::analyze))
                .route("/supportedentities", web::get().to(catalog::supported_entities))
                .route("/recognizers", web::get().to(catalog::recognizers))
                .route("/anonymize", web::post().to(anonymize::anonymize))
                .route("/deanonymize", web::post().to(anonymize::deanonymize))
                .route("/anonymizers", web::get().to(catalog::anonymizers))
                .route("/deanonymizers", web::get().to(catalog::deanonymizers))
                .default_service(web::to(error::not_found)),
        ),
    );
}
