//! The source text being parsed: its lines, and how positions in it become error locations.

use super::syntax_error::{ErrorKind, SyntaxError};
use super::token::Pos;

/// Source text with a table of line starts, for turning byte positions into error locations.
#[derive(Debug)]
pub(crate) struct Source<'a> {
    /// The whole text (line breaks already normalised to `\n`).
    pub text: &'a str,
    /// The file name errors report.
    pub filename: &'a str,
    /// Byte offset where each line starts; `line_starts[0]` is line 1.
    line_starts: Vec<usize>,
    /// Set when the file had a coding declaration or a byte-order mark (see [`Declared`]).
    declared: Option<Declared>,
}

/// What a declared encoding changes in CPython's reports.
#[derive(Debug, Default)]
pub(crate) struct Declared {
    /// The file started with a UTF-8 byte-order mark (shown in line 1 of reports).
    pub bom: bool,
    /// Byte offsets in the text of each U+FFFD that stands for invalid bytes, with those bytes.
    pub bad: Vec<(usize, Vec<u8>)>,
}

impl<'a> Source<'a> {
    /// Index the lines of `text`.
    pub fn new(text: &'a str, filename: &'a str) -> Source<'a> {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Source {
            text,
            filename,
            line_starts,
            declared: None,
        }
    }

    /// This source, read from a file with a declared encoding.
    pub fn with_declared(mut self, declared: Declared) -> Source<'a> {
        self.declared = Some(declared);
        self
    }

    /// Byte offset in the text of position `p`.
    pub fn offset(&self, p: Pos) -> usize {
        let start = self
            .line_starts
            .get((p.line as usize).wrapping_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        (start + p.col as usize).min(self.text.len())
    }

    /// The replaced bytes at byte offsets `start..end` of the text, if any are.
    fn bad_in(&self, start: usize, end: usize) -> &[(usize, Vec<u8>)] {
        let Some(d) = &self.declared else {
            return &[];
        };
        let from = d.bad.partition_point(|(at, _)| *at < start);
        let to = d.bad.partition_point(|(at, _)| *at < end);
        d.bad.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The file's own bytes for text offsets `start..end`, when some of them were invalid UTF-8
    /// (`None` when the span decoded cleanly).
    pub fn original_bytes(&self, start: usize, end: usize) -> Option<Vec<u8>> {
        let bad = self.bad_in(start, end);
        if bad.is_empty() {
            return None;
        }
        let bytes = self.text.as_bytes();
        let mut out = Vec::with_capacity(end.saturating_sub(start));
        let mut at = start;
        for (pos, orig) in bad {
            out.extend_from_slice(bytes.get(at..*pos).unwrap_or(&[]));
            out.extend_from_slice(orig);
            at = pos + '\u{fffd}'.len_utf8();
        }
        out.extend_from_slice(bytes.get(at..end).unwrap_or(&[]));
        Some(out)
    }

    /// How many bytes of the file text offsets `start..end` stood for.
    fn original_len(&self, start: usize, end: usize) -> usize {
        let bad = self.bad_in(start, end);
        let replaced: usize = bad.iter().map(|(_, b)| b.len()).sum();
        (end - start.min(end)) - bad.len() * '\u{fffd}'.len_utf8() + replaced
    }

    /// The 1-based column CPython reports for the 1-based byte column `offset` of `line`
    /// (counted in the file's bytes, before decoding) when the encoding was declared: the number of
    /// characters the first `offset` bytes of the re-encoded line decode to.
    fn declared_col(&self, line_text: &str, line: u32, offset: u32) -> u32 {
        if offset == 0 {
            return 0;
        }
        let text = self.line(line);
        let line_start = self.offset(Pos::new(line, 0));
        let col = (offset - 1) as usize;
        let n = if col <= text.len() {
            self.original_len(line_start, line_start + col) + 1
        } else {
            self.original_len(line_start, line_start + text.len()) + (col - text.len()) + 1
        };
        let bytes = line_text.as_bytes();
        if n <= bytes.len() {
            String::from_utf8_lossy(&bytes[..n]).chars().count() as u32
        } else {
            // CPython's line keeps its '\n', then a NUL.
            (line_text.chars().count() + (n - bytes.len()).min(2)) as u32
        }
    }

    /// A parser error with byte offsets, as CPython reports it: with a declared encoding its
    /// columns become characters (see [`Source::declared_col`]).
    pub fn error_parser(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        let mut e = self.error_raw(kind, msg, lineno, offset, end_lineno, end_offset);
        if let Some(d) = &self.declared {
            if d.bom && lineno == 1 {
                e.text.insert(0, '\u{feff}');
            }
            e.offset = self.declared_col(&e.text, lineno, offset);
            if end_offset > 0 {
                e.end_offset = self.declared_col(&e.text, lineno, end_offset);
            }
        }
        e
    }

    /// A tokenizer error CPython locates just past the byte offset `end` of `line` of the file
    /// (its offset is the character count of the line's first `end` bytes; no end offset).
    pub fn error_decoding(&self, msg: impl Into<String>, line: u32, end_col: u32) -> SyntaxError {
        let mut e = self.error_parser(ErrorKind::SyntaxError, msg, line, end_col, line, 0);
        // `error_parser` counts one more byte: CPython uses the column itself here.
        if self.declared.is_some() {
            let start = self.offset(Pos::new(line, 0));
            let n = self.original_len(start, start + end_col as usize);
            let bytes = e.text.as_bytes();
            let n = n.min(bytes.len());
            e.offset = String::from_utf8_lossy(&bytes[..n]).chars().count() as u32;
        }
        e
    }

    /// The text of 1-based `line` without its line break (empty past the end).
    pub fn line(&self, line: u32) -> &'a str {
        let idx = (line as usize).wrapping_sub(1);
        let Some(&start) = self.line_starts.get(idx) else {
            return "";
        };
        let end = self
            .line_starts
            .get(idx + 1)
            .map(|&e| e.saturating_sub(1))
            .unwrap_or(self.text.len());
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// Number of the last line that holds any character (0 for empty text).
    pub fn last_line(&self) -> u32 {
        if self.text.is_empty() {
            return 0;
        }
        let n = self.line_starts.len() as u32;
        if self.text.ends_with('\n') {
            n - 1
        } else {
            n
        }
    }

    /// Number of characters before byte column `col` of `line` (CPython's character offset).
    pub fn char_col(&self, line: u32, col: u32) -> u32 {
        let text = self.line(line);
        let col = (col as usize).min(text.len());
        let mut end = col;
        while end > 0 && !text.is_char_boundary(end) {
            end -= 1;
        }
        text.get(..end).map_or(0, |s| s.chars().count() as u32)
    }

    /// An error with explicit 1-based offsets (CPython's own numbers, 0 meaning none).
    pub fn error_raw(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: self.line(lineno).to_string(),
        }
    }

    /// An error over `start..end` counted the parser's way (UTF-8 bytes, 1-based; characters
    /// when the file declared its encoding, see [`Source::error_parser`]).
    pub fn error_bytes(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> SyntaxError {
        self.error_parser(kind, msg, start.line, start.col + 1, end.line, end.col + 1)
    }

    /// An error over `start..end` counted the compiler's way (UTF-8 bytes, 1-based, whatever the
    /// encoding).
    pub fn error_compile(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> SyntaxError {
        self.error_raw(kind, msg, start.line, start.col + 1, end.line, end.col + 1)
    }

    /// An error at `at` counted the tokenizer's way (characters; `at` is just past the culprit).
    pub fn error_chars(&self, msg: impl Into<String>, at: Pos) -> SyntaxError {
        let off = self.char_col(at.line, at.col);
        self.error_raw(ErrorKind::SyntaxError, msg, at.line, off, at.line, off)
    }
}
