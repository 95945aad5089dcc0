#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    pii_docs_fuzz::run(pii_docs::Format::Csv, "input.csv", data);
});
