//! `wc [-clmwL] [FILE]...`: newline, word, character, byte counts and the longest line's width.
//!
//! Counts follow coreutils 9.1 in a UTF-8 locale: a word is a run of printable characters
//! between white space (ASCII blanks, Unicode spaces and no-break spaces); control characters
//! and invalid bytes belong to no word and are not counted by `-m`. `-L` measures display
//! width: tabs to the next multiple of 8, East Asian wide characters 2 columns (an
//! approximation of glibc's `wcwidth`).
//!
//! Column widths are GNU's: 1 when exactly one count is printed for one operand, otherwise at
//! least 7 when standard input is read (a pipe, whose size is unknown), else 1 (only missing
//! files). Every file operand is missing (`wc: x: No such file or directory`, exit 1); with
//! more than one operand a `total` line follows.

use super::getopt::{opt, parse_or_exit, Opt};
use super::text::shell_quote;
use super::{Invocation, Output};
use crate::format::is_printable;

const BYTES: u8 = 1;
const CHARS: u8 = 2;
const LINES: u8 = 3;
const WORDS: u8 = 4;
const MAX_LINE: u8 = 5;

const OPTS: &[Opt] = &[
    opt(Some('c'), Some("bytes"), false, BYTES),
    opt(Some('m'), Some("chars"), false, CHARS),
    opt(Some('l'), Some("lines"), false, LINES),
    opt(Some('w'), Some("words"), false, WORDS),
    opt(Some('L'), Some("max-line-length"), false, MAX_LINE),
];

/// The counts for one input.
#[derive(Default, Clone, Copy)]
struct Counts {
    lines: u64,
    words: u64,
    chars: u64,
    bytes: u64,
    max_line: u64,
}

/// Run `wc`.
pub(super) fn main(inv: &Invocation) -> Output {
    let parsed = match parse_or_exit(inv, "wc", OPTS, 1) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let has = |id: u8| parsed.opts.iter().any(|(o, _)| *o == id);
    let mut shown = [
        has(LINES),
        has(WORDS),
        has(CHARS),
        has(BYTES),
        has(MAX_LINE),
    ];
    if !shown.iter().any(|&s| s) {
        shown = [true, true, false, true, false];
    }
    let named = !parsed.operands.is_empty();
    let operands = if named {
        parsed.operands.clone()
    } else {
        vec!["-".to_string()]
    };
    let single = operands.len() == 1 && shown.iter().filter(|&&s| s).count() == 1;
    let width = if !single && operands.iter().any(|o| o == "-") {
        7
    } else {
        1
    };
    let mut out = Output::default();
    let mut total = Counts::default();
    let mut stdin_used = false;
    for name in &operands {
        if name != "-" {
            out.err_line(&format!(
                "{}: {}: No such file or directory",
                inv.prog,
                shell_quote(name, false)
            ));
            out.code = 1;
            continue;
        }
        let data: &[u8] = if stdin_used { b"" } else { inv.stdin };
        stdin_used = true;
        out.read = inv.stdin.len();
        let c = count(data);
        total.lines += c.lines;
        total.words += c.words;
        total.chars += c.chars;
        total.bytes += c.bytes;
        total.max_line = total.max_line.max(c.max_line);
        write_counts(&mut out.stdout, &c, &shown, width, named.then_some(name));
    }
    if operands.len() > 1 {
        write_counts(&mut out.stdout, &total, &shown, width, Some("total"));
    }
    out
}

/// One line of output: the chosen counts right-aligned in `width`, then the name.
fn write_counts(
    out: &mut Vec<u8>,
    c: &Counts,
    shown: &[bool; 5],
    width: usize,
    name: Option<&str>,
) {
    let values = [c.lines, c.words, c.chars, c.bytes, c.max_line];
    let mut first = true;
    for (value, _) in values.iter().zip(shown).filter(|(_, &s)| s) {
        if !first {
            out.push(b' ');
        }
        first = false;
        out.extend_from_slice(format!("{value:>width$}").as_bytes());
    }
    if let Some(name) = name {
        out.push(b' ');
        out.extend_from_slice(name.as_bytes());
    }
    out.push(b'\n');
}

