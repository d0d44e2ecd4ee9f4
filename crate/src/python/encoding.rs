//! Source bytes to source text, as CPython's tokenizer decodes a file (PEP 263).
//!
//! [`decode_source`] strips a UTF-8 byte-order mark, reads a coding declaration on line 1 (or on
//! line 2 after a blank or comment-only line 1) and decodes the bytes as UTF-8, Latin-1 or ASCII.
//! Its errors are the one-line reports `python3 FILE.py` prints for the same bytes
//! (`SyntaxError: Non-UTF-8 code starting with '\xff' in file ...`). Other declared encodings are
//! refused with a `not supported by Interleave:` message. Invalid UTF-8 under a UTF-8
//! declaration (or a BOM) decodes to U+FFFD, recorded in a [`SourceInfo`], so that the parser can
//! report CPython's `(unicode error)` where a string literal or a name holds it. The wasm front
//! end hands the VM text already, so only the command-line runner needs this.

use std::borrow::Cow;

use super::syntax_error::UNSUPPORTED_PREFIX;

/// The UTF-8 byte-order mark CPython skips at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encodings Interleave decodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// How a file's bytes became its text: what CPython's error reports depend on beyond the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceInfo {
    /// A coding declaration or a UTF-8 byte-order mark was read: CPython then counts the columns
    /// of parser errors in characters rather than UTF-8 bytes.
    pub declared: bool,
    /// The file starts with a UTF-8 byte-order mark (CPython shows it in line 1 of error reports).
    pub bom: bool,
    /// One entry per U+FFFD in the text, in order: the bytes it replaced (invalid UTF-8 in a file
    /// declared UTF-8), or `None` for a U+FFFD written in the file. CPython reports invalid bytes
    /// only when a string literal or a name holding them is decoded (`(unicode error) ...`).
    pub replaced: Vec<Option<Vec<u8>>>,
}

impl SourceInfo {
    /// Whether any bytes were replaced.
    pub fn has_replacements(&self) -> bool {
        self.replaced.iter().any(Option::is_some)
    }
}

/// Decode the bytes of the file `filename` to source text, or give the report CPython prints on
/// stderr (one line, ending in a newline) when it refuses them.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, String> {
    decode_source_info(bytes, filename).map(|(text, _)| text)
}

/// [`decode_source`], also saying how the text was decoded (see [`SourceInfo`]; a file with
/// invalid UTF-8 under a UTF-8 declaration decodes with U+FFFD in their place, and parsing it with
/// [`parse_module_decoded`](super::parse_module_decoded) gives CPython's `(unicode error)`).
pub fn decode_source_info<'a>(
    bytes: &'a [u8],
    filename: &str,
) -> Result<(Cow<'a, str>, SourceInfo), String> {
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared_info = SourceInfo {
        declared: true,
        bom,
        replaced: Vec::new(),
    };
    let Some((declared, line)) = coding_spec(body) else {
        if bom {
            // A byte-order mark declares UTF-8.
            let (text, replaced) = lossy_utf8(body);
            return Ok((
                text,
                SourceInfo {
                    replaced,
                    ..declared_info
                },
            ));
        }
        return match std::str::from_utf8(body).map(|t| (t, SourceInfo::default())) {
            Ok((text, info)) => Ok((Cow::Borrowed(text), info)),
            Err(e) => {
                let at = e.valid_up_to();
                let lineno = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(format!(
                    "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on \
                     line {lineno}, but no encoding declared; see \
                     https://peps.python.org/pep-0263/ for details\n",
                    body[at]
                ))
            }
        };
    };
    let name = normal_name(&declared);
    let codec = codec(&name);
    if bom && codec != Some(Codec::Utf8) {
        return Err(format!("SyntaxError: encoding problem: {name} with BOM\n"));
    }
    match codec {
        Some(Codec::Utf8) => {
            let (text, replaced) = lossy_utf8(body);
            Ok((
                text,
                SourceInfo {
                    replaced,
                    ..declared_info
                },
            ))
        }
        Some(Codec::Latin1) => Ok((
            Cow::Owned(body.iter().map(|&b| char::from(b)).collect()),
            declared_info,
        )),
        Some(Codec::Ascii) if body.is_ascii() => Ok((
            Cow::Owned(String::from_utf8_lossy(body).into_owned()),
            declared_info,
        )),
        Some(Codec::Ascii) => Err(format!("SyntaxError: encoding problem: {name}\n")),
        None => Err(format!(
            "SyntaxError: {UNSUPPORTED_PREFIX}source encoding '{declared}' (declared on line \
             {line}); Interleave reads utf-8, latin-1 and ascii source\n"
        )),
    }
}

