#!/usr/bin/env python3
"""Write crate/src/vm/data/builtin_dirs.txt: `dir()` of CPython 3.11's builtin types.

Each line is `TYPE: NAME NAME ...`, exactly `dir(TYPE)` (sorted, as dir() returns it), for the
builtin types a teaching program inspects. Interleave's `dir()` of such a value (`dir("abc")`,
`dir([])`, `dir(int)`) gives that list, and adds it for user classes derived from them
(BaseException's for every exception class).
Run with python3 3.11 from the repository root: python3 scripts/gen-builtin-dirs.py
"""
import os
import sys

TYPES = [
    str, int, float, bool, complex, list, tuple, dict, set, frozenset, bytes, bytearray, range,
    type(None), object, BaseException,
]

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
lines = [f"{t.__name__}: {' '.join(dir(t))}" for t in TYPES]
out = os.path.join(os.path.dirname(__file__), "..", "crate", "src", "vm", "data", "builtin_dirs.txt")
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {out}: {len(lines)} types")
