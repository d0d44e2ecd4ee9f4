//! Simulated standard-library modules: the parts of Python's library that concurrency lessons
//! use (`time`, `threading`, `queue`, `logging`, `random`, ...), rebuilt on the deterministic
//! runtime.
//!
//! Each module is either written in Python (`python/NAME.py`, compiled when first imported, the
//! way CPython's own `threading.py` sits on the C module `_thread`) or native (Rust functions
//! registered into a module object), or both: a native part under a private name (`_thread`,
//! `_time`) and a Python part that users import. Python-written modules see the same VM as the
//! program, so a learner's trace steps through `Queue.get` just as CPython would run it.

pub mod commands;
pub mod cpython_names;
pub mod interleave_module;
pub mod net_module;
pub mod os_module;
pub mod process_module;
pub mod random_module;
pub mod subprocess_module;
pub mod thread_module;
pub mod time_module;

use crate::vm::value::Obj;
use crate::vm::{PyResult, Vm};

/// The source of a simulated module as embedded: `build.rs` writes a copy of
/// `stdlib/python/PATH` into `OUT_DIR` with comment-only lines and docstrings blanked and every
/// line number kept (`crate/build/python_minify.rs`).
macro_rules! module {
    ($name:literal, $path:literal) => {
        (
            $name,
            $path,
            include_str!(concat!(env!("OUT_DIR"), "/stdlib/python/", $path)),
        )
    };
}

/// Python sources of the simulated modules: (import name, path under `stdlib/python/`, source).
const PYTHON_MODULES: &[(&str, &str, &str)] = &[
    module!("_thread", "_thread.py"),
    module!("time", "time.py"),
    module!("threading", "threading.py"),
    module!("heapq", "heapq.py"),
    module!("queue", "queue.py"),
    module!("logging", "logging.py"),
    module!("random", "random.py"),
    module!("asyncio", "asyncio.py"),
    module!("types", "types.py"),
    module!("os", "os.py"),
    module!("subprocess", "subprocess.py"),
    module!("select", "select.py"),
    module!("socket", "socket.py"),
    module!("requests", "requests/__init__.py"),
    module!("requests.exceptions", "requests/exceptions.py"),
    module!("pickle", "pickle.py"),
    module!("multiprocessing", "multiprocessing/__init__.py"),
    module!("multiprocessing.pool", "multiprocessing/pool.py"),
    module!("concurrent", "concurrent/__init__.py"),
    module!("concurrent.futures", "concurrent/futures.py"),
];

/// The source of a Python-written module. Natively, `INTERLEAVE_STDLIB_DIR=crate/src/stdlib/python`
/// reads the files from disk instead of the copies built in, so library work needs no rebuild.
fn python_source(name: &str) -> Option<std::borrow::Cow<'static, str>> {
    let (_, _path, source) = PYTHON_MODULES.iter().find(|(n, _, _)| *n == name)?;
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(dir) = std::env::var("INTERLEAVE_STDLIB_DIR") {
        if let Ok(text) = std::fs::read_to_string(std::path::Path::new(&dir).join(_path)) {
            return Some(std::borrow::Cow::Owned(text));
        }
    }
    Some(std::borrow::Cow::Borrowed(source))
}

/// Where CPython's own copy of a library module lives on a Debian machine.
pub const CPYTHON_LIB: &str = "/usr/lib/python3.11";

/// A library frame as CPython's traceback shows it.
pub struct CpythonFrame {
    /// CPython's file (`/usr/lib/python3.11/threading.py`).
    pub path: String,
    /// The line number in CPython's file.
    pub line: u32,
    /// The source line, stripped.
    pub text: String,
    /// The simulated module's line without the marker comment (indentation kept), for placing
    /// the `^^^` markers of the frame's instruction range.
    pub source: String,
}

/// For a frame in simulated module code (`<frozen threading>`, line N): if that line carries a
/// `# cpython-line: M` marker, the frame CPython would print there. Other library frames are
/// not shown (they are Interleave's own plumbing).
pub fn cpython_frame(frozen_filename: &str, line: u32) -> Option<CpythonFrame> {
    let name = frozen_filename
        .strip_prefix("<frozen ")?
        .strip_suffix('>')?;
    let source = python_source(name)?;
    let text = source.lines().nth((line as usize).checked_sub(1)?)?;
    let (code, marker) = text.split_once("# cpython-line:")?;
    // `# cpython-line: 1045` (this module's file) or `# cpython-line: concurrent/futures/thread.py:58`.
    let marker = marker.trim();
    let (file, number) = match marker.rsplit_once(':') {
        Some((file, number)) => (file.to_string(), number),
        None => (format!("{}.py", name.replace('.', "/")), marker),
    };
    Some(CpythonFrame {
        path: format!("{CPYTHON_LIB}/{file}"),
        line: number.trim().parse().ok()?,
        text: code.trim().to_string(),
        source: code.trim_end().to_string(),
    })
}

