//! The error the front end reports, and its CPython-exact rendering.
//!
//! [`SyntaxError`] carries the same fields as CPython's `SyntaxError` object (`msg`, `filename`,
//! `lineno`, `offset`, `end_lineno`, `end_offset`, `text`), with the values CPython 3.11 gives when
//! it runs a file (`python3 FILE.py`). Note CPython's own quirk, mirrored here: errors raised by the
//! tokenizer count `offset` in characters, errors raised by the parser count it in UTF-8 bytes (the
//! two agree on ASCII lines). [`SyntaxError::render`] prints exactly what CPython prints on stderr.

use std::fmt;

/// Which exception class the error stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// CPython's `SyntaxError`.
    SyntaxError,
    /// CPython's `IndentationError` (a subclass of `SyntaxError`).
    IndentationError,
    /// CPython's `TabError` (a subclass of `IndentationError`).
    TabError,
    /// Valid Python that Interleave does not run (its message starts with
    /// `not supported by Interleave:`). Rendered like a `SyntaxError`.
    Unsupported,
}

impl ErrorKind {
    /// The class name printed on the last line of the report.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError | ErrorKind::Unsupported => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error located in the source, with the fields of CPython's `SyntaxError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message, e.g. `'(' was never closed`.
    pub msg: String,
    /// The file name given to the parser.
    pub filename: String,
    /// 1-based line of the error.
    pub lineno: u32,
    /// 1-based column of the error as CPython reports it; 0 when there is none.
    pub offset: u32,
    /// 1-based line where the highlighted range ends.
    pub end_lineno: u32,
    /// 1-based column just past the highlighted range; 0 when there is none.
    pub end_offset: u32,
    /// The source line of the error, without its line break.
    pub text: String,
}

/// The prefix of every [`ErrorKind::Unsupported`] message.
pub const UNSUPPORTED_PREFIX: &str = "not supported by Interleave: ";

impl SyntaxError {
    /// Whether this is valid Python outside the supported subset.
    pub fn is_unsupported(&self) -> bool {
        self.kind == ErrorKind::Unsupported
    }

    /// Exactly what `python3 FILE.py` prints on stderr for this error (ending in a newline).
    ///
    /// This follows CPython 3.11's `print_exception` and `print_error_text`: the line is shown
    /// without its leading whitespace, carets span `offset..end_offset` (one caret when the range
    /// is empty or, for indentation errors, always), a range that runs onto later lines is cut at
    /// the end of the first one, and no caret is drawn when the column falls in the indentation.
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        let line_size = self.text.len() as i64 + 1; // CPython's text keeps its '\n'
        let offset = if self.offset == 0 {
            -1
        } else {
            i64::from(self.offset)
        };
        let mut end_offset = if self.end_offset == 0 {
            -1
        } else {
            i64::from(self.end_offset)
        };
        if self.end_lineno > self.lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        let single = matches!(self.kind, ErrorKind::IndentationError | ErrorKind::TabError);
        let carets = if !single && end_offset > 0 && end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        let text: Vec<char> = self.text.chars().collect();
        let mut start = 0usize;
        let mut col = offset - 1;
        while start < text.len() && matches!(text[start], ' ' | '\t' | '\x0c') {
            start += 1;
            col -= 1;
        }
        let shown: String = text[start..].iter().collect();
        let len = shown.len() as i64;
        if col > len {
            col = len;
        }
        out.push_str("    ");
        out.push_str(&shown);
        out.push('\n');
        if col >= 0 && offset >= 0 {
            out.push_str("    ");
            for _ in 0..col {
                out.push(' ');
            }
            for _ in 0..carets {
                out.push('^');
            }
            out.push('\n');
        }
        out.push_str(self.kind.class_name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.class_name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(kind: ErrorKind, offset: u32, end_offset: u32, text: &str) -> SyntaxError {
        SyntaxError {
            kind,
            msg: "m".into(),
            filename: "f.py".into(),
            lineno: 1,
            offset,
            end_lineno: 1,
            end_offset,
            text: text.into(),
        }
    }

    // Each expectation below was printed by CPython 3.11 for `raise SyntaxError(...)` with the
    // same attributes.
    #[test]
    fn render_matches_cpython_caret_rules() {
        let e = err(ErrorKind::SyntaxError, 1, 5, "pass");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    pass\n    ^^^^\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::IndentationError, 1, 5, "pass");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    pass\n    ^\nIndentationError: m\n"
        );
        let e = err(ErrorKind::SyntaxError, 3, 7, "  pass");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    pass\n    ^^^^\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::SyntaxError, 3, 6, "a\tpass x");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    a\tpass x\n      ^^^\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::SyntaxError, 3, 60, "abcdef");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    abcdef\n      ^^^^^\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::SyntaxError, 30, 60, "abcdef");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    abcdef\n          ^\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::SyntaxError, 0, 0, "abcdef");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    abcdef\nSyntaxError: m\n"
        );
        let e = err(ErrorKind::IndentationError, 4, 0, "    y = 2");
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    y = 2\nIndentationError: m\n"
        );
        let mut e = err(ErrorKind::SyntaxError, 3, 6, "ab");
        e.end_lineno = 2;
        assert_eq!(
            e.render(),
            "  File \"f.py\", line 1\n    ab\n      ^\nSyntaxError: m\n"
        );
    }
}
