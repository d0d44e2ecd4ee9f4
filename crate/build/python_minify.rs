//! Blanks what the VM never needs in the simulated library's Python sources before `build.rs`
//! embeds them (they are about a fifth of the wasm module):
//! - a comment-only line becomes an empty line;
//! - a docstring, i.e. a statement that is only a string literal (not an f-string), becomes an
//!   empty literal with the same prefix and quote (`"""Doc..."""` -> `""`), and the other lines
//!   it spanned become empty.
//!
//! What must not change, does not:
//! - line numbers: every newline is kept, so tracebacks and `# cpython-line: N` lookups find the
//!   same line;
//! - every other line, byte for byte (columns place the `^^^` markers), and any statement or
//!   comment on a line that carries a `# cpython-line:` marker;
//! - the bytecode: an emptied docstring is still an expression statement (`LoadConst`, `Pop`),
//!   so a run takes the same steps and switches threads at the same points (the VM gives
//!   `__doc__` as None anyway). `stdlib.rs`'s tests compile every module both ways and compare.
//!
//! Sources are read as UTF-8 text with LF line ends; only ASCII bytes are significant here.

/// The marker whose lines are left exactly as written (see `stdlib::cpython_frame`).
const MARKER: &str = "cpython-line:";

/// `src` with comment-only lines and docstrings blanked (see the module comment).
pub fn minify(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    // Where the current physical line starts, in `src` and in `out`.
    let (mut line_src, mut line_out) = (0, 0);
    // Open brackets; whether the next token starts a statement (logical line); whether the
    // current line continues the one before it (explicit `\` join).
    let mut depth = 0u32;
    let mut stmt_start = true;
    let mut joined = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\n' => {
                out.push('\n');
                i += 1;
                (line_src, line_out) = (i, out.len());
                stmt_start |= depth == 0;
                joined = false;
            }
            b' ' | b'\t' | b'\x0c' | b'\r' => {
                out.push(c as char);
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                // An explicit line join: the statement goes on on the next line.
                out.push_str("\\\n");
                i += 2;
                (line_src, line_out) = (i, out.len());
                joined = true;
            }
            b'#' => {
                let end = line_end(b, i);
                let only_comment = !joined && src[line_src..i].trim().is_empty();
                if only_comment && !src[i..end].contains(MARKER) {
                    out.truncate(line_out); // drop the indentation too
                } else {
                    out.push_str(&src[i..end]);
                }
                i = end;
            }
            _ => {
                let (prefix_end, quote) = string_start(b, i);
                let Some(quote) = quote else {
                    // An identifier, number or operator: copied as is.
                    match c {
                        b'(' | b'[' | b'{' => depth += 1,
                        b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    out.push_str(&src[i..prefix_end.max(i + char_len(c))]);
                    i = prefix_end.max(i + char_len(c));
                    stmt_start = false;
                    continue;
                };
                let end = string_end(b, prefix_end, quote);
                let prefix = &src[i..prefix_end];
                let last_line_end = line_end(b, end);
                let rest = src[end..last_line_end].trim_start();
                let is_docstring = stmt_start
                    && depth == 0
                    && !prefix.contains(['f', 'F'])
                    && (rest.is_empty() || rest.starts_with('#'))
                    && !rest.contains(MARKER)
                    // (the statement's instructions sit on its first line: keep it if that
                    // line's text reads as a marker, however odd)
                    && !src[line_src..line_end(b, i)].contains(MARKER);
                if is_docstring {
                    out.push_str(prefix);
                    out.push(quote as char);
                    out.push(quote as char);
                    for _ in src[i..end].matches('\n') {
                        out.push('\n');
                    }
                    i = last_line_end; // the rest of the line is blank or a comment
                } else {
                    out.push_str(&src[i..end]);
                    i = end;
                    stmt_start = false;
                }
                if src[line_src..end].contains('\n') {
                    // The literal spanned lines: the current line now starts after its last newline.
                    line_src = line_src + src[line_src..end].rfind('\n').map_or(0, |p| p + 1);
                    line_out = out.rfind('\n').map_or(0, |p| p + 1);
                }
            }
        }
    }
    out
}

/// The index of the newline ending the line that contains `i` (or the end of `b`).
fn line_end(b: &[u8], i: usize) -> usize {
    b[i..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| i + p)
}

/// Length of the UTF-8 character starting with byte `c`.
fn char_len(c: u8) -> usize {
    match c {
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 1,
    }
}

/// At `i`, a string literal's start? Returns where its prefix ends (or the word ends, for a
/// name that is not a prefix) and, for a string, its quote byte.
fn string_start(b: &[u8], i: usize) -> (usize, Option<u8>) {
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    if !word(b[i]) || b[i].is_ascii_digit() {
        return (i, matches!(b[i], b'"' | b'\'').then_some(b[i]));
    }
    let end = i + b[i..].iter().position(|&c| !word(c)).unwrap_or(b.len() - i);
    let prefix = std::str::from_utf8(&b[i..end])
        .unwrap_or("")
        .to_ascii_lowercase();
    let quote = b.get(end).copied().filter(|q| matches!(q, b'"' | b'\''));
    let is_prefix = matches!(
        prefix.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    );
    (end, quote.filter(|_| is_prefix))
}

/// The index just past the string literal whose quotes start at `i` with byte `q`. Backslashes
/// escape the next byte (in raw strings too: `r"\""` is one literal). An unterminated literal
/// ends at its line's end (or the file's), for the VM's own lexer to report.
fn string_end(b: &[u8], i: usize, q: u8) -> usize {
    let triple = b[i..].starts_with(&[q, q, q]);
    let mut j = i + if triple { 3 } else { 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q && (!triple || b[j..].starts_with(&[q, q, q])) => {
                return j + if triple { 3 } else { 1 };
            }
            b'\n' if !triple => return j,
            _ => j += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::minify;

    fn lines(l: &[&str]) -> String {
        l.join("\n")
    }

    #[test]
    fn blanks_comment_lines_and_docstrings_keeping_lines() {
        let src = lines(&[
            r#""""Module."#,
            "",
            "More.",
            r#"""""#,
            "# a comment",
            "import x  # kept",
            "class A:",
            "    'Doc.'",
            "    def f(self):",
            "        r'''Doc",
            "        more'''  # c",
            r##"        return "# not a comment""##,
        ]);
        let want = lines(&[
            r#""""#,
            "",
            "",
            "",
            "",
            "import x  # kept",
            "class A:",
            "    ''",
            "    def f(self):",
            "        r''",
            "",
            r##"        return "# not a comment""##,
        ]);
        assert_eq!(minify(&src), want);
    }

    #[test]
    fn leaves_code_strings_fstrings_and_markers_alone() {
        let src = lines(&[
            "x = (",
            "    # inside brackets",
            r#"    "a""#,
            r#"    "b""#,
            ")",
            r#"f"{x}""#,
            r#""s".join(y)"#,
            r#""doc"  # cpython-line: 12"#,
            "s = '''",
            "# data, not a comment",
            "'''",
            "y = 1 \\",
            "    # a comment on a joined line",
        ]);
        let want = src.replacen("    # inside brackets", "", 1);
        assert_eq!(minify(&src), want);
    }
}
