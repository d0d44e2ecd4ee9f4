#!/usr/bin/env python3
"""Write crate/src/stdlib/data/cpython_names.txt: what CPython 3.11 has that Interleave may lack.

Line 1 is `sys.stdlib_module_names` (space-separated, sorted). Each further line is
`MODULE: NAME NAME ...`, the public names in `dir()` of the real module, for every module
Interleave simulates (SIMULATED below), leaving out all-upper-case names (constants such as
`errno`/`socket` flags: they are most of the text, and for them Interleave just gives CPython's
plain message, without the note). Interleave reads it to tell a missing standard-library
module or attribute ("not supported by Interleave") from a name CPython lacks too.
Run with python3 3.11 from the repository root: python3 scripts/gen-cpython-names.py
"""
import importlib
import os
import sys

SIMULATED = [
    "_thread", "asyncio", "collections", "concurrent.futures", "functools", "heapq", "inspect",
    "itertools", "logging", "math", "multiprocessing", "multiprocessing.pool", "operator", "os",
    "pickle", "queue", "random", "select", "socket", "subprocess", "sys", "threading", "time",
    "traceback", "types",
]

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
lines = [" ".join(sorted(sys.stdlib_module_names))]
for name in SIMULATED:
    module = importlib.import_module(name)
    public = sorted(n for n in dir(module) if not n.startswith("_") and not n.isupper())
    lines.append(f"{name}: {' '.join(public)}")
out = os.path.join(os.path.dirname(__file__), "..", "crate", "src", "stdlib", "data",
                   "cpython_names.txt")
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {out}: {len(lines) - 1} modules")
