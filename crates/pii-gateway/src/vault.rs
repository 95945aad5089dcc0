//! The gateway's side of the pseudonym vault: keeping the surrogates of a `/redact` call, and finding
//! the values of surrogates for `POST /api/v1/deanonymize` (a job's are kept by the event consumer,
//! `pii_db::events`). The crypto is `pii_core::engine::vault`, the rows `pii_db::vault`.

use std::collections::HashMap;

use pii_core::engine::vault::{Minted, PseudonymDeposit, VaultScope, open_pseudonym, pseudonym_lookup};
use pii_core::engine::{KnownValue, TenantKeys};
use pii_core::text::ByteCounter;
use pii_core::{CoreError, TenantId};
use pii_db::vault::VaultRecord;

use crate::dto::ValueSpan;
use crate::error::ApiError;
use crate::state::AppState;

/// Seals the surrogates a `/redact` call wrote (distinct ones, within the per-job bounds).
///
/// # Errors
/// `CoreError::Crypto` if sealing fails.
pub fn seal_call(keys: &TenantKeys, scope: VaultScope, minted: Vec<Minted>) -> Result<PseudonymDeposit, CoreError> {
    let mut distinct = minted;
    distinct.sort_by(|a, b| (&a.entity_type, &a.surrogate, &a.value).cmp(&(&b.entity_type, &b.surrogate, &b.value)));
    distinct.dedup();
    PseudonymDeposit::seal(keys, scope, &distinct)
}

/// Stores a call's records for `tenant`.
///
/// # Errors
/// `ApiError` from the store: the call fails rather than hand out surrogates nobody can reverse.
pub async fn keep(state: &AppState, tenant: &TenantId, deposit: PseudonymDeposit) -> Result<(), ApiError> {
    if deposit.records.is_empty() {
        return Ok(());
    }
    let tenant = tenant.clone();
    state
        .db
        .run(move |c| pii_db::write_tx::write_transaction(c, |c| pii_db::vault::deposit(c, &tenant, &deposit.scope, &deposit.records)))
        .await?;
    Ok(())
}

/// A surrogate span of a request, with its lookup.
pub struct Wanted {
    pub span: ValueSpan,
    lookup: Vec<u8>,
}

/// The lookups of `spans` in `text` (char offsets).
///
/// # Errors
/// `CoreError::Invalid` (a 422) for spans that are empty, outside the text or overlapping.
pub fn lookups(keys: &TenantKeys, text: &str, spans: Vec<ValueSpan>) -> Result<Vec<Wanted>, CoreError> {
    if spans.len() > pii_core::engine::MAX_FPE_VALUES {
        return Err(CoreError::invalid("pseudonyms", format!("at most {} spans", pii_core::engine::MAX_FPE_VALUES)));
    }
    let chars = text.chars().count() as u64;
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| spans[i].start);
    let mut lookups: Vec<Option<Vec<u8>>> = vec![None; spans.len()];
    let mut bc = ByteCounter::new(text);
    let mut last_end = 0;
    for i in order {
        let s = &spans[i];
        if s.start >= s.end || s.end > chars {
            return Err(CoreError::invalid("pseudonyms", "a span is empty or outside the text"));
        }
        if s.start < last_end {
            return Err(CoreError::invalid("pseudonyms", "spans overlap"));
        }
        last_end = s.end;
        let (bs, be) = (bc.byte_offset(s.start), bc.byte_offset(s.end));
        lookups[i] = Some(pseudonym_lookup(keys, &s.entity_type, &text[bs..be])?);
    }
    Ok(spans.into_iter().zip(lookups).map(|(span, lookup)| Wanted { span, lookup: lookup.unwrap_or_default() }).collect())
}

/// The values of `wanted` found in the tenant's vault, and the spans left as they are. A surrogate
/// is restored when every record found for it (of its type) agrees on one value and none is
/// ambiguous; a record that does not open (it cannot be this tenant's) restores nothing. Each record
/// is opened with `keys_at` its own key generation, so records sealed before a rotation still open.
pub fn resolve(keys_at: impl Fn(u32) -> TenantKeys, wanted: Vec<Wanted>, found: &[VaultRecord]) -> (Vec<KnownValue>, Vec<ValueSpan>) {
    let mut by_generation: HashMap<u32, TenantKeys> = HashMap::new();
    let mut by_lookup: HashMap<(&str, &[u8]), Vec<&VaultRecord>> = HashMap::new();
    for r in found {
        by_lookup.entry((r.record.entity_type.as_str(), r.record.lookup.as_slice())).or_default().push(r);
    }
    let (mut known, mut left) = (Vec::new(), Vec::new());
    for w in wanted {
        let candidates = by_lookup.get(&(w.span.entity_type.as_str(), w.lookup.as_slice()));
        let value = candidates.and_then(|c| {
            let first = c.first()?;
            let agree = c.iter().all(|r| !r.ambiguous && r.record.value_tag == first.record.value_tag);
            let keys = by_generation.entry(first.record.key_generation).or_insert_with(|| keys_at(first.record.key_generation));
            agree.then(|| open_pseudonym(keys, &first.scope, &first.record).ok()).flatten()
        });
        match value {
            Some(value) => known.push(KnownValue { entity_type: w.span.entity_type.clone(), start: w.span.start, end: w.span.end, value }),
            None => left.push(w.span),
        }
    }
    (known, left)
}

/// The records of `tenant` for `wanted`, in `scope` or any.
///
/// # Errors
/// `ApiError` from the store.
pub async fn find(state: &AppState, tenant: &TenantId, scope: Option<VaultScope>, wanted: &[Wanted]) -> Result<Vec<VaultRecord>, ApiError> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let mut lookups: Vec<Vec<u8>> = wanted.iter().map(|w| w.lookup.clone()).collect();
    lookups.sort();
    lookups.dedup();
    let tenant = tenant.clone();
    Ok(state.db.run(move |c| pii_db::vault::find(c, &tenant, scope.as_ref(), &lookups)).await?)
}
