//! Presidio's `encrypt` and `decrypt` operators: AES in CBC mode with PKCS#7 padding, a fresh
//! 16-byte IV in front of the ciphertext, the whole in URL-safe base64. Keys are the caller's own
//! (16, 24 or 32 bytes), so a token made by Presidio decrypts here and one made here decrypts there.
//!
//! Unlike the engine's own `encrypt` operator this is not authenticated: it is kept only because
//! Presidio's clients hold such tokens. The IV comes from the caller, so the core stays free of I/O.

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use base64::Engine as _;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE};

use crate::CoreError;

/// Length of the initialisation vector written in front of every token.
pub const IV_LEN: usize = 16;

/// Whether `key` has one of AES's key sizes (128, 192 or 256 bits).
pub fn is_valid_key(key: &[u8]) -> bool {
    matches!(key.len(), 16 | 24 | 32)
}

/// Encrypts `text` under `key` with the given IV, as Presidio's operator does.
pub fn encrypt(key: &[u8], iv: [u8; IV_LEN], text: &str) -> Result<String, CoreError> {
    let ciphertext = match key.len() {
        16 => enc::<aes::Aes128>(key, &iv, text.as_bytes())?,
        24 => enc::<aes::Aes192>(key, &iv, text.as_bytes())?,
        32 => enc::<aes::Aes256>(key, &iv, text.as_bytes())?,
        _ => return Err(key_size()),
    };
    let mut blob = Vec::with_capacity(IV_LEN + ciphertext.len());
    blob.extend_from_slice(&iv);
    blob.extend_from_slice(&ciphertext);
    Ok(URL_SAFE.encode(blob))
}

/// Decrypts a token made by [`encrypt`] or by Presidio. Like Python's `urlsafe_b64decode`, both
/// base64 alphabets are read and characters outside them (spaces, line breaks) are skipped.
pub fn decrypt(key: &[u8], token: &str) -> Result<String, CoreError> {
    let cleaned: String = token
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
        .collect();
    let lenient = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    let blob = lenient.decode(cleaned.trim_end_matches('=')).map_err(|_| undecryptable())?;
    if blob.len() < 2 * IV_LEN || blob.len() % IV_LEN != 0 {
        return Err(undecryptable());
    }
    let (iv, ciphertext) = blob.split_at(IV_LEN);
    let plain = match key.len() {
        16 => dec::<aes::Aes128>(key, iv, ciphertext)?,
        24 => dec::<aes::Aes192>(key, iv, ciphertext)?,
        32 => dec::<aes::Aes256>(key, iv, ciphertext)?,
        _ => return Err(key_size()),
    };
    String::from_utf8(plain).map_err(|_| undecryptable())
}

fn enc<C>(key: &[u8], iv: &[u8], msg: &[u8]) -> Result<Vec<u8>, CoreError>
where
    cbc::Encryptor<C>: KeyIvInit + BlockModeEncrypt,
    C: aes::cipher::BlockCipherEncrypt,
{
    let mode = cbc::Encryptor::<C>::new_from_slices(key, iv).map_err(|_| key_size())?;
    Ok(mode.encrypt_padded_vec::<Pkcs7>(msg))
}

fn dec<C>(key: &[u8], iv: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, CoreError>
where
    cbc::Decryptor<C>: KeyIvInit + BlockModeDecrypt,
    C: aes::cipher::BlockCipherDecrypt,
{
    let mode = cbc::Decryptor::<C>::new_from_slices(key, iv).map_err(|_| key_size())?;
    mode.decrypt_padded_vec::<Pkcs7>(ciphertext).map_err(|_| undecryptable())
}

fn key_size() -> CoreError {
    CoreError::Refused("Invalid input, key must be of length 128, 192 or 256 bits".into())
}

fn undecryptable() -> CoreError {
    CoreError::Refused("Invalid input, text cannot be decrypted with the given key".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decrypts_a_token_presidio_made() {
        // Presidio's documented example: "text_for_encryption" under the key "1111111111111111".
        let token = "e6HnOMnIxbd4a8Qea44LshQDnjvxwzBIaAz+YqHNnMW2mC5r3AWoay8Spsoajyyy";
        assert_eq!(decrypt(b"1111111111111111", token).ok().as_deref(), Some("text_for_encryption"));
    }

    #[test]
    fn round_trips_with_each_key_size_and_a_fresh_iv_changes_the_token() {
        for key in [&b"1111111111111111"[..], &b"222222222222222222222222"[..], &b"33333333333333333333333333333333"[..]] {
            let a = encrypt(key, [7; IV_LEN], "Lorem Ipsum ").ok();
            let b = encrypt(key, [8; IV_LEN], "Lorem Ipsum ").ok();
            assert_ne!(a, b);
            let a = a.unwrap_or_default();
            // 12 bytes pad to one block: IV + 16 bytes, 44 base64 characters, URL-safe alphabet.
            assert_eq!(a.len(), 44);
            assert_eq!(decrypt(key, &a).ok().as_deref(), Some("Lorem Ipsum "));
        }
    }

    #[test]
    fn a_wrong_key_or_a_mangled_token_is_refused_not_garbled() {
        let token = encrypt(b"1111111111111111", [1; IV_LEN], "secret value").unwrap_or_default();
        assert!(
            decrypt(b"2222222222222222", &token).is_err() || decrypt(b"2222222222222222", &token).ok().as_deref() != Some("secret value")
        );
        assert!(decrypt(b"1111111111111111", "not a token").is_err());
        assert!(decrypt(b"short", &token).is_err());
        assert!(encrypt(b"invalidkey", [0; IV_LEN], "x").is_err());
        assert!(!is_valid_key(b"invalidkey"));
    }
}
