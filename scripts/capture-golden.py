#!/usr/bin/env python3
"""Capture (or check) the expected output of the golden Python programs.

Every ``*.py`` file under ``tests/golden/`` is run as ``python3 <name>.py`` with the
file's own folder as the working directory (so ``sys.argv[0]`` is ``<name>.py``).
stdin comes from ``<name>.in`` when it exists and is empty otherwise. The environment
is the caller's with every ``PYTHON*`` variable removed, then ``PYTHONHASHSEED=0``,
``PYTHONIOENCODING=utf-8`` and ``PYTHONDONTWRITEBYTECODE=1`` set. Each run has a 20 s
timeout.

CPython's library folder (a pyenv path, say) is shown as ``/usr/lib/python3.11`` in
library frames of tracebacks, as Interleave prints them.

CPython 3.9+ turns the script path given on the command line into an absolute path,
so its tracebacks say ``File "/abs/path/to/<group>/<name>.py"``. The expected files
must not depend on where the repository is checked out, so every occurrence of the
program folder's absolute path plus a separator (``/abs/path/to/<group>/``) is
removed from stdout and stderr: the stored tracebacks say ``File "<name>.py"``, which
is what the VM prints for a program named ``<name>.py``.

Capture mode (the default) writes, next to each program:
  <name>.out     exact stdout bytes (always written, possibly empty)
  <name>.err     exact stderr bytes (only when non-empty; a stale one is deleted)
  <name>.status  exit status and a newline (only when non-zero; a stale one is deleted)

``--check`` writes nothing: it compares what the programs print now with the stored
files, prints a unified diff for each mismatch and exits 1 if there was any.
``--vary-hash-seed`` (with ``--check``) also reruns every program with two other hash
seeds, to catch output that depends on string hashing (set/dict-of-str order).

Positional arguments restrict the run to the given files or folders.

Usage:
  python3 scripts/capture-golden.py                 # (re)capture everything
  python3 scripts/capture-golden.py --check         # verify, exit 1 on mismatch
  python3 scripts/capture-golden.py tests/golden/errors   # only one group
"""

import argparse
import difflib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
TIMEOUT_SECONDS = 20
EXPECTED_VERSION = (3, 11)


class RunResult:
    """What one run of a program produced."""

    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out