/// Count `data` as GNU wc does in a UTF-8 locale.
fn count(data: &[u8]) -> Counts {
    let mut c = Counts {
        bytes: data.len() as u64,
        ..Counts::default()
    };
    let mut in_word = false;
    let mut pos: u64 = 0;
    for ch in decode(data) {
        let Some(ch) = ch else { continue };
        c.chars += 1;
        match ch {
            '\n' | '\r' | '\x0c' => {
                if ch == '\n' {
                    c.lines += 1;
                }
                c.max_line = c.max_line.max(pos);
                pos = 0;
                c.words += u64::from(in_word);
                in_word = false;
            }
            '\t' => {
                pos += 8 - pos % 8;
                c.words += u64::from(in_word);
                in_word = false;
            }
            ' ' | '\x0b' => {
                if ch == ' ' {
                    pos += 1;
                }
                c.words += u64::from(in_word);
                in_word = false;
            }
            _ if is_separator(ch) => {
                pos += 1;
                c.words += u64::from(in_word);
                in_word = false;
            }
            _ if is_printable(ch) => {
                pos += width(ch);
                in_word = true;
            }
            _ => {}
        }
    }
    c.max_line = c.max_line.max(pos);
    c.words += u64::from(in_word);
    c
}

/// glibc's `iswspace` beyond ASCII, and coreutils' no-break spaces, which also end words.
fn is_separator(ch: char) -> bool {
    matches!(
        ch,
        '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{2060}'
                | '\u{3000}'
    )
}

/// Display width of a printable character: 2 for East Asian wide ones, 0 for combining marks.
fn width(ch: char) -> u64 {
    let c = u32::from(ch);
    let wide = matches!(c,
        0x1100..=0x115f
            | 0x2e80..=0x303e
            | 0x3041..=0x33ff
            | 0x3400..=0x4dbf
            | 0x4e00..=0x9fff
            | 0xa000..=0xa4cf
            | 0xac00..=0xd7a3
            | 0xf900..=0xfaff
            | 0xfe30..=0xfe4f
            | 0xff00..=0xff60
            | 0xffe0..=0xffe6
            | 0x1f300..=0x1f64f
            | 0x1f900..=0x1f9ff
            | 0x20000..=0x3fffd);
    let combining =
        matches!(c, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f);
    if wide {
        2
    } else if combining {
        0
    } else {
        1
    }
}

/// Decode UTF-8, yielding `None` for each byte that starts no valid sequence.
fn decode(data: &[u8]) -> impl Iterator<Item = Option<char>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= data.len() {
            return None;
        }
        let b = data[i];
        let len = match b {
            0x00..=0x7f => 1,
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        if len > 0 && i + len <= data.len() {
            if let Ok(s) = std::str::from_utf8(&data[i..i + len]) {
                i += len;
                return Some(s.chars().next());
            }
        }
        i += 1;
        Some(None)
    })
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    fn wc(args: &[&str], input: &[u8]) -> (String, String, i32) {
        let mut all = vec!["wc"];
        all.extend_from_slice(args);
        let done = run(&argv(&all), &[], input).unwrap();
        (
            String::from_utf8_lossy(&done.stdout).into_owned(),
            String::from_utf8_lossy(&done.stderr).into_owned(),
            done.code,
        )
    }

    #[test]
    fn widths() {
        let text = b"hello world\nfoo\n";
        assert_eq!(wc(&[], text).0, "      2       3      16\n");
        assert_eq!(wc(&["-l"], text).0, "2\n");
        assert_eq!(wc(&["-w", "-c"], text).0, "      3      16\n");
        assert_eq!(wc(&["-l", "-"], text).0, "2 -\n");
        assert_eq!(wc(&["-lwc", "-"], b"a b").0, "      0       2       3 -\n");
        assert_eq!(wc(&[], b"").0, "      0       0       0\n");
    }

    #[test]
    fn missing_files() {
        assert_eq!(
            wc(&["x"], b"a"),
            (
                String::new(),
                "wc: x: No such file or directory\n".into(),
                1
            )
        );
        let (out, err, code) = wc(&["-", "x"], b"a");
        assert_eq!(
            out,
            "      0       1       1 -\n      0       1       1 total\n"
        );
        assert_eq!(err, "wc: x: No such file or directory\n");
        assert_eq!(code, 1);
        assert_eq!(wc(&["-l", "x", "y"], b"a").0, "0 total\n");
        assert_eq!(
            wc(&["-c", "-", "-"], b"abc").0,
            "      3 -\n      0 -\n      3 total\n"
        );
    }

    #[test]
    fn words_and_chars() {
        assert_eq!(wc(&["-w"], b"\x01 \x02").0, "0\n");
        assert_eq!(wc(&["-w"], b"\x01 \x02\xff \xc3\xa9").0, "1\n");
        assert_eq!(wc(&["-w"], "a\u{a0}b a\u{3000}b".as_bytes()).0, "4\n");
        assert_eq!(wc(&["-m"], b"a\xffb\xc3").0, "2\n");
        assert_eq!(
            wc(&["-m", "-c"], "héllo\n".as_bytes()).0,
            "      6       7\n"
        );
        assert_eq!(wc(&["-L"], "ab\tc\n한국어 x\r\n".as_bytes()).0, "9\n");
    }
}