/// Fill `module` for `import name`; `Ok(false)` when no such simulated module exists.
pub fn load(vm: &mut Vm, name: &str, module: &Obj) -> PyResult<bool> {
    let native = match name {
        "_time" => {
            time_module::install(vm, module);
            true
        }
        "_thread" => {
            thread_module::install(vm, module);
            true
        }
        "_interleave" => {
            interleave_module::install(vm, module);
            true
        }
        "_os" => {
            os_module::install(vm, module);
            true
        }
        "_random" => {
            random_module::install(vm, module);
            true
        }
        "_process" => {
            process_module::install(vm, module);
            true
        }
        "_subprocess" => {
            subprocess_module::install(vm, module);
            true
        }
        "_net" => {
            net_module::install(vm, module);
            true
        }
        _ => false,
    };
    if let Some(source) = python_source(name) {
        crate::vm::modules::run_python_module(vm, &source, name, module.clone())?;
        return Ok(true);
    }
    Ok(native)
}

/// The build step that blanks comments and docstrings (its own unit tests run with the crate's).
#[cfg(test)]
#[path = "../build/python_minify.rs"]
mod python_minify;

#[cfg(test)]
mod tests {
    use super::PYTHON_MODULES;
    use crate::compiler::code::{Code, Const, Instr};

    /// A code object's instructions as text, line by line, with constants resolved (nested code
    /// objects in turn). A string that is a whole statement (`LoadConst` then `Pop`: a
    /// docstring, emptied by the build) is shown without its text, and a source range that
    /// starts where such a string starts (the string's own, or an implicit `return None` after
    /// it) without its end.
    fn shape(code: &Code, out: &mut Vec<String>) {
        out.push(format!(
            "code {} {:?} line {} args {}/{}/{} {} {} names {:?} locals {:?} cells {:?} free {:?}",
            code.qualname,
            code.kind,
            code.firstline,
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.varargs,
            code.varkeywords,
            code.names,
            code.varnames,
            code.cellvars,
            code.freevars,
        ));
        let is_str_statement = |i: usize| match (code.instrs.get(i), code.instrs.get(i + 1)) {
            (Some(Instr::LoadConst(n)), Some(Instr::Pop)) => {
                matches!(code.consts[*n as usize], Const::Str(_))
            }
            _ => false,
        };
        let string_starts: Vec<(u32, u32)> = (0..code.instrs.len())
            .filter(|&i| is_str_statement(i))
            .map(|i| (code.spans[i].line, code.spans[i].col))
            .collect();
        for (i, instr) in code.instrs.iter().enumerate() {
            let text = match instr {
                Instr::LoadConst(_) if is_str_statement(i) => "LoadConst(<str statement>)".into(),
                Instr::LoadConst(n) => match &code.consts[*n as usize] {
                    Const::Code(inner) => {
                        shape(inner, out);
                        "LoadConst(<code above>)".into()
                    }
                    c => format!("LoadConst({c:?})"),
                },
                other => format!("{other:?}"),
            };
            let s = code.spans[i];
            let range = if string_starts.contains(&(s.line, s.col)) {
                format!("{}:{}-?", s.line, s.col)
            } else {
                format!("{}:{}-{}:{}", s.line, s.col, s.end_line, s.end_col)
            };
            out.push(format!("{text} line {} at {range}", code.lines[i]));
        }
    }

    fn compiled_shape(source: &str, name: &str) -> Vec<String> {
        let filename = format!("<frozen {name}>");
        let module = crate::python::parse_module(source, &filename).expect("parses");
        let code = crate::compiler::compile_module(&module, &filename).expect("compiles");
        let mut out = Vec::new();
        shape(&code, &mut out);
        out
    }

    /// What the build embeds runs exactly like the file as written: same instructions, lines
    /// and source ranges (docstrings aside), and every changed line is now blank or `""`.
    #[test]
    fn embedded_sources_compile_as_written() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let library = PYTHON_MODULES
            .iter()
            .map(|(name, path, embedded)| (*name, src.join("stdlib/python").join(path), *embedded));
        let vm_parts = crate::vm::modules::VM_PYTHON_SOURCES
            .iter()
            .map(|(file, embedded)| (*file, src.join("vm/python").join(file), *embedded));
        for (name, file, embedded) in library.chain(vm_parts) {
            let path = file.display().to_string();
            let path = &path;
            let written = std::fs::read_to_string(&file).expect("read the source");
            assert_eq!(
                written.split('\n').count(),
                embedded.split('\n').count(),
                "{path}"
            );
            for (a, b) in written.split('\n').zip(embedded.split('\n')) {
                let blanked = b.trim().trim_start_matches(['r', 'b', 'u', 'R', 'B', 'U']);
                assert!(
                    a == b || ["", "\"\"", "''"].contains(&blanked),
                    "{path}: {a:?} -> {b:?}"
                );
            }
            assert!(
                embedded.len() < written.len() || !written.contains('#'),
                "{path}: not minified"
            );
            let (a, b) = (
                compiled_shape(&written, name),
                compiled_shape(embedded, name),
            );
            let first = a.iter().zip(&b).position(|(x, y)| x != y);
            assert_eq!(first.map(|i| (&a[i], &b[i])), None, "{path}");
            assert_eq!(a.len(), b.len(), "{path}");
        }
    }
}
