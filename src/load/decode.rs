//! Bytes to text: UTF-8 as it should be, UTF-16 with a byte-order mark, Latin-1 as a last resort, and
//! binary files refused.

use crate::error::LoadError;

/// Decode a file's bytes. A warning (`Some`) means the text was read but not as UTF-8.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<LoadError>), LoadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|s| (s, Some(LoadError::Utf16)));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|s| (s, Some(LoadError::Utf16)));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = memchr::memchr(0, sample) {
        return Err(LoadError::Binary { reason: format!("NUL byte at offset {pos}") });
    }
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if controls * 20 > sample.len() {
        return Err(LoadError::Binary {
            reason: format!("{controls} control bytes in the first {} bytes", sample.len()),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_owned(), None)),
        Err(e) => {
            // Windows-1252 and Latin-1 agree on letters; every byte maps to a char, so nothing is lost.
            let text = bytes.iter().map(|&b| char::from(b)).collect();
            Ok((text, Some(LoadError::NotUtf8 { offset: e.valid_up_to() })))
        }
    }
}

fn utf16(rest: &[u8], from: fn([u8; 2]) -> u16) -> Result<String, LoadError> {
    let units: Vec<u16> = rest.chunks_exact(2).map(|c| from([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| LoadError::Binary { reason: "invalid UTF-16".into() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_users_have() {
        assert!(matches!(decode(b"\n \n"), Err(LoadError::Empty)));
        assert!(matches!(decode(b"PK\x03\x04\x00\x00"), Err(LoadError::Binary { .. })));
        let (s, w) = decode(b"caf\xe9 troops").unwrap_or_default_for_test();
        assert_eq!(s, "caf\u{e9} troops");
        assert!(matches!(w, Some(LoadError::NotUtf8 { offset: 3 })));
        let (s, w) = decode(&[0xFF, 0xFE, b'h', 0, b'i', 0]).unwrap_or_default_for_test();
        assert_eq!(s, "hi");
        assert!(matches!(w, Some(LoadError::Utf16)));
    }

    trait OrDefault {
        fn unwrap_or_default_for_test(self) -> (String, Option<LoadError>);
    }
    impl OrDefault for Result<(String, Option<LoadError>), LoadError> {
        fn unwrap_or_default_for_test(self) -> (String, Option<LoadError>) {
            self.unwrap_or_else(|e| (format!("error: {e}"), None))
        }
    }
}
