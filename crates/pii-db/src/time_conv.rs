//! Timestamps are stored as UTC `TIMESTAMP` values on both backends.

use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset};

pub(crate) fn to_db(t: OffsetDateTime) -> PrimitiveDateTime {
    let t = t.to_offset(UtcOffset::UTC);
    PrimitiveDateTime::new(t.date(), t.time())
}

pub(crate) fn from_db(t: PrimitiveDateTime) -> OffsetDateTime {
    t.assume_utc()
}

pub(crate) fn now() -> PrimitiveDateTime {
    to_db(OffsetDateTime::now_utc())
}