/// `body` decoded as UTF-8 with U+FFFD for each invalid sequence (as CPython's `replace` handler
/// cuts them), and the [`SourceInfo::replaced`] list: one entry per U+FFFD of the text.
fn lossy_utf8(body: &[u8]) -> (Cow<'_, str>, Vec<Option<Vec<u8>>>) {
    let genuine = |text: &str, list: &mut Vec<Option<Vec<u8>>>| {
        list.extend(text.matches('\u{fffd}').map(|_| None));
    };
    let mut replaced = Vec::new();
    if let Ok(text) = std::str::from_utf8(body) {
        genuine(text, &mut replaced);
        return (Cow::Borrowed(text), replaced);
    }
    let mut out = String::with_capacity(body.len() + 8);
    let mut rest = body;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                genuine(text, &mut replaced);
                out.push_str(text);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                let text = std::str::from_utf8(valid).unwrap_or_default();
                genuine(text, &mut replaced);
                out.push_str(text);
                let bad = e.error_len().unwrap_or(after.len()).clamp(1, after.len());
                replaced.push(Some(after[..bad].to_vec()));
                out.push('\u{fffd}');
                rest = &after[bad..];
            }
        }
    }
    (Cow::Owned(out), replaced)
}

/// CPython's message for the first invalid UTF-8 in `bytes` (one string literal, or one run of
/// its non-ASCII bytes, or a name), without the `(unicode error) ` prefix; `None` if all is valid.
pub(crate) fn utf8_error_message(bytes: &[u8]) -> Option<String> {
    let e = std::str::from_utf8(bytes).err()?;
    let start = e.valid_up_to();
    let (len, reason) = match e.error_len() {
        Some(n) => {
            let lead = bytes.get(start).copied().unwrap_or(0);
            let starts = matches!(lead, 0xc2..=0xf4);
            if n == 1 && !starts {
                (1, "invalid start byte")
            } else {
                (n, "invalid continuation byte")
            }
        }
        None => (bytes.len() - start, "unexpected end of data"),
    };
    Some(if len <= 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            bytes.get(start).copied().unwrap_or(0)
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
            start + len - 1
        )
    })
}

/// The encoding a coding declaration names and the line (1 or 2) it is on, as CPython's
/// `check_coding_spec` finds it: line 2 counts only when line 1 is blank or a comment.
fn coding_spec(body: &[u8]) -> Option<(String, u32)> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = spec_in_line(first) {
        return Some((name, 1));
    }
    let rest = trim_blank(first);
    if !(rest.is_empty() || rest[0] == b'#' || rest == b"\r") {
        return None;
    }
    spec_in_line(lines.next()?).map(|name| (name, 2))
}

/// `line` without its leading spaces, tabs and form feeds.
fn trim_blank(line: &[u8]) -> &[u8] {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(line.len());
    &line[start..]
}

/// The name in a comment line matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn spec_in_line(line: &[u8]) -> Option<String> {
    let line = trim_blank(line);
    if line.first() != Some(&b'#') {
        return None;
    }
    let mut from = 0;
    while let Some(at) = find(&line[from..], b"coding") {
        let after = from + at + b"coding".len();
        from = from + at + 1;
        if !matches!(line.get(after), Some(b':' | b'=')) {
            continue;
        }
        let mut start = after + 1;
        while matches!(line.get(start), Some(b' ' | b'\t')) {
            start += 1;
        }
        let len = line[start..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            .count();
        if len > 0 {
            return Some(String::from_utf8_lossy(&line[start..start + len]).into_owned());
        }
    }
    None
}

