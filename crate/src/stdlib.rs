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

/// Python sources of the simulated modules: (import name, path under `stdlib/python/`, source).
const PYTHON_MODULES: &[(&str, &str, &str)] = &[
    (
        "_thread",
        "_thread.py",
        include_str!("stdlib/python/_thread.py"),
    ),
    ("time", "time.py", include_str!("stdlib/python/time.py")),
    (
        "threading",
        "threading.py",
        include_str!("stdlib/python/threading.py"),
    ),
    ("heapq", "heapq.py", include_str!("stdlib/python/heapq.py")),
    ("queue", "queue.py", include_str!("stdlib/python/queue.py")),
    (
        "logging",
        "logging.py",
        include_str!("stdlib/python/logging.py"),
    ),
    (
        "random",
        "random.py",
        include_str!("stdlib/python/random.py"),
    ),
    (
        "asyncio",
        "asyncio.py",
        include_str!("stdlib/python/asyncio.py"),
    ),
    ("types", "types.py", include_str!("stdlib/python/types.py")),
    ("os", "os.py", include_str!("stdlib/python/os.py")),
    (
        "subprocess",
        "subprocess.py",
        include_str!("stdlib/python/subprocess.py"),
    ),
    (
        "select",
        "select.py",
        include_str!("stdlib/python/select.py"),
    ),
    (
        "socket",
        "socket.py",
        include_str!("stdlib/python/socket.py"),
    ),
    (
        "requests",
        "requests/__init__.py",
        include_str!("stdlib/python/requests/__init__.py"),
    ),
    (
        "requests.exceptions",
        "requests/exceptions.py",
        include_str!("stdlib/python/requests/exceptions.py"),
    ),
    (
        "pickle",
        "pickle.py",
        include_str!("stdlib/python/pickle.py"),
    ),
    (
        "multiprocessing",
        "multiprocessing/__init__.py",
        include_str!("stdlib/python/multiprocessing/__init__.py"),
    ),
    (
        "multiprocessing.pool",
        "multiprocessing/pool.py",
        include_str!("stdlib/python/multiprocessing/pool.py"),
    ),
    (
        "concurrent",
        "concurrent/__init__.py",
        include_str!("stdlib/python/concurrent/__init__.py"),
    ),
    (
        "concurrent.futures",
        "concurrent/futures.py",
        include_str!("stdlib/python/concurrent/futures.py"),
    ),
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
