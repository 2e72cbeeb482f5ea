//! Bytes to text: UTF-8 as it should be, UTF-16 with a byte-order mark, Latin-1 as a last resort, and
//! binary files refused.

use crate::error::LoadError;

/// Decode a file's bytes (taken, so that UTF-8, nearly every file, needs no copy). A warning (`Some`)
/// means the text was read but not as UTF-8.
pub fn decode(mut owned: Vec<u8>) -> Result<(String, Option<LoadError>), LoadError> {
    if owned.starts_with(&[0xEF, 0xBB, 0xBF]) {
        owned.drain(..3);
    }
    let bytes = owned.as_slice();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|s| (s, Some(LoadError::Utf16)));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|s| (s, Some(LoadError::Utf16)));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = memchr::memchr(0, sample) {
        return Err(LoadError::Binary { reason: format!("NUL byte at offset {pos}") });
    }
    let controls = control_bytes(sample);
    if controls * 20 > sample.len() {
        return Err(LoadError::Binary {
            reason: format!("{controls} control bytes in the first {} bytes", sample.len()),
        });
    }
    match String::from_utf8(owned) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            // Windows-1252 and Latin-1 agree on letters; every byte maps to a char, so nothing is lost.
            let text = e.into_bytes().iter().map(|&b| char::from(b)).collect();
            Ok((text, Some(LoadError::NotUtf8 { offset })))
        }
    }
}

/// Control bytes other than line breaks, tabs and form feeds: many mean a binary file.
fn control_bytes(sample: &[u8]) -> usize {
    // Byte-sized counts over chunks that cannot overflow one: the compiler turns this into wide
    // vector compares, where a count per byte in a wider integer stayed a scalar loop.
    sample
        .chunks(255)
        .map(|chunk| {
            chunk.iter().fold(0u8, |n, &b| n + u8::from(b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)))
                as usize
        })
        .sum()
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
        assert!(matches!(decode(b"\n \n".to_vec()), Err(LoadError::Empty)));
        assert!(matches!(decode(b"PK\x03\x04\x00\x00".to_vec()), Err(LoadError::Binary { .. })));
        let (s, w) = decode(b"caf\xe9 troops".to_vec()).unwrap_or_default_for_test();
        assert_eq!(s, "caf\u{e9} troops");
        assert!(matches!(w, Some(LoadError::NotUtf8 { offset: 3 })));
        let (s, w) = decode(vec![0xFF, 0xFE, b'h', 0, b'i', 0]).unwrap_or_default_for_test();
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
