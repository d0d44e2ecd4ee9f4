//! Standard-library modules and attributes CPython has but Interleave does not simulate: CPython's
//! exception and message, plus a `not supported by Interleave` note (golden files cannot hold it).

mod common;

/// Run `src` and return its stdout (the program catches and prints its own errors).
fn printed(src: &str) -> String {
    let out = common::run_small(src);
    common::assert_finished(&out);
    out.stdout
}

#[test]
fn missing_stdlib_module_is_flagged_and_unknown_module_is_not() {
    let out = printed(
        "for name in ['json', 're', 'xml.etree', 'no_such_module_xyz']:\n\
         \x20   try:\n\
         \x20       if name == 'json':\n\
         \x20           import json\n\
         \x20       elif name == 're':\n\
         \x20           import re\n\
         \x20       elif name == 'xml.etree':\n\
         \x20           import xml.etree\n\
         \x20       else:\n\
         \x20           import no_such_module_xyz\n\
         \x20   except ModuleNotFoundError as e:\n\
         \x20       print(e)\n",
    );
    assert_eq!(
        out,
        "No module named 'json' (not supported by Interleave: json is in CPython's standard \
         library but not simulated here)\n\
         No module named 're' (not supported by Interleave: re is in CPython's standard library \
         but not simulated here)\n\
         No module named 'xml' (not supported by Interleave: xml is in CPython's standard library \
         but not simulated here)\n\
         No module named 'no_such_module_xyz'\n"
    );
}

#[test]
fn uncaught_from_import_keeps_cpythons_type() {
    let out = common::run_small("from datetime import datetime\n");
    assert!(
        out.stderr.ends_with(
            "ModuleNotFoundError: No module named 'datetime' (not supported by Interleave: \
             datetime is in CPython's standard library but not simulated here)\n"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn missing_attribute_of_a_simulated_module() {
    let out = printed(
        "import os, itertools\n\
         for m, a in [(os, 'listdir'), (itertools, 'batched'), (os, 'no_such')]:\n\
         \x20   try:\n\
         \x20       getattr(m, a)\n\
         \x20   except AttributeError as e:\n\
         \x20       print(e)\n\
         try:\n\
         \x20   from os import listdir\n\
         except ImportError as e:\n\
         \x20   print(e)\n",
    );
    assert_eq!(
        out,
        "module 'os' has no attribute 'listdir' (not supported by Interleave: os.listdir is in \
         CPython's os module but not simulated here)\n\
         module 'itertools' has no attribute 'batched'\n\
         module 'os' has no attribute 'no_such'\n\
         cannot import name 'listdir' from 'os' (unknown location) (not supported by Interleave: \
         os.listdir is in CPython's os module but not simulated here)\n"
    );
}

#[test]
fn a_builtin_types_attribute_cpython_has_is_flagged_and_an_unknown_one_is_not() {
    let out = printed(
        "for get in [lambda: int.__add__, lambda: (5).__add__, lambda: int.nosuch]:\n\
         \x20   try:\n\
         \x20       get()\n\
         \x20   except AttributeError as e:\n\
         \x20       print(e)\n",
    );
    assert_eq!(
        out,
        "type object 'int' has no attribute '__add__' (not supported by Interleave: \
         int.__add__ is not provided)\n\
         'int' object has no attribute '__add__' (not supported by Interleave: int.__add__ is \
         not provided)\n\
         type object 'int' has no attribute 'nosuch'\n"
    );
}
