#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = pii_docs::fuzzing::run(pii_docs::Format::Ndjson, data);
});
