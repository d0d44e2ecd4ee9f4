//! The Python-subset front end: source text in, syntax tree out (see docs/python-subset.md).
//!
//! This is the first stage of the simulator engine; the compiler and VM build on it.
//! [`parse_module`] runs the tokenizer ([`lexer`]), the parser and the post-parse checks CPython
//! makes while compiling ([`check`]), and reports the first problem as a [`SyntaxError`] whose
//! [`render`](SyntaxError::render) output matches what `python3 FILE.py` prints for the same file.
//! Valid Python outside the documented subset fails with an
//! [`ErrorKind::Unsupported`] error naming the construct.
//!
//! Parts: [`token`] (what the lexer produces), [`ast`] (the tree, named after CPython's `ast`),
//! [`syntax_error`], [`encoding`] (source bytes to text, PEP 263), [`dump`] (an S-expression dump for tests), [`depth`] (stack-free tree walks).

pub mod ast;
pub(crate) mod check;
pub mod depth;
pub mod dump;
pub mod encoding;
pub mod lexer;
mod parser;
mod source;
pub mod syntax_error;
pub mod token;

#[cfg(test)]
mod tests;

pub use check::MAX_STATIC_BLOCKS;
pub use parser::{MAX_NESTING, MAX_STMT_DEPTH};
pub use syntax_error::{ErrorKind, SyntaxError};

use source::Source;

/// Parse `source` as a Python module. `filename` is only used in error reports.
///
/// Never panics, whatever the input; nesting beyond the documented limits is reported as an
/// error rather than overflowing the stack.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_module_with(source, filename, None)
}

/// [`parse_module`] for text read from a file by [`encoding::decode_source_info`]: with a declared
/// encoding CPython counts parser error columns in characters, and invalid UTF-8 under a UTF-8
/// declaration is an error where a string literal or a name holds it.
pub fn parse_module_decoded(
    source: &str,
    filename: &str,
    info: &encoding::SourceInfo,
) -> Result<ast::Module, SyntaxError> {
    parse_module_with(source, filename, Some(info))
}

fn parse_module_with(
    source: &str,
    filename: &str,
    info: Option<&encoding::SourceInfo>,
) -> Result<ast::Module, SyntaxError> {
    // CPython reads files in universal-newline mode and skips a UTF-8 byte order mark.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let normalized;
    let text = if source.contains('\r') {
        normalized = source.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        source
    };
    let mut src = Source::new(text, filename);
    if let Some(info) = info.filter(|i| i.declared) {
        let mut bad = Vec::new();
        if info.has_replacements() {
            let mut each = info.replaced.iter();
            for (at, _) in text.match_indices('\u{fffd}') {
                if let Some(Some(orig)) = each.next() {
                    bad.push((at, orig.clone()));
                }
            }
        }
        src = src.with_declared(source::Declared { bom: info.bom, bad });
    }
    if let Some(nul) = text.find('\0') {
        // CPython: the line up to the NUL, no caret.
        let line = text[..nul].matches('\n').count() as u32 + 1;
        let mut err = src.error_raw(
            ErrorKind::SyntaxError,
            "source code cannot contain null bytes",
            line,
            0,
            line,
            0,
        );
        if let Some(cut) = err.text.find('\0') {
            err.text.truncate(cut);
        }
        return Err(err);
    }
    let module = parser::parse_source(&src)?;
    check::check_module(&src, &module)?;
    Ok(module)
}
