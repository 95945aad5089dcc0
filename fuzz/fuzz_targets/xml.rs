#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    pii_docs_fuzz::run(pii_docs::Format::Xml, "input.xml", data);
});
