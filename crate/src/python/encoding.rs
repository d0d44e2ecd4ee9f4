//! Source bytes to source text, as CPython's tokenizer decodes a file (PEP 263).
//!
//! [`decode_source`] strips a UTF-8 byte-order mark, reads a coding declaration on line 1 (or on
//! line 2 after a blank or comment-only line 1) and decodes the bytes as UTF-8, Latin-1 or ASCII.
//! Its errors are the one-line reports `python3 FILE.py` prints for the same bytes
//! (`SyntaxError: Non-UTF-8 code starting with '\xff' in file ...`). Other declared encodings are
//! refused with a `not supported by Interleave:` message. The wasm front end hands the VM text
//! already, so only the command-line runner needs this.

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

/// Decode the bytes of the file `filename` to source text, or give the report CPython prints on
/// stderr (one line, ending in a newline) when it refuses them.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, String> {
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let Some((declared, line)) = coding_spec(body) else {
        return match std::str::from_utf8(body) {
            Ok(text) => Ok(Cow::Borrowed(text)),
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
        Some(Codec::Utf8) => Ok(String::from_utf8_lossy(body)),
        Some(Codec::Latin1) => Ok(Cow::Owned(body.iter().map(|&b| char::from(b)).collect())),
        Some(Codec::Ascii) if body.is_ascii() => {
            Ok(Cow::Owned(String::from_utf8_lossy(body).into_owned()))
        }
        Some(Codec::Ascii) => Err(format!("SyntaxError: encoding problem: {name}\n")),
        None => Err(format!(
            "SyntaxError: {UNSUPPORTED_PREFIX}source encoding '{declared}' (declared on line \
             {line}); Interleave reads utf-8, latin-1 and ascii source\n"
        )),
    }
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
    use super::decode_source;

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
