//! Build script: writes the simulated library's Python sources (`src/stdlib/python/**.py`) and
//! the VM's Python-written parts (`src/vm/python/*.py`) into `OUT_DIR/stdlib/python/` and
//! `OUT_DIR/vm/python/` with comment-only lines and docstrings blanked, every line number kept
//! (`build/python_minify.rs` says exactly what changes). `stdlib.rs` and `vm/modules.rs` embed
//! those copies, so the wasm module carries less source text (the library: about 60 KB raw,
//! ~22 KB gzip -9).

#[path = "build/python_minify.rs"]
mod python_minify;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/python_minify.rs");
    // A directory is scanned recursively for changes.
    println!("cargo:rerun-if-changed=src/stdlib/python");
    println!("cargo:rerun-if-changed=src/vm/python");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for folder in ["stdlib/python", "vm/python"] {
        copy_minified(
            &Path::new("src").join(folder),
            &Path::new(&out_dir).join(folder),
        );
    }
}

/// Minify every `.py` file under `from` into the same relative path under `to`.
fn copy_minified(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the output folder");
    let mut entries: Vec<_> = std::fs::read_dir(from)
        .expect("read a Python source folder")
        .map(|e| e.expect("read a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().expect("a file name");
        if path.is_dir() {
            copy_minified(&path, &to.join(name));
        } else if path.extension().is_some_and(|e| e == "py") {
            let source = std::fs::read_to_string(&path).expect("read a Python source");
            std::fs::write(to.join(name), python_minify::minify(&source)).expect("write the copy");
        }
    }
}