def child_env(hash_seed="0"):
    """The environment a program runs in: no inherited PYTHON* settings, fixed hash seed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = hash_seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_program(python, program, hash_seed="0"):
    """Run one program the way the golden files were captured."""
    stdin_file = program.with_suffix(".in")
    stdin_bytes = stdin_file.read_bytes() if stdin_file.exists() else b""
    try:
        proc = subprocess.run(
            [python, program.name],
            cwd=program.parent,
            input=stdin_bytes,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(hash_seed),
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as exc:
        return RunResult(exc.stdout or b"", exc.stderr or b"", None, timed_out=True)
    prefix = (str(program.parent.resolve()) + os.sep).encode()
    return RunResult(
        normalize(proc.stdout, prefix), normalize(proc.stderr, prefix), proc.returncode
    )


def cpython_lib_dir(python):
    """Where this python3 keeps its standard library (e.g. a pyenv folder)."""
    out = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
        stdout=subprocess.PIPE, text=True, check=True,
    )
    return out.stdout.strip().encode()


LIB_DIR = None


def normalize(data, prefix):
    """Remove the program folder from paths, and show CPython's library folder as Debian's
    (/usr/lib/python3.11), which is what Interleave prints for library frames."""
    data = data.replace(prefix, b"")
    if LIB_DIR and LIB_DIR != DEBIAN_LIB:
        data = data.replace(LIB_DIR + b"/", DEBIAN_LIB + b"/")
    return data


DEBIAN_LIB = b"/usr/lib/python3.11"


def expected_files(program):
    """The .out/.err/.status paths that belong to a program."""
    return (
        program.with_suffix(".out"),
        program.with_suffix(".err"),
        program.with_suffix(".status"),
    )


def status_bytes(status):
    return b"" if status == 0 else f"{status}\n".encode()


def read_or_empty(path):
    return path.read_bytes() if path.exists() else b""


def write_outputs(program, result):
    out_path, err_path, status_path = expected_files(program)
    out_path.write_bytes(result.stdout)
    for path, data in ((err_path, result.stderr), (status_path, status_bytes(result.status))):
        if data:
            path.write_bytes(data)
        elif path.exists():
            path.unlink()


def diff_bytes(label, expected, actual):
    """A unified diff of two byte strings, decoded leniently, as a list of lines."""
    exp = expected.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    act = actual.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, f"expected/{label}", f"actual/{label}"))
    if not lines and expected != actual:
        # Only a trailing newline (or other invisible byte) differs.
        lines = [f"--- expected/{label}\n", f"+++ actual/{label}\n",
                 f"-{expected[-40:]!r}\n", f"+{actual[-40:]!r}\n"]
    return [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines]


def compare(program, result, stored=None):
    """Return diff lines between a run and the stored files (or another run)."""
    rel = program.relative_to(GOLDEN).with_suffix("")
    if stored is None:
        out_path, err_path, status_path = expected_files(program)
        if not out_path.exists():
            return [f"missing {out_path.relative_to(ROOT)} (run without --check to capture)\n"]
        stored = RunResult(read_or_empty(out_path), read_or_empty(err_path), None)
        status_text = read_or_empty(status_path).strip()
        stored.status = int(status_text) if status_text else 0
    lines = []
    lines += diff_bytes(f"{rel}.out", stored.stdout, result.stdout)
    lines += diff_bytes(f"{rel}.err", stored.stderr, result.stderr)
    lines += diff_bytes(f"{rel}.status", status_bytes(stored.status), status_bytes(result.status))
    return lines


def find_programs(targets):
    if not targets:
        return sorted(GOLDEN.rglob("*.py"))
    programs = []
    for target in targets:
        path = Path(target).resolve()
        if path.is_dir():
            programs += sorted(path.rglob("*.py"))
        elif path.suffix == ".py" and path.exists():
            programs.append(path)
        else:
            sys.exit(f"capture-golden: not a .py file or folder: {target}")
    for program in programs:
        if GOLDEN not in program.parents:
            sys.exit(f"capture-golden: {program} is not under {GOLDEN}")
    return programs


def check_python(python):
    out = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
        stdout=subprocess.PIPE, check=True, env=child_env(),
    ).stdout.split()
    version = tuple(int(x) for x in out)
    if version != EXPECTED_VERSION:
        sys.exit(f"capture-golden: {python} is Python {version[0]}.{version[1]}; "
                 f"the golden files must come from CPython "
                 f"{EXPECTED_VERSION[0]}.{EXPECTED_VERSION[1]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("targets", nargs="*", help="programs or folders (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="compare with the stored files instead of writing them")
    parser.add_argument("--vary-hash-seed", action="store_true",
                        help="with --check, also rerun with other hash seeds")
    parser.add_argument("--python", default="python3", help="interpreter (default: python3)")
    args = parser.parse_args()

    check_python(args.python)
    global LIB_DIR
    LIB_DIR = cpython_lib_dir(args.python)
    programs = find_programs(args.targets)
    if not programs:
        sys.exit(f"capture-golden: no programs under {GOLDEN}")

    failures = 0
    for program in programs:
        rel = program.relative_to(GOLDEN)
        result = run_program(args.python, program)
        if result.timed_out:
            failures += 1
            print(f"TIMEOUT {rel} (over {TIMEOUT_SECONDS} s)")
            continue
        if not args.check:
            write_outputs(program, result)
            continue
        lines = compare(program, result)
        if args.vary_hash_seed:
            for seed in ("1", "12345"):
                other = run_program(args.python, program, hash_seed=seed)
                extra = compare(program, other, stored=result)
                if extra:
                    lines.append(f"output changes with PYTHONHASHSEED={seed}:\n")
                    lines += extra
        if lines:
            failures += 1
            print(f"MISMATCH {rel}")
            sys.stdout.writelines(lines)

    if not args.targets:
        # Expected-output or input files whose program is gone are reported, never deleted.
        for suffix in (".out", ".err", ".status", ".in"):
            for stale in sorted(GOLDEN.rglob("*" + suffix)):
                if not stale.with_suffix(".py").exists():
                    failures += 1
                    print(f"ORPHAN {stale.relative_to(GOLDEN)} has no {stale.stem}.py")

    verb = "checked" if args.check else "captured"
    print(f"{verb} {len(programs)} programs, {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
