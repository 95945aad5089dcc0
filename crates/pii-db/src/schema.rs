//! Table definitions, kept in step with `migrations/postgres` and `migrations/sqlite` (a test runs
//! the migrations on both backends and exercises every column).

diesel::table! {
    tenants (id) {
        id -> Text,
        created_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        requests_per_second -> Nullable<Float>,
        max_jobs_in_flight -> Nullable<Integer>,
        retention_seconds -> Nullable<BigInt>,
        key_epoch -> Text,
        key_generation -> Integer,
        output_key_generation -> Integer,
    }
}

diesel::table! {
    api_keys (id) {
        id -> Text,
        tenant_id -> Text,
        key_hash -> Text,
        key_prefix -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        scopes -> Text,
    }
}

diesel::table! {
    jobs (id) {
        id -> Text,
        tenant_id -> Text,
        batch_id -> Nullable<Text>,
        status -> Text,
        attempt -> Integer,
        progress_pct -> SmallInt,
        input_uri -> Text,
        output_uri -> Text,
        content_type -> Nullable<Text>,
        findings -> Nullable<Text>,
        error_message -> Nullable<Text>,
        policy -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
        callback_url -> Nullable<Text>,
        metadata -> Nullable<Text>,
        next_attempt_at -> Nullable<Timestamp>,
        resends -> Integer,
        output_size -> Nullable<BigInt>,
        output_tag -> Nullable<Text>,
        warnings -> Nullable<Text>,
        cancelled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    auth_epoch (id) {
        id -> Integer,
        epoch -> BigInt,
    }
}

diesel::table! {
    tenant_grants (tenant_id, prefix) {
        tenant_id -> Text,
        prefix -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    batches (id) {
        id -> Text,
        tenant_id -> Text,
        jobs_total -> Integer,
        callback_url -> Nullable<Text>,
        metadata -> Nullable<Text>,
        created_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
        input_prefix -> Nullable<Text>,
        output_prefix -> Nullable<Text>,
        policy -> Nullable<Text>,
        overwrite -> Bool,
        listing -> Bool,
        list_after -> Nullable<Text>,
        listing_owner -> Nullable<Text>,
        listing_lease_until -> Nullable<Timestamp>,
        listing_error -> Nullable<Text>,
    }
}

diesel::table! {
    idempotency_keys (tenant_id, key) {
        tenant_id -> Text,
        key -> Text,
        request_hash -> Text,
        response_status -> SmallInt,
        response_body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    callbacks (id) {
        id -> BigInt,
        tenant_id -> Text,
        url -> Text,
        event -> Text,
        payload -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        created_at -> Timestamp,
        delivered_at -> Nullable<Timestamp>,
        gave_up_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        routing_key -> Text,
        payload -> Text,
        created_at -> Timestamp,
        headers -> Nullable<Text>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        at -> Timestamp,
        key_id -> Text,
        tenant_id -> Text,
        action -> Text,
        target -> Nullable<Text>,
        outcome -> Text,
    }
}

diesel::table! {
    pseudonym_vault (tenant_id, scope_kind, scope_id, entity_type, lookup) {
        tenant_id -> Text,
        scope_kind -> Text,
        scope_id -> Text,
        entity_type -> Text,
        lookup -> Binary,
        value_tag -> Binary,
        sealed -> Binary,
        ambiguous -> Bool,
        written_at -> Timestamp,
        key_generation -> Integer,
    }
}

diesel::joinable!(api_keys -> tenants (tenant_id));
diesel::joinable!(tenant_grants -> tenants (tenant_id));
diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    api_keys,
    tenant_grants,
    auth_epoch,
    jobs,
    outbox,
    batches,
    idempotency_keys,
    callbacks,
    audit_events,
    pseudonym_vault
);
