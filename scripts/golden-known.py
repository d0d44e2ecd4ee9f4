"""Rewrites tests/golden/KNOWN_FAILURES from the golden runner's current list of failures,
keeping the reason already written for programs that were listed before.

usage: python3 scripts/golden-known.py   (runs `cargo test --release --test golden`)
"""
import os
import pathlib
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
path = root / "tests/golden/KNOWN_FAILURES"
old = {}
header = []
for line in path.read_text().splitlines():
    if line.startswith("#") or not line.strip():
        header.append(line)
        continue
    name, _, why = line.partition(" -- ")
    old[name.strip()] = why.strip()
env = dict(os.environ, GOLDEN_LIST="1")
out = subprocess.run(["cargo", "test", "--release", "--test", "golden", "--", "--nocapture"], cwd=root, env=env, capture_output=True, text=True).stdout
failing = [l[5:].strip() for l in out.splitlines() if l.startswith("FAIL ")]
lines = header + [f"{f} -- {old.get(f, 'differs from python3 (not yet investigated)')}" for f in failing]
path.write_text("\n".join(lines) + "\n")
print(f"{len(failing)} known failures ({len(set(old) - set(failing))} fixed, {len(set(failing) - set(old))} new)")