/// Where `needle` first occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: `utf-8` and the Latin-1 spellings folded to one name each.
fn normal_name(declared: &str) -> String {
    let head: String = declared
        .chars()
        .take(12)
        .map(|c| match c {
            '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let family = |base: &str| head == base || head.starts_with(&format!("{base}-"));
    if family("utf-8") {
        "utf-8".to_string()
    } else if family("latin-1") || family("iso-8859-1") || family("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        declared.to_string()
    }
}

/// The codec a (normalised) encoding name stands for, with the aliases Python's codec registry
/// accepts for these three.
fn codec(name: &str) -> Option<Codec> {
    let key: String = name
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
            Some(Codec::Utf8)
        }
        "iso_8859_1" | "iso8859_1" | "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1:1987" | "csisolatin1" | "ibm819" => Some(Codec::Latin1),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Some(Codec::Ascii)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{decode_source, decode_source_info, utf8_error_message, SourceInfo};

    // The messages are CPython's `bytes.decode('utf-8')` errors for the same bytes.
    #[test]
    fn utf8_error_messages() {
        let m = |b: &[u8]| utf8_error_message(b).unwrap_or_default();
        assert_eq!(
            m(b"ab\xff"),
            "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"
        );
        assert_eq!(
            m(b"\xe2\x82A"),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            m(b"abc\xc3"),
            "'utf-8' codec can't decode byte 0xc3 in position 3: unexpected end of data"
        );
        assert_eq!(
            m(b"\xed\xa0\x80"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        );
        assert_eq!(utf8_error_message("\u{e9}".as_bytes()), None);
    }

    #[test]
    fn declared_utf8_keeps_the_replaced_bytes() {
        let (text, info) =
            decode_source_info(b"# coding: utf-8\n'\xef\xbf\xbd\xff'\n", "f").unwrap_or_default();
        assert_eq!(text, "# coding: utf-8\n'\u{fffd}\u{fffd}'\n");
        assert!(info.declared && !info.bom);
        assert_eq!(info.replaced, vec![None, Some(vec![0xff])]);
        let (_, info) = decode_source_info(b"\xef\xbb\xbfx = '\xff'\n", "f").unwrap_or_default();
        assert!(info.declared && info.bom && info.has_replacements());
        let (_, info) = decode_source_info(b"x = 1\n", "f").unwrap_or_default();
        assert_eq!(info, SourceInfo::default());
    }

    #[test]
    fn plain_utf8_and_bom_pass() {
        assert_eq!(decode_source(b"x = 1\n", "f.py").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"\xef\xbb\xbfx\n", "f.py").unwrap(), "x\n");
    }

    #[test]
    fn declarations() {
        let latin = decode_source(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "f.py").unwrap();
        assert_eq!(latin, "# -*- coding: latin-1 -*-\ns = '\u{e9}'\n");
        let second = decode_source(b"#!/usr/bin/env python\n# coding=iso-8859-1\n'\xff'\n", "f");
        assert!(second.unwrap().ends_with("'\u{ff}'\n"));
        let late = decode_source(b"\n\n# coding=latin1\n'\xe9'\n", "f.py").unwrap_err();
        assert!(late.contains("on line 4"), "{late}");
        let code_first = decode_source(b"x = 1\n# coding: latin-1\n'\xe9'\n", "f").unwrap_err();
        assert!(
            code_first.starts_with("SyntaxError: Non-UTF-8"),
            "{code_first}"
        );
        assert_eq!(
            decode_source(b"# coding: ascii\n'\xc3\xa9'\n", "f.py").unwrap_err(),
            "SyntaxError: encoding problem: ascii\n"
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "f.py").unwrap_err(),
            "SyntaxError: encoding problem: iso-8859-1 with BOM\n"
        );
        let other = decode_source(b"# coding: cp1252\n", "f.py").unwrap_err();
        assert!(other.contains("not supported by Interleave: source encoding 'cp1252'"));
        assert!(other.contains("line 1"));
    }
}
